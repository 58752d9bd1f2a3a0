/// A typed identifier: the identifier of one kind of entity cannot be used for another.
///
/// Modelled on swift-tagged's `Tagged<Tag, RawValue>`. `Community.ID` and `Service.ID` are both
/// `Identifier`s holding a string, but they are different types, so passing a community where a
/// service is expected does not compile:
///
/// ```swift
/// let ward: Community.ID = "E05000026"
/// let service: Service.ID = ward   // error: cannot convert value of type 'Identifier<Community>'
/// ```
///
/// Identifiers encode to JSON as a plain string. There is no arithmetic and no conversion between
/// kinds: an identifier is only compared, hashed and printed.
public struct Identifier<Entity>: RawRepresentable, Hashable, Comparable, Sendable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    /// The identifier's text, as written in the scenario.
    public let rawValue: String

    /// Wraps an identifier's text.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Wraps an identifier's text.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// Creates a value from a string literal.
    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    /// Orders values by their `rawValue`.
    public static func < (lhs: Identifier, rhs: Identifier) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    /// The value as reports and error messages show it.
    public var description: String { rawValue }
}

extension Identifier: Codable {
    /// Decodes a value from its JSON form, reporting a value that breaks the type's rules at its coding path.
    public init(from decoder: any Decoder) throws {
        self.rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes the value in the JSON form that `init(from:)` reads.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
