/// Places chosen order statistics of a buffer in their sorted positions without sorting the
/// rest: after `select(ranks, in: values)`, `values[k]` is the k-th smallest value (from 0) for
/// every k in `ranks`.
///
/// Multiple-rank quickselect (C. A. R. Hoare (1961), "Algorithm 65: Find", *CACM* 4(7); the
/// multi-select of numpy's `partition` with several `kth`): partition around the median of the
/// first, middle and last values into < pivot, = pivot and > pivot (Dijkstra's three-way
/// partition, so runs of equal draws cost nothing), then recurse only into the parts that
/// contain requested ranks. Ranges of 16 or fewer are simply sorted, and after
/// 2⌊log₂ n⌋ + 4 levels a range is sorted outright (introselect, D. R. Musser (1997),
/// "Introspective sorting and selection algorithms", *Software: Practice and Experience* 27(8)),
/// so the worst case is O(n log n); the expected cost is O(n) per distinct rank region.
enum Selection {
    static func select(_ ranks: [Int], in values: UnsafeMutableBufferPointer<Double>) {
        guard values.count > 1 else { return }
        let valid = ranks.filter { (0..<values.count).contains($0) }
        var depth = 4
        var n = values.count
        while n > 1 { depth += 2; n >>= 1 }
        select(valid[...], in: values, from: 0, to: values.count, depth: depth)
    }

    private static func select(_ ranks: ArraySlice<Int>, in values: UnsafeMutableBufferPointer<Double>, from start: Int, to end: Int, depth: Int) {
        guard let firstRank = ranks.first, let lastRank = ranks.last, end - start > 1,
              firstRank < end, lastRank >= start else { return }
        if end - start <= 16 || depth == 0 {
            var range = UnsafeMutableBufferPointer(rebasing: values[start..<end])
            range.sort()
            return
        }
        let a = values[start]
        let b = values[start + (end - start) / 2]
        let c = values[end - 1]
        let pivot = Swift.max(Swift.min(a, b), Swift.min(Swift.max(a, b), c))
        // Three-way partition: [start, less) < pivot, [less, greater) == pivot, [greater, end) > pivot.
        var less = start
        var i = start
        var greater = end
        while i < greater {
            let x = values[i]
            if x < pivot {
                values.swapAt(i, less)
                less += 1
                i += 1
            } else if x > pivot {
                greater -= 1
                values.swapAt(i, greater)
            } else {
                i += 1
            }
        }
        let left = ranks.prefix { $0 < less }
        let right = ranks.drop { $0 < greater }
        select(left, in: values, from: start, to: less, depth: depth - 1)
        select(right, in: values, from: greater, to: end, depth: depth - 1)
    }
}
