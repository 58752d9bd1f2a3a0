import CommunityResilience
import CommunityResilienceTesting
import Foundation
import Testing

/// The project's own golden files: the headline figures of the bundled example and of the falls
/// prevention example in the DocC article, each with its whole derivation, in
/// `Examples/Goldens/`. A change that moves any of them by a penny fails here with a diff; accept
/// an intended change with `RESILIENCE_RECORD_GOLDENS=1 swift test` and commit the files.
@Suite("Golden files pin the examples' headline figures")
struct ExampleGoldenTests {
    @Test("the bundled example, appraised with the example settings")
    func bundledExample() throws {
        expectGolden(try Scenario.example.appraise(with: .example), named: "example-appraisal")
    }

    @Test("the falls prevention example from the DocC article")
    func fallsPrevention() throws {
        expectGolden(
            try Scenario.testing(intervention: FallsPrevention.claim).appraise(with: .testing),
            named: "falls-prevention")
    }

    /// The committed golden file says what the independent derivation in
    /// `ExampleAppraisalTests` (CommunityResilienceTests; Python, decimal arithmetic, half-even
    /// rounding) says: PV benefits 215,652,468p, PV costs 95,227,483p, NPV 120,424,985p, and payback
    /// 12 × 75,575,358 ÷ 209,470,660 months. So the golden records checked figures, not merely
    /// whatever the engine printed the day it was written.
    @Test("the committed example golden agrees with the independently derived figures")
    func agreesWithDerivation() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Goldens/example-appraisal.txt").path
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        let portfolio = try #require(
            lines.firstIndex(of: "## Portfolio: Home safety checks and VCSE discharge support"))
        let firstIntervention = try #require(lines.firstIndex { $0.hasPrefix("## Intervention ") })
        let headlines = Set(lines[portfolio..<firstIntervention].filter { !($0.first?.isWhitespace ?? true) })
        #expect(
            headlines.isSuperset(of: [
                "Present value of benefits: £2,156,524.68",
                "Present value of costs: £952,274.83",
                "Net present social value: £1,204,249.85",
                "Benefit-cost ratio: 2.2646",
                "Payback period: 5 months",
            ]))
        let exactPayback = lines[portfolio..<firstIntervention].first {
            $0.hasPrefix("  exact value: ") && $0.hasSuffix(" months")
        }
        let months = try #require(
            exactPayback.flatMap { Double($0.dropFirst("  exact value: ".count).dropLast(" months".count)) })
        expectApproximately(
            months, equals: 12 * 75_575_358.0 / 209_470_660.0, relativeTolerance: 1e-15, label: "Payback months")
    }
}
