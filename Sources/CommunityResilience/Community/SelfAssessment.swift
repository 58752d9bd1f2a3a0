import Foundation

/// A council's self-assessment against the eight characteristics: a maturity level and evidence
/// for each statement (Locality Matters, *Eight characteristics of councils that are building
/// stronger more resilient communities*).
///
/// ```swift
/// let assessment = SelfAssessment(council: "Anytown Council", assessedIn: try Month(year: 2025, month: 3), responses: [
///     StatementResponse("knowledge.1", .developing, evidence: "Asset map for 12 of 40 LSOAs"),
/// ])
/// let profile = try assessment.profile()           // one entry per characteristic
/// let gaps = try assessment.gaps()                 // below "established", or unanswered
/// let change = try assessment.compared(with: lastYear)
/// ```
///
/// A statement without a response is *unanswered*: profiles report it separately instead of
/// treating it as "not started", so that an incomplete assessment is not mistaken for a poor one.
public struct SelfAssessment: Hashable, Sendable, Codable {
    /// The council (or partnership) assessed.
    public var council: String
    /// When the assessment was made.
    public var assessedIn: Month
    /// The responses, at most one per statement.
    public var responses: [StatementResponse]

    /// Creates an assessment.
    public init(council: String, assessedIn: Month, responses: [StatementResponse] = []) {
        self.council = council
        self.assessedIn = assessedIn
        self.responses = responses
    }

    /// Checks that every response names a statement of the framework, once.
    ///
    /// - Throws: ``ValidationError`` with every unknown statement
    ///   (`responses[i].statement`, ``ValidationIssue/Problem/danglingReference(_:kind:)``) and
    ///   every repeated one (``ValidationIssue/Problem/duplicateIdentifier(_:)``).
    public func validate() throws(ValidationError) {
        let known = Set(AssessmentStatement.all.map(\.id))
        var seen: Set<AssessmentStatement.ID> = []
        var issues: [ValidationIssue] = []
        for (index, response) in responses.enumerated() {
            let path = FieldPath.root.appending("responses", index: index).appending("statement")
            if !known.contains(response.statement) {
                issues.append(
                    ValidationIssue(
                        .danglingReference(response.statement.rawValue, kind: "statement of the eight characteristics"),
                        at: path))
            } else if !seen.insert(response.statement).inserted {
                issues.append(ValidationIssue(.duplicateIdentifier(response.statement.rawValue), at: path))
            }
        }
        guard issues.isEmpty else { throw ValidationError(issues: issues) }
    }

    /// The response to `statement`, if any.
    public func response(to statement: AssessmentStatement.ID) -> StatementResponse? {
        responses.first { $0.statement == statement }
    }

    /// One profile per characteristic, in the framework's order.
    ///
    /// - Throws: ``ValidationError`` as ``validate()``.
    public func profile() throws(ValidationError) -> [CharacteristicProfile] {
        try validate()
        return ResilienceCharacteristic.allCases.map { characteristic in
            let statements = characteristic.statements
            let answered = statements.compactMap { response(to: $0.id) }
            var counts: [MaturityLevel: Int] = [:]
            for level in MaturityLevel.allCases { counts[level] = answered.filter { $0.level == level }.count }
            return CharacteristicProfile(
                characteristic: characteristic, statementCount: statements.count, answered: answered.count,
                counts: counts,
                meanScore: answered.isEmpty
                    ? nil : Double(answered.reduce(0) { $0 + $1.level.score }) / Double(answered.count),
                lowest: answered.map(\.level).min(),
                unanswered: statements.map(\.id).filter { response(to: $0) == nil },
                withoutEvidence: answered.filter(\.lacksEvidence).map(\.statement))
        }
    }

    /// The statements below `threshold` or unanswered, in the framework's order.
    ///
    /// - Parameter threshold: the level every statement should reach; ``MaturityLevel/established``
    ///   by default.
    /// - Throws: ``ValidationError`` as ``validate()``.
    public func gaps(below threshold: MaturityLevel = .established) throws(ValidationError) -> [AssessmentGap] {
        try validate()
        return AssessmentStatement.all.compactMap { statement in
            let response = response(to: statement.id)
            if let response, response.level >= threshold { return nil }
            return AssessmentGap(statement: statement, level: response?.level, threshold: threshold)
        }
    }
}

/// A council's answer to one statement.
public struct StatementResponse: Hashable, Sendable, Codable {
    /// The statement, e.g. `"knowledge.2"`.
    public var statement: AssessmentStatement.ID
    /// How far the council has got.
    public var level: MaturityLevel
    /// What shows it: documents, data, decisions. Empty evidence above "not started" is reported
    /// in profiles (``CharacteristicProfile/withoutEvidence``).
    public var evidence: String

    /// Creates a response.
    public init(_ statement: AssessmentStatement.ID, _ level: MaturityLevel, evidence: String = "") {
        self.statement = statement
        self.level = level
        self.evidence = evidence
    }

    /// Whether a level above "not started" is claimed without any evidence text.
    public var lacksEvidence: Bool {
        level > .notStarted && evidence.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }
}

/// How one characteristic stands in a ``SelfAssessment``.
public struct CharacteristicProfile: Hashable, Sendable {
    /// The characteristic.
    public let characteristic: ResilienceCharacteristic
    /// Its number of statements.
    public let statementCount: Int
    /// How many were answered.
    public let answered: Int
    /// Answered statements at each level (every level present, zero when none).
    public let counts: [MaturityLevel: Int]
    /// Mean ``MaturityLevel/score`` (0–3) over the answered statements; `nil` when none.
    public let meanScore: Double?
    /// The lowest level answered; `nil` when none.
    public let lowest: MaturityLevel?
    /// Statements with no response.
    public let unanswered: [AssessmentStatement.ID]
    /// Statements claimed above "not started" without evidence.
    public let withoutEvidence: [AssessmentStatement.ID]
}

/// A statement below the level aimed for, or unanswered.
public struct AssessmentGap: Hashable, Sendable {
    /// The statement.
    public let statement: AssessmentStatement
    /// The level answered; `nil` when unanswered.
    public let level: MaturityLevel?
    /// The level aimed for.
    public let threshold: MaturityLevel
}
