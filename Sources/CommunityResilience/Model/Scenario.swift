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
    public var name: String { didSet { validation = ValidationMark() } }
    /// What the scenario appraises and for whom.
    public var summary: String { didSet { validation = ValidationMark() } }
    /// The agencies that pay or benefit.
    public var agencies: [Agency] { didSet { validation = ValidationMark() } }
    /// The areas, from small areas up to the bodies that hold budgets.
    public var communities: [Community] { didSet { validation = ValidationMark() } }
    /// Community assets (people, organisations, places).
    public var assets: [CommunityAsset] { didSet { validation = ValidationMark() } }
    /// Capacity and trust indicator values.
    public var indicators: [CommunityIndicator] { didSet { validation = ValidationMark() } }
    /// The services whose demand is measured.
    public var services: [Service] { didSet { validation = ValidationMark() } }
    /// What a unit of each service's demand costs, and to whom.
    public var unitCosts: [UnitCost] { didSet { validation = ValidationMark() } }
    /// The interventions appraised.
    public var interventions: [Intervention] { didSet { validation = ValidationMark() } }
    /// The evidence of changes in demand.
    public var evidence: [OutcomeEvidence] { didSet { validation = ValidationMark() } }
    /// The labelled assumptions behind figures the evidence does not supply.
    public var assumptions: [Assumption] { didSet { validation = ValidationMark() } }

    /// Whether this value passed ``validate()``'s rules when ``init(json:)`` read it: set there and
    /// nowhere else, cleared by any change to any property (each has a `didSet`), so that
    /// ``appraise(with:)`` need not check the same scenario a second time. Ignored by `==` and
    /// hashing.
    var validation = ValidationMark()

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

/// A note, carried inside a value, that the value has been validated; see
/// ``Scenario/validation``. Every mark equals every other, so that it does not change what the
/// value equals or how it hashes.
struct ValidationMark: Hashable, Sendable {
    /// Whether the value passed validation and has not changed since.
    var isValid = false

    static func == (lhs: ValidationMark, rhs: ValidationMark) -> Bool { true }
    func hash(into hasher: inout Hasher) {}
}
