import CommunityResilience
import Foundation

extension FuzzTarget {
    /// ``DemandCSVImporter`` on raw bytes.
    ///
    /// Properties: a rejected file names at least one problem, each at a line and column (an empty
    /// file excepted: it has neither) in a message of one line; the rows read are the records ``CSVReader`` reads after the
    /// header, and the rejected rows are exactly the lines issues name, so no row is lost
    /// silently; the panel holds the accepted rows; streaming the bytes in small chunks with two
    /// threads gives the same panel and issues as one thread reading at once; stopping at the
    /// first issue throws exactly that issue; rejecting, keeping and summing repeated rows agree; and
    /// the accepted rows, written back with
    /// ``CSVWriter``, import again to an equal panel with no issues.
    static let demandCSV = FuzzTarget(
        name: "demand-csv",
        summary: "DemandCSVImporter: no row lost, every problem located, streaming = whole, CSV round trip"
    ) { data in
        let result: CSVImportResult<DemandPanel>
        do throws(ValidationError) {
            result = try DemandCSVImporter(parallelism: 1).read(CSVReader(data: data))
        } catch {
            CSVImportCheck.requireLocated(error, what: "a rejected demand file")
            return
        }
        let panel = result.value
        CSVImportCheck.requireAccounted(result, data: data, accepted: panel.count)

        let streamed: CSVImportResult<DemandPanel>
        do {
            streamed = try DemandCSVImporter(parallelism: 2).read(
                CSVReader(CSVDataInput(data, chunkSize: 1 + data.count % 11), bufferSize: 1 + data.count % 13))
        } catch {
            FuzzCheck.fail("streamed in chunks the file is refused (\(error)), read at once it is not")
        }
        FuzzCheck.require(
            DemandColumns(streamed.value) == DemandColumns(panel) && streamed.issues == result.issues
                && streamed.rowsRead == result.rowsRead,
            "streamed on two threads the import differs: \(streamed.issues) against \(result.issues)")

        CSVImportCheck.requireStopsAtFirst(result.issues.first) { () throws(ValidationError) in
            _ = try DemandCSVImporter(options: .stopAtFirstIssue, parallelism: 1).read(CSVReader(data: data))
        }
        requireRepeatedRowsHandled(data, rejecting: result)

        // The accepted rows, written back, import again to the same panel.
        var writer = CSVWriter(lineEnding: data.count % 2 == 0 ? .crlf : .lf)
        writer.writeRecord(["community", "service", "month", "count"] + (panel.hasPopulations ? ["population"] : []))
        for row in 0..<panel.count {
            guard let observation = panel.observation(at: row) else {
                FuzzCheck.fail("row \(row) of the panel is missing")
            }
            writer.writeRecord(
                [
                    observation.community.rawValue, observation.service.rawValue, observation.month.description,
                    "\(observation.count)",
                ] + (observation.population.map { ["\($0)"] } ?? []))
        }
        // An empty panel with no population column written back has none either.
        guard panel.count > 0 else { return }
        do {
            let again = try DemandCSVImporter(parallelism: 1).read(CSVReader(data: writer.data))
            FuzzCheck.require(again.isComplete, "the accepted rows written back are refused: \(again.issues)")
            FuzzCheck.require(
                DemandColumns(again.value) == DemandColumns(panel),
                "the accepted rows written back import to another panel: \(writer.text.prefix(300))")
        } catch {
            FuzzCheck.fail("the accepted rows written back do not import: \(error)\n\(writer.text.prefix(300))")
        }
    }
}

/// Fails unless the three ways of handling rows that repeat a community, service and month agree
/// with each other: rejecting (`rejected`, the default) leaves no repeat and one issue per
/// repeat; keeping accepts exactly those rows as well, and its panel finds them; summing keeps the
/// same rows as rejecting (only counts differ) and accepts every repeat whose population agrees.
private func requireRepeatedRowsHandled(_ data: Data, rejecting rejected: CSVImportResult<DemandPanel>) {
    let panel = rejected.value
    FuzzCheck.require(panel.repeatedRows().isEmpty, "rejecting repeated rows left \(panel.repeatedRows().count)")
    let repeats = rejected.issues.count { if case .duplicateIdentifier = $0.problem { true } else { false } }
    do {
        let kept = try DemandCSVImporter(parallelism: 1, repeatedRows: .keep).read(CSVReader(data: data))
        FuzzCheck.require(
            kept.rowsAccepted == rejected.rowsAccepted + repeats && kept.value.repeatedRows().count == repeats,
            "keeping repeats accepts \(kept.rowsAccepted) rows, rejecting \(rejected.rowsAccepted) with \(repeats) repeats"
        )
        let summed = try DemandCSVImporter(parallelism: 2, repeatedRows: .sum).read(CSVReader(data: data))
        var same = DemandColumns(summed.value)
        same.counts = DemandColumns(panel).counts
        let conflicts = summed.issues.count {
            if case .inconsistent(let text) = $0.problem { text.hasSuffix("cannot be summed") } else { false }
        }
        FuzzCheck.require(
            same == DemandColumns(panel) && summed.rowsAccepted == rejected.rowsAccepted + repeats - conflicts
                && summed.rowsRead == rejected.rowsRead,
            "summing repeats keeps other rows or accepts \(summed.rowsAccepted) (rejecting: \(rejected.rowsAccepted), \(repeats) repeats, \(conflicts) conflicts)"
        )
    } catch {
        FuzzCheck.fail("rejecting repeated rows the file is read, keeping or summing them it is not: \(error)")
    }
}

/// A panel's tables and columns, with identifiers as bytes and numbers as bit patterns, so that
/// two panels compare exactly.
struct DemandColumns: Equatable {
    var communities: [[UInt8]]
    var services: [[UInt8]]
    var communityCodes: [Int32]
    var serviceCodes: [Int32]
    var monthIndices: [Int32]
    var counts: [UInt64]
    var populations: [UInt64]

    init(_ panel: DemandPanel) {
        communities = panel.communities.identifiers.map { Array($0.rawValue.utf8) }
        services = panel.services.identifiers.map { Array($0.rawValue.utf8) }
        communityCodes = panel.communityCodes
        serviceCodes = panel.serviceCodes
        monthIndices = panel.monthIndices
        counts = panel.counts.map(\.bitPattern)
        populations = panel.populations.map(\.bitPattern)
    }
}

/// The checks every CSV import target makes.
enum CSVImportCheck {
    /// Fails unless `error` names at least one problem and every problem is at a line and column,
    /// except the one a file with no header at all gets.
    static func requireLocated(_ error: ValidationError, what: String) {
        FuzzCheck.require(!error.issues.isEmpty, "\(what) names no problem")
        for issue in error.issues {
            if case .unreadable(let text) = issue.problem, text.hasPrefix("the file is empty") {
                FuzzCheck.require(!issue.description.contains(where: \.isNewline), "\(what): \(issue)")
                FuzzCheck.require(error.issues.count == 1, "an empty file with other problems: \(error)")
                continue
            }
            CSVRead.requireLocated(issue, what: what)
        }
    }

    /// Fails unless the import's counts account for every record of `data`: rows read are the
    /// records (good or malformed) after the header, accepted rows are the value's, and each
    /// rejected row has issues on a line of its own.
    static func requireAccounted<Value>(_ result: CSVImportResult<Value>, data: Data, accepted: Int) {
        var reader = CSVReader(data: data)
        var records = 0
        do {
            try reader.forEachRecord(
                onIssue: { _ throws(ValidationIssue) in records += 1 }, { _ throws(ValidationIssue) in records += 1 })
        } catch {
            FuzzCheck.fail("the importer read a file whose header the reader refuses: \(error)")
        }
        FuzzCheck.require(result.rowsRead == records, "\(result.rowsRead) rows read of \(records) records")
        FuzzCheck.require(result.rowsAccepted == accepted, "\(result.rowsAccepted) rows accepted, \(accepted) kept")
        FuzzCheck.require(result.unlistedIssueCount == 0, "issues left unlisted without a limit")
        var lines = Set<Int>()
        for issue in result.issues {
            CSVRead.requireLocated(issue, what: "a rejected row")
            if case .line(let line)? = issue.path.components.first { lines.insert(line) }
        }
        FuzzCheck.require(
            lines.count == result.rowsRejected,
            "\(result.rowsRejected) rows rejected, but issues on \(lines.count) lines: \(result.issues.prefix(5))")
    }

    /// Fails unless an import that stops at the first issue throws exactly `first`, or succeeds
    /// when there is none.
    static func requireStopsAtFirst(
        _ first: ValidationIssue?, _ importing: () throws(ValidationError) -> Void
    ) {
        do {
            try importing()
            FuzzCheck.require(first == nil, "stopping at the first issue, \(first.map { "\($0)" } ?? "") is missed")
        } catch {
            FuzzCheck.require(
                error.issues == first.map { [$0] }, "stopping at the first issue throws \(error), not \(first as Any)")
        }
    }
}
