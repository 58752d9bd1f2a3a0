import Foundation

/// Everything a report on an appraisal says, as plain encodable values: the headline figures,
/// demand avoided, who pays and who gains, cash flows by year, assumptions and sources, optional
/// sensitivity and time-series results, and the derivation of every headline figure.
///
/// Build it once from an ``Appraisal`` and render it as Markdown with SVG charts, or encode it
/// as JSON:
///
/// ```swift
/// let appraisal = try Scenario.example.appraise(with: .example)
/// let report = AppraisalReport(appraisal)
/// let markdown = report.markdown()                 // report.md, linking charts/*.svg
/// let charts = report.charts()                     // [SVGChart]
/// let json = try report.jsonData()                 // sorted keys, exact money
/// ```
///
/// The report follows the Green Book (2022) on presenting an appraisal (Chapter 5, shortlist
/// appraisal: NPSV, BCR, assumptions, sensitivity analysis and switching values; Annex A6,
/// discounting) and the GMCA / HM Treasury (2014) CBA guidance on fiscal return by agency and
/// "who pays, who gains".
public struct AppraisalReport: Hashable, Sendable, Codable {
    /// The scenario's name.
    public var scenarioName: String
    /// What the scenario appraises and for whom.
    public var scenarioSummary: String
    /// The settings the appraisal used.
    public var settings: AppraisalSettings
    /// The appraisal years, year 0 first.
    public var years: [FinancialYear]
    /// The figures for all interventions together.
    public var portfolio: AppraisalSummary
    /// The figures for each intervention, in identifier order, without derivations (every line
    /// they rest on is already derived under ``portfolio``).
    public var interventions: [AppraisalSummary]
    /// The scenario's labelled assumptions.
    public var assumptions: [Assumption]
    /// The unit costs and their sources.
    public var unitCosts: [UnitCostSource]
    /// The evidence items, their strength and sources.
    public var evidence: [EvidenceSource]
    /// Sensitivity and uncertainty results, when an analysis was run.
    public var sensitivity: SensitivityAnalysis?
    /// Interrupted time series estimates to chart, when supplied.
    public var timeSeries: [TimeSeriesSummary]
    /// The communities' capacity and trust profile, shown beside the impact figures; by default
    /// the standard index of the scenario's small areas when it has indicator values.
    public var communityProfile: CommunityProfileSummary?

    /// Builds the report of an appraisal.
    ///
    /// - Parameters:
    ///   - appraisal: the appraisal to report.
    ///   - sensitivity: sensitivity and uncertainty results for the portfolio, if any; the report
    ///     says when there are none.
    ///   - timeSeries: interrupted time series estimates whose observed and counterfactual demand
    ///     the report should chart.
    ///   - communityProfile: the capacity and trust profile to show; by default
    ///     ``CommunityProfileSummary/standard(for:)`` of the appraised scenario.
    ///   - includesDerivations: whether to keep each headline figure's explanation tree. The trees
    ///     repeat shared steps (the BCR's rest on the NPSV's), so for a large portfolio they are
    ///     most of the JSON; leave them out when only the figures are wanted.
    /// - Complexity: O(lines × years), plus building each headline figure's explanation once.
    public init(
        _ appraisal: Appraisal, sensitivity: SensitivityAnalysis? = nil, timeSeries: [TimeSeriesSummary] = [],
        communityProfile: CommunityProfileSummary?? = nil, includesDerivations: Bool = true
    ) {
        let scenario = appraisal.scenario
        scenarioName = scenario.name
        scenarioSummary = scenario.summary
        settings = appraisal.settings
        years = appraisal.years
        portfolio = AppraisalSummary(appraisal.portfolio, includesDerivations: includesDerivations)
        interventions = appraisal.interventionResults.map { AppraisalSummary($0, includesDerivations: false) }
        assumptions = scenario.assumptions
        unitCosts = UnitCostSource.rows(for: appraisal)
        evidence = EvidenceSource.rows(for: appraisal)
        self.sensitivity = sensitivity
        self.timeSeries = timeSeries
        self.communityProfile = communityProfile ?? CommunityProfileSummary.standard(for: scenario)
    }

    /// The report as JSON: pretty-printed with sorted keys, so the same appraisal always gives
    /// the same bytes. Money amounts are exact decimal strings; a non-finite number in supplied
    /// sensitivity or time-series results is written as the string `"NaN"`, `"Infinity"` or
    /// `"-Infinity"` rather than failing.
    ///
    /// - Throws: ``ReportError/encoding(_:)`` only if Foundation's encoder fails, which the
    ///   report's types do not cause.
    public func jsonData() throws(ReportError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        do {
            return try encoder.encode(self)
        } catch {
            throw .encoding("\(error)")
        }
    }

    /// The report in Markdown, linking the charts of ``charts(options:)`` from
    /// `options.chartDirectory`.
    ///
    /// - Parameter options: locale, derivations and chart folder.
    /// - Returns: the Markdown text.
    public func markdown(options: ReportOptions = ReportOptions()) -> String {
        MarkdownReportWriter(report: self, options: options).write()
    }

    /// The report's charts as SVG: cumulative discounted costs and benefits with the payback
    /// point, costs and benefits by agency, observed against counterfactual demand for each time
    /// series, and a tornado chart and NPV histogram when sensitivity results exist.
    ///
    /// - Parameter options: locale and chart size.
    /// - Returns: the charts, in the order the report shows them.
    public func charts(options: ReportOptions = ReportOptions()) -> [SVGChart] {
        ReportCharts(report: self, options: options).all
    }

    /// The Markdown report and its charts together, ready to write as `report.md` and
    /// `charts/*.svg`.
    ///
    /// - Parameter options: locale, derivations, chart folder and size.
    /// - Returns: the rendered report.
    public func rendered(options: ReportOptions = ReportOptions()) -> RenderedReport {
        RenderedReport(
            markdown: markdown(options: options), charts: charts(options: options),
            chartDirectory: options.chartDirectory)
    }

    /// The currency and price base every amount in the report is in.
    var zero: Money { Money.zero(settings.currency, in: settings.priceBase) }
}

/// A failure to render a report.
public enum ReportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Foundation's JSON encoder failed, with its message.
    case encoding(String)

    /// The value as reports and error messages show it.
    public var description: String {
        switch self {
        case .encoding(let message): return "cannot encode the report as JSON: \(message)"
        }
    }
}
