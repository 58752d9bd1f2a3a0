import Foundation
import Testing

@testable import CommunityResilience

/// The writer quotes exactly when RFC 4180 §2.6–2.7 requires, and everything it writes reads back
/// to the same fields.
@Suite("CSV writer and tables")
struct CSVWriterTests {
    static let encodings: [(String, String)] = [
        ("plain", "plain"), ("", ""), (" spaced ", " spaced "), ("£1,234.50", "\"£1,234.50\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""), ("two\nlines", "\"two\nlines\""), ("cr\rhere", "\"cr\rhere\""),
        ("\"", "\"\"\"\""), ("\u{FEFF}mark", "\"\u{FEFF}mark\""), ("日本", "日本"),
    ]

    @Test("fields are quoted only when they must be", arguments: encodings)
    func encoding(field: String, written: String) {
        #expect(CSVWriter.encode(field) == written)
    }

    @Test("records end with CRLF by default, or LF; a lone empty field is quoted")
    func records() {
        var writer = CSVWriter()
        writer.writeRecord(["area", "note"])
        writer.writeRecord(["E01006412", "closed, then \"reopened\""])
        writer.writeRecord([""])
        writer.writeRecord(["", ""])
        #expect(writer.text == "area,note\r\nE01006412,\"closed, then \"\"reopened\"\"\"\r\n\"\"\r\n,\r\n")
        var unix = CSVWriter(lineEnding: .lf)
        unix.writeRecords([["a", "b"], ["c", "d"]])
        #expect(unix.text == "a,b\nc,d\n")
        let taken = unix.takeData()
        #expect(String(decoding: taken, as: UTF8.self) == "a,b\nc,d\n")
        #expect(unix.bytes.isEmpty)
    }

    @Test("random records survive writer → reader", arguments: [(UInt64(1), CSVWriter.LineEnding.crlf), (2, .lf)])
    func roundTrip(seed: UInt64, lineEnding: CSVWriter.LineEnding) throws {
        var generator = TimeParsingPropertyTests.SplitMix64(state: seed)
        let alphabet: [Character] = ["a", "Z", "0", ",", "\"", "\r", "\n", " ", "é", "😀", "\u{FEFF}", "\r\n"]
        var rows: [[String]] = []
        for _ in 0..<2_000 {
            let width = Int.random(in: 1...5, using: &generator)
            rows.append(
                (0..<width).map { _ in
                    String(
                        (0..<Int.random(in: 0...6, using: &generator)).map { _ in
                            alphabet.randomElement(using: &generator) ?? "a"
                        })
                })
        }
        // A header that starts with a byte-order mark must survive too.
        let table = CSVTable(header: ["\u{FEFF}id", "value"], rows: rows)
        let text = table.text(lineEnding: lineEnding)
        #expect(try CSVTable(parsing: text) == table)
        #expect(try CSVTable(data: table.data(lineEnding: lineEnding)) == table)
        // And streamed in 3-byte chunks.
        var reader = CSVReader(CSVDataInput(text, chunkSize: 3), bufferSize: 8)
        #expect(try CSVTable(reading: &reader) == table)
    }

    @Test("a table without a header reads every record as a row")
    func headerless() throws {
        let table = try CSVTable(parsing: "1,2\n3,4\n", hasHeader: false)
        #expect(table.header.isEmpty)
        #expect(table.rows == [["1", "2"], ["3", "4"]])
        #expect(table.text(lineEnding: .lf) == "1,2\n3,4\n")
    }

    @Test("a malformed table throws its first issue")
    func malformedTable() {
        #expect(
            throws: ValidationIssue(
                .malformed("\"open", expected: "a closing quote before the end of the file"),
                at: .csv(line: 2, column: "a"))
        ) {
            try CSVTable(parsing: "a\n\"open")
        }
    }
}
