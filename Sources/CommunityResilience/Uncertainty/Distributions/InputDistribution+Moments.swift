extension InputDistribution {
    /// The mean, from the formula for the family (Vose 2008 ch. 9; Johnson, Kotz and Balakrishnan
    /// 1994–95): see the table in ``InputDistribution``. For a truncated normal, the mean of the
    /// truncated distribution. NaN when the parameters are invalid (``validate()`` says why).
    public var mean: Double {
        switch self {
        case .fixed(let value):
            return value
        case .uniform(let low, let high):
            return (low + high) / 2
        case .triangular(let low, let mode, let high):
            return (low + mode + high) / 3
        case .pert(let low, let mode, let high, let shape):
            return (low + shape * mode + high) / (shape + 2)
        case .normal(let mean, let deviation, let low, let high):
            guard low != nil || high != nil else { return mean }
            guard issues().isEmpty else { return .nan }
            return TruncatedNormal(mean: mean, standardDeviation: deviation, low: low, high: high).moments.mean
        case .logNormal(let mu, let sigma):
            return PortableMath.exp(mu + sigma * sigma / 2)
        case .beta(let alpha, let beta, let low, let high):
            return low + (high - low) * alpha / (alpha + beta)
        case .discrete, .empirical:
            guard let (values, weights, total) = weightedValues else { return .nan }
            var sum = 0.0
            for (value, weight) in zip(values, weights) { sum += value * weight }
            return sum / total
        }
    }

    /// The variance, from the formula for the family: uniform (h − l)²/12; triangular
    /// (l² + m² + h² − lm − lh − mh)/18; beta and PERT (h − l)²·αβ/((α + β)²(α + β + 1));
    /// log-normal (e^(σ²) − 1)·e^(2μ + σ²); normal σ² (truncated: see
    /// `TruncatedNormal.moments`); discrete Σwᵢ(vᵢ − mean)²/Σwᵢ. NaN when the parameters are invalid.
    public var variance: Double {
        switch self {
        case .fixed:
            return 0
        case .uniform(let low, let high):
            return (high - low) * (high - low) / 12
        case .triangular(let l, let m, let h):
            return (l * l + m * m + h * h - l * m - l * h - m * h) / 18
        case .pert(let low, let mode, let high, let shape):
            let (alpha, beta) = InputDistribution.pertShapes(low: low, mode: mode, high: high, shape: shape)
            return (high - low) * (high - low) * alpha * beta / ((alpha + beta) * (alpha + beta) * (alpha + beta + 1))
        case .normal(let mean, let deviation, let low, let high):
            guard low != nil || high != nil else { return deviation * deviation }
            guard issues().isEmpty else { return .nan }
            return TruncatedNormal(mean: mean, standardDeviation: deviation, low: low, high: high).moments.variance
        case .logNormal(let mu, let sigma):
            return (PortableMath.exp(sigma * sigma) - 1) * PortableMath.exp(2 * mu + sigma * sigma)
        case .beta(let alpha, let beta, let low, let high):
            return (high - low) * (high - low) * alpha * beta / ((alpha + beta) * (alpha + beta) * (alpha + beta + 1))
        case .discrete, .empirical:
            guard let (values, weights, total) = weightedValues else { return .nan }
            let mean = self.mean
            var sum = 0.0
            for (value, weight) in zip(values, weights) { sum += weight * (value - mean) * (value - mean) }
            return sum / total
        }
    }

    /// The smallest and largest values a draw can take (infinite for unbounded families; 0 is the
    /// lower end of a log-normal's support, though no draw equals it).
    public var support: (lower: Double, upper: Double) {
        switch self {
        case .fixed(let value):
            return (value, value)
        case .uniform(let low, let high), .triangular(let low, _, let high), .pert(let low, _, let high, _),
            .beta(_, _, let low, let high):
            return (low, high)
        case .normal(_, _, let low, let high):
            return (low ?? -.infinity, high ?? .infinity)
        case .logNormal:
            return (0, .infinity)
        case .discrete(let values, _), .empirical(let values):
            return (values.min() ?? .nan, values.max() ?? .nan)
        }
    }

    /// The value below which a share `p` of draws fall: the quantile (inverse distribution)
    /// function, F⁻¹(p) = inf{x : F(x) ≥ p}.
    ///
    /// Closed forms for uniform and triangular; the inverse regularised incomplete beta function
    /// for beta and PERT; Wichura's AS 241 for the normal family (with the truncated normal's
    /// inversion); the first value whose cumulative weight reaches p for discrete and empirical
    /// distributions. All built from basic arithmetic and the library's own logarithm and
    /// exponential, so the same on every platform.
    ///
    /// - Parameter p: A probability in [0, 1].
    /// - Returns: F⁻¹(p); the support's ends at 0 and 1 (infinite for unbounded families).
    /// - Throws: ``ValidationError`` when the parameters are invalid or `p` is outside [0, 1].
    public func quantile(_ p: Double) throws(ValidationError) -> Double {
        guard p >= 0, p <= 1 else {
            throw ValidationError(ValidationIssue(.outOfRange("\(p)", allowed: "[0, 1]"), at: "p"))
        }
        return try DistributionSampler(self).quantile(p)
    }

    /// The distribution function F(x) = P(X ≤ x).
    ///
    /// - Parameter x: Any value.
    /// - Returns: F(x) in [0, 1].
    /// - Throws: ``ValidationError`` when the parameters are invalid or `x` is NaN.
    public func cdf(_ x: Double) throws(ValidationError) -> Double {
        guard !x.isNaN else { throw ValidationError(ValidationIssue(.notFinite("\(x)"), at: "x")) }
        return try DistributionSampler(self).cdf(x)
    }

    /// PERT's beta shapes: α = 1 + shape·(mode − low)/(high − low), β = 1 + shape·(high − mode)/(high − low).
    static func pertShapes(low: Double, mode: Double, high: Double, shape: Double) -> (alpha: Double, beta: Double) {
        let range = high - low
        return (1 + shape * (mode - low) / range, 1 + shape * (high - mode) / range)
    }

    /// Values and weights of a discrete or empirical distribution with their total, or `nil`
    /// when they are not usable.
    var weightedValues: (values: [Double], weights: [Double], total: Double)? {
        switch self {
        case .discrete(let values, let weights):
            guard !values.isEmpty, values.count == weights.count else { return nil }
            let total = weights.reduce(0, +)
            guard total > 0, total.isFinite else { return nil }
            return (values, weights, total)
        case .empirical(let values):
            guard !values.isEmpty else { return nil }
            return (values, Array(repeating: 1, count: values.count), Double(values.count))
        default:
            return nil
        }
    }
}
