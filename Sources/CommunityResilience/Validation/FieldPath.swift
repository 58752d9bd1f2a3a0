/// The location of a value inside a scenario or an input file, such as
/// `interventions[3].costs[0].amount`.
///
/// Every ``ValidationIssue`` carries one so that an analyst can find the offending value in the
/// JSON or CSV they supplied. Paths print in the familiar dotted form with zero-based indices.
public struct FieldPath: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// One step in a path: a named field or a zero-based array position.
    public enum Component: Hashable, Sendable {
        case key(String)
        case index(Int)
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

    public var description: String {
        var text = ""
        for component in components {
            switch component {
            case .key(let name):
                if !text.isEmpty { text += "." }
                text += name
            case .index(let index):
                text += "[\(index)]"
            }
        }
        return text
    }
}
