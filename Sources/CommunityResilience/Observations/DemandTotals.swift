/// A panel's demand totalled by group, service and month: the dense table that
/// ``DemandPanel/totals(by:)`` produces — for example the 309 local authorities × 10 services ×
/// 120 months of England's LSOA panel.
///
/// The table is stored group-major: the cell of group `g`, service `s` and month offset `m` is
/// at ``index(group:service:monthOffset:)`` = (g × services + s) × months + m in ``counts``,
/// ``populations`` and ``rowCounts``. Every group, service and month of the panel's span has a
/// cell; a cell no row reached holds zero and a row count of zero.
public struct DemandTotals: Hashable, Sendable {
    /// The groups, in order of their first member's community code in the panel.
    public let groups: [Community.ID]
    /// The services, in the panel's code order.
    public let services: [Service.ID]
    /// The months from the panel's first to its last, or `nil` for an empty panel.
    public let period: Period?
    /// Per cell: the sum of the counts.
    public let counts: [Double]
    /// Per cell: the sum of the populations, or `nil` when the panel has none.
    public let populations: [Double]?
    /// Per cell: how many rows were added into it.
    public let rowCounts: [Int]
    /// Rows whose community belongs to no group, and so are in no cell.
    public let unassignedRowCount: Int

    /// The number of months in ``period`` (zero for an empty panel).
    public var monthCount: Int { period?.monthCount ?? 0 }

    /// Creates totals from their parts; ``DemandPanel/totals(by:)`` is the usual way.
    init(
        groups: [Community.ID], services: [Service.ID], period: Period?, counts: [Double], populations: [Double]?,
        rowCounts: [Int], unassignedRowCount: Int
    ) {
        assert(counts.count == groups.count * services.count * (period?.monthCount ?? 0))
        self.groups = groups
        self.services = services
        self.period = period
        self.counts = counts
        self.populations = populations
        self.rowCounts = rowCounts
        self.unassignedRowCount = unassignedRowCount
    }

    /// The position of a cell in ``counts``, ``populations`` and ``rowCounts``.
    ///
    /// - Parameters:
    ///   - group: A position in ``groups``.
    ///   - service: A position in ``services``.
    ///   - monthOffset: Months after the first month of ``period``.
    /// - Returns: (group × services + service) × months + monthOffset, or `nil` when a position
    ///   is out of range.
    public func index(group: Int, service: Int, monthOffset: Int) -> Int? {
        guard groups.indices.contains(group), services.indices.contains(service),
            (0..<monthCount).contains(monthOffset)
        else { return nil }
        return (group * services.count + service) * monthCount + monthOffset
    }

    /// The monthly series of one group's demand for one service — the input of an
    /// ``InterruptedTimeSeries`` per local authority.
    ///
    /// The series runs from the first to the last month in which the group has rows for the
    /// service. Every month in between must total the same number of rows (every member
    /// community, every month): a month with fewer rows would silently lower the total, so it
    /// is refused.
    ///
    /// - Parameters:
    ///   - group: A position in ``groups``.
    ///   - service: A position in ``services``.
    /// - Returns: The series, with populations when the panel has them.
    /// - Throws: ``EstimationError/noObservations(service:)`` when the group has no rows for the
    ///   service (or a position is out of range), ``EstimationError/missingPeriods(community:months:)``
    ///   naming up to five months with fewer rows than the others, or the ``MonthlySeries``
    ///   checks (a zero population cannot be an offset).
    /// - Complexity: O(months).
    public func series(group: Int, service: Int) throws(EstimationError) -> MonthlySeries {
        guard let start = index(group: group, service: service, monthOffset: 0), let period else {
            throw .noObservations(
                service: services.indices.contains(service) ? services[service].rawValue : "#\(service)")
        }
        let cells = start..<(start + monthCount)
        guard let first = cells.first(where: { rowCounts[$0] > 0 }), let last = cells.last(where: { rowCounts[$0] > 0 })
        else {
            throw .noObservations(service: services[service].rawValue)
        }
        let expected = rowCounts[cells].max() ?? 0
        let short = (first...last).filter { rowCounts[$0] != expected }
        guard short.isEmpty else {
            throw .missingPeriods(
                community: groups[group].rawValue,
                months: short.prefix(5).map { period.first.advanced(by: $0 - start).description })
        }
        let months = (first...last).map { period.first.advanced(by: $0 - start) }
        return try MonthlySeries(
            months: months, counts: Array(counts[first...last]),
            populations: populations.map { Array($0[first...last]) })
    }

    /// The monthly series of one group's demand for one service, by identifier.
    ///
    /// - Parameters:
    ///   - group: A group in ``groups``.
    ///   - service: A service in ``services``.
    /// - Returns: As ``series(group:service:)-(Int,Int)``.
    /// - Throws: ``EstimationError/unknownCommunity(_:)`` for a group not in the table, and as
    ///   ``series(group:service:)-(Int,Int)``.
    public func series(group: Community.ID, service: Service.ID) throws(EstimationError) -> MonthlySeries {
        guard let groupIndex = groups.firstIndex(of: group) else { throw .unknownCommunity(group.rawValue) }
        guard let serviceIndex = services.firstIndex(of: service) else {
            throw .noObservations(service: service.rawValue)
        }
        return try series(group: groupIndex, service: serviceIndex)
    }
}
