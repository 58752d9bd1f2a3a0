import Foundation
import Testing

@testable import CommunityResilienceTesting

/// Golden files in a fresh temporary folder per test: recorded when missing (but never under
/// CI), compared with a diff, and rewritten only when recording is asked for outside CI.
@Suite("Golden files: record, compare, accept")
struct GoldenFileTests {
    let folder: URL
    let golden: GoldenFile
    let figures = """
        ## Portfolio: Test

        Net present social value: £6,000.00
          = present value of benefits − present value of costs = £16,000.00 − £10,000.00
        Benefit-cost ratio: 1.6000
        """
    var movedFigures: String {
        figures.replacingOccurrences(of: "£6,000.00", with: "£5,000.00").replacingOccurrences(
            of: "£16,000.00", with: "£15,000.00"
        )
        .replacingOccurrences(of: "1.6000", with: "1.5000")
    }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("golden-tests-\(UUID().uuidString)")
        golden = try GoldenFile(
            named: "figures", besideSourceFile: folder.appendingPathComponent("SomeTests.swift").path)
    }

    func contents() -> String? {
        try? String(contentsOfFile: golden.path, encoding: .utf8)
    }

    @Test("the file sits in Goldens beside the test file")
    func location() {
        #expect(golden.path == folder.appendingPathComponent("Goldens/figures.txt").path)
        #expect(GoldenFile(path: "/tmp/x.txt").path == "/tmp/x.txt")
    }

    @Test(
        "names that could leave the folder are refused", arguments: ["", "../escape", "a/b", ".hidden", "spaced name"])
    func badNames(name: String) {
        #expect(
            throws: CheckFailure(
                "The golden file name '\(name)' must be letters, digits, '-', '_' or '.', not starting with '.'.")
        ) {
            try GoldenFile(named: name, besideSourceFile: "/tmp/Tests.swift")
        }
    }

    @Test("a missing file is recorded on a developer's machine, and the check fails for review")
    func recordsMissing() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let failure = try #require(golden.check(figures, policy: GoldenPolicy()))
        #expect(
            failure.message == """
                No golden file at \(golden.path); recorded the current figures there (5 lines).
                Review the file and commit it; the check passes from the next run.
                """)
        #expect(contents() == figures + "\n")
        #expect(golden.check(figures, policy: GoldenPolicy()) == nil)
        #expect(golden.check(figures.replacingOccurrences(of: "\n", with: "\r\n"), policy: GoldenPolicy()) == nil)
    }

    @Test("a missing file under CI fails and writes nothing")
    func missingUnderCI() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        for policy in [
            GoldenPolicy(isContinuousIntegration: true), GoldenPolicy(record: true, isContinuousIntegration: true),
        ] {
            let failure = try #require(golden.check(figures, policy: policy))
            #expect(
                failure.message == """
                    No golden file at \(golden.path).
                    Golden files are never written under continuous integration (CI is set): record it on your machine with \
                    RESILIENCE_RECORD_GOLDENS=1 swift test, review it and commit it.
                    """)
        }
        #expect(!FileManager.default.fileExists(atPath: golden.path))
    }

    /// The report both a failing comparison and a recording start with (the blank context line
    /// of the diff is a single space, written `\u{20}`).
    var report: String {
        """
        The text differs from the golden file \(golden.path): 6 lines changed.
        Changed figures:
          ## Portfolio: Test › Net present social value: £6,000.00 → £5,000.00
          ## Portfolio: Test › Benefit-cost ratio: 1.6000 → 1.5000
        --- \(golden.path) (golden)
        +++ actual
        @@ -1,5 +1,5 @@
         ## Portfolio: Test
        \u{20}
        -Net present social value: £6,000.00
        -  = present value of benefits − present value of costs = £16,000.00 − £10,000.00
        -Benefit-cost ratio: 1.6000
        +Net present social value: £5,000.00
        +  = present value of benefits − present value of costs = £15,000.00 − £10,000.00
        +Benefit-cost ratio: 1.5000
        """
    }

    @Test("moved figures fail with a summary, a diff and how to accept them; the file is untouched")
    func movedFiguresFail() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(golden.write(figures + "\n") == nil)
        let failure = try #require(golden.check(movedFigures, policy: GoldenPolicy()))
        #expect(
            failure.message == report + "\n" + """
                If the new figures are right, accept them: run the tests with RESILIENCE_RECORD_GOLDENS=1 \
                (e.g. RESILIENCE_RECORD_GOLDENS=1 swift test), then review and commit the file.
                """)
        #expect(contents() == figures + "\n")
    }

    @Test("recording accepts the new figures and still fails once, so it is noticed")
    func recording() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(golden.write(figures + "\n") == nil)
        let failure = try #require(golden.check(movedFigures, policy: GoldenPolicy(record: true)))
        #expect(
            failure.message == report + "\n" + """
                Recorded the new figures in \(golden.path) (recording was asked for). Review the change (git diff), commit it, \
                and run the tests again without RESILIENCE_RECORD_GOLDENS.
                """)
        #expect(contents() == movedFigures + "\n")
        #expect(golden.check(movedFigures, policy: GoldenPolicy(record: true)) == nil)
        #expect(golden.check(movedFigures, policy: GoldenPolicy()) == nil)
    }

    @Test("recording under CI is refused and writes nothing")
    func recordingUnderCI() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(golden.write(figures + "\n") == nil)
        let failure = try #require(
            golden.check(movedFigures, policy: GoldenPolicy(record: true, isContinuousIntegration: true)))
        #expect(
            failure.message == report + "\n" + """
                Not recorded: golden files are never written under continuous integration (CI is set). \
                Record them on your machine and commit them.
                """)
        #expect(contents() == figures + "\n")
    }

    @Test("a file that is not UTF-8 is reported, not compared")
    func unreadable() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("Goldens"), withIntermediateDirectories: true)
        try Data([0xFF, 0xFE, 0xFD]).write(to: URL(fileURLWithPath: golden.path))
        let failure = try #require(golden.check(figures, policy: GoldenPolicy()))
        #expect(failure.message.hasPrefix("Cannot read the golden file \(golden.path) as UTF-8 text: "))
    }

    @Test("a file that cannot be written is reported")
    func unwritable() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        // A regular file where the Goldens folder should be.
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data().write(to: folder.appendingPathComponent("Goldens"))
        let failure = try #require(golden.check(figures, policy: GoldenPolicy()))
        #expect(failure.message.hasPrefix("Cannot write the golden file \(golden.path): "))
    }

    @Test(
        "the policy reads RESILIENCE_RECORD_GOLDENS and CI; an explicit choice wins",
        arguments: [
            ([:], nil, false, false),
            (["RESILIENCE_RECORD_GOLDENS": "1"], nil, true, false),
            (["RESILIENCE_RECORD_GOLDENS": "TRUE", "CI": "true"], nil, true, true),
            (["RESILIENCE_RECORD_GOLDENS": "yes", "CI": "0"], false, false, false),
            (["RESILIENCE_RECORD_GOLDENS": "0", "CI": "1"], true, true, true),
            (["RESILIENCE_RECORD_GOLDENS": "", "CI": "false"], nil, false, false),
        ] as [([String: String], Bool?, Bool, Bool)])
    func policy(environment: [String: String], record: Bool?, records: Bool, isCI: Bool) {
        #expect(
            GoldenPolicy(environment: environment, record: record)
                == GoldenPolicy(record: records, isContinuousIntegration: isCI))
    }
}
