import CommunityResilience
import Foundation

/// The headline figures of an appraisal, each with its full derivation, as stable plain text —
/// what a golden file holds.
///
/// For the portfolio and then each intervention (in identifier order), the text gives the demand
/// avoided per service and the explanation (``CommunityResilience/Figure/explanation``) of the present value of
/// benefits, the present value of costs, the net present social value, the benefit-cost ratio,
/// the fiscal return on investment, the present value of benefits to each agency that gains, and
/// the payback period. The explanations print money to the penny, so any change that moves a
/// headline figure by a penny changes the text; ratios and payback, which explanations round,
/// are also given exactly (`exact value: 1.6`, `exact value: 7.5 months`).
///
/// A derivation that has already been written in full is not repeated: later occurrences print
/// its first line followed by `(derived above)`, so the net present value refers to the present
/// values above it and an intervention's lines to the portfolio's. The file stays short enough to
/// review, and a change shows once in full and as a changed value wherever it is reused.
///
/// The text depends only on the appraisal: no dates, paths or versions, and numbers formatted
/// in British English whatever the machine's locale.
public struct AppraisalSnapshot: Sendable, CustomStringConvertible {
    /// The appraisal described.
    public let appraisal: Appraisal

    /// Describes an appraisal.
    public init(_ appraisal: Appraisal) {
        self.appraisal = appraisal
    }

    /// The text, ending with a line break.
    public var description: String {
        var writer = SnapshotWriter()
        let settings = appraisal.settings
        let first = appraisal.years.first.map { "\($0)" } ?? "none"
        writer.lines += [
            "# Headline figures: \(appraisal.scenario.name)",
            "# \(settings.currency) in \(settings.priceBase) prices; deflators: \(settings.deflators.source)",
            "# Year 0 is \(first), \(settings.horizonYears) years; \(settings.discounting.name)"
                + "\(settings.socialDiscounting.map { ", social values at \($0.name)" } ?? ""), "
                + "\(settings.timing == .startOfYear ? "first year undiscounted" : "first year discounted once")",
            "# Optimism bias: \(settings.optimismBias.source)",
        ]
        writer.write(appraisal.portfolio, heading: "## Portfolio: \(appraisal.portfolio.title)")
        for id in appraisal.scenario.interventions.map(\.id).sorted() {
            guard let result = appraisal.result(for: id) else { continue }
            writer.write(result, heading: "## Intervention \(id): \(result.title)")
        }
        return writer.lines.joined(separator: "\n") + "\n"
    }
}

/// Writes results and explanations line by line, remembering which derivations it has written.
struct SnapshotWriter {
    var lines: [String] = []
    var written: Set<Explanation> = []

    mutating func write(_ result: AppraisalResult, heading: String) {
        lines += ["", heading, "", "Demand avoided:"]
        let demand = result.demandAvoided
        if demand.isEmpty { lines.append("- none") }
        for item in demand {
            lines.append(
                "- \(item.service): \(number(item.netAdditional)) \(item.measure.pluralUnitName) net additional "
                    + "(\(number(item.measured)) measured)")
        }
        // Ratios print four decimals and payback whole months, so their exact values are added:
        // a change in how they are computed must show even when the pennies do not move.
        var figures: [(Explanation, exact: String?)] = [
            (result.presentValueOfBenefits.explanation, nil), (result.presentValueOfCosts.explanation, nil),
            (result.netPresentValue.explanation, nil),
            (result.benefitCostRatio.explanation, exact(result.benefitCostRatio.value)),
            (result.fiscalReturnOnInvestment.explanation, exact(result.fiscalReturnOnInvestment.value)),
        ]
        figures += result.whoPaysWhoGains.beneficiaries.map { (result.presentValueOfBenefits(to: $0).explanation, nil) }
        figures.append((result.payback.explanation, exact(result.payback.value)))
        for (figure, exact) in figures {
            lines.append("")
            write(figure, depth: 0, exact: exact)
        }
    }

    /// One explanation, in the layout of ``CommunityResilience/Explanation/description``, with derivations already
    /// written replaced by a reference.
    mutating func write(_ explanation: Explanation, depth: Int, exact: String? = nil) {
        let indent = String(repeating: "  ", count: depth)
        if !explanation.steps.isEmpty, written.contains(explanation) {
            lines.append("\(indent)\(explanation.label): \(explanation.value) (derived above)")
            return
        }
        lines.append("\(indent)\(explanation.label): \(explanation.value)")
        if let exact { lines.append("\(indent)  exact value: \(exact)") }
        if let formula = explanation.formula { lines.append("\(indent)  = \(formula)") }
        if let source = explanation.source { lines.append("\(indent)  source: \(source)") }
        for step in explanation.steps { write(step, depth: depth + 1) }
        if !explanation.steps.isEmpty { written.insert(explanation) }
    }

    /// A ratio at full precision (Swift's shortest round-trip form, the same on every platform).
    func exact(_ ratio: Double?) -> String {
        ratio.map { "\($0)" } ?? "undefined"
    }

    /// Payback months at full precision.
    func exact(_ payback: Payback) -> String {
        switch payback {
        case .never: return "never"
        case .months(let months): return "\(months) months"
        }
    }

    /// Up to six decimals, British English, so 204.75 and 6,329 print as people write them.
    func number(_ value: Double) -> String {
        value.formatted(.number.precision(.fractionLength(0...6)).locale(Locale(identifier: "en_GB")))
    }
}
