/// What is known about an uncertain number in a scenario: a probability distribution to draw it
/// from instead of a single point value.
///
/// The families are those of risk-analysis practice (D. Vose (2008), *Risk Analysis: A
/// Quantitative Guide*, 3rd ed., ch. 9–10; HM Treasury Green Book (2022) §5 and its supplementary
/// guidance on uncertainty):
///
/// | case | support | mean |
/// |---|---|---|
/// | ``fixed(_:)`` | the value | the value |
/// | ``uniform(low:high:)`` | [low, high] | (low + high)/2 |
/// | ``triangular(low:mode:high:)`` | [low, high] | (low + mode + high)/3 |
/// | ``pert(low:mode:high:shape:)`` | [low, high] | (low + shape·mode + high)/(shape + 2) |
/// | ``normal(mean:standardDeviation:low:high:)`` | ℝ, or [low, high] if truncated | mean (untruncated) |
/// | ``logNormal(logMean:logStandardDeviation:)`` | (0, ∞) | exp(μ + σ²/2) |
/// | ``beta(alpha:beta:low:high:)`` | [low, high] | low + (high − low)·α/(α + β) |
/// | ``discrete(values:weights:)`` | the values | Σ wᵢvᵢ / Σ wᵢ |
/// | ``empirical(values:)`` | the values | their average |
///
/// ```swift
/// let unitCost = InputDistribution.triangular(low: 80, mode: 109, high: 150)
/// let deadweight = InputDistribution.beta(alpha: 2, beta: 18)        // mean 10%
/// let visits = InputDistribution.normal(mean: 2_000, standardDeviation: 250, low: 0)
/// var generator = Xoshiro256StarStar(seed: 7)
/// let draw = try unitCost.sample(using: &generator)
/// ```
///
/// Parameters are checked by ``validate()`` (and by ``UncertaintyAnalysis`` for each input, with
/// the input's path): every number finite, low < high, low ≤ mode ≤ high, standard deviations and
/// shapes positive, weights non-negative with a positive total. Draws use only platform-stable
/// arithmetic (see ``sample(using:)``), so a seed gives the same draws everywhere.
public enum InputDistribution: Hashable, Sendable {
    /// Always the same value: an input held at a point (useful to switch uncertainty off).
    case fixed(Double)
    /// Every value in [low, high] equally likely.
    case uniform(low: Double, high: Double)
    /// The triangular distribution on [low, high] with its peak at `mode`: the usual
    /// three-point estimate (lowest, most likely, highest).
    case triangular(low: Double, mode: Double, high: Double)
    /// The (modified) PERT distribution: a beta distribution on [low, high] with shapes
    /// α = 1 + shape·(mode − low)/(high − low) and β = 1 + shape·(high − mode)/(high − low).
    /// `shape` 4 is the classical PERT (D. G. Malcolm et al. (1959), *Operations Research* 7(5);
    /// Vose 2008 §9.1.5); a larger shape concentrates the draws around the mode. Smoother than the
    /// triangular, and its mean gives the mode more weight.
    case pert(low: Double, mode: Double, high: Double, shape: Double = 4)
    /// The normal distribution N(mean, standardDeviation²), optionally truncated to [low, high]
    /// (either end may be left open with `nil`): a cost or count known to be near a value, with
    /// symmetric error; truncate at 0 for quantities that cannot be negative. `mean` and
    /// `standardDeviation` are those of the untruncated distribution.
    case normal(mean: Double, standardDeviation: Double, low: Double? = nil, high: Double? = nil)
    /// The log-normal distribution: exp(N(logMean, logStandardDeviation²)); positive and skewed to
    /// the right, as costs and durations often are. The median is exp(logMean). Use
    /// ``logNormal(mean:standardDeviation:)`` to state it by its own mean and standard deviation.
    case logNormal(logMean: Double, logStandardDeviation: Double)
    /// The beta distribution with shapes α and β on [low, high] (by default [0, 1]): the natural
    /// distribution for rates and shares — engagement, success, deadweight. Beta(α, β) is what a
    /// share looks like after observing α − 1 successes and β − 1 failures from a flat prior.
    case beta(alpha: Double, beta: Double, low: Double = 0, high: Double = 1)
    /// A finite set of values with relative weights (they need not sum to 1): scenarios such as
    /// "low / central / high" with stated probabilities.
    case discrete(values: [Double], weights: [Double])
    /// Resampling of observed values, each equally likely (the bootstrap of B. Efron (1979),
    /// *Annals of Statistics* 7(1)).
    case empirical(values: [Double])

    /// A log-normal distribution stated by its own mean m > 0 and standard deviation s > 0:
    /// σ² = ln(1 + s²/m²), μ = ln m − σ²/2 (the moments of ``logNormal(logMean:logStandardDeviation:)``
    /// solved for μ and σ).
    ///
    /// - Parameters:
    ///   - mean: The mean of the values, > 0.
    ///   - standardDeviation: Their standard deviation, > 0.
    /// - Returns: The equivalent ``logNormal(logMean:logStandardDeviation:)``; with a mean or
    ///   standard deviation that is not positive, its parameters are not finite and ``validate()``
    ///   reports them.
    public static func logNormal(mean: Double, standardDeviation: Double) -> InputDistribution {
        guard mean > 0, standardDeviation > 0 else {
            return .logNormal(logMean: .nan, logStandardDeviation: .nan)
        }
        let ratio = standardDeviation / mean
        let variance = PortableMath.log(1 + ratio * ratio)
        return .logNormal(logMean: PortableMath.log(mean) - variance / 2, logStandardDeviation: variance.squareRoot())
    }

    /// The name of the family, as used in JSON (`"triangular"`, `"pert"`, …).
    public var kind: String {
        switch self {
        case .fixed: return "fixed"
        case .uniform: return "uniform"
        case .triangular: return "triangular"
        case .pert: return "pert"
        case .normal: return "normal"
        case .logNormal: return "logNormal"
        case .beta: return "beta"
        case .discrete: return "discrete"
        case .empirical: return "empirical"
        }
    }
}

extension InputDistribution: CustomStringConvertible {
    /// A short statement of the distribution, e.g. `triangular(80, 109, 150)`.
    public var description: String {
        func list(_ values: [Double]) -> String { values.map { "\($0)" }.joined(separator: ", ") }
        switch self {
        case .fixed(let value):
            return "fixed(\(value))"
        case .uniform(let low, let high):
            return "uniform(\(low), \(high))"
        case .triangular(let low, let mode, let high):
            return "triangular(\(low), \(mode), \(high))"
        case .pert(let low, let mode, let high, let shape):
            return shape == 4 ? "PERT(\(low), \(mode), \(high))" : "PERT(\(low), \(mode), \(high), shape \(shape))"
        case .normal(let mean, let deviation, let low, let high):
            let bounds =
                (low == nil && high == nil)
                ? "" : " truncated to [\(low.map { "\($0)" } ?? "−∞"), \(high.map { "\($0)" } ?? "∞")]"
            return "normal(mean \(mean), sd \(deviation))\(bounds)"
        case .logNormal(let mu, let sigma):
            return "log-normal(μ \(mu), σ \(sigma))"
        case .beta(let alpha, let beta, let low, let high):
            return low == 0 && high == 1 ? "beta(\(alpha), \(beta))" : "beta(\(alpha), \(beta)) on [\(low), \(high)]"
        case .discrete(let values, let weights):
            return "discrete(values [\(list(values))], weights [\(list(weights))])"
        case .empirical(let values):
            return "empirical(\(values.count) values)"
        }
    }
}
