import Foundation

/// The floor that P1's aggregation is compared with: one pass over the count and population
/// columns that only adds them up (SIMD accumulators, both halves on their own thread) — what
/// memory bandwidth allows on this machine, in this session.
enum MemoryFloor {
    static func sum(_ first: [Double], _ second: [Double]) -> Double {
        let halves = 2
        var partial = [Double](repeating: 0, count: halves)
        first.withUnsafeBufferPointer { a in
            second.withUnsafeBufferPointer { b in
                partial.withUnsafeMutableBufferPointer { out in
                    let shared = UnsafeShared(a: a, b: b, out: out)
                    DispatchQueue.concurrentPerform(iterations: halves) { half in
                        let lower = shared.a.count * half / halves
                        let upper = shared.a.count * (half + 1) / halves
                        shared.out[half] = reduce(shared.a, lower, upper) + reduce(shared.b, lower, upper)
                    }
                }
            }
        }
        return partial.reduce(0, +)
    }

    private struct UnsafeShared: @unchecked Sendable {
        let a: UnsafeBufferPointer<Double>
        let b: UnsafeBufferPointer<Double>
        let out: UnsafeMutableBufferPointer<Double>
    }

    private static func reduce(_ values: UnsafeBufferPointer<Double>, _ lower: Int, _ upper: Int) -> Double {
        guard let base = values.baseAddress, upper > lower else { return 0 }
        var accumulators = SIMD8<Double>()
        var index = lower
        while index + 8 <= upper {
            accumulators += UnsafeRawPointer(base + index).loadUnaligned(as: SIMD8<Double>.self)
            index += 8
        }
        var total = accumulators.sum()
        while index < upper {
            total += base[index]
            index += 1
        }
        return total
    }
}
