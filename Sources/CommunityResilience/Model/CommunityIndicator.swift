/// A measured value of a community's capacity or trust, such as its volunteering rate or the
/// share of residents who trust their neighbours.
///
/// The community-knowledge module builds a composite capacity-and-trust index from these
/// (OECD/JRC *Handbook on Constructing Composite Indicators*, 2008).
public struct CommunityIndicator: Hashable, Sendable, Codable {
    /// The community measured.
    public var community: Community.ID
    /// The indicator's name, e.g. "volunteering rate" — the same name across communities so that
    /// values can be compared.
    public var name: String
    /// The measured value (finite).
    public var value: Double
    /// The value's unit.
    public var unit: IndicatorUnit
    /// The period the value refers to.
    public var period: Period
    /// Where the value comes from (survey, register, year).
    public var source: String

    /// Creates an indicator value.
    public init(
        community: Community.ID, name: String, value: Double, unit: IndicatorUnit, period: Period,
        source: String
    ) {
        self.community = community
        self.name = name
        self.value = value
        self.unit = unit
        self.period = period
        self.source = source
    }

    private enum CodingKeys: String, CodingKey { case community, name, value, unit, period, source }

    /// Decodes a value from its JSON form, reporting a value that breaks the type's rules at its coding path.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        community = try container.decode(Community.ID.self, forKey: .community)
        name = try container.decode(String.self, forKey: .name)
        value = try container.decode(Double.self, forKey: .value)
        unit = try container.decode(IndicatorUnit.self, forKey: .unit)
        period = try container.decode(Period.self, forKey: .period)
        source = try container.decode(String.self, forKey: .source)
    }
}

/// The unit an indicator is measured in.
public enum IndicatorUnit: String, Hashable, Sendable, CaseIterable, Codable {
    /// A percentage of residents or households (0–100).
    case percent
    /// A count per 1,000 residents.
    case perThousandResidents
    /// A plain count.
    case count
    /// A score on a survey or index scale.
    case score

    /// Decodes a value from its JSON form, reporting a value that breaks the type's rules at its coding path.
    public init(from decoder: any Decoder) throws {
        self = try decoder.decodeName(IndicatorUnit.self, placeholder: .count)
    }
}
