import Foundation

/// How a report is written: the locale for numbers and money, whether the derivations of the
/// headline figures are included, and where the charts are linked from.
///
/// The defaults suit UK readers: British English formatting (`£2.5m`, `60%`, `1,204`), every
/// derivation included, charts in a `charts` folder beside the report.
///
/// ```swift
/// var options = ReportOptions()
/// options.locale = Locale(identifier: "cy_GB")      // Welsh digits and separators
/// let markdown = AppraisalReport(appraisal).markdown(options: options)
/// ```
///
/// The locale is always explicit: the Linux default locale is not `en_GB`, and a report should
/// not change with the machine that writes it. Figure derivations (``Explanation`` trees) are
/// built by the engine in British English whatever the locale, so that an audit trail reads the
/// same everywhere.
public struct ReportOptions: Hashable, Sendable, Codable {
    /// The locale for numbers, money, percentages and month names.
    public var locale: Locale
    /// Whether the Markdown report ends with the full derivation of every headline figure.
    public var includesDerivations: Bool
    /// Whether the Markdown links the charts (turn off when the report is printed without its
    /// chart files).
    public var linksCharts: Bool
    /// The folder, relative to the report, that chart links point into (`charts` by default).
    public var chartDirectory: String
    /// Chart size in pixels (CSS pixels of the SVG viewport).
    public var chartWidth: Int
    /// Chart height in pixels.
    public var chartHeight: Int

    /// Creates options; the defaults are British English, with derivations, charts in `charts/`,
    /// 800 × 450 pixels.
    ///
    /// - Parameters:
    ///   - locale: the locale for numbers, money, percentages and month names.
    ///   - includesDerivations: whether to end with the derivation of every headline figure.
    ///   - linksCharts: whether the Markdown links the charts.
    ///   - chartDirectory: the folder, relative to the report, that chart links point into.
    ///   - chartWidth: chart width in pixels (clamped to 320…4000).
    ///   - chartHeight: chart height in pixels (clamped to 240…4000).
    public init(
        locale: Locale = Locale(identifier: "en_GB"), includesDerivations: Bool = true, linksCharts: Bool = true,
        chartDirectory: String = "charts", chartWidth: Int = 800, chartHeight: Int = 450
    ) {
        self.locale = locale
        self.includesDerivations = includesDerivations
        self.linksCharts = linksCharts
        self.chartDirectory = chartDirectory
        self.chartWidth = chartWidth
        self.chartHeight = chartHeight
    }

    /// The chart size actually used: each side clamped to 320…4000 pixels, so that a careless
    /// option cannot produce an unreadable or enormous chart.
    var chartSize: (width: Double, height: Double) {
        (Double(min(max(chartWidth, 320), 4000)), Double(min(max(chartHeight, 240), 4000)))
    }
}
