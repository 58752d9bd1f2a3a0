import Foundation
import Testing

@testable import CommunityResilience

/// Every chart is well-formed XML (parsed with Foundation's XMLParser) with the expected series,
/// labels and geometry for the bundled example. Expected values come from the example's
/// appraisal (see ExampleAppraisalTests): year 0 costs £755,753.58 at the start and benefits
/// £2,094,706.60 through the year, so payback is 12 × 755,753.58 ÷ 2,094,706.60 = 4.3295 months.
@Suite("Report charts")
struct ChartTests {
    let report: AppraisalReport
    let charts: [SVGChart]

    init() throws {
        report = AppraisalReport(
            try ReportFixture.appraisal(), sensitivity: ReportFixture.sensitivity,
            timeSeries: [try ReportFixture.timeSeries()])
        charts = report.charts()
    }

    func chart(_ name: String) throws -> SVGInspector {
        let chart = try #require(charts.first { $0.name == name })
        let inspector = SVGInspector(chart.svg)
        #expect(inspector.isWellFormed, "\(name): \(String(describing: inspector.error))")
        return inspector
    }

    @Test("the report draws five charts, each a well-formed SVG with a title and description")
    func wellFormed() {
        #expect(
            charts.map(\.name) == [
                "cumulative-costs-and-benefits", "costs-and-benefits-by-agency", "time-series-1",
                "sensitivity-tornado", "npv-distribution",
            ])
        for chart in charts {
            let svg = SVGInspector(chart.svg)
            #expect(svg.isWellFormed, "\(chart.name): \(String(describing: svg.error))")
            #expect(svg.elements.first?.name == "svg")
            #expect(svg.elements.first?.attributes["xmlns"] == "http://www.w3.org/2000/svg")
            #expect(svg.elements.contains { $0.name == "title" && $0.text == chart.title })
            #expect(svg.elements.contains { $0.name == "desc" && !$0.text.isEmpty })
        }
    }

    @Test("cumulative costs and benefits: one point per year, round £ ticks, payback marked at 4.33 months")
    func cumulative() throws {
        let svg = try chart("cumulative-costs-and-benefits")
        #expect(svg.elements("circle", class: "point", "benefits").count == 10)
        #expect(svg.elements("circle", class: "point", "costs").count == 10)
        // Costs: the origin, then a step (two points) at each of 10 year starts, then the end.
        #expect(SVGInspector.points(try #require(svg.elements("polyline", class: "series", "costs").first)).count == 22)
        #expect(
            SVGInspector.points(try #require(svg.elements("polyline", class: "series", "benefits").first)).count == 11)
        #expect(
            svg.elements("text", class: "tick-label", "y").map(\.text) == [
                "£0", "£0.5m", "£1m", "£1.5m", "£2m", "£2.5m",
            ])
        #expect(
            svg.elements("text", class: "tick-label", "x").map(\.text)
                == [
                    "2022-23", "2023-24", "2024-25", "2025-26", "2026-27", "2027-28", "2028-29", "2029-30", "2030-31",
                    "2031-32",
                ])
        #expect(svg.texts.contains("Payback: 5 months"))
        #expect(svg.texts.contains("Cumulative present value (£, 2024-25 prices)"))
        // The marker sits 4.3295 / 12 of the way through year 0 (coordinates are rounded to 0.01 px).
        let ticks = svg.elements("line", class: "tick", "x").compactMap { $0.number("x1") }
        let marker = try #require(svg.elements("circle", class: "payback").first?.number("cx"))
        let fraction = (marker - ticks[0]) / (ticks[1] - ticks[0])
        #expect(isApproximatelyEqual(fraction, 4.329_53 / 12, relativeTolerance: 1e-3))
        // …and on the costs line: y of £755,753.58 on a £0–£2.5m axis.
        let yTicks = svg.elements("line", class: "tick", "y").compactMap { $0.number("y1") }
        let markerY = try #require(svg.elements("circle", class: "payback").first?.number("cy"))
        let share = (yTicks[0] - markerY) / (yTicks[0] - yTicks[5])
        #expect(isApproximatelyEqual(share, 755_753.58 / 2_500_000, relativeTolerance: 1e-3))
    }

    @Test("no payback: the legend says so and nothing is marked")
    func noPayback() throws {
        var scenario = Scenario.example
        scenario.interventions.removeAll { $0.id == "vcse-discharge" }
        scenario.evidence.removeAll { $0.intervention == "vcse-discharge" }
        let chart = try #require(AppraisalReport(try scenario.appraise(with: .example)).charts().first)
        let svg = SVGInspector(chart.svg)
        #expect(svg.isWellFormed)
        #expect(
            svg.elements("text", class: "legend-note").map(\.text) == ["Does not pay back within the appraisal period"])
        #expect(svg.elements("circle", class: "payback").isEmpty)
    }

    @Test("negative values: the axis extends below zero and a zero line is drawn")
    func negativeValues() throws {
        var scenario = Scenario.example
        scenario.evidence[2].effect = .absoluteReduction(units: -6_329)  // discharge demand rose
        let charts = AppraisalReport(try scenario.appraise(with: .example)).charts()
        for chart in charts.prefix(2) {
            let svg = SVGInspector(chart.svg)
            #expect(svg.elements("line", class: "zero-line").count == 1, "\(chart.name)")
            #expect(svg.elements("text", class: "tick-label", "y").first?.text == "-£2.5m", "\(chart.name)")
        }
    }

    @Test("a sixty-year appraisal labels every tenth year and drops the year points")
    func longHorizon() throws {
        var settings = AppraisalSettings.example
        settings.horizonYears = 60
        let chart = try #require(AppraisalReport(try Scenario.example.appraise(with: settings)).charts().first)
        let svg = SVGInspector(chart.svg)
        #expect(
            svg.elements("text", class: "tick-label", "x").map(\.text)
                == ["2022-23", "2032-33", "2042-43", "2052-53", "2062-63", "2072-73"])
        #expect(svg.elements("circle", class: "point").isEmpty)
        #expect(
            SVGInspector.points(try #require(svg.elements("polyline", class: "series", "costs").first)).count == 122)
    }

    @Test("costs and benefits by agency: a pair of bars per agency, heights in proportion")
    func agencies() throws {
        let svg = try chart("costs-and-benefits-by-agency")
        let costs = svg.elements("rect", class: "bar", "costs")
        let benefits = svg.elements("rect", class: "bar", "benefits")
        #expect(costs.count == 4)
        #expect(benefits.count == 4)
        let names = svg.elements("text", class: "category-label").map(\.text)
        #expect(
            names == ["NHS Cheshire and Merseyside ICB", "Fire and rescue service", "NHS acute trust", "Primary care"])
        #expect(svg.texts.contains("£756k"))
        #expect(svg.texts.contains("£2.12m"))
        // NHS acute trust receives £2,117,712.90; the ICB pays £755,753.58.
        let acute = try #require(benefits[2].number("height"))
        let icb = try #require(costs[0].number("height"))
        #expect(isApproximatelyEqual(acute / icb, 2_117_712.90 / 755_753.58, relativeTolerance: 1e-3))
        #expect(benefits[0].number("height") == 0)
    }

    @Test("time series: 24 observed points, the counterfactual from the month before the start")
    func timeSeries() throws {
        let svg = try chart("time-series-1")
        #expect(svg.elements("circle", class: "point", "observed").count == 24)
        #expect(
            SVGInspector.points(try #require(svg.elements("polyline", class: "series", "fitted").first)).count == 24)
        #expect(
            SVGInspector.points(try #require(svg.elements("polyline", class: "series", "counterfactual").first)).count
                == 13)
        #expect(svg.texts.contains("Intervention starts Apr 2023"))
        #expect(
            svg.elements("text", class: "tick-label", "x").map(\.text) == [
                "Jul 2022", "Jan 2023", "Jul 2023", "Jan 2024",
            ])
        #expect(svg.texts.contains("A&E attendances per month"))
        #expect(svg.elements("text", class: "tick-label", "y").first?.text == "0")
    }

    @Test("tornado: largest swing on top, a bar each side of the base, zero line where NPV crosses zero")
    func tornado() throws {
        let svg = try chart("sensitivity-tornado")
        #expect(
            svg.elements("text", class: "category-label").map(\.text)
                == ["VCSE grant cost (£400k–£1.2m)", "Delayed discharge bed days (±30%)", "Discount rate (1.5%–7%)"])
        #expect(svg.elements("rect", class: "bar", "low").count == 3)
        #expect(svg.elements("rect", class: "bar", "high").count == 3)
        #expect(svg.texts.contains("Base NPV £1.2m"))
        #expect(svg.elements("line", class: "zero-line").count == 1)
        #expect(
            svg.elements("text", class: "tick-label", "x").map(\.text) == [
                "-£0.5m", "£0", "£0.5m", "£1m", "£1.5m", "£2m",
            ])
        #expect(svg.texts.contains("-£150k"))
    }

    @Test("NPV histogram: one bar per bin, coloured by sign, NPV = 0 marked")
    func histogram() throws {
        let svg = try chart("npv-distribution")
        #expect(svg.elements("rect", class: "bar", "negative").count == 2)
        #expect(svg.elements("rect", class: "bar", "positive").count == 4)
        #expect(svg.texts.contains("NPV = 0"))
        #expect(svg.texts.contains { $0.contains("P(NPV > 0) = 91%") })
        #expect(svg.elements("text", class: "tick-label", "y").last?.text == "3,000")
    }

    @Test("names with XML markup stay well-formed and read back exactly")
    func escaping() throws {
        var scenario = Scenario.example
        scenario.agencies[scenario.agencies.count - 1].name = "NHS <C&M> \"ICB\" 'north'"
        let report = AppraisalReport(try scenario.appraise(with: .example))
        for chart in report.charts() {
            let svg = SVGInspector(chart.svg)
            #expect(svg.isWellFormed, "\(chart.name)")
        }
        let agencies = SVGInspector(
            try #require(report.charts().first { $0.name == "costs-and-benefits-by-agency" }).svg)
        #expect(
            agencies.elements.contains {
                $0.name == "title" && $0.text.hasPrefix("NHS <C&M> \"ICB\" 'north': costs paid")
            })
    }

    @Test("bad supplied numbers never break a chart")
    func robustness() throws {
        var series = try ReportFixture.timeSeries()
        series.observed = Array(series.observed.prefix(5)) + [.nan]
        series.counterfactual = []
        let analysis = SensitivityAnalysis(
            method: "broken", baselineNetPresentValue: .infinity,
            swings: [.init(input: "NaN", lowNetPresentValue: .nan, highNetPresentValue: 1e300)],
            distribution: .init(
                draws: 0, mean: .nan, percentiles: [], probabilityPositive: .nan,
                histogram: [.init(lower: 5, upper: -5, count: -3), .init(lower: .nan, upper: 1, count: 1)]))
        var report = AppraisalReport(try ReportFixture.appraisal(), sensitivity: analysis, timeSeries: [series])
        report.portfolio.paybackMonths = 1e300
        report.portfolio.agencies.cells = []  // as a hand-edited JSON report might arrive
        report.portfolio.agencies.costsPaid = []
        report.sensitivity?.distribution?.percentiles = [
            .init(probability: 1e300, value: 1), .init(probability: -.infinity, value: 2),
        ]
        let geometry = ["x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "width", "height"]
        for chart in report.charts() {
            let svg = SVGInspector(chart.svg)
            #expect(svg.isWellFormed, "\(chart.name)")
            for element in svg.elements {
                for attribute in geometry {
                    guard let text = element.attributes[attribute] else { continue }
                    #expect(Double(text)?.isFinite == true, "\(chart.name): \(element.name) \(attribute)=\(text)")
                }
                if element.attributes["points"] != nil {
                    #expect(SVGInspector.points(element).allSatisfy { $0.x.isFinite && $0.y.isFinite })
                }
            }
        }
        _ = report.markdown()
        #expect(throws: Never.self) { try report.jsonData() }
    }
}
