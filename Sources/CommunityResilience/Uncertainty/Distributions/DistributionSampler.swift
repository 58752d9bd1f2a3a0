/// An ``InputDistribution`` checked and prepared for drawing: constants computed once, so that a
/// draw costs a few operations.
///
/// How each family turns random bits into a value (one generator output per uniform; see
/// ``RandomNumberGenerator/nextDouble()`` and
/// ``RandomNumberGenerator/nextDoubleInOpenUnitInterval()``):
/// - fixed: no output consumed;
/// - uniform: low + u·(high − low), u ∈ [0, 1);
/// - triangular: inversion, u ∈ [0, 1): low + √(u(h − l)(m − l)) below u = (m − l)/(h − l),
///   else high − √((1 − u)(h − l)(h − m));
/// - normal and log-normal: inversion with AS 241, u ∈ (0, 1) (see `TruncatedNormal`);
/// - beta and PERT: X/(X + Y) with X ~ Gamma(α), Y ~ Gamma(β) by `GammaSampler` (a variable
///   number of outputs), in logarithms when a shape is below 1;
/// - discrete and empirical: the first value whose cumulative weight exceeds u·total,
///   u ∈ [0, 1), values taken in increasing order.
struct DistributionSampler: Sendable {
    enum Method: Sendable {
        case constant(Double)
        case uniform(low: Double, width: Double)
        case triangular(low: Double, high: Double, split: Double, lowFactor: Double, highFactor: Double)
        case beta(x: GammaSampler, y: GammaSampler, low: Double, width: Double, logBeta: Double)
        case normal(TruncatedNormal)
        case logNormal(mu: Double, sigma: Double)
        case discrete(values: [Double], cumulative: [Double])
    }

    let distribution: InputDistribution
    let method: Method

    /// Prepares a distribution.
    ///
    /// - Throws: ``ValidationError`` with the problems ``InputDistribution/validate()`` reports.
    init(_ distribution: InputDistribution) throws(ValidationError) {
        try distribution.validate()
        self.distribution = distribution
        switch distribution {
        case .fixed(let value):
            method = .constant(value)
        case .uniform(let low, let high):
            method = .uniform(low: low, width: high - low)
        case .triangular(let low, let mode, let high):
            let range = high - low
            method = .triangular(
                low: low, high: high, split: (mode - low) / range,
                lowFactor: range * (mode - low), highFactor: range * (high - mode))
        case .pert(let low, let mode, let high, let shape):
            let (alpha, beta) = InputDistribution.pertShapes(low: low, mode: mode, high: high, shape: shape)
            method = .beta(
                x: GammaSampler(shape: alpha), y: GammaSampler(shape: beta), low: low, width: high - low,
                logBeta: PortableMath.logBeta(alpha, beta))
        case .beta(let alpha, let beta, let low, let high):
            method = .beta(
                x: GammaSampler(shape: alpha), y: GammaSampler(shape: beta), low: low, width: high - low,
                logBeta: PortableMath.logBeta(alpha, beta))
        case .normal(let mean, let deviation, let low, let high):
            method = .normal(TruncatedNormal(mean: mean, standardDeviation: deviation, low: low, high: high))
        case .logNormal(let mu, let sigma):
            method = .logNormal(mu: mu, sigma: sigma)
        case .discrete, .empirical:
            let (values, weights, _) = distribution.weightedValues ?? ([0], [1], 1)
            // Increasing order of value (ties keep their given order), so that the inverse
            // distribution function is monotone.
            let order = values.indices.sorted { (values[$0], $0) < (values[$1], $1) }
            var running = 0.0
            method = .discrete(
                values: order.map { values[$0] },
                cumulative: order.map {
                    running += weights[$0]
                    return running
                })
        }
    }

    /// A sampler that always gives `value`.
    init(constant value: Double) {
        distribution = .fixed(value)
        method = .constant(value)
    }

    /// One draw.
    @inline(__always)
    func draw<G: RandomNumberGenerator>(using generator: inout G) -> Double {
        switch method {
        case .constant(let value):
            return value
        case .uniform(let low, let width):
            return low + generator.nextDouble() * width
        case .triangular(let low, let high, let split, let lowFactor, let highFactor):
            let u = generator.nextDouble()
            return u < split ? low + (u * lowFactor).squareRoot() : high - ((1 - u) * highFactor).squareRoot()
        case .beta(let x, let y, let low, let width, _):
            return low + width * DistributionSampler.betaRatio(x, y, using: &generator)
        case .normal(let normal):
            return normal.value(at: generator.nextDoubleInOpenUnitInterval())
        case .logNormal(let mu, let sigma):
            return PortableMath.exp(
                mu + sigma * PortableMath.inverseStandardNormal(generator.nextDoubleInOpenUnitInterval()))
        case .discrete(let values, let cumulative):
            return DistributionSampler.pick(values, cumulative, target: generator.nextDouble() * (cumulative.last ?? 0))
        }
    }

    /// Fills `buffer` with draws, in order; the same values as calling ``draw(using:)`` once per
    /// element, with the family's branch taken once rather than per draw.
    func fill(_ buffer: UnsafeMutableBufferPointer<Double>, using generator: inout Xoshiro256StarStar) {
        switch method {
        case .constant(let value):
            for i in buffer.indices { buffer[i] = value }
        case .uniform(let low, let width):
            for i in buffer.indices { buffer[i] = low + UnitInterval.closedOpen(generator.next()) * width }
        case .triangular(let low, let high, let split, let lowFactor, let highFactor):
            // The same arithmetic as `draw`, arranged so that the side of the mode is a selection
            // rather than a branch (it is random, so a branch would be mispredicted half the time).
            for i in buffer.indices {
                let u = UnitInterval.closedOpen(generator.next())
                let below = u < split
                let root = (below ? u * lowFactor : (1 - u) * highFactor).squareRoot()
                buffer[i] = below ? low + root : high - root
            }
        case .normal(let normal) where normal.mass == 1 && normal.lowerProbability == 0 && !normal.mirrored:
            for i in buffer.indices {
                buffer[i] =
                    normal.mean + normal.standardDeviation
                    * PortableMath.inverseStandardNormal(UnitInterval.open(generator.next()))
            }
        default:
            for i in buffer.indices { buffer[i] = draw(using: &generator) }
        }
    }

    /// X/(X + Y) for gamma variates X and Y (in logarithms when a shape is below 1).
    @inline(__always)
    static func betaRatio<G: RandomNumberGenerator>(_ x: GammaSampler, _ y: GammaSampler, using generator: inout G)
        -> Double
    {
        if !x.boosted && !y.boosted {
            let first = x.draw(using: &generator)
            let second = y.draw(using: &generator)
            return first / (first + second)
        }
        let logFirst = x.logDraw(using: &generator)
        let logSecond = y.logDraw(using: &generator)
        return 1 / (1 + PortableMath.exp(logSecond - logFirst))
    }

    /// The first value whose cumulative weight exceeds `target` (binary search).
    @inline(__always)
    static func pick(_ values: [Double], _ cumulative: [Double], target: Double) -> Double {
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if target < cumulative[middle] { high = middle } else { low = middle + 1 }
        }
        return values.isEmpty ? .nan : values[Swift.min(low, values.count - 1)]
    }

    /// The quantile F⁻¹(p), p ∈ [0, 1].
    func quantile(_ p: Double) -> Double {
        switch method {
        case .constant(let value):
            return value
        case .uniform(let low, let width):
            return low + p * width
        case .triangular(let low, let high, let split, let lowFactor, let highFactor):
            return p < split ? low + (p * lowFactor).squareRoot() : high - ((1 - p) * highFactor).squareRoot()
        case .beta(let x, let y, let low, let width, _):
            return low + width * PortableMath.inverseRegularizedIncompleteBeta(p, x.shape, y.shape)
        case .normal(let normal):
            return normal.value(at: p)
        case .logNormal(let mu, let sigma):
            if p == 0 { return 0 }
            return PortableMath.exp(mu + sigma * PortableMath.inverseStandardNormal(p))
        case .discrete(let values, let cumulative):
            let total = cumulative.last ?? 0
            if p == 0 { return values[cumulative.firstIndex { $0 > 0 } ?? 0] }
            let target = p * total
            return values[cumulative.firstIndex { $0 >= target } ?? (values.count - 1)]
        }
    }

    /// The distribution function F(x).
    func cdf(_ x: Double) -> Double {
        switch method {
        case .constant(let value):
            return x >= value ? 1 : 0
        case .uniform(let low, let width):
            return Swift.min(Swift.max((x - low) / width, 0), 1)
        case .triangular(let low, let high, _, let lowFactor, let highFactor):
            if x <= low { return 0 }
            if x >= high { return 1 }
            let mode = low + lowFactor / (high - low)
            return x <= mode ? (x - low) * (x - low) / lowFactor : 1 - (high - x) * (high - x) / highFactor
        case .beta(let a, let b, let low, let width, let logBeta):
            return PortableMath.regularizedIncompleteBeta((x - low) / width, a.shape, b.shape, logBeta: logBeta)
        case .normal(let normal):
            return normal.cdf(x)
        case .logNormal(let mu, let sigma):
            return x <= 0 ? 0 : PortableMath.standardNormalCDF((PortableMath.log(x) - mu) / sigma)
        case .discrete(let values, let cumulative):
            let total = cumulative.last ?? 1
            guard let last = values.lastIndex(where: { $0 <= x }) else { return 0 }
            return cumulative[last] / total
        }
    }

    /// The value for a standard normal score `z` under a Gaussian copula: F⁻¹(Φ(z)), computed
    /// without Φ where the family allows (μ + σz for an untruncated normal, e^(μ + σz) for a
    /// log-normal) and by the sampling transform of `Φ(z)` for uniform, triangular and discrete.
    @inline(__always)
    func value(atStandardScore z: Double) -> Double {
        switch method {
        case .constant(let value):
            return value
        case .normal(let normal) where normal.mass == 1 && normal.lowerProbability == 0 && !normal.mirrored:
            return normal.mean + normal.standardDeviation * z
        case .logNormal(let mu, let sigma):
            return PortableMath.exp(mu + sigma * z)
        case .discrete(let values, let cumulative):
            return DistributionSampler.pick(
                values, cumulative, target: PortableMath.standardNormalCDF(z) * (cumulative.last ?? 0))
        default:
            return quantile(PortableMath.standardNormalCDF(z))
        }
    }
}
