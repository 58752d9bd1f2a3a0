import Foundation

/// A workload of the benchmarks issue. Adding one is one file with a type conforming to this
/// protocol, plus its name in ``BenchmarkRegistry/available``.
protocol Benchmark {
    /// Short identifier used by `--only` ("P1").
    static var identifier: String { get }
    /// One line saying what is measured.
    static var title: String { get }
    /// The targets from PERFORMANCE.md, printed with the results.
    static var targets: String { get }
    /// Size multipliers when `--scale` is not given.
    static var defaultScales: [Double] { get }
    /// Generates the data at `scale`, times the workload and reports through `reporter`.
    static func run(scale: Double, context: BenchmarkContext, reporter: Reporter) throws
}

/// What every benchmark run gets from the command line.
struct BenchmarkContext {
    var options: BenchmarkOptions
    var quick: Bool { options.quick }
    var repetitions: Int { options.repetitions }
    var seed: UInt64 { options.seed }

    /// Whether step `stage` should run (all do unless `--stages` picks some).
    func runs(_ stage: String) -> Bool { options.stages.isEmpty || options.stages.contains(stage) }

    /// The directory for this benchmark's data at this scale (created), when `--write-data` was given.
    func dataDirectory(benchmark: String, scale: Double) throws -> URL? {
        guard let root = options.dataDirectory else { return nil }
        let name = "\(benchmark)-x\(Format.scaleLabel(scale))\(quick ? "-quick" : "")"
        let url = URL(fileURLWithPath: root).appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// The workloads this executable knows.
enum BenchmarkRegistry {
    static var available: [any Benchmark.Type] {
        [
            NationalPanelBenchmark.self,
            MonteCarloBenchmark.self,
            PortfolioBenchmark.self,
            IngestBenchmark.self,
        ]
    }

    /// Workloads of the issue that wait for library features on other branches.
    static let pending: [(identifier: String, title: String, waitingFor: String)] = []
}

extension Format {
    /// "1", "0.25", "2".
    static func scaleLabel(_ scale: Double) -> String {
        scale == scale.rounded() ? String(Int(scale)) : String(scale)
    }
}

/// A benchmark's own check failed (a result that should equal another does not).
struct BenchmarkFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
