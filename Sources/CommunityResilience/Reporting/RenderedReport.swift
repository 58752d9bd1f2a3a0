/// A report ready to write: the Markdown text and the SVG charts it links.
///
/// The library does no file I/O; ``files`` lists each file's path relative to the output folder
/// and its contents, and the caller (such as `resilience report --out DIR`) writes them.
public struct RenderedReport: Hashable, Sendable {
    /// The Markdown report.
    public var markdown: String
    /// The charts the Markdown links.
    public var charts: [SVGChart]
    /// The folder, relative to the report, that holds the charts.
    public var chartDirectory: String

    /// Creates a rendered report.
    public init(markdown: String, charts: [SVGChart], chartDirectory: String = "charts") {
        self.markdown = markdown
        self.charts = charts
        self.chartDirectory = chartDirectory
    }

    /// The files to write, in order: `report.md`, then `charts/<name>.svg` for each chart.
    public var files: [(path: String, contents: String)] {
        [("report.md", markdown)] + charts.map { (chartPath($0), $0.svg) }
    }

    /// The chart's path relative to the report.
    func chartPath(_ chart: SVGChart) -> String {
        chartDirectory.isEmpty ? chart.fileName : "\(chartDirectory)/\(chart.fileName)"
    }
}
