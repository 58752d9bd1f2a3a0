import Foundation

@testable import CommunityResilience

/// One record as the tests compare them: the line it starts on and its fields.
struct ReadRecord: Hashable, CustomStringConvertible {
    var line: Int
    var fields: [String]
    var description: String { "\(line): \(fields)" }
}

/// Everything a reader gives for `bytes`: the header, every record, and every malformed record's
/// issue (reading carries on past them).
struct ReadOutcome: Hashable {
    var header: [String] = []
    var records: [ReadRecord] = []
    var issues: [ValidationIssue] = []
}

/// Reads `bytes` to the end, handing them over `chunkSize` bytes at a time into a buffer that
/// starts at `bufferSize` bytes.
func readCSV(
    _ bytes: [UInt8], hasHeader: Bool = false, chunkSize: Int = .max, bufferSize: Int = 1 << 20
) throws -> ReadOutcome {
    var reader = CSVReader(
        CSVDataInput(bytes: bytes, chunkSize: chunkSize), hasHeader: hasHeader, bufferSize: bufferSize)
    var outcome = ReadOutcome()
    outcome.header = try reader.readHeader()
    try reader.forEachRecord(
        onIssue: { issue in outcome.issues.append(issue) },
        { record in outcome.records.append(ReadRecord(line: record.line, fields: record.strings)) })
    return outcome
}

/// Reads CSV text (see ``readCSV(_:hasHeader:chunkSize:bufferSize:)``).
func readCSV(_ text: String, hasHeader: Bool = false, chunkSize: Int = .max, bufferSize: Int = 1 << 20) throws
    -> ReadOutcome
{
    try readCSV(Array(text.utf8), hasHeader: hasHeader, chunkSize: chunkSize, bufferSize: bufferSize)
}

/// The issues a throwing call reports, or an empty list when it does not throw.
func issues<Value>(_ body: () throws(ValidationError) -> Value) -> [ValidationIssue] {
    do {
        _ = try body()
        return []
    } catch {
        return error.issues
    }
}
