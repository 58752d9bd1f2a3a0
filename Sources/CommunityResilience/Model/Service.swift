/// A public service whose demand community-led work aims to change: A&E, GP appointments,
/// ambulance call-outs, fire incidents.
public struct Service: Identifiable, Hashable, Sendable, Codable {
    /// A service's identifier.
    public typealias ID = Identifier<Service>

    /// The identifier, unique among the scenario's services.
    public var id: ID
    /// A readable name, e.g. "A&E, Whiston Hospital".
    public var name: String
    /// The agency that runs the service (and usually bears the cost of its demand).
    public var agency: Agency.ID
    /// What one unit of demand is.
    public var measure: DemandMeasure

    /// Creates a service.
    public init(id: ID, name: String, agency: Agency.ID, measure: DemandMeasure) {
        self.id = id
        self.name = name
        self.agency = agency
        self.measure = measure
    }
}

/// What one unit of a service's demand is, with its unit's name for reports
/// ("130 A&E attendances").
public enum DemandMeasure: Hashable, Sendable {
    case accidentAndEmergencyAttendance
    case nonElectiveAdmission
    case gpAppointment
    case hospitalBedDay
    case delayedDischargeDay
    case ambulanceCallOut
    case fireIncident
    case policeCallOut
    /// A measure of the caller's own; `unit` is the singular unit name, e.g. "home visit".
    case custom(unit: String)

    /// The standard measures with their JSON names.
    static let standard: [(name: String, measure: DemandMeasure)] = [
        ("accidentAndEmergencyAttendance", .accidentAndEmergencyAttendance),
        ("nonElectiveAdmission", .nonElectiveAdmission),
        ("gpAppointment", .gpAppointment),
        ("hospitalBedDay", .hospitalBedDay),
        ("delayedDischargeDay", .delayedDischargeDay),
        ("ambulanceCallOut", .ambulanceCallOut),
        ("fireIncident", .fireIncident),
        ("policeCallOut", .policeCallOut),
    ]

    /// The singular unit name, e.g. "A&E attendance".
    public var unitName: String {
        switch self {
        case .accidentAndEmergencyAttendance: return "A&E attendance"
        case .nonElectiveAdmission: return "non-elective admission"
        case .gpAppointment: return "GP appointment"
        case .hospitalBedDay: return "hospital bed day"
        case .delayedDischargeDay: return "delayed discharge day"
        case .ambulanceCallOut: return "ambulance call-out"
        case .fireIncident: return "fire incident"
        case .policeCallOut: return "police call-out"
        case .custom(let unit): return unit
        }
    }

    /// The plural unit name, e.g. "A&E attendances", "bed days".
    public var pluralUnitName: String {
        let singular = unitName
        return singular.hasSuffix("s") ? singular : singular + "s"
    }
}

extension DemandMeasure: Codable {
    private enum CodingKeys: String, CodingKey { case custom }

    /// Standard measures decode from their name (`"gpAppointment"`); custom ones from
    /// `{"custom": "home visit"}`.
    public init(from decoder: any Decoder) throws {
        if let text = try? decoder.singleValueContainer().decode(String.self) {
            if let match = DemandMeasure.standard.first(where: { $0.name == text }) {
                self = match.measure
                return
            }
            let names = DemandMeasure.standard.map(\.name).joined(separator: ", ")
            let issue = ValidationIssue(.malformed(text, expected: "one of \(names), or {\"custom\": \"unit name\"}"))
            self = try decoder.recover(from: issue, placeholder: .custom(unit: text))
            return
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self = .custom(unit: try container.decode(String.self, forKey: .custom))
    }

    /// Encodes the value in the JSON form that `init(from:)` reads.
    public func encode(to encoder: any Encoder) throws {
        if case .custom(let unit) = self {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(unit, forKey: .custom)
        } else if let match = DemandMeasure.standard.first(where: { $0.measure == self }) {
            var container = encoder.singleValueContainer()
            try container.encode(match.name)
        }
    }
}
