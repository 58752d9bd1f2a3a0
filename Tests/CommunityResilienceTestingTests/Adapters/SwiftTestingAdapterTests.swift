import CommunityResilience
import Foundation
import Testing

@testable import CommunityResilienceTesting

/// The Swift Testing adapters record exactly the plain check's message, at the caller's line,
/// and record nothing when the check passes. Each failing call runs inside `withKnownIssue`,
/// whose matcher demands that message and line: an adapter that records nothing, or records
/// something else, fails the test.
@Suite("Swift Testing adapters: issues with the check's message at the caller's line")
struct SwiftTestingAdapterTests {
    let result: AppraisalResult

    init() throws {
        result = try Scenario.testing(intervention: .testing(avoids: 40, of: .ambulanceCallOut))
            .appraise(with: .testing).portfolio
    }

    /// A matcher for one issue with `message`, recorded in this file at `line`.
    func issue(_ message: String?, line: Int) -> @Sendable (Issue) -> Bool {
        { issue in
            issue.comments.map(\.rawValue) == [message].compactMap { $0 }
                && issue.sourceLocation?.line == line
                && issue.sourceLocation?.fileName == "SwiftTestingAdapterTests.swift"
        }
    }

    @Test("passing checks record nothing and return true")
    func passing() {
        #expect(expectMoney(result.netPresentValue, equals: 6_000))
        #expect(expectMoney(result.costs.first?.real.first, equals: "10000.00", label: "Year 0 cost"))
        #expect(expectRatio(result.benefitCostRatio, equals: 1.6, relativeTolerance: 1e-12))
        #expect(expectApproximately(result.demandAvoided.first?.netAdditional, equals: 40, relativeTolerance: 1e-12))
        #expect(expectPayback(result.payback, equals: .months(7.5), relativeTolerance: 1e-12))
    }

    @Test("expectMoney on a figure")
    func moneyFigure() throws {
        let message = try #require(FigureCheck.money(result.netPresentValue, equals: 5_000)).message
        let line = #line + 2
        withKnownIssue {
            #expect(!expectMoney(result.netPresentValue, equals: 5_000))
        } matching: {
            self.issue(message, line: line)($0)
        }
    }

    @Test("expectMoney on a plain amount")
    func moneyAmount() throws {
        let line = #line + 2
        withKnownIssue {
            expectMoney(result.costs.first?.real.first, equals: 9_000, label: "Year 0 cost")
        } matching: {
            self.issue("Year 0 cost: expected £9,000.00, got £10,000.00 (£1,000.00 more).", line: line)($0)
        }
    }

    @Test("expectRatio, expectApproximately and expectPayback")
    func approximate() throws {
        let ratio = try #require(FigureCheck.ratio(result.benefitCostRatio, equals: 2, relativeTolerance: 1e-9)).message
        let payback = try #require(FigureCheck.payback(result.payback, equals: .never, relativeTolerance: 0)).message
        let first = #line + 2
        withKnownIssue {
            expectRatio(result.benefitCostRatio, equals: 2, relativeTolerance: 1e-9)
        } matching: {
            self.issue(ratio, line: first)($0)
        }
        let second = #line + 2
        withKnownIssue {
            expectApproximately(
                result.demandAvoided.first?.netAdditional, equals: 41, relativeTolerance: 1e-9, label: "Call-outs")
        } matching: {
            // |40 − 41| ÷ 41 = 0.02439…
            self.issue(
                "Call-outs: expected 41.0, got 40.0 (relative difference 0.0244, more than the tolerance 1e-09).",
                line: second)($0)
        }
        let third = #line + 2
        withKnownIssue {
            expectPayback(result.payback, equals: .never, relativeTolerance: 0)
        } matching: {
            self.issue(payback, line: third)($0)
        }
    }

    @Test("expectGolden passes on a matching file and reports a diff on a moved one")
    func golden() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("adapter-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("FallsTests.swift").path
        let golden = try GoldenFile(named: "falls", besideSourceFile: source)
        #expect(golden.write("Net present social value: £6,000.00\n") == nil)
        #expect(
            expectGolden(text: "Net present social value: £6,000.00", named: "falls", record: false, filePath: source))
        let message = try #require(golden.check("Net present social value: £5,000.00", policy: GoldenPolicy())).message
        let line = #line + 2
        withKnownIssue {
            expectGolden(text: "Net present social value: £5,000.00", named: "falls", record: false, filePath: source)
        } matching: {
            self.issue(message, line: line)($0)
        }
        let badName = #line + 2
        try withKnownIssue {
            expectGolden(try appraisal(), named: "../x", filePath: source)
        } matching: {
            self.issue(
                "The golden file name '../x' must be letters, digits, '-', '_' or '.', not starting with '.'.",
                line: badName)($0)
        }
    }

    func appraisal() throws -> Appraisal {
        try Scenario.testing(intervention: .testing(avoids: 40, of: .ambulanceCallOut)).appraise(with: .testing)
    }
}
