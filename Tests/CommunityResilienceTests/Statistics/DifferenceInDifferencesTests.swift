import Foundation
import ResilienceNumerics
import Testing

@testable import CommunityResilience

/// Reference values from statsmodels 0.15.0:
///
/// ```python
/// # 6 communities × 8 months; communities 0 and 1 treated from month index 4.
/// df['D'] = ((df.unit < 2) & (df.t >= 4)).astype(float)
/// smf.ols('y ~ D + C(unit) + C(t)', df).fit(cov_type=...)   # 'nonrobust', 'HC1', 'cluster'
/// # event study: leads −3 (binned), −2, lags 0, 1, 2 (binned); −1 the reference; clustered
/// W = b' V⁻¹ b over the two leads; p = chi2.sf(W, 2)
/// ```
@Suite("Difference-in-differences against statsmodels")
struct DifferenceInDifferencesTests {
    static let y: [Double] = [
        57, 46, 49, 58, 39, 48, 51, 28, 24, 35, 35, 59, 54, 19, 39, 53, 29, 56, 30, 45, 60, 41, 43, 42,
        54, 37, 67, 46, 49, 51, 55, 55, 48, 68, 62, 62, 60, 57, 47, 74, 48, 39, 65, 39, 68, 59, 40, 38,
    ]

    func panel() throws -> DemandPanel {
        var panel = DemandPanel()
        let first = try Month(year: 2023, month: 1)
        for unit in 0..<6 {
            for month in 0..<8 {
                try panel.append(
                    DemandObservation(
                        community: Community.ID("c\(unit)"), service: "ae", month: first.advanced(by: month),
                        count: Self.y[unit * 8 + month], population: Double(1_000 + 100 * unit)))
            }
        }
        return panel
    }

    func spec(_ covariance: PanelDifferenceInDifferences.Covariance) throws -> PanelDifferenceInDifferences {
        PanelDifferenceInDifferences(
            treated: ["c0", "c1"], treatmentStart: try Month(year: 2023, month: 5), covariance: covariance)
    }

    @Test(
        "two-way fixed effects: δ and its standard errors",
        arguments: [
            (PanelDifferenceInDifferences.Covariance.conventional, 7.012462645386515, 34),
            (.heteroskedasticityRobust, 7.43018980835856, 34),
            (.clusteredByCommunity, 6.58896972665861, 5),
        ])
    func twoWay(covariance: PanelDifferenceInDifferences.Covariance, standardError: Double, degreesOfFreedom: Int)
        throws
    {
        let result = try spec(covariance).fit(panel(), service: "ae")
        let coefficient = try #require(result.coefficients.first)
        #expect(isApproximatelyEqual(coefficient.estimate, -6.750000000000006, relativeTolerance: 1e-9))
        #expect(isApproximatelyEqual(coefficient.standardError, standardError, relativeTolerance: 1e-9))
        #expect(coefficient.reference == .studentT(degreesOfFreedom: degreesOfFreedom))
        #expect(result.observationCount == 48 && result.treatedCount == 2 && result.monthCount == 8)
        // Avoided: −δ × 2 treated communities × 4 months = 6.75 × 8 = 54 attendances.
        #expect(isApproximatelyEqual(result.avoided.units, 54, relativeTolerance: 1e-9))
        #expect(isApproximatelyEqual(result.avoided.standardError, standardError * 8, relativeTolerance: 1e-9))
    }

    @Test("event study: leads, lags and the pre-trend test")
    func eventStudy() throws {
        var spec = try spec(.clusteredByCommunity)
        spec.eventWindow = (leads: 3, lags: 2)
        let result = try spec.fit(panel(), service: "ae")
        #expect(result.coefficients.map(\.name) == ["lead 3", "lead 2", "lag 0", "lag 1", "lag 2"])
        let estimates = [
            -17.374999999999904, -24.499999999999982, -23.249999999999957, -28.99999999999999, -16.999999999999964,
        ]
        let errors = [
            11.364617514461269, 13.434284498997329, 10.646977270568444, 16.085241682983792, 4.109820555693437,
        ]
        for (coefficient, (estimate, error)) in zip(result.coefficients, zip(estimates, errors)) {
            #expect(isApproximatelyEqual(coefficient.estimate, estimate, relativeTolerance: 1e-9))
            #expect(isApproximatelyEqual(coefficient.standardError, error, relativeTolerance: 1e-9))
        }
        let test = try #require(result.preTrendTest)
        #expect(isApproximatelyEqual(test.statistic, 3.5178680477727893, relativeTolerance: 1e-8))
        #expect(test.degreesOfFreedom == 2)
        #expect(isApproximatelyEqual(test.pValue, 0.17222835732082173, relativeTolerance: 1e-8))
        // The summary effect is the mean of the three lags: w = (0, 0, 1/3, 1/3, 1/3).
        #expect(isApproximatelyEqual(result.effect.estimate, -23.083333333333304, relativeTolerance: 1e-9))
        #expect(isApproximatelyEqual(result.effect.standardError, 5.066282880201445, relativeTolerance: 1e-9))
    }

    @Test("a rate outcome divides by population")
    func rates() throws {
        var spec = try spec(.conventional)
        spec.outcome = .rate(per: 1_000)
        let result = try spec.fit(panel(), service: "ae")
        #expect(result.coefficients.count == 1)
        // Exposure is Σ population ÷ 1,000 over treated post months: (1.0 + 1.1) × 4 = 8.4.
        #expect(isApproximatelyEqual(result.avoided.units, -result.effect.estimate * 8.4, relativeTolerance: 1e-12))
    }

    @Test("bad input: no treated or comparison units, too few months, no populations")
    func errors() throws {
        let panel = try panel()
        var none = try spec(.conventional)
        none.treated = ["elsewhere"]
        #expect(throws: EstimationError.noTreatedUnits) { try none.fit(panel, service: "ae") }
        var all = try spec(.conventional)
        all.treated = Set((0..<6).map { Community.ID("c\($0)") })
        #expect(throws: EstimationError.noComparisonUnits) { try all.fit(panel, service: "ae") }
        var early = try spec(.conventional)
        early.treatmentStart = try Month(year: 2023, month: 2)
        #expect(throws: EstimationError.tooFewPeriods(side: "pre-treatment", found: 1, needed: 2)) {
            try early.fit(panel, service: "ae")
        }
        var noPopulation = DemandPanel()
        try noPopulation.append(
            DemandObservation(community: "a", service: "ae", month: try Month(year: 2023, month: 1), count: 1))
        var rate = try spec(.conventional)
        rate.outcome = .rate(per: 1_000)
        rate.treated = ["a"]
        #expect(throws: EstimationError.self) { try rate.fit(noPopulation, service: "ae") }
        var window = try spec(.conventional)
        window.eventWindow = (leads: 1, lags: 1)
        #expect(
            throws: EstimationError.invalidSetting(
                name: "eventWindow", value: "leads 1, lags 1",
                requirement: "at least 2 leads (−1 is the reference) and 0 or more lags")
        ) {
            try window.fit(panel, service: "ae")
        }
    }

    @Test("2×2 on means equals the regression's interaction term")
    func twoByTwoMeans() throws {
        // Means: treated 11.5 → 7, comparison 10 → 9.75; δ = (7 − 11.5) − (9.75 − 10) = −4.25.
        let conventional = try TwoByTwoDifferenceInDifferences.means(
            treatedBefore: [10, 12, 11, 13], treatedAfter: [7, 8, 6],
            comparisonBefore: [9, 10, 11], comparisonAfter: [9, 9.5, 10, 10.5])
        #expect(isApproximatelyEqual(conventional.estimate, -4.25, relativeTolerance: 1e-12))
        #expect(isApproximatelyEqual(conventional.standardError, 1.0935416468216161, relativeTolerance: 1e-9))
        #expect(isApproximatelyEqual(conventional.pValue ?? 0, 0.003026964613774482, relativeTolerance: 1e-7))
        #expect(
            isApproximatelyEqual(
                conventional.lower, -4.25 - 2.228138851986274 * 1.0935416468216161, relativeTolerance: 1e-9))
        let robust = try TwoByTwoDifferenceInDifferences.means(
            treatedBefore: [10, 12, 11, 13], treatedAfter: [7, 8, 6],
            comparisonBefore: [9, 10, 11], comparisonAfter: [9, 9.5, 10, 10.5], robust: true)
        #expect(isApproximatelyEqual(robust.standardError, 1.0812479929332686, relativeTolerance: 1e-9))
        #expect(throws: EstimationError.tooFewPeriods(side: "treated after", found: 0, needed: 1)) {
            try TwoByTwoDifferenceInDifferences.means(
                treatedBefore: [1], treatedAfter: [], comparisonBefore: [1], comparisonAfter: [1])
        }
    }

    @Test("2×2 on rates with Poisson variances, by hand")
    func twoByTwoRates() throws {
        typealias Cell = TwoByTwoDifferenceInDifferences.Cell
        // Rates per 1,000: treated 50 → 30, comparison 40 → 38; δ = −20 − (−2) = −18.
        // Var = Σ count/pop² × 10⁶ = 100/4 + 60/4 + 80/4 + 76/4 = 79; se = √79 = 8.888194…
        let result = try TwoByTwoDifferenceInDifferences.rates(
            treatedBefore: Cell(count: 100, population: 2_000), treatedAfter: Cell(count: 60, population: 2_000),
            comparisonBefore: Cell(count: 80, population: 2_000), comparisonAfter: Cell(count: 76, population: 2_000))
        #expect(isApproximatelyEqual(result.estimate, -18, relativeTolerance: 1e-12))
        #expect(isApproximatelyEqual(result.standardError, 79.0.squareRoot(), relativeTolerance: 1e-12))
        #expect(
            isApproximatelyEqual(result.lower, -18 - 1.959963984540054 * 79.0.squareRoot(), relativeTolerance: 1e-9))
        #expect(throws: EstimationError.self) {
            try TwoByTwoDifferenceInDifferences.rates(
                treatedBefore: Cell(count: -1, population: 1), treatedAfter: Cell(count: 1, population: 1),
                comparisonBefore: Cell(count: 1, population: 1), comparisonAfter: Cell(count: 1, population: 0))
        }
    }
}
