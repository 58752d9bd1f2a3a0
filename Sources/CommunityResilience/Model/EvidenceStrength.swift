/// The strength of an evaluation design on the Maryland Scientific Methods Scale (SMS), as used by
/// the HM Treasury Magenta Book (2020, §3 and Annex A) and the What Works Centres.
///
/// - Level 1: a correlation at one point in time, or a before-and-after change with no comparison.
/// - Level 2: a comparison of treated and untreated groups without adequate control for
///   differences between them (or before/after with a poorly matched comparison).
/// - Level 3: before-and-after change in a treated group compared with a comparison group —
///   difference-in-differences — or an interrupted time series with a credible counterfactual.
/// - Level 4: quasi-random or well-matched variation in treatment (e.g. regression discontinuity,
///   instrumental variables, matched multi-unit DiD).
/// - Level 5: random assignment (a randomised controlled trial).
public enum EvidenceStrength: Int, Hashable, Sendable, CaseIterable, Comparable, CustomStringConvertible {
    case level1 = 1
    case level2, level3, level4, level5

    /// Wraps an SMS level.
    ///
    /// - Throws: ``ValidationIssue`` with ``ValidationIssue/Problem/outOfRange(_:allowed:)`` outside 1…5.
    public init(_ level: Int) throws(ValidationIssue) {
        guard let strength = EvidenceStrength(rawValue: level) else {
            throw ValidationIssue(.outOfRange("\(level)", allowed: "1…5 (Maryland Scientific Methods Scale)"))
        }
        self = strength
    }

    /// Orders values by their `rawValue`.
    public static func < (lhs: EvidenceStrength, rhs: EvidenceStrength) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The value as reports and error messages show it.
    public var description: String { "SMS level \(rawValue)" }
}

extension EvidenceStrength: Codable {
    /// Decodes a value from its JSON form, reporting a value that breaks the type's rules at its coding path.
    public init(from decoder: any Decoder) throws {
        guard let level = try decoder.decodeWholeNumber() else {
            self = .level1  // a stand-in: the value's issue has been recorded
            return
        }
        do {
            try self.init(level)
        } catch {
            self = try decoder.recover(from: error, placeholder: .level1)
        }
    }

    /// Encodes the value in the JSON form that `init(from:)` reads.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
