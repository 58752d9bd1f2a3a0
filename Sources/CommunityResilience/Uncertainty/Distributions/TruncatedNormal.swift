/// A normal distribution restricted to [low, high], drawn by inversion: x = μ + σ·Φ⁻¹(Φ(α) +
/// u·(Φ(β) − Φ(α))) with α, β the standardised bounds (Vose 2008 §10.3; C. P. Robert (1995),
/// "Simulation of truncated normal variables", *Statistics and Computing* 5, discusses the
/// alternatives).
///
/// When the whole range lies above the mean, the work is done in the mirror image (−Z), so that
/// the probabilities involved are small lower-tail values, which ``PortableMath`` computes to
/// full relative accuracy, rather than values just below 1. Without bounds it reduces exactly
/// to μ + σ·Φ⁻¹(u).
struct TruncatedNormal: Hashable, Sendable {
    let mean: Double
    let standardDeviation: Double
    let low: Double
    let high: Double
    /// Whether the computation runs on −Z.
    let mirrored: Bool
    /// Φ at the lower standardised bound of the (possibly mirrored) range.
    let lowerProbability: Double
    /// Φ(upper bound) − Φ(lower bound): the probability the range holds.
    let mass: Double

    init(mean: Double, standardDeviation: Double, low: Double?, high: Double?) {
        self.mean = mean
        self.standardDeviation = standardDeviation
        self.low = low ?? -.infinity
        self.high = high ?? .infinity
        let alpha = low.map { ($0 - mean) / standardDeviation } ?? -.infinity
        let beta = high.map { ($0 - mean) / standardDeviation } ?? .infinity
        mirrored = alpha > 0
        let (lower, upper) = mirrored ? (-beta, -alpha) : (alpha, beta)
        let lowerProbability = lower == -.infinity ? 0 : PortableMath.standardNormalCDF(lower)
        let upperProbability = upper == .infinity ? 1 : PortableMath.standardNormalCDF(upper)
        self.lowerProbability = lowerProbability
        mass = upperProbability - lowerProbability
    }

    /// The value whose distribution function is `u` ∈ [0, 1]: the quantile, and the draw for a
    /// uniform `u`. Increasing in `u`; clamped to [low, high] against rounding.
    @inline(__always)
    func value(at u: Double) -> Double {
        let x: Double
        if mirrored {
            x = mean - standardDeviation * PortableMath.inverseStandardNormal(lowerProbability + (1 - u) * mass)
        } else {
            x = mean + standardDeviation * PortableMath.inverseStandardNormal(lowerProbability + u * mass)
        }
        return Swift.min(Swift.max(x, low), high)
    }

    /// P(X ≤ x).
    func cdf(_ x: Double) -> Double {
        if x < low { return 0 }
        if x >= high { return 1 }
        let z = (x - mean) / standardDeviation
        let p =
            mirrored
            ? (lowerProbability + mass - PortableMath.standardNormalCDF(-z)) / mass
            : (PortableMath.standardNormalCDF(z) - lowerProbability) / mass
        return Swift.min(Swift.max(p, 0), 1)
    }

    /// The mean and variance of the truncated distribution (N. L. Johnson, S. Kotz and
    /// N. Balakrishnan (1994), *Continuous Univariate Distributions* vol. 1, §10.1):
    /// E = μ + σ(φ(α) − φ(β))/Z, Var = σ²[1 + (αφ(α) − βφ(β))/Z − ((φ(α) − φ(β))/Z)²], with
    /// Z = Φ(β) − Φ(α) and φ(±∞) = ±∞·φ(±∞) = 0.
    var moments: (mean: Double, variance: Double) {
        let alpha = (low - mean) / standardDeviation
        let beta = (high - mean) / standardDeviation
        let phiAlpha = alpha.isFinite ? PortableMath.standardNormalDensity(alpha) : 0
        let phiBeta = beta.isFinite ? PortableMath.standardNormalDensity(beta) : 0
        let shift = (phiAlpha - phiBeta) / mass
        let spread = ((alpha.isFinite ? alpha * phiAlpha : 0) - (beta.isFinite ? beta * phiBeta : 0)) / mass
        return (mean + standardDeviation * shift, standardDeviation * standardDeviation * (1 + spread - shift * shift))
    }
}
