import Testing

@testable import CommunityResilience

/// Summaries of draws: Hyndman–Fan definition 7 percentiles by selection, moments, histograms and
/// undefined draws.
@Suite("Uncertainty: summaries of draws")
struct SampleStatisticsTests {
    static func summary(_ values: [Double], percentiles: [Double], bins: Int = 4) -> OutputSummary {
        var copy = values
        return copy.withUnsafeMutableBufferPointer {
            SampleStatistics.summarise($0, percentiles: percentiles, bins: bins)
        }
    }

    /// numpy 2.4: `np.percentile(x, [0, 5, 10, 25, 50, 75, 90, 95, 100])` (method "linear",
    /// Hyndman–Fan 7) gives −4.5, −2.75, −1.0, 0.5, 3.2, 6.75, 7.5, 8.25, 9.0; `x.mean()` =
    /// 3.1045454545454545, `x.std(ddof=1)` = 4.138505439494707; `np.histogram(x, bins=4)` counts
    /// 1, 3, 3, 4 with edges −4.5, −1.125, 2.25, 5.625, 9.
    @Test("percentiles, moments and histogram agree with numpy")
    func numpy() {
        let x = [3.2, -1.0, 7.5, 7.5, 0.0, 2.25, 9.0, -4.5, 3.2, 1.0, 6.0]
        let probabilities = [0, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 1.0]
        let result = Self.summary(x, percentiles: probabilities)
        let expected = [-4.5, -2.75, -1.0, 0.5, 3.2, 6.75, 7.5, 8.25, 9.0]
        for (percentile, value) in zip(result.percentiles, expected) {
            #expect(
                isApproximatelyEqual(percentile.value, value, relativeTolerance: 1e-15), "P\(percentile.probability)")
        }
        #expect(isApproximatelyEqual(result.mean, 3.1045454545454545, relativeTolerance: 1e-15))
        #expect(isApproximatelyEqual(result.standardDeviation, 4.138505439494707, relativeTolerance: 1e-14))
        #expect(result.minimum == -4.5 && result.maximum == 9)
        #expect(result.histogram.bins.map(\.count) == [1, 3, 3, 4])
        #expect(result.histogram.bins.map(\.lower) == [-4.5, -1.125, 2.25, 5.625])
        #expect(result.histogram.bins.last?.upper == 9)
        #expect(result.percentile(0.5) == 3.2 && result.percentile(0.3) == nil)
    }

    /// The selection must give exactly what sorting gives: checked on 100,003 draws with many ties
    /// and a heavy tail, against type-7 percentiles computed from a full sort.
    @Test("selection equals a full sort", arguments: [1, 2, 3])
    func selectionEqualsSort(seed: UInt64) throws {
        var generator = Xoshiro256StarStar(seed: seed)
        var values = try InputDistribution.logNormal(logMean: 0, logStandardDeviation: 2).samples(
            100_003, using: &generator)
        for i in stride(from: 0, to: values.count, by: 7) { values[i] = 1.5 }  // ties
        let probabilities = [0.0, 0.001, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.999, 1.0]
        let sorted = values.sorted()
        let result = Self.summary(values, percentiles: probabilities)
        for (p, percentile) in zip(probabilities, result.percentiles) {
            let h = Double(sorted.count - 1) * p
            let low = Int(h.rounded(.down))
            let expected =
                low + 1 < sorted.count ? sorted[low] + (h - Double(low)) * (sorted[low + 1] - sorted[low]) : sorted[low]
            #expect(percentile.value == expected, "P\(p)")
        }
        var direct = values
        direct.withUnsafeMutableBufferPointer { buffer in
            Selection.select([0, 17, 50_001, 100_002], in: buffer)
            #expect(
                buffer[0] == sorted[0] && buffer[17] == sorted[17] && buffer[50_001] == sorted[50_001]
                    && buffer[100_002] == sorted[100_002])
        }
    }

    @Test("undefined draws are counted and left out; a constant output has one bin")
    func edgeCases() {
        let result = Self.summary([1, .nan, 3, .infinity, 2], percentiles: [0.5])
        #expect(result.count == 3 && result.undefinedCount == 2)
        #expect(result.mean == 2 && result.percentile(0.5) == 2)
        #expect(result.histogram.total == 3)
        let constant = Self.summary([4, 4, 4], percentiles: [0.1, 0.9])
        #expect(constant.standardDeviation == 0 && constant.percentiles.map(\.value) == [4, 4])
        #expect(constant.histogram.bins.count == 1 && constant.histogram.bins[0].count == 3)
        let empty = Self.summary([.nan], percentiles: [0.5])
        #expect(empty.count == 0 && empty.undefinedCount == 1 && empty.histogram.bins.isEmpty)
        let wide = Self.summary([-1e308, 1e308, 0], percentiles: [0.5])
        #expect(wide.percentile(0.5) == 0 && wide.histogram.total == 3)
    }
}
