import CommunityResilience
import Foundation

extension FuzzTarget {
    /// ``CSVReader`` on raw bytes: records and fields, and the issues of malformed records.
    ///
    /// Properties: reading the bytes streamed in small chunks through a small buffer gives the
    /// same records, lines and issues as reading them at once; every issue names a line and a
    /// column, in a message of one line; with a header, the header is the first record and issues name columns by it; what
    /// was read, written back with ``CSVWriter`` (CRLF or LF), reads again to the same fields with
    /// no issues; ``CSVTable`` agrees with the reader.
    static let csvReader = FuzzTarget(
        name: "csv-reader",
        summary: "CSVReader records and fields, streamed in chunks; CSVWriter round trip; CSVTable"
    ) { data in
        let whole = CSVRead(CSVReader(data: data, hasHeader: false))
        // The chunk and buffer sizes come from the length, so every input also crosses chunk
        // boundaries somewhere and grows the buffer.
        let chunked = CSVRead(
            CSVReader(
                CSVDataInput(data, chunkSize: 1 + data.count % 7), hasHeader: false, bufferSize: 1 + data.count % 5))
        FuzzCheck.require(
            chunked == whole, "reading in chunks differs from reading at once: \(chunked) against \(whole)")
        for issue in whole.issues { CSVRead.requireLocated(issue, what: "a malformed record") }

        // With a header: the same records, the first taken as the column names.
        var reader = CSVReader(data: data)
        do throws(ValidationIssue) {
            let header = try reader.readHeader()
            FuzzCheck.require(
                header.map { Array($0.utf8) } == (whole.records.first ?? []),
                "the header \(header) is not the first record \(whole.records.first ?? [])")
            let rest = CSVRead(reader)
            FuzzCheck.require(
                rest.records == Array(whole.records.dropFirst()) && rest.lines == Array(whole.lines.dropFirst()),
                "the records after the header differ from those read without one")
            FuzzCheck.require(
                rest.issues.map(\.path.components.first) == whole.issues.map(\.path.components.first),
                "issues are on other lines with a header: \(rest.issues) against \(whole.issues)")
            for issue in rest.issues {
                guard case .column(let name)? = issue.path.components.last,
                    case .line(let line)? = issue.path.components.first
                else { continue }
                FuzzCheck.require(
                    header.contains(name) && line > (whole.lines.first ?? 0),
                    "\(issue) names a column the header does not have")
            }
        } catch {
            // The header itself is malformed: then the first issue comes before any record; or,
            // only with a header, zero bytes in the first four show UTF-16 or UTF-32 text.
            var zeroBytes = false
            if case .unreadable(let text) = error.problem, text.hasPrefix("the file is UTF-") {
                zeroBytes = data.prefix(4).contains(0) && error.path == .csv(line: 1, columnNumber: 1)
            }
            FuzzCheck.require(
                whole.issues.first?.problem == error.problem || zeroBytes,
                "the header's issue \(error) is not the first one read without a header: \(whole.issues)")
            CSVRead.requireLocated(error, what: "a malformed header")
        }

        // The records written back read again to the same fields.
        let strings = whole.records.map { record in record.map { String(decoding: $0, as: UTF8.self) } }
        for lineEnding in CSVWriter.LineEnding.allCases {
            var writer = CSVWriter(lineEnding: lineEnding)
            writer.writeRecords(strings)
            let again = CSVRead(CSVReader(data: writer.data, hasHeader: false))
            FuzzCheck.require(
                again.issues.isEmpty && again.records == whole.records,
                "records written back with \(lineEnding) read as \(again), not \(whole.records)")
        }

        // CSVTable reads the same, or throws the first issue.
        do throws(ValidationIssue) {
            let table = try CSVTable(data: data, hasHeader: false)
            FuzzCheck.require(whole.issues.isEmpty, "CSVTable accepted a file with issues: \(whole.issues)")
            FuzzCheck.require(
                table.rows.map { $0.map { Array($0.utf8) } } == whole.records,
                "CSVTable's rows differ from the reader's")
        } catch {
            FuzzCheck.require(error == whole.issues.first, "CSVTable threw \(error), not the first issue")
        }
    }
}

/// Everything a ``CSVReader`` reads: each record's fields as bytes (so that canonically
/// equivalent text is not taken as equal), the line each starts on, and the issues, in order.
struct CSVRead: Equatable, CustomStringConvertible {
    var records: [[[UInt8]]] = []
    var lines: [Int] = []
    var issues: [ValidationIssue] = []

    init(_ reader: consuming CSVReader) {
        var records: [[[UInt8]]] = []
        var lines: [Int] = []
        var issues: [ValidationIssue] = []
        do {
            try reader.forEachRecord(
                onIssue: { issue throws(ValidationIssue) in issues.append(issue) },
                { record throws(ValidationIssue) in
                    records.append((0..<record.count).map { index in record.withUTF8(at: index) { Array($0) } })
                    lines.append(record.line)
                })
        } catch {
            issues.append(error)
        }
        self.records = records
        self.lines = lines
        self.issues = issues
    }

    var description: String {
        "\(records.count) records \(records.prefix(3).map { $0.map { String(decoding: $0, as: UTF8.self) } }) on lines \(lines.prefix(3)), issues \(issues.prefix(3))"
    }

    /// Fails unless `issue` names a line (first) and a column — or only a line, for a demand row
    /// repeating another as a whole — and its message is one line.
    static func requireLocated(_ issue: ValidationIssue, what: String) {
        FuzzCheck.require(
            !issue.description.contains(where: \.isNewline), "\(what) is reported on several lines: \(issue)")
        let components = issue.path.components
        var hasColumn = false
        if let last = components.last {
            switch last {
            case .column, .columnNumber: hasColumn = true
            default: break
            }
        }
        if case .duplicateIdentifier = issue.problem, components.count == 1 { hasColumn = true }
        guard case .line(let line)? = components.first, line >= 1, hasColumn else {
            FuzzCheck.fail("\(what) is reported without a line and column: \(issue)")
        }
    }
}
