import CommunityResilience

/// The one outcome of a ``TestIntervention``: a change in demand for one service, with the
/// evidence details a test rarely cares about defaulted.
///
/// Defaults: measured over the intervention's delivery period (2024-25), SMS level 3, confidence
/// grade 1 (no optimism bias), no additionality adjustment, and counted only over the period
/// measured (``CommunityResilience/Persistence/measuredPeriod``). Change any of them on the value:
///
/// ```swift
/// var falls = TestIntervention.testing(avoids: 40, of: .ambulanceCallOut)
/// falls.outcome.additionality = Additionality(
///     deadweight: .init(try .percent(25), source: "comparison wards"))
/// ```
public struct TestOutcome: Hashable, Sendable {
    /// The service whose demand changes, with its unit cost.
    public var service: TestService
    /// The change: positive units are demand avoided.
    public var effect: MeasuredEffect
    /// The period measured, or `nil` for the intervention's delivery period.
    public var period: Period?
    /// The community measured, or `nil` for the intervention's communities together.
    public var community: Community.ID?
    /// The strength of the evaluation design.
    public var strength: EvidenceStrength
    /// The evidence's confidence grade, which sets its optimism-bias reduction.
    public var grade: ConfidenceGrade
    /// Where the evidence comes from.
    public var source: String
    /// Deadweight, displacement, leakage, substitution, attribution and multiplier.
    public var additionality: Additionality
    /// How long the effect lasts and how fast it fades.
    public var persistence: Persistence

    /// Creates an outcome.
    ///
    /// - Parameters:
    ///   - effect: the change in demand.
    ///   - service: the service whose demand changes.
    ///   - period: the period measured, or `nil` for the delivery period.
    ///   - persistence: how long the effect lasts.
    ///   - additionality: the adjustments from gross to net.
    ///   - grade: the evidence's confidence grade.
    public init(
        _ effect: MeasuredEffect, of service: TestService, period: Period? = nil,
        persistence: Persistence = .measuredPeriod, additionality: Additionality = .none,
        grade: ConfidenceGrade = .one
    ) {
        self.service = service
        self.effect = effect
        self.period = period
        self.community = nil
        self.strength = .level3
        self.grade = grade
        self.source = TestDefaults.source
        self.additionality = additionality
        self.persistence = persistence
    }
}
