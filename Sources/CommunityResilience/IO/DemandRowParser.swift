/// Turns CSV records into demand rows for ``DemandCSVImporter``: one per thread, each with its own
/// identifier tables and its own segment of rows, which the importer merges in file order.
///
/// Codes in a segment are the parser's *local* codes (first seen by this parser); the importer
/// translates them to the panel's codes when it merges, in file order, so the panel is identical
/// whether the file was read by one thread or several. Issues name lines relative to where the
/// parser's part started, also fixed when merged.
///
/// Used by one thread at a time (the importer hands each parser to one task per block and waits
/// for all of them), which makes the `@unchecked Sendable` sound. The mutable state lives in a
/// ``DemandRowState`` value that the hot loop takes out and works on as a local variable: mutating
/// a class's stored properties would cost a dynamic exclusivity check per access.
final class DemandRowParser: @unchecked Sendable {
    /// The tables, rows and issues since the last merge.
    var state: DemandRowState
    /// The issue that stopped a part early (stop-at-first-issue imports only).
    var stopped: ValidationIssue?
    /// Line ends in the part last parsed by ``parse(_:of:)``.
    var lineEnds = 0
    private let storage: CSVStorage

    init(positions: [DemandCSVImporter.Field: Int], header: [String], options: CSVImportOptions) {
        state = DemandRowState(positions: positions, fieldCount: header.count, options: options)
        storage = CSVStorage(borrowingWith: header)
    }

    /// Parses one part of a block with a scanner of its own; lines in issues count from 1.
    func parse(_ part: Range<Int>, of block: CSVPlainBlock) {
        storage.lend(block.bytes, range: part)
        var scanner = CSVScanner(storage: storage, line: 1, atStartOfInput: false)
        var state = takeState()
        do {
            scanning: while true {
                switch scanner.scan(final: true) {
                case .record(let fieldCount, let line):
                    try state.read(CSVRecord(storage: storage, count: fieldCount, line: line))
                case .issue(let issue):
                    try state.reject(issue)
                case .endOfInput, .needsInput:
                    break scanning
                }
            }
        } catch {
            stopped = error
        }
        self.state = state
        lineEnds = scanner.line - 1
    }

    /// Moves the state out (leaving an empty one), so it can be mutated as a local variable.
    func takeState() -> DemandRowState {
        var taken = DemandRowState.empty
        swap(&taken, &state)
        return taken
    }

    /// Empties the segment and the log after a merge (keeping their capacity).
    func reset() {
        state.segment.removeAll()
        state.log = CSVIssueLog(state.log.options)
        state.rowsRead = 0
        stopped = nil
        lineEnds = 0
    }
}

/// The working state of a ``DemandRowParser``: field positions, local identifier tables, the
/// segment of accepted rows and the issues, with the rules that check each record.
struct DemandRowState {
    let community: Int, service: Int, month: Int, count: Int
    let population: Int?
    let fieldCount: Int
    /// Local identifier tables.
    var communities = IdentifierInterner<Community>()
    var services = IdentifierInterner<Service>()
    /// The panel code of each local code merged so far.
    var communityCodesMerged: [Int32] = []
    var serviceCodesMerged: [Int32] = []
    /// Rows accepted since the last merge.
    var segment: DemandSegment
    /// Problems found since the last merge.
    var log: CSVIssueLog
    /// Records read since the last merge.
    var rowsRead = 0

    init(positions: [DemandCSVImporter.Field: Int], fieldCount: Int, options: CSVImportOptions) {
        // Required fields always have a position once the mapping has accepted the header.
        community = positions[.community] ?? 0
        service = positions[.service] ?? 0
        month = positions[.month] ?? 0
        count = positions[.count] ?? 0
        population = positions[.population]
        self.fieldCount = fieldCount
        segment = DemandSegment()
        log = CSVIssueLog(options)
    }

    /// A placeholder left in a parser while its state is taken out.
    static var empty: DemandRowState { DemandRowState(positions: [:], fieldCount: 0, options: .collectAllIssues) }

    /// A record the scanner could not parse: counted and reported.
    mutating func reject(_ issue: ValidationIssue) throws(ValidationIssue) {
        rowsRead += 1
        try log.record(issue)
    }

    /// Checks one record and appends it, or reports every bad field.
    mutating func read(_ record: borrowing CSVRecord) throws(ValidationIssue) {
        rowsRead += 1
        // Fast path: a well-formed row with plain values (no spaces around them, whole numbers).
        // Anything else takes the general path, which accepts the same rows and more, and names
        // every problem.
        if record.count == fieldCount, let monthIndex = record.plainMonthIndex(at: month),
            let value = record.plainWholeNumber(at: count)
        {
            let communityKey = record.utf8(at: community)
            let serviceKey = record.utf8(at: service)
            if Self.isPlain(communityKey), Self.isPlain(serviceKey) {
                if let population {
                    if let people = record.plainWholeNumber(at: population) {
                        try append(communityKey, serviceKey, monthIndex, value, people)
                        return
                    }
                } else {
                    try append(communityKey, serviceKey, monthIndex, value, 0)
                    return
                }
            }
        }
        try readChecked(record)
    }

    /// Whether an identifier field is non-empty with no space or tab at either end.
    @inline(__always)
    private static func isPlain(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = key.first, let last = key.last else { return false }
        return first != 0x20 && first != 0x09 && last != 0x20 && last != 0x09
    }

    /// Appends a row whose fields have been checked. Identifiers enter the tables only for
    /// accepted rows, so every code in the panel is used.
    @inline(__always)
    private mutating func append(
        _ communityKey: UnsafeBufferPointer<UInt8>, _ serviceKey: UnsafeBufferPointer<UInt8>, _ monthIndex: Int32,
        _ value: Double, _ people: Double
    ) throws(ValidationIssue) {
        let communityCode = try communities.code(for: communityKey)
        let serviceCode = try services.code(for: serviceKey)
        segment.append(communityCode, serviceCode, monthIndex, value, people)
    }

    /// The general path: reads every field with the record's checked accessors, reporting each
    /// problem, and appends the row when there are none.
    private mutating func readChecked(_ record: borrowing CSVRecord) throws(ValidationIssue) {
        guard record.count == fieldCount else {
            try log.record(ValidationIssue(
                .inconsistent("has \(record.count) fields, but the header has \(fieldCount)"), at: .csv(line: record.line)))
            return
        }
        var good = true
        var monthIndex: Int32 = 0
        do {
            monthIndex = Int32(truncatingIfNeeded: try record.month(at: month).index)
        } catch {
            try log.record(error)
            good = false
        }
        let value = try amount(record, at: count, good: &good)
        var people = 0.0
        if let population { people = try amount(record, at: population, good: &good) }
        var communityKey = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        var serviceKey = communityKey
        do {
            communityKey = try record.trimmed(community)
        } catch {
            try log.record(error)
            good = false
        }
        do {
            serviceKey = try record.trimmed(service)
        } catch {
            try log.record(error)
            good = false
        }
        guard good else { return }
        try append(communityKey, serviceKey, monthIndex, value, people)
    }

    /// A finite, non-negative number from field `index` (−0 read as 0); a bad one is reported.
    private mutating func amount(_ record: borrowing CSVRecord, at index: Int, good: inout Bool) throws(ValidationIssue) -> Double {
        let value: Double
        do {
            value = try record.double(at: index)
        } catch {
            try log.record(error)
            good = false
            return 0
        }
        guard value >= 0 else {
            // The text as written ("-3"), not as the Double prints ("-3.0").
            let text = (try? record.trimmed(index)).map { record.text($0) } ?? "\(value)"
            try log.record(record.issue(.negative(text), at: index))
            good = false
            return 0
        }
        return value + 0.0
    }
}
