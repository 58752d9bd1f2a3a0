import Foundation

/// A plain-text outline of a scenario: what it contains and the evidence it rests on.
///
/// Used by `resilience report` before any appraisal figures, and handy in logs.
public struct ScenarioSummary: Hashable, Sendable, CustomStringConvertible {
    /// The scenario summarised.
    public let scenario: Scenario

    /// Creates a summary.
    public init(_ scenario: Scenario) {
        self.scenario = scenario
    }

    /// The value as reports and error messages show it.
    public var description: String {
        var lines = ["# \(scenario.name)", ""]
        if !scenario.summary.isEmpty { lines += [scenario.summary, ""] }
        lines.append(
            "\(count(scenario.communities.count, "community", "communities")), "
                + "\(count(scenario.agencies.count, "agency", "agencies")), "
                + "\(count(scenario.services.count, "service", "services")), "
                + "\(count(scenario.unitCosts.count, "unit cost", "unit costs")), "
                + "\(count(scenario.interventions.count, "intervention", "interventions")), "
                + "\(count(scenario.evidence.count, "evidence item", "evidence items")), "
                + "\(count(scenario.assumptions.count, "assumption", "assumptions")).")
        let services = Dictionary(scenario.services.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for intervention in scenario.interventions {
            lines += [
                "", "## \(intervention.name)",
                "Delivered \(intervention.start) to \(intervention.end); \(intervention.participants) participants.",
            ]
            for item in scenario.evidence where item.intervention == intervention.id {
                let unit = services[item.service]?.measure.pluralUnitName ?? item.service.rawValue
                lines.append(
                    "- \(describe(item.effect, unit: unit)) over \(item.period) (\(item.strength); \(item.source))")
            }
        }
        return lines.joined(separator: "\n")
    }

    private func count(_ n: Int, _ singular: String, _ plural: String) -> String {
        "\(n) \(n == 1 ? singular : plural)"
    }

    private func describe(_ effect: MeasuredEffect, unit: String) -> String {
        switch effect {
        case .absoluteReduction(let units):
            return "\(units.formatted(.number.grouping(.automatic))) fewer \(unit)"
        case .relativeReduction(let fraction, let baseline):
            return "\(fraction.percentage.formatted())% fewer \(unit) on a baseline of \(baseline.formatted()) a year"
        case .beforeAndAfter(let counts):
            return "\(unit): \(counts.baseline.formatted()) before, \(counts.followUp.formatted()) after"
        case .cohort(let chain):
            return
                "cohort of \(chain.eligible.formatted()), \(chain.engagement) engaged, \(chain.success) succeed, \(chain.unitsAvoidedPerSuccess.formatted()) \(unit) avoided each"
        case .estimate(let estimate):
            return
                "\(estimate.unitsAvoided.formatted()) \(unit) avoided (\(estimate.lower.formatted()) to \(estimate.upper.formatted())), \(estimate.method)"
        }
    }
}
