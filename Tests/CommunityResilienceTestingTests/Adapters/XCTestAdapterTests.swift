#if os(Linux) && canImport(XCTest)
    import CommunityResilience
    import XCTest
    @testable import CommunityResilienceTesting

    /// The XCTest adapters report exactly the plain check's message with `XCTFail` at the caller's
    /// file and line, and nothing when the check passes.
    ///
    /// Failures are captured by overriding `recordFailure(withDescription:inFile:atLine:expected:)`
    /// (swift-corelibs-xctest has no `XCTExpectFailure`) only while an adapter runs, so the
    /// assertions about them still fail for real. swift-corelibs-xctest prefixes `XCTFail`'s
    /// message with "failed - ".
    final class XCTestAdapterTests: XCTestCase {
        private var captured: [(description: String, file: String, line: Int)] = []
        private var isCapturing = false

        override func recordFailure(
            withDescription description: String, inFile filePath: String, atLine lineNumber: Int, expected: Bool
        ) {
            if isCapturing {
                captured.append((description, filePath, lineNumber))
            } else {
                super.recordFailure(
                    withDescription: description, inFile: filePath, atLine: lineNumber, expected: expected)
            }
        }

        private func capture(_ body: () -> Void) -> [(description: String, file: String, line: Int)] {
            captured = []
            isCapturing = true
            body()
            isCapturing = false
            return captured
        }

        private func result() throws -> AppraisalResult {
            try Scenario.testing(intervention: .testing(avoids: 40, of: .ambulanceCallOut)).appraise(with: .testing)
                .portfolio
        }

        func testPassingAssertionsReportNothing() throws {
            let result = try result()
            let failures = capture {
                XCTAssertMoney(result.netPresentValue, equals: 6_000)
                XCTAssertMoney(result.costs.first?.real.first, equals: 10_000)
                XCTAssertRatio(result.benefitCostRatio, equals: 1.6, relativeTolerance: 0)
                XCTAssertApproximately(result.demandAvoided.first?.netAdditional, equals: 40, relativeTolerance: 0)
                XCTAssertPayback(result.payback, equals: .months(7.5), relativeTolerance: 0)
            }
            XCTAssertEqual(failures.count, 0)
        }

        func testFailingAssertionsReportTheCheckMessageAtTheCallersLine() throws {
            let result = try result()
            let expected = [
                FigureCheck.money(result.netPresentValue, equals: 5_000),
                FigureCheck.money(result.costs.first?.real.first, equals: 1, label: "Year 0 cost"),
                FigureCheck.ratio(result.benefitCostRatio, equals: 2, relativeTolerance: 0),
                FigureCheck.approximately(
                    result.demandAvoided.first?.netAdditional, equals: 41, relativeTolerance: 0, label: "Call-outs"),
                FigureCheck.payback(result.payback, equals: .never, relativeTolerance: 0),
            ].map { "failed - " + ($0?.message ?? "no failure") }
            let first = #line + 2
            let failures = capture {
                XCTAssertMoney(result.netPresentValue, equals: 5_000)
                XCTAssertMoney(result.costs.first?.real.first, equals: 1, label: "Year 0 cost")
                XCTAssertRatio(result.benefitCostRatio, equals: 2, relativeTolerance: 0)
                XCTAssertApproximately(
                    result.demandAvoided.first?.netAdditional, equals: 41, relativeTolerance: 0, label: "Call-outs")
                XCTAssertPayback(result.payback, equals: .never, relativeTolerance: 0)
            }
            XCTAssertEqual(failures.map(\.description), expected)
            // The fourth assertion spans two lines (as swift format wraps it): the fifth is on
            // the sixth line.
            XCTAssertEqual(failures.map(\.line), [first, first + 1, first + 2, first + 3, first + 5])
            XCTAssertEqual(Set(failures.map(\.file)), ["\(#filePath)"])
        }

        func testGoldenAssertion() throws {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xctest-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            let source = folder.appendingPathComponent("FallsTests.swift").path
            let golden = try GoldenFile(named: "falls", besideSourceFile: source)
            XCTAssertNil(golden.write("Benefit-cost ratio: 1.6000\n"))
            let message = golden.check("Benefit-cost ratio: 1.5000", policy: GoldenPolicy())?.message ?? "no failure"
            let line = #line + 3
            let failures = capture {
                XCTAssertGolden(text: "Benefit-cost ratio: 1.6000", named: "falls", record: false, filePath: source)
                XCTAssertGolden(text: "Benefit-cost ratio: 1.5000", named: "falls", record: false, filePath: source)
            }
            XCTAssertEqual(failures.map(\.description), ["failed - " + message])
            XCTAssertEqual(failures.map(\.line), [line])
        }
    }
#endif
