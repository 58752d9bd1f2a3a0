/// Tables derived from an appraisal's lines: demand avoided, cash flows, cashable savings and
/// totals by area.
extension AppraisalResult {
    /// Demand avoided in one service.
    public struct DemandAvoided: Hashable, Sendable {
        /// The service.
        public let service: Service.ID
        /// What one unit is, e.g. "A&E attendance".
        public let measure: DemandMeasure
        /// Units avoided over the periods measured, as the evidence reports them (gross).
        public let measured: Double
        /// Net additional units avoided over the appraisal (after additionality and persistence,
        /// before optimism bias, which adjusts values rather than counts).
        public let netAdditional: Double
    }

    /// Demand avoided per service, in service identifier order.
    public var demandAvoided: [DemandAvoided] {
        Dictionary(grouping: demand, by: \.service).map { service, lines in
            DemandAvoided(
                service: service,
                measure: context.service(service)?.measure ?? .custom(unit: service.rawValue),
                measured: lines.reduce(0) { $0 + $1.measuredUnits },
                netAdditional: lines.reduce(0) { $0 + $1.totalUnits })
        }.sorted { $0.service < $1.service }
    }

    /// One year of a cash-flow table.
    public struct CashFlowYear: Hashable, Sendable {
        /// The financial year.
        public let year: FinancialYear
        /// The discount factor applied to costs and fiscal and economic benefits.
        public let discountFactor: Double
        /// Costs, real terms, undiscounted.
        public let costs: Money
        /// Benefits by value type, real terms, undiscounted.
        public let benefits: [ValueType: Money]
        /// Costs, discounted.
        public let discountedCosts: Money
        /// Benefits by value type, discounted.
        public let discountedBenefits: [ValueType: Money]
        /// Cashable fiscal benefits by agency, real terms, undiscounted.
        public let cashableSavings: [Agency.ID: Money]
    }

    /// The cash-flow table by year, in the appraisal's real prices (undiscounted and discounted).
    public var cashFlows: [CashFlowYear] {
        let zero = context.zero
        func money(_ units: Int128) -> Money { Money(total: units, zero.currency, zero.priceBase) }
        return years.indices.map { t in
            var benefits: [ValueType: Int128] = [:]
            var discounted: [ValueType: Int128] = [:]
            var cashable: [Agency.ID: Int128] = [:]
            for line in self.benefits {
                benefits[line.valueType, default: 0] += line.real[t].minorUnits
                discounted[line.valueType, default: 0] += line.discounted[t].minorUnits
                if line.isCashable, line.valueType == .fiscal {
                    cashable[line.agency, default: 0] += line.real[t].minorUnits
                }
            }
            return CashFlowYear(
                year: years[t], discountFactor: context.discountFactors[.fiscal]?[t] ?? 1,
                costs: money(costs.reduce(0) { $0 + $1.real[t].minorUnits }),
                benefits: benefits.mapValues(money),
                discountedCosts: money(costs.reduce(0) { $0 + $1.discounted[t].minorUnits }),
                discountedBenefits: discounted.mapValues(money), cashableSavings: cashable.mapValues(money))
        }
    }

    /// Cashable fiscal savings per agency and year (real, undiscounted): the budget each agency
    /// could release.
    public var annualCashableSavings: [Agency.ID: [Money]] {
        let table = cashFlows
        let agencies = Set(table.flatMap { $0.cashableSavings.keys })
        return Dictionary(
            uniqueKeysWithValues: agencies.map { agency in
                (agency, table.map { $0.cashableSavings[agency] ?? context.zero })
            })
    }

    /// Present values for one area.
    public struct AreaTotals: Hashable, Sendable {
        /// PV of benefits credited to the area.
        public var benefits: Money
        /// PV of costs incurred for the area.
        public var costs: Money
        /// PV benefits − PV costs.
        public var netPresentValue: Money {
            Money(total: benefits.minorUnits - costs.minorUnits, benefits.currency, benefits.priceBase)
        }
    }

    /// Present values by community, and summed up the area hierarchy to areas of `kind`.
    ///
    /// A benefit line whose evidence names a community is credited to it; otherwise, like every
    /// cost, it is shared among the intervention's communities in proportion to their population
    /// in the year the intervention starts (equally when populations are missing), exactly to the
    /// penny. With `kind` given, each community's totals go to its nearest ancestor (or itself)
    /// of that kind; communities with none are left out.
    ///
    /// - Parameter kind: the kind of area to total by, or `nil` for the communities themselves.
    public func totalsByArea(_ kind: AreaKind? = nil) -> [Community.ID: AreaTotals] {
        let zero = context.zero
        var benefitsBy: [Community.ID: Int128] = [:]
        var costsBy: [Community.ID: Int128] = [:]
        let interventions = Dictionary(
            context.scenario.interventions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for line in benefits {
            if let community = line.community {
                benefitsBy[community, default: 0] += line.presentValue.minorUnits
            } else if let intervention = interventions[line.intervention] {
                for (community, part) in share(line.presentValue, among: intervention) {
                    benefitsBy[community, default: 0] += part
                }
            }
        }
        for flow in costs {
            guard let intervention = interventions[flow.intervention] else { continue }
            for (community, part) in share(flow.presentValue, among: intervention) {
                costsBy[community, default: 0] += part
            }
        }
        let parents = Dictionary(
            context.scenario.communities.compactMap { c in c.parent.map { (c.id, $0) } },
            uniquingKeysWith: { a, _ in a })
        let kinds = Dictionary(context.scenario.communities.map { ($0.id, $0.kind) }, uniquingKeysWith: { a, _ in a })
        func area(of community: Community.ID) -> Community.ID? {
            guard let kind else { return community }
            var current: Community.ID? = community
            var steps = 0
            while let id = current, steps <= kinds.count {
                if kinds[id] == kind { return id }
                current = parents[id]
                steps += 1
            }
            return nil
        }
        var totals: [Community.ID: AreaTotals] = [:]
        for community in Set(benefitsBy.keys).union(costsBy.keys) {
            guard let target = area(of: community) else { continue }
            var entry = totals[target] ?? AreaTotals(benefits: zero, costs: zero)
            entry.benefits = Money(
                total: entry.benefits.minorUnits + (benefitsBy[community] ?? 0), zero.currency, zero.priceBase)
            entry.costs = Money(
                total: entry.costs.minorUnits + (costsBy[community] ?? 0), zero.currency, zero.priceBase)
            totals[target] = entry
        }
        return totals
    }

    private func share(_ amount: Money, among intervention: Intervention) -> [(Community.ID, Int128)] {
        let communities = intervention.communities
        guard !communities.isEmpty else { return [] }
        let populations = communities.map { id in
            Double(context.scenario.communities.first { $0.id == id }?.population(in: intervention.start.year) ?? 0)
        }
        let weights = populations.allSatisfy { $0 > 0 } ? populations : populations.map { _ in 1.0 }
        let parts = (try? amount.allocated(proportionallyTo: weights)) ?? []
        return zip(communities, parts.map(\.minorUnits)).map { ($0, $1) }
    }
}
