/// SplitMix64, the 64-bit generator of Steele, Lea and Flood (2014), used here to seed
/// ``Xoshiro256StarStar`` and to derive independent streams from one seed.
///
/// The state is a 64-bit counter advanced by the odd constant γ = `0x9E3779B97F4A7C15` (2⁶⁴ ÷ the
/// golden ratio); each output is the counter passed through ``mix(_:)``, a bijective finaliser.
/// This is Vigna's reference `splitmix64.c` (prng.di.unimi.it), which the authors of xoshiro
/// recommend for filling xoshiro's state from a single 64-bit seed:
///
/// ```c
/// uint64_t next() {
///     uint64_t z = (x += 0x9e3779b97f4a7c15);
///     z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9;
///     z = (z ^ (z >> 27)) * 0x94d049bb133111eb;
///     return z ^ (z >> 31);
/// }
/// ```
///
/// Only integer operations are involved, so the outputs are the same bits on every platform.
/// SplitMix64 passes BigCrush but its period is only 2⁶⁴; simulations draw from
/// ``Xoshiro256StarStar``.
public struct SplitMix64: RandomNumberGenerator, Hashable, Sendable, Codable {
    /// The counter: the value most recently added to, before mixing.
    public private(set) var state: UInt64

    /// The increment γ, 2⁶⁴ ÷ φ rounded to an odd number.
    public static let increment: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// Creates a generator whose first output is `mix(seed &+ increment)`.
    ///
    /// - Parameter seed: Any 64-bit value; every seed gives a different sequence.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= SplitMix64.increment
        return SplitMix64.mix(state)
    }

    /// SplitMix64's output function (Stafford's "Mix13" variant of the MurmurHash3 finaliser): a
    /// bijection of 64-bit values in which every input bit affects every output bit.
    ///
    /// - Parameter value: Any 64-bit value.
    /// - Returns: The mixed value; distinct inputs always give distinct outputs.
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
