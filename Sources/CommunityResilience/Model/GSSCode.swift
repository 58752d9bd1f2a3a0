/// An Office for National Statistics Government Statistical Service (GSS) code, such as
/// `E01000001` (an LSOA in the City of London).
///
/// The shape is fixed by the ONS Register of Geographic Codes: nine characters, a country letter
/// (E, W, S, N, K, L or M) and eight digits; the first three characters name the entity type
/// (E01 = LSOA 2011/2021, E02 = MSOA, E05 = electoral ward, E06–E09 = local authorities,
/// E54 = integrated care board). Only the shape is checked here: the library cannot know every
/// code in use, and codes change with boundary reviews.
public struct GSSCode: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The code, e.g. `E01000001`.
    public let rawValue: String

    /// Country letters used by the ONS register (E England, W Wales, S Scotland, N Northern
    /// Ireland, K/L/M cross-border and Crown dependencies).
    static let countryLetters: Set<Character> = ["E", "W", "S", "N", "K", "L", "M"]

    /// Validates and wraps a code.
    ///
    /// - Throws: ``ValidationIssue`` with ``ValidationIssue/Problem/malformed(_:expected:)``.
    public init(_ text: String) throws(ValidationIssue) {
        let characters = Array(text)
        guard characters.count == 9, let first = characters.first,
            GSSCode.countryLetters.contains(first),
            characters.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber })
        else {
            throw ValidationIssue(
                .malformed(text, expected: "a GSS code: a country letter and 8 digits, e.g. E01000001"))
        }
        self.rawValue = text
    }

    /// The entity-type prefix, e.g. `E01` for an English LSOA.
    public var entityCode: String { String(rawValue.prefix(3)) }

    /// The value as reports and error messages show it.
    public var description: String { rawValue }

    /// Orders values by their `rawValue`.
    public static func < (lhs: GSSCode, rhs: GSSCode) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension GSSCode: Codable {
    /// Decodes a value from its JSON form, reporting a value that breaks the type's rules at its coding path.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do {
            try self.init(text)
        } catch {
            self = try decoder.recover(from: error, placeholder: GSSCode(unchecked: "E00000000"))
        }
    }

    private init(unchecked text: String) { self.rawValue = text }

    /// Encodes the value in the JSON form that `init(from:)` reads.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
