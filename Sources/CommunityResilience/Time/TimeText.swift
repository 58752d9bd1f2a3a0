/// ASCII scanning and string coding shared by the time types' parsers.
///
/// The accepted forms are fixed-width ISO 8601-style text (ISO 8601-1:2019 §5.2.1 calendar
/// year and month, `YYYY` and `YYYY-MM`), the quarter form `YYYY-QN` used by the ONS, and the UK
/// financial-year forms `YYYY-YY` / `YYYY/YY`. Parsing works on UTF-8 bytes without Foundation:
/// no locale can change the result, and no regular expression is compiled per call.
enum TimeText {
    /// The longest text any form can have: an interval of two seven-character forms ("2023-Q2/2024-Q1").
    static let maximumLength = 15

    static let hyphen = UInt8(ascii: "-")
    static let slash = UInt8(ascii: "/")
    static let letterQ = UInt8(ascii: "Q")

    /// The UTF-8 bytes of `text`, or `nil` when it is longer than any form, so that a huge string
    /// passed by mistake is rejected without being copied.
    static func bytes(of text: String) -> [UInt8]? {
        guard text.utf8.count <= maximumLength else { return nil }
        return Array(text.utf8)
    }

    /// The decimal value of `bytes[range]` if every byte there is an ASCII digit, else `nil`.
    /// Ranges here are at most four digits long, so the value cannot overflow.
    static func number(in bytes: [UInt8], _ range: Range<Int>) -> Int? {
        guard range.lowerBound >= 0, range.upperBound <= bytes.count, !range.isEmpty else { return nil }
        var value = 0
        for byte in bytes[range] {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// `value` (0…99) as two digits with a leading zero.
    static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }

    /// Decodes a time value stored as a single string, turning a ``PeriodError`` into
    /// `DecodingError.dataCorrupted` that keeps the coding path (so the message can say which
    /// field of which record is wrong) and carries the ``PeriodError`` as its underlying error.
    static func decode<Value>(
        from decoder: any Decoder,
        parse: (String) throws(PeriodError) -> Value
    ) throws -> Value {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            return try parse(text)
        } catch {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: container.codingPath,
                    debugDescription: error.description,
                    underlyingError: error
                )
            )
        }
    }

    /// Encodes `text` as a single string value.
    static func encode(_ text: String, to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
