import Testing

@testable import ResilienceNumerics

/// One row of a cdf / survival / density table.
struct ChiSquaredValues: Sendable, CustomTestStringConvertible {
    let degreesOfFreedom: Double
    let x: Double
    let cdf: Double
    let survival: Double
    let density: Double
    init(_ degreesOfFreedom: Double, _ x: Double, cdf: Double, survival: Double, density: Double) {
        (self.degreesOfFreedom, self.x, self.cdf, self.survival, self.density) = (
            degreesOfFreedom, x, cdf, survival, density
        )
    }
    var testDescription: String { "k = \(degreesOfFreedom), x = \(x)" }
}

/// One row of a quantile table: `quantile(p)` and `inverseSurvival(p)`.
struct ChiSquaredQuantiles: Sendable, CustomTestStringConvertible {
    let degreesOfFreedom: Double
    let p: Double
    let quantile: Double
    let inverseSurvival: Double
    init(_ degreesOfFreedom: Double, _ p: Double, quantile: Double, inverseSurvival: Double) {
        (self.degreesOfFreedom, self.p, self.quantile, self.inverseSurvival) = (
            degreesOfFreedom, p, quantile, inverseSurvival
        )
    }
    var testDescription: String { "k = \(degreesOfFreedom), p = \(p)" }
}

/// The reference tables and the script that produced them are in `ChiSquaredDistributionTests+ReferenceValues.swift`.
@Suite("Chi-squared distribution")
struct ChiSquaredDistributionTests {
    @Test("cdf, survival and density match scipy.stats.chi2", arguments: valueTable)
    func values(_ row: ChiSquaredValues) throws {
        let chi2 = try ChiSquaredDistribution(degreesOfFreedom: row.degreesOfFreedom)
        expectClose(chi2.cdf(row.x), row.cdf, relativeTolerance: Approximate.referenceTolerance, "cdf")
        expectClose(chi2.survival(row.x), row.survival, relativeTolerance: Approximate.referenceTolerance, "survival")
        expectClose(chi2.density(row.x), row.density, relativeTolerance: Approximate.referenceTolerance, "density")
    }

    @Test("quantile and inverse survival match scipy ppf and isf", arguments: quantileTable)
    func quantiles(_ row: ChiSquaredQuantiles) throws {
        let chi2 = try ChiSquaredDistribution(degreesOfFreedom: row.degreesOfFreedom)
        expectClose(
            try chi2.quantile(row.p), row.quantile, relativeTolerance: Approximate.referenceTolerance, "quantile")
        expectClose(
            try chi2.inverseSurvival(row.p), row.inverseSurvival, relativeTolerance: Approximate.referenceTolerance,
            "inverseSurvival")
    }

    @Test(
        "cdf(quantile(p)) = p on the smaller tail",
        arguments: [0.1, 0.5, 1, 1.5, 2, 3, 5, 10, 30, 99, 100, 101, 150, 1000, 1e5, 1e6, 1e9] as [Double]
    )
    func roundTrip(degreesOfFreedom: Double) throws {
        let chi2 = try ChiSquaredDistribution(degreesOfFreedom: degreesOfFreedom)
        for p in roundTripProbabilities {
            let x = try chi2.quantile(p)
            if x == 0 {
                // Only legitimate when the true quantile is below the smallest subnormals (k < 2, tiny p).
                #expect(chi2.cdf(2 * .leastNonzeroMagnitude) > p, "k = \(degreesOfFreedom), p = \(p)")
                continue
            }
            let smallerTail: (Double) -> Double = { p <= 0.5 ? chi2.cdf($0) : chi2.survival($0) }
            expectSolves(x, smallerTail, target: min(p, 1 - p), "k = \(degreesOfFreedom), p = \(p)")
            let y = try chi2.inverseSurvival(p)
            let upperIsSmaller: (Double) -> Double = { p <= 0.5 ? chi2.survival($0) : chi2.cdf($0) }
            expectSolves(
                y, upperIsSmaller, target: min(p, 1 - p), "inverse survival, k = \(degreesOfFreedom), p = \(p)")
        }
    }

    @Test("tail probabilities far from the bulk")
    func farTails() throws {
        // mpmath (40 digits): gammainc(k/2, x/2, inf, regularized=True) and the density
        // exp((k/2 - 1) log(x/2) - x/2 - loggamma(k/2)) / 2.
        let three = try ChiSquaredDistribution(degreesOfFreedom: 3)
        expectClose(
            three.survival(200), 4.2185411071920423e-43, relativeTolerance: Approximate.referenceTolerance,
            "k = 3, survival(200)")
        #expect(three.cdf(200) == 1)  // 1 − 4.2e-43 rounds to 1: the tail must be computed directly
        expectClose(
            three.density(1e-300), 3.9894228040143268e-151, relativeTolerance: Approximate.referenceTolerance,
            "k = 3, density(1e-300)")
        expectClose(
            try ChiSquaredDistribution(degreesOfFreedom: 0.5).density(1e-300), 2.3193240214475021e224,
            relativeTolerance: Approximate.referenceTolerance, "k = 0.5")
        expectClose(
            try ChiSquaredDistribution(degreesOfFreedom: 1e5).survival(110_000), 2.5841772471796376e-104,
            relativeTolerance: Approximate.referenceTolerance, "k = 1e5")
    }

    @Test("Temme's expansion joins the series and continued fraction smoothly")
    func methodsAgreeAtSwitch() throws {
        // x = 0.6a and x = 1.4a are the edges of the Temme region for a ≥ 50; one ulp either side
        // switches method. The pair must agree to rounding (P and Q barely move over an ulp).
        for a in [50.0, 500.0, 5e5] {
            for edge in [0.6 * a, 1.4 * a] {
                let inside = SpecialFunctions.regularizedGamma(a, edge)
                let outside = SpecialFunctions.regularizedGamma(a, edge < a ? edge.nextDown : edge.nextUp)
                expectClose(
                    outside.lower, inside.lower, relativeTolerance: Approximate.referenceTolerance,
                    "P at a = \(a), x = \(edge)")
                expectClose(
                    outside.upper, inside.upper, relativeTolerance: Approximate.referenceTolerance,
                    "Q at a = \(a), x = \(edge)")
            }
        }
    }

    @Test("arguments at and beyond the support's ends")
    func specialArguments() throws {
        for k in [0.5, 1, 2, 3, 100] {
            let chi2 = try ChiSquaredDistribution(degreesOfFreedom: k)
            #expect(chi2.cdf(-1) == 0)
            #expect(chi2.cdf(0) == 0)
            #expect(chi2.cdf(-.infinity) == 0)
            #expect(chi2.cdf(.infinity) == 1)
            #expect(chi2.survival(-3) == 1)
            #expect(chi2.survival(0) == 1)
            #expect(chi2.survival(.infinity) == 0)
            #expect(chi2.density(-1) == 0)
            #expect(chi2.density(.infinity) == 0)
            #expect(chi2.cdf(.nan).isNaN)
            #expect(chi2.survival(.nan).isNaN)
            #expect(chi2.density(.nan).isNaN)
            #expect(try chi2.quantile(0) == 0)
            #expect(try chi2.quantile(1) == .infinity)
            #expect(try chi2.inverseSurvival(0) == .infinity)
            #expect(try chi2.inverseSurvival(1) == 0)
        }
        #expect(try ChiSquaredDistribution(degreesOfFreedom: 1).density(0) == .infinity)
        #expect(try ChiSquaredDistribution(degreesOfFreedom: 2).density(0) == 0.5)
        #expect(try ChiSquaredDistribution(degreesOfFreedom: 3).density(0) == 0)
        // k = 1, p = 1e-300: x = 2(p Γ(3/2))² ≈ 1.6e-600 is below the smallest double.
        #expect(try ChiSquaredDistribution(degreesOfFreedom: 1).quantile(1e-300) == 0)
    }

    @Test("degrees of freedom must be finite and positive", arguments: [0.0, -2.0, .infinity, -.infinity])
    func invalidDegreesOfFreedom(_ k: Double) {
        let requirement = "finite and greater than 0"
        #expect(throws: NumericsError.invalidParameter(name: "degreesOfFreedom", value: k, requirement: requirement)) {
            try ChiSquaredDistribution(degreesOfFreedom: k)
        }
        #expect(
            NumericsError.invalidParameter(name: "degreesOfFreedom", value: k, requirement: requirement).description
                == "degreesOfFreedom: \(k) is invalid; it must be finite and greater than 0"
        )
    }

    @Test("NaN degrees of freedom are rejected")
    func nanDegreesOfFreedom() {
        guard
            case .invalidParameter(let name, let value, _) = thrownError({ () throws(NumericsError) in
                try ChiSquaredDistribution(degreesOfFreedom: .nan)
            })
        else {
            Issue.record("expected invalidParameter")
            return
        }
        #expect(name == "degreesOfFreedom")
        #expect(value.isNaN)
    }

    @Test("probabilities outside [0, 1] are rejected", arguments: [-0.25, 1.5, -.infinity, .infinity])
    func invalidProbability(_ p: Double) throws {
        let chi2 = try ChiSquaredDistribution(degreesOfFreedom: 4)
        #expect(throws: NumericsError.probabilityOutOfRange(p)) { try chi2.quantile(p) }
        #expect(throws: NumericsError.probabilityOutOfRange(p)) { try chi2.inverseSurvival(p) }
        guard
            case .probabilityOutOfRange(let nan) = thrownError({ () throws(NumericsError) in try chi2.quantile(.nan) })
        else {
            Issue.record("expected probabilityOutOfRange for NaN")
            return
        }
        #expect(nan.isNaN)
    }

    @Test("value semantics")
    func hashable() throws {
        #expect(try ChiSquaredDistribution(degreesOfFreedom: 3) == ChiSquaredDistribution(degreesOfFreedom: 3))
        #expect(try ChiSquaredDistribution(degreesOfFreedom: 3) != ChiSquaredDistribution(degreesOfFreedom: 4))
        #expect(try ChiSquaredDistribution(degreesOfFreedom: 3).degreesOfFreedom == 3)
    }
}
