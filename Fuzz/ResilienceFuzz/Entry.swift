import Foundation

// Two builds of one target (see Fuzz/README.md):
//
// - With `-DFUZZING` and `-sanitize=fuzzer,address` (`.ci/fuzz`), libFuzzer supplies `main` and
//   calls `LLVMFuzzerTestOneInput` with each input; the environment variable
//   `RESILIENCE_FUZZ_TARGET` names the target to run.
// - Without it (`swift run ResilienceFuzz <target> <file or folder>…`) the `@main` driver replays
//   saved inputs — the seed corpus, crash reproducers — through the same checks, so that CI can
//   replay them on a plain build in seconds.

#if FUZZING

    /// The target named by `RESILIENCE_FUZZ_TARGET`, looked up once.
    let selectedTarget: FuzzTarget? = ProcessInfo.processInfo.environment["RESILIENCE_FUZZ_TARGET"].flatMap(
        FuzzTarget.named)

    /// libFuzzer's start-up hook: refuses to run without a known `RESILIENCE_FUZZ_TARGET`.
    @_cdecl("LLVMFuzzerInitialize")
    public func fuzzerInitialize(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
    ) -> CInt {
        guard selectedTarget != nil else {
            let names = FuzzTarget.all.map(\.name).joined(separator: ", ")
            FileHandle.standardError.write(Data("Set RESILIENCE_FUZZ_TARGET to one of: \(names)\n".utf8))
            exit(2)
        }
        return 0
    }

    /// libFuzzer's entry point: runs the selected target on one input (a crash is a finding).
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
        guard let target = selectedTarget else { return 0 }
        let bytes = data.map { Data(bytes: $0, count: size) } ?? Data()
        target.run(bytes)
        return 0
    }

#else

    /// Replays saved inputs through a target's checks: `ResilienceFuzz <target|all> <file or folder>…`.
    @main
    struct ReplayDriver {
        static func main() {
            var arguments = Array(CommandLine.arguments.dropFirst())
            guard let name = arguments.first, !["-h", "--help", "help"].contains(name) else {
                print(usage)
                exit(arguments.isEmpty ? 2 : 0)
            }
            arguments.removeFirst()
            if name == "--list" {
                for target in FuzzTarget.all { print("\(target.name)\t\(target.summary)") }
                return
            }
            let targets: [(FuzzTarget, [String])]
            if name == "all" {
                // `all <seed root>`: each target replays <seed root>/<target name>.
                guard let root = arguments.first else {
                    print(usage)
                    exit(2)
                }
                targets = FuzzTarget.all.map { ($0, [root + "/" + $0.name]) }
            } else {
                guard let target = FuzzTarget.named(name) else {
                    FileHandle.standardError.write(Data("ResilienceFuzz: no target '\(name)'\n\(usage)\n".utf8))
                    exit(2)
                }
                targets = [(target, arguments)]
            }
            for (target, paths) in targets {
                let files = paths.flatMap(inputFiles(at:))
                for file in files {
                    guard let data = FileManager.default.contents(atPath: file) else {
                        FileHandle.standardError.write(Data("ResilienceFuzz: cannot read \(file)\n".utf8))
                        exit(1)
                    }
                    target.run(data)
                }
                print("\(target.name): replayed \(files.count) input\(files.count == 1 ? "" : "s")")
            }
        }

        /// The file at `path`, or the files in the folder at `path` in name order (a missing path
        /// gives none, so a target without seeds replays nothing).
        static func inputFiles(at path: String) -> [String] {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return [] }
            guard isDirectory.boolValue else { return [path] }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            return names.filter { !$0.hasPrefix(".") }.sorted().map { path + "/" + $0 }
        }

        static let usage = """
            usage: ResilienceFuzz <target> <file or folder>...   replay inputs through one target
                   ResilienceFuzz all <seed root>                replay <seed root>/<target> for every target
                   ResilienceFuzz --list                         list the targets
            """
    }

#endif
