/// What one unit of a service's demand costs, to whom, and how sure we are — one row of a unit
/// cost database such as the GMCA (New Economy) Unit Cost Database.
///
/// A service may carry several unit costs: a fiscal cost to the NHS, a non-cashable capacity
/// cost, a social value to residents. The engine values avoided demand with all of them, split
/// by ``ValueType``, cashability and the bearing ``agency``.
public struct UnitCost: Identifiable, Hashable, Sendable, Codable {
    /// A unit cost's identifier.
    public typealias ID = Identifier<UnitCost>

    /// The identifier, unique among the scenario's unit costs.
    public var id: ID
    /// The service whose one unit of demand this prices.
    public var service: Service.ID
    /// The cost of one unit, in a stated currency and price base.
    public var amount: Money
    /// Fiscal, economic or social value.
    public var valueType: ValueType
    /// Whether avoiding the demand releases budget (cashable) or only frees capacity.
    public var isCashable: Bool
    /// The agency that bears the cost (and so gains when demand falls).
    public var agency: Agency.ID
    /// The source, precise enough to look up: database, version, reference and table.
    public var source: String
    /// The data confidence grade, which sets the optimism-bias adjustment.
    public var grade: ConfidenceGrade

    /// Creates a unit cost.
    public init(
        id: ID, service: Service.ID, amount: Money, valueType: ValueType, isCashable: Bool,
        agency: Agency.ID, source: String, grade: ConfidenceGrade
    ) {
        self.id = id
        self.service = service
        self.amount = amount
        self.valueType = valueType
        self.isCashable = isCashable
        self.agency = agency
        self.source = source
        self.grade = grade
    }

    private enum CodingKeys: String, CodingKey {
        case id, service, amount, valueType
        case isCashable = "cashable"
        case agency, source, grade
    }
}

/// The three kinds of benefit in the GMCA / HM Treasury (2014) cost-benefit method for local
/// public-service reform.
public enum ValueType: String, Hashable, Sendable, CaseIterable, Codable, Comparable {
    /// Costs to the public purse avoided (by agency); cashable or not.
    case fiscal
    /// Wider economic gains, e.g. earnings and output.
    case economic
    /// Social value: wellbeing and health valued in money.
    case social

    /// Decodes a value from its JSON form, reporting a value that breaks the type's rules at its coding path.
    public init(from decoder: any Decoder) throws {
        self = try decoder.decodeName(ValueType.self, placeholder: .social)
    }

    /// Orders values by their `order`.
    public static func < (lhs: ValueType, rhs: ValueType) -> Bool {
        lhs.order < rhs.order
    }

    private var order: Int {
        switch self {
        case .fiscal: return 0
        case .economic: return 1
        case .social: return 2
        }
    }
}
