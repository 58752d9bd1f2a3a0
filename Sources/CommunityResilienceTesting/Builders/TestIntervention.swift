import CommunityResilience

/// An intervention as a test describes it: one cost line and one outcome, with everything else
/// defaulted to values that keep the arithmetic checkable by hand (see ``TestDefaults``).
///
/// ```swift
/// // "Our falls-prevention service avoids 40 ambulance call-outs a year."
/// let falls = TestIntervention.testing(avoids: 40, of: .ambulanceCallOut)
/// let scenario = try Scenario.testing(intervention: falls)
/// ```
///
/// ``CommunityResilience/Scenario/testing(name:interventions:communities:)`` turns it into an ``CommunityResilience/Intervention``, a
/// ``CommunityResilience/Service`` and its ``CommunityResilience/UnitCost``, and an ``CommunityResilience/OutcomeEvidence`` item.
public struct TestIntervention: Hashable, Sendable {
    /// The intervention's identifier; its evidence is `ev-` followed by it.
    public var id: Intervention.ID
    /// A short name.
    public var name: String
    /// The months of delivery: by default the whole of 2024-25.
    public var delivery: Period
    /// How many people take part over the whole delivery period (for per-participant costs).
    public var participants: Int
    /// The communities served, or `nil` for every community in the scenario.
    public var communities: [Community.ID]?
    /// The one cost line.
    public var cost: TestCost
    /// The one outcome.
    public var outcome: TestOutcome

    /// Creates an intervention.
    ///
    /// - Parameters:
    ///   - id: the identifier.
    ///   - name: a short name.
    ///   - outcome: the change in demand it brings about.
    ///   - cost: what it costs.
    public init(
        id: Intervention.ID = "test-intervention", name: String = "Test intervention", outcome: TestOutcome,
        cost: TestCost = TestCost()
    ) {
        self.id = id
        self.name = name
        self.delivery = TestDefaults.period
        self.participants = TestDefaults.participants
        self.communities = nil
        self.cost = cost
        self.outcome = outcome
    }

    /// An intervention that avoids `units` units of a service's demand over its delivery year.
    ///
    /// With every other default, its present value of benefits is `units` × the service's unit
    /// cost, and its present value of costs is `cost`.
    ///
    /// - Parameters:
    ///   - id: the identifier.
    ///   - units: units of demand avoided over the period measured (by default the delivery
    ///     year, so also per year); negative for an increase.
    ///   - service: the service whose demand falls, with its unit cost.
    ///   - cost: the one-off cost of delivery.
    /// - Returns: the intervention.
    public static func testing(
        id: Intervention.ID = "test-intervention", avoids units: Double, of service: TestService,
        costing cost: TestAmount = TestDefaults.costAmount
    ) -> TestIntervention {
        testing(id: id, .absoluteReduction(units: units), of: service, costing: cost)
    }

    /// An intervention with any measured effect: relative, before-and-after, cohort or estimate.
    ///
    /// ```swift
    /// .testing(.relativeReduction(try .percent(60), baselinePerYear: 1_000), of: .gpAppointment)
    /// ```
    ///
    /// - Parameters:
    ///   - id: the identifier.
    ///   - effect: the change in demand over the period measured.
    ///   - service: the service whose demand changes, with its unit cost.
    ///   - cost: the one-off cost of delivery.
    /// - Returns: the intervention.
    public static func testing(
        id: Intervention.ID = "test-intervention", _ effect: MeasuredEffect, of service: TestService,
        costing cost: TestAmount = TestDefaults.costAmount
    ) -> TestIntervention {
        TestIntervention(id: id, outcome: TestOutcome(effect, of: service), cost: TestCost(cost))
    }
}
