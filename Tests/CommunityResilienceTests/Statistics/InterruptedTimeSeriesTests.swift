import Foundation
import ResilienceNumerics
import Testing

@testable import CommunityResilience

/// Reference values from statsmodels 0.15.0 (script kept beside the test data):
///
/// ```python
/// counts = [52,48,55,60,58,50,47,53,61,57,54,59, 44,41,46,43,40,45,39,42,38,41,37,40]
/// pop = [10000 + 25*i for i in range(24)]; start = 12           # April 2022 … March 2024
/// X = [1, t (1…24), post, max(0, i − 12)];  Xcf = X with post and since set to 0
/// r = sm.GLM(counts, X, family=Poisson(), offset=log(pop)).fit()           # or .fit(scale='X2')
/// mu = exp(Xcf @ r.params + log(pop)); A = Σ_{post} (mu − counts)
/// g = Σ_{post} mu × Xcf;  se(A) = sqrt(g' V g)
/// r = sm.OLS(counts, X).fit(cov_type='HAC', cov_kwds={'maxlags': 2})       # linear model
/// ```
@Suite("Interrupted time series against statsmodels")
struct InterruptedTimeSeriesTests {
    static let counts: [Double] = [
        52, 48, 55, 60, 58, 50, 47, 53, 61, 57, 54, 59, 44, 41, 46, 43, 40, 45, 39, 42, 38, 41, 37, 40,
    ]

    func series() throws -> MonthlySeries {
        let first = try Month(year: 2022, month: 4)
        return try MonthlySeries(
            months: (0..<24).map { first.advanced(by: $0) }, counts: Self.counts,
            populations: (0..<24).map { 10_000 + 25 * Double($0) })
    }

    func spec(_ model: InterruptedTimeSeries.Model) throws -> InterruptedTimeSeries {
        InterruptedTimeSeries(interventionStart: try Month(year: 2023, month: 4), model: model)
    }

    let tolerance = 1e-7

    @Test("Poisson with log-population offset")
    func poisson() throws {
        let result = try spec(.poisson).fit(series())
        let expected = [-5.265213889888472, 0.006004106689698335, -0.2667980478933032, -0.02024674295313714]
        let errors = [0.08439754804743306, 0.011330597726654512, 0.11690116468210783, 0.017255283997275793]
        for (coefficient, (value, error)) in zip(result.coefficients, zip(expected, errors)) {
            #expect(isApproximatelyEqual(coefficient.estimate, value, relativeTolerance: tolerance))
            #expect(isApproximatelyEqual(coefficient.standardError, error, relativeTolerance: tolerance))
        }
        #expect(isApproximatelyEqual(result.levelChange.estimate, 0.7658277163701039, relativeTolerance: tolerance))
        #expect(isApproximatelyEqual(result.levelChange.lower, 0.6090102866152675, relativeTolerance: tolerance))
        #expect(isApproximatelyEqual(result.levelChange.upper, 0.9630249341439374, relativeTolerance: tolerance))
        #expect(isApproximatelyEqual(result.levelChange.pValue ?? 0, 0.022474400531020775, relativeTolerance: 1e-6))
        #expect(isApproximatelyEqual(result.avoided.units, 227.65534214949776, relativeTolerance: tolerance))
        #expect(isApproximatelyEqual(result.avoided.standardError, 102.37491313083875, relativeTolerance: tolerance))
        #expect(isApproximatelyEqual(result.dispersion ?? 0, 5.058070779560314 / 20, relativeTolerance: tolerance))
        // The counterfactual continues the pre-trend: it is above the observed series after the start.
        #expect(result.counterfactual[12] > result.observed[12])
        #expect(result.avoided.window == Period(try FinancialYear(parsing: "2023-24")))
    }

    @Test("quasi-Poisson scales the covariance by the Pearson dispersion; intervals use t(n − p)")
    func quasiPoisson() throws {
        let result = try spec(.quasiPoisson).fit(series())
        let errors = [0.042443118179510915, 0.005698102723179377, 0.05878902957176691, 0.008677598755762904]
        for (coefficient, error) in zip(result.coefficients, errors) {
            #expect(isApproximatelyEqual(coefficient.standardError, error, relativeTolerance: tolerance))
        }
        #expect(isApproximatelyEqual(result.avoided.standardError, 51.483848016709615, relativeTolerance: tolerance))
        // exp(b ± t_{0.975, 20} × se), t_{0.975, 20} = 2.085963447265864 (scipy).
        let b = -0.26679804789330364
        let se = 0.05878902957176691
        #expect(
            isApproximatelyEqual(result.levelChange.lower, exp(b - 2.085963447265864 * se), relativeTolerance: 1e-7))
        #expect(
            isApproximatelyEqual(
                result.avoided.lower, 227.65534214950077 - 2.085963447265864 * 51.483848016709615,
                relativeTolerance: 1e-7))
    }

    @Test("linear segmented regression with Newey–West standard errors")
    func linear() throws {
        let result = try spec(.linear(neweyWestLag: 2)).fit(series())
        let expected = [51.50000000000004, 0.46153846153845857, -13.474358974358964, -0.9510489510489468]
        let errors = [2.0287595930752502, 0.19594490684976576, 1.5231515772410071, 0.20188700562234255]
        for (coefficient, (value, error)) in zip(result.coefficients, zip(expected, errors)) {
            #expect(isApproximatelyEqual(coefficient.estimate, value, relativeTolerance: tolerance))
            #expect(isApproximatelyEqual(coefficient.standardError, error, relativeTolerance: tolerance))
        }
        #expect(isApproximatelyEqual(result.levelChange.estimate, -13.474358974358964, relativeTolerance: tolerance))
        #expect(isApproximatelyEqual(result.levelChange.pValue ?? 0, 2.3829229127038344e-08, relativeTolerance: 1e-6))
        #expect(isApproximatelyEqual(result.avoided.units, 224.46153846153828, relativeTolerance: tolerance))
        #expect(isApproximatelyEqual(result.avoided.standardError, 25.99408405917246, relativeTolerance: tolerance))
    }

    @Test("seasonal terms are added and named; one year a side cannot separate slopes from seasons")
    func seasonality() throws {
        var months = try spec(.poisson)
        months.seasonality = .monthIndicators
        // With exactly twelve months either side, separate pre and post slopes can trade off
        // against twelve free month effects: the design is rank-deficient, and the error says which term.
        #expect(throws: EstimationError.numerical(.rankDeficient(column: "month 12", index: 14))) {
            try months.fit(series())
        }
        let first = try Month(year: 2021, month: 4)
        let longer = try MonthlySeries(
            months: (0..<36).map { first.advanced(by: $0) }, counts: Array(Self.counts.prefix(12)) + Self.counts,
            populations: [Double](repeating: 10_000, count: 36))
        let result = try months.fit(longer)
        #expect(result.coefficients.count == 15)
        #expect(result.coefficients.last?.name == "month 12")
        var fourier = try spec(.poisson)
        fourier.seasonality = .fourier(pairs: 2)
        #expect(try fourier.fit(series()).coefficients.map(\.name).suffix(4) == ["sin 1", "cos 1", "sin 2", "cos 2"])
    }

    @Test(
        "bad input is a typed error",
        arguments: [
            ("pre", 2022, 5), ("post", 2024, 2),
        ])
    func tooFew(side: String, year: Int, month: Int) throws {
        let spec = InterruptedTimeSeries(interventionStart: try Month(year: year, month: month))
        #expect(
            throws: EstimationError.tooFewPeriods(
                side: side == "pre" ? "pre-intervention" : "post-intervention", found: side == "pre" ? 1 : 2, needed: 3)
        ) {
            try spec.fit(series())
        }
    }

    @Test("all-zero counts, bad settings and collinear seasonality")
    func otherErrors() throws {
        let zero = try MonthlySeries(months: try series().months, counts: [Double](repeating: 0, count: 24))
        #expect(throws: EstimationError.allZeroCounts) { try spec(.poisson).fit(zero) }
        var bad = try spec(.poisson)
        bad.confidenceLevel = 1
        #expect(
            throws: EstimationError.invalidSetting(
                name: "confidenceLevel", value: "1.0", requirement: "strictly between 0 and 1")
        ) {
            try bad.fit(series())
        }
        // Twelve months of data with month indicators: the 12th month's indicator is collinear.
        let first = try Month(year: 2023, month: 1)
        let short = try MonthlySeries(
            months: (0..<12).map { first.advanced(by: $0) }, counts: Array(Self.counts.prefix(12)))
        var seasonal = InterruptedTimeSeries(
            interventionStart: try Month(year: 2023, month: 7), model: .linear(neweyWestLag: 1))
        seasonal.seasonality = .monthIndicators
        #expect {
            try seasonal.fit(short)
        } throws: { error in
            guard case .numerical(let inner) = error as? EstimationError else { return false }
            if case .rankDeficient = inner { return true }
            if case .insufficientData = inner { return true }
            return false
        }
    }

    @Test("a series refuses negative or non-finite counts and non-positive populations, naming the month")
    func badValues() throws {
        let months = try series().months
        var counts = Self.counts
        counts[3] = -1
        #expect(
            throws: EstimationError.numerical(
                .invalidParameter(name: "counts[3]", value: -1, requirement: "finite and not negative"))
        ) {
            try MonthlySeries(months: months, counts: counts)
        }
        counts[3] = .nan
        #expect(throws: EstimationError.self) { try MonthlySeries(months: months, counts: counts) }
        #expect(
            throws: EstimationError.numerical(
                .invalidParameter(name: "populations[0]", value: 0, requirement: "finite and positive"))
        ) {
            try MonthlySeries(months: months, counts: Self.counts, populations: [0] + [Double](repeating: 1, count: 23))
        }
        #expect(throws: EstimationError.missingPeriods(community: "series", months: ["2022-05"])) {
            try MonthlySeries(months: [months[0], months[2]], counts: [1, 2])
        }
    }

    @Test("a series is pooled from a panel, and gaps are refused")
    func pooled() throws {
        var panel = DemandPanel()
        let first = try Month(year: 2022, month: 4)
        for (index, count) in Self.counts.enumerated() {
            // Split each month's count between two communities: the pooled series is the sum.
            let month = first.advanced(by: index)
            try panel.append(
                DemandObservation(community: "a", service: "ae", month: month, count: count - 20, population: 4_000))
            try panel.append(
                DemandObservation(
                    community: "b", service: "ae", month: month, count: 20, population: 6_000 + 25 * Double(index)))
        }
        let pooled = try MonthlySeries(panel: panel, service: "ae")
        #expect(pooled.counts == Self.counts)
        #expect(pooled.populations == (0..<24).map { 10_000 + 25 * Double($0) })
        #expect(
            try MonthlySeries(panel: panel, service: "ae", communities: ["b"]).counts
                == [Double](repeating: 20, count: 24))
        #expect(throws: EstimationError.unknownCommunity("c")) {
            try MonthlySeries(panel: panel, service: "ae", communities: ["c"])
        }
        #expect(throws: EstimationError.noObservations(service: "gp")) {
            try MonthlySeries(panel: panel, service: "gp")
        }
        try panel.append(DemandObservation(community: "c", service: "ae", month: first, count: 1, population: 10))
        #expect(
            throws: EstimationError.missingPeriods(
                community: "c", months: ["2022-05", "2022-06", "2022-07", "2022-08", "2022-09"])
        ) {
            try MonthlySeries(panel: panel, service: "ae")
        }
        try panel.append(DemandObservation(community: "a", service: "ae", month: first, count: 1, population: 10))
        #expect(throws: EstimationError.duplicateObservation(community: "a", month: "2022-04")) {
            try MonthlySeries(panel: panel, service: "ae", communities: ["a"])
        }
    }
}

@Suite("Estimates become evidence the engine can value")
struct EstimateEvidenceTests {
    @Test("an ITS estimate flows into the appraisal with its method in the audit trail")
    func itsToAppraisal() throws {
        let first = try Month(year: 2022, month: 4)
        let series = try MonthlySeries(
            months: (0..<24).map { first.advanced(by: $0) }, counts: InterruptedTimeSeriesTests.counts,
            populations: (0..<24).map { 10_000 + 25 * Double($0) })
        let fit = try InterruptedTimeSeries(interventionStart: try Month(year: 2023, month: 4), model: .quasiPoisson)
            .fit(series)
        var scenario = try AppraisalFixture.scenario()
        scenario.interventions[0].start = try Month(year: 2023, month: 4)
        scenario.evidence = [
            fit.outcomeEvidence(id: "its", intervention: "hsc", service: "ae", grade: .one, source: "A&E extract")
        ]
        let result = try scenario.appraise(with: try AppraisalFixture.settings()).portfolio
        // 227.655… attendances avoided in 2023-24 (year 0) × £100 = £22,765.53.
        #expect(result.presentValueOfBenefits.value.amountText == "22765.53")
        let explanation = result.presentValueOfBenefits.explanation.description
        #expect(explanation.contains("A&E extract"))
        #expect(explanation.contains("Statistical estimate: 227.66 A&E attendances"))
        #expect(explanation.contains("source: Interrupted time series: segmented quasi-Poisson regression"))
        guard case .estimate(let estimate) = scenario.evidence[0].effect else {
            Issue.record("expected an estimate")
            return
        }
        #expect(isApproximatelyEqual(estimate.unitsAvoided, 227.65534214950077, relativeTolerance: 1e-7))
        #expect(estimate.method.contains("quasi-Poisson"))
        #expect(scenario.evidence[0].strength == .level2)
    }
}
