/// Appraisal results grouped by a composite index's quantile: "demand avoided in the least
/// resilient fifth of communities".
///
/// Group 1 is the least resilient (see ``CompositeIndex``). Results recorded for an area above
/// the indexed communities (an intervention delivered across a neighbourhood, say) are shared
/// down among the indexed communities inside it in proportion to their population — the rule
/// ``AppraisalResult/totalsByArea(_:)`` uses to share an intervention's results among its
/// communities — money exactly to the penny (largest remainder), units in proportion. Results
/// for areas with no indexed community inside them are kept in ``unassigned``, never dropped.
public struct QuantileBreakdown<Value: Sendable>: Sendable {
    /// The number of groups (5 for quintiles).
    public let groups: Int
    /// One entry per group, group 1 (least resilient) first; every group is present.
    public let entries: [Entry]
    /// Results for areas the index could not place, by area.
    public let unassigned: [Community.ID: Value]

    /// The results for one group.
    public struct Entry: Sendable {
        /// The group, 1 = least resilient.
        public let group: Int
        /// The indexed communities in the group, in index order.
        public let communities: [Community.ID]
        /// The group's total.
        public let value: Value
    }
}

extension CompositeIndex {
    /// Present values of benefits and costs by index quantile, from an appraisal's per-community
    /// totals (``AppraisalResult/totalsByArea(_:)``).
    ///
    /// - Parameters:
    ///   - result: the appraisal result (its scenario supplies the area hierarchy).
    ///   - groups: 1…100 groups; 5 (quintiles) by default.
    ///   - populationYear: the year whose populations share area-level totals among the indexed
    ///     communities inside the area (equally when any is missing).
    /// - Throws: ``ValidationError`` at `groups` when out of range.
    public func totalsByQuantile(
        of result: AppraisalResult, groups: Int = 5, populationYear: Int
    ) throws(ValidationError) -> QuantileBreakdown<AppraisalResult.AreaTotals> {
        let zero = result.context.zero
        let totals = result.totalsByArea()
        let placement = try QuantilePlacement(
            index: self, groups: groups, communities: result.context.scenario.communities, year: populationYear)
        var byGroup: [Int: AppraisalResult.AreaTotals] = [:]
        var unassigned: [Community.ID: AppraisalResult.AreaTotals] = [:]
        for (area, entry) in totals.sorted(by: { $0.key < $1.key }) {
            let targets = placement.targets(of: area)
            guard !targets.isEmpty else {
                unassigned[area] = entry
                continue
            }
            let weights = targets.map(\.weight)
            let benefits = (try? entry.benefits.allocated(proportionallyTo: weights)) ?? []
            let costs = (try? entry.costs.allocated(proportionallyTo: weights)) ?? []
            for (index, target) in targets.enumerated() where index < benefits.count && index < costs.count {
                var sum = byGroup[target.group] ?? AppraisalResult.AreaTotals(benefits: zero, costs: zero)
                sum.benefits = Money(
                    total: sum.benefits.minorUnits + benefits[index].minorUnits, zero.currency, zero.priceBase)
                sum.costs = Money(total: sum.costs.minorUnits + costs[index].minorUnits, zero.currency, zero.priceBase)
                byGroup[target.group] = sum
            }
        }
        return placement.breakdown(
            byGroup, unassigned: unassigned, empty: AppraisalResult.AreaTotals(benefits: zero, costs: zero))
    }

    /// Net additional demand avoided (``DemandLine/totalUnits``) by service and index quantile.
    ///
    /// A demand line is credited to the community its evidence names; otherwise it is shared
    /// among its intervention's communities in proportion to their population in the year the
    /// intervention starts (equally when any is missing), as ``AppraisalResult/totalsByArea(_:)``
    /// shares benefits. Each area is then placed as for ``totalsByQuantile(of:groups:populationYear:)``.
    ///
    /// - Throws: ``ValidationError`` at `groups` when out of range.
    public func demandAvoidedByQuantile(
        of result: AppraisalResult, groups: Int = 5, populationYear: Int
    ) throws(ValidationError) -> QuantileBreakdown<[Service.ID: Double]> {
        let scenario = result.context.scenario
        let placement = try QuantilePlacement(
            index: self, groups: groups, communities: scenario.communities, year: populationYear)
        let hierarchy = placement.hierarchy
        let interventions = Dictionary(
            scenario.interventions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var byGroup: [Int: [Service.ID: Double]] = [:]
        var unassigned: [Community.ID: [Service.ID: Double]] = [:]
        for line in result.demand {
            var areas: [(Community.ID, Double)] = []
            if let community = line.community {
                areas = [(community, 1)]
            } else if let intervention = interventions[line.intervention], !intervention.communities.isEmpty {
                let populations = intervention.communities.map {
                    hierarchy.byID[$0]?.population(in: intervention.start.year) ?? 0
                }
                let weights =
                    populations.allSatisfy { $0 > 0 } ? populations.map(Double.init) : populations.map { _ in 1.0 }
                let total = weights.reduce(0, +)
                areas = zip(intervention.communities, weights).map { ($0, $1 / total) }
            }
            for (area, share) in areas {
                let units = line.totalUnits * share
                let targets = placement.targets(of: area)
                guard !targets.isEmpty else {
                    unassigned[area, default: [:]][line.service, default: 0] += units
                    continue
                }
                let total = targets.reduce(0) { $0 + $1.weight }
                for target in targets {
                    byGroup[target.group, default: [:]][line.service, default: 0] += units * target.weight / total
                }
            }
        }
        return placement.breakdown(byGroup, unassigned: unassigned, empty: [:])
    }
}

/// Where an area's results go: its own group if indexed, else the indexed communities inside it.
struct QuantilePlacement {
    let groups: Int
    let group: [Community.ID: Int]
    let order: [Community.ID]
    let hierarchy: AreaHierarchy
    let year: Int

    init(index: CompositeIndex, groups: Int, communities: [Community], year: Int) throws(ValidationError) {
        self.groups = groups
        self.group = try index.quantiles(groups)
        self.order = index.scores.map(\.community)
        self.hierarchy = AreaHierarchy(communities)
        self.year = year
    }

    /// The indexed communities an area's results go to, with population weights (all 1 when any
    /// population is missing or zero).
    func targets(of area: Community.ID) -> [(community: Community.ID, group: Int, weight: Double)] {
        if let own = group[area] { return [(area, own, 1)] }
        let inside = hierarchy.subtree(of: area).compactMap { id in group[id].map { (id, $0) } }
        let populations = inside.map { hierarchy.population(of: $0.0, in: year) ?? 0 }
        let usePopulation = populations.allSatisfy { $0 > 0 }
        return zip(inside, populations).map { ($0.0, $0.1, usePopulation ? Double($1) : 1) }
    }

    func breakdown<Value: Sendable>(_ byGroup: [Int: Value], unassigned: [Community.ID: Value], empty: Value)
        -> QuantileBreakdown<Value>
    {
        let entries = (1...groups).map { number in
            QuantileBreakdown<Value>.Entry(
                group: number, communities: order.filter { group[$0] == number }, value: byGroup[number] ?? empty)
        }
        return QuantileBreakdown(groups: groups, entries: entries, unassigned: unassigned)
    }
}
