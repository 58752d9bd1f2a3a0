/// Places chosen order statistics of a buffer in their sorted positions without sorting the
/// rest: after `select(ranks, in: values)`, `values[k]` is the k-th smallest value (from 0) for
/// every k in `ranks`.
///
/// Multiple-rank quickselect (C. A. R. Hoare (1961), "Algorithm 65: Find", *CACM* 4(7); the
/// multi-select of numpy's `partition` with several `kth`): partition around the median of the
/// first, middle and last values by Hoare's scheme (which stops on values equal to the pivot, so
/// runs of equal draws split evenly instead of costing quadratic time), then recurse only into
/// the parts that contain requested ranks. Ranges of 16 or fewer are simply sorted, and after
/// 2⌊log₂ n⌋ + 4 levels a range is sorted outright (introselect, D. R. Musser (1997),
/// "Introspective sorting and selection algorithms", *Software: Practice and Experience* 27(8)),
/// so the worst case is O(n log n); the expected cost is O(n) per distinct rank region.
enum Selection {
    static func select(_ ranks: [Int], in values: UnsafeMutableBufferPointer<Double>) {
        guard values.count > 1, let base = values.baseAddress else { return }
        let valid = ranks.filter { (0..<values.count).contains($0) }
        var depth = 4
        var n = values.count
        while n > 1 {
            depth += 2
            n >>= 1
        }
        select(valid[...], in: base, from: 0, to: values.count, depth: depth)
    }

    /// Selects within [start, end) the ranks in `ranks` (sorted, all inside the range).
    private static func select(
        _ ranks: ArraySlice<Int>, in values: UnsafeMutablePointer<Double>, from start: Int, to end: Int, depth: Int
    ) {
        guard !ranks.isEmpty, end - start > 1 else { return }
        if end - start <= 16 || depth == 0 {
            var range = UnsafeMutableBufferPointer(start: values + start, count: end - start)
            range.sort()
            return
        }
        let a = values[start]
        let b = values[start + (end - start) / 2]
        let c = values[end - 1]
        let pivot = Swift.max(Swift.min(a, b), Swift.min(Swift.max(a, b), c))
        // Hoare partition: afterwards [start, split) ≤ pivot ≤ [split, end), both parts non-empty.
        var i = start - 1
        var j = end
        while true {
            repeat { i += 1 } while values[i] < pivot
            repeat { j -= 1 } while values[j] > pivot
            if i >= j { break }
            let swapped = values[i]
            values[i] = values[j]
            values[j] = swapped
        }
        let split = j + 1
        let left = ranks.prefix { $0 < split }
        let right = ranks.dropFirst(left.count)
        select(left, in: values, from: start, to: split, depth: depth - 1)
        select(right, in: values, from: split, to: end, depth: depth - 1)
    }
}
