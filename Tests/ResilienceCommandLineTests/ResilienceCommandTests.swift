import CommunityResilience
import Foundation
import Testing

@testable import ResilienceCommandLine

/// The `resilience` command end to end, run in-process with its output captured: the bundled
/// example, every format, the output folder, and broken arguments and files. Expected figures are
/// the example's (see ExampleAppraisalTests in CommunityResilienceTests).
@Suite("The resilience command")
final class ResilienceCommandTests {
    /// A fresh folder per test, removed afterwards: relative paths resolve inside it.
    let folder: URL
    let command: ResilienceCommand

    init() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("resilience-command-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        command = ResilienceCommand(currentDirectory: folder)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }

    func exampleJSON() throws -> String {
        String(decoding: try Scenario.example.jsonData(), as: UTF8.self)
    }

    // MARK: report

    @Test("with no arguments it reports on the bundled example in Markdown, without chart links")
    func defaultReport() {
        for arguments in [[], ["report"]] {
            let result = command.run(arguments)
            #expect(result.status == .success)
            #expect(result.errorOutput.isEmpty)
            #expect(result.output.hasPrefix("# Appraisal: Home safety checks and VCSE discharge support\n"))
            #expect(result.output.contains("| Net present social value | **£1.2m (£1,204,250)** |"))
            #expect(result.output.contains("## How the headline figures are derived"))
            #expect(!result.output.contains("charts/"))
        }
    }

    @Test("a scenario file is appraised like the same scenario in code")
    func scenarioFile() throws {
        try write("scenario.json", try exampleJSON())
        let result = command.run(["report", "scenario.json"])
        #expect(result.status == .success)
        // The bundled example (no file) also gets its uncertainty analysis; a file has no
        // uncertain inputs, so everything before the sensitivity section must be identical.
        let example = command.run(["report"]).output
        let head = { (text: String) in text.components(separatedBy: "## Sensitivity").first ?? "" }
        #expect(head(result.output) == head(example))
        #expect(
            example.contains("### One-way sensitivity") && example.contains("### Distribution of net present value"))
        #expect(!result.output.contains("### One-way sensitivity"))
    }

    @Test("--format json prints the JSON report")
    func json() throws {
        let result = command.run(["report", "--format", "json"])
        #expect(result.status == .success)
        let report = try JSONDecoder().decode(AppraisalReport.self, from: Data(result.output.utf8))
        #expect(report.portfolio.netPresentValue.amountText == "1204249.85")
        #expect(command.run(["report", "--format=json"]).output == result.output)
    }

    @Test("--format csv prints the cash flows, and --out writes every table")
    func csv() throws {
        let result = command.run(["report", "--format", "csv"])
        #expect(result.status == .success)
        #expect(result.output.hasPrefix("year,discount_factor,costs,"))
        // 2022-23 is year 0: the VCSE grants, £600,000 rebased (× 100 ÷ 91.2996) and raised 15%.
        #expect(result.output.contains("\n2022-23,1.0,755753.58,2094706.60,"))
        let written = command.run(["report", "--format", "csv", "--out", "csv"])
        #expect(written.status == .success)
        #expect(written.output.contains("Wrote 6 files:"))
        let agencies = try String(contentsOf: folder.appendingPathComponent("csv/agencies.csv"), encoding: .utf8)
        #expect(agencies.contains("nhs-acute"))
    }

    @Test("--out writes report.md and the charts it links")
    func outputFolder() throws {
        let result = command.run(["report", "--out", "out"])
        #expect(result.status == .success)
        // report.md, the two appraisal charts, and the example's tornado and NPV histogram.
        #expect(result.output.contains("Wrote 5 files:"))
        let markdown = try String(contentsOf: folder.appendingPathComponent("out/report.md"), encoding: .utf8)
        #expect(
            markdown.contains("![Cumulative discounted costs and benefits](charts/cumulative-costs-and-benefits.svg)"))
        for chart in ["cumulative-costs-and-benefits", "costs-and-benefits-by-agency"] {
            #expect(markdown.contains("(charts/\(chart).svg)"))
            let svg = try String(contentsOf: folder.appendingPathComponent("out/charts/\(chart).svg"), encoding: .utf8)
            #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg"))
        }
    }

    @Test("--out with --format json writes report.json")
    func outputFolderJSON() throws {
        let result = command.run(["report", "--format", "json", "--out", "nested/json"])
        #expect(result.status == .success)
        let data = try Data(contentsOf: folder.appendingPathComponent("nested/json/report.json"))
        #expect(try JSONDecoder().decode(AppraisalReport.self, from: data).portfolio.payback == "5 months")
    }

    @Test("--locale and --no-derivations")
    func options() throws {
        let german = command.run(["report", "--locale", "de_DE", "--no-derivations"])
        #expect(german.status == .success)
        #expect(german.output.contains("1.204.250"))
        #expect(!german.output.contains("## How the headline figures are derived"))
        let json = command.run(["report", "--format", "json", "--no-derivations"])
        #expect(json.status == .success)
        #expect(
            try JSONDecoder().decode(AppraisalReport.self, from: Data(json.output.utf8)).portfolio.derivations.isEmpty)
        #expect(json.output.count < command.run(["report", "--format", "json"]).output.count / 2)
    }

    @Test("--settings reads appraisal settings; bad settings are reported with their path")
    func settings() throws {
        let printed = command.run(["example", "--settings"])
        #expect(printed.status == .success)
        #expect(
            try JSONDecoder().decode(AppraisalSettings.self, from: Data(printed.output.utf8))
                == AppraisalSettings.example)
        try write("settings.json", printed.output)
        #expect(command.run(["report", "--settings", "settings.json"]).output == command.run(["report"]).output)

        var fiveYears = AppraisalSettings.example
        fiveYears.horizonYears = 0
        try write("zero.json", String(decoding: try JSONEncoder().encode(fiveYears), as: UTF8.self))
        let zero = command.run(["report", "--settings", "zero.json"])
        #expect(zero.status == .failure)
        #expect(
            zero.errorOutput
                == "zero.json: not valid appraisal settings: 1 problem:\n- horizonYears: 0 is outside 1…1000 years\n")

        try write("wrong.json", #"{"currency": "GBP"}"#)
        let wrong = command.run(["report", "--settings", "wrong.json"])
        #expect(wrong.status == .failure)
        #expect(
            wrong.errorOutput
                == "wrong.json: not valid appraisal settings: 1 problem:\n- priceBase: is required but missing\n")
    }

    // MARK: broken inputs

    @Test("a missing, unreadable or invalid scenario file is reported with status 1")
    func brokenFiles() throws {
        let missing = command.run(["report", "missing.json"])
        #expect(missing.status == .failure)
        #expect(missing.errorOutput == "resilience: cannot read 'missing.json': no such file\n")

        try write("broken.json", "{ not json")
        let broken = command.run(["report", "broken.json"])
        #expect(broken.status == .failure)
        #expect(broken.errorOutput.hasPrefix("broken.json: 1 problem:"))

        let invalid = try exampleJSON()
            .replacingOccurrences(of: "\"currency\" : \"GBP\"", with: "\"currency\" : \"GPB\"")
            .replacingOccurrences(of: "\"grade\" : 3", with: "\"grade\" : 7")
        try write("invalid.json", invalid)
        let result = command.run(["report", "invalid.json"])
        #expect(result.status == .failure)
        #expect(result.errorOutput.contains("unitCosts[0].amount.currency: 'GPB' is not an ISO 4217 currency code"))
        #expect(result.errorOutput.contains("unitCosts[0].grade"))

        let folderAsFile = command.run(["report", "."])
        #expect(folderAsFile.status == .failure)
        #expect(folderAsFile.errorOutput.contains("it is a folder"))

        try write("taken", "a file")
        let outIsFile = command.run(["report", "--out", "taken"])
        #expect(outIsFile.status == .failure)
        #expect(outIsFile.errorOutput.contains("it is a file, not a folder"))
    }

    @Test(
        "usage errors exit with status 2 and point to help",
        arguments: [
            (["frobnicate"], "unknown command 'frobnicate'", nil),
            (["--verbose"], "unknown option '--verbose'", nil),
            (["report", "--format", "xml"], "unknown format 'xml'; expected one of markdown, json, csv", "report"),
            (["report", "--bogus"], "unknown option '--bogus' for 'report'", "report"),
            (["report", "--out"], "option '--out' needs a value", "report"),
            (["report", "--out="], "option '--out' needs a non-empty value", "report"),
            (["report", "a.json", "b.json"], "'report' takes at most one scenario file, got 2", "report"),
            (["report", "--format", "json", "--format", "markdown"], "option '--format' given twice", "report"),
            (["report", "--no-derivations=yes"], "option '--no-derivations' takes no value", "report"),
            (["validate"], "'validate' needs a scenario file", "validate"),
            (["validate", "a.json", "b.json"], "'validate' takes one file, got 2", "validate"),
            (["validate", "--demand", "a.csv", "b.json"], "'validate' takes one file, got 2", "validate"),
            (
                ["validate", "--demand", "a.csv", "--unit-costs", "b.csv"], "'validate' takes one file, got 2",
                "validate"
            ),
            (["validate", "--demand"], "option '--demand' needs a value", "validate"),
            (
                ["validate", "demand.CSV"],
                "'demand.CSV' is a CSV file: say what it holds with --demand or --unit-costs",
                "validate"
            ),
            (["example", "extra"], "'example' takes no arguments, got 'extra'", "example"),
            (["help", "nothing"], "unknown command 'nothing'", nil),
        ] as [([String], String, String?)])
    func usage(arguments: [String], message: String, command name: String?) {
        let result = command.run(arguments)
        #expect(result.status == .usage)
        #expect(result.exitCode == 2)
        #expect(result.output.isEmpty)
        #expect(result.errorOutput.hasPrefix("resilience: \(message)"), "\(result.errorOutput)")
        #expect(
            result.errorOutput.contains(
                "Run '\(name.map { "resilience \($0) --help" } ?? "resilience --help")' for usage."))
    }

    // MARK: validate, example, help

    @Test("validate: status 0 for a valid file, 1 listing every problem with its path")
    func validate() throws {
        try write("good.json", try exampleJSON())
        let good = command.run(["validate", "good.json"])
        #expect(good.status == .success)
        #expect(good.output == "good.json: valid (2 interventions, 3 evidence items, 11 assumptions)\n")

        let bad = try exampleJSON()
            .replacingOccurrences(of: "\"currency\" : \"GBP\"", with: "\"currency\" : \"GPB\"")
            .replacingOccurrences(of: "\"strength\" : 1", with: "\"strength\" : 9")
        try write("bad.json", bad)
        let result = command.run(["validate", "bad.json"])
        #expect(result.status == .failure)
        #expect(result.errorOutput.contains("unitCosts[0].amount.currency: 'GPB' is not an ISO 4217 currency code"))
        #expect(result.errorOutput.contains("evidence[0].strength"))
        #expect(result.errorOutput.contains("evidence[2].strength"))

        #expect(command.run(["validate", "nope.json"]).status == .failure)
    }

    @Test("validate --demand and --unit-costs: status 0 with what was read, 1 listing every problem with its line")
    func validateCSV() throws {
        try write(
            "demand.csv",
            "community,service,month,count\r\nE01,ae,2024-01,41\r\nE02,ae,2024-03,7\r\nE01,gp,2024-02,3.5\r\n")
        // 3 rows; communities E01 and E02; services ae and gp; months 2024-01 … 2024-03.
        let demand = command.run(["validate", "--demand", "demand.csv"])
        #expect(demand.status == .success)
        #expect(demand.errorOutput.isEmpty)
        #expect(demand.output == "demand.csv: valid (3 rows, 2 communities, 2 services, 2024-01 to 2024-03)\n")
        #expect(command.run(["validate", "--demand=demand.csv"]) == demand)

        // Line 3's count is negative and line 4 has three fields of four: 2 of 3 rows rejected.
        try write(
            "bad-demand.csv", "community,service,month,count\nE01,ae,2024-01,41\nE02,ae,2024-03,-7\nE01,gp,2024-02\n")
        let bad = command.run(["validate", "--demand", "bad-demand.csv"])
        #expect(bad.status == .failure && bad.exitCode == 1)
        #expect(bad.output.isEmpty)
        #expect(
            bad.errorOutput == """
                bad-demand.csv: 2 of 3 rows rejected; 2 problems:
                - line 3, column "count": -7 is negative
                - line 4, column "count": the row has 3 fields, but the header has 4

                """)

        let header = "id,service,agency,amount,currency,price year,value type,cashable,grade,source\n"
        try write("costs.csv", header + "uc-ae,ae,nhs-acute,109.00,GBP,2023-24,fiscal,yes,3,GMCA\n")
        let costs = command.run(["validate", "--unit-costs", "costs.csv"])
        #expect(costs.status == .success)
        #expect(costs.output == "costs.csv: valid (1 unit cost)\n")
        // A header without the grade column: the whole file is refused, as a scenario would be.
        try write("no-grade.csv", "id,service,agency,amount,price year,value type,cashable,source\n")
        let noGrade = command.run(["validate", "--unit-costs", "no-grade.csv"])
        #expect(noGrade.status == .failure)
        #expect(
            noGrade.errorOutput == "no-grade.csv: 1 problem:\n- line 1, column \"grade\": is required but missing\n")
        // An empty file, a file in UTF-16, a missing file and a folder.
        try write("empty.csv", "")
        #expect(
            command.run(["validate", "--demand", "empty.csv"]).errorOutput
                == "empty.csv: 1 problem:\n- cannot be read: the file is empty: expected a header naming the columns\n")
        try Data([0xFF, 0xFE, 0x61, 0x00]).write(to: folder.appendingPathComponent("utf16.csv"))
        #expect(
            command.run(["validate", "--unit-costs", "utf16.csv"]).errorOutput
                == "utf16.csv: 1 problem:\n- line 1, column 1: cannot be read: the file is UTF-16 (little-endian) text, not UTF-8; save it as UTF-8\n"
        )
        let missing = command.run(["validate", "--demand", "nope.csv"])
        #expect(missing.status == .failure)
        #expect(missing.errorOutput == "resilience: cannot read 'nope.csv': no such file\n")
        #expect(
            command.run(["validate", "--demand", "."]).errorOutput == "resilience: cannot read '.': it is a folder\n")
    }

    @Test("example prints the bundled scenario, which reads back unchanged")
    func example() throws {
        let result = command.run(["example"])
        #expect(result.status == .success)
        #expect(try Scenario(json: Data(result.output.utf8)) == Scenario.example)
    }

    @Test(
        "--help for the command and each subcommand",
        arguments: [
            (["--help"], "USAGE: resilience <command> [options]"), (["-h"], "USAGE: resilience <command> [options]"),
            (["help"], "USAGE: resilience <command> [options]"), (["help", "report"], "USAGE: resilience report"),
            (["report", "--help"], "USAGE: resilience report"),
            (["report", "scenario.json", "-h"], "USAGE: resilience report"),
            (["validate", "--help"], "USAGE: resilience validate <scenario.json>"),
            (["validate", "--demand", "x.csv", "--help"], "resilience validate --demand <demand.csv>"),
            (["help", "validate"], "resilience validate --unit-costs <unit-costs.csv>"),
            (["example", "--help"], "USAGE: resilience example [--settings]"),
        ])
    func help(arguments: [String], usage: String) {
        let result = command.run(arguments)
        #expect(result.status == .success)
        #expect(result.output.contains(usage))
        #expect(result.errorOutput.isEmpty)
    }
}
