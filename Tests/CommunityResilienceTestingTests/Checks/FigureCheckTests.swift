import CommunityResilience
import Foundation
import Testing

@testable import CommunityResilienceTesting

/// The plain checks: `nil` when a figure is right, and when it is wrong a message with both
/// values, the difference and the derivation — asserted here word for word.
///
/// The figures come from the default falls scenario (40 ambulance call-outs × £400 = £16,000 of
/// benefits, a one-off £10,000 cost, NPV £6,000, BCR 1.6, payback 12 × 10,000 ÷ 16,000 = 7.5
/// months; see `ScenarioTestingTests`).
@Suite("Figure checks: money to the penny, ratios within a tolerance, readable failures")
struct FigureCheckTests {
    let result: AppraisalResult

    init() throws {
        result = try Scenario.testing(intervention: .testing(avoids: 40, of: .ambulanceCallOut))
            .appraise(with: .testing).portfolio
    }

    /// The derivation block every failure on a figure ends with.
    func derivation<Value>(_ figure: Figure<Value>) -> String {
        "How the actual figure was derived:\n"
            + figure.explanation.description.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n")
    }

    @Test("money that matches to the penny passes, as a literal or as Money")
    func moneyPasses() throws {
        #expect(FigureCheck.money(result.netPresentValue, equals: 6_000) == nil)
        #expect(FigureCheck.money(result.netPresentValue, equals: "6000.00") == nil)
        #expect(
            FigureCheck.money(result.netPresentValue, equals: .money(try Money("6000", .gbp, in: .financialYear(2024))))
                == nil)
        #expect(FigureCheck.money(result.benefits.first?.real.first, equals: 16_000) == nil)
    }

    @Test("money a pound out fails with both amounts, the difference and the whole derivation")
    func moneyFails() throws {
        let failure = try #require(FigureCheck.money(result.presentValueOfCosts, equals: 9_000))
        #expect(
            failure.message == """
                Present value of costs: expected £9,000.00, got £10,000.00 (£1,000.00 more).
                How the actual figure was derived:
                  Present value of costs: £10,000.00
                    = Σ over cost lines and years of cost × (1 + optimism bias) × discount factor
                    source: Green Book (2022) A6; optimism bias: HM Treasury, PSTN and New Economy (2014), Supporting public service transformation: cost benefit analysis guidance for local partnerships, §4 confidence grades
                    test-intervention cost: Delivery, paid by Commissioner: £10,000.00
                      = Σ over years of cost × discount factor
                      Amount: £10,000.00
                        = once, in the first year of delivery
                        source: rebased to 2024-25 prices with HM Treasury GDP deflators at market prices, March 2026 (2024-25 = 100)
                      Optimism bias: × 1
                        = 1 + 0%
                        source: HM Treasury, PSTN and New Economy (2014), Supporting public service transformation: cost benefit analysis guidance for local partnerships, §4 confidence grades
                      2024-25 (t = 0): £10,000.00
                        = 1 × £10,000.00 × 1 = £10,000.00; × discount factor 1 (Green Book STPR (3.5% declining))
                """)
    }

    @Test("a penny is a difference")
    func onePenny() throws {
        let failure = try #require(FigureCheck.money(result.netPresentValue, equals: "6000.01"))
        #expect(
            failure.message == "Net present social value: expected £6,000.01, got £6,000.00 (£0.01 less).\n"
                + derivation(result.netPresentValue))
    }

    @Test("money in another price base or currency is not compared, and says why")
    func moneyMismatch() throws {
        let older = try #require(
            FigureCheck.money(
                result.netPresentValue, equals: .money(try Money("6000.00", .gbp, in: .financialYear(2023)))))
        #expect(
            older.message
                == "Net present social value: expected £6,000.00 in 2023-24 prices, got £6,000.00 in 2024-25 prices; "
                + "amounts in different price bases cannot be compared without rebasing.\n"
                + derivation(result.netPresentValue))
        let euros = try #require(
            FigureCheck.money(
                result.netPresentValue, equals: .money(try Money("6000.00", .eur, in: .financialYear(2024)))))
        #expect(
            euros.message == "Net present social value: expected €6,000.00 (EUR), got £6,000.00 (GBP); "
                + "amounts in different currencies cannot be compared without an exchange rate.\n"
                + derivation(result.netPresentValue))
    }

    @Test("an expected amount that is not exact money fails instead of guessing")
    func malformedExpectation() throws {
        let failure = try #require(FigureCheck.money(result.netPresentValue, equals: "6,000"))
        #expect(
            failure.message == "Net present social value: the expected amount '6,000' is not an exact amount in GBP: "
                + "'6,000' is malformed: expected a decimal amount such as 1200.50 with at most 2 decimal places.")
    }

    @Test("plain amounts: a missing cell and a wrong one")
    func plainAmounts() throws {
        let table = result.whoPaysWhoGains
        let missing = try #require(
            FigureCheck.money(
                table.benefit(to: "police", fundedBy: "commissioner"), equals: 100, label: "Police benefit"))
        #expect(missing.message == "Police benefit: expected £100.00, got no amount.")
        let wrong = try #require(
            FigureCheck.money(table.costsByFunder["commissioner"], equals: "9999.99", label: "Commissioner's costs"))
        #expect(wrong.message == "Commissioner's costs: expected £9,999.99, got £10,000.00 (£0.01 more).")
        #expect(FigureCheck.money(table.benefit(to: "ambulance", fundedBy: "commissioner"), equals: 16_000) == nil)
    }

    @Test("ratios within tolerance pass; outside it fail with the relative difference and derivation")
    func ratios() throws {
        #expect(FigureCheck.ratio(result.benefitCostRatio, equals: 1.6, relativeTolerance: 0) == nil)
        #expect(FigureCheck.ratio(result.benefitCostRatio, equals: 1.59, relativeTolerance: 0.01) == nil)
        let failure = try #require(FigureCheck.ratio(result.benefitCostRatio, equals: 1.5, relativeTolerance: 1e-3))
        // |1.6 − 1.5| ÷ 1.6 = 0.0625.
        #expect(
            failure.message
                == "Benefit-cost ratio: expected 1.5, got 1.6 (relative difference 0.0625, more than the tolerance 0.001).\n"
                + derivation(result.benefitCostRatio))
    }

    @Test("an undefined ratio (no costs) fails and says why")
    func undefinedRatio() throws {
        var free = TestIntervention.testing(avoids: 40, of: .ambulanceCallOut, costing: 0)
        free.cost.item = "Volunteers"
        let result = try Scenario.testing(intervention: free).appraise(with: .testing).portfolio
        let failure = try #require(FigureCheck.ratio(result.benefitCostRatio, equals: 1.6, relativeTolerance: 1e-9))
        #expect(
            failure.message == "Benefit-cost ratio: expected 1.6, got no value: undefined (no costs).\n"
                + derivation(result.benefitCostRatio))
    }

    @Test(
        "numbers that are not figures: demand avoided within a tolerance",
        arguments: [
            // (actual, expected, tolerance, expected message or nil)
            (40.0 as Double?, 40.0, 0.0, nil),
            (40.0, 40.000001, 1e-6, nil),
            (
                36.0, 40.0, 1e-9,
                "Ambulance call-outs avoided: expected 40.0, got 36.0 (relative difference 0.1, more than the tolerance 1e-09)."
            ),
            (nil, 40.0, 1e-9, "Ambulance call-outs avoided: expected 40.0, got no value."),
            (
                .nan, 40.0, 1e-9,
                "Ambulance call-outs avoided: expected 40.0, got nan (relative difference inf, more than the tolerance 1e-09)."
            ),
        ] as [(Double?, Double, Double, String?)])
    func numbers(actual: Double?, expected: Double, tolerance: Double, message: String?) {
        let failure = FigureCheck.approximately(
            actual, equals: expected, relativeTolerance: tolerance, label: "Ambulance call-outs avoided")
        #expect(failure?.message == message)
    }

    @Test(
        "a tolerance or expectation that cannot be used fails rather than passing",
        arguments: [
            (-1.0, 1.6, "The relative tolerance -1.0 must be a finite number, 0 or more (e.g. 1e-9)."),
            (.nan, 1.6, "The relative tolerance nan must be a finite number, 0 or more (e.g. 1e-9)."),
            (1e-9, .infinity, "Benefit-cost ratio: the expected value inf is not a finite number."),
        ])
    func unusable(tolerance: Double, expected: Double, message: String) {
        #expect(
            FigureCheck.ratio(result.benefitCostRatio, equals: expected, relativeTolerance: tolerance)?.message
                == message)
    }

    @Test("payback: months within a tolerance, never against never, and a mismatch")
    func payback() throws {
        #expect(FigureCheck.payback(result.payback, equals: .months(7.5), relativeTolerance: 0) == nil)
        let months = try #require(FigureCheck.payback(result.payback, equals: .months(6), relativeTolerance: 0.01))
        // |7.5 − 6| ÷ 7.5 = 0.2.
        #expect(
            months.message
                == "Payback period: expected 6.0 months, got 7.5 months (relative difference 0.2, more than the tolerance 0.01).\n"
                + derivation(result.payback))
        let never = try #require(FigureCheck.payback(result.payback, equals: .never, relativeTolerance: 0))
        #expect(
            never.message
                == "Payback period: expected never (does not pay back within the appraisal period), got 7.5 months.\n"
                + derivation(result.payback))
        let poor = try Scenario.testing(intervention: .testing(avoids: 1, of: .ambulanceCallOut)).appraise(
            with: .testing
        ).portfolio
        #expect(FigureCheck.payback(poor.payback, equals: .never, relativeTolerance: 0) == nil)
    }

    @Test("the explanation is built only when a check fails")
    func lazyExplanation() {
        let built = Counter()
        let figure = Figure(Money.zero(.gbp, in: .financialYear(2024))) {
            built.increment()
            return Explanation("Zero", value: "£0.00")
        }
        #expect(FigureCheck.money(figure, equals: 0) == nil)
        #expect(built.count == 0)
        #expect(
            FigureCheck.money(figure, equals: 1)?.message == """
                Zero: expected £1.00, got £0.00 (£1.00 less).
                How the actual figure was derived:
                  Zero: £0.00
                """)
        #expect(built.count == 1)
    }
}

/// Counts calls from a `@Sendable` closure.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    var count: Int { lock.withLock { value } }
    func increment() { lock.withLock { value += 1 } }
}
