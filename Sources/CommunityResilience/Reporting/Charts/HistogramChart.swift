/// A histogram of simulated net present values, bins below zero in one colour and above in
/// another, with NPV = 0 marked and the probability that NPV is positive stated (Green Book
/// 2022, Annex A5, uncertainty, optimism bias and risk: Monte Carlo analysis).
struct HistogramChart {
    let distribution: SensitivityAnalysis.Distribution
    let currency: Currency
    let priceBase: PriceBase
    let options: ReportOptions

    static let name = "npv-distribution"
    static let title = "Distribution of net present social value"

    func chart() -> SVGChart {
        let (width, height) = options.chartSize
        var svg = SVGWriter(width: width, height: height)
        let formatter = ReportFormatter(locale: options.locale)
        let bins = distribution.histogram.filter {
            $0.lower.isFinite && $0.upper.isFinite && $0.upper >= $0.lower && abs($0.lower) <= NiceScale.plottable
                && abs($0.upper) <= NiceScale.plottable
        }
        let subtitle =
            "\(formatter.number(Double(distribution.draws), digits: 0)) draws; P(NPV > 0) = \(formatter.percent(distribution.probabilityPositive)); mean \(formatter.compact(major: distribution.mean, currency: currency, priceBase: priceBase))"
        var top = svg.header(title: Self.title, subtitle: subtitle)
        top = svg.legend(
            [
                LegendItem(label: "NPV below zero", color: Palette.costs, mark: .swatch),
                LegendItem(label: "NPV zero or above", color: Palette.benefits, mark: .swatch),
            ], x: 16, y: top + 16, maxWidth: width - 32)

        let counts = bins.map { Double(max($0.count, 0)) }
        let yNice = NiceScale(covering: counts, includingZero: true)
        let yLabels = AxisFormat.count(options.locale).labels(for: yNice.ticks, step: yNice.step)
        let left = SVGWriter.verticalAxisWidth(labels: yLabels)
        let frame = ChartFrame(left: left, top: top + 16, right: width - 32, bottom: height - 78)
        let xNice = NiceScale(covering: bins.flatMap { [$0.lower, $0.upper] })
        let format = AxisFormat.money(currency, options.locale)
        let xLabels = format.labels(for: xNice.ticks, step: xNice.step)
        let x = LinearScale(domain: (xNice.lower, xNice.upper), range: (frame.left, frame.right))
        let y = LinearScale(domain: (yNice.lower, yNice.upper), range: (frame.bottom, frame.top))
        svg.verticalValueAxis(y, ticks: yNice.ticks, labels: yLabels, frame: frame, title: "Number of draws")
        svg.horizontalValueAxis(
            x, ticks: xNice.ticks, labels: xLabels, frame: frame,
            title: "Net present social value (\(currency.symbol), \(priceBase) prices)")
        for (bin, count) in zip(bins, counts) {
            let negative = (bin.lower + bin.upper) / 2 < 0
            svg.rect(
                x: x(bin.lower), y: y(count), width: x(bin.upper) - x(bin.lower), height: y(0) - y(count),
                fill: negative ? Palette.costs : Palette.benefits, stroke: "#ffffff",
                class: "bar \(negative ? "negative" : "positive")",
                tooltip:
                    "\(formatter.compact(major: bin.lower, currency: currency, priceBase: priceBase)) to \(formatter.compact(major: bin.upper, currency: currency, priceBase: priceBase)): \(bin.count) draws"
            )
        }
        if x.contains(0) {
            let zero = x(0)
            svg.line(zero, frame.top, zero, frame.bottom, stroke: Palette.zero, width: 1.5, class: "zero-line")
            svg.text("NPV = 0", x: zero + 4, y: frame.top + 12, size: 12, fill: Palette.text, class: "zero-label")
        }
        let description =
            "Histogram of \(distribution.draws) simulated net present values in \(bins.count) bins; "
            + "probability that NPV is above zero \(formatter.percent(distribution.probabilityPositive))."
        return SVGChart(
            name: Self.name, title: Self.title, svg: svg.document(title: Self.title, description: description))
    }
}
