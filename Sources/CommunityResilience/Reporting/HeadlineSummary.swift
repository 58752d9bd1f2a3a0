import Foundation

/// The headline figures of an appraisal as plain text: demand avoided, benefits by agency, NPV,
/// BCR and payback — what `resilience report` prints.
public struct HeadlineSummary: Sendable, CustomStringConvertible {
    /// The appraisal summarised.
    public let appraisal: Appraisal
    /// The locale for numbers and money (British English by default).
    public let locale: Locale

    /// Creates a summary.
    public init(_ appraisal: Appraisal, locale: Locale = Locale(identifier: "en_GB")) {
        self.appraisal = appraisal
        self.locale = locale
    }

    /// The value as reports and error messages show it.
    public var description: String {
        let settings = appraisal.settings
        var lines = [
            "# \(appraisal.scenario.name)", "",
            "Appraisal in \(settings.priceBase) prices, \(appraisal.years.first.map(String.init(describing:)) ?? "") to \(appraisal.years.last.map(String.init(describing:)) ?? "") (\(settings.horizonYears) years), discounted at the \(settings.discounting.name), \(settings.timing == .startOfYear ? "first year undiscounted" : "first year discounted once"); optimism bias by confidence grade.",
        ]
        lines += section(appraisal.portfolio, heading: "## Portfolio")
        for result in appraisal.interventionResults {
            lines += section(result, heading: "## \(result.title)")
        }
        return lines.joined(separator: "\n")
    }

    private func money(_ value: Money) -> String { value.formatted(.wholeUnits(locale: locale)) }

    private func number(_ value: Double) -> String {
        value.formatted(.number.precision(.fractionLength(0...1)).locale(locale))
    }

    private func section(_ result: AppraisalResult, heading: String) -> [String] {
        var lines = ["", heading, ""]
        lines.append("Demand avoided:")
        for item in result.demandAvoided {
            lines.append(
                "- \(number(item.netAdditional)) \(item.measure.pluralUnitName) (net additional; \(number(item.measured)) as measured)"
            )
        }
        let flows = result.whoPaysWhoGains
        lines.append("Benefits by agency (present value):")
        for agency in flows.beneficiaries {
            lines.append(
                "- \(appraisal.context.agencyName(agency)): \(money(flows.benefitsByBeneficiary[agency] ?? appraisal.context.zero))"
            )
        }
        lines.append("Costs by funder (present value):")
        for agency in flows.funders {
            lines.append(
                "- \(appraisal.context.agencyName(agency)): \(money(flows.costsByFunder[agency] ?? appraisal.context.zero))"
            )
        }
        let ratio =
            result.benefitCostRatio.value.map { $0.formatted(.number.precision(.fractionLength(2)).locale(locale)) }
            ?? "n/a"
        lines += [
            "Present value of benefits: \(money(result.presentValueOfBenefits.value))",
            "Present value of costs: \(money(result.presentValueOfCosts.value))",
            "Net present social value: \(money(result.netPresentValue.value))",
            "Benefit-cost ratio: \(ratio)",
            "Payback: \(result.payback.value)",
        ]
        return lines
    }
}
