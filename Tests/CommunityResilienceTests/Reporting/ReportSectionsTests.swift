import Foundation
import Testing

@testable import CommunityResilience

/// The report's optional sections — sensitivity results and time-series evidence — and its JSON
/// form. Sensitivity numbers are the fixture's, chosen by hand; the time series is the
/// quasi-Poisson fit of InterruptedTimeSeriesTests (statsmodels reference values there).
@Suite("Report sensitivity, time series and JSON")
struct ReportSectionsTests {
    let report: AppraisalReport

    init() throws {
        report = AppraisalReport(
            try ReportFixture.appraisal(), sensitivity: ReportFixture.sensitivity,
            timeSeries: [try ReportFixture.timeSeries()])
    }

    @Test("tornado table largest swing first; distribution percentiles and P(NPV > 0)")
    func sensitivity() {
        let markdown = report.markdown()
        #expect(markdown.contains("Method: One-way sensitivity and Monte Carlo (illustrative numbers)"))
        #expect(markdown.contains("the others at base (base £1,204,250)"))
        let vcse = markdown.range(of: "| VCSE grant cost (£400k–£1.2m) | £1,460,000 | -£150,000 | £1,610,000 |")
        let discharge = markdown.range(of: "| Delayed discharge bed days (±30%) | £576,000 | £1,832,000 | £1,256,000 |")
        let discount = markdown.range(of: "| Discount rate (1.5%–7%) | £1,215,000 | £1,185,000 | £30,000 |")
        #expect(vcse != nil && discharge != nil && discount != nil)
        if let vcse, let discharge, let discount {
            #expect(vcse.lowerBound < discharge.lowerBound && discharge.lowerBound < discount.lowerBound)
        }
        #expect(markdown.contains("10,000 draws; mean £1,150,000; probability that NPV is above zero: **91%**."))
        #expect(markdown.contains("| 5th | -£120,000 |"))
        #expect(markdown.contains("| 50th | £1,140,000 |"))
        #expect(markdown.contains("| 95th | £2,300,000 |"))
        #expect(markdown.contains("![Sensitivity of net present social value](charts/sensitivity-tornado.svg)"))
        #expect(markdown.contains("![Distribution of net present social value](charts/npv-distribution.svg)"))
        #expect(!markdown.contains("No sensitivity or uncertainty analysis was supplied"))
    }

    @Test("time-series evidence: estimates, demand avoided and the chart")
    func timeSeries() {
        let markdown = report.markdown()
        #expect(markdown.contains("## Time-series evidence"))
        #expect(markdown.contains("### A&E attendances, pilot area"))
        // statsmodels: rate ratio exp(−0.26680) = 0.766; avoided 227.655 over 2023-24.
        #expect(markdown.contains("| level change (rate ratio) | 0.766 |"))
        #expect(markdown.contains("| A&E attendances avoided, 2023-24 | 227.7 |"))
        #expect(
            markdown.contains(
                "![Observed and counterfactual demand: A&E attendances, pilot area](charts/time-series-1.svg)"))
    }

    @Test("JSON: sorted keys, exact money, every headline figure with its derivation, and it reads back")
    func json() throws {
        let data = try report.jsonData()
        #expect(try report.jsonData() == data)
        let decoded = try JSONDecoder().decode(AppraisalReport.self, from: data)
        #expect(decoded == report)

        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let portfolio = try #require(object["portfolio"] as? [String: Any])
        let npv = try #require(portfolio["netPresentValue"] as? [String: Any])
        #expect(npv["amount"] as? String == "1204249.85")
        #expect(npv["priceBase"] as? String == "2024-25")
        #expect(
            isApproximatelyEqual(
                try #require(portfolio["benefitCostRatio"] as? Double), 215_652_468.0 / 95_227_483.0,
                relativeTolerance: 1e-12))
        #expect(
            isApproximatelyEqual(
                try #require(portfolio["paybackMonths"] as? Double), 12 * 75_575_358.0 / 209_470_660.0,
                relativeTolerance: 1e-12))
        let derivations = try #require(portfolio["derivations"] as? [[String: Any]])
        #expect(
            derivations.compactMap { $0["label"] as? String } == [
                "Net present social value", "Benefit-cost ratio", "Fiscal return on investment",
                "Fiscal return on investment for NHS acute trust", "Fiscal return on investment for Primary care",
                "Payback period",
            ])
        #expect((object["assumptions"] as? [Any])?.count == Scenario.example.assumptions.count)
        #expect((object["timeSeries"] as? [Any])?.count == 1)
        // Keys are sorted: "assumptions" before "evidence" before "interventions" before "portfolio".
        let text = String(decoding: data, as: UTF8.self)
        let order = ["\"assumptions\"", "\"evidence\"", "\"interventions\"", "\"portfolio\""].compactMap {
            text.range(of: $0)?.lowerBound
        }
        #expect(order.count == 4 && order == order.sorted())
    }

    @Test("JSON of a report without sensitivity results has no sensitivity key; NaN is written as a string")
    func jsonEdges() throws {
        let plain = AppraisalReport(try ReportFixture.appraisal())
        let object = try #require(try JSONSerialization.jsonObject(with: try plain.jsonData()) as? [String: Any])
        #expect(object["sensitivity"] == nil)
        let odd = AppraisalReport(
            try ReportFixture.appraisal(), sensitivity: SensitivityAnalysis(method: "x", baselineNetPresentValue: .nan))
        #expect(String(decoding: try odd.jsonData(), as: UTF8.self).contains("\"baselineNetPresentValue\" : \"NaN\""))
    }

    @Test("the README's report example")
    func readme() throws {
        let appraisal = try Scenario.example.appraise(with: .example)
        let report = AppraisalReport(appraisal)
        let markdown = report.markdown()  // report.md
        let charts = report.charts()  // SVG charts
        let json = try report.jsonData()  // every figure, sorted keys
        #expect(markdown.hasPrefix("# Appraisal: Home safety checks and VCSE discharge support"))
        #expect(charts.map(\.fileName) == ["cumulative-costs-and-benefits.svg", "costs-and-benefits-by-agency.svg"])
        #expect(!json.isEmpty)
        #expect(report.portfolio.payback == "5 months")
    }
}
