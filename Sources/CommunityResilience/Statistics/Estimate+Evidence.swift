/// Turning a statistical estimate into outcome evidence the appraisal engine can value, with the
/// method, interval and data in its audit trail.
extension AvoidedDemand {
    /// The estimate as a ``StatisticalEstimate`` for ``MeasuredEffect/estimate(_:)``.
    public func statisticalEstimate(method: String, data: String) -> StatisticalEstimate {
        StatisticalEstimate(
            unitsAvoided: units, lower: min(lower, units), upper: max(upper, units),
            confidenceLevel: Fraction(unchecked: min(max(confidenceLevel, 0), 1)), method: method, data: data)
    }
}

extension InterruptedTimeSeriesResult {
    /// Outcome evidence for the demand this time series shows was avoided, over its window.
    ///
    /// The default strength is Maryland level 2: an interrupted time series has a modelled
    /// counterfactual but no comparison group (What Works Centre for Local Economic Growth scoring
    /// guide); raise it when a comparison series supports it.
    public func outcomeEvidence(
        id: OutcomeEvidence.ID, intervention: Intervention.ID, service: Service.ID, community: Community.ID? = nil,
        strength: EvidenceStrength = .level2, grade: ConfidenceGrade = .two, source: String
    ) -> OutcomeEvidence {
        let data =
            "monthly counts, \(months.count) months \(months.first.map(String.init(describing:)) ?? "") to \(months.last.map(String.init(describing:)) ?? "")"
        return OutcomeEvidence(
            id: id, intervention: intervention, service: service, community: community, period: avoided.window,
            effect: .estimate(avoided.statisticalEstimate(method: methodDescription, data: data)),
            strength: strength, grade: grade, source: source)
    }
}

extension PanelDifferenceInDifferencesResult {
    /// Outcome evidence for the demand avoided in treated communities after the start.
    ///
    /// The default strength is Maryland level 3 (before-and-after with a comparison group).
    public func outcomeEvidence(
        id: OutcomeEvidence.ID, intervention: Intervention.ID, community: Community.ID? = nil,
        strength: EvidenceStrength = .level3, grade: ConfidenceGrade = .two, source: String
    ) -> OutcomeEvidence {
        let data =
            "\(observationCount) community-months: \(treatedCount) treated and \(communityCount - treatedCount) comparison communities, \(monthCount) months"
        return OutcomeEvidence(
            id: id, intervention: intervention, service: service, community: community, period: avoided.window,
            effect: .estimate(avoided.statisticalEstimate(method: methodDescription, data: data)),
            strength: strength, grade: grade, source: source)
    }
}
