import CommunityResilience
import Foundation
import ResilienceNumerics

/// P1: the national panel — aggregation, per-authority interrupted time series, national
/// difference-in-differences and the savings they imply, through the library's public API.
enum NationalPanelBenchmark: Benchmark {
    static let identifier = "P1"
    static let title =
        "national panel: 33,755 LSOAs × 10 services × 120 months (40.5M rows) with populations, 309 local authorities"
    static let targets =
        "aggregate ≥ 20× pandas and ≥ 3× numpy bincount; ITS ≥ 30× statsmodels; DiD ≥ 10× numpy within-transformation"
    static let defaultScales: [Double] = [1, 2, 4]

    static func run(scale: Double, context: BenchmarkContext, reporter: Reporter) throws {
        let shape = NationalPanelData.Shape(scale: scale, quick: context.quick)
        // Steps (a)–(d) on the panel in grid order; it is freed before step (e) builds another.
        let (totals, grouping) = try runOnGrid(shape: shape, scale: scale, context: context, reporter: reporter)

        // (e) The same aggregation when rows arrive month by month (no grid layout): the
        // general kernel, which reads the three code columns too.
        if context.runs("e") {
            let rows = Double(shape.rows)
            let (shuffled, generation) = try Stopwatch.time {
                try NationalPanelData.generate(shape, seed: context.seed, order: .monthMajor)
            }
            reporter.note(
                "regenerated in month-major order in \(Format.duration(generation)); grid layout: \(shuffled.panel.gridLayout != nil)"
            )
            let (_, cold) = try Stopwatch.time { try shuffled.panel.totals(by: grouping) }
            reporter.record("e. aggregate, rows in month order, cold", items: rows, unit: "rows", seconds: [cold])
            let general = try reporter.measure(
                "e. aggregate, rows in month order, warm", items: rows, unit: "rows", repetitions: context.repetitions
            ) {
                try shuffled.panel.totals(by: grouping)
            }
            // Counts and populations are whole numbers, so every order of addition is exact.
            guard general.counts == totals.counts, general.populations == totals.populations,
                general.rowCounts == totals.rowCounts
            else {
                throw BenchmarkFailure("the month-ordered panel's totals differ from the grid panel's")
            }
        }
    }

    static func runOnGrid(
        shape: NationalPanelData.Shape, scale: Double, context: BenchmarkContext, reporter: Reporter
    ) throws -> (DemandTotals, CommunityGrouping) {
        let (data, generation) = try Stopwatch.time {
            try NationalPanelData.generate(shape, seed: context.seed, order: .grid)
        }
        let panel = data.panel
        let rows = Double(panel.count)
        reporter.note(
            "\(shape.lsoas) LSOAs in \(shape.authorities) authorities × \(data.services.count) services × \(shape.months) months = \(panel.count) rows; generated and loaded in \(Format.duration(generation)); grid layout: \(panel.gridLayout != nil)"
        )

        // (a) Aggregation to authority × service × month. The first call touches fresh output
        // memory (cold); later calls reuse memory the allocator got back (warm).
        let grouping = data.grouping
        let totals: DemandTotals
        if context.runs("a") {
            reporter.measure(
                "floor: sum count and population columns", items: rows, unit: "rows", repetitions: context.repetitions
            ) {
                MemoryFloor.sum(panel.counts, panel.populations)
            }
            let (_, cold) = try Stopwatch.time { try panel.totals(by: grouping) }
            reporter.record("a. aggregate to LA × service × month, cold", items: rows, unit: "rows", seconds: [cold])
            totals = try reporter.measure(
                "a. aggregate to LA × service × month, warm", items: rows, unit: "rows",
                repetitions: context.repetitions
            ) {
                try panel.totals(by: grouping)
            }
        } else {
            totals = try panel.totals(by: grouping)
        }

        // (b) One quasi-Poisson ITS per authority × service: 120 months, 8 terms, log-population offset.
        let specification = InterruptedTimeSeries(
            interventionStart: data.interventionStart, model: .quasiPoisson, seasonality: .fourier(pairs: 2))
        let fitCount = totals.groups.count * totals.services.count
        var fits: [InterruptedTimeSeriesResult]?
        if context.runs("b") {
            fits = try reporter.measure(
                "b. quasi-Poisson ITS per LA × service", items: Double(fitCount), unit: "fits",
                repetitions: context.repetitions
            ) {
                try fitAll(totals, specification)
            }
        }

        // (c) National two-way fixed-effects DiD per service, cluster-robust by LSOA.
        var estimates: [PanelDifferenceInDifferencesResult]?
        if context.runs("c") {
            let did = PanelDifferenceInDifferences(
                treated: data.treatedLSOAs, treatmentStart: data.interventionStart, covariance: .clusteredByCommunity)
            estimates = try reporter.measure(
                "c. TWFE DiD per service, cluster-robust", items: rows, unit: "rows", repetitions: context.repetitions
            ) {
                try did.fit(panel, services: data.services.map(\.id)).map { try $0.get() }
            }
        }

        // (d) Avoided demand and savings: ITS avoided demand of treated authorities and DiD
        // avoided demand, valued at each service's unit cost in exact money.
        if context.runs("d"), let fits, let estimates {
            let savings = try reporter.measure(
                "d. avoided demand and savings", items: Double(fitCount), unit: "fits", repetitions: context.repetitions
            ) {
                try Savings(
                    fits: fits, totals: totals, treatedAuthority: data.treatedAuthority, estimates: estimates,
                    services: data.services)
            }
            reporter.note(savings.summary)
        }
        if let directory = try context.dataDirectory(benchmark: identifier, scale: scale), let fits, let estimates {
            try NationalPanelFiles.write(data, totals: totals, fits: fits, estimates: estimates, to: directory)
            reporter.note("data and check values written to \(directory.path)")
        }
        return (totals, grouping)
    }

    /// Every authority × service series from the totals, fitted with the library's batch API.
    static func fitAll(_ totals: DemandTotals, _ specification: InterruptedTimeSeries) throws
        -> [InterruptedTimeSeriesResult]
    {
        var series: [MonthlySeries] = []
        series.reserveCapacity(totals.groups.count * totals.services.count)
        for group in totals.groups.indices {
            for service in totals.services.indices {
                series.append(try totals.series(group: group, service: service))
            }
        }
        return try specification.fit(series).map { try $0.get() }
    }
}
