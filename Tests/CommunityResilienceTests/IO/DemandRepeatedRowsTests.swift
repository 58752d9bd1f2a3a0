import Foundation
import Testing

@testable import CommunityResilience

/// Rows that repeat an earlier row's community, service and month: rejected by default, summed or
/// kept on request, and found in any panel by `repeatedRows()` — by a bitmap or, for a sparse key
/// space, by sorting, with the same answer as a dictionary.
@Suite("Demand: repeated community, service and month")
struct DemandRepeatedRowsTests {
    /// Line 4 and line 7 repeat line 2 (E1, ae, 2024-01); line 6 has a negative count; line 7's
    /// population is `population7`.
    static func file(population7: Int = 1_500) -> String {
        """
        community,service,month,count,population
        E1,ae,2024-01,41,1500
        E2,ae,2024-01,5,900
        E1,ae,2024-01,41,1500
        E1,gp,2024-01,3,1500
        E1,ae,2024-02,-1,1500
        E1,ae,2024-01,7,\(population7)

        """
    }

    static let repeatMessage = "identifier 'E1, ae, 2024-01' is used more than once"

    @Test("by default a repeated row is rejected at its line, in file order among the other issues")
    func rejects() throws {
        let result = try DemandCSVImporter().read(string: Self.file())
        // Six rows: lines 4 and 7 repeat line 2, line 6 is negative; lines 2, 3 and 5 stay.
        #expect(result.rowsRead == 6)
        #expect(result.rowsAccepted == 3)
        #expect(result.value.count == 3)
        #expect(result.value.counts == [41, 5, 3])
        #expect(
            result.issues.map(\.description) == [
                "line 4: \(Self.repeatMessage)", "line 6, column \"count\": -1 is negative",
                "line 7: \(Self.repeatMessage)",
            ])
        #expect(result.issues.first?.problem == .duplicateIdentifier("E1, ae, 2024-01"))
        #expect(result.value.repeatedRows().isEmpty)
    }

    @Test("stopping at the first issue throws a repeat that comes before the first bad row")
    func stopsAtFirstRepeat() {
        let first = issues { () throws(ValidationError) in
            _ = try DemandCSVImporter(options: .stopAtFirstIssue, parallelism: 1).read(string: Self.file())
        }
        #expect(first.map(\.description) == ["line 4: \(Self.repeatMessage)"])
        // With the bad row moved up to line 3 it comes first.
        let moved = """
            community,service,month,count,population
            E1,ae,2024-01,41,1500
            E1,ae,2024-02,-1,1500
            E1,ae,2024-01,41,1500

            """
        let bad = issues { () throws(ValidationError) in
            _ = try DemandCSVImporter(options: .stopAtFirstIssue, parallelism: 1).read(string: moved)
        }
        #expect(bad.map(\.description) == ["line 3, column \"count\": -1 is negative"])
        // With no other problem, the repeat is thrown once the file is read.
        let only = issues { () throws(ValidationError) in
            _ = try DemandCSVImporter(options: .stopAtFirstIssue, parallelism: 1).read(
                string: "community,service,month,count\nE1,ae,2024-01,1\nE1,ae,2024-01,2\n")
        }
        #expect(only.map(\.description) == ["line 3: \(Self.repeatMessage)"])
    }

    @Test("an issue limit counts repeats with the other issues, listing the first in the file")
    func issueLimit() throws {
        let result = try DemandCSVImporter(options: CSVImportOptions(issueLimit: 2)).read(string: Self.file())
        #expect(result.issues.compactMap(\.csvLine) == [4, 6])
        #expect(result.unlistedIssueCount == 1)
        #expect(result.rowsAccepted == 3)
    }

    @Test("summing adds a repeat's count to the first row's when the populations agree")
    func sums() throws {
        let result = try DemandCSVImporter(repeatedRows: .sum).read(string: Self.file())
        // E1, ae, 2024-01: 41 + 41 + 7 = 89 on the first row; line 6 is still rejected.
        #expect(result.value.counts == [89, 5, 3])
        #expect(result.value.populations == [1_500, 900, 1_500])
        #expect(result.rowsAccepted == 5)
        #expect(result.rowsRejected == 1)
        #expect(result.issues.map(\.description) == ["line 6, column \"count\": -1 is negative"])
    }

    @Test("summing refuses a repeat whose population differs, naming both")
    func sumRefusesOtherPopulation() throws {
        let result = try DemandCSVImporter(repeatedRows: .sum).read(string: Self.file(population7: 1_600))
        // Line 4 is summed (41 + 41 = 82); line 7 is rejected.
        #expect(result.value.counts == [82, 5, 3])
        #expect(result.rowsAccepted == 4)
        #expect(
            result.issues.map(\.description) == [
                "line 6, column \"count\": -1 is negative",
                "line 7, column \"population\": 1600 differs from 1500 on line 2 (community E1, service ae, month 2024-01), so the counts cannot be summed",
            ])
    }

    @Test("keeping holds every row, and the panel finds the repeats afterwards")
    func keeps() throws {
        let result = try DemandCSVImporter(repeatedRows: .keep).read(string: Self.file())
        #expect(result.value.counts == [41, 5, 41, 3, 7])
        #expect(result.rowsAccepted == 5)
        #expect(
            result.value.repeatedRows() == [
                DemandPanel.RepeatedRow(row: 2, firstRow: 0), DemandPanel.RepeatedRow(row: 4, firstRow: 0),
            ])
    }

    @Test("a repeat across a blank line, a quoted record over two lines and a bad row has the right line")
    func linesAfterIrregularRecords() throws {
        let text = """
            community,service,month,count
            E1,ae,2024-01,1

            "E
            2",ae,2024-01,2
            E3,ae,2024-01,x
            E1,ae,2024-01,4
            "E
            2",ae,2024-01,5

            """
        for threads in [1, 2] {
            let result = try DemandCSVImporter(parallelism: threads).read(string: text)
            // Line 2: E1; line 4–5: "E\n2"; line 6: bad; line 7 repeats line 2; lines 8–9 repeat 4–5.
            #expect(result.issues.compactMap(\.csvLine) == [6, 7, 8])
            #expect(result.value.counts == [1, 2])
        }
    }

    /// A panel with random codes over `communities` × `services` × `months`, and its repeats
    /// worked out with a dictionary.
    static func randomPanel(seed: UInt64, rows: Int, communities: Int, services: Int, months: Int) throws -> (
        DemandPanel, [DemandPanel.RepeatedRow]
    ) {
        var generator = TimeParsingPropertyTests.SplitMix64(state: seed)
        var codes: (c: [Int32], s: [Int32], m: [Int32]) = ([], [], [])
        var firstRow: [String: Int] = [:]
        var expected: [DemandPanel.RepeatedRow] = []
        for row in 0..<rows {
            let c = Int32.random(in: 0..<Int32(communities), using: &generator)
            let s = Int32.random(in: 0..<Int32(services), using: &generator)
            // Months 2000-01 onwards, clustered so that repeats happen.
            let m = 24_000 + Int32.random(in: 0..<Int32(months), using: &generator)
            codes.c.append(c)
            codes.s.append(s)
            codes.m.append(m)
            let key = "\(c) \(s) \(m)"
            if let first = firstRow[key] {
                expected.append(DemandPanel.RepeatedRow(row: row, firstRow: first))
            } else {
                firstRow[key] = row
            }
        }
        let panel = try DemandPanel(
            communities: (0..<communities).map { Community.ID("C\($0)") },
            services: (0..<services).map { Service.ID("S\($0)") }, communityCodes: codes.c, serviceCodes: codes.s,
            monthIndices: codes.m, counts: Array(repeating: 1, count: rows))
        return (panel, expected)
    }

    @Test(
        "repeatedRows() agrees with a dictionary, by bitmap and by sorting",
        arguments: [
            // 6 × 3 × 12 = 216 keys for 400 rows: the bitmap, with many repeats.
            (seed: 1 as UInt64, communities: 6, services: 3, months: 12),
            (seed: 2, communities: 40, services: 5, months: 4),
            // 100,000 × 2 × 400 = 8 × 10^7 keys, beyond the bitmap's 2^16 bits (400 rows): sorted.
            (seed: 3, communities: 100_000, services: 2, months: 400),
            (seed: 4, communities: 100_000, services: 1, months: 1_000),
        ])
    func finder(seed: UInt64, communities: Int, services: Int, months: Int) throws {
        let (panel, expected) = try Self.randomPanel(
            seed: seed, rows: 400, communities: communities, services: services, months: months)
        #expect(panel.repeatedRows() == expected)
        if communities == 100_000 {
            // The sparse cases do have some repeats only when drawn; the dense ones always do.
            #expect(communities * services * months > RepeatedRowFinder.bitmapLimit(rows: 400))
        } else {
            #expect(expected.count > 50)
        }
    }

    @Test("the sorting path finds repeats in a sparse key space")
    func sparseRepeats() throws {
        // 100,000 communities × 1 service × 1,000 months; rows 1 and 3 repeat row 0, row 4 row 2.
        let panel = try DemandPanel(
            communities: (0..<100_000).map { Community.ID("C\($0)") }, services: ["ae"],
            communityCodes: [99_999, 99_999, 7, 99_999, 7], serviceCodes: [0, 0, 0, 0, 0],
            monthIndices: [24_000, 24_000, 24_999, 24_000, 24_999], counts: [1, 2, 3, 4, 5])
        #expect(100_000 * 1_000 > RepeatedRowFinder.bitmapLimit(rows: 5))
        #expect(
            panel.repeatedRows() == [
                DemandPanel.RepeatedRow(row: 1, firstRow: 0), DemandPanel.RepeatedRow(row: 3, firstRow: 0),
                DemandPanel.RepeatedRow(row: 4, firstRow: 2),
            ])
    }

    @Test("a panel in grid layout, and a panel built by appending, report what they hold")
    func gridAndAppended() throws {
        // 2 communities × 1 service × 2 months, in order: a grid, so no repeats by construction.
        let grid = try DemandPanel(
            communities: ["A", "B"], services: ["ae"], communityCodes: [0, 0, 1, 1], serviceCodes: [0, 0, 0, 0],
            monthIndices: [24_000, 24_001, 24_000, 24_001], counts: [1, 2, 3, 4])
        #expect(grid.gridLayout != nil)
        #expect(grid.repeatedRows().isEmpty)
        var appended = DemandPanel()
        let month = try Month(year: 2024, month: 1)
        for count in [1.0, 2, 3] {
            try appended.append(DemandObservation(community: "A", service: "ae", month: month, count: count))
        }
        #expect(
            appended.repeatedRows() == [
                DemandPanel.RepeatedRow(row: 1, firstRow: 0), DemandPanel.RepeatedRow(row: 2, firstRow: 0),
            ])
        #expect(DemandPanel().repeatedRows().isEmpty)
    }
}
