import Foundation
import ResilienceNumerics
import Testing

/// SplitMix64 (Steele, Lea & Flood 2014): a tiny seeded generator so that a failing case can be
/// replayed from the seed printed with it.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// `10^x`, for log-uniform samples that visit every scale.
func exp10(_ x: Double) -> Double {
    pow(10, x)
}

/// Invariants that must hold for any parameters and arguments, checked over seeded random samples
/// spanning many orders of magnitude (the seed is in every message, for replay).
@Suite("Distribution invariants over random parameters")
struct DistributionPropertyTests {
    @Test("Student t: tails sum to 1, cdf is monotone, quantiles invert the cdf", arguments: [1, 2, 3] as [UInt64])
    func studentT(seed: UInt64) throws {
        var generator = SplitMix64(seed: seed)
        for _ in 0..<150 {
            let nu =
                Double.random(in: 0..<1, using: &generator) < 0.05
                ? .infinity : exp10(.random(in: -1.3...7, using: &generator))
            let t = try StudentTDistribution(degreesOfFreedom: nu)
            let x = exp10(.random(in: -3...3, using: &generator)) * (Bool.random(using: &generator) ? 1 : -1)
            let context = "seed \(seed), ν = \(nu), t = \(x)"
            let (cdf, survival) = (t.cdf(x), t.survival(x))
            #expect(cdf >= 0 && cdf <= 1 && survival >= 0 && survival <= 1, "\(context)")
            #expect(abs(cdf + survival - 1) <= 4e-16, "\(context)")
            #expect(t.density(x) >= 0 && t.density(x).isFinite, "\(context)")
            #expect(t.cdf(x + abs(x) * 1e-9) >= cdf * (1 - 1e-13), "monotone, \(context)")
            let p = exp10(.random(in: -30 ... -0.31, using: &generator))
            let q = try t.quantile(p)
            if q.isFinite {
                expectSolves(q, { t.cdf($0) }, target: p, "quantile, \(context), p = \(p)")
            } else {
                #expect(nu < 1, "an infinite quantile needs a very heavy tail, \(context), p = \(p)")
            }
        }
    }

    @Test("chi-squared: tails sum to 1, cdf is monotone, quantiles invert the cdf", arguments: [1, 2, 3] as [UInt64])
    func chiSquared(seed: UInt64) throws {
        var generator = SplitMix64(seed: seed)
        for _ in 0..<150 {
            let k = exp10(.random(in: -0.3...7, using: &generator))
            let chi2 = try ChiSquaredDistribution(degreesOfFreedom: k)
            let x = k * exp10(.random(in: -2...1, using: &generator))
            let context = "seed \(seed), k = \(k), x = \(x)"
            let (cdf, survival) = (chi2.cdf(x), chi2.survival(x))
            #expect(cdf >= 0 && cdf <= 1 && survival >= 0 && survival <= 1, "\(context)")
            #expect(abs(cdf + survival - 1) <= 4e-16, "\(context)")
            #expect(chi2.density(x) >= 0 && chi2.density(x).isFinite, "\(context)")
            #expect(chi2.cdf(x * (1 + 1e-9)) >= cdf * (1 - 1e-13), "monotone, \(context)")
            for p in [
                exp10(.random(in: -30 ... -0.31, using: &generator)),
                1 - exp10(.random(in: -12 ... -0.31, using: &generator)),
            ] {
                let q = try chi2.quantile(p)
                let smallerTail: (Double) -> Double = { p <= 0.5 ? chi2.cdf($0) : chi2.survival($0) }
                expectSolves(q, smallerTail, target: min(p, 1 - p), "quantile, \(context), p = \(p)")
            }
        }
    }
}
