/// xoshiro256\*\*, the all-purpose 64-bit generator of Blackman and Vigna, seeded through
/// ``SplitMix64``: the generator behind every simulation in this library.
///
/// D. Blackman and S. Vigna (2021), "Scrambled linear pseudorandom number generators", *ACM
/// Transactions on Mathematical Software* 47(4), article 36; reference code `xoshiro256starstar.c`
/// (prng.di.unimi.it). Period 2²⁵⁶ − 1, 256 bits of state, passes BigCrush and PractRand; every
/// operation is a 64-bit integer shift, rotation, exclusive-or or wrapping multiplication, so a
/// seed gives **the same bits on every run and every platform**.
///
/// ```swift
/// var generator = Xoshiro256StarStar(seed: 2026)
/// let bits = generator.next()                       // 64 random bits
/// let draw = try InputDistribution.triangular(low: 80, mode: 109, high: 150)
///     .sample(using: &generator)
/// ```
///
/// The seed fills the four state words with the first four outputs of `SplitMix64(seed:)`, as the
/// authors recommend; those four outputs are images of four distinct counters under a bijection,
/// so at most one can be zero and the forbidden all-zero state never arises. Simulations give
/// each block of draws its own generator from ``init(seed:stream:)`` rather than sharing one, so
/// that the result does not depend on how blocks are spread over threads.
public struct Xoshiro256StarStar: RandomNumberGenerator, Hashable, Sendable, Codable {
    /// The four state words, s₀ … s₃.
    public private(set) var state: (UInt64, UInt64, UInt64, UInt64)

    /// Creates a generator from a 64-bit seed, through ``SplitMix64``.
    ///
    /// - Parameter seed: Any 64-bit value.
    public init(seed: UInt64) {
        var seeder = SplitMix64(seed: seed)
        state = (seeder.next(), seeder.next(), seeder.next(), seeder.next())
    }

    /// Creates the generator for one stream of a seed: the stream's key is mixed into the seed
    /// before seeding, `Xoshiro256StarStar(seed: seed ^ SplitMix64.mix(stream))`.
    ///
    /// ``SplitMix64/mix(_:)`` is a bijection, so distinct streams start SplitMix64 from distinct
    /// counters; two streams' seeding sequences could only overlap if their counters were within
    /// three increments of each other, a chance of about 6 in 2⁶⁴ for any pair. Monte Carlo
    /// simulation uses `stream = block << 32 | slot` for block `block` of draws and input slot
    /// `slot`.
    ///
    /// - Parameters:
    ///   - seed: The simulation's seed.
    ///   - stream: The stream's key.
    public init(seed: UInt64, stream: UInt64) {
        self.init(seed: seed ^ SplitMix64.mix(stream))
    }

    /// Creates a generator with the given state words.
    ///
    /// - Parameter state: The four words; they must not all be zero.
    /// - Returns: `nil` for the all-zero state, from which the generator would output only zeros.
    public init?(state: (UInt64, UInt64, UInt64, UInt64)) {
        guard state.0 | state.1 | state.2 | state.3 != 0 else { return nil }
        self.state = state
    }

    /// The next 64 random bits: `rotl(s₁ × 5, 7) × 9`, then the xoshiro256 state transition.
    public mutating func next() -> UInt64 {
        let result = rotateLeft(state.1 &* 5, by: 7) &* 9
        let t = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= t
        state.3 = rotateLeft(state.3, by: 45)
        return result
    }

    /// Advances the generator by 2¹²⁸ outputs, as if `next()` had been called 2¹²⁸ times (the
    /// reference `jump()`): 2¹²⁸ non-overlapping subsequences for parallel use.
    ///
    /// - Complexity: 256 state transitions.
    public mutating func jump() {
        let polynomial: [UInt64] = [
            0x180E_C6D3_3CFD_0ABA, 0xD5A6_1266_F0C9_392C, 0xA958_2618_E03F_C9AA, 0x39AB_DC45_29B1_661C,
        ]
        var jumped: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        for word in polynomial {
            for bit in 0..<64 {
                if word & (1 << UInt64(bit)) != 0 {
                    jumped.0 ^= state.0
                    jumped.1 ^= state.1
                    jumped.2 ^= state.2
                    jumped.3 ^= state.3
                }
                _ = next()
            }
        }
        state = jumped
    }

    func rotateLeft(_ value: UInt64, by amount: UInt64) -> UInt64 {
        (value << amount) | (value >> (64 - amount))
    }

    // Tuples are neither Hashable nor Codable: compare, hash and encode the four words.

    /// Whether two generators are in the same state (and so will produce the same outputs).
    public static func == (lhs: Xoshiro256StarStar, rhs: Xoshiro256StarStar) -> Bool {
        lhs.state == rhs.state
    }

    /// Hashes the four state words.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(state.0)
        hasher.combine(state.1)
        hasher.combine(state.2)
        hasher.combine(state.3)
    }

    /// Encodes the state as an array of four unsigned integers.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode([state.0, state.1, state.2, state.3])
    }

    /// Decodes four unsigned integers, not all zero.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let words = try container.decode([UInt64].self)
        guard words.count == 4, words.contains(where: { $0 != 0 }) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "xoshiro256** state must be four unsigned integers, not all zero")
        }
        state = (words[0], words[1], words[2], words[3])
    }
}
