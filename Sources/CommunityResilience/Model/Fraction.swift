/// A share, rate or probability that is always within [0, 1].
///
/// Used for additionality adjustments (deadweight, displacement, leakage …), engagement and
/// success rates, drop-off and relative effects. Validating at construction means the engine
/// never re-checks — and never meets a deadweight of 120%.
public struct Fraction: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The value, in [0, 1].
    public let value: Double

    /// Wraps a value in [0, 1].
    ///
    /// - Throws: ``ValidationIssue`` with ``ValidationIssue/Problem/notFinite(_:)`` or
    ///   ``ValidationIssue/Problem/outOfRange(_:allowed:)``.
    public init(_ value: Double) throws(ValidationIssue) {
        guard value.isFinite else { throw ValidationIssue(.notFinite("\(value)")) }
        guard value >= 0, value <= 1 else { throw ValidationIssue(.outOfRange("\(value)", allowed: "[0, 1]")) }
        self.value = value
    }

    /// A percentage in [0, 100]: `try .percent(60)` is 0.6.
    public static func percent(_ percentage: Double) throws(ValidationIssue) -> Fraction {
        guard percentage.isFinite else { throw ValidationIssue(.notFinite("\(percentage)%")) }
        guard percentage >= 0, percentage <= 100 else {
            throw ValidationIssue(.outOfRange("\(percentage)%", allowed: "0%…100%"))
        }
        return try Fraction(percentage / 100)
    }

    init(unchecked value: Double) { self.value = value }

    /// 0.
    public static let zero = Fraction(unchecked: 0)
    /// 1.
    public static let one = Fraction(unchecked: 1)

    /// 1 − value: the share that remains (e.g. the non-deadweight share).
    public var complement: Fraction { Fraction(unchecked: 1 - value) }

    /// The value as a percentage, e.g. 60 for 0.6.
    public var percentage: Double { value * 100 }

    /// Orders values by their `value`.
    public static func < (lhs: Fraction, rhs: Fraction) -> Bool { lhs.value < rhs.value }

    /// The percentage with as few digits as it needs: "10%", "12.5%".
    public var description: String {
        let percentage = value * 100
        let rounded = (percentage * 1e9).rounded() / 1e9
        return rounded == rounded.rounded() ? "\(Int(rounded))%" : "\(rounded)%"
    }
}

extension Fraction: Codable {
    /// Decodes a JSON number in [0, 1].
    public init(from decoder: any Decoder) throws {
        let value = try decoder.singleValueContainer().decode(Double.self)
        do {
            try self.init(value)
        } catch {
            self = try decoder.recover(from: error, placeholder: .zero)
        }
    }

    /// Encodes the value in the JSON form that `init(from:)` reads.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
