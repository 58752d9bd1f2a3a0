import Foundation
import Testing

@testable import CommunityResilience

/// The README's CSV section, with the file it reads written to a temporary folder first.
@Suite("README: reading demand data from CSV")
struct CSVReadmeExampleTests {
    @Test("the README's import reads, reports and maps as it says")
    func readme() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("readme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("ae-attendances.csv")
        let lines =
            ["community,service,month,count,population"]
            + (0..<10).map { "E01006412,ae,2024-0\($0),41,1523" }
            + ["E01006412,ae,2024-03,-3,1523"]
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)

        // As in the README:
        let result = try DemandCSVImporter().read(contentsOf: URL(filePath: file.path))
        let summary = "\(result.rowsAccepted) of \(result.rowsRead) rows"
        let messages = result.issues.map(\.description)
        let panel = result.value

        var columns = CSVColumnMapping<DemandCSVImporter.Field>()
        columns[.community] = ["LSOA21CD"]
        let strict = DemandCSVImporter(columns: columns, options: .stopAtFirstIssue)
        let byAgeBand = DemandCSVImporter(repeatedRows: .sum)

        // Months 2024-01 … 2024-09 are good; "2024-00" and the negative count are not.
        #expect(summary == "9 of 11 rows")
        #expect(
            messages == [
                "line 2, column \"month\": '2024-00' is malformed: expected a month such as 2024-03",
                "line 12, column \"count\": -3 is negative",
            ])
        #expect(panel.count == 9)
        #expect(
            issues { () throws(ValidationError) in try strict.read(contentsOf: file) } == [
                ValidationIssue(.missing, at: .csv(line: 1, column: "LSOA21CD"))
            ])
        // Two age bands of one community, service and month: 4 + 3 by default is a repeat, summed 7.
        let bands = "community,service,month,age_band,count\nE01006412,ae,2024-03,0-64,4\nE01006412,ae,2024-03,65+,3\n"
        #expect(try byAgeBand.read(string: bands).value.counts == [7])
        #expect(
            try DemandCSVImporter().read(string: bands).issues.map(\.description) == [
                "line 3: identifier 'E01006412, ae, 2024-03' is used more than once"
            ])
        // The export named in the README writes exact money.
        let appraisal = try Scenario.example.appraise(with: .example)
        #expect(appraisal.portfolio.cashFlowTable.text().contains(",755753.58,2094706.60,"))
    }
}
