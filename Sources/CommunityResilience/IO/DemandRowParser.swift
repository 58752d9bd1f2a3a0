/// Turns CSV records into demand rows for ``DemandCSVImporter``: one per thread, each with its own
/// identifier tables, writing each stretch of the file it parses into a ``DemandPart`` that the
/// importer merges in file order.
///
/// Codes in a part are the parser's *local* codes (first seen by this parser); the importer
/// translates them to the panel's codes when it merges, in file order, so the panel is identical
/// whether the file was read by one thread or several. Issues name lines relative to where the
/// part started, also fixed when merged.
///
/// Used by one thread at a time, which makes the `@unchecked Sendable` sound. The mutable state
/// lives in a ``DemandRowState`` value that the hot loop takes out and works on as a local
/// variable: mutating a class's stored properties would cost a dynamic exclusivity check per
/// access.
final class DemandRowParser: @unchecked Sendable {
    /// The identifier tables and the rules; the output goes to the part being parsed.
    var state: DemandRowState
    private let storage: CSVStorage

    init(positions: [DemandCSVImporter.Field: Int], header: [String], options: CSVImportOptions) {
        state = DemandRowState(positions: positions, fieldCount: header.count, options: options)
        storage = CSVStorage(borrowingWith: header)
    }

    /// Parses `range` of a block with a scanner of its own into `part`; lines in issues count
    /// from 1.
    func parse(_ range: Range<Int>, of block: CSVPlainBlock, into part: DemandPart) {
        storage.lend(block.bytes, range: range)
        var scanner = CSVScanner(storage: storage, line: 1, atStartOfInput: false)
        var state = takeState()
        state.begin(part)
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
            part.stopped = error
        }
        state.finish(part)
        part.lineEnds = scanner.line - 1
        self.state = state
    }

    /// Moves the state out (leaving an empty one), so it can be mutated as a local variable.
    func takeState() -> DemandRowState {
        var taken = DemandRowState.empty
        swap(&taken, &state)
        return taken
    }
}

/// The output of parsing one stretch of a file: its accepted rows (in local codes), its issues,
/// and which of the parser's local codes it saw first. Reused stretch after stretch.
///
/// Written by one thread, then read by the importer after that thread is done, which makes the
/// `@unchecked Sendable` sound.
final class DemandPart: @unchecked Sendable {
    /// The parser whose local codes the rows use.
    var parser: DemandRowParser?
    /// Rows accepted.
    let segment = DemandSegment()
    /// Problems found.
    var log: CSVIssueLog
    /// Records read.
    var rowsRead = 0
    /// The issue that stopped parsing early (stop-at-first-issue imports only).
    var stopped: ValidationIssue?
    /// Line ends in the stretch.
    var lineEnds = 0
    /// The parser's local codes first seen in this stretch.
    var newCommunities = 0..<0
    var newServices = 0..<0
    /// Where the accepted rows start: the segment row and line of the first row, and of every
    /// row that does not start on the line after the previous accepted row's (after a rejected
    /// row, a blank line or a record over several lines). A clean stretch has one anchor, so
    /// the line of any row is known at the cost of a comparison a row.
    var lineAnchors: [LineAnchor] = []

    /// A row and the line it starts on.
    struct LineAnchor {
        var row: Int
        var line: Int
    }

    init(options: CSVImportOptions) {
        log = CSVIssueLog(options)
    }

    /// Forgets the stretch after a merge, keeping the segment's capacity.
    func reset() {
        parser = nil
        segment.removeAll()
        log = CSVIssueLog(log.options)
        rowsRead = 0
        stopped = nil
        lineEnds = 0
        newCommunities = 0..<0
        newServices = 0..<0
        lineAnchors.removeAll(keepingCapacity: true)
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
    /// Where accepted rows go: the current part's segment.
    var segment: DemandSegment
    /// Problems found in the current part.
    var log: CSVIssueLog
    /// Records read in the current part.
    var rowsRead = 0
    /// The current part's line anchors (``DemandPart/lineAnchors``).
    var lineAnchors: [DemandPart.LineAnchor] = []
    /// The line the next accepted row starts on if it follows the last one directly.
    private var nextLine = Int.min
    /// The identifier counts when the current part began.
    private var communitiesBefore = 0
    private var servicesBefore = 0

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

    /// Starts writing into `part`.
    mutating func begin(_ part: DemandPart) {
        segment = part.segment
        log = part.log
        rowsRead = part.rowsRead
        lineAnchors = part.lineAnchors
        nextLine = Int.min
        communitiesBefore = communities.count
        servicesBefore = services.count
    }

    /// Hands the current part its log, counts and the local codes first seen in it.
    func finish(_ part: DemandPart) {
        part.log = log
        part.rowsRead = rowsRead
        part.lineAnchors = lineAnchors
        part.newCommunities = communitiesBefore..<communities.count
        part.newServices = servicesBefore..<services.count
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
                        try append(communityKey, serviceKey, monthIndex, value, people, line: record.line)
                        return
                    }
                } else {
                    try append(communityKey, serviceKey, monthIndex, value, 0, line: record.line)
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
        _ value: Double, _ people: Double, line: Int
    ) throws(ValidationIssue) {
        let communityCode = try communities.code(for: communityKey)
        let serviceCode = try services.code(for: serviceKey)
        if line != nextLine { lineAnchors.append(DemandPart.LineAnchor(row: segment.count, line: line)) }
        nextLine = line &+ 1
        segment.append(communityCode, serviceCode, monthIndex, value, people)
    }

    /// The general path: reads every field with the record's checked accessors, reporting each
    /// problem, and appends the row when there are none.
    private mutating func readChecked(_ record: borrowing CSVRecord) throws(ValidationIssue) {
        guard record.count == fieldCount else {
            // Located at the first field missing or the first beyond the header.
            try log.record(
                record.issue(
                    .inconsistent("the row has \(record.count) fields, but the header has \(fieldCount)"),
                    at: min(record.count, fieldCount)))
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
        try append(communityKey, serviceKey, monthIndex, value, people, line: record.line)
    }

    /// A finite, non-negative number from field `index` (−0 read as 0); a bad one is reported.
    private mutating func amount(_ record: borrowing CSVRecord, at index: Int, good: inout Bool) throws(ValidationIssue)
        -> Double
    {
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
