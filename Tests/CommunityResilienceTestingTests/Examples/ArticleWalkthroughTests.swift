import CommunityResilience
import Foundation
import Testing

@testable import CommunityResilienceTesting

/// The DocC article "Testing your impact calculations", run: the claim's test passes, the changed
/// assumption makes it fail with exactly the message the article prints, and the golden file
/// reports the diff the article shows. If a change to the library alters any of them, this
/// fails and the article must be updated with it.
///
/// By hand (see `FallsPrevention`): 40 × £415 = £16,600.00 of benefits to the ambulance service,
/// £12,000.00 of costs, NPV £4,600.00, BCR 16,600 ÷ 12,000; with 25% deadweight 30 × £415 =
/// £12,450.00, which is £4,150.00 less.
@Suite("The article's falls prevention walkthrough")
struct ArticleWalkthroughTests {
    @Test("the claim's test passes")
    func claim() throws {
        let falls = TestIntervention.testing(
            id: "falls-prevention", avoids: 40, of: .ambulanceCallOut.valued(at: 415), costing: 12_000)
        let result = try Scenario.testing(intervention: falls).appraise(with: .testing).portfolio

        #expect(expectMoney(result.presentValueOfBenefits(to: Agency.ambulanceService.id), equals: 16_600))
        #expect(expectMoney(result.netPresentValue, equals: 4_600))
        #expect(expectRatio(result.benefitCostRatio, equals: 16_600.0 / 12_000, relativeTolerance: 1e-12))
        #expect(falls == FallsPrevention.claim)
    }

    @Test("a quarter deadweight makes it fail with the article's message")
    func changedAssumption() throws {
        let result = try Scenario.testing(intervention: try FallsPrevention.withDeadweight()).appraise(with: .testing)
            .portfolio
        let failure = try #require(
            FigureCheck.money(result.presentValueOfBenefits(to: Agency.ambulanceService.id), equals: 16_600))
        #expect(
            failure.message == """
                Present value of benefits to Ambulance service: expected £16,600.00, got £12,450.00 (£4,150.00 less).
                How the actual figure was derived:
                  Present value of benefits to Ambulance service: £12,450.00
                    = Σ over benefit lines and years of units × unit value × optimism-bias factor × discount factor
                    source: Green Book (2022) A6; GMCA CBA model
                    ev-falls-prevention valued by uc-ambulance: fiscal, non-cashable, to Ambulance service: £12,450.00
                      = Σ over years of units × unit value × optimism-bias factor × discount factor
                      source: CommunityResilienceTesting default (illustrative, not a published figure)
                      Net additional demand avoided: 30 ambulance call-outs
                        = gross effect × additionality × persistence
                        Gross effect: 40 ambulance call-outs a year
                          = 40 ambulance call-outs over 2024-25 (12 months) × 12 ÷ 12
                          source: CommunityResilienceTesting default (illustrative, not a published figure) (SMS level 3)
                        Additionality: × 0.75
                          = Π(1 − share) × multiplier
                          source: HCA Additionality Guide (2014); SROI Guide (2012)
                          Deadweight: 25%
                            source: Comparison with neighbouring wards, 2024-25
                        Persistence: the measured period only
                          = net annual effect × months in each financial year ÷ 12
                          source: Counted only over the period measured
                      Unit value: £415.00 per ambulance call-out in 2024-25 prices
                        = £415.00, already in 2024-25 prices
                        source: CommunityResilienceTesting default (illustrative, not a published figure); deflators: HM Treasury GDP deflators at market prices, March 2026 (2024-25 = 100)
                      Optimism bias: × 1
                        = (1 − 0% for the evidence's grade 1) × (1 − 0% for the unit cost's grade 1)
                        source: HM Treasury, PSTN and New Economy (2014), Supporting public service transformation: cost benefit analysis guidance for local partnerships, §4 confidence grades
                      2024-25 (t = 0): £12,450.00
                        = 30 ambulance call-outs × £415.00 × 1 = £12,450.00; × discount factor 1 (Green Book STPR (3.5% declining))
                """)
    }

    @Test("the golden file reports the moved figures as the article shows")
    func goldenDiff() throws {
        let appraisal = try Scenario.testing(intervention: try FallsPrevention.withDeadweight()).appraise(
            with: .testing)
        let golden = try GoldenFile(named: "falls-prevention", besideSourceFile: #filePath)
        // The committed file exists and recording is off, so this only reads it.
        let failure = try #require(golden.check(AppraisalSnapshot(appraisal).description, policy: GoldenPolicy()))
        let message = failure.message.replacingOccurrences(
            of: URL(fileURLWithPath: golden.path).deletingLastPathComponent().deletingLastPathComponent().path,
            with: "…")
        let lines = message.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(
            Array(lines.prefix(9)) == [
                "The text differs from the golden file …/Goldens/falls-prevention.txt: 87 lines changed.",
                "Changed figures:",
                "  ## Portfolio: Test scenario › - ambulance: 40 ambulance call-outs net additional (40 measured) → 30 ambulance call-outs net additional (40 measured)",
                "  ## Portfolio: Test scenario › Present value of benefits: £16,600.00 → £12,450.00",
                "  ## Portfolio: Test scenario › Net present social value: £4,600.00 → £450.00",
                "  ## Portfolio: Test scenario › Benefit-cost ratio: 1.3833 → 1.0375",
                "  ## Portfolio: Test scenario › Fiscal return on investment: 1.3833 → 1.0375",
                "  ## Portfolio: Test scenario › Present value of benefits to Ambulance service: £16,600.00 → £12,450.00",
                "  ## Portfolio: Test scenario › Payback period: 9 months → 1 year",
            ])
        let diff = try #require(lines.firstIndex(of: "--- …/Goldens/falls-prevention.txt (golden)"))
        #expect(
            Array(lines[diff..<(diff + 12)]) == [
                "--- …/Goldens/falls-prevention.txt (golden)",
                "+++ actual",
                "@@ -6,21 +6,24 @@",
                " ## Portfolio: Test scenario",
                " ",
                " Demand avoided:",
                "-- ambulance: 40 ambulance call-outs net additional (40 measured)",
                "+- ambulance: 30 ambulance call-outs net additional (40 measured)",
                " ",
                "-Present value of benefits: £16,600.00",
                "+Present value of benefits: £12,450.00",
                "   = Σ over benefit lines and years of units × unit value × optimism-bias factor × discount factor",
            ])
        #expect(lines.contains("-      Additionality: × 1"))
        #expect(lines.contains("+      Additionality: × 0.75"))
        #expect(lines.contains("+        Deadweight: 25%"))
        #expect(
            lines.last == "If the new figures are right, accept them: run the tests with RESILIENCE_RECORD_GOLDENS=1 "
                + "(e.g. RESILIENCE_RECORD_GOLDENS=1 swift test), then review and commit the file.")
    }
}
