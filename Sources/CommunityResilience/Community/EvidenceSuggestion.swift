import Foundation

/// Evidence the library itself can supply for a statement of the eight characteristics, with the
/// level it supports.
///
/// Three Knowledge statements and several Commission and Measure statements ask whether a council
/// *can* do things this library does: map assets, calculate spend at community level, measure
/// capacity, measure impact on demand. When the council has done them with the library, the
/// results are evidence; ``suggestions(scenario:spend:index:appraisal:)`` words it.
///
/// The rules are deliberately modest. A suggestion never exceeds ``MaturityLevel/established``:
/// "embedded" means routine and sustained, which one run of a library cannot show. Coverage of
/// *every* smallest area is needed for "established"; partial coverage is "developing".
public struct EvidenceSuggestion: Hashable, Sendable {
    /// The statement the evidence supports.
    public let statement: AssessmentStatement.ID
    /// The level the evidence supports.
    public let suggestedLevel: MaturityLevel
    /// The evidence, in words a self-assessment can quote.
    public let evidence: String

    /// A response using this suggestion, for the council to review.
    public var response: StatementResponse {
        StatementResponse(statement, suggestedLevel, evidence: evidence)
    }

    /// Suggestions for the statements the library can speak to, from whatever the council has:
    ///
    /// - **knowledge.1** (mapping community assets), from the scenario's assets: established when
    ///   every smallest area has at least one, developing when some do;
    /// - **knowledge.2** (spend at community level), from a ``SpendProfile``: established when every
    ///   community profiled has spend attributed, developing otherwise;
    /// - **knowledge.3** (measuring capacity across all communities), from a ``CompositeIndex``:
    ///   established when it scores every smallest area of the scenario, developing otherwise;
    /// - **commission.3** and **measure.2** (measuring impact on demand; knowing what difference
    ///   interventions make), from an ``Appraisal``: established when some evidence reaches
    ///   Maryland SMS level 3 (a comparison group), developing otherwise (Magenta Book, 2020);
    /// - **measure.3** (systems to measure impact on resilience and on demand and costs):
    ///   developing when there is an index or an appraisal — a single snapshot of the index is a
    ///   baseline, not yet a measure of change.
    ///
    /// The scenario should be valid (``Scenario/validate()``); assets that name unknown
    /// communities cannot be mapped, and then no knowledge.1 suggestion is made.
    ///
    /// - Returns: suggestions in the framework's order; none for statements without evidence.
    public static func suggestions(
        scenario: Scenario, spend: SpendProfile? = nil, index: CompositeIndex? = nil, appraisal: Appraisal? = nil
    ) -> [EvidenceSuggestion] {
        var result: [EvidenceSuggestion] = []
        let hierarchy = AreaHierarchy(scenario.communities)
        let leaves = hierarchy.leaves
        if !scenario.assets.isEmpty, let map = try? AssetMap(scenario) {
            let covered = leaves.filter(map.hasOwnAssets)
            let kinds = Set(scenario.assets.map(\.kind)).count
            let noMeetingPlace = map.gaps(in: [.meetingPlace]).map(\.community)
            var text =
                "Asset map: \(scenario.assets.count) assets of \(kinds) kinds registered, covering \(covered.count) of \(leaves.count) smallest areas."
            if !noMeetingPlace.isEmpty {
                text += " No meeting place in \(noMeetingPlace.map(\.rawValue).joined(separator: ", "))."
            }
            result.append(
                EvidenceSuggestion(
                    statement: "knowledge.1",
                    suggestedLevel: covered.count == leaves.count ? .established : .developing, evidence: text))
        }
        if let spend, !spend.lines.isEmpty {
            let withSpend = spend.communities.filter { !$0.total.isZero }
            let perHead = spend.communities.compactMap(\.perHead).map(\.minorUnits)
            var text =
                "Public spend of \(spend.total.formatted(.moneyGB)) from \(Set(spend.lines.map(\.record)).count) records apportioned by \(spend.driver) to \(withSpend.count) of \(spend.communities.count) communities"
            if let low = perHead.min(), let high = perHead.max() {
                let format = { (units: Int128) in
                    Money(unchecked: units, spend.total.currency, spend.total.priceBase).formatted(.moneyGB)
                }
                text += "; spend per head \(format(low)) to \(format(high))"
            }
            if let reactive = spend.share(of: .reactive) {
                text += "; \(percent(reactive)) reactive, \(percent(spend.share(of: .preventative) ?? 0)) preventative"
            }
            result.append(
                EvidenceSuggestion(
                    statement: "knowledge.2",
                    suggestedLevel: withSpend.count == spend.communities.count ? .established : .developing,
                    evidence: text + "."))
        }
        if let index {
            let scored = Set(index.scores.map(\.community))
            let all = leaves.allSatisfy(scored.contains)
            let definition = index.definition
            var text =
                "\(definition.name): \(index.scores.count) communities scored from \(definition.indicators.count) indicators (\(definition.normalisation), \(definition.weighting), \(definition.aggregation))"
            if !index.excluded.isEmpty { text += "; \(index.excluded.count) left out for missing values" }
            if !index.missingValues.isEmpty { text += "; \(index.missingValues.count) missing values reported" }
            result.append(
                EvidenceSuggestion(
                    statement: "knowledge.3", suggestedLevel: all ? .established : .developing, evidence: text + "."))
        }
        if let appraisal, !appraisal.demand.isEmpty {
            let strongest = appraisal.scenario.evidence.map(\.strength).max()
            let strong = (strongest?.rawValue ?? 0) >= 3
            let services = Set(appraisal.demand.map(\.service)).count
            let agencies = Set(appraisal.benefits.map(\.agency)).count
            let units = appraisal.demand.reduce(0) { $0 + $1.totalUnits }
            let impact =
                "Appraisal of \(appraisal.scenario.interventions.count) interventions: \(units.formatted(.number.precision(.fractionLength(0)).locale(Locale(identifier: "en_GB")))) units of demand avoided in \(services) services, valued for \(agencies) agencies"
            let design = strongest.map { "strongest evidence \($0)" } ?? "no evidence"
            result.append(
                EvidenceSuggestion(
                    statement: "commission.3", suggestedLevel: strong ? .established : .developing,
                    evidence: "\(impact); \(design)."))
            result.append(
                EvidenceSuggestion(
                    statement: "measure.2", suggestedLevel: strong ? .established : .developing,
                    evidence: strong
                        ? "\(impact); \(design) (a comparison group)."
                        : "\(impact); \(design): add a comparison group (SMS level 3) to show what difference the interventions make."
                ))
        }
        if index != nil || appraisal.map({ !$0.demand.isEmpty }) == true {
            let parts = [
                index.map { _ in "a capacity and trust baseline" },
                appraisal.map { _ in "demand and cost impact appraised" },
            ].compactMap { $0 }
            result.append(
                EvidenceSuggestion(
                    statement: "measure.3", suggestedLevel: .developing,
                    evidence:
                        "\(parts.joined(separator: " and ").prefix(1).uppercased() + parts.joined(separator: " and ").dropFirst()); repeat the index and appraisal each year to measure change."
                ))
        }
        return result
    }

    private static func percent(_ share: Double) -> String {
        (share * 100).formatted(.number.precision(.fractionLength(0)).locale(Locale(identifier: "en_GB"))) + "%"
    }
}
