import Foundation
import Testing

@testable import CommunityResilience

/// The batch API fits many series (one per area and service) on all cores. It must give, series
/// by series, exactly what a single fit gives: the statsmodels-checked values of
/// `InterruptedTimeSeriesTests` therefore carry over, and equality here is bit for bit (`==` on
/// the Hashable results compares every Double exactly).
@Suite("Interrupted time series: many series at once")
struct InterruptedTimeSeriesBatchTests {
    /// Forty 36-month series from April 2021 with a seasonal pattern, a trend and a drop from
    /// April 2023, each scaled differently; every fifth one starts a year later (a second design).
    static func batch() throws -> [MonthlySeries] {
        var state: UInt64 = 0xB47C
        func uniform() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) * 0x1p-53
        }
        let first = try Month(year: 2021, month: 4)
        return try (0..<40).map { index in
            let offset = index % 5 == 4 ? 12 : 0
            let months = (offset..<36).map { first.advanced(by: $0) }
            let scale = 20 + Double(index)
            let counts = months.map { month in
                let t = Double(first.distance(to: month))
                let season = 1 + 0.1 * cos(2 * Double.pi * Double(month.month) / 12)
                let drop = month >= (try? Month(year: 2023, month: 4)) ?? month ? 0.85 : 1
                return (scale * season * (1 + 0.01 * t) * drop * (0.9 + 0.2 * uniform())).rounded()
            }
            return try MonthlySeries(
                months: months, counts: counts, populations: months.map { _ in 10_000 + 100 * scale })
        }
    }

    static let specification = InterruptedTimeSeries(
        interventionStart: (try? Month(year: 2023, month: 4)) ?? .earliest, model: .quasiPoisson,
        seasonality: .fourier(pairs: 2))

    @Test("each result equals the single fit of that series, bit for bit")
    func equalsSingleFits() throws {
        let series = try Self.batch()
        let results = Self.specification.fit(series)
        #expect(results.count == 40)
        for (item, result) in zip(series, results) {
            let single = try Self.specification.fit(item)
            #expect(try result.get() == single)
        }
        // The fits really differ from each other (two designs, forty scales).
        #expect(Set(results.compactMap { try? $0.get().levelChange.estimate }).count == 40)
    }

    @Test("parallel and serial batches give the same bits; a window applies to every series")
    func parallelEqualsSerial() throws {
        let series = try Self.batch()
        let window = Period(try Month(year: 2023, month: 4)...(try Month(year: 2023, month: 9)))
        let parallel = Self.specification.fit(series, avoidedWindow: window, parallel: true)
        let serial = Self.specification.fit(series, avoidedWindow: window, parallel: false)
        #expect(parallel.map { try? $0.get() } == serial.map { try? $0.get() })
        #expect(try parallel[0].get().avoided.window == window)
    }

    @Test("a series that cannot be fitted fails alone, with the single fit's error")
    func failuresStayLocal() throws {
        var series = try Self.batch()
        let first = try Month(year: 2023, month: 2)
        series[3] = try MonthlySeries(
            months: (0..<10).map { first.advanced(by: $0) }, counts: [Double](repeating: 5, count: 10))
        series[7] = try MonthlySeries(
            months: series[7].months, counts: [Double](repeating: 0, count: series[7].months.count))
        let results = Self.specification.fit(series)
        #expect(throws: EstimationError.tooFewPeriods(side: "pre-intervention", found: 2, needed: 3)) {
            try results[3].get()
        }
        #expect(throws: EstimationError.allZeroCounts) { try results[7].get() }
        #expect(
            results.enumerated().allSatisfy { index, result in [3, 7].contains(index) || (try? result.get()) != nil })
        var invalid = Self.specification
        invalid.confidenceLevel = 0
        let failed = invalid.fit(series)
        let expected = EstimationError.invalidSetting(
            name: "confidenceLevel", value: "0.0", requirement: "strictly between 0 and 1")
        #expect(
            failed.allSatisfy { if case .failure(let error) = $0 { return error == expected } else { return false } })
        #expect(Self.specification.fit([MonthlySeries]()).isEmpty)
    }
}
