import Foundation
import Synchronization

/// Reads demand observations — community, service, month, count and optionally population — from
/// CSV into a columnar ``DemandPanel``, streaming, at national scale.
///
/// ```swift
/// let result = try DemandCSVImporter().read(try CSVReader(contentsOf: URL(filePath: "demand.csv")))
/// print("\(result.rowsAccepted) of \(result.rowsRead) rows")
/// for issue in result.issues { print(issue) }   // line 12, column "count": -3 is negative
/// let panel = result.value
/// ```
///
/// Columns are found by header name (see ``Field`` for the names recognised and
/// ``CSVColumnMapping`` to map your own); their order does not matter and other columns are
/// ignored. Each row must have as many fields as the header. Values may have spaces around them.
/// A row is accepted when:
/// - community and service are not blank (they become ``Community/ID`` and ``Service/ID``);
/// - the month is `YYYY-MM` (ISO 8601-1:2019 §5.2.1.2, as ``Month`` parses it);
/// - the count, and the population when the file has that column, are finite, non-negative
///   decimal numbers — the rules of ``DemandPanel/append(_:)``.
///
/// Every other row is rejected with an issue for each bad field, and counted; by default reading
/// goes on to the end (``CSVImportOptions``).
///
/// A panel holds one count per community, service and month. A row repeating an earlier row's
/// community, service and month is rejected by default, with a
/// ``ValidationIssue/Problem/duplicateIdentifier(_:)`` issue at its line naming the three; the
/// first row stays. Set ``repeatedRows`` to ``RepeatedRows/sum`` for a file broken down by a
/// column the importer ignores (an age band, a ward), or to ``RepeatedRows/keep`` to keep every
/// row as read.
///
/// Stretches of the file without quotes are cut at line ends and parsed on up to ``parallelism``
/// threads; the panel, the counts and the issues are the same, in the same order, whatever the
/// number of threads.
///
/// - Complexity: O(file size), one pass. Rows are parsed in the reader's buffer with no `String`
///   per field and no allocation per row: community and service identifiers are interned as
///   bytes (a `String` is made once per distinct identifier), months and numbers are parsed from
///   UTF-8, and the panel's columns are reserved from the file's size so they are not copied as
///   they grow. Memory is the panel's columns plus one buffer of input and a block of rows per
///   thread.
public struct DemandCSVImporter: Hashable, Sendable {
    /// The fields of a demand observation and the header names recognised for each (compared
    /// ignoring case, spaces and punctuation).
    public enum Field: String, CSVImportField {
        /// Required: `community`, `community code`, `community id`, `area`, `area code`, `lsoa`, `lsoa code`.
        case community
        /// Required: `service`, `service id`, `service code`.
        case service
        /// Required: `month`, `period`.
        case month
        /// Required: `count`, `value`.
        case count
        /// Optional: `population`.
        case population

        /// Whether a file must have the column: all but the population.
        public var isRequired: Bool { self != .population }

        /// The names recognised by default, most specific first.
        public var standardHeaderNames: [String] {
            switch self {
            case .community:
                return ["community", "community code", "community id", "area", "area code", "lsoa", "lsoa code"]
            case .service: return ["service", "service id", "service code"]
            case .month: return ["month", "period"]
            case .count: return ["count", "value"]
            case .population: return ["population"]
            }
        }
    }

    /// What to do with a row whose community, service and month an earlier accepted row has.
    public enum RepeatedRows: Hashable, Sendable {
        /// Reject it, with a ``ValidationIssue/Problem/duplicateIdentifier(_:)`` issue at its
        /// line naming the community, service and month; the first row stays in the panel. The
        /// default: two counts for one month are usually the same row exported twice, and adding
        /// both would overstate demand.
        case reject
        /// Add its count to the first row's, for a file broken down by a column the importer
        /// ignores (an age band, a ward). The row counts as accepted (``CSVImportResult/rowsAccepted``
        /// then exceeds the panel's rows). Populations must be equal, as they are the community's,
        /// not the breakdown's: a row whose population differs is rejected with an
        /// ``ValidationIssue/Problem/inconsistent(_:)`` issue.
        case sum
        /// Keep every row as read, as the panel's ``DemandPanel/append(_:)`` does; totals then add
        /// them, and ``DemandPanel/repeatedRows()`` finds them later.
        case keep
    }

    /// Which column supplies each field.
    public var columns: CSVColumnMapping<Field>
    /// Stop at the first bad row or collect every problem.
    public var options: CSVImportOptions
    /// The most threads that parse at once (at least 1). The result does not depend on it.
    public var parallelism: Int
    /// What to do with rows repeating an earlier row's community, service and month: reject them
    /// (the default), sum them or keep them.
    public var repeatedRows: RepeatedRows

    /// An importer.
    /// - Parameters:
    ///   - columns: The header names for each field; the standard names by default.
    ///   - options: Collect every problem (the default) or stop at the first.
    ///   - parallelism: The most threads that parse at once; by default one per active
    ///     processor, at most 8.
    ///   - repeatedRows: What to do with a row repeating an earlier row's community, service and
    ///     month: reject it (the default), sum it into the first or keep it.
    public init(
        columns: CSVColumnMapping<Field> = CSVColumnMapping(), options: CSVImportOptions = .collectAllIssues,
        parallelism: Int = min(8, ProcessInfo.processInfo.activeProcessorCount), repeatedRows: RepeatedRows = .reject
    ) {
        self.columns = columns
        self.options = options
        self.parallelism = max(1, parallelism)
        self.repeatedRows = repeatedRows
    }

    /// Reads every record of `reader` (which must expect a header) into a panel.
    ///
    /// - Parameter reader: A reader positioned at the start of the file (its header unread).
    /// - Returns: The panel of accepted rows, the counts of rows read and accepted, and every issue
    ///   (those about repeated rows among the others, in file order).
    /// - Throws: ``ValidationError`` when the header lacks a required column (every missing one is
    ///   named), the input is empty or fails, or — with ``CSVImportOptions/stopAtFirstIssue`` —
    ///   at the first bad row (a repeated row is found once the rows before the bad one are read).
    public func read(_ reader: consuming CSVReader) throws(ValidationError) -> CSVImportResult<DemandPanel> {
        try readCountingSizings(reader).result
    }

    /// ``read(_:)``, also telling how many times the panel's columns were sized (once, for an
    /// input whose size is known, unless the rows per byte change a lot along the file).
    func readCountingSizings(_ reader: consuming CSVReader) throws(ValidationError) -> (
        result: CSVImportResult<DemandPanel>, sizings: Int
    ) {
        let header: [String]
        do {
            header = try reader.readHeader()
        } catch {
            throw ValidationError(error)
        }
        guard !header.isEmpty else {
            throw ValidationError(
                ValidationIssue(.unreadable("the file is empty: expected a header naming the columns")))
        }
        let positions = try columns.columns(in: header, line: reader.headerLine)
        let parsers = (0..<parallelism).map { _ in
            DemandRowParser(positions: positions, header: header, options: options)
        }
        // Several parts per thread, claimed one at a time, so that a thread the system holds
        // back leaves its share to the others instead of keeping them waiting.
        let maximumParts = parallelism == 1 ? 1 : 4 * parallelism
        let parts = (0..<maximumParts).map { _ in DemandPart(options: options) }
        var panel = DemandPanelBuilder(
            columnNames: header, populationField: positions[.population], options: options,
            startOffset: reader.bytesConsumed)
        do {
            reading: while true {
                switch try reader.nextPlainBlock(maximumParts: maximumParts) {
                case .endOfInput:
                    break reading
                case .records(let until):
                    try readRecords(from: &reader, until: until, with: parsers[0], into: parts[0])
                    panel.reserve(
                        parts[0].segment.count, remainingBytes: reader.bytesRemaining, consumed: reader.bytesConsumed)
                    try panel.merge(parts[0], lineOffset: 0)
                case .block(let block):
                    Self.parse(block, with: parsers, into: parts)
                    let used = parts.prefix(block.parts.count)
                    // Consume the block first and size the columns for all its rows at once, so
                    // that the reader's progress (which sizes them) covers exactly the rows about
                    // to be merged.
                    reader.commit(block, lineEnds: used.reduce(0) { $0 + $1.lineEnds })
                    panel.reserve(
                        used.reduce(0) { $0 + $1.segment.count }, remainingBytes: reader.bytesRemaining,
                        consumed: reader.bytesConsumed)
                    var lineOffset = block.line - 1
                    for part in used {
                        let partLineEnds = part.lineEnds
                        try panel.merge(part, lineOffset: lineOffset)
                        lineOffset += partLineEnds
                    }
                }
            }
        } catch {
            // A row that repeats an earlier one may come before the problem that stopped reading.
            if options.errorHandling == .stopAtFirstIssue,
                let earlier = panel.repeatProblem(before: error, repeatedRows)
            {
                throw ValidationError(earlier)
            }
            throw ValidationError(issues: panel.log.issues + [error])
        }
        do {
            return (try panel.result(repeatedRows: repeatedRows), panel.sizings)
        } catch {
            throw ValidationError(error)
        }
    }

    /// Parses the parts of `block` on up to `parsers.count` threads, each claiming the next
    /// unparsed part until none is left; part `i` goes into `parts[i]`.
    private static func parse(_ block: CSVPlainBlock, with parsers: [DemandRowParser], into parts: [DemandPart]) {
        let ranges = block.parts
        guard ranges.count > 1, parsers.count > 1 else {
            for (index, range) in ranges.enumerated() {
                parts[index].parser = parsers[0]
                parsers[0].parse(range, of: block, into: parts[index])
            }
            return
        }
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: min(parsers.count, ranges.count)) { worker in
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < ranges.count else { return }
                parts[index].parser = parsers[worker]
                parsers[worker].parse(ranges[index], of: block, into: parts[index])
            }
        }
    }

    /// Reads records one at a time into `part` until the reader has consumed `until` bytes, and
    /// at least a batch of records, so that a file with quotes on every line (which is never cut
    /// into blocks) is still read in bulk.
    private func readRecords(
        from reader: inout CSVReader, until: Int, with parser: DemandRowParser, into part: DemandPart
    ) throws(ValidationIssue) {
        part.parser = parser
        var state = parser.takeState()
        state.begin(part)
        var read = 0
        do {
            repeat {
                let more = try reader.forEachRecord(
                    limit: 256, onIssue: { issue throws(ValidationIssue) in try state.reject(issue) },
                    { record throws(ValidationIssue) in try state.read(record) })
                read += 256
                guard more else { break }
            } while reader.bytesConsumed < until || read < 1 << 14
        } catch {
            part.stopped = error
        }
        state.finish(part)
        parser.state = state
    }

    /// Reads the CSV file at `url` in chunks of 4 MiB (see ``read(_:)``).
    /// - Parameter url: A file URL.
    /// - Returns: As ``read(_:)``.
    /// - Throws: ``ValidationError`` as ``read(_:)`` does, or when the file cannot be opened.
    public func read(contentsOf url: URL) throws(ValidationError) -> CSVImportResult<DemandPanel> {
        let input: CSVFileInput
        do {
            input = try CSVFileInput(contentsOf: url)
        } catch {
            throw ValidationError(error)
        }
        return try read(CSVReader(input, bufferSize: 1 << 22))
    }

    /// Reads CSV text held in a string (see ``read(_:)``).
    /// - Parameter text: The whole file.
    /// - Returns: As ``read(_:)``.
    /// - Throws: ``ValidationError`` as ``read(_:)`` does.
    public func read(string text: String) throws(ValidationError) -> CSVImportResult<DemandPanel> {
        try read(CSVReader(string: text))
    }
}
