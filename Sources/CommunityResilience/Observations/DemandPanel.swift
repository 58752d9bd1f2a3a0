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
    /// Where each row sits, when the rows form a complete community × service × month grid in
    /// order; `nil` otherwise. Kernels use it to read a series as a contiguous run of rows
    /// without looking at the code columns. Only the columnar initialiser
    /// ``init(communities:services:communityCodes:serviceCodes:monthIndices:counts:populations:)``
    /// detects a grid; ``append(_:)`` clears it.
    public private(set) var gridLayout: GridLayout?
    /// The smallest and largest month index in the panel (``Int32/max`` and ``Int32/min`` when
    /// empty), kept up to date so that kernels know the month span without a pass over the rows.
    /// Deliberately without a default value, so that every initialiser must set it.
    var monthBounds: (first: Int32, last: Int32)

    /// An empty panel.
    public init() {
        monthBounds = (.max, .min)
    }

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
        self.monthBounds = ColumnCheck.bounds(monthIndices)
        self.gridLayout = ColumnCheck.gridLayout(
            communityCount: communities.count, serviceCount: services.count, communityCodes: communityCodes,
            serviceCodes: serviceCodes, monthIndices: monthIndices)
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
        let month = monthIndices[monthIndices.count - 1]
        monthBounds = (min(monthBounds.first, month), max(monthBounds.last, month))
        gridLayout = nil
    }

    /// The months from the panel's first to its last, or `nil` for an empty panel.
    public var period: Period? {
        guard monthBounds.first <= monthBounds.last,
            let first = try? Month(index: Int(monthBounds.first)),
            let last = try? Month(index: Int(monthBounds.last))
        else { return nil }
        return Period(first...last)
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

    /// Creates a panel from whole columns — the fast way to load millions of rows (from a file
    /// reader or a generator), checked in a few vectorised passes instead of row by row.
    ///
    /// Codes index `communities` and `services`; months are ``Month/index`` values. When the rows
    /// form a complete grid in order — every community's every service's every month, community
    /// by community, service by service within a community, months consecutive — the panel
    /// records it in ``gridLayout``, which lets aggregation and difference-in-differences read
    /// each series as one contiguous run.
    ///
    /// - Parameters:
    ///   - communities: The community identifiers, unique; a row's community code is a position
    ///     in this list.
    ///   - services: The service identifiers, unique; indexed by the service codes.
    ///   - communityCodes: Per row, a position in `communities`.
    ///   - serviceCodes: Per row, a position in `services`.
    ///   - monthIndices: Per row, a ``Month/index`` within ``Month/supportedIndices``.
    ///   - counts: Per row, a finite, non-negative count.
    ///   - populations: Per row, a finite, non-negative population, or `nil` for none.
    /// - Throws: ``ValidationIssue`` for the first problem, located at the column and row
    ///   (`counts[17]`), or at `communities[i]` for a repeated identifier, or at the column whose
    ///   length differs from `communityCodes`.
    /// - Complexity: O(rows), a few sequential passes; the arrays are kept, not copied.
    public init(
        communities: [Community.ID], services: [Service.ID], communityCodes: [Int32], serviceCodes: [Int32],
        monthIndices: [Int32], counts: [Double], populations: [Double]? = nil
    ) throws(ValidationIssue) {
        var communityTable = CodeTable<Community>()
        for (index, community) in communities.enumerated() {
            guard try communityTable.encode(community) == Int32(index) else {
                throw ValidationIssue(
                    .duplicateIdentifier(community.rawValue), at: FieldPath.root.appending("communities", index: index))
            }
        }
        var serviceTable = CodeTable<Service>()
        for (index, service) in services.enumerated() {
            guard try serviceTable.encode(service) == Int32(index) else {
                throw ValidationIssue(
                    .duplicateIdentifier(service.rawValue), at: FieldPath.root.appending("services", index: index))
            }
        }
        let checked = try ColumnCheck.run(
            communityCount: communities.count, serviceCount: services.count, communityCodes: communityCodes,
            serviceCodes: serviceCodes, monthIndices: monthIndices, counts: counts, populations: populations)
        self.communities = communityTable
        self.services = serviceTable
        self.communityCodes = communityCodes
        self.serviceCodes = serviceCodes
        self.monthIndices = monthIndices
        self.counts = counts
        self.populations = counts.isEmpty ? [] : populations ?? []
        self.gridLayout = checked.layout
        self.monthBounds = checked.monthBounds
    }

    private static func check(_ value: Double, field: String) throws(ValidationIssue) {
        guard value.isFinite else { throw ValidationIssue(.notFinite("\(value)"), at: FieldPath(stringLiteral: field)) }
        guard value >= 0 else { throw ValidationIssue(.negative("\(value)"), at: FieldPath(stringLiteral: field)) }
    }
}
