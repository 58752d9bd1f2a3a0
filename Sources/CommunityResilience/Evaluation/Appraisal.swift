/// The result of ``Scenario/appraise(with:)``: every demand line, benefit line and cost flow, and
/// the summary figures for the whole portfolio and for each intervention.
public struct Appraisal: Sendable {
    /// The scenario appraised.
    public let scenario: Scenario
    /// The settings used.
    public let settings: AppraisalSettings
    /// The appraisal years, year 0 first.
    public let years: [FinancialYear]
    /// Discount factors by value type, one per appraisal year.
    public let discountFactors: [ValueType: [Double]]
    /// Demand avoided by each evidence item, year by year.
    public let demand: [DemandLine]
    /// Valued benefits: one line per evidence item and unit cost.
    public let benefits: [BenefitLine]
    /// Costs: one flow per intervention cost line.
    public let costs: [CostFlow]

    /// The figures for all interventions together.
    public var portfolio: AppraisalResult {
        AppraisalResult(title: scenario.name, context: context, demand: demand, benefits: benefits, costs: costs)
    }

    /// The figures for one intervention, or `nil` when the scenario has no such intervention.
    public func result(for intervention: Intervention.ID) -> AppraisalResult? {
        guard let subject = scenario.interventions.first(where: { $0.id == intervention }) else { return nil }
        return AppraisalResult(
            title: subject.name, context: context,
            demand: demand.filter { $0.intervention == intervention },
            benefits: benefits.filter { $0.intervention == intervention },
            costs: costs.filter { $0.intervention == intervention })
    }

    /// The figures for each intervention, in identifier order.
    public var interventionResults: [AppraisalResult] {
        let demandBy = Dictionary(grouping: demand, by: \.intervention)
        let benefitsBy = Dictionary(grouping: benefits, by: \.intervention)
        let costsBy = Dictionary(grouping: costs, by: \.intervention)
        return scenario.interventions.sorted { $0.id < $1.id }.map { intervention in
            AppraisalResult(
                title: intervention.name, context: context, demand: demandBy[intervention.id] ?? [],
                benefits: benefitsBy[intervention.id] ?? [], costs: costsBy[intervention.id] ?? [])
        }
    }

    var context: AppraisalContext {
        AppraisalContext(scenario: scenario, settings: settings, years: years, discountFactors: discountFactors)
    }
}

/// What every figure's explanation needs to name things and state conventions.
struct AppraisalContext: Sendable {
    let scenario: Scenario
    let settings: AppraisalSettings
    let years: [FinancialYear]
    let discountFactors: [ValueType: [Double]]

    var zero: Money { Money.zero(settings.currency, in: settings.priceBase) }

    func agencyName(_ id: Agency.ID) -> String {
        scenario.agencies.first { $0.id == id }?.name ?? id.rawValue
    }

    func service(_ id: Service.ID) -> Service? {
        scenario.services.first { $0.id == id }
    }

    func unitCost(_ id: UnitCost.ID) -> UnitCost? {
        scenario.unitCosts.first { $0.id == id }
    }

    func evidence(_ id: OutcomeEvidence.ID) -> OutcomeEvidence? {
        scenario.evidence.first { $0.id == id }
    }

    func format(_ money: Money) -> String {
        money.formatted(.moneyGB)
    }

    /// Year `t` as "2024-25 (year 0)".
    func yearLabel(_ t: Int) -> String {
        "\(years[t]) (t = \(settings.timing.exponent(ofYear: t)))"
    }
}
