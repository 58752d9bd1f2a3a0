import Foundation

/// SplitMix64 (Steele, Lea & Flood 2014, "Fast splittable pseudorandom number generators",
/// OOPSLA; the constants of Vigna's public-domain `splitmix64.c`): a 64-bit state advanced by the
/// golden-ratio increment and scrambled by two multiply-xorshift rounds.
///
/// The benchmarks' own generator, so that the synthetic data are the same on every machine and
/// every run: each series draws from a generator seeded by (seed, series), so data generated on
/// several threads are identical to data generated on one.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// A generator for stream `stream` of `seed`, independent of the order streams are made in.
    init(seed: UInt64, stream: UInt64) {
        var mixer = SplitMix64(seed: seed ^ (stream &* 0xD1B5_4A32_D192_ED03))
        state = mixer.next()
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform double in [0, 1) with 53 random bits.
    mutating func uniform() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A standard normal deviate (Box–Muller; one of the pair is discarded for simplicity).
    mutating func normal() -> Double {
        let u = 1 - uniform()  // (0, 1], so the logarithm is finite
        let v = uniform()
        return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
    }

    /// A Poisson deviate with mean `mean`: inversion by sequential search below 30 (exact), the
    /// rounded normal approximation N(λ, λ) above (Knuth, TAOCP vol. 2, §3.4.1) — good enough
    /// for realistic shapes, and cheap for the 40 million draws of the national panel.
    mutating func poisson(mean: Double) -> Double {
        guard mean > 0 else { return 0 }
        if mean < 30 {
            let u = uniform()
            var probability = exp(-mean)
            var cumulative = probability
            var k = 0.0
            while u > cumulative && k < 200 {
                k += 1
                probability *= mean / k
                cumulative += probability
            }
            return k
        }
        return max(0, (mean + mean.squareRoot() * normal()).rounded())
    }

    /// An integer in `range`.
    mutating func integer(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }
}
