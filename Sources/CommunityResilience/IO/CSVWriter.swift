import Foundation

/// Writes CSV (RFC 4180) record by record into a growing byte buffer.
///
/// A field is quoted only when it must be (RFC 4180 §2.6–2.7): when it holds a comma, a quote, a
/// CR or an LF — quotes inside are doubled — and when a record's only field is empty, so the line
/// is not mistaken for a blank line that readers skip. Everything the writer produces reads back
/// through ``CSVReader`` to the same fields.
///
/// ```swift
/// var writer = CSVWriter()
/// writer.writeRecord(["area", "note"])
/// writer.writeRecord(["E01006412", "closed, then \"reopened\""])
/// writer.text   // "area,note\r\nE01006412,\"closed, then \"\"reopened\"\"\"\r\n"
/// ```
///
/// For output larger than memory, write a batch of records and ``takeData()`` to hand the bytes
/// to a file, then carry on.
public struct CSVWriter: Hashable, Sendable {
    /// The line end written after each record.
    public enum LineEnding: String, Hashable, Sendable, CaseIterable {
        /// CR LF, as RFC 4180 §2.1 specifies (and spreadsheets on every platform read).
        case crlf = "\r\n"
        /// LF alone, as Unix tools expect.
        case lf = "\n"
    }

    /// The line end after each record.
    public var lineEnding: LineEnding
    /// The bytes written since the writer was made or last emptied.
    public private(set) var bytes: [UInt8] = []

    /// A writer with nothing written yet.
    /// - Parameter lineEnding: The line end after each record; RFC 4180's CRLF by default.
    public init(lineEnding: LineEnding = .crlf) {
        self.lineEnding = lineEnding
    }

    /// Appends one record.
    /// - Parameter fields: The fields, in column order. No fields at all write an empty line,
    ///   which readers skip.
    /// - Complexity: O(total length of the fields).
    public mutating func writeRecord(_ fields: some Sequence<String>) {
        var first = true
        var count = 0
        var lastWasEmpty = false
        for field in fields {
            if !first { bytes.append(UInt8(ascii: ",")) }
            first = false
            count += 1
            lastWasEmpty = field.isEmpty
            Self.append(field, to: &bytes)
        }
        // A record of one empty field would otherwise be an empty line, which readers skip.
        if count == 1 && lastWasEmpty { bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: "\"")]) }
        bytes.append(contentsOf: lineEnding.rawValue.utf8)
    }

    /// Appends every record, in order.
    /// - Parameter records: The records, each a list of fields.
    public mutating func writeRecords(_ records: some Sequence<[String]>) {
        for record in records { writeRecord(record) }
    }

    /// The text written so far.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The bytes written so far, as `Data`.
    public var data: Data { Data(bytes) }

    /// Returns the bytes written so far and empties the writer (keeping its capacity), so a large
    /// file can be written in pieces.
    public mutating func takeData() -> Data {
        let taken = Data(bytes)
        bytes.removeAll(keepingCapacity: true)
        return taken
    }

    /// `field` as it appears in a CSV file: unchanged, or quoted with inner quotes doubled.
    /// - Parameter field: The field's text.
    /// - Returns: The text to write.
    public static func encode(_ field: String) -> String {
        var out: [UInt8] = []
        append(field, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private static func append(_ field: String, to bytes: inout [UInt8]) {
        let utf8 = field.utf8
        // A leading byte-order mark is quoted too: at the start of a file a reader would skip it.
        let needsQuotes =
            utf8.starts(with: [0xEF, 0xBB, 0xBF])
            || utf8.contains { byte in
                byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n")
                    || byte == UInt8(ascii: "\r")
            }
        guard needsQuotes else {
            bytes.append(contentsOf: utf8)
            return
        }
        bytes.append(UInt8(ascii: "\""))
        for byte in utf8 {
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
            bytes.append(byte)
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
