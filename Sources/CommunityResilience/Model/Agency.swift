/// An organisation — or group of people — that bears a cost or receives a benefit: an NHS acute
/// trust, a council's adult social care, a fire and rescue service, residents themselves.
///
/// Agencies are what make "who pays, who gains" answerable: every cost line names its funder and
/// every unit cost the agency whose demand falls. The standard agencies below cover the usual
/// partners; a scenario may define its own (a specific trust, a housing association).
public struct Agency: Identifiable, Hashable, Sendable, Codable {
    /// An agency's identifier.
    public typealias ID = Identifier<Agency>

    /// The identifier, unique among the scenario's agencies.
    public var id: ID
    /// A readable name.
    public var name: String
    /// The part of the public, voluntary or private sphere it belongs to.
    public var sector: Sector

    /// Creates an agency.
    public init(id: ID, name: String, sector: Sector) {
        self.id = id
        self.name = name
        self.sector = sector
    }

    /// Sectors, following the GMCA unit cost database's agency groupings, plus NHS integrated care
    /// boards, which commission services and hold the budgets that benefit.
    public enum Sector: String, Hashable, Sendable, CaseIterable, Codable {
        case integratedCareBoard, nhsAcute, primaryCare, ambulance, mentalHealth, adultSocialCare
        case childrensServices, police, fireAndRescue, housing, welfare, voluntaryAndCommunity, residents, other

        /// Decodes a value from its JSON form, reporting a value that breaks the type's rules at its coding path.
        public init(from decoder: any Decoder) throws {
            self = try decoder.decodeName(Sector.self, placeholder: .other)
        }
    }

    /// NHS acute hospital trust (A&E, admissions, bed days).
    public static let nhsAcuteTrust = Agency(id: "nhs-acute", name: "NHS acute trust", sector: .nhsAcute)
    /// General practice and other primary care.
    public static let primaryCare = Agency(id: "primary-care", name: "Primary care", sector: .primaryCare)
    /// NHS ambulance service.
    public static let ambulanceService = Agency(id: "ambulance", name: "Ambulance service", sector: .ambulance)
    /// NHS mental health services.
    public static let mentalHealth = Agency(id: "mental-health", name: "Mental health services", sector: .mentalHealth)
    /// Council adult social care.
    public static let adultSocialCare = Agency(
        id: "adult-social-care", name: "Adult social care", sector: .adultSocialCare)
    /// Council children's services.
    public static let childrensServices = Agency(
        id: "childrens-services", name: "Children's services", sector: .childrensServices)
    /// Police force.
    public static let police = Agency(id: "police", name: "Police", sector: .police)
    /// Fire and rescue service.
    public static let fireAndRescue = Agency(id: "fire-rescue", name: "Fire and rescue service", sector: .fireAndRescue)
    /// Housing provider or council housing service.
    public static let housing = Agency(id: "housing", name: "Housing", sector: .housing)
    /// Department for Work and Pensions (welfare).
    public static let welfare = Agency(id: "dwp", name: "Department for Work and Pensions", sector: .welfare)
    /// Voluntary, community and social enterprise sector.
    public static let voluntarySector = Agency(
        id: "vcse", name: "Voluntary and community sector", sector: .voluntaryAndCommunity)
    /// Residents themselves (for social value that accrues to people, not budgets).
    public static let residents = Agency(id: "residents", name: "Residents", sector: .residents)

    /// The standard agencies, in the order above.
    public static let standard: [Agency] = [
        .nhsAcuteTrust, .primaryCare, .ambulanceService, .mentalHealth, .adultSocialCare,
        .childrensServices, .police, .fireAndRescue, .housing, .welfare, .voluntarySector, .residents,
    ]
}
