/// One valued stream of avoided demand: one evidence item priced by one unit cost, year by year.
///
/// The engine builds one line for each (evidence, unit cost of its service) pair. Every step of
/// the benefit chain is kept, so the line can explain itself:
///
/// units(t) = annual gross effect × additionality factor × persistence(t), spread over financial
/// years by months; value(t) = unit value × units(t) × (1 − OB evidence) × (1 − OB unit cost),
/// rounded half to even to the penny once; present value(t) = value(t) × D(t), rounded once.
public struct BenefitLine: Hashable, Sendable {
    /// The intervention credited.
    public let intervention: Intervention.ID
    /// The evidence the line rests on.
    public let evidence: OutcomeEvidence.ID
    /// The service whose demand falls.
    public let service: Service.ID
    /// The community measured, if the evidence names one.
    public let community: Community.ID?
    /// The unit cost that prices it.
    public let unitCost: UnitCost.ID
    /// The agency that gains.
    public let agency: Agency.ID
    /// Fiscal, economic or social.
    public let valueType: ValueType
    /// Whether the saving can be released from budgets.
    public let isCashable: Bool
    /// The measured effect as a rate per year, before additionality (gross).
    public let grossUnitsPerYear: Double
    /// The additionality factor applied (net ÷ gross).
    public let additionalityFactor: Double
    /// Net additional units avoided in each appraisal year (after persistence).
    public let units: [Double]
    /// The unit cost in the appraisal's price base.
    public let unitValue: Money
    /// The optimism-bias reduction for the evidence's grade.
    public let evidenceOptimismBias: Fraction
    /// The optimism-bias reduction for the unit cost's grade.
    public let unitCostOptimismBias: Fraction
    /// The value in each appraisal year, in real terms (appraisal price base), undiscounted.
    public let real: [Money]
    /// The present value of each year's value.
    public let discounted: [Money]

    /// The factor that optimism bias leaves: (1 − OB evidence) × (1 − OB unit cost).
    public var optimismBiasFactor: Double {
        evidenceOptimismBias.complement.value * unitCostOptimismBias.complement.value
    }

    /// Total net additional units avoided over the appraisal.
    public var totalUnits: Double { units.reduce(0, +) }

    /// Total real value, undiscounted.
    public var realTotal: Money { real.exactSum(or: unitValue) }

    /// Total present value.
    public var presentValue: Money { discounted.exactSum(or: unitValue) }

    /// ``presentValue`` in minor units, without making a ``Money``.
    var presentValueMinorUnits: Int128 { discounted.minorUnitsTotal }
}

/// One of an intervention's cost lines, restated in the appraisal's price base, raised for
/// optimism bias and placed in appraisal years.
public struct CostFlow: Hashable, Sendable {
    /// The intervention that incurs it.
    public let intervention: Intervention.ID
    /// The cost line's position in the intervention's costs.
    public let index: Int
    /// What the cost is for.
    public let item: String
    /// The agency that pays.
    public let funder: Agency.ID
    /// How the amount accrues.
    public let basis: CostLine.Basis
    /// The cost line's amount in the appraisal's price base.
    public let unitAmount: Money
    /// The optimism-bias uplift for the line's grade.
    public let optimismBias: Fraction
    /// Occurrences of the amount in each appraisal year (1 for a one-off cost; the share of a
    /// year delivered for an annual cost; participants in the year for a per-participant cost).
    public let quantities: [Double]
    /// Cost in each appraisal year, real terms, undiscounted, after optimism bias.
    public let real: [Money]
    /// The present value of each year's cost.
    public let discounted: [Money]

    /// Total real cost, undiscounted.
    public var realTotal: Money { real.exactSum(or: unitAmount) }

    /// Total present value.
    public var presentValue: Money { discounted.exactSum(or: unitAmount) }

    /// ``presentValue`` in minor units, without making a ``Money``.
    var presentValueMinorUnits: Int128 { discounted.minorUnitsTotal }
}

extension Array where Element == Money {
    /// The exact sum of amounts the engine has already put in one currency and price base;
    /// `template` gives the currency and base when the array is empty.
    func exactSum(or template: Money) -> Money {
        Money(total: minorUnitsTotal, template.currency, template.priceBase)
    }

    /// Σ of the amounts' minor units: the value of ``exactSum(or:)``.
    var minorUnitsTotal: Int128 {
        var total: Int128 = 0
        for amount in self { total += amount.minorUnits }
        // Each element is within Money.limit (10^20), so Int128 cannot overflow before 10^18
        // elements; a total may exceed the per-amount limit, which is a bound on inputs.
        return total
    }
}
