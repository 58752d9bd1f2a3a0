import Foundation
import Testing

@testable import CommunityResilience

/// Importing demand observations into a panel: columns found by name, every bad row reported with
/// its line, column and value, nothing dropped silently, and the same panel however many threads
/// read the file.
@Suite("CSV import: demand panel")
struct DemandCSVImportTests {
    /// The panel's columns and tables, for comparing two panels.
    struct Columns: Equatable {
        var communities: [Community.ID]
        var services: [Service.ID]
        var communityCodes: [Int32]
        var serviceCodes: [Int32]
        var monthIndices: [Int32]
        var counts: [Double]
        var populations: [Double]

        init(_ panel: DemandPanel) {
            communities = panel.communities.identifiers
            services = panel.services.identifiers
            communityCodes = panel.communityCodes
            serviceCodes = panel.serviceCodes
            monthIndices = panel.monthIndices
            counts = panel.counts
            populations = panel.populations
        }
    }

    @Test("rows become dictionary-coded columns, exactly as appending them would")
    func columns() throws {
        let text = """
            community,service,month,count,population
            E01000001,ae,2024-01,10,1500
            E01000002,ae,2024-01,7,1200
            E01000001,gp,2024-02,31,1500

            """
        let result = try DemandCSVImporter().read(string: text)
        #expect(result.rowsRead == 3)
        #expect(result.rowsAccepted == 3)
        #expect(result.issues.isEmpty)
        #expect(result.isComplete)
        let panel = try result.get()
        // 2024-01 is month index 2024 × 12 + 0 = 24,288.
        #expect(panel.communityCodes == [0, 1, 0])
        #expect(panel.serviceCodes == [0, 0, 1])
        #expect(panel.monthIndices == [24_288, 24_288, 24_289])
        #expect(panel.counts == [10, 7, 31])
        #expect(panel.populations == [1_500, 1_200, 1_500])
        var appended = DemandPanel()
        try appended.append(contentsOf: [
            DemandObservation(
                community: "E01000001", service: "ae", month: try Month(year: 2024, month: 1), count: 10,
                population: 1_500),
            DemandObservation(
                community: "E01000002", service: "ae", month: try Month(year: 2024, month: 1), count: 7,
                population: 1_200),
            DemandObservation(
                community: "E01000001", service: "gp", month: try Month(year: 2024, month: 2), count: 31,
                population: 1_500),
        ])
        #expect(Columns(panel) == Columns(appended))
    }

    @Test("columns are found by name in any order, loosely matched, and callers can map their own")
    func mapping() throws {
        var columns = CSVColumnMapping<DemandCSVImporter.Field>()
        columns[.community] = ["LSOA21CD"]
        columns[.count] = ["attendances"]
        #expect(columns[.service] == ["service", "service id", "service code"])
        let text = "Month,lsoa21cd,Notes,Service Code,ATTENDANCES\r\n2024-03,E01006412,\"closed, reopened\",ae,41\r\n"
        let result = try DemandCSVImporter(columns: columns).read(string: text)
        let panel = try result.get()
        #expect(panel.communities.identifiers == ["E01006412"])
        #expect(panel.services.identifiers == ["ae"])
        #expect(panel.monthIndices == [24_290])
        #expect(panel.counts == [41])
        #expect(panel.populations.isEmpty)
        #expect(CSVColumnMapping<DemandCSVImporter.Field>.normalized(" Community_Code ") == "communitycode")
    }

    @Test("a header without the required columns names every one missing")
    func missingColumns() {
        #expect(
            issues { () throws(ValidationError) in
                try DemandCSVImporter().read(string: "area,when,count\nE01,2024-01,3\n")
            } == [
                ValidationIssue(.missing, at: .csv(line: 1, column: "service")),
                ValidationIssue(.missing, at: .csv(line: 1, column: "month")),
            ])
        // The header line is the one it is on, after blank lines.
        #expect(
            issues { () throws(ValidationError) in try DemandCSVImporter().read(string: "\n\ncommunity,service,month\n")
            } == [
                ValidationIssue(.missing, at: .csv(line: 3, column: "count"))
            ])
    }

    @Test("ambiguous headers are reported")
    func ambiguousHeaders() {
        #expect(
            issues { () throws(ValidationError) in
                try DemandCSVImporter().read(string: "community,service,month,count,Count\n")
            } == [
                ValidationIssue(.inconsistent("columns 4 and 5 have the same name"), at: .csv(line: 1, column: "count"))
            ])
        var columns = CSVColumnMapping<DemandCSVImporter.Field>()
        columns[.population] = ["count"]
        #expect(
            issues { () throws(ValidationError) in
                try DemandCSVImporter(columns: columns).read(string: "community,service,month,count\n")
            } == [
                ValidationIssue(
                    .inconsistent("the column supplies both count and population"), at: .csv(line: 1, column: "count"))
            ])
    }

    @Test("an empty file, and a file with only a header")
    func empty() throws {
        #expect(
            issues { () throws(ValidationError) in try DemandCSVImporter().read(string: "") } == [
                ValidationIssue(.unreadable("the file is empty: expected a header naming the columns"))
            ])
        let result = try DemandCSVImporter().read(string: "community,service,month,count\r\n")
        #expect(result.rowsRead == 0)
        #expect(try result.get().count == 0)
    }

    /// One row per problem (and one with three), then two good rows with spaces and decimals.
    static let badFile = """
        community,service,month,count,population
        E01,ae,2024-01,10,1500
        E02,ae,2024-13,5,1000
        E03,ae,2024-01,-3,1000
        E04,ae,2024-01,nan,1000
        E05,ae,2024-01,4,1e400
        ,ae,2024-01,4,1000
        E06,  ,2024-01,4,1000
        E07,ae,2024-01,4
        E08,ae,2024-01,4,
        E09,"a"b,2024-01,4,1
        E10,ae,March,-1,x
         E11 , ae ,2024-02, 6 , 1000
        E12,ae,2024-03,2.5,1000.0

        """

    static let badFileIssues: [ValidationIssue] = [
        ValidationIssue(.malformed("2024-13", expected: "a month such as 2024-03"), at: .csv(line: 3, column: "month")),
        ValidationIssue(.negative("-3"), at: .csv(line: 4, column: "count")),
        ValidationIssue(.malformed("nan", expected: "a number such as 41 or 2.5"), at: .csv(line: 5, column: "count")),
        ValidationIssue(.notFinite("1e400"), at: .csv(line: 6, column: "population")),
        ValidationIssue(.missing, at: .csv(line: 7, column: "community")),
        ValidationIssue(.missing, at: .csv(line: 8, column: "service")),
        // At the first field missing: the fifth, "population".
        ValidationIssue(
            .inconsistent("the row has 4 fields, but the header has 5"), at: .csv(line: 9, column: "population")),
        ValidationIssue(.missing, at: .csv(line: 10, column: "population")),
        ValidationIssue(
            .malformed(
                "\"a\"b",
                expected: "a comma or line end after the closing quote (a quote inside a quoted field is written \"\")"),
            at: .csv(line: 11, column: "service")),
        ValidationIssue(.malformed("March", expected: "a month such as 2024-03"), at: .csv(line: 12, column: "month")),
        ValidationIssue(.negative("-1"), at: .csv(line: 12, column: "count")),
        ValidationIssue(
            .malformed("x", expected: "a number such as 41 or 2.5"), at: .csv(line: 12, column: "population")),
    ]

    @Test("every bad row is reported with its line, column and value, and counted")
    func collectsEveryIssue() throws {
        let result = try DemandCSVImporter().read(string: Self.badFile)
        #expect(result.issues == Self.badFileIssues)
        #expect(result.rowsRead == 13)
        #expect(result.rowsAccepted == 3)
        #expect(result.rowsRejected == 10)
        #expect(!result.isComplete)
        let panel = result.value
        #expect(panel.communities.identifiers == ["E01", "E11", "E12"])
        #expect(panel.services.identifiers == ["ae"])
        #expect(panel.monthIndices == [24_288, 24_289, 24_290])
        #expect(panel.counts == [10, 6, 2.5])
        #expect(panel.populations == [1_500, 1_000, 1_000])
        #expect(issues { () throws(ValidationError) in try result.get() } == Self.badFileIssues)
        #expect(result.issues[10].description == "line 12, column \"count\": -1 is negative")
    }

    @Test("bytes that are not UTF-8, and a quote never closed, are bad rows too")
    func malformedBytes() throws {
        let bytes =
            Array("community,service,month,count\nE01,ae,2024-01,1\nE0".utf8) + [0xFF]
            + Array(",ae,2024-01,2\nE03,\"ae,2024-01,3\nE04,ae,2024-01,4\n".utf8)
        let result = try DemandCSVImporter().read(CSVReader(CSVDataInput(bytes: bytes)))
        #expect(
            result.issues == [
                ValidationIssue(
                    .unreadable("invalid UTF-8: byte 0xFF at byte 3 of the field"),
                    at: .csv(line: 3, column: "community")),
                ValidationIssue(
                    .malformed(
                        "\"ae,2024-01,3\nE04,ae,2024-01,4\n", expected: "a closing quote before the end of the file"),
                    at: .csv(line: 4, column: "service")),
            ])
        #expect(result.rowsRead == 3)
        #expect(result.rowsAccepted == 1)
    }

    /// An input whose source fails once its bytes run out, instead of reporting the end.
    struct FailingInput: CSVInput {
        var bytes =
            Array("community,service,month,count\nE01,ae,2024-01,-1\n".utf8)
            + Array(repeating: Array("E02,ae,2024-01,1\n".utf8), count: 20).flatMap { $0 }
        mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(ValidationIssue) -> Int {
            guard !bytes.isEmpty else { throw ValidationIssue(.unreadable("the network went away")) }
            let count = min(buffer.count, bytes.count)
            buffer.copyBytes(from: bytes.prefix(count))
            bytes.removeFirst(count)
            return count
        }
    }

    @Test("a failing input ends the import with the problems found so far and the failure")
    func failingInput() {
        // A 64-byte buffer: the bad row is parsed long before the input fails.
        #expect(
            issues { () throws(ValidationError) in
                try DemandCSVImporter().read(CSVReader(FailingInput(), bufferSize: 64))
            } == [
                ValidationIssue(.negative("-1"), at: .csv(line: 2, column: "count")),
                ValidationIssue(.unreadable("the network went away")),
            ])
    }

    @Test("stopping at the first issue throws just that one")
    func stopsAtFirst() {
        #expect(
            issues { () throws(ValidationError) in
                try DemandCSVImporter(options: .stopAtFirstIssue).read(string: Self.badFile)
            } == [Self.badFileIssues[0]])
    }

    @Test("an issue limit lists the first issues and counts the rest")
    func issueLimit() throws {
        let result = try DemandCSVImporter(options: CSVImportOptions(issueLimit: 5)).read(string: Self.badFile)
        #expect(result.issues == Array(Self.badFileIssues.prefix(5)))
        #expect(result.unlistedIssueCount == 7)
        #expect(result.rowsRejected == 10)
        let listed = issues { () throws(ValidationError) in try result.get() }
        #expect(listed.count == 6)
        #expect(listed.last == ValidationIssue(.inconsistent("7 more problems are not listed")))
    }

    /// A large file with every path through the importer: plain rows (parsed in parallel blocks),
    /// quoted fields (read record by record), CRLF and lone-CR stretches, blank lines, bad rows,
    /// and rows repeating an earlier good row's community, service and month (500 areas × 4
    /// services × 60 months drawn at random: a few hundred in 12,000 rows); with the line of each
    /// row the importer must reject, worked out as the file is written (repeats with a set of
    /// strings, not the importer's bitmap).
    static func largeFile(rows: Int) -> (text: String, badLines: [Int]) {
        var generator = TimeParsingPropertyTests.SplitMix64(state: 2024)
        let services = ["ae-attendance", "gp-appointment", "ambulance", "fire"]
        var text = "community,service,month,count,population\n"
        var line = 2
        var badLines: [Int] = []
        var seen = Set<String>()
        for row in 0..<rows {
            let area = "E0\(1_000_001 + Int.random(in: 0..<500, using: &generator))"
            let service = services[Int.random(in: 0..<services.count, using: &generator)]
            let month = "20\(20 + row % 5)-\(row % 12 < 9 ? "0" : "")\(row % 12 + 1)"
            let count = Int.random(in: 0...120, using: &generator)
            let ending = row / 1_500 % 3 == 1 ? "\r\n" : (row / 2_500 % 4 == 2 ? "\r" : "\n")
            if row % 997 == 0 {
                text += "\(area),\(service),\(month),-\(count + 1),1500\(ending)"
                badLines.append(line)
            } else if row % 1_999 == 0 {
                text += "\(area),\"\(service)\",\(month),\(count),1500\(ending)"
                if !seen.insert("\(area) \(service) \(month)").inserted { badLines.append(line) }
            } else if row % 4_001 == 0 {
                // A wrong-width row followed by a blank line.
                text += "\(area),\(service),\(month),\(count),1500,extra\(ending)\(ending)"
                badLines.append(line)
                line += 1
            } else if row % 5_003 == 0 {
                text += "\(area),\(service)\"x,\(month),\(count),1500\(ending)"
                badLines.append(line)
            } else {
                text +=
                    "\(area),\(service),\(month),\(count),\(1_000 + Int.random(in: 0...2_000, using: &generator))\(ending)"
                if !seen.insert("\(area) \(service) \(month)").inserted { badLines.append(line) }
            }
            line += 1
        }
        return (text, badLines)
    }

    @Test("the panel and its issues do not depend on the threads or the buffer", arguments: [2, 3, 4])
    func parallelEqualsSerial(threads: Int) throws {
        let (text, badLines) = Self.largeFile(rows: 12_000)
        // Baseline: one thread and a tiny buffer, so every record goes through the record-by-record path.
        let serial = try DemandCSVImporter(parallelism: 1).read(CSVReader(CSVDataInput(text), bufferSize: 64))
        // Blocks of 64 KiB cut into parts read on several threads.
        let parallel = try DemandCSVImporter(parallelism: threads).read(
            CSVReader(CSVDataInput(text), bufferSize: 1 << 16))
        #expect(Columns(parallel.value) == Columns(serial.value))
        #expect(parallel.issues == serial.issues)
        #expect(parallel.rowsRead == serial.rowsRead)
        #expect(parallel.rowsAccepted == serial.rowsAccepted)
        // Rows 0…11,999: 13 negative counts (multiples of 997), 2 wrong widths (multiples of
        // 4,001), 2 stray quotes (multiples of 5,003) and every repeat are rejected, each once,
        // at its line.
        #expect(serial.rowsRead == 12_000)
        #expect(badLines.count > 17 + 100)
        #expect(serial.rowsRejected == badLines.count)
        #expect(serial.issues.map { $0.path.components.first } == badLines.map { FieldPath.Component.line($0) })
        #expect(serial.value.communities.count == 500)
        #expect(serial.value.services.count == 4)
    }

    @Test("stopping at the first issue, and limiting issues, do not depend on the threads either")
    func parallelOptions() throws {
        let (text, badLines) = Self.largeFile(rows: 12_000)
        let stops = [1, 3].map { threads in
            issues { () throws(ValidationError) in
                try DemandCSVImporter(options: .stopAtFirstIssue, parallelism: threads).read(
                    CSVReader(CSVDataInput(text), bufferSize: 1 << 16))
            }
        }
        #expect(stops[0].count == 1)
        #expect(stops[0].first?.path.components.first == .line(badLines[0]))
        #expect(stops[1] == stops[0])
        let limited = try [1, 3].map { threads in
            try DemandCSVImporter(options: CSVImportOptions(issueLimit: 4), parallelism: threads)
                .read(CSVReader(CSVDataInput(text), bufferSize: 1 << 16))
        }
        #expect(
            limited[0].issues.map { $0.path.components.first }
                == badLines.prefix(4).map { FieldPath.Component.line($0) })
        #expect(limited[0].unlistedIssueCount == badLines.count - 4)
        #expect(limited[1].issues == limited[0].issues)
        #expect(limited[1].unlistedIssueCount == badLines.count - 4)
    }

    @Test("a file on disk is read in 4 MiB chunks, in parallel, to the same panel")
    func file() throws {
        let text = Self.largeFile(rows: 8_000).text
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("demand-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(text.utf8).write(to: url)
        let fromFile = try DemandCSVImporter(parallelism: 2).read(contentsOf: url)
        let fromText = try DemandCSVImporter(parallelism: 1).read(string: text)
        #expect(Columns(fromFile.value) == Columns(fromText.value))
        #expect(fromFile.issues == fromText.issues)
        #expect(fromFile.rowsRead == 8_000)
    }
}
