/// What area-level spend is shared out by: residents, recorded demand, or weights of the
/// caller's own.
///
/// Apportioning by a driver is the usual cost-apportionment step (CIPFA, *Service Reporting Code
/// of Practice*, on sharing support-service costs by a measure of use): a cost known for a whole
/// area is shared in proportion to a measure of each part's use. Population is the neutral default; demand counts follow use more closely when
/// they exist.
public enum ApportionmentDriver: Sendable {
    /// Residents in `year` (``Community/population(in:)``: nearest earlier year, else later).
    case population(year: Int)
    /// Demand recorded in a ``DemandPanel`` for the months of the record's period: for the
    /// record's own service, or for the services listed.
    case demand(DemandPanel, services: DemandServices = .recordService)
    /// Weights of the caller's own (e.g. households, bed days, caseload); every community shared
    /// among needs a finite, non-negative weight.
    case weights([Community.ID: Double])

    /// Which services' demand drives the share.
    public enum DemandServices: Hashable, Sendable {
        /// The service the spend record names.
        case recordService
        /// These services, whatever the record names (e.g. all emergency services).
        case services(Set<Service.ID>)
        /// Every service in the panel.
        case all
    }

    /// A short description for explanations, e.g. "population in 2023".
    public var description: String {
        switch self {
        case .population(let year): return "population in \(year)"
        case .demand(_, let services):
            switch services {
            case .recordService: return "demand for the record's service"
            case .services(let set): return "demand for \(set.map(\.rawValue).sorted().joined(separator: ", "))"
            case .all: return "demand for all services"
            }
        case .weights: return "caller-supplied weights"
        }
    }
}

/// The level spend is apportioned to.
public enum ApportionmentLevel: Hashable, Sendable {
    /// The smallest areas: communities with no children.
    case smallestAreas
    /// Communities of one kind, e.g. `.ward`. A record below that level is credited to its
    /// ancestor of the kind.
    case kind(AreaKind)
}
