/// Costs paid and benefits received by each agency, as grouped bars: who pays, who gains.
///
/// Present values; one pair of bars per agency, costs then benefits, with each bar's value
/// printed on it. Bars start at zero, so a negative benefit (demand that rose) hangs below the
/// zero line.
struct AgencyChart {
    let flows: AgencyFlows
    let subject: String
    let currency: Currency
    let priceBase: PriceBase
    let options: ReportOptions

    static let name = "costs-and-benefits-by-agency"
    static let title = "Costs and benefits by agency"

    func chart() -> SVGChart {
        let (width, height) = options.chartSize
        var svg = SVGWriter(width: width, height: height)
        let positions = flows.positions
        let formatter = ReportFormatter(locale: options.locale)
        var top = svg.header(
            title: Self.title, subtitle: "Who pays and who gains: present values in \(priceBase) prices")
        top = svg.legend(
            [
                LegendItem(label: "Costs paid", color: Palette.costs, mark: .swatch),
                LegendItem(label: "Benefits received", color: Palette.benefits, mark: .swatch),
            ], x: 16, y: top + 16, maxWidth: width - 32)

        let values = positions.flatMap { [$0.costsPaid.doubleValue, $0.benefitsReceived.doubleValue] }
        let nice = NiceScale(covering: values, includingZero: true)
        let format = AxisFormat.money(currency, options.locale)
        let labels = format.labels(for: nice.ticks, step: nice.step)
        let left = SVGWriter.verticalAxisWidth(labels: labels)
        let frame = ChartFrame(left: left, top: top + 16, right: width - 24, bottom: height - 84)
        let y = LinearScale(domain: (nice.lower, nice.upper), range: (frame.bottom, frame.top))
        svg.verticalValueAxis(
            y, ticks: nice.ticks, labels: labels, frame: frame,
            title: "Present value (\(currency.symbol), \(priceBase) prices)",
            shortTitle: "PV (\(currency.symbol), \(priceBase))",
            drawsZeroLine: false)
        svg.line(frame.left, frame.bottom, frame.right, frame.bottom, stroke: Palette.axis, class: "axis x")

        let band = frame.width / Double(max(positions.count, 1))
        let barWidth = min(56, band * 0.34)
        let zero = y(0)
        let characters = max(6, Int(band / (SVGWriter.labelSize * 0.6)) - 1)
        for (index, position) in positions.enumerated() {
            let centre = frame.left + band * (Double(index) + 0.5)
            let bars = [
                (value: position.costsPaid, colour: Palette.costs, kind: "costs", x: centre - barWidth - 2),
                (value: position.benefitsReceived, colour: Palette.benefits, kind: "benefits", x: centre + 2),
            ]
            for bar in bars {
                let top = y(bar.value.doubleValue)
                let label = formatter.compact(bar.value)
                svg.rect(
                    x: bar.x, y: zero, width: barWidth, height: top - zero, fill: bar.colour, class: "bar \(bar.kind)",
                    tooltip: "\(position.name): \(bar.kind == "costs" ? "costs paid" : "benefits received") \(label)")
                guard !bar.value.isZero else { continue }
                let below = bar.value.isNegative
                svg.text(
                    label, x: bar.x + barWidth / 2, y: below ? top + 14 : top - 5, size: 11, anchor: .middle,
                    class: "value-label \(bar.kind)")
            }
            let name = SVGWriter.wrapped(position.name, width: characters, maximumLines: 3).joined(separator: "\n")
            svg.text(
                name, x: centre, y: frame.bottom + 18, size: SVGWriter.labelSize, anchor: .middle,
                class: "category-label")
        }
        if nice.lower < 0 { svg.baseline(at: zero, frame: frame) }
        let description =
            "Grouped bar chart of present value of costs paid and benefits received by \(positions.count) agencies: "
            + positions.map {
                "\($0.name) pays \(formatter.compact($0.costsPaid)) and receives \(formatter.compact($0.benefitsReceived))"
            }
            .joined(separator: "; ") + "."
        return SVGChart(
            name: Self.name, title: Self.title, svg: svg.document(title: Self.title, description: description))
    }
}
