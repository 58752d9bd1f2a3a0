/// The low and high values each input takes in a one-way sensitivity analysis.
public enum SensitivityRange: Hashable, Sendable {
    /// The input distribution's percentiles, e.g. P10 and P90 (the default).
    case percentiles(low: Double, high: Double)
    /// The plausible range: the distribution's support when it is bounded, and its 0.1st and
    /// 99.9th percentiles otherwise (see ``UncertaintyAnalysis/plausibleRange(of:)``).
    case plausibleRange

    /// P10 and P90.
    public static let tenthToNinetieth = SensitivityRange.percentiles(low: 0.1, high: 0.9)
}

extension SensitivityRange: Codable {
    private enum CodingKeys: String, CodingKey { case kind, low, high }

    /// Decodes `{"kind": "percentiles", "low": 0.1, "high": 0.9}` or `{"kind": "plausibleRange"}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(String.self, forKey: .kind) {
        case "percentiles":
            self = .percentiles(
                low: try container.decode(Double.self, forKey: .low),
                high: try container.decode(Double.self, forKey: .high))
        case "plausibleRange":
            self = .plausibleRange
        case let other:
            throw DecodingError.dataCorruptedError(
                forKey: .kind, in: container,
                debugDescription: "'\(other)' is not a sensitivity range: expected percentiles or plausibleRange")
        }
    }

    /// Encodes the form ``init(from:)`` reads.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .percentiles(let low, let high):
            try container.encode("percentiles", forKey: .kind)
            try container.encode(low, forKey: .low)
            try container.encode(high, forKey: .high)
        case .plausibleRange:
            try container.encode("plausibleRange", forKey: .kind)
        }
    }
}
