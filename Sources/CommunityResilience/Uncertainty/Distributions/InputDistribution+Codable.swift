extension InputDistribution: Codable {
    private enum Kind: String, CaseIterable, Codable {
        case fixed, uniform, triangular, pert, normal, logNormal, beta, discrete, empirical
        init(from decoder: any Decoder) throws {
            self = try decoder.decodeName(Kind.self, placeholder: .fixed)
        }
    }

    private enum CodingKeys: String, CodingKey {
        case kind, value, low, mode, high, shape, mean, standardDeviation, logMean, logStandardDeviation
        case alpha, beta, values, weights
    }

    /// Decodes an object with a `kind` discriminator and the case's parameters by name, e.g.
    /// `{"kind": "triangular", "low": 80, "mode": 109, "high": 150}`; `shape` (PERT), `low` and
    /// `high` (normal, beta) may be omitted for their defaults. Parameters are not checked here:
    /// ``validate()`` (or ``UncertaintyAnalysis``) reports every problem with its path.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func number(_ key: CodingKeys) throws -> Double { try container.decode(Double.self, forKey: key) }
        switch try container.decode(Kind.self, forKey: .kind) {
        case .fixed:
            self = .fixed(try number(.value))
        case .uniform:
            self = .uniform(low: try number(.low), high: try number(.high))
        case .triangular:
            self = .triangular(low: try number(.low), mode: try number(.mode), high: try number(.high))
        case .pert:
            self = .pert(
                low: try number(.low), mode: try number(.mode), high: try number(.high),
                shape: try container.decodeIfPresent(Double.self, forKey: .shape) ?? 4)
        case .normal:
            self = .normal(
                mean: try number(.mean), standardDeviation: try number(.standardDeviation),
                low: try container.decodeIfPresent(Double.self, forKey: .low),
                high: try container.decodeIfPresent(Double.self, forKey: .high))
        case .logNormal:
            self = .logNormal(logMean: try number(.logMean), logStandardDeviation: try number(.logStandardDeviation))
        case .beta:
            self = .beta(
                alpha: try number(.alpha), beta: try number(.beta),
                low: try container.decodeIfPresent(Double.self, forKey: .low) ?? 0,
                high: try container.decodeIfPresent(Double.self, forKey: .high) ?? 1)
        case .discrete:
            self = .discrete(
                values: try container.decode([Double].self, forKey: .values),
                weights: try container.decode([Double].self, forKey: .weights))
        case .empirical:
            self = .empirical(values: try container.decode([Double].self, forKey: .values))
        }
    }

    /// Encodes the form ``init(from:)`` reads, with every parameter written out.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        switch self {
        case .fixed(let value):
            try container.encode(value, forKey: .value)
        case .uniform(let low, let high):
            try container.encode(low, forKey: .low)
            try container.encode(high, forKey: .high)
        case .triangular(let low, let mode, let high):
            try container.encode(low, forKey: .low)
            try container.encode(mode, forKey: .mode)
            try container.encode(high, forKey: .high)
        case .pert(let low, let mode, let high, let shape):
            try container.encode(low, forKey: .low)
            try container.encode(mode, forKey: .mode)
            try container.encode(high, forKey: .high)
            try container.encode(shape, forKey: .shape)
        case .normal(let mean, let deviation, let low, let high):
            try container.encode(mean, forKey: .mean)
            try container.encode(deviation, forKey: .standardDeviation)
            try container.encodeIfPresent(low, forKey: .low)
            try container.encodeIfPresent(high, forKey: .high)
        case .logNormal(let mu, let sigma):
            try container.encode(mu, forKey: .logMean)
            try container.encode(sigma, forKey: .logStandardDeviation)
        case .beta(let alpha, let beta, let low, let high):
            try container.encode(alpha, forKey: .alpha)
            try container.encode(beta, forKey: .beta)
            try container.encode(low, forKey: .low)
            try container.encode(high, forKey: .high)
        case .discrete(let values, let weights):
            try container.encode(values, forKey: .values)
            try container.encode(weights, forKey: .weights)
        case .empirical(let values):
            try container.encode(values, forKey: .values)
        }
    }
}
