/// What the command line asks for.
enum Invocation: Hashable, Sendable {
    /// Help, overall or for one command.
    case help(command: String?)
    /// Appraise a scenario and report on it.
    case report(ReportRequest)
    /// Check a scenario file or a CSV file of demand or unit costs.
    case validate(ValidateRequest)
    /// Print the bundled example scenario, or its appraisal settings.
    case example(settings: Bool)
}

/// What `resilience validate` checks: a scenario (JSON), or a CSV file for one of the library's
/// CSV importers.
enum ValidateRequest: Hashable, Sendable {
    /// A scenario file, read as ``Scenario/init(json:)`` reads it.
    case scenario(path: String)
    /// Demand observations, read by ``DemandCSVImporter``.
    case demand(path: String)
    /// A unit-cost table, read by ``UnitCostCSVImporter``.
    case unitCosts(path: String)
}

/// The output formats of `resilience report`.
enum ReportFormat: String, Hashable, Sendable, CaseIterable {
    case markdown, json, csv
}

/// The options of `resilience report`.
struct ReportRequest: Hashable, Sendable {
    var scenarioPath: String?
    var settingsPath: String?
    var format: ReportFormat = .markdown
    var outputDirectory: String?
    var locale: String?
    var includesDerivations = true
}

/// Parses the arguments after the program name, in the usual Unix style: a command, then options
/// (`--name value` or `--name=value`) and operands in any order, `--` ending the options, and
/// `-h`/`--help` anywhere asking for the command's help.
struct CommandLineParser {
    static let commands = ["report", "validate", "example", "help"]

    func parse(_ arguments: [String]) throws(CommandError) -> Invocation {
        guard let command = arguments.first else { return .report(ReportRequest()) }
        let rest = Array(arguments.dropFirst())
        switch command {
        case "-h", "--help":
            return .help(command: nil)
        case "help":
            guard rest.count <= 1 else { throw .usage("'help' takes at most one command name", command: nil) }
            if let topic = rest.first, !Self.commands.contains(topic) {
                throw .usage("unknown command '\(topic)'", command: nil)
            }
            return .help(command: rest.first)
        case "report":
            if wantsHelp(rest) { return .help(command: "report") }
            return .report(try parseReport(rest))
        case "validate":
            if wantsHelp(rest) { return .help(command: "validate") }
            return .validate(try parseValidate(rest))
        case "example":
            if wantsHelp(rest) { return .help(command: "example") }
            let (options, operands) = try split(rest, command: "example", valued: [], flags: ["--settings"])
            guard operands.isEmpty else {
                throw .usage("'example' takes no arguments, got '\(operands[0])'", command: "example")
            }
            return .example(settings: options["--settings"] != nil)
        default:
            if command.hasPrefix("-") {
                throw .usage("unknown option '\(command)'; expected a command first", command: nil)
            }
            throw .usage("unknown command '\(command)'", command: nil)
        }
    }

    private func wantsHelp(_ arguments: [String]) -> Bool {
        let options = arguments.prefix { $0 != "--" }
        return options.contains("-h") || options.contains("--help")
    }

    /// `validate SCENARIO.json`, `validate --demand FILE.csv` or `validate --unit-costs FILE.csv`:
    /// exactly one file.
    private func parseValidate(_ arguments: [String]) throws(CommandError) -> ValidateRequest {
        let (options, operands) = try split(
            arguments, command: "validate", valued: ["--demand", "--unit-costs"], flags: [])
        let count = operands.count + options.count
        guard count > 0 else {
            throw .usage(
                "'validate' needs a scenario file, or a CSV file after --demand or --unit-costs", command: "validate")
        }
        guard count == 1 else { throw .usage("'validate' takes one file, got \(count)", command: "validate") }
        if let path = options["--demand"] { return .demand(path: path) }
        if let path = options["--unit-costs"] { return .unitCosts(path: path) }
        let path = operands[0]
        if path.lowercased().hasSuffix(".csv") {
            throw .usage(
                "'\(path)' is a CSV file: say what it holds with --demand or --unit-costs", command: "validate")
        }
        return .scenario(path: path)
    }

    private func parseReport(_ arguments: [String]) throws(CommandError) -> ReportRequest {
        let (options, operands) = try split(
            arguments, command: "report", valued: ["--format", "--out", "--settings", "--locale"],
            flags: ["--no-derivations"])
        guard operands.count <= 1 else {
            throw .usage(
                "'report' takes at most one scenario file, got \(operands.count): \(operands.joined(separator: ", "))",
                command: "report")
        }
        var request = ReportRequest(scenarioPath: operands.first)
        if let format = options["--format"] {
            guard let value = ReportFormat(rawValue: format) else {
                throw .usage(
                    "unknown format '\(format)'; expected one of \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", "))",
                    command: "report")
            }
            request.format = value
        }
        request.outputDirectory = options["--out"]
        request.settingsPath = options["--settings"]
        request.locale = options["--locale"]
        request.includesDerivations = options["--no-derivations"] == nil
        return request
    }

    /// Separates options from operands. `valued` options take the next argument (or `=value`);
    /// `flags` take none. Unknown options, missing values, empty values and repeated options are
    /// usage errors.
    private func split(
        _ arguments: [String], command: String, valued: Set<String>, flags: Set<String>
    ) throws(CommandError) -> (options: [String: String], operands: [String]) {
        var options: [String: String] = [:]
        var operands: [String] = []
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
                operands.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            let parts = argument.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts[0])
            if flags.contains(name) {
                guard parts.count == 1 else { throw .usage("option '\(name)' takes no value", command: command) }
                guard options[name] == nil else { throw .usage("option '\(name)' given twice", command: command) }
                options[name] = ""
                continue
            }
            guard valued.contains(name) else {
                throw .usage("unknown option '\(name)' for '\(command)'", command: command)
            }
            let value: String
            if parts.count == 2 {
                value = String(parts[1])
            } else {
                guard index < arguments.count else { throw .usage("option '\(name)' needs a value", command: command) }
                value = arguments[index]
                index += 1
            }
            guard !value.isEmpty else { throw .usage("option '\(name)' needs a non-empty value", command: command) }
            guard options[name] == nil else { throw .usage("option '\(name)' given twice", command: command) }
            options[name] = value
        }
        return (options, operands)
    }
}
