/// The `--help` texts of the `resilience` command.
enum HelpText {
    static let overview = """
        OVERVIEW: Turn community resilience work into evidence: appraise a scenario with the
        HM Treasury Green Book method and write a report with charts.

        USAGE: resilience <command> [options]

        COMMANDS:
          report      Appraise a scenario and write a report (the default command)
          validate    Check a scenario, demand CSV or unit-cost CSV file and list every
                      problem with its place
          example     Print the bundled example scenario (or its settings) as JSON
          help        Show help for a command

        Run 'resilience <command> --help' for a command's options.

        EXIT STATUS: 0 success; 1 invalid or unreadable input, or a failure; 2 usage error.
        """

    static let report = """
        OVERVIEW: Appraise a scenario and write a report: headline figures, demand avoided, who
        pays and who gains, cash flows by year, sensitivity, assumptions and sources, and how
        every headline figure is derived.

        USAGE: resilience report [<scenario.json>] [--format markdown|json|csv] [--out <dir>]
                                 [--settings <settings.json>] [--locale <id>] [--no-derivations]

        ARGUMENTS:
          <scenario.json>         A scenario file (start from 'resilience example'). Without
                                  one, the bundled example scenario is appraised.

        OPTIONS:
          --format <format>       markdown (default), json (every figure, table and
                                  derivation, sorted keys), or csv (the result tables).
          --out <dir>             Write the report into <dir> instead of printing it:
                                  report.md and charts/*.svg (linked from the report), or
                                  report.json. The folder is created if needed.
          --settings <file>       Appraisal settings as JSON: price base, deflators, horizon,
                                  discounting, optimism bias ('resilience example --settings'
                                  prints the defaults). Default: 2024-25 prices, HM Treasury
                                  GDP deflators, 10 years, Green Book discounting.
          --locale <id>           Locale for numbers and money, e.g. en_GB (the default).
          --no-derivations        Leave out the derivation of each headline figure
                                  (in Markdown and JSON).
          -h, --help              Show this help.

        EXAMPLES:
          resilience report
          resilience report scenario.json --out report
          resilience report scenario.json --format json > appraisal.json
        """

    static let validate = """
        OVERVIEW: Check a scenario file: the JSON, the schema version, every field and every
        reference between records. Lists every problem with its path. Or check a CSV file of
        demand observations or unit costs, row by row, listing every problem with its line and
        column.

        USAGE: resilience validate <scenario.json>
               resilience validate --demand <demand.csv>
               resilience validate --unit-costs <unit-costs.csv>

        OPTIONS:
          --demand <file>         A CSV file of demand observations: columns community,
                                  service, month (YYYY-MM), count and optionally
                                  population, found by header name in any order. A row
                                  repeating an earlier row's community, service and
                                  month is a problem (a row exported twice).
          --unit-costs <file>     A CSV file of unit costs: columns id, service, agency,
                                  amount, currency (optional, GBP), price year, value type,
                                  cashable, grade and source.
          -h, --help              Show this help.

        CSV files are UTF-8 (a byte-order mark is fine) with CRLF or LF line ends (RFC 4180).
        A CSV file is valid when every row is accepted; otherwise the problems are listed with
        how many rows were rejected.

        EXAMPLES:
          resilience validate scenario.json
          resilience validate --demand attendances.csv

        EXIT STATUS: 0 when the file is valid, 1 when it is not or cannot be read, 2 on a usage
        error.
        """

    static let example = """
        OVERVIEW: Print the bundled example scenario as JSON: two published UK case studies (fire
        service home safety checks; VCSE partners in hospital discharge) with labelled assumptions.

        USAGE: resilience example [--settings]

        OPTIONS:
          --settings              Print the example's appraisal settings instead, as a starting
                                  point for 'resilience report --settings'.
          -h, --help              Show this help.

        EXAMPLE:
          resilience example > scenario.json
        """

    static func text(for command: String?) -> String {
        switch command {
        case "report": return report
        case "validate": return validate
        case "example": return example
        default: return overview
        }
    }
}
