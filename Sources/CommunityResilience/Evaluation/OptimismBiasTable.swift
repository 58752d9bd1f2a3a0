/// Optimism-bias adjustments by data confidence grade: benefits are reduced, and costs raised,
/// by the percentage for the grade of the input.
///
/// The default, ``gmca2014``, is the confidence-grade table of HM Treasury, Public Service
/// Transformation Network and New Economy (2014), *Supporting public service transformation:
/// cost benefit analysis guidance for local partnerships*, §4 (the GMCA CBA model): grade 1 0%,
/// 2 5%, 3 10%, 4 15%, 5 25%. (That table has a sixth grade, 40%, for unreferenced or very old
/// data; this library's scale stops at grade 5 — treat such data as grade 5 or replace the
/// table.) Replace the table when local guidance differs; the adjustment is always shown in the
/// explanation of every figure it touches.
///
/// Costs follow the Green Book (2022) A5.3 form: adjusted = cost × (1 + OB × (1 − mitigation));
/// set a lower percentage to reflect mitigation.
public struct OptimismBiasTable: Hashable, Sendable, Codable {
    /// Where the percentages come from.
    public let source: String
    /// The adjustment for each grade, 1…5.
    public let adjustments: [ConfidenceGrade: Fraction]

    /// Creates a table.
    ///
    /// - Throws: ``ValidationError`` naming any grade without an adjustment.
    public init(source: String, adjustments: [ConfidenceGrade: Fraction]) throws(ValidationError) {
        let missing = ConfidenceGrade.allCases.filter { adjustments[$0] == nil }
        guard missing.isEmpty else {
            throw ValidationError(
                issues: missing.map {
                    ValidationIssue(
                        .missing, at: FieldPath.root.appending("adjustments").appending(String($0.rawValue)))
                })
        }
        self.source = source
        self.adjustments = adjustments
    }

    private init(uncheckedSource source: String, percentages: [Double]) {
        self.source = source
        var table: [ConfidenceGrade: Fraction] = [:]
        for (grade, percentage) in zip(ConfidenceGrade.allCases, percentages) {
            table[grade] = Fraction(unchecked: percentage / 100)
        }
        self.adjustments = table
    }

    /// 0%, 5%, 10%, 15%, 25% for grades 1–5 (HM Treasury / New Economy 2014, §4).
    public static let gmca2014 = OptimismBiasTable(
        uncheckedSource:
            "HM Treasury, PSTN and New Economy (2014), Supporting public service transformation: cost benefit analysis guidance for local partnerships, §4 confidence grades",
        percentages: [0, 5, 10, 15, 25])

    /// No adjustment for any grade (for sensitivity tests and hand-checks).
    public static let none = OptimismBiasTable(uncheckedSource: "no optimism bias", percentages: [0, 0, 0, 0, 0])

    /// The adjustment for `grade`.
    public func adjustment(for grade: ConfidenceGrade) -> Fraction {
        adjustments[grade] ?? .zero
    }

    private enum CodingKeys: String, CodingKey { case source, adjustments }

    /// Decodes `{"source": "…", "adjustments": {"1": 0, "2": 0.05, …, "5": 0.25}}`.
    ///
    /// The keys must be the grades as written, `"1"` … `"5"` (not `"01"` or `"+1"`, which would
    /// let one grade appear twice with the winner depending on dictionary order), and every grade
    /// must have an adjustment.
    ///
    /// - Throws: `DecodingError.dataCorrupted` whose underlying error is the ``ValidationError``
    ///   naming each key that is not a grade (`adjustments.<key>`) and each grade without an
    ///   adjustment.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let source = try container.decode(String.self, forKey: .source)
        let raw = try container.decode([String: Fraction].self, forKey: .adjustments)
        var table: [ConfidenceGrade: Fraction] = [:]
        var issues: [ValidationIssue] = []
        for (key, value) in raw.sorted(by: { $0.key < $1.key }) {
            guard let grade = ConfidenceGrade.allCases.first(where: { String($0.rawValue) == key }) else {
                issues.append(
                    ValidationIssue(
                        .malformed(key, expected: "a grade written 1, 2, 3, 4 or 5"),
                        at: FieldPath.root.appending("adjustments").appending(key)))
                continue
            }
            table[grade] = value
        }
        var checked: OptimismBiasTable?
        do {
            checked = try OptimismBiasTable(source: source, adjustments: table)
        } catch {
            issues += error.issues
        }
        if let checked, issues.isEmpty {
            self = checked
        } else {
            self = try decoder.recover(from: issues, placeholder: .gmca2014)
        }
    }

    /// Encodes the value in the JSON form that `init(from:)` reads.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(source, forKey: .source)
        try container.encode(
            Dictionary(uniqueKeysWithValues: adjustments.map { (String($0.key.rawValue), $0.value) }),
            forKey: .adjustments)
    }
}
