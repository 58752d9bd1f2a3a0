/// How much confidence the data behind an input deserves, on the 1 (best) … 5 (weakest) scale
/// used by the GMCA / New Economy cost-benefit analysis model.
///
/// The grade selects the optimism-bias adjustment applied to the input during appraisal (see the
/// engine's optimism-bias table). The GMCA guidance describes the grades roughly as: 1 — an
/// independently audited, local, recent source; 2 — a reputable national or local source,
/// recent; 3 — a reputable source but dated or from another area; 4 — an expert or stakeholder
/// estimate; 5 — an informed guess or anecdote.
public enum ConfidenceGrade: Int, Hashable, Sendable, CaseIterable, Comparable, CustomStringConvertible {
    case one = 1
    case two, three, four, five

    /// Wraps a grade number.
    ///
    /// - Throws: ``ValidationIssue`` with ``ValidationIssue/Problem/outOfRange(_:allowed:)`` outside 1…5.
    public init(_ number: Int) throws(ValidationIssue) {
        guard let grade = ConfidenceGrade(rawValue: number) else {
            throw ValidationIssue(.outOfRange("\(number)", allowed: "1…5"))
        }
        self = grade
    }

    /// Orders values by their `rawValue`.
    public static func < (lhs: ConfidenceGrade, rhs: ConfidenceGrade) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The value as reports and error messages show it.
    public var description: String { "grade \(rawValue)" }
}

extension ConfidenceGrade: Codable {
    /// Decodes a value from its JSON form, reporting a value that breaks the type's rules at its coding path.
    public init(from decoder: any Decoder) throws {
        guard let number = try decoder.decodeWholeNumber() else {
            self = .five  // a stand-in: the value's issue has been recorded
            return
        }
        do {
            try self.init(number)
        } catch {
            self = try decoder.recover(from: error, placeholder: .five)
        }
    }

    /// Encodes the value in the JSON form that `init(from:)` reads.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
