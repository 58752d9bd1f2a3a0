import CommunityResilience
import Foundation

/// P3: a portfolio scenario of 10,000 interventions through the whole pipeline — JSON encode,
/// decode with validation, appraisal, headline report, encode.
enum PortfolioBenchmark: Benchmark {
    static let identifier = "P3"
    static let title =
        "portfolio: 10,000 interventions across 300 local authorities (10.8 MB of the library's pretty-printed JSON)"
    static let targets = "whole P3 under 1 s; validation + evaluation + report add < 25% to decoding time"
    static let defaultScales: [Double] = [1, 2, 4]

    static func run(scale: Double, context: BenchmarkContext, reporter: Reporter) throws {
        let interventions = max(20, Int((10_000 * scale / (context.quick ? 100 : 1)).rounded()))
        let authorities = max(3, Int((300 * scale / (context.quick ? 100 : 1)).rounded()))
        let (scenario, generation) = try Stopwatch.time {
            try PortfolioScenario.make(interventions: interventions, authorities: authorities, seed: context.seed)
        }
        let settings = AppraisalSettings(priceBase: .financialYear(2024), deflators: .gdpDeflatorsMarch2026)
        let n = Double(interventions)
        let json = try reporter.measure(
            "encode scenario to JSON", items: n, unit: "interventions", repetitions: context.repetitions
        ) {
            try scenario.jsonData()
        }
        let megabytes = Double(json.count) / 1e6
        reporter.note(
            "\(interventions) interventions, \(scenario.evidence.count) evidence items, \(authorities) authorities; JSON \(String(format: "%.2f", megabytes)) MB; generated in \(Format.duration(generation))"
        )

        let decoded = try reporter.measure(
            "decode only (JSONDecoder)", items: n, unit: "interventions", repetitions: context.repetitions
        ) {
            try JSONDecoder().decode(Scenario.self, from: json)
        }
        try reporter.measure("validate", items: n, unit: "interventions", repetitions: context.repetitions) {
            try decoded.validate()
        }
        let read = try reporter.measure(
            "Scenario(json:) = decode + validate", items: n, unit: "interventions", repetitions: context.repetitions
        ) {
            try Scenario(json: json)
        }
        let appraisal = try reporter.measure(
            "appraise", items: n, unit: "interventions", repetitions: context.repetitions
        ) {
            try read.appraise(with: settings)
        }
        let report = reporter.measure(
            "headline report", items: n, unit: "interventions", repetitions: context.repetitions
        ) {
            HeadlineSummary(appraisal).description
        }
        reporter.note(
            "report: \(report.utf8.count / 1_000) kB; portfolio NPV \(appraisal.portfolio.netPresentValue.value.amountText)"
        )
        try reporter.measure(
            "whole P3: read, appraise, report, write", items: n, unit: "interventions", repetitions: context.repetitions
        ) {
            let scenario = try Scenario(json: json)
            let appraisal = try scenario.appraise(with: settings)
            let text = HeadlineSummary(appraisal).description
            return (try scenario.jsonData(), text)
        }
        if let directory = try context.dataDirectory(benchmark: identifier, scale: scale) {
            try json.write(to: directory.appendingPathComponent("scenario.json"))
            try Data(report.utf8).write(to: directory.appendingPathComponent("headline-report.txt"))
            reporter.note("scenario and headline report written to \(directory.path)")
        }
    }
}
