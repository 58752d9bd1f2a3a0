import Foundation
import Testing

@testable import CommunityResilience

/// Streaming: the records, lines and issues must not depend on how the input arrives. The same
/// bytes are fed whole, and 1, 2, 3, 7 and 64 bytes at a time, into buffers as small as one byte
/// (which must grow, and compact around records cut by a chunk boundary): a boundary can fall
/// inside a CRLF, a doubled quote, a quoted line break, a multi-byte UTF-8 character or the
/// byte-order mark.
@Suite("CSV reader: streaming over chunk boundaries")
struct CSVStreamingTests {
    /// Every construct at once, including malformed records (so issues are compared too).
    static let tricky: [UInt8] =
        Array(
            ("\u{FEFF}id,name,note\r\n"
                + "1,plain,\"with, comma\"\r\n"
                + "2,\"say \"\"hi\"\"\",\"two\r\nlines\"\n"
                + "\n"
                + "3,Ynys Môn,日本😀\r"
                + "4,bad\"quote,x\n"
                + "5,\"closed\"junk,y\r\n"
                + "6,,\"\"\n"
                + "\r\n"
                + "7,\"multi\nline\nfield\",end").utf8)
        + Array("\n8,".utf8) + [0xE2, 0x82] + Array(",z\n9,last,\"q\"\"\"".utf8)

    static let chunkings: [(chunkSize: Int, bufferSize: Int)] = [
        (.max, 1 << 20), (1, 1), (1, 1 << 20), (2, 3), (3, 2), (7, 7), (7, 1 << 20), (64, 16), (64, 1),
    ]

    @Test("the same records, lines and issues however the bytes arrive", arguments: chunkings)
    func sameOutcome(chunkSize: Int, bufferSize: Int) throws {
        let whole = try readCSV(Self.tricky, hasHeader: true)
        let streamed = try readCSV(Self.tricky, hasHeader: true, chunkSize: chunkSize, bufferSize: bufferSize)
        #expect(streamed == whole)
    }

    @Test("the tricky input reads as the rules say")
    func trickyContent() throws {
        let outcome = try readCSV(Self.tricky, hasHeader: true, chunkSize: 7, bufferSize: 7)
        #expect(outcome.header == ["id", "name", "note"])
        #expect(
            outcome.records == [
                ReadRecord(line: 2, fields: ["1", "plain", "with, comma"]),
                ReadRecord(line: 3, fields: ["2", "say \"hi\"", "two\r\nlines"]),
                ReadRecord(line: 6, fields: ["3", "Ynys Môn", "日本😀"]),
                ReadRecord(line: 9, fields: ["6", "", ""]),
                ReadRecord(line: 11, fields: ["7", "multi\nline\nfield", "end"]),
                ReadRecord(line: 15, fields: ["9", "last", "q\""]),
            ])
        let quote = "a quote only around a whole field, with quotes inside it doubled (\"12\"\"3\")"
        let afterQuote = "a comma or line end after the closing quote (a quote inside a quoted field is written \"\")"
        #expect(
            outcome.issues == [
                ValidationIssue(.malformed("bad\"quote", expected: quote), at: .csv(line: 7, column: "name")),
                ValidationIssue(.malformed("\"closed\"junk", expected: afterQuote), at: .csv(line: 8, column: "name")),
                ValidationIssue(
                    .unreadable("invalid UTF-8: byte 0xE2 at byte 1 of the field"), at: .csv(line: 14, column: "name")),
            ])
    }

    @Test("ten thousand generated records stream identically in 7-byte chunks")
    func manyRecords() throws {
        var generator = TimeParsingPropertyTests.SplitMix64(state: 7)
        let pieces = ["E01006412", "a,b", "say \"x\"", "two\nlines", "£12.50", "", " spaced ", "\r\n", "é"]
        var writer = CSVWriter()
        var expected: [[String]] = []
        for index in 0..<10_000 {
            let record = (0..<4).map { _ in pieces.randomElement(using: &generator) ?? "" } + [String(index)]
            expected.append(record)
            writer.writeRecord(record)
        }
        let outcome = try readCSV(writer.bytes, chunkSize: 7, bufferSize: 64)
        #expect(outcome.issues.isEmpty)
        #expect(outcome.records.map(\.fields) == expected)
    }

    @Test("a file on disk is read in chunks, and its size is known")
    func file() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "csv-streaming-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(Self.tricky).write(to: url)
        let input = try CSVFileInput(contentsOf: url)
        #expect(input.remainingByteCount == Self.tricky.count)
        var reader = CSVReader(input, bufferSize: 5)
        var outcome = ReadOutcome()
        outcome.header = try reader.readHeader()
        try reader.forEachRecord(
            onIssue: { issue in outcome.issues.append(issue) },
            { record in outcome.records.append(ReadRecord(line: record.line, fields: record.strings)) })
        #expect(outcome == (try readCSV(Self.tricky, hasHeader: true)))
    }

    @Test("a file that cannot be opened is reported with its path")
    func missingFile() {
        let url = URL(fileURLWithPath: "/nonexistent/demand.csv")
        #expect {
            _ = try CSVFileInput(contentsOf: url)
        } throws: { error in
            guard let issue = error as? ValidationIssue, case .unreadable(let detail) = issue.problem else {
                return false
            }
            return detail.hasPrefix("cannot open /nonexistent/demand.csv")
        }
    }
}
