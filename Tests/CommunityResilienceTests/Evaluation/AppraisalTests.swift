import Foundation
import Testing

@testable import CommunityResilience

@Suite("Appraisal engine: the benefit chain by hand")
struct AppraisalTests {
    func appraise(_ change: (inout Scenario) throws -> Void = { _ in }, settings: AppraisalSettings? = nil) throws
        -> Appraisal
    {
        var scenario = try AppraisalFixture.scenario()
        try change(&scenario)
        return try scenario.appraise(with: settings ?? AppraisalFixture.settings())
    }

    @Test("units: gross × additionality × persistence, by financial year")
    func units() throws {
        let appraisal = try appraise()
        // 100 a year × 0.8 × 0.9 × 0.75 = 54; then 27 and 13.5 with 50% drop-off.
        let units = try #require(appraisal.demand.first).units
        #expect(units.count == 5)
        #expect(isApproximatelyEqual(units[0], 54, relativeTolerance: 1e-12))
        #expect(isApproximatelyEqual(units[1], 27, relativeTolerance: 1e-12))
        #expect(isApproximatelyEqual(units[2], 13.5, relativeTolerance: 1e-12))
        #expect(units[3] == 0 && units[4] == 0)
        #expect(
            isApproximatelyEqual(
                try #require(appraisal.demand.first).additionalityFactor, 0.54, relativeTolerance: 1e-12))
    }

    @Test("values, present values and headline figures")
    func headline() throws {
        let result = try appraise().portfolio
        let line = try #require(result.benefits.first)
        // Real: 54 × £100 = £5,400; 27 × £100 = £2,700; 13.5 × £100 = £1,350.
        #expect(line.real.prefix(3).map(\.amountText) == ["5400.00", "2700.00", "1350.00"])
        // Discounted at 3.5% with t = 0 first: £2,700 ÷ 1.035 = £2,608.6957 → £2,608.70;
        // £1,350 ÷ 1.035² = £1,260.2394 → £1,260.24.
        #expect(line.discounted.prefix(3).map(\.amountText) == ["5400.00", "2608.70", "1260.24"])
        #expect(result.presentValueOfBenefits.value.amountText == "9268.94")
        // Costs, all in year 0: £1,000 + £500 × 12/12 + £10 × 30 = £1,800.
        #expect(result.presentValueOfCosts.value.amountText == "1800.00")
        #expect(result.netPresentValue.value.amountText == "7468.94")
        // BCR = 9,268.94 ÷ 1,800 = 5.149411…
        #expect(
            isApproximatelyEqual(try #require(result.benefitCostRatio.value), 9268.94 / 1800, relativeTolerance: 1e-12))
        #expect(result.fiscalReturnOnInvestment.value == result.benefitCostRatio.value)
        #expect(
            isApproximatelyEqual(
                try #require(result.netSocialReturnOnInvestment.value), 7468.94 / 1800, relativeTolerance: 1e-12))
        // Costs at the start of year 0, £5,400 of benefits evenly through it: 12 × 1,800 ÷ 5,400 = 4 months.
        #expect(result.payback.value == .months(4))
        #expect(result.payback.value.description == "4 months")
    }

    @Test("end-of-year timing discounts the first year once (SROI convention)")
    func endOfYear() throws {
        let result = try appraise(settings: try AppraisalFixture.settings(timing: .endOfYear)).portfolio
        // £5,400 ÷ 1.035 = 5,217.39; £2,700 ÷ 1.035² = 2,520.48; £1,350 ÷ 1.035³ = 1,217.62.
        #expect(result.benefits.first?.discounted.prefix(3).map(\.amountText) == ["5217.39", "2520.48", "1217.62"])
        // Costs £1,800 ÷ 1.035 = 1,739.13.
        #expect(result.presentValueOfCosts.value.amountText == "1739.13")
    }

    @Test("optimism bias reduces benefits and raises costs, by grade")
    func optimismBias() throws {
        let result = try appraise { scenario in
            scenario.evidence[0].grade = .four  // 15%
            scenario.unitCosts[0].grade = .three  // 10%
            scenario.interventions[0].costs[0].grade = .two  // +5%
        }.portfolio
        // Year 0: 54 × £100 × 0.85 × 0.90 = £4,131.00.
        #expect(result.benefits.first?.real.first?.amountText == "4131.00")
        // Set-up £1,000 × 1.05 = £1,050; total year-0 costs £1,050 + £500 + £300 = £1,850.
        #expect(result.costs.first?.real.first?.amountText == "1050.00")
        #expect(result.presentValueOfCosts.value.amountText == "1850.00")
    }

    @Test(
        "effects spread across financial years by months",
        arguments: [
            // (first month, months, reported units, expected units by year from 2023-24)
            (Month.Stub(2024, 1), 12, 120.0, [30.0, 90.0, 0]),  // Jan–Dec 2024: 3 months in 2023-24, 9 in 2024-25
            (Month.Stub(2024, 4), 6, 60.0, [0, 60.0, 0]),  // Apr–Sep 2024, all in 2024-25
            (Month.Stub(2024, 10), 12, 240.0, [0, 120.0, 120.0]),  // Oct 2024–Sep 2025: 6 + 6 months
        ])
    func spreading(first: Month.Stub, months: Int, reported: Double, expected: [Double]) throws {
        let appraisal = try appraise(
            { scenario in
                scenario.interventions[0].start = try Month(year: 2023, month: 4)
                scenario.evidence[0].period = try Period(
                    starting: try Month(year: first.year, month: first.month), monthCount: months)
                scenario.evidence[0].effect = .absoluteReduction(units: reported)
                scenario.evidence[0].additionality = .none
                scenario.evidence[0].persistence = .measuredPeriod
            }, settings: try AppraisalFixture.settings(horizon: 3))
        #expect(appraisal.years.map(\.description) == ["2023-24", "2024-25", "2025-26"])
        let units = try #require(appraisal.demand.first).units
        for (actual, wanted) in zip(units, expected) {
            #expect(isApproximatelyEqual(actual, wanted, relativeTolerance: 1e-12))
        }
    }

    @Test(
        "relative, before-and-after and cohort effects",
        arguments: [
            // 60% of 1,000 a year, measured over 2024-25: 600.
            (MeasuredEffect.relativeReduction(Fraction.percent60, baselinePerYear: 1_000), 600.0),
            // (120 − 80) − (100 − 90) = 30: the difference in differences.
            (
                .beforeAndAfter(
                    BeforeAndAfter(baseline: 120, followUp: 80, comparisonBaseline: 100, comparisonFollowUp: 90)), 30.0
            ),
            // 1,000 eligible × 40% engage × 25% succeed × 2 units each = 200.
            (
                .cohort(
                    CohortChain(
                        eligible: 1_000, engagement: Fraction.percent40, success: Fraction.percent25,
                        unitsAvoidedPerSuccess: 2)), 200.0
            ),
        ])
    func effects(effect: MeasuredEffect, expected: Double) throws {
        let appraisal = try appraise { scenario in
            scenario.evidence[0].effect = effect
            scenario.evidence[0].additionality = .none
            scenario.evidence[0].persistence = .measuredPeriod
        }
        #expect(
            isApproximatelyEqual(try #require(appraisal.demand.first).totalUnits, expected, relativeTolerance: 1e-12))
        #expect(
            isApproximatelyEqual(
                try #require(appraisal.portfolio.demandAvoided.first).measured, expected, relativeTolerance: 1e-12))
    }

    @Test("unit costs are rebased to the appraisal's price base")
    func rebasing() throws {
        let result = try appraise { scenario in
            scenario.unitCosts[0].amount = try Money("80.00", .gbp, in: .financialYear(2023))
        }.portfolio
        // £80 × 100/80 = £100: the same figures as the fixture.
        #expect(result.benefits.first?.unitValue.amountText == "100.00")
        #expect(result.presentValueOfBenefits.value.amountText == "9268.94")
    }

    @Test("results do not depend on the order of interventions or evidence")
    func orderIndependence() throws {
        func twoInterventions(reversed: Bool) throws -> Appraisal {
            try appraise { scenario in
                var second = scenario.interventions[0]
                second.id = "hsc-2"
                second.participants = 10
                var evidence = scenario.evidence[0]
                evidence.id = "ev-2"
                evidence.intervention = "hsc-2"
                evidence.effect = .absoluteReduction(units: 33)
                scenario.interventions.append(second)
                scenario.evidence.append(evidence)
                if reversed {
                    scenario.interventions.reverse()
                    scenario.evidence.reverse()
                }
            }
        }
        let forward = try twoInterventions(reversed: false)
        let backward = try twoInterventions(reversed: true)
        #expect(forward.portfolio.netPresentValue == backward.portfolio.netPresentValue)
        #expect(forward.benefits == backward.benefits)
        #expect(forward.costs == backward.costs)
        #expect(
            forward.interventionResults.map(\.netPresentValue.value)
                == backward.interventionResults.map(\.netPresentValue.value))
    }

    @Test("who pays, who gains: benefits shared by funders' cost shares, exactly")
    func whoPaysWhoGains() throws {
        let result = try appraise { scenario in
            // Social care pays for the £500 coordinator: funders' shares £1,300 : £500.
            scenario.interventions[0].costs[1].funder = "adult-social-care"
        }.portfolio
        let table = result.whoPaysWhoGains
        #expect(table.funders == ["adult-social-care", "fire-rescue"])
        #expect(table.beneficiaries == ["nhs-acute"])
        // £9,268.94 × 500/1,800 = £2,574.705… and × 1,300/1,800 = £6,694.234…; the leftover
        // penny goes to the larger remainder (0.705 > 0.234): £2,574.71 and £6,694.23.
        #expect(table.benefit(to: "nhs-acute", fundedBy: "adult-social-care")?.amountText == "2574.71")
        #expect(table.benefit(to: "nhs-acute", fundedBy: "fire-rescue")?.amountText == "6694.23")
        #expect(table.costsByFunder["fire-rescue"]?.amountText == "1300.00")
        #expect(table.netPosition["nhs-acute"] == 926_894)
        #expect(table.netPosition["fire-rescue"] == -130_000)
    }

    @Test("cash flows, cashable savings and totals by area")
    func tables() throws {
        let result = try appraise().portfolio
        let flows = result.cashFlows
        #expect(flows.map(\.year.description) == ["2024-25", "2025-26", "2026-27", "2027-28", "2028-29"])
        #expect(flows[1].benefits[.fiscal]?.amountText == "2700.00")
        #expect(flows[1].discountedBenefits[.fiscal]?.amountText == "2608.70")
        #expect(flows[0].costs.amountText == "1800.00")
        #expect(
            result.annualCashableSavings["nhs-acute"]?.map(\.amountText) == [
                "5400.00", "2700.00", "1350.00", "0.00", "0.00",
            ])
        // Shared by population 1,000 : 2,000 (no community on the evidence).
        let wards = result.totalsByArea()
        #expect(wards["north"]?.costs.amountText == "600.00")
        #expect(wards["south"]?.costs.amountText == "1200.00")
        // £9,268.94 ÷ 3 = £3,089.646…: 308,964.67 → north £3,089.65, south £6,179.29.
        #expect(wards["north"]?.benefits.amountText == "3089.65")
        #expect(wards["south"]?.benefits.amountText == "6179.29")
        let boroughs = result.totalsByArea(.localAuthority)
        #expect(boroughs.keys.sorted() == ["la"])
        #expect(boroughs["la"]?.netPresentValue.amountText == "7468.94")
    }

    @Test("an intervention that never pays back says so")
    func never() throws {
        let result = try appraise { $0.evidence[0].effect = .absoluteReduction(units: 1) }.portfolio
        #expect(result.payback.value == .never)
        #expect(result.payback.value.description == "does not pay back within the appraisal period")
    }

    @Test("every figure explains itself down to the inputs")
    func explanations() throws {
        let result = try appraise().portfolio
        let text = result.netPresentValue.explanation.description
        #expect(text.hasPrefix("Net present social value: £7,468.94"))
        #expect(text.contains("= present value of benefits − present value of costs = £9,268.94 − £1,800.00"))
        #expect(text.contains("Deadweight: 20%"))
        #expect(text.contains("source: comparison group"))
        #expect(text.contains("2025-26 (t = 1): £2,608.70"))
        #expect(text.contains("27 A&E attendances × £100.00 × 1 = £2,700.00; × discount factor 0.966184"))
        #expect(result.benefitCostRatio.explanation.value == "5.1494")
    }
}

extension Month {
    /// A year and month for parameterised tests (which need `Sendable` literals).
    struct Stub: Sendable, CustomTestStringConvertible {
        let year: Int
        let month: Int
        init(_ year: Int, _ month: Int) {
            self.year = year
            self.month = month
        }
        var testDescription: String { "\(year)-\(month)" }
    }
}

extension Fraction {
    static let percent60 = Fraction(unchecked: 0.6)
    static let percent40 = Fraction(unchecked: 0.4)
    static let percent25 = Fraction(unchecked: 0.25)
}
