import Foundation
import Testing

@testable import CommunityResilience

/// RFC 4180 §2 (Shafranovich, 2005) rule by rule, with the leniencies the reader documents, and
/// every way a file can be malformed. Expected records are written out by hand from the rules.
@Suite("CSV reader: RFC 4180")
struct CSVReaderTests {
    /// (input, records as (line, fields)) — each case one rule.
    static let wellFormedCases: [(String, [ReadRecord])] = [
        // §2.1: records end with CRLF.
        (
            "a,b,c\r\nd,e,f\r\n",
            [ReadRecord(line: 1, fields: ["a", "b", "c"]), ReadRecord(line: 2, fields: ["d", "e", "f"])]
        ),
        // LF alone, as Unix tools write.
        ("a,b\nc,d\n", [ReadRecord(line: 1, fields: ["a", "b"]), ReadRecord(line: 2, fields: ["c", "d"])]),
        // Mixed CRLF, LF and lone CR; §2.2: the last record need not end with a line break.
        (
            "a,b\r\nc,d\ne,f\rg,h",
            [
                ReadRecord(line: 1, fields: ["a", "b"]), ReadRecord(line: 2, fields: ["c", "d"]),
                ReadRecord(line: 3, fields: ["e", "f"]), ReadRecord(line: 4, fields: ["g", "h"]),
            ]
        ),
        // §2.6: commas inside a quoted field.
        ("\"a,b\",c\n", [ReadRecord(line: 1, fields: ["a,b", "c"])]),
        // §2.7: a quote inside a quoted field is doubled.
        ("\"say \"\"hi\"\"\",x\n", [ReadRecord(line: 1, fields: ["say \"hi\"", "x"])]),
        ("\"a\"\"\"", [ReadRecord(line: 1, fields: ["a\""])]),
        ("\"\"\"\"\n", [ReadRecord(line: 1, fields: ["\""])]),
        // §2.6: line breaks inside quoted fields; the next record starts on a later line.
        (
            "\"line1\r\nline2\",x\nnext\n",
            [
                ReadRecord(line: 1, fields: ["line1\r\nline2", "x"]), ReadRecord(line: 3, fields: ["next"]),
            ]
        ),
        ("\"a\nb\rc\",d\ne\n", [ReadRecord(line: 1, fields: ["a\nb\rc", "d"]), ReadRecord(line: 4, fields: ["e"])]),
        // A UTF-8 byte-order mark is not part of the first field.
        ("\u{FEFF}a,b\n", [ReadRecord(line: 1, fields: ["a", "b"])]),
        // An empty trailing line, and blank lines anywhere, are not records.
        ("a,b\n\n", [ReadRecord(line: 1, fields: ["a", "b"])]),
        ("a,b\r\n\r\n", [ReadRecord(line: 1, fields: ["a", "b"])]),
        ("\n\na,b\n\n\nc,d\n", [ReadRecord(line: 3, fields: ["a", "b"]), ReadRecord(line: 6, fields: ["c", "d"])]),
        // Empty fields: in the middle, at the ends, and a record of one empty quoted field.
        ("a,,c\n", [ReadRecord(line: 1, fields: ["a", "", "c"])]),
        (",\n", [ReadRecord(line: 1, fields: ["", ""])]),
        ("a,b,\n", [ReadRecord(line: 1, fields: ["a", "b", ""])]),
        ("a,b,", [ReadRecord(line: 1, fields: ["a", "b", ""])]),
        ("\"\"\n", [ReadRecord(line: 1, fields: [""])]),
        ("\"\",\"\"\r\n", [ReadRecord(line: 1, fields: ["", ""])]),
        // §2.4: spaces are part of a field.
        (" a , b \n", [ReadRecord(line: 1, fields: [" a ", " b "])]),
        // Non-ASCII UTF-8 (2-, 3- and 4-byte sequences).
        ("é,日本,😀\n", [ReadRecord(line: 1, fields: ["é", "日本", "😀"])]),
        ("\"Ynys Môn, Cymru\",£\n", [ReadRecord(line: 1, fields: ["Ynys Môn, Cymru", "£"])]),
        // A quoted field at the very end, and a CRLF at the very end.
        ("\"a\"", [ReadRecord(line: 1, fields: ["a"])]),
        ("a\r\n", [ReadRecord(line: 1, fields: ["a"])]),
        // Nothing at all.
        ("", []),
        ("\n\r\n\r", []),
    ]

    @Test("well-formed input gives the records the rules say", arguments: wellFormedCases)
    func wellFormed(input: String, expected: [ReadRecord]) throws {
        let outcome = try readCSV(input)
        #expect(outcome.records == expected)
        #expect(outcome.issues.isEmpty)
    }

    @Test("the header names the columns and is not a record")
    func header() throws {
        var reader = CSVReader(string: "\u{FEFF}area,\"count, total\"\r\nE01,4\r\n")
        #expect(try reader.readHeader() == ["area", "count, total"])
        #expect(reader.header == ["area", "count, total"])
        let first = try reader.withNextRecord { record in record.strings }
        #expect(first == ["E01", "4"])
        #expect(try reader.withNextRecord { record in record.count } == nil)
    }

    /// (input with a header, the issue, the records still read after it).
    static let malformedCases: [(String, ValidationIssue, [[String]])] = [
        // A quote that is never closed swallows the rest of the file.
        (
            "a,b\n1,\"unclosed\n2,3\n",
            ValidationIssue(
                .malformed("\"unclosed\n2,3\n", expected: "a closing quote before the end of the file"),
                at: .csv(line: 2, column: "b")), []
        ),
        // A long unclosed field is quoted to 40 bytes in the message.
        (
            "a\n\"" + String(repeating: "x", count: 50),
            ValidationIssue(
                .malformed(
                    "\"" + String(repeating: "x", count: 39) + "…",
                    expected: "a closing quote before the end of the file"),
                at: .csv(line: 2, column: "a")), []
        ),
        // A quote inside an unquoted field (§2.5); reading resumes on the next line.
        (
            "name,height\nBob,5\"11\nAmy,5\n",
            ValidationIssue(
                .malformed(
                    "5\"11", expected: "a quote only around a whole field, with quotes inside it doubled (\"12\"\"3\")"),
                at: .csv(line: 2, column: "height")), [["Amy", "5"]]
        ),
        (
            "x,y\n ab\"c\",d\ne,f\n",
            ValidationIssue(
                .malformed(
                    " ab\"c\"",
                    expected: "a quote only around a whole field, with quotes inside it doubled (\"12\"\"3\")"),
                at: .csv(line: 2, column: "x")), [["e", "f"]]
        ),
        // Text after a closing quote (a quote inside a quoted field that was not doubled).
        (
            "x,y\n\"ab\"c,d\r\ne,f\r\n",
            ValidationIssue(
                .malformed(
                    "\"ab\"c",
                    expected:
                        "a comma or line end after the closing quote (a quote inside a quoted field is written \"\")"),
                at: .csv(line: 2, column: "x")), [["e", "f"]]
        ),
        // The line is the one the bad field starts on, after a quoted line break.
        (
            "x,y\n\"a\nb\",c\"d\ne,f\n",
            ValidationIssue(
                .malformed(
                    "c\"d", expected: "a quote only around a whole field, with quotes inside it doubled (\"12\"\"3\")"),
                at: .csv(line: 3, column: "y")), [["e", "f"]]
        ),
        // Beyond the header's columns, a column is named by its position.
        (
            "x\na,b\"\nc\n",
            ValidationIssue(
                .malformed(
                    "b\"", expected: "a quote only around a whole field, with quotes inside it doubled (\"12\"\"3\")"),
                at: .csv(line: 2, columnNumber: 2)), [["c"]]
        ),
    ]

    @Test("malformed records are reported at their line and column, and reading goes on", arguments: malformedCases)
    func malformed(input: String, issue: ValidationIssue, after: [[String]]) throws {
        let outcome = try readCSV(input, hasHeader: true)
        #expect(outcome.issues == [issue])
        #expect(outcome.records.map(\.fields) == after)
    }

    @Test("the plain reading loop stops at the first malformed record")
    func stopsAtFirst() throws {
        var reader = CSVReader(string: "a\n1\n2\"\n3\n")
        var read: [String] = []
        #expect(
            throws: ValidationIssue(
                .malformed(
                    "2\"", expected: "a quote only around a whole field, with quotes inside it doubled (\"12\"\"3\")"),
                at: .csv(line: 3, column: "a"))
        ) {
            try reader.forEachRecord { record in read.append(record.string(at: 0) ?? "") }
        }
        #expect(read == ["1"])
    }

    /// Ill-formed UTF-8 per the Unicode Standard §3.9, Table 3-7: each is rejected at the
    /// sequence's first byte.
    static let invalidUTF8Cases: [([UInt8], String)] = [
        ([0xFF], "byte 0xFF at byte 1"),  // never valid
        ([0x61, 0x80], "byte 0x80 at byte 2"),  // a stray continuation byte
        ([0xC0, 0xAF], "byte 0xC0 at byte 1"),  // overlong "/"
        ([0xE0, 0x80, 0xAF], "byte 0xE0 at byte 1"),  // overlong, three bytes
        ([0xED, 0xA0, 0x80], "byte 0xED at byte 1"),  // a UTF-16 surrogate, U+D800
        ([0xF4, 0x90, 0x80, 0x80], "byte 0xF4 at byte 1"),  // above U+10FFFF
        ([0x62, 0xE2, 0x82], "byte 0xE2 at byte 2"),  // truncated "€" at the end of the field
        ([0xF0, 0x9F, 0x98], "byte 0xF0 at byte 1"),  // truncated emoji
    ]

    @Test("bytes that are not UTF-8 are reported with the byte and its place", arguments: invalidUTF8Cases)
    func invalidUTF8(field: [UInt8], detail: String) throws {
        let bytes = Array("a,b\n1,".utf8) + field + Array("\n2,ok\n".utf8)
        let outcome = try readCSV(bytes, hasHeader: true)
        #expect(
            outcome.issues == [
                ValidationIssue(.unreadable("invalid UTF-8: \(detail) of the field"), at: .csv(line: 2, column: "b"))
            ])
        #expect(outcome.records.map(\.fields) == [["2", "ok"]])
    }

    @Test("invalid UTF-8 inside a quoted field names that field")
    func invalidUTF8Quoted() throws {
        let bytes = Array("\"x\",\"".utf8) + [0xC3, 0x28] + Array("\"\n".utf8)
        let outcome = try readCSV(bytes)
        #expect(
            outcome.issues == [
                ValidationIssue(
                    .unreadable("invalid UTF-8: byte 0xC3 at byte 1 of the field"), at: .csv(line: 1, columnNumber: 2))
            ])
    }

    @Test("valid UTF-8 at the edges of Table 3-7 is accepted")
    func validUTF8Edges() throws {
        // U+0080, U+07FF, U+0800, U+D7FF, U+E000, U+FFFF, U+10000, U+10FFFF.
        let text = "\u{80},\u{7FF},\u{800},\u{D7FF},\u{E000},\u{FFFF},\u{10000},\u{10FFFF}\n"
        let outcome = try readCSV(text)
        #expect(outcome.issues.isEmpty)
        #expect(outcome.records.first?.fields.count == 8)
        #expect((outcome.records.first?.fields.joined(separator: ",") ?? "") + "\n" == text)
    }
}
