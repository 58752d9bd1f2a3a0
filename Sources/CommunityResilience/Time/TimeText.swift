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

    /// Up to 15 bytes of text held inline (no heap allocation), so that parsing a month column
    /// of a large file costs no allocation per value.
    struct ShortText {
        private(set) var storage = SIMD16<UInt8>()
        private(set) var count = 0

        /// The bytes of `bytes`, or `nil` when there are more than ``TimeText/maximumLength``:
        /// a huge string passed by mistake is rejected after reading 16 bytes of it.
        init?(_ bytes: some Collection<UInt8>) {
            // Contiguous bytes (native strings, arrays, slices, buffers) take the concrete path;
            // a generic loop over an unspecialised collection costs several times more.
            if let copied = bytes.withContiguousStorageIfAvailable({ ShortText(buffer: $0) }) {
                guard let copied else { return nil }
                self = copied
                return
            }
            for byte in bytes {
                guard count < TimeText.maximumLength else { return nil }
                storage[count] = byte
                count += 1
            }
        }

        /// The bytes of `buffer`, or `nil` when there are more than ``TimeText/maximumLength``.
        init?(buffer: UnsafeBufferPointer<UInt8>) {
            guard buffer.count <= TimeText.maximumLength else { return nil }
            for offset in 0..<buffer.count { storage[offset] = buffer[offset] }
            count = buffer.count
        }

        /// The bytes at `range` (which must lie within the text).
        init(_ text: ShortText, _ range: Range<Int>) {
            assert(range.lowerBound >= 0 && range.upperBound <= text.count)
            for offset in range {
                storage[count] = text[offset]
                count += 1
            }
        }

        subscript(offset: Int) -> UInt8 { storage[offset] }

        /// How many times `byte` occurs in the text.
        func occurrences(of byte: UInt8) -> Int { (0..<count).reduce(0) { $0 + (storage[$1] == byte ? 1 : 0) } }

        /// The offset of the first `byte` in the text, if any.
        func firstOffset(of byte: UInt8) -> Int? { (0..<count).first { storage[$0] == byte } }

        /// The decimal value of the bytes at `range` if every one is an ASCII digit, else `nil`.
        /// Ranges here are at most four digits long, so the value cannot overflow.
        func number(_ range: Range<Int>) -> Int? {
            guard range.lowerBound >= 0, range.upperBound <= count, !range.isEmpty else { return nil }
            var value = 0
            for offset in range {
                let byte = storage[offset]
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
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
        expected: String,
        placeholder: Value,
        parse: (String) throws(PeriodError) -> Value
    ) throws -> Value {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            return try parse(text)
        } catch {
            // Inside Scenario(json:) the problem is recorded and decoding goes on, so that every
            // problem in a document is reported together (see IssueCollector).
            if let collector = decoder.userInfo[IssueCollector.userInfoKey] as? IssueCollector {
                collector.record(
                    ValidationIssue(
                        .malformed(text, expected: expected), at: FieldPath(codingPath: container.codingPath)))
                return placeholder
            }
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
