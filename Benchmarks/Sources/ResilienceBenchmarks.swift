import Foundation

/// `swift run -c release resilience-benchmarks [--quick] [--only P1,P3] [--scale 1,2,4]`
///
/// The parent process runs each (benchmark, scale) case in a child process of its own, so that
/// every case starts cold and its peak memory (getrusage ru_maxrss) is its own.
@main
enum ResilienceBenchmarks {
    static func main() {
        let options: BenchmarkOptions
        do {
            options = try BenchmarkOptions(arguments: Array(CommandLine.arguments.dropFirst()))
        } catch {
            if case .help = error {
                print(BenchmarkOptions.usage)
                exit(0)
            }
            FileHandle.standardError.write(Data("resilience-benchmarks: \(error)\n\n\(BenchmarkOptions.usage)\n".utf8))
            exit(2)
        }
        let selected = BenchmarkRegistry.available.filter {
            options.only.isEmpty || options.only.contains($0.identifier)
        }
        let known = Set(BenchmarkRegistry.available.map { $0.identifier } + BenchmarkRegistry.pending.map(\.identifier))
        if let unknown = options.only.first(where: { !known.contains($0) }) {
            FileHandle.standardError.write(Data("resilience-benchmarks: no benchmark '\(unknown)'\n".utf8))
            exit(2)
        }
        if options.child {
            exit(runChild(selected, options: options))
        }
        printHeader(options)
        var failures = 0
        for benchmark in selected {
            print("\n\(benchmark.identifier): \(benchmark.title)")
            print("  targets: \(benchmark.targets)")
            for scale in options.scales ?? benchmark.defaultScales {
                if options.inProcess {
                    failures += Int(runChild([benchmark], options: options, scale: scale))
                } else if let failed = spawn(options.childArguments(benchmark: benchmark.identifier, scale: scale)) {
                    failures += failed
                } else {
                    print(
                        "  (could not start a child process: running in this process; peak memory is the peak so far)")
                    failures += Int(runChild([benchmark], options: options, scale: scale))
                }
            }
        }
        for pending in BenchmarkRegistry.pending where options.only.isEmpty || options.only.contains(pending.identifier)
        {
            print("\n\(pending.identifier): \(pending.title)\n  pending: waits for \(pending.waitingFor)")
        }
        exit(failures == 0 ? 0 : 1)
    }

    static func runChild(_ benchmarks: [any Benchmark.Type], options: BenchmarkOptions, scale: Double? = nil) -> Int32 {
        var failures: Int32 = 0
        let context = BenchmarkContext(options: options)
        for benchmark in benchmarks {
            for scale in scale.map({ [$0] }) ?? options.scales ?? benchmark.defaultScales {
                let reporter = Reporter(benchmark: benchmark.identifier, scale: scale)
                print(
                    "\n  \(benchmark.identifier) at ×\(Format.scaleLabel(scale))\(options.quick ? " (quick sizes)" : "")"
                )
                do {
                    try benchmark.run(scale: scale, context: context, reporter: reporter)
                    if let directory = try context.dataDirectory(benchmark: benchmark.identifier, scale: scale) {
                        let encoder = JSONEncoder()
                        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                        try encoder.encode(reporter.measurements).write(
                            to: directory.appendingPathComponent("swift-timings.json"))
                    }
                } catch {
                    print("  FAILED: \(error)")
                    failures += 1
                }
                fflush(nil)
            }
        }
        return failures
    }

    /// Runs this executable again with `arguments`, sharing standard output; returns 1 when the
    /// child failed, 0 when it succeeded, `nil` when no child could be started.
    static func spawn(_ arguments: [String]) -> Int? {
        fflush(nil)
        guard let executable = Bundle.main.executableURL else { return nil }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        do {
            try process.run()
        } catch {
            return nil
        }
        process.waitUntilExit()
        return process.terminationStatus == 0 ? 0 : 1
    }

    static func printHeader(_ options: BenchmarkOptions) {
        let info = ProcessInfo.processInfo
        let cpu =
            (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
            .split(separator: "\n").first { $0.hasPrefix("model name") }?
            .split(separator: ":").last?.trimmingCharacters(in: .whitespaces) ?? "unknown CPU"
        print(
            "resilience-benchmarks: \(info.activeProcessorCount) cores (\(cpu)), \(Format.bytes(Int(info.physicalMemory))) memory"
        )
        print(
            "  wall times are medians of \(options.repetitions) warm runs unless marked cold; peak = getrusage ru_maxrss of the case's process"
        )
        if options.quick { print("  --quick: tiny sizes, for CI; the figures mean nothing") }
    }
}
