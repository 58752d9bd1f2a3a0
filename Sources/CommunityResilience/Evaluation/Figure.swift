/// A reported figure and, on request, how it was derived.
///
/// The explanation is built only when asked for, so a portfolio of thousands of interventions
/// costs nothing extra to evaluate; figures compare equal when their values do.
///
/// ```swift
/// let appraisal = try Scenario.example.appraise(with: .example)
/// print(appraisal.portfolio.netPresentValue.value)
/// print(appraisal.portfolio.netPresentValue.explanation)
/// ```
public struct Figure<Value: Hashable & Sendable>: Hashable, Sendable {
    /// The figure.
    public let value: Value
    private let derive: @Sendable () -> Explanation

    /// Creates a figure whose explanation `derive` builds on demand.
    public init(_ value: Value, explanation derive: @escaping @Sendable () -> Explanation) {
        self.value = value
        self.derive = derive
    }

    /// How the figure was derived.
    public var explanation: Explanation { derive() }

    /// Figures are equal when their values are equal; how each was derived is not compared.
    public static func == (lhs: Figure, rhs: Figure) -> Bool { lhs.value == rhs.value }

    /// Hashes the value only, as `==` compares it.
    public func hash(into hasher: inout Hasher) { hasher.combine(value) }
}

extension Figure: Encodable where Value: Encodable {
    private enum CodingKeys: String, CodingKey { case value, explanation }

    /// Encodes the value together with its explanation, for JSON output of results.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(value, forKey: .value)
        try container.encode(explanation, forKey: .explanation)
    }
}
