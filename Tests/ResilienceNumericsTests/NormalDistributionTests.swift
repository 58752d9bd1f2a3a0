import ResilienceNumerics
import Testing

/// One row of a cdf / survival / density table.
struct NormalValues: Sendable, CustomTestStringConvertible {
    let x: Double
    let cdf: Double
    let survival: Double
    let density: Double
    init(_ x: Double, cdf: Double, survival: Double, density: Double) {
        (self.x, self.cdf, self.survival, self.density) = (x, cdf, survival, density)
    }
    var testDescription: String { "x = \(x)" }
}

/// One row of a quantile table: `quantile(p)` and `inverseSurvival(p)`.
struct NormalQuantiles: Sendable, CustomTestStringConvertible {
    let p: Double
    let quantile: Double
    let inverseSurvival: Double
    init(_ p: Double, quantile: Double, inverseSurvival: Double) {
        (self.p, self.quantile, self.inverseSurvival) = (p, quantile, inverseSurvival)
    }
    var testDescription: String { "p = \(p)" }
}

/// The reference tables and the script that produced them are in `NormalDistributionTests+ReferenceValues.swift`.
@Suite("Normal distribution")
struct NormalDistributionTests {
    @Test("cdf, survival and density of N(0, 1) match scipy.stats.norm", arguments: standardTable)
    func standardValues(_ row: NormalValues) {
        let normal = NormalDistribution.standard
        expectClose(normal.cdf(row.x), row.cdf, relativeTolerance: Approximate.referenceTolerance, "cdf")
        expectClose(normal.survival(row.x), row.survival, relativeTolerance: Approximate.referenceTolerance, "survival")
        expectClose(normal.density(row.x), row.density, relativeTolerance: Approximate.referenceTolerance, "density")
    }

    @Test("cdf, survival and density of N(3, 2²) match scipy.stats.norm(3, 2)", arguments: shiftedTable)
    func shiftedValues(_ row: NormalValues) throws {
        let normal = try NormalDistribution(mean: 3, standardDeviation: 2)
        expectClose(normal.cdf(row.x), row.cdf, relativeTolerance: Approximate.referenceTolerance, "cdf")
        expectClose(normal.survival(row.x), row.survival, relativeTolerance: Approximate.referenceTolerance, "survival")
        expectClose(normal.density(row.x), row.density, relativeTolerance: Approximate.referenceTolerance, "density")
    }

    @Test("quantile and inverse survival match scipy ppf and isf", arguments: quantileTable)
    func quantiles(_ row: NormalQuantiles) throws {
        let normal = NormalDistribution.standard
        expectClose(
            try normal.quantile(row.p), row.quantile, relativeTolerance: Approximate.referenceTolerance, "quantile")
        expectClose(
            try normal.inverseSurvival(row.p), row.inverseSurvival, relativeTolerance: Approximate.referenceTolerance,
            "inverseSurvival")
    }

    @Test("quantiles of N(3, 2²) are 3 + 2z")
    func shiftedQuantile() throws {
        let normal = try NormalDistribution(mean: 3, standardDeviation: 2)
        // scipy.stats.norm.ppf(0.975, 3, 2) = 6.919927969080108; isf(1e-20, 3, 2) = 21.524680179596817
        expectClose(
            try normal.quantile(0.975), 6.919927969080108, relativeTolerance: Approximate.referenceTolerance,
            "quantile(0.975)")
        expectClose(
            try normal.inverseSurvival(1e-20), 21.524680179596817, relativeTolerance: Approximate.referenceTolerance,
            "inverseSurvival(1e-20)")
    }

    @Test("cdf(quantile(p)) = p on the smaller tail", arguments: roundTripProbabilities)
    func roundTrip(_ p: Double) throws {
        let normal = NormalDistribution.standard
        let x = try normal.quantile(p)
        let smallerTail: (Double) -> Double = { p <= 0.5 ? normal.cdf($0) : normal.survival($0) }
        expectSolves(x, smallerTail, target: min(p, 1 - p), "quantile")
        let y = try normal.inverseSurvival(p)
        let upperIsSmaller: (Double) -> Double = { p <= 0.5 ? normal.survival($0) : normal.cdf($0) }
        expectSolves(y, upperIsSmaller, target: min(p, 1 - p), "inverseSurvival")
    }

    @Test("the upper tail is computed directly, not as 1 − cdf")
    func upperTailIsDirect() {
        let normal = NormalDistribution.standard
        #expect(normal.cdf(10) == 1)  // 1 − 7.6e-24 rounds to 1 …
        expectClose(
            normal.survival(10), 7.61985302416047e-24, relativeTolerance: Approximate.referenceTolerance, "survival(10)"
        )  // … the tail does not.
    }

    @Test("infinite and NaN arguments")
    func nonFiniteArguments() {
        let normal = NormalDistribution.standard
        #expect(normal.cdf(-.infinity) == 0)
        #expect(normal.cdf(.infinity) == 1)
        #expect(normal.survival(-.infinity) == 1)
        #expect(normal.survival(.infinity) == 0)
        #expect(normal.density(.infinity) == 0)
        #expect(normal.density(-.infinity) == 0)
        #expect(normal.cdf(.nan).isNaN)
        #expect(normal.survival(.nan).isNaN)
        #expect(normal.density(.nan).isNaN)
        #expect(normal.survival(40) == 0)  // true value 3.7e-350 is below the smallest double
    }

    @Test("probabilities 0 and 1 give the infinite end points")
    func endPointProbabilities() throws {
        let normal = NormalDistribution.standard
        #expect(try normal.quantile(0) == -.infinity)
        #expect(try normal.quantile(1) == .infinity)
        #expect(try normal.inverseSurvival(0) == .infinity)
        #expect(try normal.inverseSurvival(1) == -.infinity)
    }

    @Test("probabilities outside [0, 1] are rejected", arguments: [-0.1, 1.5, -.infinity, .infinity])
    func invalidProbability(_ p: Double) {
        let normal = NormalDistribution.standard
        #expect(throws: NumericsError.probabilityOutOfRange(p)) { try normal.quantile(p) }
        #expect(throws: NumericsError.probabilityOutOfRange(p)) { try normal.inverseSurvival(p) }
        #expect(
            NumericsError.probabilityOutOfRange(p).description
                == "probability \(p) is out of range (quantiles take [0, 1], confidence levels (0, 1))"
        )
    }

    @Test("a NaN probability is rejected")
    func nanProbability() {
        guard
            case .probabilityOutOfRange(let p) = thrownError({ () throws(NumericsError) in
                try NormalDistribution.standard.quantile(.nan)
            })
        else {
            Issue.record("expected probabilityOutOfRange")
            return
        }
        #expect(p.isNaN)
    }

    @Test(
        "invalid parameters are rejected with the offending field",
        arguments: [
            (0.0, 0.0, "standardDeviation"), (0.0, -1.0, "standardDeviation"), (0.0, .infinity, "standardDeviation"),
            (.infinity, 1.0, "mean"), (-.infinity, 1.0, "mean"),
        ] as [(Double, Double, String)]
    )
    func invalidParameters(mean: Double, standardDeviation: Double, field: String) {
        let error = thrownError { () throws(NumericsError) in
            try NormalDistribution(mean: mean, standardDeviation: standardDeviation)
        }
        let value = field == "mean" ? mean : standardDeviation
        let requirement = field == "mean" ? "a finite number" : "finite and greater than 0"
        #expect(error == .invalidParameter(name: field, value: value, requirement: requirement))
        #expect(error?.description == "\(field): \(value) is invalid; it must be \(requirement)")
    }

    @Test("NaN parameters are rejected")
    func nanParameters() {
        for (mean, deviation, field) in [(Double.nan, 1.0, "mean"), (0.0, Double.nan, "standardDeviation")] {
            guard
                case .invalidParameter(let name, let value, _) = thrownError({ () throws(NumericsError) in
                    try NormalDistribution(mean: mean, standardDeviation: deviation)
                })
            else {
                Issue.record("expected invalidParameter for \(field)")
                continue
            }
            #expect(name == field)
            #expect(value.isNaN)
        }
    }

    @Test("value semantics: equal parameters, equal distributions")
    func hashable() throws {
        #expect(try NormalDistribution() == NormalDistribution.standard)
        #expect(try Set([NormalDistribution.standard, NormalDistribution(mean: 0, standardDeviation: 1)]).count == 1)
        #expect(try NormalDistribution(mean: 1, standardDeviation: 2) != NormalDistribution.standard)
    }
}
