import Foundation
import ResilienceNumerics
import Testing

@testable import CommunityResilience

/// The closed-form single-coefficient DiD (`TwoWayWithinKernel`) on panels with a grid layout and
/// without, checked three ways: the statsmodels values of `DifferenceInDifferencesTests` (same
/// data, now read straight from the panel's columns), the explicit within-transformation least
/// squares it replaced (on a larger random panel), and serial = parallel bit for bit.
@Suite("Difference-in-differences: closed-form kernel")
struct PanelDifferenceInDifferencesKernelTests {
    /// DifferenceInDifferencesTests' 6 communities × 8 months, loaded as whole columns in grid order.
    func gridPanel() throws -> DemandPanel {
        let first = try Month(year: 2023, month: 1)
        let rows = 0..<48
        return try DemandPanel(
            communities: (0..<6).map { Community.ID("c\($0)") }, services: ["ae"],
            communityCodes: rows.map { Int32($0 / 8) }, serviceCodes: rows.map { _ in 0 },
            monthIndices: rows.map { Int32(first.index + $0 % 8) }, counts: DifferenceInDifferencesTests.y,
            populations: rows.map { Double(1_000 + 100 * ($0 / 8)) })
    }

    func spec(_ covariance: PanelDifferenceInDifferences.Covariance) throws -> PanelDifferenceInDifferences {
        PanelDifferenceInDifferences(
            treated: ["c0", "c1"], treatmentStart: try Month(year: 2023, month: 5), covariance: covariance)
    }

    @Test(
        "read from a grid-layout panel, δ and its standard errors match statsmodels",
        arguments: [
            (PanelDifferenceInDifferences.Covariance.conventional, 7.012462645386515, 34),
            (.heteroskedasticityRobust, 7.43018980835856, 34),
            (.clusteredByCommunity, 6.58896972665861, 5),
        ])
    func statsmodels(covariance: PanelDifferenceInDifferences.Covariance, standardError: Double, degreesOfFreedom: Int)
        throws
    {
        let panel = try gridPanel()
        #expect(panel.gridLayout != nil)
        let result = try spec(covariance).fit(panel, service: "ae")
        let coefficient = try #require(result.coefficients.first)
        #expect(isApproximatelyEqual(coefficient.estimate, -6.750000000000006, relativeTolerance: 1e-9))
        #expect(isApproximatelyEqual(coefficient.standardError, standardError, relativeTolerance: 1e-9))
        #expect(coefficient.reference == .studentT(degreesOfFreedom: degreesOfFreedom))
        #expect(isApproximatelyEqual(result.avoided.units, 54, relativeTolerance: 1e-9))
    }

    @Test("a subset of communities reads the same from the columns as from a built grid")
    func subset() throws {
        var appended = DemandPanel()
        let grid = try gridPanel()
        for row in 0..<grid.count { try appended.append(try #require(grid.observation(at: row))) }
        var specification = try spec(.clusteredByCommunity)
        specification.outcome = .rate(per: 1_000)
        let communities: [Community.ID] = ["c4", "c0", "c2", "c1", "c0"]
        let fromColumns = try specification.fit(grid, service: "ae", communities: communities)
        let fromGrid = try specification.fit(appended, service: "ae", communities: communities)
        #expect(fromColumns.communityCount == 4 && fromColumns.treatedCount == 2)
        let a = try #require(fromColumns.coefficients.first)
        let b = try #require(fromGrid.coefficients.first)
        #expect(isApproximatelyEqual(a.estimate, b.estimate, relativeTolerance: 1e-12))
        #expect(isApproximatelyEqual(a.standardError, b.standardError, relativeTolerance: 1e-12))
        #expect(isApproximatelyEqual(fromColumns.avoided.units, fromGrid.avoided.units, relativeTolerance: 1e-12))
    }

    @Test("bad requests on a grid-layout panel")
    func errors() throws {
        let panel = try gridPanel()
        #expect(throws: EstimationError.unknownCommunity("zz")) {
            try spec(.conventional).fit(panel, service: "ae", communities: ["c0", "zz"])
        }
        #expect(throws: EstimationError.noObservations(service: "gp")) {
            try spec(.conventional).fit(panel, service: "gp")
        }
        #expect(throws: EstimationError.noComparisonUnits) {
            try spec(.conventional).fit(panel, service: "ae", communities: ["c0", "c1"])
        }
        let noPopulations = try DemandPanel(
            communities: panel.communities.identifiers, services: ["ae"], communityCodes: panel.communityCodes,
            serviceCodes: panel.serviceCodes, monthIndices: panel.monthIndices, counts: panel.counts)
        var rate = try spec(.conventional)
        rate.outcome = .rate(per: 1_000)
        #expect(throws: EstimationError.missingPopulation) { try rate.fit(noPopulations, service: "ae") }
        var zeros = panel.populations
        zeros[9] = 0
        let zeroPopulation = try DemandPanel(
            communities: panel.communities.identifiers, services: ["ae"], communityCodes: panel.communityCodes,
            serviceCodes: panel.serviceCodes, monthIndices: panel.monthIndices, counts: panel.counts, populations: zeros
        )
        #expect(
            throws: EstimationError.numerical(.invalidParameter(name: "population", value: 0, requirement: "positive"))
        ) {
            try rate.fit(zeroPopulation, service: "ae")
        }
    }

    /// 600 communities (the first 150 treated) × 2 services × 24 months of fractional counts, in grid order.
    func largePanel() throws -> DemandPanel {
        var state: UInt64 = 0xD1D
        func uniform() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) * 0x1p-53
        }
        let (units, services, months) = (600, 2, 24)
        var c: [Int32] = []
        var s: [Int32] = []
        var m: [Int32] = []
        var x: [Double] = []
        var p: [Double] = []
        for unit in 0..<units {
            let level = 20 + 30 * uniform()
            for service in 0..<services {
                for month in 0..<months {
                    c.append(Int32(unit))
                    s.append(Int32(service))
                    m.append(Int32(2021 * 12 + month))
                    let effect = unit < 150 && month >= 12 ? -2.5 : 0
                    x.append(level + 0.3 * Double(month) + effect + 4 * uniform())
                    p.append(1_000 + Double(unit % 13) * 10)
                }
            }
        }
        return try DemandPanel(
            communities: (0..<units).map { Community.ID("u\($0)") }, services: ["ae", "gp"], communityCodes: c,
            serviceCodes: s,
            monthIndices: m, counts: x, populations: p)
    }

    var largeTreated: Set<Community.ID> { Set((0..<150).map { Community.ID("u\($0)") }) }

    @Test(
        "the closed form equals least squares on the within-transformed data",
        arguments: PanelDifferenceInDifferences.Covariance.allCases)
    func equalsLeastSquares(covariance: PanelDifferenceInDifferences.Covariance) throws {
        let panel = try largePanel()
        let start = try Month(year: 2022, month: 1)
        let specification = PanelDifferenceInDifferences(
            treated: largeTreated, treatmentStart: start, covariance: covariance)
        let result = try specification.fit(panel, service: "gp")
        // The regression the kernel replaced: ỹ on D̃, with the dummy-variable degrees of freedom.
        let (units, months, startIndex) = (600, 24, 12)
        var y: [Double] = []
        var d: [Double] = []
        let layout = try #require(panel.gridLayout)
        for unit in 0..<units {
            let row = try #require(layout.firstRow(community: unit, service: 1))
            for month in 0..<months {
                y.append(panel.counts[row + month])
                d.append(unit < 150 && month >= startIndex ? 1 : 0)
            }
        }
        let fit = try LinearRegression(
            response: PanelDifferenceInDifferences.withinTransform(y, units: units, months: months),
            design: DesignMatrix(columns: [
                ("treated × after", PanelDifferenceInDifferences.withinTransform(d, units: units, months: months))
            ]))
        let n = units * months
        let scale = Double(n - 1) / Double(n - (1 + units + months - 1))
        let estimator: LinearRegression.CovarianceEstimator
        switch covariance {
        case .conventional: estimator = .conventional
        case .heteroskedasticityRobust: estimator = .hc1
        case .clusteredByCommunity: estimator = .clustered(by: (0..<n).map { $0 / months })
        }
        let expected = try fit.coefficientEstimates(estimator)[0]
        let coefficient = try #require(result.coefficients.first)
        #expect(isApproximatelyEqual(coefficient.estimate, expected.estimate, relativeTolerance: 1e-10))
        #expect(
            isApproximatelyEqual(
                coefficient.standardError, expected.standardError * scale.squareRoot(), relativeTolerance: 1e-10))
        #expect(coefficient.estimate < -2 && coefficient.estimate > -3)  // the effect put into the data
    }

    @Test("parallel and serial runs give the same bits", arguments: PanelDifferenceInDifferences.Covariance.allCases)
    func parallelEqualsSerial(covariance: PanelDifferenceInDifferences.Covariance) throws {
        let panel = try largePanel()
        var specification = PanelDifferenceInDifferences(
            treated: largeTreated, treatmentStart: try Month(year: 2022, month: 1), covariance: covariance)
        for outcome in [PanelDifferenceInDifferences.Outcome.count, .rate(per: 100)] {
            specification.outcome = outcome
            let parallel = try specification.fitSingleCoefficient(
                panel, service: "ae", communities: nil, parallel: true)
            let serial = try specification.fitSingleCoefficient(panel, service: "ae", communities: nil, parallel: false)
            #expect(parallel.coefficients == serial.coefficients)
            #expect(parallel.avoided == serial.avoided)
        }
    }

    @Test(
        "fitting several services in one sweep equals fitting each, bit for bit",
        arguments: PanelDifferenceInDifferences.Covariance.allCases)
    func servicesInOneSweep(covariance: PanelDifferenceInDifferences.Covariance) throws {
        let panel = try largePanel()
        var specification = PanelDifferenceInDifferences(
            treated: largeTreated, treatmentStart: try Month(year: 2022, month: 1), covariance: covariance)
        for outcome in [PanelDifferenceInDifferences.Outcome.count, .rate(per: 100)] {
            specification.outcome = outcome
            let batch = specification.fit(panel, services: ["gp", "nope", "ae", "gp"])
            let serial = specification.fit(
                panel, services: ["gp", "nope", "ae", "gp"], communities: nil, parallel: false)
            #expect(throws: EstimationError.noObservations(service: "nope")) { try batch[1].get() }
            for (index, service) in [(0, Service.ID("gp")), (2, "ae"), (3, "gp")] {
                let one = try specification.fit(panel, service: service)
                #expect(try batch[index].get().coefficients == one.coefficients)
                #expect(try batch[index].get().avoided == one.avoided)
                #expect(try serial[index].get().coefficients == one.coefficients)
            }
            // The two services differ (different draws), so the sweep did not mix them up.
            #expect(try batch[0].get().coefficients != batch[2].get().coefficients)
        }
    }

    @Test("the batch falls back to one fit per service for event studies and panels without a grid")
    func batchFallback() throws {
        var specification = try spec(.clusteredByCommunity)
        specification.eventWindow = (leads: 3, lags: 2)
        let grid = try gridPanel()
        let study = specification.fit(grid, services: ["ae"])
        #expect(try study[0].get().coefficients == specification.fit(grid, service: "ae").coefficients)
        var appended = DemandPanel()
        for row in 0..<grid.count { try appended.append(try #require(grid.observation(at: row))) }
        let plain = try spec(.conventional)
        #expect(
            try plain.fit(appended, services: ["ae"])[0].get().coefficients
                == plain.fit(appended, service: "ae").coefficients)
        var bad = plain
        bad.confidenceLevel = 2
        #expect(
            throws: EstimationError.invalidSetting(
                name: "confidenceLevel", value: "2.0", requirement: "strictly between 0 and 1")
        ) {
            try bad.fit(grid, services: ["ae"])[0].get()
        }
    }
}
