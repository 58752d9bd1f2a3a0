/// The change in demand one evidence item supports, before it is valued: the benefit chain's
/// first three steps (gross effect, additionality, persistence), year by year.
public struct DemandLine: Hashable, Sendable {
    /// The evidence item.
    public let evidence: OutcomeEvidence.ID
    /// The intervention credited.
    public let intervention: Intervention.ID
    /// The service whose demand changes.
    public let service: Service.ID
    /// The community measured, if the evidence names one.
    public let community: Community.ID?
    /// Units avoided over the measured period, as reported (gross).
    public let measuredUnits: Double
    /// The gross effect as a rate per year: measured units × 12 ÷ months measured (or the
    /// reported annual rate for a relative effect).
    public let grossUnitsPerYear: Double
    /// Net ÷ gross: the product of the additionality adjustments.
    public let additionalityFactor: Double
    /// Net additional units avoided in each appraisal year, after persistence.
    public let units: [Double]

    /// Net additional units over the whole appraisal.
    public var totalUnits: Double { units.reduce(0, +) }
}

extension MeasuredEffect {
    /// Units avoided over a measured period of `months` months, and the equivalent rate per year.
    ///
    /// - absolute: the units reported;
    /// - relative: share × baseline a year × months ÷ 12;
    /// - before and after: (baseline − follow-up) − (comparison baseline − comparison follow-up),
    ///   the difference-in-differences in levels (Magenta Book 2020, Annex A; SMS level 3);
    /// - cohort: eligible × engagement × success × units per success (GMCA CBA model);
    /// - estimate: the model's counterfactual − observed.
    func unitsAvoided(overMonths months: Int) -> (measured: Double, perYear: Double) {
        let years = Double(months) / 12
        let measured: Double
        switch self {
        case .absoluteReduction(let units):
            measured = units
        case .relativeReduction(let share, let baseline):
            return (share.value * baseline * years, share.value * baseline)
        case .beforeAndAfter(let counts):
            let treatedChange = counts.baseline - counts.followUp
            let comparisonChange = (counts.comparisonBaseline ?? 0) - (counts.comparisonFollowUp ?? 0)
            measured = treatedChange - comparisonChange
        case .cohort(let chain):
            measured = chain.eligible * chain.engagement.value * chain.success.value * chain.unitsAvoidedPerSuccess
        case .estimate(let estimate):
            measured = estimate.unitsAvoided
        }
        return (measured, years > 0 ? measured / years : 0)
    }
}
