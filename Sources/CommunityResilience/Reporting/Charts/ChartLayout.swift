/// The plot area of a chart, in pixels.
struct ChartFrame {
    var left: Double
    var top: Double
    var right: Double
    var bottom: Double

    var width: Double { right - left }
    var height: Double { bottom - top }
}

/// One entry of a chart's legend.
struct LegendItem {
    /// The symbol before the label; `note` has none and sets the label in bold in the colour.
    enum Mark { case swatch, line, dashedLine, point, marker, note }

    let label: String
    let color: String
    let mark: Mark
}

/// The parts every chart shares: a title and subtitle, a legend, value axes with gridlines and
/// tick labels, a zero line, and notes.
///
/// Layout follows common statistical-graphics practice (Cleveland 1994, *The Elements of
/// Graphing Data*; ONS/GSS data-visualisation guidance): light gridlines behind the data, axis
/// titles that state the unit, a darker line at zero when values may be negative, and a legend
/// above the plot in the order the series are drawn.
extension SVGWriter {
    static let titleSize = 18.0
    static let labelSize = 12.0

    /// Title and subtitle; returns the y coordinate below them.
    /// The title is cut to the chart's width and the subtitle wrapped onto at most two lines, so
    /// a long name or method cannot run off the edge.
    mutating func header(title: String, subtitle: String?) -> Double {
        text(
            Self.truncated(title, to: Int((width - 32) / (Self.titleSize * 0.62))), x: 16, y: 30, size: Self.titleSize,
            bold: true, class: "chart-title")
        guard let subtitle, !subtitle.isEmpty else { return 44 }
        let lines = Self.wrapped(subtitle, width: Int((width - 32) / (13 * 0.6)), maximumLines: 2)
        text(lines.joined(separator: "\n"), x: 16, y: 52, size: 13, fill: Palette.muted, class: "chart-subtitle")
        return 64 + Double(lines.count - 1) * 16
    }

    /// A legend laid out left to right from (`x`, `y`), wrapping at `maxWidth`; returns the y
    /// coordinate below it.
    mutating func legend(_ items: [LegendItem], x: Double, y: Double, maxWidth: Double) -> Double {
        var cursor = x
        var row = y
        for item in items {
            let symbol = item.mark == .note ? 0.0 : 24
            let width = symbol + Self.textWidth(item.label, size: Self.labelSize) + 20
            if cursor > x, cursor + width > x + maxWidth {
                cursor = x
                row += 20
            }
            let middle = row - 4
            switch item.mark {
            case .swatch:
                rect(x: cursor, y: middle - 6, width: 18, height: 12, fill: item.color, class: "legend-mark")
            case .line:
                line(cursor, middle, cursor + 18, middle, stroke: item.color, width: 2.5, class: "legend-mark")
            case .dashedLine:
                line(
                    cursor, middle, cursor + 18, middle, stroke: item.color, width: 2.5, dash: "6 4",
                    class: "legend-mark")
            case .point:
                circle(x: cursor + 9, y: middle, radius: 3.5, fill: item.color, class: "legend-mark")
            case .marker:
                circle(x: cursor + 9, y: middle, radius: 5, fill: "#ffffff", stroke: item.color, class: "legend-mark")
                circle(x: cursor + 9, y: middle, radius: 2, fill: item.color)
            case .note:
                break
            }
            text(
                item.label, x: cursor + symbol, y: row, size: Self.labelSize, bold: item.mark == .note,
                fill: item.mark == .note ? item.color : Palette.text,
                class: item.mark == .note ? "legend-note" : "legend-label")
            cursor += width
        }
        return row + 14
    }

    /// The width a vertical value axis needs for its tick labels and title.
    static func verticalAxisWidth(labels: [String]) -> Double {
        let widest = labels.map { textWidth($0, size: labelSize) }.max() ?? 0
        return 16 + 18 + 8 + widest + 8
    }

    /// A vertical value axis on the left of `frame`: horizontal gridlines at each tick, labels,
    /// the axis title rotated along it, and a zero line when zero lies inside the axis.
    ///
    /// The title runs along the plot's height; when it is longer than that, `shortTitle` (if
    /// given) replaces it, and whatever remains too long is cut. A bar chart passes
    /// `drawsZeroLine: false` and draws its ``baseline(at:frame:)`` over the bars instead.
    mutating func verticalValueAxis(
        _ scale: LinearScale, ticks: [Double], labels: [String], frame: ChartFrame, title: String,
        shortTitle: String? = nil,
        drawsZeroLine: Bool = true
    ) {
        for (tick, label) in zip(ticks, labels) {
            let y = scale(tick)
            line(frame.left, y, frame.right, y, stroke: Palette.grid, class: "gridline")
            line(frame.left - 5, y, frame.left, y, stroke: Palette.axis, class: "tick y")
            text(label, x: frame.left - 8, y: y + 4, size: Self.labelSize, anchor: .end, class: "tick-label y")
        }
        line(frame.left, frame.top, frame.left, frame.bottom, stroke: Palette.axis, class: "axis y")
        if drawsZeroLine, scale.contains(0), ticks.first.map({ $0 < 0 }) ?? false {
            let y = scale(0)
            line(frame.left, y, frame.right, y, stroke: Palette.zero, width: 1.5, class: "zero-line")
        }
        let middle = (frame.top + frame.bottom) / 2
        // The title may reach a little beyond the plot's ends; 0.55 em a character is the
        // average for mixed text (0.6 em, used elsewhere, is for worst-case widths).
        let room = frame.height + 50
        var fitted = title
        if Double(fitted.count) * Self.labelSize * 0.55 > room, let shortTitle { fitted = shortTitle }
        fitted = Self.truncated(fitted, to: max(8, Int(room / (Self.labelSize * 0.55))))
        text(
            fitted, x: 20, y: middle, size: Self.labelSize, anchor: .middle, fill: Palette.muted, rotation: -90,
            class: "axis-title y")
    }

    /// A horizontal value axis under `frame`: vertical gridlines, labels, the axis title, and a
    /// zero line when zero lies inside the axis.
    mutating func horizontalValueAxis(
        _ scale: LinearScale, ticks: [Double], labels: [String], frame: ChartFrame, title: String
    ) {
        for (tick, label) in zip(ticks, labels) {
            let x = scale(tick)
            line(x, frame.top, x, frame.bottom, stroke: Palette.grid, class: "gridline")
            line(x, frame.bottom, x, frame.bottom + 5, stroke: Palette.axis, class: "tick x")
            text(label, x: x, y: frame.bottom + 20, size: Self.labelSize, anchor: .middle, class: "tick-label x")
        }
        line(frame.left, frame.bottom, frame.right, frame.bottom, stroke: Palette.axis, class: "axis x")
        if scale.contains(0), ticks.first.map({ $0 < 0 }) ?? false {
            let x = scale(0)
            line(x, frame.top, x, frame.bottom, stroke: Palette.zero, width: 1.5, class: "zero-line")
        }
        axisTitleBelow(title, frame: frame)
    }

    /// The title of a horizontal axis, centred under the tick labels.
    mutating func axisTitleBelow(_ title: String, frame: ChartFrame) {
        text(
            title, x: (frame.left + frame.right) / 2, y: frame.bottom + 44, size: Self.labelSize, anchor: .middle,
            fill: Palette.muted, class: "axis-title x")
    }

    /// A horizontal line across the plot at value 0, drawn over the data, for bar charts whose
    /// bars start there.
    mutating func baseline(at y: Double, frame: ChartFrame) {
        line(frame.left, y, frame.right, y, stroke: Palette.zero, width: 1.5, class: "zero-line")
    }

    /// Small print under the chart (a note on data or method), wrapped onto at most two lines.
    mutating func footnote(_ note: String) {
        let lines = footnoteLines(note)
        text(
            lines.joined(separator: "\n"), x: 16, y: height - 10 - Double(lines.count - 1) * 13, size: 11,
            fill: Palette.muted, class: "footnote")
    }

    /// The lines a footnote takes at this chart's width.
    func footnoteLines(_ note: String) -> [String] {
        Self.wrapped(note, width: Int((width - 32) / (11 * 0.58)), maximumLines: 2)
    }

    /// The space below the plot: tick labels, the axis title and the footnote's lines.
    func bottomMargin(footnote: String?) -> Double {
        78 + Double(max((footnote.map { footnoteLines($0).count } ?? 1) - 1, 0)) * 13
    }

    /// `text` cut to `limit` characters with an ellipsis, so a long name cannot swamp a chart.
    static func truncated(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(max(1, limit - 1))) + "…"
    }

    /// `text` wrapped at word boundaries into lines of about `width` characters, at most
    /// `maximumLines` lines (the last truncated).
    static func wrapped(_ text: String, width: Int, maximumLines: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        guard lines.count > maximumLines else { return lines.map { truncated($0, to: width + 2) } }
        let kept = Array(lines.prefix(maximumLines - 1))
        let rest = lines.dropFirst(maximumLines - 1).joined(separator: " ")
        return (kept + [truncated(rest, to: width)]).map { truncated($0, to: width + 2) }
    }
}
