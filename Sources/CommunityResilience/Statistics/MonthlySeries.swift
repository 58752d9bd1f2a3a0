import ResilienceNumerics

/// One service's demand as a gap-free monthly series, summed over a set of communities: the
/// input of an interrupted time series.
public struct MonthlySeries: Hashable, Sendable {
    /// The months, consecutive, first to last.
    public let months: [Month]
    /// Demand in each month.
    public let counts: [Double]
    /// Population in each month, when the panel has populations.
    public let populations: [Double]?

    /// Creates a series from its columns.
    ///
    /// - Throws: ``EstimationError`` when the columns differ in length, months are not
    ///   consecutive, or a value is negative or not finite.
    public init(months: [Month], counts: [Double], populations: [Double]? = nil) throws(EstimationError) {
        guard counts.count == months.count, populations.map({ $0.count == months.count }) ?? true else {
            throw .invalidSetting(
                name: "counts", value: "\(counts.count) values for \(months.count) months",
                requirement: "one value per month")
        }
        for index in months.indices.dropFirst() where months[index].index != months[index - 1].index + 1 {
            throw .missingPeriods(community: "series", months: [months[index - 1].advanced(by: 1).description])
        }
        for (index, value) in counts.enumerated() where !(value.isFinite && value >= 0) {
            throw .numerical(
                .invalidParameter(name: "counts[\(index)]", value: value, requirement: "finite and not negative"))
        }
        if let populations {
            for (index, value) in populations.enumerated() where !(value.isFinite && value > 0) {
                throw .numerical(
                    .invalidParameter(name: "populations[\(index)]", value: value, requirement: "finite and positive"))
            }
        }
        self.months = months
        self.counts = counts
        self.populations = populations
    }

    /// Sums a panel's demand for `service` over `communities` (all communities when `nil`) into
    /// one monthly series — the pooled series of an interrupted time series.
    ///
    /// Every community must have every month from the panel's first month for the service to its
    /// last, once: a gap would silently lower the sum.
    ///
    /// - Throws: ``EstimationError/missingPeriods(community:months:)``,
    ///   ``EstimationError/duplicateObservation(community:month:)``,
    ///   ``EstimationError/unknownCommunity(_:)`` or ``EstimationError/noObservations(service:)``.
    /// - Complexity: O(rows in the panel).
    public init(panel: DemandPanel, service: Service.ID, communities: [Community.ID]? = nil) throws(EstimationError) {
        let grid = try PanelGrid(panel: panel, service: service, communities: communities)
        var counts = [Double](repeating: 0, count: grid.monthCount)
        var populations = [Double](repeating: 0, count: grid.monthCount)
        for unit in 0..<grid.unitCount {
            for month in 0..<grid.monthCount {
                counts[month] += grid.counts[unit * grid.monthCount + month]
                populations[month] += grid.populations?[unit * grid.monthCount + month] ?? 0
            }
        }
        try self.init(months: grid.months, counts: counts, populations: grid.populations == nil ? nil : populations)
    }
}

/// A balanced community × month grid of one service's counts, built from a panel in one pass.
struct PanelGrid {
    let units: [Community.ID]
    let months: [Month]
    /// Row-major: unit × month.
    let counts: [Double]
    let populations: [Double]?

    var unitCount: Int { units.count }
    var monthCount: Int { months.count }

    init(panel: DemandPanel, service: Service.ID, communities: [Community.ID]?) throws(EstimationError) {
        guard let serviceCode = panel.services.code(for: service) else {
            throw .noObservations(service: service.rawValue)
        }
        // Which panel community codes are wanted, and their unit positions.
        var unitOf = [Int32](repeating: -1, count: panel.communities.count)
        var units: [Community.ID] = []
        if let communities {
            for community in communities {
                guard let code = panel.communities.code(for: community) else {
                    throw .unknownCommunity(community.rawValue)
                }
                if unitOf[Int(code)] < 0 {
                    unitOf[Int(code)] = Int32(units.count)
                    units.append(community)
                }
            }
        }
        var first = Int32.max
        var last = Int32.min
        panel.serviceCodes.withUnsafeBufferPointer { services in
            panel.monthIndices.withUnsafeBufferPointer { months in
                for row in 0..<services.count where services[row] == serviceCode {
                    first = min(first, months[row])
                    last = max(last, months[row])
                }
            }
        }
        guard first <= last else { throw .noObservations(service: service.rawValue) }
        if communities == nil {
            // Every community with this service, in code order.
            var seen = [Bool](repeating: false, count: panel.communities.count)
            for row in 0..<panel.count where panel.serviceCodes[row] == serviceCode {
                seen[Int(panel.communityCodes[row])] = true
            }
            for code in seen.indices where seen[code] {
                unitOf[code] = Int32(units.count)
                units.append(panel.communities.identifiers[code])
            }
        }
        let monthCount = Int(last - first) + 1
        var counts = [Double](repeating: 0, count: units.count * monthCount)
        var populations = [Double](
            repeating: 0, count: panel.hasPopulations && panel.count > 0 ? units.count * monthCount : 0)
        var filled = [Bool](repeating: false, count: units.count * monthCount)
        for row in 0..<panel.count where panel.serviceCodes[row] == serviceCode {
            let unit = unitOf[Int(panel.communityCodes[row])]
            guard unit >= 0 else { continue }
            let cell = Int(unit) * monthCount + Int(panel.monthIndices[row] - first)
            if filled[cell] {
                throw .duplicateObservation(
                    community: units[Int(unit)].rawValue, month: Self.monthText(Int(panel.monthIndices[row])))
            }
            filled[cell] = true
            counts[cell] = panel.counts[row]
            if !populations.isEmpty { populations[cell] = panel.populations[row] }
        }
        for unit in units.indices {
            let missing = (0..<monthCount).filter { !filled[unit * monthCount + $0] }
            if !missing.isEmpty {
                throw .missingPeriods(
                    community: units[unit].rawValue, months: missing.prefix(5).map { Self.monthText(Int(first) + $0) })
            }
        }
        self.units = units
        self.months = (0..<monthCount).compactMap { try? Month(index: Int(first) + $0) }
        self.counts = counts
        self.populations = populations.isEmpty ? nil : populations
    }

    static func monthText(_ index: Int) -> String {
        (try? Month(index: index))?.description ?? "month \(index)"
    }
}
