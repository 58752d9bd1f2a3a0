/// Builds a report's charts from its data, in the order the Markdown shows them.
struct ReportCharts {
    let report: AppraisalReport
    let options: ReportOptions

    var currency: Currency { report.settings.currency }
    var priceBase: PriceBase { report.settings.priceBase }

    var cumulative: SVGChart {
        CumulativeChart(
            summary: report.portfolio, currency: currency, priceBase: priceBase,
            discounting: "discounted at the \(report.settings.discounting.name)", options: options
        ).chart()
    }

    var agencies: SVGChart {
        AgencyChart(
            flows: report.portfolio.agencies, subject: report.portfolio.title, currency: currency,
            priceBase: priceBase, options: options
        ).chart()
    }

    var timeSeries: [SVGChart] {
        report.timeSeries.enumerated().map { TimeSeriesChart(series: $1, index: $0, options: options).chart() }
    }

    /// The tornado chart, when there are swings to show.
    var tornado: SVGChart? {
        guard let analysis = report.sensitivity, !analysis.swings.isEmpty else { return nil }
        return TornadoSensitivityChart(
            analysis: analysis, baseline: baseline, currency: currency, priceBase: priceBase, options: options
        ).chart()
    }

    /// The NPV histogram, when a distribution with bins was supplied.
    var histogram: SVGChart? {
        guard let distribution = report.sensitivity?.distribution, !distribution.histogram.isEmpty else { return nil }
        return HistogramChart(distribution: distribution, currency: currency, priceBase: priceBase, options: options)
            .chart()
    }

    /// The base NPV of the sensitivity analysis: as supplied, or the appraisal's own.
    var baseline: Double {
        if let value = report.sensitivity?.baselineNetPresentValue, value.isFinite { return value }
        return report.portfolio.netPresentValue.doubleValue
    }

    var all: [SVGChart] {
        [cumulative, agencies] + timeSeries + [tornado, histogram].compactMap { $0 }
    }
}
