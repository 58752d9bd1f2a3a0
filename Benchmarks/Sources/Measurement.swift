import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One reported figure: a named step, how many items it processed, and its wall times.
struct Measurement: Codable, Sendable {
    var benchmark: String
    var scale: Double
    var name: String
    var items: Double
    var unit: String
    /// Every timed run, in seconds.
    var seconds: [Double]
    /// Peak resident memory of the process after the step (getrusage ru_maxrss), in bytes.
    var peakBytes: Int

    var median: Double {
        let sorted = seconds.sorted()
        guard !sorted.isEmpty else { return .nan }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    var throughput: Double { items / median }
}

/// Wall-clock timing and peak memory.
enum Stopwatch {
    /// Seconds on a monotonic clock.
    static func now() -> Double {
        Double(DispatchTime.now().uptimeNanoseconds) / 1e9
    }

    /// Runs `body` once and returns its result and wall time.
    static func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = now()
        let result = try body()
        return (result, now() - start)
    }

    /// User + system CPU time of this process so far, in seconds (all threads).
    static func processorSeconds() -> Double {
        var usage = rusage()
        #if canImport(Darwin)
            getrusage(RUSAGE_SELF, &usage)
        #else
            getrusage(RUSAGE_SELF.rawValue, &usage)
        #endif
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// Peak resident set size of this process so far, in bytes (Linux reports kilobytes).
    static func peakResidentBytes() -> Int {
        var usage = rusage()
        #if canImport(Darwin)
            getrusage(RUSAGE_SELF, &usage)
            return Int(usage.ru_maxrss)
        #else
            getrusage(RUSAGE_SELF.rawValue, &usage)
            return Int(usage.ru_maxrss) * 1024
        #endif
    }
}

/// Prints measurements as they are taken and keeps them for the JSON results file.
final class Reporter {
    private(set) var measurements: [Measurement] = []
    let benchmark: String
    let scale: Double

    init(benchmark: String, scale: Double) {
        self.benchmark = benchmark
        self.scale = scale
    }

    /// Times `body` `repetitions` times (after `warmUp` untimed runs), prints and records the
    /// median; returns the last result so callers can check it.
    @discardableResult
    func measure<T>(
        _ name: String, items: Double, unit: String, repetitions: Int, warmUp: Int = 0, _ body: () throws -> T
    ) rethrows -> T {
        for _ in 0..<warmUp { _ = try body() }
        var times: [Double] = []
        var last: T?
        for _ in 0..<max(1, repetitions) {
            let (result, seconds) = try Stopwatch.time(body)
            times.append(seconds)
            last = result
        }
        record(name, items: items, unit: unit, seconds: times)
        // `repetitions` is at least one, so `last` is set.
        return last.unsafelyUnwrapped
    }

    /// Records a step timed elsewhere.
    func record(_ name: String, items: Double, unit: String, seconds: [Double]) {
        let measurement = Measurement(
            benchmark: benchmark, scale: scale, name: name, items: items, unit: unit, seconds: seconds,
            peakBytes: Stopwatch.peakResidentBytes())
        measurements.append(measurement)
        print(Format.line(measurement))
    }

    /// Prints a note under the current benchmark.
    func note(_ text: String) {
        print("    \(text)")
    }
}

/// Human-readable numbers.
enum Format {
    static func line(_ m: Measurement) -> String {
        let spread =
            m.seconds.count > 1
            ? "(min \(duration(m.seconds.min() ?? 0)), max \(duration(m.seconds.max() ?? 0)), n=\(m.seconds.count))"
            : "(one run)"
        return "  "
            + [
                m.name.padding(toLength: 46, withPad: " ", startingAt: 0),
                duration(m.median).leftPadding(toLength: 9),
                spread.padding(toLength: 36, withPad: " ", startingAt: 0),
                "\(count(m.throughput)) \(m.unit)/s".padding(toLength: 26, withPad: " ", startingAt: 0),
                "\(count(m.items)) \(m.unit)".padding(toLength: 22, withPad: " ", startingAt: 0),
                "peak \(bytes(m.peakBytes))",
            ].joined(separator: " ")
    }

    static func duration(_ seconds: Double) -> String {
        if seconds < 1e-3 { return String(format: "%.1f µs", seconds * 1e6) }
        if seconds < 1 { return String(format: "%.1f ms", seconds * 1e3) }
        return String(format: "%.2f s", seconds)
    }

    static func count(_ value: Double) -> String {
        if value >= 1e9 { return String(format: "%.2fG", value / 1e9) }
        if value >= 1e6 { return String(format: "%.2fM", value / 1e6) }
        if value >= 1e4 { return String(format: "%.1fk", value / 1e3) }
        return String(format: "%.0f", value)
    }

    static func bytes(_ value: Int) -> String {
        let v = Double(value)
        if v >= Double(1 << 30) { return String(format: "%.2f GiB", v / Double(1 << 30)) }
        return String(format: "%.0f MiB", v / Double(1 << 20))
    }
}

extension String {
    func leftPadding(toLength length: Int) -> String {
        count >= length ? self : String(repeating: " ", count: length - count) + self
    }
}
