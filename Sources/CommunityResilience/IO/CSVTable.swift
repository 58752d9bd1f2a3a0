import Foundation

/// A whole CSV file as strings: a header and rows of fields.
///
/// The convenient form for small files — a lookup table, a unit-cost sheet, an exported result —
/// where a `String` per field costs nothing that matters. For large files read records in place
/// with ``CSVReader``.
///
/// ```swift
/// let table = try CSVTable(parsing: "area,count\r\nE01006412,41\r\n")
/// table.header          // ["area", "count"]
/// table.rows            // [["E01006412", "41"]]
/// table.text()          // writes it back, byte for byte
/// ```
public struct CSVTable: Hashable, Sendable {
    /// The column names; empty for a table without a header.
    public var header: [String]
    /// The records after the header, each a list of fields. Rows keep the number of fields they
    /// were written with, which may differ from the header's.
    public var rows: [[String]]

    /// A table from its parts.
    /// - Parameters:
    ///   - header: The column names; empty for none.
    ///   - rows: The records, each a list of fields.
    public init(header: [String], rows: [[String]]) {
        self.header = header
        self.rows = rows
    }

    /// Reads every record of CSV text.
    /// - Parameters:
    ///   - text: The whole file (RFC 4180; see ``CSVReader`` for what is accepted).
    ///   - hasHeader: Whether the first record names the columns.
    /// - Throws: The first malformed record's ``ValidationIssue``, located at its line and column.
    public init(parsing text: String, hasHeader: Bool = true) throws(ValidationIssue) {
        var reader = CSVReader(string: text, hasHeader: hasHeader)
        try self.init(reading: &reader)
    }

    /// Reads every record of CSV bytes.
    /// - Parameters:
    ///   - data: The whole file, UTF-8.
    ///   - hasHeader: Whether the first record names the columns.
    /// - Throws: The first malformed record's ``ValidationIssue``, located at its line and column.
    public init(data: Data, hasHeader: Bool = true) throws(ValidationIssue) {
        var reader = CSVReader(data: data, hasHeader: hasHeader)
        try self.init(reading: &reader)
    }

    /// Reads every remaining record of `reader`.
    /// - Parameter reader: The reader; its header, if it expects one, becomes ``header``.
    /// - Throws: The first malformed record's ``ValidationIssue``, located at its line and column.
    public init(reading reader: inout CSVReader) throws(ValidationIssue) {
        let header = try reader.readHeader()
        var rows: [[String]] = []
        try reader.forEachRecord { record throws(ValidationIssue) in rows.append(record.strings) }
        self.init(header: header, rows: rows)
    }

    /// The table as CSV text: the header (when there is one), then every row.
    /// - Parameter lineEnding: RFC 4180's CRLF by default.
    public func text(lineEnding: CSVWriter.LineEnding = .crlf) -> String {
        writer(lineEnding).text
    }

    /// The table as UTF-8 CSV bytes, without a byte-order mark.
    /// - Parameter lineEnding: RFC 4180's CRLF by default.
    public func data(lineEnding: CSVWriter.LineEnding = .crlf) -> Data {
        writer(lineEnding).data
    }

    private func writer(_ lineEnding: CSVWriter.LineEnding) -> CSVWriter {
        var writer = CSVWriter(lineEnding: lineEnding)
        if !header.isEmpty { writer.writeRecord(header) }
        writer.writeRecords(rows)
        return writer
    }
}
