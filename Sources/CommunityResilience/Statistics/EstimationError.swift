import ResilienceNumerics

/// Why an impact estimate cannot be produced from the data given. Every case names the problem
/// and the values involved; estimators never trap and never return NaN.
public enum EstimationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The panel has no rows for this service.
    case noObservations(service: String)
    /// A community named in the request is not in the panel.
    case unknownCommunity(String)
    /// A series lacks some months between its first and last; `months` lists up to five of them.
    case missingPeriods(community: String, months: [String])
    /// The same community, service and month appear more than once.
    case duplicateObservation(community: String, month: String)
    /// The model needs population denominators and the panel has none.
    case missingPopulation
    /// Too few months on one side of the intervention.
    case tooFewPeriods(side: String, found: Int, needed: Int)
    /// No treated communities were given, or none are in the panel.
    case noTreatedUnits
    /// Every community is treated: there is no comparison group.
    case noComparisonUnits
    /// Every count is zero, so there is no rate to model.
    case allZeroCounts
    /// A setting is out of range.
    case invalidSetting(name: String, value: String, requirement: String)
    /// The numerical routine failed; the underlying error names the term or field.
    case numerical(NumericsError)

    /// The value as reports and error messages show it.
    public var description: String {
        switch self {
        case .noObservations(let service):
            return "the panel has no observations for service '\(service)'"
        case .unknownCommunity(let community):
            return "community '\(community)' is not in the panel"
        case .missingPeriods(let community, let months):
            return "community '\(community)' has no observation for \(months.joined(separator: ", "))"
        case .duplicateObservation(let community, let month):
            return "community '\(community)' has more than one observation for \(month)"
        case .missingPopulation:
            return "the model needs population denominators and the panel has none"
        case .tooFewPeriods(let side, let found, let needed):
            return "\(found) \(side) months are too few; at least \(needed) are needed"
        case .noTreatedUnits:
            return "no treated communities are in the panel"
        case .noComparisonUnits:
            return "every community is treated, so there is no comparison group"
        case .allZeroCounts:
            return "every count is zero, so there is no rate to model"
        case .invalidSetting(let name, let value, let requirement):
            return "\(name): \(value) is invalid; it must be \(requirement)"
        case .numerical(let error):
            return error.description
        }
    }
}
