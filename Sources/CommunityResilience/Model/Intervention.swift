/// A piece of community-led work being appraised: a fire service home safety check programme,
/// a social prescribing service, voluntary partners in hospital discharge.
public struct Intervention: Identifiable, Hashable, Sendable, Codable {
    /// An intervention's identifier.
    public typealias ID = Identifier<Intervention>

    /// The identifier, unique among the scenario's interventions.
    public var id: ID
    /// A short name.
    public var name: String
    /// What is done, by whom, for whom.
    public var summary: String
    /// The agencies that deliver it.
    public var deliveryPartners: [Agency.ID]
    /// The communities it serves.
    public var communities: [Community.ID]
    /// The first month of delivery.
    public var start: Month
    /// The last month of delivery (inclusive).
    public var end: Month
    /// What it costs and who pays.
    public var costs: [CostLine]
    /// How many people take part over the whole delivery period.
    public var participants: Int
    /// The services whose demand it aims to change.
    public var targetServices: [Service.ID]

    /// Creates an intervention.
    public init(
        id: ID, name: String, summary: String = "", deliveryPartners: [Agency.ID],
        communities: [Community.ID], start: Month, end: Month, costs: [CostLine],
        participants: Int, targetServices: [Service.ID]
    ) {
        self.id = id
        self.name = name
        self.summary = summary
        self.deliveryPartners = deliveryPartners
        self.communities = communities
        self.start = start
        self.end = end
        self.costs = costs
        self.participants = participants
        self.targetServices = targetServices
    }

    /// The delivery period, or `nil` when ``end`` is before ``start`` (which validation reports).
    public var deliveryPeriod: Period? {
        try? Period(from: start, through: end)
    }
}

extension Intervention {
    private enum CodingKeys: String, CodingKey {
        case id, name, summary, deliveryPartners, communities, start, end, costs, participants, targetServices
    }

    /// Decodes an intervention; `participants` must be a whole number that fits an `Int`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(ID.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        summary = try container.decode(String.self, forKey: .summary)
        deliveryPartners = try container.decode([Agency.ID].self, forKey: .deliveryPartners)
        communities = try container.decode([Community.ID].self, forKey: .communities)
        start = try container.decode(Month.self, forKey: .start)
        end = try container.decode(Month.self, forKey: .end)
        costs = try container.decode([CostLine].self, forKey: .costs)
        participants = try container.decodeWholeNumber(forKey: .participants)
        targetServices = try container.decode([Service.ID].self, forKey: .targetServices)
    }
}

/// One line of an intervention's costs, with the agency that funds it.
public struct CostLine: Hashable, Sendable, Codable {
    /// How the amount accrues.
    public enum Basis: String, Hashable, Sendable, CaseIterable, Codable {
        /// Once, at the start of delivery (set-up, equipment, training).
        case oneOff
        /// Every year of delivery, pro rata for part years.
        case annual
        /// For each participant.
        case perParticipant

        /// Decodes a value from its JSON form, reporting a value that breaks the type's rules at its coding path.
        public init(from decoder: any Decoder) throws {
            self = try decoder.decodeName(Basis.self, placeholder: .oneOff)
        }
    }

    /// What the cost is for.
    public var item: String
    /// How the amount accrues.
    public var basis: Basis
    /// The amount per occurrence (per year, per participant, or once).
    public var amount: Money
    /// The agency that pays.
    public var funder: Agency.ID
    /// The data confidence grade, which sets the optimism-bias uplift on this cost.
    public var grade: ConfidenceGrade

    /// Creates a cost line.
    public init(item: String, basis: Basis, amount: Money, funder: Agency.ID, grade: ConfidenceGrade) {
        self.item = item
        self.basis = basis
        self.amount = amount
        self.funder = funder
        self.grade = grade
    }
}
