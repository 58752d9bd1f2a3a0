import Foundation

/// Reads a CSV file (RFC 4180) record by record, streaming: only the record being read and one
/// buffer of input are in memory, however large the file.
///
/// ```swift
/// var reader = try CSVReader(contentsOf: URL(filePath: "demand.csv"))
/// let header = try reader.readHeader()                 // ["community", "service", "month", "count"]
/// var total = 0.0
/// try reader.forEachRecord { record in
///     total += try record.double(at: 3)                 // parsed from the bytes: no String per field
/// }
/// ```
///
/// The format is RFC 4180 §2 with the usual leniencies (see the grammar on the scanner): CRLF, LF
/// or CR line ends in any mix, an optional UTF-8 byte-order mark, quoted fields holding commas,
/// doubled quotes and line breaks, blank lines skipped. Malformed input — a quote inside an
/// unquoted field, text after a closing quote, a quote never closed, bytes that are not UTF-8 — is
/// reported as a ``ValidationIssue`` naming the file line and column, e.g.
/// `line 12, column "name": '5" tall' is malformed: expected …`. A file saved as UTF-16 or UTF-32
/// (recognised by its byte-order mark or, when it starts with a header, by the zero bytes of its
/// first characters) is one issue, at line 1, column 1, naming the encoding, and yields no
/// records.
///
/// For small files, ``CSVTable`` gives the records as strings in one call. The typed importers
/// (``DemandCSVImporter``, ``UnitCostCSVImporter``) build on this reader.
///
/// The reader is non-copyable: it owns its buffer and its position in the input, and two copies
/// reading the same file handle would each see half the file.
public struct CSVReader: ~Copyable, @unchecked Sendable {
    var input: any CSVInput
    var scanner: CSVScanner
    var inputEnded = false
    /// Whether the first bytes have been checked for UTF-16 or UTF-32 text.
    private var encodingChecked = false
    private var headerRead: Bool
    /// The line the header started on (1 unless blank lines come first).
    private(set) var headerLine = 1
    /// Whether the first record is a header naming the columns.
    public let hasHeader: Bool
    /// The header's column names once read (empty before, and for a file without a header).
    public var header: [String] { scanner.storage.columnNames }

    /// A reader of `input`.
    ///
    /// - Parameters:
    ///   - input: Where the bytes come from.
    ///   - hasHeader: Whether the first record names the columns (RFC 4180 §2.3). The header is
    ///     read by ``readHeader()`` or before the first record.
    ///   - bufferSize: The initial buffer in bytes (at least 1). It is reused for every chunk and
    ///     doubles only when one record is longer than it. The default, 1 MiB, reads large files
    ///     at full speed.
    public init(_ input: some CSVInput, hasHeader: Bool = true, bufferSize: Int = 1 << 20) {
        self.input = input
        self.hasHeader = hasHeader
        self.headerRead = !hasHeader
        self.scanner = CSVScanner(storage: CSVStorage(capacity: bufferSize))
    }

    /// A reader of CSV text held in a string.
    /// - Parameters:
    ///   - text: The whole file.
    ///   - hasHeader: Whether the first record names the columns.
    public init(string text: String, hasHeader: Bool = true) {
        self.init(CSVDataInput(text), hasHeader: hasHeader, bufferSize: max(1, min(text.utf8.count, 1 << 20)))
    }

    /// A reader of CSV bytes held in memory.
    /// - Parameters:
    ///   - data: The whole file, UTF-8.
    ///   - hasHeader: Whether the first record names the columns.
    public init(data: Data, hasHeader: Bool = true) {
        self.init(CSVDataInput(data), hasHeader: hasHeader, bufferSize: max(1, min(data.count, 1 << 20)))
    }

    /// A reader of the file at `url`, read in chunks (see ``CSVFileInput``).
    /// - Parameters:
    ///   - url: A file URL.
    ///   - hasHeader: Whether the first record names the columns.
    /// - Throws: ``ValidationIssue`` with ``ValidationIssue/Problem/unreadable(_:)`` when the file
    ///   cannot be opened.
    public init(contentsOf url: URL, hasHeader: Bool = true) throws(ValidationIssue) {
        self.init(try CSVFileInput(contentsOf: url), hasHeader: hasHeader)
    }

    /// The line the next record starts on (one-based), for messages about what comes next.
    public var line: Int { scanner.line }

    /// Reads the header, if the reader expects one and has not read it yet, and returns the
    /// column names (empty for an empty input or a reader without a header).
    ///
    /// Names are kept exactly as written (RFC 4180 keeps spaces); importers match them loosely.
    /// - Throws: ``ValidationIssue`` when the header record is malformed or the input fails.
    @discardableResult
    public mutating func readHeader() throws(ValidationIssue) -> [String] {
        guard !headerRead else { return header }
        headerRead = true
        headerLine = scanner.line
        // A malformed header ends the read: there is nothing to name the columns by.
        let stop: (ValidationIssue) throws(ValidationIssue) -> Void = { issue throws(ValidationIssue) in throw issue }
        let names = try nextRecord(onIssue: stop) { record in
            (record.strings, record.line)
        }
        scanner.storage.columnNames = names?.0 ?? []
        headerLine = names?.1 ?? headerLine
        return header
    }

    /// Calls `body` with each remaining record, in order, stopping at the first issue.
    ///
    /// - Parameter body: Reads one record; throw to stop reading.
    /// - Throws: The first malformed record's ``ValidationIssue``, or what `body` throws.
    /// - Complexity: O(bytes read); no allocation per record.
    public mutating func forEachRecord(_ body: (borrowing CSVRecord) throws(ValidationIssue) -> Void)
        throws(ValidationIssue)
    {
        try forEachRecord(onIssue: { issue throws(ValidationIssue) in throw issue }, body)
    }

    /// Calls `body` with each remaining record and `onIssue` with each malformed one, in file
    /// order, so that a caller can report every bad record and carry on.
    ///
    /// After a malformed record the reader resumes at the next line end; after a quote that is
    /// never closed, nothing remains.
    /// - Parameters:
    ///   - onIssue: Told about each malformed record (which `body` does not see); throw to stop.
    ///   - body: Reads one record; throw to stop.
    /// - Throws: What `onIssue` or `body` throws, or an input failure.
    public mutating func forEachRecord(
        onIssue: (ValidationIssue) throws(ValidationIssue) -> Void,
        _ body: (borrowing CSVRecord) throws(ValidationIssue) -> Void
    ) throws(ValidationIssue) {
        try readHeader()
        while try nextRecord(onIssue: onIssue, body) != nil {}
    }

    /// Calls `body` with the next record and returns its result, or `nil` when no records remain.
    ///
    /// The pull-style counterpart of ``forEachRecord(_:)``, for reading a few records at a time.
    /// - Parameter body: Reads the record; it is lent only for the call.
    /// - Returns: What `body` returns, or `nil` at the end of the input.
    /// - Throws: A malformed record's ``ValidationIssue``, or what `body` throws.
    public mutating func withNextRecord<Result>(
        _ body: (borrowing CSVRecord) throws(ValidationIssue) -> Result
    ) throws(ValidationIssue) -> Result? {
        try readHeader()
        return try nextRecord(onIssue: { issue throws(ValidationIssue) in throw issue }, body)
    }

    /// Reads at most `limit` records (not counting malformed ones), so that an importer can look
    /// at the reader's progress between batches.
    /// - Returns: Whether records may remain.
    mutating func forEachRecord(
        limit: Int,
        onIssue: (ValidationIssue) throws(ValidationIssue) -> Void,
        _ body: (borrowing CSVRecord) throws(ValidationIssue) -> Void
    ) throws(ValidationIssue) -> Bool {
        try readHeader()
        var read = 0
        while read < limit {
            guard try nextRecord(onIssue: onIssue, body) != nil else { return false }
            read += 1
        }
        return true
    }

    private mutating func nextRecord<Result>(
        onIssue: (ValidationIssue) throws(ValidationIssue) -> Void,
        _ body: (borrowing CSVRecord) throws(ValidationIssue) -> Result
    ) throws(ValidationIssue) -> Result? {
        guard try checkEncoding(onIssue: onIssue) else { return nil }
        while true {
            switch scanner.scan(final: inputEnded) {
            case .record(let fieldCount, let line):
                let record = CSVRecord(storage: scanner.storage, count: fieldCount, line: line)
                return try body(record)
            case .needsInput:
                try fill()
            case .endOfInput:
                return nil
            case .issue(let issue):
                try onIssue(issue)
            }
        }
    }

    /// Checks, once, that the input does not start as UTF-16 or UTF-32 text, which would
    /// otherwise fail on the byte-order mark's first byte or be read as fields full of zero bytes.
    /// Such a file is one issue, at line 1, column 1, naming the encoding; nothing more is read
    /// from it.
    ///
    /// A byte-order mark always tells. The zero bytes of ASCII in those encodings tell only when
    /// the file starts with a header: a header name never holds a zero byte, but a record without
    /// a header may (``CSVWriter`` writes such fields as they are, and they must read back).
    /// - Returns: Whether the input may be read on.
    mutating func checkEncoding(onIssue: (ValidationIssue) throws(ValidationIssue) -> Void) throws(ValidationIssue)
        -> Bool
    {
        guard !encodingChecked else { return true }
        encodingChecked = true
        let storage = scanner.storage
        while storage.end - storage.start < 4 && !inputEnded { try fill() }
        let prefix = UnsafeBufferPointer(
            start: storage.bytes + storage.start, count: min(4, storage.end - storage.start))
        guard let encoding = UTF8Validation.foreignEncoding(ofPrefix: prefix, byZeroBytes: hasHeader) else {
            return true
        }
        // Nothing more is read: the rest of the file would only repeat the problem.
        inputEnded = true
        storage.start = storage.end
        try onIssue(
            scanner.issue(.unreadable("the file is \(encoding) text, not UTF-8; save it as UTF-8"), line: 1, field: 0))
        return false
    }

    /// Reads more input after the unconsumed bytes until the buffer is full, or notes the end of
    /// the input.
    ///
    /// A source may hand over fewer bytes than asked (a pipe, a decompressor, a chunked
    /// ``CSVDataInput``). Reading on until the buffer is full matters: a record that does not fit
    /// is scanned again from its start after each fill, so filling a few bytes at a time would
    /// make a long record cost O(length² / bytes per read).
    mutating func fill() throws(ValidationIssue) {
        let storage = scanner.storage
        storage.makeRoom()
        while storage.end < storage.capacity {
            let count = try input.read(into: storage.freeSpace)
            guard count > 0 else {
                inputEnded = true
                return
            }
            storage.didRead(min(count, storage.freeSpace.count))
        }
    }

    // MARK: Progress, for importers sizing their columns

    /// Bytes consumed so far (through the last record returned).
    var bytesConsumed: Int { scanner.storage.discarded + scanner.storage.start }

    /// Bytes not yet consumed, when the input knows its size.
    var bytesRemaining: Int? {
        input.remainingByteCount.map { $0 + scanner.storage.end - scanner.storage.start }
    }
}
