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
        for parallelism in cases {
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
