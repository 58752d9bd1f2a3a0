/// The figures and tables of one ``AppraisalResult`` — the whole portfolio or one intervention —
/// as plain, encodable values: what a report prints and what `resilience report --format json`
/// writes.
///
/// Money stays exact (``Money`` encodes its amount as a decimal string); ratios are `Double`.
/// Every headline figure's derivation is kept in ``derivations`` as an ``Explanation`` tree.
/// Definitions are those of ``AppraisalResult`` (Green Book 2022 §§5–6 and A6; GMCA / HM Treasury
/// 2014 CBA guidance §5).
public struct AppraisalSummary: Hashable, Sendable, Codable {
    /// What is appraised: the scenario's or the intervention's name.
    public var title: String
    /// Present value of benefits, after additionality, persistence and optimism bias.
    public var presentValueOfBenefits: Money
    /// Present value of costs, after optimism bias.
    public var presentValueOfCosts: Money
    /// Net present social value = PV benefits − PV costs.
    public var netPresentValue: Money
    /// PV benefits ÷ PV costs; `nil` when there are no costs.
    public var benefitCostRatio: Double?
    /// PV fiscal benefits ÷ PV costs; `nil` when there are no costs.
    public var fiscalReturnOnInvestment: Double?
    /// Fiscal return for each agency that gains, in identifier order.
    public var fiscalReturnByAgency: [AgencyReturn]
    /// Months until cumulative discounted benefits cover cumulative discounted costs for good;
    /// `nil` when that does not happen within the appraisal period.
    public var paybackMonths: Double?
    /// The payback period in words ("5 months", "does not pay back within the appraisal period").
    public var payback: String
    /// The switching value of benefits: the share by which every benefit would have to fall
    /// (if positive) or rise (if negative) for NPSV to be zero, NPSV ÷ PV benefits; `nil`
    /// without benefits (Green Book 2022, Chapter 5, sensitivity analysis and switching values).
    public var benefitsSwitchingValue: Double?
    /// The switching value of costs: the share by which every cost would have to rise (if
    /// positive) or fall (if negative) for NPSV to be zero, NPSV ÷ PV costs; `nil` without costs.
    public var costsSwitchingValue: Double?
    /// Demand avoided per service, in service identifier order.
    public var demandAvoided: [DemandAvoided]
    /// Who pays, who gains.
    public var agencies: AgencyFlows
    /// The cash-flow table, one row per appraisal year.
    public var cashFlows: [CashFlow]
    /// The derivation of each headline figure: NPSV, BCR, fiscal return (overall and by agency)
    /// and payback; empty when the summary was made without them.
    public var derivations: [Explanation]

    /// One agency's fiscal return.
    public struct AgencyReturn: Hashable, Sendable, Codable {
        /// The agency.
        public var agency: Agency.ID
        /// Its name.
        public var name: String
        /// PV of the fiscal benefits it receives.
        public var presentValueOfFiscalBenefits: Money
        /// Those benefits ÷ PV of all costs (whoever pays them); `nil` without costs.
        public var fiscalReturnOnInvestment: Double?
    }

    /// Demand avoided in one service.
    public struct DemandAvoided: Hashable, Sendable, Codable {
        /// The service.
        public var service: Service.ID
        /// Its name, e.g. "A&E attendances".
        public var name: String
        /// The unit counted, plural, e.g. "A&E attendances".
        public var unit: String
        /// Units avoided over the periods measured, as the evidence reports them (gross).
        public var measured: Double
        /// Net additional units avoided over the appraisal (after additionality and persistence).
        public var netAdditional: Double
    }

    /// One year of the cash-flow table, in the appraisal's real prices.
    public struct CashFlow: Hashable, Sendable, Codable {
        /// The financial year.
        public var year: FinancialYear
        /// The discount factor for costs and fiscal and economic values.
        public var discountFactor: Double
        /// Costs, undiscounted.
        public var costs: Money
        /// Fiscal benefits, undiscounted.
        public var fiscalBenefits: Money
        /// Economic benefits, undiscounted.
        public var economicBenefits: Money
        /// Social benefits, undiscounted.
        public var socialBenefits: Money
        /// Costs, discounted.
        public var discountedCosts: Money
        /// Benefits of every type, discounted.
        public var discountedBenefits: Money
        /// Discounted costs from year 0 to this year.
        public var cumulativeDiscountedCosts: Money
        /// Discounted benefits from year 0 to this year.
        public var cumulativeDiscountedBenefits: Money

        /// Benefits of every type, undiscounted.
        public var benefits: Money {
            Money(
                total: fiscalBenefits.minorUnits + economicBenefits.minorUnits + socialBenefits.minorUnits,
                costs.currency, costs.priceBase)
        }

        /// Discounted benefits − discounted costs.
        public var discountedNet: Money {
            Money(total: discountedBenefits.minorUnits - discountedCosts.minorUnits, costs.currency, costs.priceBase)
        }

        /// Cumulative discounted benefits − cumulative discounted costs.
        public var cumulativeNet: Money {
            Money(
                total: cumulativeDiscountedBenefits.minorUnits - cumulativeDiscountedCosts.minorUnits,
                costs.currency, costs.priceBase)
        }
    }

    /// Summarises a result.
    ///
    /// - Parameters:
    ///   - result: the result to summarise.
    ///   - includesDerivations: whether to build ``derivations`` (the explanation trees).
    /// - Complexity: O(lines × years) for the tables; building ``derivations`` walks every
    ///   line's explanation once more for each headline figure.
    public init(_ result: AppraisalResult, includesDerivations: Bool = true) {
        let context = result.context
        let zero = context.zero
        title = result.title
        let npv = result.netPresentValue
        let bcr = result.benefitCostRatio
        let fiscal = result.fiscalReturnOnInvestment
        let payback = result.payback
        presentValueOfBenefits = result.presentValueOfBenefits.value
        presentValueOfCosts = result.presentValueOfCosts.value
        netPresentValue = npv.value
        benefitCostRatio = bcr.value
        fiscalReturnOnInvestment = fiscal.value
        let flows = result.whoPaysWhoGains
        let fiscalAgencies = Set(result.benefits.filter { $0.valueType == .fiscal }.map(\.agency)).sorted()
        let agencyFigures = fiscalAgencies.map { result.fiscalReturnOnInvestment(for: $0) }
        fiscalReturnByAgency = zip(fiscalAgencies, agencyFigures).map { agency, figure in
            let lines = result.benefits.filter { $0.valueType == .fiscal && $0.agency == agency }
            return AgencyReturn(
                agency: agency, name: context.agencyName(agency),
                presentValueOfFiscalBenefits: lines.map(\.presentValue).exactSum(or: zero),
                fiscalReturnOnInvestment: figure.value)
        }
        if case .months(let months) = payback.value { paybackMonths = months } else { paybackMonths = nil }
        self.payback = payback.value.description
        // NPSV = B − C = 0 when B × (1 − s) = C, i.e. s = (B − C) ÷ B; likewise C × (1 + s) = B.
        benefitsSwitchingValue = presentValueOfBenefits.isZero ? nil : try? npv.value / presentValueOfBenefits
        costsSwitchingValue = presentValueOfCosts.isZero ? nil : try? npv.value / presentValueOfCosts
        demandAvoided = result.demandAvoided.map { item in
            DemandAvoided(
                service: item.service, name: context.service(item.service)?.name ?? item.service.rawValue,
                unit: item.measure.pluralUnitName, measured: item.measured, netAdditional: item.netAdditional)
        }
        agencies = AgencyFlows(flows, context: context)
        var cumulativeCosts: Int128 = 0
        var cumulativeBenefits: Int128 = 0
        cashFlows = result.cashFlows.map { year in
            func money(_ units: Int128) -> Money { Money(total: units, zero.currency, zero.priceBase) }
            let discounted = year.discountedBenefits.values.reduce(Int128(0)) { $0 + $1.minorUnits }
            cumulativeCosts += year.discountedCosts.minorUnits
            cumulativeBenefits += discounted
            return CashFlow(
                year: year.year, discountFactor: year.discountFactor, costs: year.costs,
                fiscalBenefits: year.benefits[.fiscal] ?? zero, economicBenefits: year.benefits[.economic] ?? zero,
                socialBenefits: year.benefits[.social] ?? zero, discountedCosts: year.discountedCosts,
                discountedBenefits: money(discounted), cumulativeDiscountedCosts: money(cumulativeCosts),
                cumulativeDiscountedBenefits: money(cumulativeBenefits))
        }
        guard includesDerivations else {
            derivations = []
            return
        }
        derivations =
            [npv.explanation, bcr.explanation, fiscal.explanation]
            + agencyFigures.map(\.explanation) + [payback.explanation]
    }
}
