/// A measured or reported change in demand for a service, attributed to an intervention: the
/// evidence the engine turns into demand avoided and money saved.
///
/// Evidence records how strong the design behind it is (``EvidenceStrength``, the Maryland
/// Scientific Methods Scale) and where it comes from, so that a report can say how far a figure
/// can be trusted.
public struct OutcomeEvidence: Identifiable, Hashable, Sendable, Codable {
    /// An evidence item's identifier.
    public typealias ID = Identifier<OutcomeEvidence>

    /// The identifier, unique among the scenario's evidence.
    public var id: ID
    /// The intervention the change is attributed to.
    public var intervention: Intervention.ID
    /// The service whose demand changed.
    public var service: Service.ID
    /// The community measured, or `nil` for the intervention's communities taken together.
    public var community: Community.ID?
    /// The period over which the change was measured.
    public var period: Period
    /// The change itself.
    public var effect: MeasuredEffect
    /// The strength of the evaluation design.
    public var strength: EvidenceStrength
    /// The data confidence grade of the effect, which sets its optimism-bias reduction.
    public var grade: ConfidenceGrade
    /// Where the evidence comes from.
    public var source: String
    /// Deadweight, displacement, leakage, substitution, attribution and multiplier.
    public var additionality: Additionality
    /// How long the effect lasts and how fast it fades.
    public var persistence: Persistence

    /// Creates an evidence item.
    public init(
        id: ID, intervention: Intervention.ID, service: Service.ID, community: Community.ID? = nil,
        period: Period, effect: MeasuredEffect, strength: EvidenceStrength, grade: ConfidenceGrade,
        source: String, additionality: Additionality = .none, persistence: Persistence = .measuredPeriod
    ) {
        self.id = id
        self.intervention = intervention
        self.service = service
        self.community = community
        self.period = period
        self.effect = effect
        self.strength = strength
        self.grade = grade
        self.source = source
        self.additionality = additionality
        self.persistence = persistence
    }

    private enum CodingKeys: String, CodingKey {
        case id, intervention, service, community, period, effect, strength, grade, source
        case additionality, persistence
    }

    /// Decodes a value from its JSON form, reporting a value that breaks the type's rules at its coding path.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(ID.self, forKey: .id)
        intervention = try container.decode(Intervention.ID.self, forKey: .intervention)
        service = try container.decode(Service.ID.self, forKey: .service)
        community = try container.decodeIfPresent(Community.ID.self, forKey: .community)
        period = try container.decode(Period.self, forKey: .period)
        effect = try container.decode(MeasuredEffect.self, forKey: .effect)
        strength = try container.decode(EvidenceStrength.self, forKey: .strength)
        grade = try container.decode(ConfidenceGrade.self, forKey: .grade)
        source = try container.decode(String.self, forKey: .source)
        additionality = try container.decodeIfPresent(Additionality.self, forKey: .additionality) ?? .none
        persistence = try container.decodeIfPresent(Persistence.self, forKey: .persistence) ?? .measuredPeriod
    }
}
