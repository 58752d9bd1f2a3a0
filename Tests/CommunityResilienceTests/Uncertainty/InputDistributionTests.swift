import Foundation
import Testing

@testable import CommunityResilience

/// Moments, quantiles and bounds of every family from large seeded samples.
///
/// Reference values from scipy 1.17 (`/work/helpers/uncertainty-ref/moments.py`), e.g.
/// `stats.triang((109 - 80) / 70, loc=80, scale=70).mean()`, PERT as `stats.beta(1 + 4(m − l)/(h − l),
/// 1 + 4(h − m)/(h − l), loc=l, scale=h − l)`, truncated normals as `stats.truncnorm`.
///
/// Tolerances come from the standard errors, not guesses. For n independent draws:
/// - the sample mean x̄ has standard error σ/√n, so a correct sampler gives |x̄ − μ| ≤ 4.5σ/√n
///   except with probability 7e-6;
/// - the sample variance s² has standard error √((μ₄ − σ⁴)/n) (μ₄ the fourth central moment,
///   estimated from the sample), so |s² − σ²| ≤ 4.5·√((m₄ − s⁴)/n);
/// - the Kolmogorov–Smirnov distance Dₙ = sup|Fₙ(x) − F(x)| satisfies P(√n·Dₙ > 1.95) ≈ 0.001
///   (Kolmogorov's limiting distribution), so Dₙ ≤ 1.95/√n.
/// Seeds are fixed, so the tests are deterministic; the bounds say why a correct sampler passes
/// and a wrong mean, spread or shape (by more than a few standard errors) does not.
@Suite("Uncertainty: input distributions")
struct InputDistributionTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let distribution: InputDistribution
        let mean: Double
        let variance: Double
        let p10: Double
        let p90: Double
        var testDescription: String { distribution.description }
    }

    static let cases: [Case] = [
        Case(distribution: .uniform(low: 2, high: 5), mean: 3.5, variance: 0.75, p10: 2.3, p90: 4.7),
        Case(
            distribution: .triangular(low: 80, mode: 109, high: 150), mean: 113, variance: 206.16666666666666,
            p10: 94.24780684877501, p90: 133.05892565390258),
        Case(
            distribution: .pert(low: 15_000, mode: 20_000, high: 30_000), mean: 20833.333333333332,
            variance: 7638888.888888887,
            p10: 17295.41540514719, p90: 24666.850464308707),
        Case(
            distribution: .normal(mean: 395, standardDeviation: 40), mean: 395, variance: 1600,
            p10: 343.737937378216, p90: 446.262062621784),
        Case(
            distribution: .normal(mean: 75, standardDeviation: 10, low: 60), mean: 76.38789750458851,
            variance: 77.25527794792937,
            p10: 65.06061814139261, p90: 88.20588648826946),
        Case(
            distribution: .normal(mean: 0.1, standardDeviation: 0.05, low: 0, high: 0.3), mean: 0.10275563515206908,
            variance: 0.0022147887067283578, p10: 0.04136846133085645, p90: 0.16472294140562949),
        Case(
            distribution: .normal(mean: 0, standardDeviation: 1, low: 2), mean: 2.37321553282284,
            variance: 0.11427910041408329,
            p10: 2.0440335029544965, p90: 2.837275980456457),
        Case(
            distribution: .logNormal(logMean: 4.6, logStandardDeviation: 0.3), mean: 104.06336578541529,
            variance: 1019.8306555964871,
            p10: 67.73036012880466, p90: 146.125445663101),
        Case(
            distribution: .beta(alpha: 2, beta: 18), mean: 0.1, variance: 0.004285714285714286,
            p10: 0.0283493389049628, p90: 0.18976556332462935),
        Case(
            distribution: .beta(alpha: 0.5, beta: 0.5), mean: 0.5, variance: 0.125, p10: 0.024471741852423214,
            p90: 0.9755282581475768),
        Case(
            distribution: .beta(alpha: 12, beta: 8, low: 10, high: 20), mean: 16, variance: 1.1428571428571428,
            p10: 14.586791033248236, p90: 17.367271621919713),
    ]

    @Test("mean, variance and P10/P90: the formulas agree with scipy", arguments: cases)
    func formulas(_ item: Case) throws {
        #expect(isApproximatelyEqual(item.distribution.mean, item.mean, relativeTolerance: 1e-12))
        #expect(isApproximatelyEqual(item.distribution.variance, item.variance, relativeTolerance: 1e-10))
        #expect(isApproximatelyEqual(try item.distribution.quantile(0.1), item.p10, relativeTolerance: 1e-10))
        #expect(isApproximatelyEqual(try item.distribution.quantile(0.9), item.p90, relativeTolerance: 1e-10))
        #expect(isApproximatelyEqual(try item.distribution.cdf(item.p10), 0.1, relativeTolerance: 1e-9))
    }

    @Test(
        "20,000 seeded draws: moments within 4.5 standard errors, every draw in the support, KS distance below 1.95/√n",
        arguments: cases)
    func draws(_ item: Case) throws {
        let n = 20_000
        var generator = Xoshiro256StarStar(seed: 20_260_401)
        let draws = try item.distribution.samples(n, using: &generator)
        let support = item.distribution.support
        #expect(draws.allSatisfy { $0 >= support.lower && $0 <= support.upper })
        let mean = draws.reduce(0, +) / Double(n)
        let variance = draws.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n - 1)
        let fourth = draws.reduce(0) { $0 + pow($1 - mean, 4) } / Double(n)
        #expect(abs(mean - item.mean) <= 4.5 * (item.variance / Double(n)).squareRoot())
        #expect(abs(variance - item.variance) <= 4.5 * ((fourth - variance * variance) / Double(n)).squareRoot())
        let sorted = draws.sorted()
        var distance = 0.0
        for (i, x) in sorted.enumerated() {
            let f = try item.distribution.cdf(x)
            distance = max(distance, abs(Double(i + 1) / Double(n) - f), abs(f - Double(i) / Double(n)))
        }
        #expect(distance <= 1.95 / Double(n).squareRoot())
    }

    @Test("discrete and empirical: each value's frequency within 4.5 standard errors of its probability")
    func discrete() throws {
        let n = 40_000
        var generator = Xoshiro256StarStar(seed: 3)
        let weighted = try InputDistribution.discrete(values: [5, 1, 2], weights: [3, 2, 5]).samples(
            n, using: &generator)
        for (value, p) in [(1.0, 0.2), (2.0, 0.5), (5.0, 0.3)] {
            let share = Double(weighted.filter { $0 == value }.count) / Double(n)
            #expect(abs(share - p) <= 4.5 * (p * (1 - p) / Double(n)).squareRoot())
        }
        let empirical = try InputDistribution.empirical(values: [3, 1, 4, 1, 5]).samples(n, using: &generator)
        #expect(
            abs(Double(empirical.filter { $0 == 1 }.count) / Double(n) - 0.4) <= 4.5 * (0.24 / Double(n)).squareRoot())
        #expect(Set(empirical) == [1, 3, 4, 5])
        #expect(
            isApproximatelyEqual(
                // (15 + 2 + 10)/10
                InputDistribution.discrete(values: [5, 1, 2], weights: [3, 2, 5]).mean, 2.7, relativeTolerance: 1e-15))
        #expect(try InputDistribution.discrete(values: [5, 1, 2], weights: [3, 2, 5]).quantile(0.5) == 2)
        #expect(try InputDistribution.discrete(values: [5, 1, 2], weights: [3, 2, 5]).quantile(0.71) == 5)
        #expect(try InputDistribution.empirical(values: [3, 1, 4, 1, 5]).cdf(3) == 0.6)
    }

    /// `Xoshiro256StarStar(seed: 7)` then the transform, in Python (`generators.py`): triangular by
    /// inversion, normal as 395 + 40·Φ⁻¹(u) with AS 241 and the fdlibm logarithm, log-normal as
    /// exp(4.6 + 0.3·Φ⁻¹(u)) with the fdlibm exponential.
    @Test("draws are the same bits as the Python reference")
    func pinnedDraws() throws {
        var generator = Xoshiro256StarStar(seed: 7)
        #expect(
            try InputDistribution.triangular(low: 80, mode: 109, high: 150).samples(3, using: &generator)
                == [120.68540472487653, 103.78791701330283, 128.54611493424383])
        generator = Xoshiro256StarStar(seed: 7)
        #expect(
            try InputDistribution.normal(mean: 395, standardDeviation: 40).samples(3, using: &generator)
                == [416.04237028768324, 371.53779084664427, 434.7171173053975])
        generator = Xoshiro256StarStar(seed: 7)
        #expect(
            try InputDistribution.logNormal(logMean: 4.6, logStandardDeviation: 0.3).samples(3, using: &generator)
                == [116.49143804833048, 83.43212535925392, 134.0051697982266])
    }

    @Test("a fixed distribution draws nothing; logNormal(mean:standardDeviation:) has that mean and deviation")
    func fixedAndLogNormal() throws {
        var generator = Xoshiro256StarStar(seed: 1)
        let before = generator
        #expect(try InputDistribution.fixed(4.2).sample(using: &generator) == 4.2)
        #expect(generator == before)
        let distribution = InputDistribution.logNormal(mean: 100, standardDeviation: 30)
        #expect(isApproximatelyEqual(distribution.mean, 100, relativeTolerance: 1e-14))
        #expect(isApproximatelyEqual(distribution.variance, 900, relativeTolerance: 1e-13))
        #expect(throws: ValidationError.self) {
            try InputDistribution.logNormal(mean: -1, standardDeviation: 3).validate()
        }
    }

    @Test("JSON round trip of every family, with defaults filled in")
    func codable() throws {
        let all =
            Self.cases.map(\.distribution) + [
                .fixed(3), .discrete(values: [1, 2], weights: [1, 3]), .empirical(values: [4, 5]),
                .pert(low: 1, mode: 2, high: 4, shape: 6),
            ]
        for distribution in all {
            let data = try JSONEncoder().encode(distribution)
            #expect(try JSONDecoder().decode(InputDistribution.self, from: data) == distribution)
        }
        let pert = try JSONDecoder().decode(
            InputDistribution.self, from: Data(#"{"kind":"pert","low":1,"mode":2,"high":4}"#.utf8))
        #expect(pert == .pert(low: 1, mode: 2, high: 4, shape: 4))
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(InputDistribution.self, from: Data(#"{"kind":"gamma","shape":2}"#.utf8))
        }
    }

    /// Every parameter rule, with the path and the problem reported.
    @Test(
        "invalid parameters are reported with their path",
        arguments: [
            (InputDistribution.fixed(.nan), "value", "nan is not a finite number"),
            (
                .uniform(low: 5, high: 5), "high",
                "high 5.0 is outside values above low 5.0 (use fixed for a single value)"
            ),
            (.uniform(low: 1, high: .infinity), "high", "inf is not a finite number"),
            (.triangular(low: 1, mode: 7, high: 5), "mode", "mode 7.0 is outside [low, high] = [1.0, 5.0]"),
            (
                .triangular(low: 6, mode: 5, high: 5), "high",
                "high 5.0 is outside values above low 6.0 (use fixed for a single value)"
            ),
            (.pert(low: 1, mode: 0, high: 5), "mode", "mode 0.0 is outside [low, high] = [1.0, 5.0]"),
            (.pert(low: 1, mode: 2, high: 5, shape: 0), "shape", "0.0 is outside (0, 5000.0]"),
            (.normal(mean: 1, standardDeviation: 0), "standardDeviation", "0.0 is outside (0, ∞)"),
            (
                .normal(mean: 1, standardDeviation: 1, low: 3, high: 2), "high",
                "high 2.0 is outside values above low 3.0 (use fixed for a single value)"
            ),
            (
                .normal(mean: 0, standardDeviation: 1, low: 7, high: 8), "low",
                "[7.0, 8.0] is outside a range holding at least 1e-10 of N(0.0, 1.0²)"
            ),
            (.logNormal(logMean: 1, logStandardDeviation: -1), "logStandardDeviation", "-1.0 is outside (0, ∞)"),
            (.beta(alpha: 0, beta: 2), "alpha", "0.0 is outside (0, 10000.0]"),
            (.beta(alpha: 2, beta: 20_000), "beta", "20000.0 is outside (0, 10000.0]"),
            (
                .beta(alpha: 2, beta: 2, low: 1, high: 0), "high",
                "high 0.0 is outside values above low 1.0 (use fixed for a single value)"
            ),
            (.discrete(values: [], weights: []), "values", "must not be empty"),
            (.discrete(values: [1, 2], weights: [1]), "weights", "1 weights for 2 values: give one weight per value"),
            (.discrete(values: [1, 2], weights: [1, -1]), "weights[1]", "-1.0 is negative"),
            (
                .discrete(values: [1, 2], weights: [0, 0]), "weights",
                "total weight 0.0 is outside a positive, finite total"
            ),
            (.empirical(values: [1, .nan]), "values[1]", "nan is not a finite number"),
        ])
    func invalid(distribution: InputDistribution, path: String, message: String) {
        do {
            try distribution.validate()
            Issue.record("\(distribution) should be invalid")
        } catch {
            #expect(error.issues.first?.path == FieldPath(stringLiteral: path))
            #expect(error.issues.first?.problem.description == message)
        }
        var generator = Xoshiro256StarStar(seed: 1)
        #expect(throws: ValidationError.self) { try distribution.sample(using: &generator) }
        #expect(throws: ValidationError.self) { try distribution.quantile(0.5) }
    }

    @Test("a probability outside [0, 1] or a NaN point is refused")
    func badArguments() {
        #expect(throws: ValidationError.self) { try InputDistribution.uniform(low: 0, high: 1).quantile(1.5) }
        #expect(throws: ValidationError.self) { try InputDistribution.uniform(low: 0, high: 1).quantile(.nan) }
        #expect(throws: ValidationError.self) { try InputDistribution.uniform(low: 0, high: 1).cdf(.nan) }
    }
}
