import Foundation
import Testing

@testable import CommunityResilience

/// The Markdown report of the bundled example. Expected figures are the example's (see
/// ExampleAppraisalTests for their derivation) formatted for UK readers; ratios and switching
/// values were computed in Python:
///
/// ```python
/// npv, pvb, pvc = 120424985, 215652468, 95227483          # pence
/// npv / pvb   # 0.558421…  → "55.8%" (benefits would have to fall by this share)
/// npv / pvc   # 1.264603…  → "126.5%" (costs would have to rise by this share)
/// 211771290 / pvc   # NHS acute trust fiscal return 2.2238… → "2.22"
/// 3881178 / pvc     # primary care 0.04076… → "0.04"
/// ```
@Suite("Markdown report of the bundled example")
struct MarkdownReportTests {
    let report: AppraisalReport
    let markdown: String

    init() throws {
        report = AppraisalReport(try ReportFixture.appraisal())
        markdown = report.markdown()
    }

    @Test("sections appear in order")
    func sections() throws {
        let headings = [
            "# Appraisal: Home safety checks and VCSE discharge support", "## Headline figures",
            "### Fiscal return by agency", "## Interventions", "## Demand avoided", "## Who pays, who gains",
            "## Cash flows by year", "## Sensitivity", "## Assumptions and sources", "### Assumptions",
            "### Unit costs", "### Evidence", "### Settings", "## How the headline figures are derived",
        ]
        let lines = markdown.split(separator: "\n").map(String.init)
        let positions = try headings.map { heading in try #require(lines.firstIndex(of: heading), "missing \(heading)")
        }
        #expect(positions == positions.sorted())
        #expect(!markdown.contains("## Time-series evidence"))
    }

    @Test("headline figures: NPSV, BCR, fiscal return overall and by agency, payback")
    func headline() {
        #expect(markdown.contains("| Net present social value | **£1.2m (£1,204,250)** |"))
        #expect(markdown.contains("| Benefit-cost ratio | **2.26** |"))
        #expect(markdown.contains("| Fiscal return on investment | 2.26 (fiscal benefits per £1 of cost) |"))
        #expect(markdown.contains("| Payback | 5 months |"))
        #expect(markdown.contains("| Present value of benefits | £2.16m (£2,156,525) |"))
        #expect(markdown.contains("| Present value of costs | £952k (£952,275) |"))
        #expect(markdown.contains("| NHS acute trust | £2,117,713 | 2.22 |"))
        #expect(markdown.contains("| Primary care | £38,812 | 0.04 |"))
    }

    @Test("demand avoided per service, gross and net additional")
    func demand() {
        // 130 × 0.9 × (1 + 0.5 + 0.25) = 204.75; 600 × 0.9 × 1.75 = 945.
        #expect(markdown.contains("| A&E attendances | 130 | 204.8 | A&E attendances |"))
        #expect(markdown.contains("| Repeat GP appointments | 600 | 945 | GP appointments |"))
        #expect(markdown.contains("| Delayed discharge bed days | 6,329 | 6,329 | delayed discharge days |"))
    }

    @Test("who pays, who gains: the funder × beneficiary matrix and net positions")
    func agencies() {
        #expect(
            markdown.contains(
                "| Paid by ↓ · Benefit to → | NHS acute trust | Primary care | Benefits bought | Costs paid |"))
        #expect(markdown.contains("| NHS Cheshire and Merseyside ICB | £2,094,707 | – | £2,094,707 | £755,754 |"))
        // The fire service bought all of the home safety checks' benefits: £23,006.30 + £38,811.78.
        #expect(markdown.contains("| Fire and rescue service | £23,006 | £38,812 | £61,818 | £196,521 |"))
        #expect(
            markdown.contains(
                "| **Benefits received** | **£2,117,713** | **£38,812** | **£2,156,525** | **£952,275** |"))
        #expect(markdown.contains("| NHS Cheshire and Merseyside ICB | £755,754 | £0 | -£755,754 |"))
    }

    @Test("cash flows by year with discounted totals")
    func cashFlows() {
        #expect(
            markdown.contains(
                "| Year | Discount factor | Costs | Fiscal benefits | Discounted costs | Discounted benefits | Discounted net | Cumulative net |"
            ))
        // Year 0: costs £755,753.58, benefits £2,094,706.60, undiscounted.
        #expect(
            markdown.contains(
                "| 2022-23 | 1 | £755,754 | £2,094,707 | £755,754 | £2,094,707 | £1,338,953 | £1,338,953 |"))
        // Year 1 discount factor 1 ÷ 1.035 = 0.966184.
        #expect(markdown.contains("| 2023-24 | 0.9662 |"))
        #expect(markdown.contains("| **£952,275** | **£2,156,525** | **£1,204,250** |  |"))
        #expect(!markdown.contains("Economic benefits"))
    }

    @Test("sensitivity: switching values always; says when no analysis was supplied")
    func sensitivityHook() {
        #expect(markdown.contains("would be zero with benefits 55.8% lower or with costs 126.5% higher than appraised"))
        #expect(markdown.contains("No sensitivity or uncertainty analysis was supplied"))
        #expect(!markdown.contains("sensitivity-tornado.svg"))
    }

    @Test("every assumption is listed with its reasoning and source")
    func assumptions() {
        for assumption in Scenario.example.assumptions {
            #expect(
                markdown.contains("- **\(assumption.id.rawValue)**: \(MarkdownText.escape(assumption.statement)) \\"))
            #expect(markdown.contains("  _Why:_ \(MarkdownText.escape(assumption.reasoning))"))
            if let source = assumption.source { #expect(markdown.contains("_Source:_ \(MarkdownText.escape(source))")) }
        }
    }

    @Test("unit costs and evidence are listed with their sources, strengths and grades")
    func sources() {
        #expect(
            markdown.contains(
                "| uc-ae | A&E attendances | £109.00 (2011-12) | £154.99 | fiscal | no | NHS acute trust | 3 | GMCA (New Economy) Unit Cost Database v1.4, HE4.0 'A&E attendance, all scenarios', £109, 2011-12 prices |"
            ))
        #expect(
            markdown.contains(
                "| ev-gp | Fire service home safety checks with health referral | 60% fewer GP appointments on a baseline of 1,000 a year | 2023-24 | SMS level 1 | 4 | × 0.9 | 3 years, drop-off 50% a year |"
            ))
        #expect(markdown.contains("National Consortium for Societal Resilience \\[UK+\\]"))
        #expect(markdown.contains("- Discounting: Green Book STPR (3.5% declining); first year undiscounted (t = 0)"))
    }

    @Test("every headline figure's derivation, shared steps written once")
    func derivations() {
        for heading in [
            "### Net present social value: £1,204,249.85", "### Benefit-cost ratio: 2.2646",
            "### Fiscal return on investment: 2.2646", "### Fiscal return on investment for NHS acute trust: 2.2238",
            "### Fiscal return on investment for Primary care: 0.0408", "### Payback period: 5 months",
        ] {
            #expect(markdown.contains("\n\(heading)\n"), "missing \(heading)")
        }
        #expect(markdown.contains("- **Present value of benefits**: £2,156,524.68 (derivation shown above)"))
        #expect(
            markdown.contains(
                "    `= £109.00 in 2011-12 prices × deflator(2024-25) ÷ deflator(2011-12), rounded to the penny` \\"))
        let derivation = markdown.components(separatedBy: "## How the headline figures are derived").last ?? ""
        // The NPSV tree is written out in full once: its 3 benefit lines' year steps appear once.
        #expect(derivation.components(separatedBy: "**2022-23 (t = 0)**: £2,094,706.60").count == 2)
    }

    @Test("chart links point at the rendered charts; none when the report is printed alone")
    func links() {
        let rendered = report.rendered()
        #expect(
            rendered.files.map(\.path) == [
                "report.md", "charts/cumulative-costs-and-benefits.svg", "charts/costs-and-benefits-by-agency.svg",
            ])
        #expect(
            markdown.contains("![Cumulative discounted costs and benefits](charts/cumulative-costs-and-benefits.svg)"))
        #expect(markdown.contains("![Costs and benefits by agency](charts/costs-and-benefits-by-agency.svg)"))
        let printed = report.markdown(options: ReportOptions(linksCharts: false))
        #expect(!printed.contains("!["))
        let flat = report.markdown(options: ReportOptions(chartDirectory: ""))
        #expect(flat.contains("](cumulative-costs-and-benefits.svg)"))
    }

    @Test("options: no derivations; another locale")
    func options() throws {
        let short = report.markdown(options: ReportOptions(includesDerivations: false))
        #expect(!short.contains("## How the headline figures are derived"))
        #expect(short.count < markdown.count / 2)
        let figuresOnly = AppraisalReport(try ReportFixture.appraisal(), includesDerivations: false)
        #expect(figuresOnly.portfolio.derivations.isEmpty)
        #expect(!figuresOnly.markdown().contains("## How the headline figures are derived"))
        let german = report.markdown(options: ReportOptions(locale: Locale(identifier: "de_DE")))
        #expect(german.contains("1.204.250"))
        #expect(german.contains("2,26"))
    }

    @Test("tables keep their shape when names contain Markdown")
    func escaping() throws {
        var scenario = Scenario.example
        scenario.agencies[scenario.agencies.count - 1].name = "ICB | *north* [C&M]"
        let markdown = AppraisalReport(try scenario.appraise(with: .example)).markdown()
        #expect(markdown.contains("| ICB \\| \\*north\\* \\[C&M\\] | £2,094,707 | – | £2,094,707 | £755,754 |"))
        // Every row of every table has as many unescaped pipes as its header.
        var expected: Int?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else {
                expected = nil
                continue
            }
            let pipes = line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
            if let expected { #expect(pipes == expected, "\(line)") } else { expected = pipes }
        }
    }
}
