/// Exact decimal helpers behind ``Money``'s rounding: the decimal digits of a `Double` and
/// half-to-even division by a power of ten, all in integers.
enum ExactDecimal {
    /// A factor with its shortest decimal representation (``parts(of:)``) read once, for
    /// multiplying many amounts by it (``Money/multiplied(by:)-(Factor)``): an appraisal multiplies
    /// every line of every year by one of a handful of discount factors.
    struct Factor: Sendable {
        /// The factor.
        let value: Double
        /// `value` as `significand × 10^exponent` (zeros for zero or a non-finite value, which
        /// ``Money`` handles before reading them).
        let parts: (significand: Int128, exponent: Int)

        init(_ value: Double) {
            self.value = value
            parts = value.isFinite && value != 0 ? ExactDecimal.parts(of: value) : (0, 0)
        }
    }

    /// The shortest decimal representation of `value` as `significand × 10^exponent`.
    ///
    /// Swift prints a `Double` with the fewest digits that read back to the same value (at most 17
    /// significant digits), so `0.015` gives (15, −3) and `1e-07` gives (1, −7).
    static func parts(of value: Double) -> (significand: Int128, exponent: Int) {
        // Fast path: non-zero whole numbers below 2^53 are their own exact decimal (1, 2,000
        // participants), normalised like the general path (1200 gives (12, 2)).
        if value != 0, value == value.rounded(), value.magnitude < 9_007_199_254_740_992 {
            var significand = Int64(value)
            var exponent = 0
            while significand % 10 == 0 {
                significand /= 10
                exponent += 1
            }
            return (Int128(significand), exponent)
        }
        // At most 17 significant digits (fewer than 10^17 < 2^64), so the digits are gathered in
        // 64-bit arithmetic: Int128 division, for the trailing zeros, is a library call. Should
        // Swift ever print more digits than 64 bits hold, they are read again in 128 bits (which
        // hold 38, far more than a Double's description has).
        if let parts = digits(of: value, in: UInt64.self) { return parts }
        return digits(of: value, in: Int128.self) ?? (0, 0)
    }

    /// The digits of `value.description` as `significand × 10^exponent`, with trailing zeros
    /// dropped so the significand stays as small as possible ("1200.0" gives (12, 2)), gathered
    /// in `Accumulator`; `nil` when they do not fit it.
    private static func digits<Accumulator: FixedWidthInteger>(
        of value: Double, in _: Accumulator.Type
    ) -> (significand: Int128, exponent: Int)? {
        var significand: Accumulator = 0
        var exponent = 0
        var afterPoint = false
        var inExponent = false
        var exponentNegative = false
        var exponentValue = 0
        for byte in value.description.utf8 {
            switch byte {
            case UInt8(ascii: "-"):
                if inExponent { exponentNegative = true }
            case UInt8(ascii: "."):
                afterPoint = true
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                inExponent = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let digit = Int(byte - UInt8(ascii: "0"))
                if inExponent {
                    exponentValue = exponentValue * 10 + digit
                } else {
                    let (tens, overflow) = significand.multipliedReportingOverflow(by: 10)
                    let (sum, carry) = tens.addingReportingOverflow(Accumulator(digit))
                    guard !overflow, !carry else { return nil }
                    significand = sum
                    if afterPoint { exponent -= 1 }
                }
            default:
                continue
            }
        }
        exponent += exponentNegative ? -exponentValue : exponentValue
        while significand != 0, significand % 10 == 0 {
            significand /= 10
            exponent += 1
        }
        let magnitude = Int128(significand)
        return (value.sign == .minus ? -magnitude : magnitude, exponent)
    }

    /// `value / 10^power`, rounded half to even.
    static func divideRoundingHalfEven(_ value: Int128, byPowerOfTen power: Int) -> Int128 {
        // |value| < 1.7·10^38, so for power ≥ 39 the quotient is below 0.17 and rounds to 0.
        guard power <= 38 else { return 0 }
        let divisor = Money.powerOfTen(power)
        let (quotient, remainder) = value.quotientAndRemainder(dividingBy: divisor)
        let twiceRemainder = remainder.magnitude * 2
        let away: Bool
        if twiceRemainder > divisor.magnitude {
            away = true
        } else if twiceRemainder == divisor.magnitude {
            away = quotient % 2 != 0
        } else {
            away = false
        }
        guard away else { return quotient }
        return value < 0 ? quotient - 1 : quotient + 1
    }
}
