import Foundation

/// The summary figures of an appraisal — for the whole portfolio or for one intervention — each a
/// ``Figure`` that can explain its derivation.
///
/// Definitions (HM Treasury Green Book 2022, §§5–6 and A6; GMCA / HM Treasury 2014 CBA guidance
/// §5; SROI Network Guide 2012, stage 5):
/// - present value of costs and of benefits: sums of discounted line values;
/// - net present social value (NPSV) = PV benefits − PV costs;
/// - benefit-cost ratio (BCR) = PV benefits ÷ PV costs, with **all** intervention costs in the
///   denominator (whoever funds them), which equals the GMCA public value return on investment;
/// - fiscal return on investment = PV fiscal benefits ÷ PV costs, overall and per agency;
/// - SROI ratio = PV of impact ÷ PV of inputs; net SROI = (PV of impact − inputs) ÷ inputs.
public struct AppraisalResult: Sendable {
    /// What is appraised: the scenario's or the intervention's name.
    public let title: String
    let context: AppraisalContext
    /// Demand lines included.
    public let demand: [DemandLine]
    /// Benefit lines included.
    public let benefits: [BenefitLine]
    /// Cost flows included.
    public let costs: [CostFlow]

    init(title: String, context: AppraisalContext, demand: [DemandLine], benefits: [BenefitLine], costs: [CostFlow]) {
        self.title = title
        self.context = context
        self.demand = demand
        self.benefits = benefits
        self.costs = costs
    }

    /// The appraisal years, year 0 first.
    public var years: [FinancialYear] { context.years }

    // MARK: Present values

    /// PV of costs, after optimism bias.
    public var presentValueOfCosts: Figure<Money> {
        let context = self.context
        let costs = self.costs
        let total = costTotal
        return Figure(total) {
            Explanation(
                "Present value of costs", value: context.format(total),
                formula: "Σ over cost lines and years of cost × (1 + optimism bias) × discount factor",
                source: "Green Book (2022) A6; optimism bias: \(context.settings.optimismBias.source)",
                steps: costs.map { Explainer(context: context).explain($0) })
        }
    }

    /// PV of benefits of all value types, after additionality, persistence and optimism bias.
    public var presentValueOfBenefits: Figure<Money> {
        presentValueOfBenefits(where: { _ in true }, label: "Present value of benefits")
    }

    /// PV of fiscal benefits (costs avoided by public bodies).
    public var presentValueOfFiscalBenefits: Figure<Money> {
        presentValueOfBenefits(where: { $0.valueType == .fiscal }, label: "Present value of fiscal benefits")
    }

    /// PV of the benefits that accrue to `agency`.
    public func presentValueOfBenefits(to agency: Agency.ID) -> Figure<Money> {
        presentValueOfBenefits(
            where: { $0.agency == agency }, label: "Present value of benefits to \(context.agencyName(agency))")
    }

    func presentValueOfBenefits(where include: (BenefitLine) -> Bool, label: String) -> Figure<Money> {
        let context = self.context
        let lines = benefits.filter(include)
        let total = lines.map(\.presentValue).exactSum(or: context.zero)
        return Figure(total) {
            Explanation(
                label, value: context.format(total),
                formula:
                    "Σ over benefit lines and years of units × unit value × optimism-bias factor × discount factor",
                source: "Green Book (2022) A6; GMCA CBA model",
                steps: lines.map { Explainer(context: context).explain($0) })
        }
    }

    /// Net present social value = PV benefits − PV costs.
    public var netPresentValue: Figure<Money> {
        let benefits = presentValueOfBenefits
        let costs = presentValueOfCosts
        let value = net(benefits.value, costs.value)
        let context = self.context
        return Figure(value) {
            Explanation(
                "Net present social value", value: context.format(value),
                formula:
                    "present value of benefits − present value of costs = \(context.format(benefits.value)) − \(context.format(costs.value))",
                source: "Green Book (2022) §6 and A6 (NPSV)",
                steps: [benefits.explanation, costs.explanation])
        }
    }

    // MARK: Ratios

    /// PV benefits ÷ PV costs; `nil` when there are no costs.
    public var benefitCostRatio: Figure<Double?> {
        ratio(
            presentValueOfBenefits, over: presentValueOfCosts, label: "Benefit-cost ratio",
            source: "Green Book (2022) §6 (BCR, all costs in the denominator)")
    }

    /// PV fiscal benefits ÷ PV costs (GMCA "financial return on investment").
    public var fiscalReturnOnInvestment: Figure<Double?> {
        ratio(
            presentValueOfFiscalBenefits, over: presentValueOfCosts, label: "Fiscal return on investment",
            source: "HM Treasury / New Economy (2014) CBA guidance §5: fiscal benefits ÷ costs")
    }

    /// PV fiscal benefits to `agency` ÷ PV of all costs.
    public func fiscalReturnOnInvestment(for agency: Agency.ID) -> Figure<Double?> {
        let benefits = presentValueOfBenefits(
            where: { $0.valueType == .fiscal && $0.agency == agency },
            label: "Present value of fiscal benefits to \(context.agencyName(agency))")
        return ratio(
            benefits, over: presentValueOfCosts, label: "Fiscal return on investment for \(context.agencyName(agency))",
            source: "HM Treasury / New Economy (2014) CBA guidance §5, by agency")
    }

    /// PV of fiscal, economic and social benefits ÷ PV costs (GMCA "public value return on
    /// investment"); equal to ``benefitCostRatio``, as every benefit is one of the three types.
    public var publicValueReturnOnInvestment: Figure<Double?> {
        ratio(
            presentValueOfBenefits, over: presentValueOfCosts, label: "Public value return on investment",
            source: "HM Treasury / New Economy (2014) CBA guidance §5: (fiscal + economic + social) ÷ costs")
    }

    /// SROI ratio = PV of impact ÷ PV of inputs (SROI Guide 2012, stage 5).
    public var socialReturnOnInvestment: Figure<Double?> {
        ratio(
            presentValueOfBenefits, over: presentValueOfCosts, label: "SROI ratio",
            source: "SROI Network (2012) A Guide to SROI, stage 5.4: present value ÷ value of inputs")
    }

    /// Net SROI = (PV of impact − PV of inputs) ÷ PV of inputs.
    public var netSocialReturnOnInvestment: Figure<Double?> {
        let npv = netPresentValue
        return ratio(
            npv, over: presentValueOfCosts, label: "Net SROI ratio",
            source: "SROI Network (2012) A Guide to SROI, stage 5.4: (present value − inputs) ÷ inputs")
    }

    func ratio(_ numerator: Figure<Money>, over denominator: Figure<Money>, label: String, source: String) -> Figure<
        Double?
    > {
        let value = Self.ratio(numerator.value, over: denominator.value)
        let context = self.context
        return Figure(value) {
            let top = numerator.explanation
            let bottom = denominator.explanation
            return Explanation(
                label, value: value.map { String(format: "%.4f", $0) } ?? "undefined (no costs)",
                formula:
                    "\(top.label) ÷ \(bottom.label) = \(context.format(numerator.value)) ÷ \(context.format(denominator.value))",
                source: source, steps: [top, bottom])
        }
    }
}
