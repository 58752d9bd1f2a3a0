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

    /// The summary as Markdown-flavoured text: a title, the appraisal's conventions, then the
    /// portfolio and each intervention (in identifier order) with demand avoided, benefits by
    /// agency, costs by funder, present values, NPSV, BCR and payback.
    ///
    /// Numbers and money read as Foundation's format styles write them in ``locale``; they are
    /// formatted through a pattern learnt once per summary from those styles (see
    /// `PlainNumberFormatter`), which is several times faster for a portfolio of thousands.
    public var description: String {
        let settings = appraisal.settings
        let text = PlainNumberFormatter(locale: locale, currency: settings.currency)
        var lines = [
            "# \(appraisal.scenario.name)", "",
            "Appraisal in \(settings.priceBase) prices, \(appraisal.years.first.map(String.init(describing:)) ?? "") to \(appraisal.years.last.map(String.init(describing:)) ?? "") (\(settings.horizonYears) years), discounted at the \(settings.discounting.name), \(settings.timing == .startOfYear ? "first year undiscounted" : "first year discounted once"); optimism bias by confidence grade.",
        ]
        lines += section(appraisal.portfolio, heading: "## Portfolio", text)
        for result in appraisal.interventionResults {
            lines += section(result, heading: "## \(result.title)", text)
        }
        return lines.joined(separator: "\n")
    }

    private func section(_ result: AppraisalResult, heading: String, _ text: PlainNumberFormatter) -> [String] {
        let zero = appraisal.context.zero
        func money(_ minorUnits: Int128?) -> String {
            text.wholeUnits(minorUnits.map { Money(total: $0, zero.currency, zero.priceBase) } ?? zero)
        }
        var lines = ["", heading, ""]
        lines.append("Demand avoided:")
        for item in result.demandAvoided {
            lines.append(
                "- \(text.number(item.netAdditional, .upTo(1))) \(item.measure.pluralUnitName) (net additional; \(text.number(item.measured, .upTo(1))) as measured)"
            )
        }
        // The margins of `whoPaysWhoGains`, without its cells, which the summary does not print.
        let (costsByFunder, benefitsByBeneficiary) = result.agencyTotals
        lines.append("Benefits by agency (present value):")
        for agency in benefitsByBeneficiary.keys.sorted() {
            lines.append("- \(appraisal.context.agencyName(agency)): \(money(benefitsByBeneficiary[agency]))")
        }
        lines.append("Costs by funder (present value):")
        for agency in costsByFunder.keys.sorted() {
            lines.append("- \(appraisal.context.agencyName(agency)): \(money(costsByFunder[agency]))")
        }
        let values = result.headlineValues
        let ratio = values.benefitCostRatio.map { text.number($0, .exactly(2)) } ?? "n/a"
        lines += [
            "Present value of benefits: \(text.wholeUnits(values.presentValueOfBenefits))",
            "Present value of costs: \(text.wholeUnits(values.presentValueOfCosts))",
            "Net present social value: \(text.wholeUnits(values.netPresentValue))",
            "Benefit-cost ratio: \(ratio)",
            "Payback: \(result.paybackValue)",
        ]
        return lines
    }
}
