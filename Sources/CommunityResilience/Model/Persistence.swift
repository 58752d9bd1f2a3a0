import Foundation

/// How long an outcome lasts and how fast it fades.
///
/// SROI Network, *A Guide to SROI* (2012), stage 4, "duration and drop-off": the effect lasts
/// ``durationYears`` years from the start of the evidence period; each year's effect is the
/// previous year's × (1 − ``dropOff``), so year *k* carries (1 − d)^(k−1) of the first year's.
///
/// With no duration (``measuredPeriod``, the default) the effect is counted exactly over the
/// period it was measured in, and nowhere else: the claim then goes no further than the evidence.
public struct Persistence: Hashable, Sendable, Codable {
    /// Years the effect lasts (≥ 1), counted in twelve-month steps from the start of the
    /// evidence period; `nil` for exactly the measured period.
    public var durationYears: Int?
    /// The share of the effect lost each year after the first.
    public var dropOff: Fraction
    /// Why this duration and drop-off are reasonable.
    public var rationale: String

    /// The effect counts only over the period in which it was measured.
    public static let measuredPeriod = Persistence(
        durationYears: nil, dropOff: .zero, rationale: "Counted only over the period measured")

    /// Creates a persistence assumption; validation checks `durationYears ≥ 1`.
    public init(durationYears: Int?, dropOff: Fraction = .zero, rationale: String = "") {
        self.durationYears = durationYears
        self.dropOff = dropOff
        self.rationale = rationale
    }

    /// The share of the first year's effect that remains in effect year `year` (1-based).
    public func remaining(inYear year: Int) -> Double {
        // Repeated products, as the appraisal accumulates them, for any realistic year; one power
        // beyond 10,000 years so that no year a caller passes can keep this busy.
        guard year <= 10_001 else { return Foundation.pow(dropOff.complement.value, Double(year - 1)) }
        var share = 1.0
        for _ in 1..<max(1, year) { share *= dropOff.complement.value }
        return share
    }
}

extension Persistence {
    private enum CodingKeys: String, CodingKey { case durationYears, dropOff, rationale }

    /// Decodes a persistence assumption; `durationYears` must be a whole number if present.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        durationYears = try container.decodeWholeNumberIfPresent(forKey: .durationYears)
        dropOff = try container.decode(Fraction.self, forKey: .dropOff)
        rationale = try container.decode(String.self, forKey: .rationale)
    }
}
