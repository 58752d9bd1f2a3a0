/// How a council's self-assessment changed between two dates, statement by statement and
/// characteristic by characteristic.
///
/// Governance statement 3 of the eight characteristics asks for "political patience – an
/// acceptance that it will take time to measure impact"; comparing assessments a year apart shows
/// the progress that comes first.
public struct AssessmentComparison: Hashable, Sendable {
    /// When the earlier assessment was made.
    public let earlier: Month
    /// When the later assessment was made.
    public let later: Month
    /// Every statement of the framework, in order.
    public let statements: [StatementChange]
    /// Every characteristic, in order.
    public let characteristics: [CharacteristicChange]

    /// Statements whose level rose.
    public var improved: [AssessmentStatement.ID] { statements.filter { ($0.change ?? 0) > 0 }.map(\.statement) }
    /// Statements whose level fell.
    public var declined: [AssessmentStatement.ID] { statements.filter { ($0.change ?? 0) < 0 }.map(\.statement) }
    /// Statements answered only in the later assessment.
    public var newlyAnswered: [AssessmentStatement.ID] {
        statements.filter { $0.before == nil && $0.after != nil }.map(\.statement)
    }
}

/// One statement's level in two assessments.
public struct StatementChange: Hashable, Sendable {
    /// The statement.
    public let statement: AssessmentStatement.ID
    /// The earlier level; `nil` when unanswered.
    public let before: MaturityLevel?
    /// The later level; `nil` when unanswered.
    public let after: MaturityLevel?

    /// Later score − earlier score; `nil` unless both are answered.
    public var change: Int? {
        guard let before, let after else { return nil }
        return after.score - before.score
    }
}

/// One characteristic's mean score in two assessments.
public struct CharacteristicChange: Hashable, Sendable {
    /// The characteristic.
    public let characteristic: ResilienceCharacteristic
    /// The earlier ``CharacteristicProfile/meanScore``.
    public let before: Double?
    /// The later ``CharacteristicProfile/meanScore``.
    public let after: Double?

    /// Later − earlier mean score; `nil` unless both exist.
    public var change: Double? {
        guard let before, let after else { return nil }
        return after - before
    }
}

extension SelfAssessment {
    /// The change from `earlier` to this assessment.
    ///
    /// - Throws: ``ValidationError`` with both assessments' problems, the earlier one's under
    ///   `earlier.`; at `earlier.assessedIn` when it is not before this one.
    public func compared(with earlier: SelfAssessment) throws(ValidationError) -> AssessmentComparison {
        var issues: [ValidationIssue] = []
        do { try earlier.validate() } catch { issues += error.issues.map { $0.located(under: "earlier") } }
        do { try validate() } catch { issues += error.issues }
        if !(earlier.assessedIn < assessedIn) {
            issues.append(
                ValidationIssue(
                    .inconsistent(
                        "the earlier assessment (\(earlier.assessedIn)) must be before this one (\(assessedIn))"),
                    at: "earlier.assessedIn"))
        }
        guard issues.isEmpty else { throw ValidationError(issues: issues) }
        let before = try earlier.profile()
        let after = try profile()
        return AssessmentComparison(
            earlier: earlier.assessedIn, later: assessedIn,
            statements: AssessmentStatement.all.map { statement in
                StatementChange(
                    statement: statement.id, before: earlier.response(to: statement.id)?.level,
                    after: response(to: statement.id)?.level)
            },
            characteristics: zip(before, after).map {
                CharacteristicChange(characteristic: $0.characteristic, before: $0.meanScore, after: $1.meanScore)
            })
    }
}
