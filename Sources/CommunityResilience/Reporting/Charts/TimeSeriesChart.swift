import Foundation

/// Observed demand against the model's fit and counterfactual, month by month, for an
/// interrupted time series (Bernal, Cummins & Gasparrini 2017, Figure 1 style): the gap between
/// the dashed counterfactual and the observed points after the intervention starts is the
/// demand avoided.
struct TimeSeriesChart {
    let series: TimeSeriesSummary
    let index: Int
    let options: ReportOptions

    var name: String { "time-series-\(index + 1)" }
    var title: String { "Observed and counterfactual demand: \(series.title)" }

    func chart() -> SVGChart {
        let (width, height) = options.chartSize
        var svg = SVGWriter(width: width, height: height)
        let formatter = ReportFormatter(locale: options.locale)
        let count = min(series.months.count, series.observed.count, series.fitted.count, series.counterfactual.count)
        let months = Array(series.months.prefix(count))
        let start = series.interventionStart

        var top = svg.header(title: title, subtitle: series.method)
        top = svg.legend(
            [
                LegendItem(label: "Observed", color: Palette.observed, mark: .point),
                LegendItem(label: "Fitted", color: Palette.benefits, mark: .line),
                LegendItem(label: "Counterfactual (no intervention)", color: Palette.accent, mark: .dashedLine),
            ], x: 16, y: top + 16, maxWidth: width - 32)

        let values = Array(
            series.observed.prefix(count) + series.fitted.prefix(count) + series.counterfactual.prefix(count))
        let nice = NiceScale(covering: values, includingZero: true)
        let format = AxisFormat.count(options.locale)
        let labels = format.labels(for: nice.ticks, step: nice.step)
        let left = SVGWriter.verticalAxisWidth(labels: labels)
        let avoided = series.avoided
        let level = "\(formatter.percent(avoided.confidenceLevel)) interval"
        let note =
            "Demand avoided, \(avoided.window): \(formatter.number(avoided.units, digits: 0)) \(series.unit) (\(level) \(formatter.number(avoided.lower, digits: 0)) to \(formatter.number(avoided.upper, digits: 0)))."
        let frame = ChartFrame(
            left: left, top: top + 16, right: width - 24, bottom: height - svg.bottomMargin(footnote: note))
        let y = LinearScale(domain: (nice.lower, nice.upper), range: (frame.bottom, frame.top))
        let first = Double(months.first?.index ?? 0)
        let last = Double(months.last?.index ?? 1)
        let x = LinearScale(domain: (first - 0.5, max(last, first) + 0.5), range: (frame.left, frame.right))
        svg.verticalValueAxis(y, ticks: nice.ticks, labels: labels, frame: frame, title: "\(series.unit) per month")
        monthAxis(&svg, x: x, frame: frame, first: Int(first), last: Int(max(last, first)), formatter: formatter)

        // The intervention's start, between the month before it and its first month.
        let startX = x(Double(start.index) - 0.5)
        if startX >= frame.left, startX <= frame.right {
            svg.line(
                startX, frame.top, startX, frame.bottom, stroke: Palette.muted, width: 1.5, dash: "4 3",
                class: "intervention-start")
            let label = "Intervention starts \(formatter.month(start))"
            let fits = startX + 8 + SVGWriter.textWidth(label, size: 12) < frame.right
            svg.text(
                label, x: fits ? startX + 6 : startX - 6, y: frame.top + 14, size: 12, anchor: fits ? .start : .end,
                fill: Palette.muted, class: "intervention-label")
        }

        func points(_ values: [Double], from: Int = 0) -> [(x: Double, y: Double)] {
            (from..<count).filter { values[$0].isFinite }.map { (x(Double(months[$0].index)), y(values[$0])) }
        }
        svg.polyline(points(series.observed), stroke: Palette.observed, width: 1, class: "series observed")
        svg.polyline(points(series.fitted), stroke: Palette.benefits, width: 2.5, class: "series fitted")
        let firstAfter = months.firstIndex { $0 >= start } ?? count
        svg.polyline(
            points(series.counterfactual, from: max(firstAfter - 1, 0)), stroke: Palette.accent, width: 2.5,
            dash: "7 5", class: "series counterfactual")
        for t in 0..<count where series.observed[t].isFinite {
            svg.circle(
                x: x(Double(months[t].index)), y: y(series.observed[t]), radius: 3, fill: Palette.observed,
                class: "point observed",
                tooltip: "\(formatter.month(months[t])): \(formatter.number(series.observed[t])) observed")
        }
        svg.footnote(note)
        let description =
            "Line chart of monthly \(series.unit), \(months.first.map(formatter.month) ?? "") to \(months.last.map(formatter.month) ?? ""): "
            + "observed, fitted and counterfactual demand; intervention from \(formatter.month(start)); "
            + "\(formatter.number(avoided.units, digits: 0)) \(series.unit) avoided over \(avoided.window)."
        return SVGChart(name: name, title: title, svg: svg.document(title: title, description: description))
    }

    /// Month ticks at a round step (1, 2, 3, 6 or 12 months, or whole years beyond), aligned to
    /// calendar quarters, halves and years, labelled "Apr 2023".
    private func monthAxis(
        _ svg: inout SVGWriter, x: LinearScale, frame: ChartFrame, first: Int, last: Int, formatter: ReportFormatter
    ) {
        svg.line(frame.left, frame.bottom, frame.right, frame.bottom, stroke: Palette.axis, class: "axis x")
        let span = last - first + 1
        let fitting = max(2, Int(frame.width / 84))
        let step = [1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200].first { span / $0 < fitting } ?? 1200
        var tick = first + (step - ((first % step) + step) % step) % step
        while tick <= last {
            let position = x(Double(tick))
            svg.line(position, frame.bottom, position, frame.bottom + 5, stroke: Palette.axis, class: "tick x")
            if let month = try? Month(index: tick) {
                svg.text(
                    formatter.month(month), x: position, y: frame.bottom + 20, size: SVGWriter.labelSize,
                    anchor: .middle,
                    class: "tick-label x")
            }
            tick += step
        }
        svg.axisTitleBelow("Month", frame: frame)
    }
}
