/// The computations behind ``OutputSummary``, over a buffer of draws.
enum SampleStatistics {
    /// Summarises `values` (in draw order; non-finite values, if any, are moved to the end).
    ///
    /// Three passes over the draws: the first sums them (four interleaved partial sums, i mod 4,
    /// added as (s₀ + s₁) + (s₂ + s₃)) and finds the extremes; the second sums the squared
    /// deviations the same way and counts the histogram's bins and the selection buckets; the
    /// third gathers the buckets that hold the requested order statistics
    /// (``orderStatistics(_:of:minimum:maximum:counts:)``). Every sum is taken in draw order, so
    /// the result depends only on the draws, never on how they were computed.
    ///
    /// - Complexity: O(n) expected (O(n log n) worst case) for n draws.
    static func summarise(_ values: UnsafeMutableBufferPointer<Double>, percentiles: [Double], bins: Int)
        -> OutputSummary
    {
        var first = firstPass(values)
        var finite = values
        if first.finite < values.count {
            // Rare (a BCR without costs, a payback that never comes): keep the finite draws, in order.
            var n = 0
            for i in values.indices where values[i].isFinite {
                values[n] = values[i]
                n += 1
            }
            finite = UnsafeMutableBufferPointer(rebasing: values[0..<n])
            first = firstPass(finite)
        }
        let n = finite.count
        let undefined = values.count - n
        guard n > 0 else {
            return OutputSummary(
                count: 0, undefinedCount: undefined, mean: 0, standardDeviation: 0, minimum: 0, maximum: 0,
                percentiles: percentiles.map { .init(probability: $0, value: 0) }, histogram: Histogram(bins: []))
        }
        let mean = first.sum / Double(n)
        let (minimum, maximum) = (first.minimum, first.maximum)
        let range = maximum - minimum
        // Bin k holds the values with ⌊(x − min)·bins/(max − min)⌋ = k (the maximum in the last).
        let binCount = range > 0 && range.isFinite && (Double(bins) / range).isFinite ? Swift.max(1, bins) : 1
        let binScale = binCount > 1 ? Double(binCount) / range : 0
        let bucketScale =
            range > 0 && range.isFinite && (Double(bucketCount) / range).isFinite ? Double(bucketCount) / range : 0
        var binCounts = [Int](repeating: 0, count: binCount)
        var bucketCounts = [Int](repeating: 0, count: bucketScale > 0 ? bucketCount : 0)
        var s0 = 0.0
        var s1 = 0.0
        var s2 = 0.0
        var s3 = 0.0
        binCounts.withUnsafeMutableBufferPointer { binCounts in
            bucketCounts.withUnsafeMutableBufferPointer { bucketCounts in
                let lastBin = binCount - 1
                let lastBucket = bucketCount - 1
                for i in 0..<n {
                    let x = finite[i]
                    let d = x - mean
                    switch i & 3 {
                    case 0: s0 += d * d
                    case 1: s1 += d * d
                    case 2: s2 += d * d
                    default: s3 += d * d
                    }
                    // x ≥ minimum, so truncation is the floor.
                    if binScale > 0 { binCounts[Swift.min(Int((x - minimum) * binScale), lastBin)] += 1 }
                    if bucketScale > 0 { bucketCounts[Swift.min(Int((x - minimum) * bucketScale), lastBucket)] += 1 }
                }
                if binScale == 0 { binCounts[0] = n }
            }
        }
        let squares = (s0 + s1) + (s2 + s3)
        let width = binCount > 1 ? range / Double(binCount) : 0
        let histogram = Histogram(
            bins: (0..<binCount).map { k in
                .init(
                    lower: minimum + Double(k) * width,
                    upper: k == binCount - 1 ? maximum : minimum + Double(k + 1) * width,
                    count: binCounts[k])
            })
        let quantiles = Self.percentiles(
            percentiles, of: finite, minimum: minimum, maximum: maximum,
            counts: bucketScale > 0 ? bucketCounts : nil)
        return OutputSummary(
            count: n, undefinedCount: undefined, mean: mean,
            standardDeviation: n > 1 ? (squares / Double(n - 1)).squareRoot() : 0,
            minimum: minimum, maximum: maximum, percentiles: quantiles, histogram: histogram)
    }

    /// Buckets for selection: the draws' range cut into this many equal parts.
    static let bucketCount = 4_096

    /// The sum of the finite values (four partial sums, i mod 4, added as (s₀ + s₁) + (s₂ + s₃)),
    /// their number and their extremes.
    static func firstPass(_ values: UnsafeMutableBufferPointer<Double>) -> (
        sum: Double, finite: Int, minimum: Double, maximum: Double
    ) {
        var s0 = 0.0
        var s1 = 0.0
        var s2 = 0.0
        var s3 = 0.0
        var finite = 0
        var minimum = Double.infinity
        var maximum = -Double.infinity
        for i in values.indices {
            let x = values[i]
            guard x.isFinite else { continue }
            finite += 1
            switch i & 3 {
            case 0: s0 += x
            case 1: s1 += x
            case 2: s2 += x
            default: s3 += x
            }
            minimum = Swift.min(minimum, x)
            maximum = Swift.max(maximum, x)
        }
        return ((s0 + s1) + (s2 + s3), finite, minimum, maximum)
    }

    /// Hyndman–Fan definition 7 percentiles, by selecting the order statistics they need.
    static func percentiles(
        _ probabilities: [Double], of values: UnsafeMutableBufferPointer<Double>,
        minimum: Double, maximum: Double, counts: [Int]?
    ) -> [OutputSummary.Percentile] {
        let n = values.count
        var ranks = Set<Int>()
        for p in probabilities {
            let h = Double(n - 1) * p
            let low = Int(h.rounded(.down))
            ranks.insert(low)
            if low + 1 < n { ranks.insert(low + 1) }
        }
        let order = orderStatistics(ranks.sorted(), of: values, minimum: minimum, maximum: maximum, counts: counts)
        return probabilities.map { p in
            let h = Double(n - 1) * p
            let low = Int(h.rounded(.down))
            let fraction = h - Double(low)
            let below = order[low] ?? .nan
            let value = low + 1 < n && fraction > 0 ? below + fraction * ((order[low + 1] ?? .nan) - below) : below
            return .init(probability: p, value: value)
        }
    }

    /// The k-th smallest values for the given ranks, by bucket selection: the counts of values in
    /// ``bucketCount`` equal-width buckets between the minimum and the maximum (the bucket of x,
    /// ⌊(x − min)·4096/(max − min)⌋, never decreases as x grows, because every operation in it is
    /// correctly rounded) show which bucket holds each rank; one pass gathers those buckets'
    /// values, and ``Selection`` finds the ranks among them. Exact — the same values a full sort
    /// would give — in O(n) instead of O(n log n).
    ///
    /// - Parameter counts: The bucket counts, or `nil` when the range is too wide or too narrow
    ///   for Double buckets (then the selection runs over all the values).
    static func orderStatistics(
        _ ranks: [Int], of values: UnsafeMutableBufferPointer<Double>,
        minimum: Double, maximum: Double, counts: [Int]?
    ) -> [Int: Double] {
        let n = values.count
        guard n > 0, !ranks.isEmpty else { return [:] }
        guard maximum > minimum else { return Dictionary(uniqueKeysWithValues: ranks.map { ($0, minimum) }) }
        let scale = Double(bucketCount) / (maximum - minimum)
        guard let counts, counts.count == bucketCount else {
            Selection.select(ranks.sorted(), in: values)
            return Dictionary(uniqueKeysWithValues: ranks.map { ($0, values[$0]) })
        }
        @inline(__always) func bucket(_ x: Double) -> Int {
            Swift.min(Int((x - minimum) * scale), bucketCount - 1)
        }
        // The bucket holding each rank, and the rank's position within it.
        var needed: [Int: [Int]] = [:]  // bucket → ranks
        var offsets: [Int: Int] = [:]  // bucket → values in earlier buckets
        var cumulative = 0
        var next = 0
        let sortedRanks = ranks.sorted()
        for b in 0..<bucketCount where next < sortedRanks.count {
            let end = cumulative + counts[b]
            while next < sortedRanks.count, sortedRanks[next] < end {
                needed[b, default: []].append(sortedRanks[next])
                offsets[b] = cumulative
                next += 1
            }
            cumulative = end
        }
        var slot = [Int](repeating: -1, count: bucketCount)
        let buckets = needed.keys.sorted()
        var gathered: [[Double]] = buckets.map { _ in [] }
        for (index, b) in buckets.enumerated() {
            slot[b] = index
            gathered[index].reserveCapacity(counts[b])
        }
        slot.withUnsafeBufferPointer { slot in
            for x in values {
                let index = slot[bucket(x)]
                if index >= 0 { gathered[index].append(x) }
            }
        }
        var result: [Int: Double] = [:]
        for (index, b) in buckets.enumerated() {
            let offset = offsets[b] ?? 0
            let local = (needed[b] ?? []).map { $0 - offset }
            gathered[index].withUnsafeMutableBufferPointer { group in
                Selection.select(local, in: group)
                for (rank, position) in zip(needed[b] ?? [], local) where group.indices.contains(position) {
                    result[rank] = group[position]
                }
            }
        }
        return result
    }
}
