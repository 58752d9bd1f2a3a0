import Foundation
import Testing

/// The built `resilience` executable, run as a process: exit statuses and streams as a shell sees
/// them. SwiftPM builds it beside the test bundle; when it is not there (a build that skipped
/// executables), the test is skipped rather than failing.
@Suite("The resilience executable")
struct ExecutableTests {
    static let executable: URL? = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
            Bundle.main.bundleURL,
        ].map { $0.appendingPathComponent("resilience") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    struct Run {
        let status: Int32
        let output: String
        let errorOutput: String
    }

    func run(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        let output = Pipe()
        let errorOutput = Pipe()
        process.standardOutput = output
        process.standardError = errorOutput
        try process.run()
        // Read before waiting, so a full pipe cannot block the child.
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errorOutput.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, output: String(decoding: out, as: UTF8.self),
            errorOutput: String(decoding: err, as: UTF8.self))
    }

    @Test("report, a usage error and a missing file, through the real process", .enabled(if: executable != nil))
    func process() throws {
        let report = try run(["report", "--no-derivations"])
        #expect(report.status == 0)
        #expect(report.output.contains("| Net present social value | **£1.2m (£1,204,250)** |"))
        #expect(report.errorOutput.isEmpty)

        let usage = try run(["report", "--format", "xml"])
        #expect(usage.status == 2)
        #expect(usage.output.isEmpty)
        #expect(usage.errorOutput.hasPrefix("resilience: unknown format 'xml'"))

        let missing = try run(["validate", "/nonexistent/scenario.json"])
        #expect(missing.status == 1)
        #expect(missing.errorOutput == "resilience: cannot read '/nonexistent/scenario.json': no such file\n")
    }
}
