/// The location of a value inside a scenario or an input file, such as
/// `interventions[3].costs[0].amount`.
///
/// Every ``ValidationIssue`` carries one so that an analyst can find the offending value in the
/// JSON or CSV they supplied. Paths into a JSON document print in the familiar dotted form with
/// zero-based indices; paths into a CSV file name the file's line and column as a spreadsheet user
/// sees them: `line 12, column "count"` (see ``csv(line:column:)``).
public struct FieldPath: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// One step in a path: a named field or a zero-based array position, or a place in a CSV file.
    public enum Component: Hashable, Sendable {
        /// A named field of an object: prints as `name`, after a `.` when not first.
        case key(String)
        /// A zero-based array position: prints as `[3]`.
        case index(Int)
        /// A one-based physical line of a text file (the line a CSV record or field starts on, as
        /// an editor numbers it): prints as `line 12`.
        case line(Int)
        /// A CSV column named by its header: prints as `column "count"`.
        case column(String)
        /// A CSV column known only by its one-based position (no header): prints as `column 3`.
        case columnNumber(Int)
    }

    /// The steps from the root to the value.
    public var components: [Component]

    /// The path of the root value itself (prints as an empty string).
    public static let root = FieldPath(components: [])

    /// Creates a path from its steps.
    public init(components: [Component]) {
        self.components = components
    }

    /// Parses the dotted form, e.g. `"interventions[3].costs[0].amount"`.
    ///
    /// Intended for tests and messages; a malformed index is kept as a key rather than rejected.
    public init(stringLiteral value: String) {
        var parsed: [Component] = []
        for segment in value.split(separator: ".", omittingEmptySubsequences: true) {
            var rest = Substring(segment)
            if let bracket = rest.firstIndex(of: "[") {
                let name = rest[..<bracket]
                if !name.isEmpty { parsed.append(.key(String(name))) }
                rest = rest[bracket...]
                while rest.hasPrefix("["), let close = rest.firstIndex(of: "]") {
                    let digits = rest[rest.index(after: rest.startIndex)..<close]
                    if let index = Int(digits) {
                        parsed.append(.index(index))
                    } else {
                        parsed.append(.key(String(digits)))
                    }
                    rest = rest[rest.index(after: close)...]
                }
            } else {
                parsed.append(.key(String(rest)))
            }
        }
        self.components = parsed
    }

    /// Creates a path from a `Codable` coding path, as reported by a decoder.
    public init(codingPath: [any CodingKey]) {
        self.components = codingPath.map { key in
            // Array positions come as "Index N"; an object member named "2021" is a key, although
            // Foundation gives it an integer value too.
            if let index = key.intValue, key.stringValue.hasPrefix("Index ") {
                return .index(index)
            }
            return .key(key.stringValue)
        }
    }

    /// The path extended by a named field.
    public func appending(_ key: String) -> FieldPath {
        FieldPath(components: components + [.key(key)])
    }

    /// The path extended by an array position.
    public func appending(index: Int) -> FieldPath {
        FieldPath(components: components + [.index(index)])
    }

    /// The path extended by a field and then a position: `path.appending("costs", index: 0)`.
    public func appending(_ key: String, index: Int) -> FieldPath {
        FieldPath(components: components + [.key(key), .index(index)])
    }

    /// This path followed by all of `other`'s steps.
    public func appending(contentsOf other: FieldPath) -> FieldPath {
        FieldPath(components: components + other.components)
    }

    /// The place in a CSV file where a record starts (`line 12`) or, with `column`, where one of
    /// its fields is (`line 12, column "count"`).
    ///
    /// - Parameters:
    ///   - line: The one-based physical line the record or field starts on. Quoted fields may span
    ///     lines (RFC 4180 §2.6), so this is a line number, not a record number.
    ///   - column: The column's header name, when the file has a header and the position is
    ///     within it.
    /// - Returns: A path that prints as `line 12` or `line 12, column "count"`.
    public static func csv(line: Int, column: String? = nil) -> FieldPath {
        guard let column else { return FieldPath(components: [.line(line)]) }
        return FieldPath(components: [.line(line), .column(column)])
    }

    /// The place in a CSV file without a header: `line 12, column 3` (both one-based).
    public static func csv(line: Int, columnNumber: Int) -> FieldPath {
        FieldPath(components: [.line(line), .columnNumber(columnNumber)])
    }

    /// The path as text: `interventions[3].costs[0].amount` inside a document, or
    /// `line 12, column "count"` inside a CSV file. Line breaks and other control characters in
    /// names are written as escapes (`\n`), and a column name longer than 60 characters is
    /// shortened, so that the path stays on one line.
    public var description: String {
        var text = ""
        for component in components {
            switch component {
            case .key(let name):
                if !text.isEmpty { text += "." }
                text += ValidationIssue.Problem.escapingControls(name)
            case .index(let index):
                text += "[\(index)]"
            case .line(let line):
                if !text.isEmpty { text += ", " }
                text += "line \(line)"
            case .column(let name):
                if !text.isEmpty { text += ", " }
                // A header name is the file's text: shortened and kept on one line like a value.
                text += "column \"\(ValidationIssue.Problem.shortened(name))\""
            case .columnNumber(let number):
                if !text.isEmpty { text += ", " }
                text += "column \(number)"
            }
        }
        return text
    }
}
