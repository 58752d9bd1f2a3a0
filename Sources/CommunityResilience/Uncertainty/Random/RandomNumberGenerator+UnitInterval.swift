/// Uniform `Double`s from 64 random bits, by a documented rule that is the same on every platform.
///
/// The standard library's `Double.random(in:using:)` does not document how it turns bits into a
/// `Double`, so a simulation that must reproduce its draws bit for bit uses these instead:
///
/// - ``nextDouble()``: `(x >> 11) × 2⁻⁵³`, the top 53 bits as a multiple of 2⁻⁵³ in [0, 1) — every
///   value is exact, equally likely, and 1 is never returned (Vigna, prng.di.unimi.it,
///   "Generating uniform doubles in the unit interval");
/// - ``nextDoubleInOpenUnitInterval()``: `((x >> 12) + ½) × 2⁻⁵²`, the midpoints of 2⁵² equal
///   cells of (0, 1) — from 2⁻⁵³ to 1 − 2⁻⁵³, never 0 or 1 — for transforms that take a logarithm
///   or an inverse distribution function at the draw.
///
/// Both use one output of the generator and only exact operations (a shift, an integer to
/// `Double` conversion of fewer than 53 bits, an addition of ½ and a multiplication by a power of
/// two), so the result is fully determined by the 64 bits.
extension RandomNumberGenerator {
    /// A uniform draw from [0, 1): the top 53 bits of `next()` times 2⁻⁵³.
    ///
    /// - Returns: One of the 2⁵³ multiples of 2⁻⁵³ in [0, 1), each with probability 2⁻⁵³.
    public mutating func nextDouble() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A uniform draw from the open interval (0, 1): the top 52 bits of `next()`, plus ½, times
    /// 2⁻⁵².
    ///
    /// - Returns: One of the 2⁵² values (k + ½) × 2⁻⁵², k = 0 … 2⁵² − 1, each with probability 2⁻⁵².
    public mutating func nextDoubleInOpenUnitInterval() -> Double {
        (Double(next() >> 12) + 0.5) * 0x1p-52
    }
}

/// The same conversions on bits already drawn, for kernels that fill a buffer of raw bits first.
enum UnitInterval {
    /// `(bits >> 11) × 2⁻⁵³` ∈ [0, 1).
    @inline(__always)
    static func closedOpen(_ bits: UInt64) -> Double {
        Double(bits >> 11) * 0x1p-53
    }

    /// `((bits >> 12) + ½) × 2⁻⁵²` ∈ (0, 1).
    @inline(__always)
    static func open(_ bits: UInt64) -> Double {
        (Double(bits >> 12) + 0.5) * 0x1p-52
    }
}
