import Testing

@testable import ResilienceNumerics

/// One row of a cdf / survival / density / two-sided p-value table.
struct StudentTValues: Sendable, CustomTestStringConvertible {
    let degreesOfFreedom: Double
    let t: Double
    let cdf: Double
    let survival: Double
    let density: Double
    let twoSided: Double
    init(_ degreesOfFreedom: Double, _ t: Double, cdf: Double, survival: Double, density: Double, twoSided: Double) {
        (self.degreesOfFreedom, self.t, self.cdf, self.survival) = (degreesOfFreedom, t, cdf, survival)
        (self.density, self.twoSided) = (density, twoSided)
    }
    var testDescription: String { "ν = \(degreesOfFreedom), t = \(t)" }
}

/// One row of a quantile table: `quantile(p)` and `inverseSurvival(p)`.
struct StudentTQuantiles: Sendable, CustomTestStringConvertible {
    let degreesOfFreedom: Double
    let p: Double
    let quantile: Double
    let inverseSurvival: Double
    init(_ degreesOfFreedom: Double, _ p: Double, quantile: Double, inverseSurvival: Double) {
        (self.degreesOfFreedom, self.p, self.quantile, self.inverseSurvival) = (
            degreesOfFreedom, p, quantile, inverseSurvival
        )
    }
    var testDescription: String { "ν = \(degreesOfFreedom), p = \(p)" }
}

/// The reference tables and the script that produced them are in `StudentTDistributionTests+ReferenceValues.swift`.
@Suite("Student t distribution")
struct StudentTDistributionTests {
    @Test("cdf, survival, density and two-sided p-value match scipy.stats.t", arguments: valueTable)
    func values(_ row: StudentTValues) throws {
        let t = try StudentTDistribution(degreesOfFreedom: row.degreesOfFreedom)
        expectClose(t.cdf(row.t), row.cdf, relativeTolerance: Approximate.referenceTolerance, "cdf")
        expectClose(t.survival(row.t), row.survival, relativeTolerance: Approximate.referenceTolerance, "survival")
        expectClose(t.density(row.t), row.density, relativeTolerance: Approximate.referenceTolerance, "density")
        expectClose(
            t.twoSidedPValue(row.t), row.twoSided, relativeTolerance: Approximate.referenceTolerance, "twoSidedPValue")
    }

    @Test("quantile and inverse survival match scipy ppf and isf", arguments: quantileTable)
    func quantiles(_ row: StudentTQuantiles) throws {
        let t = try StudentTDistribution(degreesOfFreedom: row.degreesOfFreedom)
        expectClose(try t.quantile(row.p), row.quantile, relativeTolerance: Approximate.referenceTolerance, "quantile")
        expectClose(
            try t.inverseSurvival(row.p), row.inverseSurvival, relativeTolerance: Approximate.referenceTolerance,
            "inverseSurvival")
    }

    @Test(
        "cdf(quantile(p)) = p on the smaller tail",
        arguments: [0.3, 0.5, 1, 1.5, 2, 2.5, 3, 5, 10, 30, 99, 100, 150, 1000, 4e6, 1e12, .infinity] as [Double]
    )
    func roundTrip(degreesOfFreedom: Double) throws {
        let t = try StudentTDistribution(degreesOfFreedom: degreesOfFreedom)
        for p in roundTripProbabilities {
            let x = try t.quantile(p)
            if x.isInfinite {
                // Only legitimate when the true quantile is beyond the largest double (ν < 1, tiny p).
                #expect(t.survival(.greatestFiniteMagnitude) > min(p, 1 - p), "ν = \(degreesOfFreedom), p = \(p)")
                continue
            }
            let smallerTail: (Double) -> Double = { p <= 0.5 ? t.cdf($0) : t.survival($0) }
            expectSolves(x, smallerTail, target: min(p, 1 - p), "ν = \(degreesOfFreedom), p = \(p)")
            let y = try t.inverseSurvival(p)
            let upperIsSmaller: (Double) -> Double = { p <= 0.5 ? t.survival($0) : t.cdf($0) }
            expectSolves(
                y, upperIsSmaller, target: min(p, 1 - p), "inverse survival, ν = \(degreesOfFreedom), p = \(p)")
        }
    }

    @Test("two-sided p-values stay accurate for large |t|")
    func farTailPValues() throws {
        // mpmath: betainc(nu/2, 1/2, 0, nu/(nu + t^2), regularized=True) at 40 digits.
        expectClose(
            try StudentTDistribution(degreesOfFreedom: 5).twoSidedPValue(40), 1.8411962171772954e-7,
            relativeTolerance: Approximate.referenceTolerance, "ν = 5")
        expectClose(
            try StudentTDistribution(degreesOfFreedom: 30).twoSidedPValue(-40), 1.3726045194406403e-27,
            relativeTolerance: Approximate.referenceTolerance, "ν = 30")
        #expect(try StudentTDistribution(degreesOfFreedom: 30).cdf(40) == 1)  // 1 − 6.9e-28 rounds to 1
    }

    @Test("extreme statistics where t²/ν overflows or the density underflows")
    func extremeStatistics() throws {
        // mpmath (40 digits): betainc(nu/2, 1/2, 0, nu/(nu+t^2), regularized=True)/2 and the density
        // exp(-(nu+1)/2 log1p(t^2/nu)) / (sqrt(nu) beta(nu/2, 1/2)).
        let half = try StudentTDistribution(degreesOfFreedom: 0.5)
        expectClose(
            half.survival(1e160), 3.207009754142229e-81, relativeTolerance: Approximate.referenceTolerance,
            "ν = 0.5 survival(1e160)")
        expectClose(
            half.cdf(-1e300), 3.207009754142229e-151, relativeTolerance: Approximate.referenceTolerance,
            "ν = 0.5 cdf(−1e300)")
        expectClose(
            half.density(1e160), 1.6035048770711145e-241, relativeTolerance: Approximate.referenceTolerance,
            "ν = 0.5 density(1e160)")
        let cauchy = try StudentTDistribution(degreesOfFreedom: 1)
        expectClose(
            cauchy.survival(1e300), 3.1830988618379067e-301, relativeTolerance: Approximate.referenceTolerance,
            "ν = 1 survival(1e300)")
        expectClose(
            try StudentTDistribution(degreesOfFreedom: 1.5).survival(1e200), 3.7708524320162464e-301,
            relativeTolerance: Approximate.referenceTolerance, "ν = 1.5")
        expectClose(
            try StudentTDistribution(degreesOfFreedom: 2).survival(7e149), 1.0204081632653061e-300,
            relativeTolerance: Approximate.referenceTolerance, "ν = 2")
        #expect(half.density(1e300) == 0)  // 1.6e-451 underflows
        #expect(half.survival(.greatestFiniteMagnitude) > 0)  // ≈ 2.4e-155: still representable
    }

    @Test("quantiles beyond the largest double are +∞, and tiny-ν quantiles are found")
    func quantileOverflow() throws {
        let half = try StudentTDistribution(degreesOfFreedom: 0.5)
        #expect(try half.inverseSurvival(1e-300) == .infinity)  // the root is about 1e600
        #expect(try half.quantile(1e-300) == -.infinity)
        // ν = 2 has the closed form t = (1 − 2q)·√(1/(2q(1 − q))); here q = 1e-300 gives 1/√(2e-300).
        expectClose(
            try StudentTDistribution(degreesOfFreedom: 2).inverseSurvival(1e-300), 7.0710678118654755e149,
            relativeTolerance: Approximate.referenceTolerance,
            "ν = 2, q = 1e-300")
    }

    @Test("infinite ν is the standard normal distribution exactly")
    func infiniteDegreesOfFreedom() throws {
        let t = try StudentTDistribution(degreesOfFreedom: .infinity)
        let normal = NormalDistribution.standard
        for x in [-8.0, -1.5, 0, 0.7, 3, 12] {
            #expect(t.cdf(x) == normal.cdf(x))
            #expect(t.survival(x) == normal.survival(x))
            #expect(t.density(x) == normal.density(x))
        }
        #expect(try t.quantile(0.975) == normal.quantile(0.975))
    }

    @Test("the large-ν expansion agrees with the continued fraction where both apply", arguments: [20.0, 100.0])
    func methodsAgreeAtSwitch(degreesOfFreedom nu: Double) throws {
        // For ν ≥ 20 and t²/ν ≤ e² − 1 studentTUpperTail uses the expansion; the continued fraction
        // is still accurate at these ν (it loses about ν/2 ulps), so the two must agree.
        let limit = (nu * 6.389).squareRoot()
        for s in [0.3, 1, 2, 3, 5, 0.9 * limit, limit, 1.1 * limit] {
            let ratio = s * s / nu
            let fraction = SpecialFunctions.regularizedBeta(nu / 2, 0.5, x: 1 / (1 + ratio), y: ratio / (1 + ratio))
                .value
            expectClose(
                SpecialFunctions.studentTUpperTail(s, degreesOfFreedom: nu), 0.5 * fraction,
                relativeTolerance: Approximate.referenceTolerance, "ν = \(nu), t = \(s)")
        }
    }

    @Test("infinite and NaN arguments, and the centre")
    func specialArguments() throws {
        for nu in [0.5, 3, 1e6] {
            let t = try StudentTDistribution(degreesOfFreedom: nu)
            #expect(t.cdf(-.infinity) == 0)
            #expect(t.cdf(.infinity) == 1)
            #expect(t.survival(-.infinity) == 1)
            #expect(t.survival(.infinity) == 0)
            #expect(t.density(.infinity) == 0)
            #expect(t.twoSidedPValue(.infinity) == 0)
            #expect(t.twoSidedPValue(0) == 1)
            #expect(t.cdf(0) == 0.5)
            #expect(t.cdf(.nan).isNaN)
            #expect(t.survival(.nan).isNaN)
            #expect(t.density(.nan).isNaN)
            #expect(t.twoSidedPValue(.nan).isNaN)
            #expect(try t.quantile(0.5) == 0)
            #expect(try t.quantile(0) == -.infinity)
            #expect(try t.quantile(1) == .infinity)
            #expect(try t.inverseSurvival(0) == .infinity)
            #expect(try t.inverseSurvival(1) == -.infinity)
        }
    }

    @Test("degrees of freedom must be positive", arguments: [0.0, -1.0, -.infinity])
    func invalidDegreesOfFreedom(_ nu: Double) {
        let requirement = "greater than 0 (use .infinity for the normal limit)"
        #expect(throws: NumericsError.invalidParameter(name: "degreesOfFreedom", value: nu, requirement: requirement)) {
            try StudentTDistribution(degreesOfFreedom: nu)
        }
        #expect(
            NumericsError.invalidParameter(name: "degreesOfFreedom", value: nu, requirement: requirement).description
                == "degreesOfFreedom: \(nu) is invalid; it must be greater than 0 (use .infinity for the normal limit)"
        )
    }

    @Test("NaN degrees of freedom are rejected")
    func nanDegreesOfFreedom() {
        guard
            case .invalidParameter(let name, let value, _) = thrownError({ () throws(NumericsError) in
                try StudentTDistribution(degreesOfFreedom: .nan)
            })
        else {
            Issue.record("expected invalidParameter")
            return
        }
        #expect(name == "degreesOfFreedom")
        #expect(value.isNaN)
    }

    @Test("probabilities outside [0, 1] are rejected", arguments: [-1e-300, -0.5, 1.0000000000000002, 2, .infinity])
    func invalidProbability(_ p: Double) throws {
        let t = try StudentTDistribution(degreesOfFreedom: 7)
        #expect(throws: NumericsError.probabilityOutOfRange(p)) { try t.quantile(p) }
        #expect(throws: NumericsError.probabilityOutOfRange(p)) { try t.inverseSurvival(p) }
    }

    @Test("value semantics")
    func hashable() throws {
        #expect(try StudentTDistribution(degreesOfFreedom: 5) == StudentTDistribution(degreesOfFreedom: 5))
        #expect(try StudentTDistribution(degreesOfFreedom: 5) != StudentTDistribution(degreesOfFreedom: 6))
        #expect(try StudentTDistribution(degreesOfFreedom: 5).degreesOfFreedom == 5)
    }
}
