import Dispatch
import Foundation

/// Fixed partitions of work for the panel kernels, run on all cores with
/// `DispatchQueue.concurrentPerform`.
///
/// Determinism comes from the partition, not the scheduler: every kernel either gives each chunk
/// cells no other chunk touches, or adds per-chunk partial results together in chunk order
/// afterwards. Either way the chunk boundaries depend only on the sizes of the data, so one
/// thread or many produce the same bits.
enum ParallelChunks {
    /// Runs `body(chunk)` for every chunk in `0..<count`, concurrently when `count > 1` and
    /// `parallel` (tests run the same chunks one after another to show the bits do not change).
    static func run(_ count: Int, parallel: Bool = true, _ body: (Int) -> Void) {
        if count <= 1 || !parallel {
            for chunk in 0..<max(count, 0) { body(chunk) }
        } else {
            withoutActuallyEscaping(body) { body in
                let box = UncheckedSendable(body)
                DispatchQueue.concurrentPerform(iterations: count) { box.value($0) }
            }
        }
    }

    /// The number of processors to spread work over.
    static var processorCount: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Splits `0..<total` into `count` contiguous ranges of near-equal length.
    static func ranges(of total: Int, count: Int) -> [Range<Int>] {
        let count = max(1, min(count, max(total, 1)))
        return (0..<count).map { chunk in (total * chunk / count)..<(total * (chunk + 1) / count) }
    }
}

/// Carries a value the compiler cannot prove `Sendable` into concurrent work. Used only for
/// closures and raw pointers into buffers the kernels partition so that no two chunks write the
/// same element.
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
