import CommunityResilience
import Foundation

/// The `resilience` command as a library type: parses the arguments, runs the command and
/// returns its output and exit status, without touching the process's streams.
///
/// The executable is three lines around ``run(_:)``; tests call ``run(_:)`` directly.
///
/// ```swift
/// let result = ResilienceCommand().run(["report", "--format", "json"])
/// result.exitCode      // 0
/// result.output        // the JSON report of the bundled example
/// ```
///
/// Commands: `report [SCENARIO.json] [--format markdown|json|csv] [--out DIR] [--settings
/// SETTINGS.json] [--locale ID] [--no-derivations]`, `validate SCENARIO.json`, `validate --demand
/// DEMAND.csv`, `validate --unit-costs UNIT-COSTS.csv`, `example [--settings]`, and `help
/// [COMMAND]`; `--help` after any command shows its help. Exit status 0
/// on success, 1 for invalid input or a failure, 2 for a usage error (see ``ExitStatus``).
public struct ResilienceCommand: Sendable {
    /// The folder relative paths are resolved against; `nil` for the process's current folder.
    public var currentDirectory: URL?

    /// Creates the command.
    ///
    /// - Parameter currentDirectory: the folder relative paths are resolved against; `nil` for
    ///   the process's current folder.
    public init(currentDirectory: URL? = nil) {
        self.currentDirectory = currentDirectory
    }

    /// Runs the command.
    ///
    /// - Parameter arguments: the arguments after the program name.
    /// - Returns: the output, error output and exit status. Never traps: every problem with the
    ///   arguments or the files becomes a message and a non-zero status.
    public func run(_ arguments: [String]) -> CommandResult {
        do {
            switch try CommandLineParser().parse(arguments) {
            case .help(let command):
                return CommandResult(status: .success, output: HelpText.text(for: command) + "\n")
            case .report(let request):
                return CommandResult(status: .success, output: try ReportCommand(request: request, files: files).run())
            case .validate(.scenario(let path)):
                return try validate(path)
            case .validate(.demand(let path)):
                return try validateDemand(path)
            case .validate(.unitCosts(let path)):
                return try validateUnitCosts(path)
            case .example(let settings):
                return CommandResult(status: .success, output: try example(settings: settings))
            }
        } catch {
            return CommandResult(status: error.status, errorOutput: error.message + "\n")
        }
    }

    var files: CommandFiles { CommandFiles(currentDirectory: currentDirectory) }

    private func validate(_ path: String) throws(CommandError) -> CommandResult {
        let data = try files.read(path)
        do {
            let scenario = try Scenario(json: data)
            return CommandResult(
                status: .success,
                output:
                    "\(path): valid (\(scenario.interventions.count) interventions, \(scenario.evidence.count) evidence items, \(scenario.assumptions.count) assumptions)\n"
            )
        } catch {
            throw .failure("\(path): \(error)")
        }
    }

    /// Reads demand observations with ``DemandCSVImporter`` (streaming, so a national file is
    /// fine): valid when every row is accepted.
    private func validateDemand(_ path: String) throws(CommandError) -> CommandResult {
        let url = try files.existingFile(path)
        let result: CSVImportResult<DemandPanel>
        do {
            result = try DemandCSVImporter().read(contentsOf: url)
        } catch {
            throw .failure("\(path): \(error)")
        }
        try Self.requireComplete(result, path: path)
        let panel = result.value
        var summary = Self.counted(panel.count, "row")
        if panel.count > 0 {
            summary +=
                ", \(Self.counted(panel.communities.count, "community", plural: "communities")), \(Self.counted(panel.services.count, "service"))"
        }
        if let period = panel.period { summary += ", \(period.first) to \(period.last)" }
        return CommandResult(status: .success, output: "\(path): valid (\(summary))\n")
    }

    /// Reads a unit-cost table with ``UnitCostCSVImporter``: valid when every row is accepted.
    /// References to services and agencies are a scenario's to check, not the table's.
    private func validateUnitCosts(_ path: String) throws(CommandError) -> CommandResult {
        let url = try files.existingFile(path)
        let result: CSVImportResult<[UnitCost]>
        do {
            result = try UnitCostCSVImporter().read(contentsOf: url)
        } catch {
            throw .failure("\(path): \(error)")
        }
        try Self.requireComplete(result, path: path)
        return CommandResult(
            status: .success, output: "\(path): valid (\(Self.counted(result.value.count, "unit cost")))\n")
    }

    /// Fails, listing every problem, unless every row of the import was accepted.
    static func requireComplete<Value>(_ result: CSVImportResult<Value>, path: String) throws(CommandError) {
        do {
            _ = try result.get()
        } catch {
            throw .failure(
                "\(path): \(result.rowsRejected) of \(Self.counted(result.rowsRead, "row")) rejected; \(error)")
        }
    }

    /// "1 row", "3 rows".
    static func counted(_ count: Int, _ noun: String, plural: String? = nil) -> String {
        "\(count) \(count == 1 ? noun : plural ?? noun + "s")"
    }

    private func example(settings: Bool) throws(CommandError) -> String {
        if settings {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            do {
                return String(decoding: try encoder.encode(AppraisalSettings.example), as: UTF8.self) + "\n"
            } catch {
                throw .failure("resilience: cannot encode the example settings: \(error)")
            }
        }
        do {
            return String(decoding: try Scenario.example.jsonData(), as: UTF8.self) + "\n"
        } catch {
            throw .failure("resilience: cannot encode the example: \(error)")
        }
    }
}
