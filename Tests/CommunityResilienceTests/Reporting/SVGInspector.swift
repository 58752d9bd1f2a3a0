import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Parses an SVG document with Foundation's XMLParser (FoundationXML on Linux) and keeps every
/// element with its attributes and text, so tests can check that a chart is well-formed XML and
/// count its series by `class`.
final class SVGInspector: NSObject, XMLParserDelegate {
    struct Element {
        let name: String
        let attributes: [String: String]
        var text: String
        var classes: [String] { (attributes["class"] ?? "").split(separator: " ").map(String.init) }
        func number(_ attribute: String) -> Double? { attributes[attribute].flatMap(Double.init) }
    }

    private(set) var elements: [Element] = []
    private var open: [Int] = []
    private(set) var error: (any Error)?
    private(set) var isWellFormed = false

    init(_ svg: String) {
        super.init()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = self
        isWellFormed = parser.parse()
        error = parser.parserError
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        // Lines of wrapped text (tspans) read as words separated by a space.
        if name == "tspan" { for index in open where !elements[index].text.isEmpty { elements[index].text += " " } }
        elements.append(Element(name: name, attributes: attributes, text: ""))
        open.append(elements.count - 1)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        for index in open { elements[index].text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        _ = open.popLast()
    }

    /// Elements named `name` whose class list contains every class in `classes`.
    func elements(_ name: String, class classes: String...) -> [Element] {
        elements.filter { element in element.name == name && classes.allSatisfy(element.classes.contains) }
    }

    /// The text of every `<text>` element.
    var texts: [String] { elements.filter { $0.name == "text" }.map(\.text) }

    /// The points of a polyline, as (x, y) pairs.
    static func points(_ element: Element) -> [(x: Double, y: Double)] {
        (element.attributes["points"] ?? "").split(separator: " ").compactMap { pair in
            let parts = pair.split(separator: ",").compactMap { Double($0) }
            return parts.count == 2 ? (parts[0], parts[1]) : nil
        }
    }
}
