/// Writes an ``AppraisalReport`` as Markdown: the headline, interventions, demand avoided, who
/// pays and who gains, cash flows, sensitivity, time-series evidence, assumptions and sources,
/// and the derivation of every headline figure.
///
/// Tables give money in whole units (`£1,204,250`) so a finance officer can add them up;
/// headline figures add the compact form (`£1.2m`) that charts use.
struct MarkdownReportWriter {
    let report: AppraisalReport
    let options: ReportOptions
    let format: ReportFormatter
    let charts: ReportCharts

    init(report: AppraisalReport, options: ReportOptions) {
        self.report = report
        self.options = options
        self.format = ReportFormatter(locale: options.locale)
        self.charts = ReportCharts(report: report, options: options)
    }

    var portfolio: AppraisalSummary { report.portfolio }

    func write() -> String {
        var lines =
            introduction() + headline() + interventions() + demandAvoided() + communityProfile() + agencies()
            + cashFlows()
        lines += sensitivity() + timeSeries() + assumptionsAndSources()
        if options.includesDerivations, !portfolio.derivations.isEmpty { lines += derivations() }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A blank line and the Markdown image link for a chart in the chart folder; nothing when
    /// the report does not link its charts.
    func link(name: String, title: String) -> [String] {
        guard options.linksCharts else { return [] }
        let directory = options.chartDirectory
        return ["", MarkdownText.image(title, path: directory.isEmpty ? "\(name).svg" : "\(directory)/\(name).svg")]
    }

    private func introduction() -> [String] {
        let settings = report.settings
        let first = report.years.first?.description ?? "–"
        let last = report.years.last?.description ?? "–"
        let timing = settings.timing == .startOfYear ? "the first year undiscounted" : "the first year discounted once"
        var lines = ["# Appraisal: \(MarkdownText.escape(report.scenarioName))", ""]
        if !report.scenarioSummary.isEmpty { lines += [MarkdownText.escape(report.scenarioSummary), ""] }
        var method =
            "Appraised in \(settings.priceBase) prices over \(report.years.count) years (\(first) to \(last)), "
            + "discounted at the \(settings.discounting.name) with \(timing)"
        if let social = settings.socialDiscounting { method += " (social values at the \(social.name))" }
        method +=
            "; costs raised and benefits reduced for optimism bias by confidence grade (\(settings.optimismBias.source))."
        lines.append(MarkdownText.escape(method))
        return lines
    }

    private func headline() -> [String] {
        let npv = portfolio.netPresentValue
        let rows: [[MarkdownText.Cell]] = [
            ["Net present social value", .bold("\(format.compact(npv)) (\(format.whole(npv)))")],
            ["Benefit-cost ratio", .bold(format.ratio(portfolio.benefitCostRatio))],
            [
                "Fiscal return on investment",
                "\(format.ratio(portfolio.fiscalReturnOnInvestment)) (fiscal benefits per £1 of cost)",
            ],
            ["Payback", "\(portfolio.payback)"],
            [
                "Present value of benefits",
                "\(format.compact(portfolio.presentValueOfBenefits)) (\(format.whole(portfolio.presentValueOfBenefits)))",
            ],
            [
                "Present value of costs",
                "\(format.compact(portfolio.presentValueOfCosts)) (\(format.whole(portfolio.presentValueOfCosts)))",
            ],
        ]
        var lines = ["", "## Headline figures", ""]
        lines += MarkdownText.table(["Figure", "Value"], [.left, .right], rows)
        lines += [
            "",
            "The benefit-cost ratio has all intervention costs in the denominator, whoever pays them (Green Book 2022; GMCA public value return on investment).",
            "",
        ]
        lines += ["### Fiscal return by agency", ""]
        if portfolio.fiscalReturnByAgency.isEmpty {
            lines.append("No agency receives fiscal benefits in this appraisal.")
        } else {
            lines += MarkdownText.table(
                ["Agency", "Fiscal benefits (present value)", "Fiscal return per £1 of total cost"],
                [.left, .right, .right],
                portfolio.fiscalReturnByAgency.map { row in
                    [
                        MarkdownText.Cell(row.name), MarkdownText.Cell(format.whole(row.presentValueOfFiscalBenefits)),
                        MarkdownText.Cell(format.ratio(row.fiscalReturnOnInvestment)),
                    ]
                })
        }
        lines += link(name: CumulativeChart.name, title: CumulativeChart.title)
        return lines
    }

    private func interventions() -> [String] {
        guard !report.interventions.isEmpty else { return [] }
        var lines = ["", "## Interventions", ""]
        lines += MarkdownText.table(
            ["Intervention", "PV costs", "PV benefits", "NPSV", "BCR", "Payback"],
            [.left, .right, .right, .right, .right, .left],
            report.interventions.map { item in
                [
                    MarkdownText.Cell(item.title), MarkdownText.Cell(format.whole(item.presentValueOfCosts)),
                    MarkdownText.Cell(format.whole(item.presentValueOfBenefits)),
                    MarkdownText.Cell(format.whole(item.netPresentValue)),
                    MarkdownText.Cell(format.ratio(item.benefitCostRatio)), MarkdownText.Cell(item.payback),
                ]
            })
        return lines
    }

    private func demandAvoided() -> [String] {
        var lines = ["", "## Demand avoided", ""]
        guard !portfolio.demandAvoided.isEmpty else {
            return lines + ["No demand avoided: the scenario has no evidence the engine could value."]
        }
        lines += MarkdownText.table(
            ["Service", "As measured (gross)", "Net additional over the appraisal", "Unit"],
            [.left, .right, .right, .left],
            portfolio.demandAvoided.map { row in
                [
                    MarkdownText.Cell(row.name), MarkdownText.Cell(format.number(row.measured)),
                    MarkdownText.Cell(format.number(row.netAdditional)), MarkdownText.Cell(row.unit),
                ]
            })
        lines += [
            "",
            "Net additional demand is after deadweight, displacement, leakage, substitution and attribution, and persistence with drop-off (HCA Additionality Guide 2014; SROI Guide 2012); optimism bias adjusts values, not counts.",
        ]
        return lines
    }

    private func agencies() -> [String] {
        let flows = portfolio.agencies
        var lines = ["", "## Who pays, who gains", ""]
        lines.append(
            "Present value of the benefits each funder's money bought for each agency (each intervention's benefits shared among its funders in proportion to their costs):"
        )
        lines.append("")
        let header = ["Paid by ↓ · Benefit to →"] + flows.beneficiaries.map(\.name) + ["Benefits bought", "Costs paid"]
        // Indexed defensively: a report decoded from JSON may have arrays of different lengths.
        var rows: [[MarkdownText.Cell]] = flows.funders.indices.map { i in
            let cells = flows.cells.indices.contains(i) ? flows.cells[i] : []
            let bought = Money(
                total: cells.reduce(Int128(0)) { $0 + $1.minorUnits }, report.zero.currency, report.zero.priceBase)
            let paid = flows.costsPaid.indices.contains(i) ? format.whole(flows.costsPaid[i]) : "–"
            return [MarkdownText.Cell(flows.funders[i].name)]
                + cells.map { MarkdownText.Cell($0.isZero ? "–" : format.whole($0)) }
                + [MarkdownText.Cell(format.whole(bought)), MarkdownText.Cell(paid)]
        }
        if flows.hasUnfundedBenefits {
            rows.append(
                [MarkdownText.Cell("No funder (interventions without costs)")]
                    + flows.unfunded.map { MarkdownText.Cell($0.isZero ? "–" : format.whole($0)) } + ["", ""])
        }
        rows.append(
            [.bold("Benefits received")] + flows.benefitsReceived.map { .bold(format.whole($0)) }
                + [
                    .bold(format.whole(portfolio.presentValueOfBenefits)),
                    .bold(format.whole(portfolio.presentValueOfCosts)),
                ])
        lines += MarkdownText.table(header, [.left] + Array(repeating: .right, count: header.count - 1), rows)
        lines += ["", "Each agency's net position (benefits received − costs paid):", ""]
        lines += MarkdownText.table(
            ["Agency", "Costs paid", "Benefits received", "Net position"], [.left, .right, .right, .right],
            flows.positions.map { position in
                [
                    MarkdownText.Cell(position.name), MarkdownText.Cell(format.whole(position.costsPaid)),
                    MarkdownText.Cell(format.whole(position.benefitsReceived)),
                    MarkdownText.Cell(format.whole(position.net)),
                ]
            })
        lines += link(name: AgencyChart.name, title: AgencyChart.title)
        return lines
    }

    private func cashFlows() -> [String] {
        let rows = portfolio.cashFlows
        let zero = report.zero
        func sum(_ values: [Money]) -> Money {
            Money(total: values.reduce(Int128(0)) { $0 + $1.minorUnits }, zero.currency, zero.priceBase)
        }
        // Columns for the value types that occur, so a fiscal-only appraisal has one benefits column.
        let types: [(String, (AppraisalSummary.CashFlow) -> Money)] = [
            ("Fiscal benefits", \.fiscalBenefits), ("Economic benefits", \.economicBenefits),
            ("Social benefits", \.socialBenefits),
        ].filter { _, value in rows.contains { !value($0).isZero } }
        var lines = ["", "## Cash flows by year", ""]
        lines.append(
            "Real terms in \(report.settings.priceBase) prices, after optimism bias; costs and benefits undiscounted, then discounted."
        )
        lines.append("")
        let header =
            ["Year", "Discount factor", "Costs"] + types.map(\.0)
            + ["Discounted costs", "Discounted benefits", "Discounted net", "Cumulative net"]
        var body: [[MarkdownText.Cell]] = rows.map { row in
            [
                MarkdownText.Cell(row.year.description),
                MarkdownText.Cell(format.number(row.discountFactor, digits: 4)),
                MarkdownText.Cell(format.whole(row.costs)),
            ]
                + types.map { MarkdownText.Cell(format.whole($0.1(row))) }
                + [
                    MarkdownText.Cell(format.whole(row.discountedCosts)),
                    MarkdownText.Cell(format.whole(row.discountedBenefits)),
                    MarkdownText.Cell(format.whole(row.discountedNet)),
                    MarkdownText.Cell(format.whole(row.cumulativeNet)),
                ]
        }
        body.append(
            [.bold("Total"), "", .bold(format.whole(sum(rows.map(\.costs))))]
                + types.map { type in .bold(format.whole(sum(rows.map(type.1)))) }
                + [
                    .bold(format.whole(portfolio.presentValueOfCosts)),
                    .bold(format.whole(portfolio.presentValueOfBenefits)),
                    .bold(format.whole(portfolio.netPresentValue)), "",
                ])
        lines += MarkdownText.table(header, [.left] + Array(repeating: .right, count: header.count - 1), body)
        return lines
    }
}
