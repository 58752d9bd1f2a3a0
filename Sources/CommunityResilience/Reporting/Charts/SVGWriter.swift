import Foundation

/// Builds an SVG document element by element.
///
/// Coordinates are written with at most two decimals in a locale-independent form, and every
/// text and attribute value is escaped for XML (W3C XML 1.0 §2.4: `&`, `<`, `>`, and quotes in
/// attribute values), so a scenario or agency name can never break the document.
struct SVGWriter {
    let width: Double
    let height: Double
    let fontFamily = "Helvetica, Arial, 'DejaVu Sans', sans-serif"
    private(set) var elements: [String] = []

    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    enum Anchor: String { case start, middle, end }

    /// Escapes text for XML content and attribute values; drops characters XML 1.0 forbids
    /// (control characters other than tab, newline and carriage return).
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                let value = scalar.value
                if value < 0x20 || value == 0xFFFE || value == 0xFFFF { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A coordinate: two decimals at most, no exponent, "0" for anything not finite.
    static func number(_ x: Double) -> String {
        guard x.isFinite else { return "0" }
        let clamped = min(max(x, -1e7), 1e7)
        var text = String(format: "%.2f", clamped)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    private static func attributes(_ pairs: [(String, String?)]) -> String {
        pairs.compactMap { key, value in value.map { " \(key)=\"\(escape($0))\"" } }.joined()
    }

    private mutating func add(_ name: String, _ pairs: [(String, String?)], tooltip: String? = nil) {
        if let tooltip {
            elements.append("<\(name)\(Self.attributes(pairs))><title>\(Self.escape(tooltip))</title></\(name)>")
        } else {
            elements.append("<\(name)\(Self.attributes(pairs))/>")
        }
    }

    mutating func line(
        _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String, width: Double = 1,
        dash: String? = nil, class className: String? = nil
    ) {
        add(
            "line",
            [
                ("class", className), ("x1", Self.number(x1)), ("y1", Self.number(y1)), ("x2", Self.number(x2)),
                ("y2", Self.number(y2)), ("stroke", stroke), ("stroke-width", Self.number(width)),
                ("stroke-dasharray", dash),
            ])
    }

    mutating func rect(
        x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil,
        class className: String? = nil, tooltip: String? = nil
    ) {
        // A negative extent is not valid SVG: normalise so bars below a baseline draw correctly.
        let left = width < 0 ? x + width : x
        let top = height < 0 ? y + height : y
        add(
            "rect",
            [
                ("class", className), ("x", Self.number(left)), ("y", Self.number(top)),
                ("width", Self.number(abs(width))), ("height", Self.number(abs(height))), ("fill", fill),
                ("stroke", stroke),
            ], tooltip: tooltip)
    }

    mutating func polyline(
        _ points: [(x: Double, y: Double)], stroke: String, width: Double = 2, dash: String? = nil,
        class className: String? = nil
    ) {
        guard points.count > 1 else { return }
        let list = points.map { "\(Self.number($0.x)),\(Self.number($0.y))" }.joined(separator: " ")
        add(
            "polyline",
            [
                ("class", className), ("points", list), ("fill", "none"), ("stroke", stroke),
                ("stroke-width", Self.number(width)), ("stroke-dasharray", dash), ("stroke-linejoin", "round"),
            ])
    }

    mutating func polygon(
        _ points: [(x: Double, y: Double)], fill: String, opacity: Double, class className: String? = nil
    ) {
        guard points.count > 2 else { return }
        let list = points.map { "\(Self.number($0.x)),\(Self.number($0.y))" }.joined(separator: " ")
        add(
            "polygon", [("class", className), ("points", list), ("fill", fill), ("fill-opacity", Self.number(opacity))])
    }

    mutating func circle(
        x: Double, y: Double, radius: Double, fill: String, stroke: String? = nil, class className: String? = nil,
        tooltip: String? = nil
    ) {
        add(
            "circle",
            [
                ("class", className), ("cx", Self.number(x)), ("cy", Self.number(y)), ("r", Self.number(radius)),
                ("fill", fill), ("stroke", stroke),
            ], tooltip: tooltip)
    }

    /// Text; several lines are stacked downwards from `y`, 1.2 em apart.
    mutating func text(
        _ content: String, x: Double, y: Double, size: Double = 12, anchor: Anchor = .start, bold: Bool = false,
        fill: String = Palette.text, rotation: Double? = nil, halo: Bool = false, class className: String? = nil
    ) {
        let lines = content.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let transform = rotation.map { "rotate(\(Self.number($0)) \(Self.number(x)) \(Self.number(y)))" }
        let open =
            "<text\(Self.attributes([("class", className), ("x", Self.number(x)), ("y", Self.number(y)), ("font-size", Self.number(size)), ("text-anchor", anchor == .start ? nil : anchor.rawValue), ("font-weight", bold ? "bold" : nil), ("fill", fill), ("stroke", halo ? "#ffffff" : nil), ("stroke-width", halo ? "4" : nil), ("stroke-linejoin", halo ? "round" : nil), ("paint-order", halo ? "stroke" : nil), ("transform", transform)]))>"
        if lines.count == 1 {
            elements.append(open + Self.escape(content) + "</text>")
        } else {
            let spans = lines.enumerated().map { index, line in
                "<tspan x=\"\(Self.number(x))\" dy=\"\(index == 0 ? "0" : Self.number(size * 1.2))\">\(Self.escape(line))</tspan>"
            }.joined()
            elements.append(open + spans + "</text>")
        }
    }

    /// The approximate width of `text` at `size` pixels: a wide sans-serif averages about 0.6 em
    /// a character, which is what layout needs (no font metrics are available without a renderer).
    static func textWidth(_ text: String, size: Double) -> Double {
        Double(text.count) * size * 0.6
    }

    /// The complete document, with a `<title>` and `<desc>` for assistive technology and a white
    /// background so the chart reads on dark pages too.
    func document(title: String, description: String) -> String {
        let w = Self.number(width)
        let h = Self.number(height)
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="\(w)" height="\(h)" viewBox="0 0 \(w) \(h)" role="img" aria-labelledby="chart-title chart-desc" font-family="\(Self.escape(fontFamily))">
            <title id="chart-title">\(Self.escape(title))</title>
            <desc id="chart-desc">\(Self.escape(description))</desc>
            <rect class="background" x="0" y="0" width="\(w)" height="\(h)" fill="#ffffff"/>
            \(elements.joined(separator: "\n"))
            </svg>

            """
    }
}

/// Colours from the Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design"), which stays
/// distinguishable under the common forms of colour-vision deficiency.
enum Palette {
    static let benefits = "#0072B2"
    static let costs = "#D55E00"
    static let accent = "#E69F00"
    static let positive = "#009E73"
    static let light = "#56B4E9"
    static let observed = "#4D4D4D"
    static let text = "#1A1A1A"
    static let muted = "#595959"
    static let grid = "#E3E3E3"
    static let axis = "#737373"
    static let zero = "#1A1A1A"
}
