extension MarkdownReportWriter {
    /// Switching values always; the tornado and the NPV distribution when an analysis was
    /// supplied (Green Book 2022, Chapter 5 sensitivity analysis and Annex A5 on uncertainty).
    func sensitivity() -> [String] {
        var lines = ["", "## Sensitivity", ""]
        lines += switchingValues()
        guard let analysis = report.sensitivity else {
            lines += [
                "",
                "No sensitivity or uncertainty analysis was supplied with this appraisal, so there is no tornado chart or NPV distribution.",
            ]
            return lines
        }
        let currency = report.settings.currency
        let base = report.settings.priceBase
        func money(_ value: Double) -> String { format.whole(major: value, currency: currency, priceBase: base) }
        lines += ["", "Method: \(MarkdownText.escape(analysis.method))"]
        if !analysis.swings.isEmpty {
            lines += [
                "", "### One-way sensitivity", "",
                "Net present social value with each input at its low and high value, the others at base (base \(money(charts.baseline))), largest swing first:",
                "",
            ]
            lines += MarkdownText.table(
                ["Input", "NPV at low value", "NPV at high value", "Swing"], [.left, .right, .right, .right],
                analysis.swingsBySize.map { swing in
                    [
                        MarkdownText.Cell(swing.input), MarkdownText.Cell(money(swing.lowNetPresentValue)),
                        MarkdownText.Cell(money(swing.highNetPresentValue)), MarkdownText.Cell(money(swing.range)),
                    ]
                })
            lines += link(name: TornadoSensitivityChart.name, title: TornadoSensitivityChart.title)
        }
        if let distribution = analysis.distribution {
            lines += ["", "### Distribution of net present value", ""]
            lines.append(
                "\(format.number(Double(distribution.draws), digits: 0)) draws; mean \(money(distribution.mean)); probability that NPV is above zero: **\(format.percent(distribution.probabilityPositive))**."
            )
            if !distribution.percentiles.isEmpty {
                lines.append("")
                lines += MarkdownText.table(
                    ["Percentile", "Net present social value"], [.left, .right],
                    distribution.percentiles.map {
                        [MarkdownText.Cell(ordinal($0.probability)), MarkdownText.Cell(money($0.value))]
                    })
            }
            if !distribution.histogram.isEmpty { lines += link(name: HistogramChart.name, title: HistogramChart.title) }
        }
        return lines
    }

    private func switchingValues() -> [String] {
        let npvPositive = !portfolio.netPresentValue.isNegative
        var parts: [String] = []
        if let share = portfolio.benefitsSwitchingValue {
            parts.append("benefits \(format.percent(abs(share))) \(npvPositive ? "lower" : "higher")")
        }
        if let share = portfolio.costsSwitchingValue {
            parts.append("costs \(format.percent(abs(share))) \(npvPositive ? "higher" : "lower")")
        }
        guard !parts.isEmpty else {
            return ["Switching values are undefined: the appraisal has neither benefits nor costs."]
        }
        return [
            "Switching values: net present social value would be zero with \(parts.joined(separator: " or with ")) than appraised (each alone; NPSV ÷ PV benefits and NPSV ÷ PV costs)."
        ]
    }

    /// "5th", "50th", "95th" for 0.05, 0.5, 0.95.
    private func ordinal(_ probability: Double) -> String {
        // A probability outside 0…1 is the caller's mistake: show it as given rather than trap.
        guard probability.isFinite else { return "n/a" }
        guard (0...1).contains(probability) else { return format.number(probability, digits: 4) }
        let value = probability * 100
        let text = format.number(value, digits: 1)
        let whole = Int(value.rounded())
        guard value == value.rounded() else { return "\(text)th" }
        let suffix = (11...13).contains(whole % 100) ? "th" : [1: "st", 2: "nd", 3: "rd"][whole % 10] ?? "th"
        return text + suffix
    }

    func timeSeries() -> [String] {
        guard !report.timeSeries.isEmpty else { return [] }
        var lines = ["", "## Time-series evidence"]
        for (index, series) in report.timeSeries.enumerated() {
            let chart = TimeSeriesChart(series: series, index: index, options: options)
            let level = series.levelChange
            let slope = series.slopeChange
            let avoided = series.avoided
            func estimate(_ effect: EffectEstimate) -> [MarkdownText.Cell] {
                [
                    MarkdownText.Cell(effect.name), MarkdownText.Cell(format.number(effect.estimate, digits: 3)),
                    MarkdownText.Cell(
                        "\(format.number(effect.lower, digits: 3)) to \(format.number(effect.upper, digits: 3))"),
                    MarkdownText.Cell(effect.pValue.map { format.number($0, digits: 4) } ?? "n/a"),
                ]
            }
            lines += ["", "### \(MarkdownText.escape(series.title))", "", MarkdownText.escape(series.method), ""]
            lines += MarkdownText.table(
                ["Estimate", "Value", "\(format.percent(level.confidenceLevel)) interval", "p-value"],
                [.left, .right, .right, .right],
                [
                    estimate(level), estimate(slope),
                    [
                        MarkdownText.Cell("\(series.unit) avoided, \(avoided.window)"),
                        MarkdownText.Cell(format.number(avoided.units)),
                        MarkdownText.Cell("\(format.number(avoided.lower)) to \(format.number(avoided.upper))"), "",
                    ],
                ])
            lines += link(name: chart.name, title: chart.title)
        }
        return lines
    }

    func assumptionsAndSources() -> [String] {
        var lines = ["", "## Assumptions and sources", "", "### Assumptions", ""]
        if report.assumptions.isEmpty { lines.append("The scenario records no assumptions.") }
        for assumption in report.assumptions {
            var item =
                "- **\(MarkdownText.escape(assumption.id.rawValue))**: \(MarkdownText.escape(assumption.statement)) \\\n  _Why:_ \(MarkdownText.escape(assumption.reasoning))"
            if let source = assumption.source { item += " \\\n  _Source:_ \(MarkdownText.escape(source))" }
            lines.append(item)
        }
        lines += ["", "### Unit costs", ""]
        lines += MarkdownText.table(
            [
                "Unit cost", "Service", "As given", "In \(report.settings.priceBase) prices", "Value type", "Cashable",
                "Bears the cost", "Grade", "Source",
            ],
            [.left, .left, .right, .right, .left, .left, .left, .left, .left],
            report.unitCosts.map { cost in
                [
                    MarkdownText.Cell(cost.id.rawValue), MarkdownText.Cell(cost.service),
                    MarkdownText.Cell("\(format.full(cost.amount)) (\(cost.amount.priceBase))"),
                    MarkdownText.Cell(cost.rebasedAmount.map(format.full) ?? "not used"),
                    MarkdownText.Cell(cost.valueType.rawValue),
                    MarkdownText.Cell(cost.isCashable ? "yes" : "no"), MarkdownText.Cell(cost.agency),
                    MarkdownText.Cell("\(cost.grade.rawValue)"), MarkdownText.Cell(cost.source),
                ]
            })
        lines += ["", "### Evidence", ""]
        lines += MarkdownText.table(
            [
                "Evidence", "Intervention", "Effect", "Period", "Strength", "Grade", "Additionality", "Persistence",
                "Source",
            ],
            [.left, .left, .left, .left, .left, .left, .right, .left, .left],
            report.evidence.map { item in
                [
                    MarkdownText.Cell(item.id.rawValue), MarkdownText.Cell(item.intervention),
                    MarkdownText.Cell(item.effect),
                    MarkdownText.Cell(item.period.description), MarkdownText.Cell(item.strength.description),
                    MarkdownText.Cell("\(item.grade.rawValue)"),
                    MarkdownText.Cell("× \(format.number(item.additionalityFactor, digits: 4))"),
                    MarkdownText.Cell(item.persistence), MarkdownText.Cell(item.source),
                ]
            })
        let settings = report.settings
        lines += [
            "",
            "Strength is the Maryland Scientific Methods Scale (1 = before and after without comparison … 5 = randomised; Magenta Book 2020); grades are the GMCA data confidence grades (1 best … 5 weakest), which set optimism bias.",
            "",
        ]
        lines += ["### Settings", ""]
        lines += [
            "- Price base: \(settings.priceBase) prices, rebased with \(MarkdownText.escape(settings.deflators.source))",
            "- Discounting: \(MarkdownText.escape(settings.discounting.name))\(settings.socialDiscounting.map { "; social values: \(MarkdownText.escape($0.name))" } ?? ""); \(settings.timing == .startOfYear ? "first year undiscounted (t = 0)" : "first year discounted once (t = 1)")",
            "- Optimism bias: \(MarkdownText.escape(settings.optimismBias.source))",
            "- Appraisal period: \(report.years.count) years from \(report.years.first?.description ?? "–")",
        ]
        return lines
    }

    func derivations() -> [String] {
        var lines = [
            "", "## How the headline figures are derived", "",
            "Every figure is traced to its inputs: each step gives its value, the formula that produced it, and the source of any input. Steps already written out in full above are not repeated.",
        ]
        var writer = ExplanationMarkdown()
        for explanation in portfolio.derivations { lines += writer.section(explanation) }
        return lines
    }
}
