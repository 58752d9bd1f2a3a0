/// Demand observations — community × service × month counts, with population denominators —
/// stored column by column for national-scale work.
///
/// Every LSOA in England (33,755) × 10 services × 120 months is about 40 million rows. Held as
/// an array of structs with string identifiers that would take gigabytes and scan slowly; here
/// each row is a 4-byte community code, a 4-byte service code, a 4-byte month index and an
/// 8-byte count (plus an 8-byte population when supplied): 20–28 bytes a row, about 1.1 GB for
/// the whole of England, in contiguous arrays that kernels read at memory speed.
///
/// Rows are validated as they are appended (no negative, NaN or infinite counts or populations);
/// a panel either has a population for every row or for none.
public struct DemandPanel: Sendable {
    /// Community identifiers and their codes.
    public private(set) var communities = CodeTable<Community>()
    /// Service identifiers and their codes.
    public private(set) var services = CodeTable<Service>()
    /// Per row: the community's code in ``communities``.
    public private(set) var communityCodes: [Int32] = []
    /// Per row: the service's code in ``services``.
    public private(set) var serviceCodes: [Int32] = []
    /// Per row: the month's ``Month/index``.
    public private(set) var monthIndices: [Int32] = []
    /// Per row: the count.
    public private(set) var counts: [Double] = []
    /// Per row: the population denominator; empty when the panel has no populations.
    public private(set) var populations: [Double] = []

    /// An empty panel.
    public init() {}

    /// Assembles a panel from columns that a bulk importer (the CSV reader) has already checked
    /// row by row with the same rules as ``append(_:)``, so that 10 million rows are moved in,
    /// not appended one at a time through string identifiers.
    init(
        communities: CodeTable<Community>, services: CodeTable<Service>, communityCodes: [Int32],
        serviceCodes: [Int32], monthIndices: [Int32], counts: [Double], populations: [Double]
    ) {
        assert(communityCodes.count == counts.count && serviceCodes.count == counts.count)
        assert(monthIndices.count == counts.count && (populations.isEmpty || populations.count == counts.count))
        self.communities = communities
        self.services = services
        self.communityCodes = communityCodes
        self.serviceCodes = serviceCodes
        self.monthIndices = monthIndices
        self.counts = counts
        self.populations = populations
    }

    /// The number of rows.
    public var count: Int { counts.count }

    /// Whether every row carries a population.
    public var hasPopulations: Bool { !populations.isEmpty || counts.isEmpty }

    /// Reserves storage for `rows` rows, so that filling a large panel allocates once.
    public mutating func reserveCapacity(_ rows: Int) {
        communityCodes.reserveCapacity(rows)
        serviceCodes.reserveCapacity(rows)
        monthIndices.reserveCapacity(rows)
        counts.reserveCapacity(rows)
        populations.reserveCapacity(rows)
    }

    /// Appends one observation.
    ///
    /// - Throws: ``ValidationIssue`` at `count` or `population` for a negative or non-finite
    ///   value, or when the row's population presence differs from earlier rows'. The panel is
    ///   unchanged when it throws.
    /// - Complexity: amortised O(1).
    public mutating func append(_ observation: DemandObservation) throws(ValidationIssue) {
        try DemandPanel.check(observation.count, field: "count")
        if let population = observation.population {
            try DemandPanel.check(population, field: "population")
        }
        guard counts.isEmpty || (observation.population != nil) == !populations.isEmpty else {
            throw ValidationIssue(
                .inconsistent("every row of a panel must have a population, or none must"), at: "population")
        }
        let community = try communities.encode(observation.community)
        let service = try services.encode(observation.service)
        communityCodes.append(community)
        serviceCodes.append(service)
        monthIndices.append(Int32(truncatingIfNeeded: observation.month.index))
        counts.append(observation.count)
        if let population = observation.population { populations.append(population) }
    }

    /// Appends every observation, stopping at the first invalid one.
    ///
    /// - Throws: the first row's issue, located at `[i]` (its position in `observations`).
    public mutating func append<S: Sequence>(contentsOf observations: S) throws(ValidationIssue)
    where S.Element == DemandObservation {
        for (index, observation) in observations.enumerated() {
            do {
                try append(observation)
            } catch {
                throw error.located(under: FieldPath.root.appending(index: index))
            }
        }
    }

    /// The observation in row `row`, or `nil` when out of range.
    public func observation(at row: Int) -> DemandObservation? {
        guard counts.indices.contains(row),
            let community = communities.identifier(for: communityCodes[row]),
            let service = services.identifier(for: serviceCodes[row]),
            let month = try? Month(index: Int(monthIndices[row]))
        else { return nil }
        return DemandObservation(
            community: community, service: service, month: month, count: counts[row],
            population: populations.isEmpty ? nil : populations[row])
    }

    private static func check(_ value: Double, field: String) throws(ValidationIssue) {
        guard value.isFinite else { throw ValidationIssue(.notFinite("\(value)"), at: FieldPath(stringLiteral: field)) }
        guard value >= 0 else { throw ValidationIssue(.negative("\(value)"), at: FieldPath(stringLiteral: field)) }
    }
}
