/// A tornado chart: for each input, the net present value with the input at its low and at its
/// high value, the others held at base, largest swing on top (Green Book 2022, Chapter 5,
/// sensitivity analysis; the conventional one-way presentation).
///
/// Bars start from the base NPV, drawn as a vertical line; a darker line marks NPV = 0 when it
/// lies on the axis, so a reader sees at once which inputs could turn the case negative.
struct TornadoSensitivityChart {
    let analysis: SensitivityAnalysis
    let baseline: Double
    let currency: Currency
    let priceBase: PriceBase
    let options: ReportOptions

    static let name = "sensitivity-tornado"
    static let title = "Sensitivity of net present social value"
    /// The most inputs a readable tornado shows; the report's table lists them all.
    static let maximumBars = 15

    func chart() -> SVGChart {
        let (width, height) = options.chartSize
        var svg = SVGWriter(width: width, height: height)
        let formatter = ReportFormatter(locale: options.locale)
        let swings = Array(analysis.swingsBySize.prefix(Self.maximumBars))
        var top = svg.header(title: Self.title, subtitle: analysis.method)
        top = svg.legend(
            [
                LegendItem(label: "Input at its low value", color: Palette.accent, mark: .swatch),
                LegendItem(label: "Input at its high value", color: Palette.benefits, mark: .swatch),
            ], x: 16, y: top + 16, maxWidth: width - 32)

        let values = swings.flatMap { [$0.lowNetPresentValue, $0.highNetPresentValue] } + [baseline]
        let nice = NiceScale(covering: values, targetTicks: 6)
        let format = AxisFormat.money(currency, options.locale)
        let labels = format.labels(for: nice.ticks, step: nice.step)
        let names = swings.map { SVGWriter.truncated($0.input, to: 34) }
        let widest = names.map { SVGWriter.textWidth($0, size: SVGWriter.labelSize) }.max() ?? 0
        let left = min(max(widest + 24, 80), width * 0.42)
        let frame = ChartFrame(left: left, top: top + 28, right: width - 40, bottom: height - 78)
        let x = LinearScale(domain: (nice.lower, nice.upper), range: (frame.left, frame.right))
        svg.horizontalValueAxis(
            x, ticks: nice.ticks, labels: labels, frame: frame,
            title: "Net present social value (\(currency.symbol), \(priceBase) prices)")

        let band = frame.height / Double(max(swings.count, 1))
        let thickness = min(28, band * 0.62)
        let base = x(baseline)
        for (index, swing) in swings.enumerated() {
            let centre = frame.top + band * (Double(index) + 0.5)
            svg.text(
                names[index], x: frame.left - 10, y: centre + 4, size: SVGWriter.labelSize, anchor: .end,
                class: "category-label")
            let ends = [
                (value: swing.lowNetPresentValue, colour: Palette.accent, kind: "low"),
                (value: swing.highNetPresentValue, colour: Palette.benefits, kind: "high"),
            ]
            for end in ends where end.value.isFinite {
                let position = x(end.value)
                let label = formatter.compact(major: end.value, currency: currency, priceBase: priceBase)
                svg.rect(
                    x: base, y: centre - thickness / 2, width: position - base, height: thickness, fill: end.colour,
                    class: "bar \(end.kind)",
                    tooltip:
                        "\(swing.input), \(end.kind) value: NPV \(formatter.compact(major: end.value, currency: currency, priceBase: priceBase))"
                )
                let rightward = position >= base
                svg.text(
                    label, x: rightward ? position + 4 : position - 4, y: centre + 4, size: 11,
                    anchor: rightward ? .start : .end, fill: Palette.muted, class: "value-label \(end.kind)")
            }
        }
        svg.line(base, frame.top - 6, base, frame.bottom, stroke: Palette.text, width: 1.5, class: "baseline")
        svg.text(
            "Base NPV \(formatter.compact(major: baseline, currency: currency, priceBase: priceBase))", x: base,
            y: frame.top - 12,
            size: 12, anchor: .middle, bold: true, class: "baseline-label")
        if analysis.swings.count > swings.count {
            svg.footnote(
                "The \(swings.count) largest of \(analysis.swings.count) inputs; the report's table lists them all.")
        }
        let description =
            "Tornado chart of net present social value for \(swings.count) inputs around a base of "
            + "\(formatter.compact(major: baseline, currency: currency, priceBase: priceBase)): "
            + swings.map {
                "\($0.input) from \(formatter.compact(major: $0.lowNetPresentValue, currency: currency, priceBase: priceBase)) to \(formatter.compact(major: $0.highNetPresentValue, currency: currency, priceBase: priceBase))"
            }
            .joined(separator: "; ") + "."
        return SVGChart(
            name: Self.name, title: Self.title, svg: svg.document(title: Self.title, description: description))
    }
}
