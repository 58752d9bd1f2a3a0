/// Cumulative discounted costs against cumulative discounted benefits by appraisal year, with
/// the payback point marked.
///
/// The lines follow the convention of ``Payback``: each year's costs fall at its start (a step
/// up) and its benefits arise evenly through it (a straight line), so the point where the
/// benefits line meets the costs line is exactly the payback the report states (GMCA CBA model,
/// discounted cumulative flows). Points mark year ends.
struct CumulativeChart {
    let summary: AppraisalSummary
    let currency: Currency
    let priceBase: PriceBase
    let discounting: String
    let options: ReportOptions

    static let name = "cumulative-costs-and-benefits"
    static let title = "Cumulative discounted costs and benefits"

    func chart() -> SVGChart {
        let (width, height) = options.chartSize
        var svg = SVGWriter(width: width, height: height)
        let rows = summary.cashFlows
        let count = rows.count
        let costs = rows.map(\.cumulativeDiscountedCosts.doubleValue)
        let benefits = rows.map(\.cumulativeDiscountedBenefits.doubleValue)

        var top = svg.header(title: Self.title, subtitle: "Present values in \(priceBase) prices, \(discounting)")
        let paysBack = summary.paybackMonths.map(\.isFinite) == true && count > 0
        top = svg.legend(
            [
                LegendItem(label: "Benefits (cumulative present value)", color: Palette.benefits, mark: .line),
                LegendItem(label: "Costs (cumulative present value)", color: Palette.costs, mark: .line),
                paysBack
                    ? LegendItem(label: "Payback", color: Palette.positive, mark: .marker)
                    : LegendItem(
                        label: "Does not pay back within the appraisal period", color: Palette.costs, mark: .note),
            ], x: 16, y: top + 16, maxWidth: width - 32)
        let note =
            "Costs are counted at the start of each year and benefits evenly through it, as for payback; points mark year ends."

        let nice = NiceScale(covering: costs + benefits, includingZero: true)
        let format = AxisFormat.money(currency, options.locale)
        let labels = format.labels(for: nice.ticks, step: nice.step)
        let left = SVGWriter.verticalAxisWidth(labels: labels)
        let frame = ChartFrame(
            left: left, top: top + 12, right: width - 24, bottom: height - svg.bottomMargin(footnote: note))
        let y = LinearScale(domain: (nice.lower, nice.upper), range: (frame.bottom, frame.top))
        let x = LinearScale(domain: (0, Double(max(count, 1))), range: (frame.left, frame.right))
        svg.verticalValueAxis(
            y, ticks: nice.ticks, labels: labels, frame: frame,
            title: "Cumulative present value (\(currency.symbol), \(priceBase) prices)",
            shortTitle: "Cumulative PV (\(currency.symbol), \(priceBase))")
        yearAxis(&svg, x: x, frame: frame, count: count)

        // Costs: a step at the start of each year. Benefits: straight through each year.
        var costPath: [(x: Double, y: Double)] = [(x(0), y(0))]
        var previous = 0.0
        for t in 0..<count {
            costPath.append((x(Double(t)), y(previous)))
            costPath.append((x(Double(t)), y(costs[t])))
            previous = costs[t]
        }
        costPath.append((x(Double(count)), y(previous)))
        let benefitPath = [(x: x(0), y: y(0))] + benefits.indices.map { (x: x(Double($0 + 1)), y: y(benefits[$0])) }
        svg.polyline(benefitPath, stroke: Palette.benefits, width: 2.5, class: "series benefits")
        svg.polyline(costPath, stroke: Palette.costs, width: 2.5, class: "series costs")
        if count <= 40 {
            let formatter = ReportFormatter(locale: options.locale)
            for t in 0..<count {
                svg.circle(
                    x: x(Double(t + 1)), y: y(benefits[t]), radius: 3.5, fill: Palette.benefits,
                    class: "point benefits",
                    tooltip:
                        "\(rows[t].year): cumulative benefits \(formatter.compact(rows[t].cumulativeDiscountedBenefits))"
                )
                svg.circle(
                    x: x(Double(t + 1)), y: y(costs[t]), radius: 3.5, fill: Palette.costs, class: "point costs",
                    tooltip: "\(rows[t].year): cumulative costs \(formatter.compact(rows[t].cumulativeDiscountedCosts))"
                )
            }
        }
        markPayback(&svg, x: x, y: y, frame: frame, costs: costs)
        svg.footnote(note)
        return SVGChart(
            name: Self.name, title: Self.title,
            svg: svg.document(title: Self.title, description: description(costs: costs, benefits: benefits)))
    }

    /// Year boundaries as ticks, financial years as labels centred in their bands (every k-th
    /// year when there are too many to fit).
    private func yearAxis(_ svg: inout SVGWriter, x: LinearScale, frame: ChartFrame, count: Int) {
        svg.line(frame.left, frame.bottom, frame.right, frame.bottom, stroke: Palette.axis, class: "axis x")
        let band = frame.width / Double(max(count, 1))
        let labelWidth = SVGWriter.textWidth("2024-25", size: SVGWriter.labelSize) + 10
        // Label every year if they fit, else every 2nd, 5th, 10th … year.
        let needed = labelWidth / band
        let every = [1, 2, 5, 10, 20, 50, 100, 200, 500].first { Double($0) >= needed } ?? 1000
        for t in 0...count {
            let position = x(Double(t))
            svg.line(position, frame.bottom, position, frame.bottom + 5, stroke: Palette.axis, class: "tick x")
            guard t < count, t % every == 0 else { continue }
            svg.text(
                summary.cashFlows[t].year.description, x: position + band / 2, y: frame.bottom + 20,
                size: SVGWriter.labelSize, anchor: .middle, class: "tick-label x")
        }
        svg.axisTitleBelow("Financial year (costs at the start of each year, benefits through it)", frame: frame)
    }

    private func markPayback(_ svg: inout SVGWriter, x: LinearScale, y: LinearScale, frame: ChartFrame, costs: [Double])
    {
        // Without payback the legend says so; there is nothing to mark.
        guard let months = summary.paybackMonths, months.isFinite, !costs.isEmpty else { return }
        let years = months / 12
        // Clamp before converting: the summary's fields are public, so any value may arrive.
        let index = Int(min(max(years.rounded(.down), 0), Double(costs.count - 1)))
        let px = x(years)
        let py = y(costs[index])
        svg.line(px, frame.bottom, px, py, stroke: Palette.positive, width: 1.5, dash: "4 3", class: "payback-line")
        svg.circle(x: px, y: py, radius: 6, fill: "#ffffff", stroke: Palette.positive, class: "payback")
        svg.circle(x: px, y: py, radius: 2.5, fill: Palette.positive)
        // Below and to the right of the point: after payback both lines run above it, so the
        // space under the costs line is clear.
        let label = "Payback: \(summary.payback)"
        let fits = px + 12 + SVGWriter.textWidth(label, size: 13) < frame.right
        let below = py + 22 < frame.bottom - 4
        svg.text(
            label, x: fits ? px + 10 : px - 10, y: below ? py + 22 : py - 12, size: 13, anchor: fits ? .start : .end,
            bold: true, fill: Palette.positive, halo: true, class: "payback-label")
    }

    private func description(costs: [Double], benefits: [Double]) -> String {
        let formatter = ReportFormatter(locale: options.locale)
        return "Line chart of cumulative discounted costs and benefits over \(costs.count) years for \(summary.title): "
            + "benefits reach \(formatter.compact(summary.presentValueOfBenefits)) and costs \(formatter.compact(summary.presentValueOfCosts)); "
            + "payback \(summary.payback)."
    }
}

extension Currency {
    /// The symbol a chart's axis title uses: £, €, $ for the common currencies, else the code.
    var symbol: String {
        switch code {
        case "GBP": return "£"
        case "EUR": return "€"
        case "USD": return "$"
        default: return code
        }
    }
}
