import Testing

@testable import CommunityResilience

/// The compiled kernel against the exact engine: at the base values and at random points, the
/// kernel's figures must equal `Scenario.appraise(with:)` on the scenario with the same input
/// values (`Scenario.setting(_:to:)`), to within the engine's rounding.
///
/// The bound: the engine rounds each uncertain line's value in each year to the penny, and its
/// present value again (≤ ½p + ½p·D(t) ≤ 1p per line-year); lines no input touches are taken
/// from the engine exactly. So |NPV_kernel − NPV_engine| ≤ (uncertain lines × years) pence.
@Suite("Uncertainty: the compiled kernel reproduces the exact engine")
struct AppraisalKernelTests {
    /// Every kind of target the example supports.
    static let exampleInputs: [UncertainInput] = [
        UncertainInput(.unitCost("uc-ae"), .triangular(low: 80, mode: 109, high: 150)),
        UncertainInput(.unitCost("uc-gp"), .uniform(low: 40, high: 60)),
        UncertainInput(.unitCost("uc-delayed-discharge"), .normal(mean: 395, standardDeviation: 40, low: 0)),
        UncertainInput(
            .costLine(intervention: "home-safety-checks", index: 0), .pert(low: 15_000, mode: 20_000, high: 30_000)),
        UncertainInput(
            .costLine(intervention: "home-safety-checks", index: 1), .triangular(low: 60, mode: 75, high: 100)),
        UncertainInput(.costLine(intervention: "vcse-discharge", index: 0), .uniform(low: 500_000, high: 700_000)),
        UncertainInput(.evidenceEffect("ev-ae"), .pert(low: 60, mode: 130, high: 160)),
        UncertainInput(.evidenceEffect("ev-gp"), .beta(alpha: 12, beta: 8)),
        UncertainInput(.baseline("ev-gp"), .triangular(low: 600, mode: 1_000, high: 1_500)),
        UncertainInput(.evidenceEffect("ev-discharge"), .normal(mean: 6_329, standardDeviation: 800, low: 0)),
        UncertainInput(.additionality("ev-ae", .deadweight), .beta(alpha: 2, beta: 18)),
        UncertainInput(.additionality("ev-gp", .attribution), .uniform(low: 0, high: 0.3)),
        UncertainInput(.additionality("ev-discharge", .multiplier), .uniform(low: 0.9, high: 1.2)),
        UncertainInput(.dropOff("ev-ae"), .uniform(low: 0.3, high: 0.7)),
        UncertainInput(.dropOff("ev-gp"), .beta(alpha: 5, beta: 5)),
    ]

    /// Uncertain lines × years, in pounds: 3 benefit lines and 3 cost lines over 10 years.
    static let exampleBound = 6 * 10 * 0.01

    @Test("at the base values the kernel gives the engine's NPV, BCR and payback")
    func base() throws {
        let analysis = try UncertaintyAnalysis(.example, settings: .example, inputs: Self.exampleInputs)
        let exact = analysis.appraisal.portfolio
        let point = analysis.baseFigures
        // £1,204,249.85 and BCR 2.2646… (ExampleAppraisalTests derives them independently).
        #expect(abs(point.netPresentValue - exact.netPresentValue.value.doubleValue) <= Self.exampleBound)
        #expect(abs(point.netPresentValue - 1_204_249.85) <= Self.exampleBound)
        #expect(abs(point.presentValueOfCosts - exact.presentValueOfCosts.value.doubleValue) <= 3 * 10 * 0.01)
        let ratio = exact.benefitCostRatio.value ?? 0
        #expect(
            abs((point.benefitCostRatio ?? 0) - ratio) <= Self.exampleBound * (1 + ratio)
                / exact.presentValueOfCosts.value.doubleValue)
        guard case .months(let months) = exact.payback.value else {
            Issue.record("the example pays back")
            return
        }
        // 12(t + c/b): a ratio of rounded flows
        #expect(isApproximatelyEqual(point.paybackMonths ?? 0, months, relativeTolerance: 1e-6))
        for demand in exact.demandAvoided {
            #expect(
                isApproximatelyEqual(
                    point.demandAvoided[demand.service] ?? -1, demand.netAdditional, relativeTolerance: 1e-12))
        }
        // A ratio N/D moves by at most (ΔN + (N/D)·ΔD)/D when N and D move by ΔN and ΔD.
        let costs = exact.presentValueOfCosts.value.doubleValue
        for agency in [Agency.nhsAcuteTrust.id, Agency.primaryCare.id] {
            let engine = exact.fiscalReturnOnInvestment(for: agency).value ?? 0
            let kernel = point.fiscalReturnOnInvestmentByAgency[agency] ?? 0
            #expect(abs(kernel - engine) <= Self.exampleBound * (1 + engine) / costs)
        }
    }

    @Test("with no uncertain inputs the kernel is the engine's figures exactly")
    func noInputs() throws {
        let analysis = try UncertaintyAnalysis(.example, settings: .example, inputs: [])
        let exact = analysis.appraisal.portfolio
        #expect(
            analysis.baseFigures.netPresentValue == exact.netPresentValue.value.doubleValue
                || abs(analysis.baseFigures.netPresentValue - exact.netPresentValue.value.doubleValue) < 1e-6)
    }

    @Test("at 40 random points the kernel matches the engine re-run on the changed scenario", arguments: [1, 2, 3, 4])
    func randomPoints(seed: UInt64) throws {
        let analysis = try UncertaintyAnalysis(.example, settings: .example, inputs: Self.exampleInputs)
        var generator = Xoshiro256StarStar(seed: seed)
        for _ in 0..<10 {
            var values: [Double] = []
            var scenario = Scenario.example
            for input in Self.exampleInputs {
                var value = try input.distribution.sample(using: &generator)
                if case .unitCost = input.target { value = (value * 100).rounded() / 100 }
                if case .costLine = input.target { value = (value * 100).rounded() / 100 }
                values.append(value)
                scenario = try scenario.setting(input.target, to: value)
            }
            let point = try analysis.figures(at: values)
            let exact = try scenario.appraise(with: .example).portfolio
            #expect(
                abs(point.netPresentValue - exact.netPresentValue.value.doubleValue) <= Self.exampleBound,
                "values \(values)")
            #expect(abs(point.presentValueOfBenefits - exact.presentValueOfBenefits.value.doubleValue) <= 3 * 10 * 0.01)
            #expect(abs(point.presentValueOfCosts - exact.presentValueOfCosts.value.doubleValue) <= 3 * 10 * 0.01)
            for demand in exact.demandAvoided {
                #expect(
                    isApproximatelyEqual(
                        point.demandAvoided[demand.service] ?? -1, demand.netAdditional, relativeTolerance: 1e-9))
            }
            switch exact.payback.value {
            case .never: #expect(point.paybackMonths == nil)
            case .months(let months):
                #expect(isApproximatelyEqual(point.paybackMonths ?? -1, months, relativeTolerance: 1e-6))
            }
        }
    }

    @Test("a cohort chain with a multiplier, and effects stated as estimates and before-and-after counts")
    func otherEffects() throws {
        var scenario = try AppraisalFixture.scenario()
        let first = scenario.evidence[0]
        var cohort = first
        cohort.effect = .cohort(
            CohortChain(
                eligible: 400, engagement: try Fraction(0.5), success: try Fraction(0.4), unitsAvoidedPerSuccess: 1.25))
        cohort.additionality.multiplier = Additionality.Multiplier(1.1, source: "test")
        var estimate = first
        estimate.id = "ev-estimate"
        estimate.effect = .estimate(
            StatisticalEstimate(
                unitsAvoided: 40, lower: 20, upper: 60, confidenceLevel: try Fraction(0.95), method: "ITS", data: "test"
            ))
        var counts = first
        counts.id = "ev-counts"
        counts.effect = .beforeAndAfter(
            BeforeAndAfter(baseline: 500, followUp: 430, comparisonBaseline: 300, comparisonFollowUp: 290))
        scenario.evidence = [cohort, estimate, counts]
        let settings = try AppraisalFixture.settings()
        let inputs = [
            UncertainInput(.eligible("ev"), .uniform(low: 300, high: 500)),
            UncertainInput(.engagement("ev"), .beta(alpha: 5, beta: 5)),
            UncertainInput(.success("ev"), .uniform(low: 0.2, high: 0.6)),
            UncertainInput(.evidenceEffect("ev"), .triangular(low: 1, mode: 1.25, high: 2)),
            UncertainInput(.additionality("ev", .multiplier), .uniform(low: 1, high: 1.3)),
            UncertainInput(.additionality("ev", .deadweight), .uniform(low: 0.1, high: 0.3)),
            UncertainInput(.evidenceEffect("ev-estimate"), .normal(mean: 40, standardDeviation: 10)),
            UncertainInput(.evidenceEffect("ev-counts"), .uniform(low: 40, high: 80)),
            UncertainInput(.additionality("ev-counts", .leakage), .uniform(low: 0, high: 0.1)),
            UncertainInput(.unitCost("uc-ae"), .uniform(low: 80, high: 120)),
        ]
        let analysis = try UncertaintyAnalysis(scenario, settings: settings, inputs: inputs)
        // Base: cohort 400 × 0.5 × 0.4 × 1.25 = 100 units, estimate 40, counts (500 − 430) − (300 − 290) = 60.
        #expect(analysis.baseValues[0] == 400)
        #expect(analysis.baseValues[7] == 60)
        let exactBase = analysis.appraisal.portfolio.netPresentValue.value.doubleValue
        // 3 benefit lines × 5 years; no cost line is uncertain.
        #expect(abs(analysis.baseFigures.netPresentValue - exactBase) <= 3 * 5 * 0.01)
        var generator = Xoshiro256StarStar(seed: 99)
        for _ in 0..<20 {
            var values: [Double] = []
            var changed = scenario
            for input in inputs {
                var value = try input.distribution.sample(using: &generator)
                if case .unitCost = input.target { value = (value * 100).rounded() / 100 }
                values.append(value)
                changed = try changed.setting(input.target, to: value)
            }
            let exact = try changed.appraise(with: settings).portfolio.netPresentValue.value.doubleValue
            #expect(abs(try analysis.figures(at: values).netPresentValue - exact) <= 3 * 5 * 0.01, "values \(values)")
        }
    }
}
