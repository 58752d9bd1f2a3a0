/// Parsing numbers straight from a CSV field's UTF-8 bytes, without making a `String`.
///
/// Decimal notation only — `[+-]digits[.digits][(e|E)[+-]digits]`, also `.5` and `5.` — so that
/// text a spreadsheet would not treat as a number (`0x1p3`, `nan`, `inf`, `1,200`) is rejected
/// rather than silently read.
///
/// Doubles are correctly rounded. Most CSV numbers take Clinger's fast path (W. D. Clinger, "How
/// to read floating point numbers accurately", PLDI 1990, §5): when the decimal significand has
/// at most 19 digits, is at most 2⁵³ and the power of ten is at most 10²², both are exact doubles,
/// so one IEEE multiplication or division rounds the exact value once, correctly. Every other
/// number goes to the standard library's `Double(_:)` parser (correctly rounded as well).
enum CSVNumber {
    /// The result of parsing a double.
    enum DoubleParse: Equatable {
        case value(Double)
        case malformed
        case notFinite
    }

    /// The result of parsing an integer.
    enum IntParse: Equatable {
        case value(Int)
        case malformed
        case outOfRange
    }

    /// Exact powers of ten, 10⁰…10²² (all exactly representable in binary64).
    private static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    static let zero = UInt8(ascii: "0")
    static let nine = UInt8(ascii: "9")

    /// Parses a decimal number.
    /// - Complexity: O(n) in the field length.
    static func double(_ field: UnsafeBufferPointer<UInt8>) -> DoubleParse {
        let n = field.count
        guard n > 0 else { return .malformed }
        // Whole numbers of up to 15 digits ("41", "1500") are most CSV counts: exact, no rounding.
        if n <= 15 {
            var whole: UInt64 = 0
            var p = 0
            while p < n {
                let digit = field[p] &- zero
                guard digit < 10 else { break }
                whole = whole &* 10 &+ UInt64(digit)
                p += 1
            }
            if p == n { return .value(Double(whole)) }
        }
        var p = 0
        var negative = false
        if field[0] == UInt8(ascii: "-") || field[0] == UInt8(ascii: "+") {
            negative = field[0] == UInt8(ascii: "-")
            p = 1
        }
        var significand: UInt64 = 0
        var digits = 0  // significant digits kept in `significand`
        var exponent = 0  // decimal exponent adjustment
        var sawDigit = false
        var exact = true  // no digit was dropped from the significand
        while p < n, field[p] >= zero, field[p] <= nine {
            sawDigit = true
            let digit = UInt64(field[p] &- zero)
            if digits < 19 {
                if significand != 0 || digit != 0 {
                    significand = significand &* 10 &+ digit
                    digits += 1
                }
            } else {
                exponent += 1
                if digit != 0 { exact = false }
            }
            p += 1
        }
        if p < n, field[p] == UInt8(ascii: ".") {
            p += 1
            while p < n, field[p] >= zero, field[p] <= nine {
                sawDigit = true
                let digit = UInt64(field[p] &- zero)
                if digits < 19 {
                    if significand != 0 || digit != 0 {
                        significand = significand &* 10 &+ digit
                        digits += 1
                    }
                    exponent -= 1
                } else if digit != 0 {
                    exact = false
                }
                p += 1
            }
        }
        guard sawDigit else { return .malformed }
        if p < n, field[p] == UInt8(ascii: "e") || field[p] == UInt8(ascii: "E") {
            p += 1
            var exponentNegative = false
            if p < n, field[p] == UInt8(ascii: "-") || field[p] == UInt8(ascii: "+") {
                exponentNegative = field[p] == UInt8(ascii: "-")
                p += 1
            }
            var written = 0
            var sawExponentDigit = false
            while p < n, field[p] >= zero, field[p] <= nine {
                sawExponentDigit = true
                // Saturate: beyond 10^±99999 the value is 0 or infinite anyway.
                if written < 100_000 { written = written * 10 + Int(field[p] &- zero) }
                p += 1
            }
            guard sawExponentDigit else { return .malformed }
            exponent += exponentNegative ? -written : written
        }
        guard p == n else { return .malformed }
        if significand == 0 { return .value(negative ? -0.0 : 0.0) }
        if exact, significand <= 1 << 53, exponent >= -22, exponent <= 22 {
            var value = Double(significand)
            value = exponent >= 0 ? value * powersOfTen[exponent] : value / powersOfTen[-exponent]
            return .value(negative ? -value : value)
        }
        // Long or extreme numbers: the grammar is checked, so the standard parser sees only
        // decimal text, which it rounds correctly.
        guard let value = Double(String(decoding: field, as: UTF8.self)) else { return .malformed }
        return value.isFinite ? .value(value) : .notFinite
    }

    /// Parses `[+-]digits` into an `Int`, reporting overflow.
    /// - Complexity: O(n) in the field length.
    static func int(_ field: UnsafeBufferPointer<UInt8>) -> IntParse {
        let n = field.count
        guard n > 0 else { return .malformed }
        var p = 0
        var negative = false
        if field[0] == UInt8(ascii: "-") || field[0] == UInt8(ascii: "+") {
            negative = field[0] == UInt8(ascii: "-")
            p = 1
        }
        guard p < n else { return .malformed }
        var value = 0
        var overflow = false
        while p < n {
            let byte = field[p]
            guard byte >= zero, byte <= nine else { return .malformed }
            if !overflow {
                let digit = Int(byte &- zero)
                // Accumulate negatively so that Int.min is reachable.
                let (shifted, o1) = value.multipliedReportingOverflow(by: 10)
                let (next, o2) = shifted.subtractingReportingOverflow(digit)
                overflow = o1 || o2
                value = next
            }
            p += 1
        }
        if overflow { return .outOfRange }
        if negative { return .value(value) }
        guard value != .min else { return .outOfRange }
        return .value(-value)
    }
}
