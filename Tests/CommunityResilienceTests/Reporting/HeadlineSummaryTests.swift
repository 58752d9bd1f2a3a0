import Foundation
import Testing

@testable import CommunityResilience

/// The headline summary is the same text, byte for byte, as it was when every figure went through
/// the appraisal's figures and Foundation's format styles one call at a time.
@Suite("Headline summary")
struct HeadlineSummaryTests {
    /// The summary as written before its formatting was sped up: each figure from the public
    /// ``AppraisalResult`` API, each number and amount through Foundation.
    static func reference(_ appraisal: Appraisal, locale: Locale) -> String {
        func money(_ value: Money) -> String { value.formatted(.wholeUnits(locale: locale)) }
        func number(_ value: Double) -> String {
            value.formatted(.number.precision(.fractionLength(0...1)).locale(locale))
        }
        func section(_ result: AppraisalResult, heading: String) -> [String] {
            var lines = ["", heading, "", "Demand avoided:"]
            for item in result.demandAvoided {
                lines.append(
                    "- \(number(item.netAdditional)) \(item.measure.pluralUnitName) (net additional; \(number(item.measured)) as measured)"
                )
            }
            let flows = result.whoPaysWhoGains
            let zero = appraisal.context.zero
            lines.append("Benefits by agency (present value):")
            for agency in flows.beneficiaries {
                lines.append(
                    "- \(appraisal.context.agencyName(agency)): \(money(flows.benefitsByBeneficiary[agency] ?? zero))")
            }
            lines.append("Costs by funder (present value):")
            for agency in flows.funders {
                lines.append("- \(appraisal.context.agencyName(agency)): \(money(flows.costsByFunder[agency] ?? zero))")
            }
            let ratio =
                result.benefitCostRatio.value.map { $0.formatted(.number.precision(.fractionLength(2)).locale(locale)) }
                ?? "n/a"
            return lines + [
                "Present value of benefits: \(money(result.presentValueOfBenefits.value))",
                "Present value of costs: \(money(result.presentValueOfCosts.value))",
                "Net present social value: \(money(result.netPresentValue.value))",
                "Benefit-cost ratio: \(ratio)",
                "Payback: \(result.payback.value)",
            ]
        }
        let settings = appraisal.settings
        var lines = [
            "# \(appraisal.scenario.name)", "",
            "Appraisal in \(settings.priceBase) prices, \(appraisal.years.first.map(String.init(describing:)) ?? "") to \(appraisal.years.last.map(String.init(describing:)) ?? "") (\(settings.horizonYears) years), discounted at the \(settings.discounting.name), \(settings.timing == .startOfYear ? "first year undiscounted" : "first year discounted once"); optimism bias by confidence grade.",
        ]
        lines += section(appraisal.portfolio, heading: "## Portfolio")
        for result in appraisal.interventionResults { lines += section(result, heading: "## \(result.title)") }
        return lines.joined(separator: "\n")
    }

    /// The example (NPSV +£1.2m), the small scenario, and the small scenario without costs (no
    /// BCR), appraised with the example settings.
    static func appraisals() throws -> [Appraisal] {
        var unfunded = try smallScenario()
        unfunded.interventions[0].costs = []
        return [
            try Scenario.example.appraise(with: .example), try smallScenario().appraise(with: .example),
            try unfunded.appraise(with: .example),
        ]
    }

    @Test(
        "the text is the reference text, byte for byte",
        arguments: ["en_GB", "en_US", "de_DE", "fr_FR", "en_IN", "ja_JP"])
    func matchesReference(identifier: String) throws {
        let locale = Locale(identifier: identifier)
        for appraisal in try Self.appraisals() {
            let text = HeadlineSummary(appraisal, locale: locale).description
            #expect(Array(text.utf8) == Array(Self.reference(appraisal, locale: locale).utf8))
        }
    }

    @Test("the example's summary, in British English")
    func example() throws {
        let text = HeadlineSummary(try Scenario.example.appraise(with: .example)).description
        // Figures of ExampleAppraisalTests: PV benefits 215,652,468p, costs 95,227,483p.
        #expect(text.contains("Present value of benefits: £2,156,525"))
        #expect(text.contains("Present value of costs: £952,275"))
        #expect(text.contains("Net present social value: £1,204,250"))
        #expect(text.contains("Benefit-cost ratio: 2.26"))
        let unfunded = try Self.appraisals()[2]
        #expect(HeadlineSummary(unfunded).description.contains("Benefit-cost ratio: n/a"))
    }

    @Test("the headline values, payback and agency totals are those of the figures and of who pays, who gains")
    func headlineValues() throws {
        for appraisal in try Self.appraisals() {
            for result in [appraisal.portfolio] + appraisal.interventionResults {
                let values = result.headlineValues
                #expect(values.presentValueOfBenefits == result.presentValueOfBenefits.value)
                #expect(values.presentValueOfCosts == result.presentValueOfCosts.value)
                #expect(values.netPresentValue == result.netPresentValue.value)
                #expect(values.benefitCostRatio == result.benefitCostRatio.value)
                #expect(result.paybackValue == result.payback.value)
                let flows = result.whoPaysWhoGains
                let totals = result.agencyTotals
                #expect(totals.costsByFunder.mapValues { $0 } == flows.costsByFunder.mapValues(\.minorUnits))
                #expect(
                    totals.benefitsByBeneficiary.mapValues { $0 } == flows.benefitsByBeneficiary.mapValues(\.minorUnits)
                )
            }
        }
    }
}
