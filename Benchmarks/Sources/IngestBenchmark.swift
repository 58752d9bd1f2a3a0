import CommunityResilience
import Foundation

/// P4: CSV ingest — a national extract of demand observations (``DemandCSVFile``) read by
/// ``DemandCSVImporter`` into a ``DemandPanel`` of typed columns, on the default number of threads
/// and on one; every import is checked against the generator's checksums, so a wrong import fails
/// the benchmark instead of timing well. The pandas reference (`reference/p4_reference.py`) reads
/// the same file with `read_csv` and explicit dtypes.
enum IngestBenchmark: Benchmark {
    static let identifier = "P4"
    static let title =
        "CSV ingest: 10.1M demand observations (LSOA, service, month, count, population; 363 MB) into a DemandPanel"
    static let targets =
        "≥ 20M rows/s and ahead of pandas read_csv (17.9M rows/s in PERFORMANCE.md; measure it in the same session), streaming, peak memory ≤ 1.5× the typed columns"
    static let defaultScales: [Double] = [1, 2, 4]

    static func run(scale: Double, context: BenchmarkContext, reporter: Reporter) throws {
        let shape = DemandCSVFile.Shape(scale: scale, quick: context.quick)
        let kept = try context.dataDirectory(benchmark: identifier, scale: scale)
        let directory =
            kept
            ?? FileManager.default.temporaryDirectory.appendingPathComponent(
                "resilience-p4-\(ProcessInfo.processInfo.processIdentifier)-x\(Format.scaleLabel(scale))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        // A temporary file goes as soon as the case is done: 4× is 1.5 GB.
        defer { if kept == nil { try? FileManager.default.removeItem(at: directory) } }
        let url = directory.appendingPathComponent("demand.csv")
        let (summary, generation) = try Stopwatch.time {
            try DemandCSVFile.write(shape, seed: context.seed, to: url)
        }
        let megabytes = Double(summary.bytes) / 1e6
        reporter.note(
            "\(summary.rows) rows (\(shape.lsoas) LSOAs × \(summary.services.count) services × \(shape.months) months from \(summary.firstMonth)), \(String(format: "%.1f", megabytes)) MB, written in \(Format.duration(generation)) to \(url.path); typed columns \(Format.bytes(summary.typedColumnBytes))"
        )
        if let kept {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(summary).write(to: kept.appendingPathComponent("p4.json"))
        }
        let threads = DemandCSVImporter().parallelism
        // `--stages parallel` or `--stages serial` picks one, for profiling.
        let cases = (threads == 1 ? [1] : [threads, 1]).filter { context.runs($0 == 1 ? "serial" : "parallel") }
        var imported: DemandPanel?
        for (index, parallelism) in cases.enumerated() {
            let importer = DemandCSVImporter(parallelism: parallelism)
            var seconds: [Double] = []
            var processor: [Double] = []
            for _ in 0..<max(1, context.repetitions) {
                let start = Stopwatch.now()
                let startCPU = Stopwatch.processorSeconds()
                let result = try importer.read(contentsOf: url)
                seconds.append(Stopwatch.now() - start)
                processor.append(Stopwatch.processorSeconds() - startCPU)
                // Checked after the clock stops, and dropped before the next run starts, so that
                // peak memory is one import's.
                try check(result, against: summary, shape: shape)
            }
            // The last import's panel, read once more after its peak memory is reported, feeds
            // the repeat check below.
            if index == cases.count - 1, context.runs("repeats") {
                imported = try importer.read(contentsOf: url).value
            }
            reporter.record(
                "import, \(parallelism) thread\(parallelism == 1 ? "" : "s") (DemandCSVImporter)",
                items: Double(summary.rows), unit: "rows", seconds: seconds)
            let median = reporter.measurements.last?.median ?? .nan
            let cpu = processor.sorted()[processor.count / 2]
            let peak = Stopwatch.peakResidentBytes()
            reporter.note(
                String(
                    format:
                        "%.0f MB/s; CPU %@ a run (median; %.1fM rows a CPU-second); peak %@ = %.2f× the typed columns; checks passed (rows, Σ counts, Σ populations, row-weighted checksum, codes, grid layout)",
                    megabytes / median, Format.duration(cpu), Double(summary.rows) / cpu / 1e6, Format.bytes(peak),
                    Double(peak) / Double(summary.typedColumnBytes)))
        }
        // `--stages repeats` alone imports once, untimed.
        if context.runs("repeats") {
            let panel = try imported ?? DemandCSVImporter().read(contentsOf: url).value
            imported = nil
            try measureRepeatCheck(panel, context: context, reporter: reporter)
        }
    }

    /// The check an import makes for rows repeating a community, service and month, on the panel's
    /// rows taken month by month (so not in grid layout, which would answer at once), against a
    /// plain reference: a `Set` of packed keys.
    static func measureRepeatCheck(_ grid: DemandPanel, context: BenchmarkContext, reporter: Reporter) throws {
        guard let layout = grid.gridLayout else { throw BenchmarkFailure("P4: the panel is not a grid") }
        let (panel, _) = try Stopwatch.time { try monthByMonth(grid, layout) }
        var seconds: [Double] = []
        var reference: [Double] = []
        for _ in 0..<max(1, context.repetitions) {
            let (repeats, time) = Stopwatch.time { panel.repeatedRows() }
            guard repeats.isEmpty else { throw BenchmarkFailure("P4: \(repeats.count) repeats in a grid's rows") }
            seconds.append(time)
            let (found, plainTime) = Stopwatch.time { plainRepeatCount(panel) }
            guard found == 0 else { throw BenchmarkFailure("P4: the reference finds \(found) repeats") }
            reference.append(plainTime)
        }
        reporter.record(
            "repeat check, rows month by month (DemandPanel.repeatedRows)", items: Double(panel.count), unit: "rows",
            seconds: seconds)
        reporter.record(
            "repeat check, plain reference (Set<UInt64> of packed keys)", items: Double(panel.count), unit: "rows",
            seconds: reference)
    }

    /// The grid's rows reordered month by month (community by community, service by service
    /// within each month).
    private static func monthByMonth(_ grid: DemandPanel, _ layout: DemandPanel.GridLayout) throws -> DemandPanel {
        var communityCodes: [Int32] = []
        var serviceCodes: [Int32] = []
        var monthIndices: [Int32] = []
        var counts: [Double] = []
        communityCodes.reserveCapacity(grid.count)
        serviceCodes.reserveCapacity(grid.count)
        monthIndices.reserveCapacity(grid.count)
        counts.reserveCapacity(grid.count)
        for month in 0..<layout.monthCount {
            for series in 0..<(layout.communityCount * layout.serviceCount) {
                let row = series * layout.monthCount + month
                communityCodes.append(grid.communityCodes[row])
                serviceCodes.append(grid.serviceCodes[row])
                monthIndices.append(grid.monthIndices[row])
                counts.append(grid.counts[row])
            }
        }
        return try DemandPanel(
            communities: grid.communities.identifiers, services: grid.services.identifiers,
            communityCodes: communityCodes, serviceCodes: serviceCodes, monthIndices: monthIndices, counts: counts)
    }

    /// Rows whose key a `Set` already holds: what a caller would write without the library.
    private static func plainRepeatCount(_ panel: DemandPanel) -> Int {
        var seen = Set<UInt64>(minimumCapacity: panel.count)
        var repeats = 0
        for row in 0..<panel.count {
            let key =
                UInt64(UInt32(bitPattern: panel.communityCodes[row])) << 40
                | UInt64(UInt32(bitPattern: panel.serviceCodes[row])) << 24
                | UInt64(UInt32(bitPattern: panel.monthIndices[row]))
            if !seen.insert(key).inserted { repeats += 1 }
        }
        return repeats
    }

    /// Throws unless the import read every row, accepted every row, and holds exactly what the
    /// generator wrote.
    static func check(
        _ result: CSVImportResult<DemandPanel>, against summary: DemandCSVFile.Summary, shape: DemandCSVFile.Shape
    ) throws {
        func fail(_ what: String) -> BenchmarkFailure { BenchmarkFailure("P4: the import is wrong: \(what)") }
        guard result.isComplete, result.rowsRead == summary.rows, result.rowsAccepted == summary.rows else {
            throw fail(
                "\(result.rowsRead) rows read, \(result.rowsAccepted) accepted, \(result.issues.count) issues (first: \(result.issues.first.map { "\($0)" } ?? "none")); expected \(summary.rows)"
            )
        }
        let panel = result.value
        guard panel.count == summary.rows, panel.hasPopulations, panel.populations.count == summary.rows else {
            throw fail("\(panel.count) rows in the panel, \(panel.populations.count) populations")
        }
        let services = panel.services.identifiers.map(\.rawValue)
        guard services == summary.services else { throw fail("services \(services)") }
        guard panel.communities.count == summary.lsoas,
            panel.communities.identifier(for: 0)?.rawValue == DemandCSVFile.lsoaCode(0),
            panel.communities.identifier(for: Int32(summary.lsoas - 1))?.rawValue
                == DemandCSVFile.lsoaCode(summary.lsoas - 1)
        else {
            throw fail("\(panel.communities.count) communities")
        }
        guard let grid = panel.gridLayout, grid.communityCount == summary.lsoas,
            grid.serviceCount == summary.services.count, grid.monthCount == summary.months,
            grid.firstMonth.index == summary.firstMonthIndex
        else {
            throw fail("the rows are not the LSOA × service × month grid they were written as")
        }
        var countSum: UInt64 = 0
        var populationSum: UInt64 = 0
        var weighted: UInt64 = 0
        var wholeNumbers = true
        panel.counts.withUnsafeBufferPointer { counts in
            panel.populations.withUnsafeBufferPointer { populations in
                for row in counts.indices {
                    let count = counts[row]
                    let population = populations[row]
                    wholeNumbers = wholeNumbers && count == count.rounded() && population == population.rounded()
                    let whole = UInt64(exactly: count) ?? 0
                    countSum &+= whole
                    populationSum &+= UInt64(exactly: population) ?? 0
                    weighted &+= whole &* (UInt64(row) % 65_521 + 1)
                }
            }
        }
        guard wholeNumbers, countSum == summary.countSum, populationSum == summary.populationSum,
            weighted == summary.weightedCountChecksum
        else {
            throw fail(
                "Σ count \(countSum) (expected \(summary.countSum)), Σ population \(populationSum) (expected \(summary.populationSum)), weighted \(weighted) (expected \(summary.weightedCountChecksum))"
            )
        }
    }
}
