import CommunityResilience
import Foundation

/// `resilience report`: load the scenario and settings, appraise, render in the chosen format,
/// and print the report or write it into a folder. All the work is the library's
/// (``AppraisalReport``); this type only moves data between files and it.
struct ReportCommand {
    let request: ReportRequest
    let files: CommandFiles

    func run() throws(CommandError) -> String {
        let scenario = try loadScenario()
        let settings = try loadSettings()
        let appraisal: Appraisal
        do {
            appraisal = try scenario.appraise(with: settings)
        } catch {
            throw .failure(
                "\(request.scenarioPath ?? "the example scenario"): cannot be appraised with these settings: \(error)")
        }
        let report = AppraisalReport(
            appraisal, sensitivity: exampleSensitivity(settings: settings),
            includesDerivations: request.includesDerivations)
        var options = ReportOptions(includesDerivations: request.includesDerivations)
        if let locale = request.locale { options.locale = Locale(identifier: locale) }
        // Printed Markdown has no chart files beside it, so it does not link any.
        options.linksCharts = request.outputDirectory != nil

        switch request.format {
        case .markdown:
            return try deliver(report.rendered(options: options).files, printing: report.markdown(options: options))
        case .json:
            let json: String
            do {
                json = String(decoding: try report.jsonData(), as: UTF8.self) + "\n"
            } catch {
                throw .failure("resilience: \(error)")
            }
            return try deliver([("report.json", json)], printing: json)
        case .csv:
            let files = try csvFiles(for: appraisal, report: report)
            return try deliver(files, printing: files.first?.contents)
        }
    }

    /// For the bundled example, the uncertainty analysis its Uncertainty article describes: the
    /// tornado and 20,000 Monte Carlo draws (seed 2026), so the report shows both. A scenario
    /// from a file has no uncertain inputs of its own yet, so it gets none.
    private func exampleSensitivity(settings: AppraisalSettings) -> SensitivityAnalysis? {
        guard request.scenarioPath == nil,
            let analysis = try? UncertaintyAnalysis(
                .example, settings: settings, inputs: UncertainInput.exampleInputs,
                correlations: UncertainInput.exampleCorrelations),
            let simulation = try? analysis.simulate(draws: 20_000, seed: 2026)
        else { return nil }
        return SensitivityAnalysis(tornado: analysis.tornado(), simulation: simulation)
    }

    /// `--format csv`: the portfolio's tables as CSV files (``AppraisalResult/cashFlowTable``,
    /// cashable savings, agencies, who pays who gains, and totals by community and by local
    /// authority). Printed to standard output, the cash-flow table alone is shown, since several
    /// tables in one stream would not be one CSV file.
    func csvFiles(for appraisal: Appraisal, report: AppraisalReport) throws(CommandError) -> [(
        path: String, contents: String
    )] {
        let portfolio = appraisal.portfolio
        return [
            ("cash-flows.csv", portfolio.cashFlowTable.text()),
            ("cashable-savings.csv", portfolio.cashableSavingsTable.text()),
            ("agencies.csv", portfolio.agencyTable.text()),
            ("who-pays-who-gains.csv", portfolio.whoPaysWhoGainsTable.text()),
            ("communities.csv", portfolio.areaTable().text()),
            ("local-authorities.csv", portfolio.areaTable(.localAuthority).text()),
        ]
    }

    /// Prints `printing` (or the only file) to standard output, or writes every file into the
    /// output folder and lists them.
    private func deliver(_ outputs: [(path: String, contents: String)], printing: String?) throws(CommandError)
        -> String
    {
        guard let directory = request.outputDirectory else {
            return printing ?? outputs.map(\.contents).joined(separator: "\n")
        }
        let written = try files.write(outputs, into: directory)
        return "Wrote \(written.count) file\(written.count == 1 ? "" : "s"):\n" + written.map { "  \($0)\n" }.joined()
    }

    private func loadScenario() throws(CommandError) -> Scenario {
        guard let path = request.scenarioPath else { return Scenario.example }
        let data = try files.read(path)
        do {
            return try Scenario(json: data)
        } catch {
            throw .failure("\(path): \(error)")
        }
    }

    private func loadSettings() throws(CommandError) -> AppraisalSettings {
        guard let path = request.settingsPath else { return .example }
        let data = try files.read(path)
        do {
            return try AppraisalSettings(json: data)
        } catch {
            throw .failure("\(path): not valid appraisal settings: \(error)")
        }
    }
}
