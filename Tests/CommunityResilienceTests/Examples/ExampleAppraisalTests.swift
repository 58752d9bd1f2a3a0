import Foundation
import Testing

@testable import CommunityResilience

/// The bundled example, appraised end to end. Expected pence were re-derived independently in
/// Python (decimal arithmetic, half-even rounding at the same points):
///
/// ```python
/// mul = lambda p, f: int((D(p) * D(repr(float(f)))).quantize(D(1), ROUND_HALF_EVEN))
/// rebase = lambda p, index: mul(p, 100.0 / index)            # GDP deflators, 2024-25 = 100
/// # VCSE discharge, 2022-23 (t = 0): 6,329 bed days × £395 rebased (91.2996) = £432.64 a night
/// real = mul(43264, 6329 * (0.85 * 0.90))                     # OB grade 4 evidence, grade 3 unit cost
/// # → 209,470,660p; costs £600,000 rebased × 1.15 (grade 4) → 75,575,358p
/// # Home safety checks, effect years 2023-24…2025-26 (t = 1…3): 130 and 600 a year × 0.9
/// # deadweight × 1, 0.5, 0.25; A&E £109 (70.3261) → £154.99, GP £49 (91.2996) → £53.67;
/// # discounted at 1.035^-t → PV benefits 6,181,808p; costs (£20,000 + 2,000 × £75, 2023-24,
/// # rebased (96.1117), × 1.15) discounted once → 19,652,125p.
/// ```
@Suite("The bundled example, appraised")
struct ExampleAppraisalTests {
    let appraisal: Appraisal

    init() throws {
        appraisal = try Scenario.example.appraise(with: .example)
    }

    @Test("portfolio headline figures")
    func portfolio() {
        let result = appraisal.portfolio
        #expect(result.presentValueOfBenefits.value.minorUnits == 215_652_468)
        #expect(result.presentValueOfCosts.value.minorUnits == 95_227_483)
        #expect(result.netPresentValue.value.minorUnits == 120_424_985)
        #expect(result.netPresentValue.value.formatted(.compact(locale: Locale(identifier: "en_GB"))) == "£1.2m")
        #expect(
            isApproximatelyEqual(
                result.benefitCostRatio.value ?? 0, 215_652_468.0 / 95_227_483.0, relativeTolerance: 1e-12))
        // Year 0 costs £755,753.58 up front, benefits £2,094,706.60 through the year: 4.33 months.
        guard case .months(let months) = result.payback.value else {
            Issue.record("expected a payback")
            return
        }
        #expect(isApproximatelyEqual(months, 12 * 75_575_358.0 / 209_470_660.0, relativeTolerance: 1e-12))
    }

    @Test("the VCSE discharge case reproduces its published £2.5m before optimism bias")
    func discharge() throws {
        let result = try #require(appraisal.result(for: "vcse-discharge"))
        let line = try #require(result.benefits.first)
        // 6,329 bed days × £395 (2022-23 prices) = £2,499,955: the published "over £2.5m".
        #expect(try Money("395.00", .gbp, in: .financialYear(2022)).multiplied(by: 6_329).amountText == "2499955.00")
        #expect(line.unitValue.amountText == "432.64")
        #expect(line.real.first?.minorUnits == 209_470_660)
        #expect(result.presentValueOfCosts.value.minorUnits == 75_575_358)
    }

    @Test("home safety checks: demand avoided and their value")
    func safetyChecks() throws {
        let result = try #require(appraisal.result(for: "home-safety-checks"))
        let demand = result.demandAvoided
        // 130 × 0.9 × (1 + 0.5 + 0.25) = 204.75; 600 × 0.9 × 1.75 = 945.
        #expect(demand.map(\.service) == ["ae", "gp-repeat"])
        #expect(isApproximatelyEqual(demand[0].netAdditional, 204.75, relativeTolerance: 1e-12))
        #expect(isApproximatelyEqual(demand[1].netAdditional, 945, relativeTolerance: 1e-12))
        #expect(demand[0].measured == 130)
        #expect(result.presentValueOfBenefits.value.minorUnits == 6_181_808)
        #expect(result.presentValueOfCosts.value.minorUnits == 19_652_125)
        #expect(result.payback.value == .never)
    }

    @Test("every assumption the example relies on is labelled")
    func assumptions() {
        let ids = Set(Scenario.example.assumptions.map(\.id.rawValue))
        for id in [
            "pilot-length", "ae-admissions-as-attendances", "gp-baseline", "visit-cost", "visits",
            "discharge-bed-days", "discharge-cost", "safety-check-deadweight", "safety-check-persistence",
        ] {
            #expect(ids.contains(id), "missing assumption \(id)")
        }
        #expect(Scenario.example.assumptions.allSatisfy { !$0.reasoning.isEmpty })
    }

    @Test("the headline summary prints the figures the command shows")
    func summary() {
        let text = HeadlineSummary(appraisal).description
        #expect(text.contains("Net present social value: £1,204,250"))
        #expect(text.contains("6,329 delayed discharge days"))
        #expect(text.contains("Benefit-cost ratio: 2.26"))
        #expect(text.contains("Payback: 5 months"))
    }
}
