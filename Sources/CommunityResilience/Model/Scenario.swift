/// Everything the library knows about one appraisal: the places, the partners, the services and
/// their unit costs, the interventions and the evidence of what they changed.
///
/// A scenario is plain data. Build one in code or read one from JSON with
/// ``init(json:)``; check it with ``validate()``, which reports *every* problem with its path.
/// The engine validates before it evaluates, so an invalid scenario never produces a figure.
public struct Scenario: Hashable, Sendable {
    /// The JSON schema version this library writes.
    public static let schemaVersion = 1
    /// The JSON schema versions this library reads.
    public static let supportedSchemaVersions = [1]

    /// A short name, e.g. "Home safety checks and VCSE discharge support".
    public var name: String
    /// What the scenario appraises and for whom.
    public var summary: String
    /// The agencies that pay or benefit.
    public var agencies: [Agency]
    /// The areas, from small areas up to the bodies that hold budgets.
    public var communities: [Community]
    /// Community assets (people, organisations, places).
    public var assets: [CommunityAsset]
    /// Capacity and trust indicator values.
    public var indicators: [CommunityIndicator]
    /// The services whose demand is measured.
    public var services: [Service]
    /// What a unit of each service's demand costs, and to whom.
    public var unitCosts: [UnitCost]
    /// The interventions appraised.
    public var interventions: [Intervention]
    /// The evidence of changes in demand.
    public var evidence: [OutcomeEvidence]
    /// The labelled assumptions behind figures the evidence does not supply.
    public var assumptions: [Assumption]

    /// Creates a scenario.
    public init(
        name: String, summary: String = "", agencies: [Agency] = [], communities: [Community] = [],
        assets: [CommunityAsset] = [], indicators: [CommunityIndicator] = [], services: [Service] = [],
        unitCosts: [UnitCost] = [], interventions: [Intervention] = [], evidence: [OutcomeEvidence] = [],
        assumptions: [Assumption] = []
    ) {
        self.name = name
        self.summary = summary
        self.agencies = agencies
        self.communities = communities
        self.assets = assets
        self.indicators = indicators
        self.services = services
        self.unitCosts = unitCosts
        self.interventions = interventions
        self.evidence = evidence
        self.assumptions = assumptions
    }
}
