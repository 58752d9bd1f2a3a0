/// The computations behind ``OutputSummary``, over a buffer of draws that they may reorder.
enum SampleStatistics {
    /// Summarises `values` (in draw order; reordered on return).
    ///
    /// The mean and the sum of squared deviations are accumulated in draw order with four
    /// interleaved partial sums combined in a fixed order, so the result depends only on the
    /// draws, never on how they were computed. Percentiles come last, by selection.
    ///
    /// - Complexity: O(n) expected (O(n log n) worst case) for n draws.
    static func summarise(_ values: UnsafeMutableBufferPointer<Double>, percentiles: [Double], bins: Int) -> OutputSummary {
        // Move the finite values to the front, keeping their order.
        var n = 0
        for i in values.indices where values[i].isFinite {
            values[n] = values[i]
            n += 1
        }
        let undefined = values.count - n
        guard n > 0 else {
            return OutputSummary(count: 0, undefinedCount: undefined, mean: 0, standardDeviation: 0, minimum: 0, maximum: 0,
                                 percentiles: percentiles.map { .init(probability: $0, value: 0) }, histogram: Histogram(bins: []))
        }
        let finite = UnsafeMutableBufferPointer(rebasing: values[0..<n])
        let mean = sum(finite, map: { $0 }) / Double(n)
        let squares = sum(finite, map: { ($0 - mean) * ($0 - mean) })
        var minimum = finite[0]
        var maximum = finite[0]
        for x in finite {
            minimum = Swift.min(minimum, x)
            maximum = Swift.max(maximum, x)
        }
        let histogram = Self.histogram(finite, minimum: minimum, maximum: maximum, bins: bins)
        let quantiles = Self.percentiles(percentiles, of: finite)
        return OutputSummary(
            count: n, undefinedCount: undefined, mean: mean,
            standardDeviation: n > 1 ? (squares / Double(n - 1)).squareRoot() : 0,
            minimum: minimum, maximum: maximum, percentiles: quantiles, histogram: histogram)
    }

    /// Σ f(xᵢ) with four partial sums (i mod 4), added as (s₀ + s₁) + (s₂ + s₃).
    static func sum(_ values: UnsafeMutableBufferPointer<Double>, map f: (Double) -> Double) -> Double {
        var s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0
        var i = 0
        let n = values.count
        while i + 4 <= n {
            s0 += f(values[i])
            s1 += f(values[i + 1])
            s2 += f(values[i + 2])
            s3 += f(values[i + 3])
            i += 4
        }
        while i < n {
            s0 += f(values[i])
            i += 1
        }
        return (s0 + s1) + (s2 + s3)
    }

    static func histogram(_ values: UnsafeMutableBufferPointer<Double>, minimum: Double, maximum: Double, bins: Int) -> Histogram {
        guard maximum > minimum, bins > 1 else {
            return Histogram(bins: [.init(lower: minimum, upper: maximum, count: values.count)])
        }
        let width = (maximum - minimum) / Double(bins)
        var counts = Array(repeating: 0, count: bins)
        for x in values {
            let k = Int(((x - minimum) / width).rounded(.down))
            counts[Swift.min(Swift.max(k, 0), bins - 1)] += 1
        }
        return Histogram(bins: (0..<bins).map { k in
            .init(lower: minimum + Double(k) * width, upper: k == bins - 1 ? maximum : minimum + Double(k + 1) * width,
                  count: counts[k])
        })
    }

    /// Hyndman–Fan definition 7 percentiles, by selecting the order statistics they need.
    static func percentiles(_ probabilities: [Double], of values: UnsafeMutableBufferPointer<Double>) -> [OutputSummary.Percentile] {
        let n = values.count
        var ranks = Set<Int>()
        for p in probabilities {
            let h = Double(n - 1) * p
            let low = Int(h.rounded(.down))
            ranks.insert(low)
            if low + 1 < n { ranks.insert(low + 1) }
        }
        Selection.select(ranks.sorted(), in: values)
        return probabilities.map { p in
            let h = Double(n - 1) * p
            let low = Int(h.rounded(.down))
            let fraction = h - Double(low)
            let below = values[low]
            let value = low + 1 < n && fraction > 0 ? below + fraction * (values[low + 1] - below) : below
            return .init(probability: p, value: value)
        }
    }
}
