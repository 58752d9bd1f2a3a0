/// A chart as a standalone SVG document, with the name it is saved under and its title.
///
/// Charts are written with Foundation only: plain SVG 1.1 with a `<title>` and `<desc>` for
/// screen readers, every text escaped for XML, and every series element tagged with a `class`
/// (`bar costs`, `point observed`, …) so that tests and style sheets can find it.
public struct SVGChart: Hashable, Sendable {
    /// The file name without extension, e.g. `cumulative-costs-and-benefits`.
    public var name: String
    /// The chart's title, as shown at its top and used as the image's alternative text.
    public var title: String
    /// The SVG document.
    public var svg: String

    /// Creates a chart.
    public init(name: String, title: String, svg: String) {
        self.name = name
        self.title = title
        self.svg = svg
    }

    /// The file name: ``name`` with `.svg`.
    public var fileName: String { "\(name).svg" }
}
