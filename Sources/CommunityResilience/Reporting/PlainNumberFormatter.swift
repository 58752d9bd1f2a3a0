import Foundation

/// Formats numbers and whole-unit money exactly as Foundation's format styles do for one locale —
/// `.number.precision(.fractionLength(0...n))`, `.number.precision(.fractionLength(n))` and
/// ``Money/FormatStyle/wholeUnits(locale:)`` — without a trip through ICU for every value: the
/// headline report of 10,000 interventions formats about 100,000 figures, at 1.5–3 µs each
/// through Foundation.
///
/// The locale's pattern — the text before and after the digits of a positive and of a negative
/// number, and the grouping and decimal separators — is learnt once, from Foundation itself, by
/// formatting a probe value; then the formatter's own output is compared with Foundation's on
/// values chosen to exercise rounding (half to even, on the shortest decimal form of a `Double`,
/// which is how ICU rounds), grouping, signs and negative zero. Where a locale's pattern is not
/// the plain one this type knows — digits other than ASCII, groups other than threes (`en_IN`
/// writes 12,34,567), no grouping of four-digit numbers (`es_ES`) — or any probe differs, that
/// kind of value goes to Foundation, so the text is always Foundation's.
///
/// Values the fast path does not cover go to Foundation too: non-finite numbers, magnitudes of
/// 10¹⁵ and beyond, more than six decimals, and money in another currency than the formatter's.
struct PlainNumberFormatter: Sendable {
    /// How many decimals a number gets, as in Foundation's `.fractionLength`.
    enum Decimals: Hashable, Sendable {
        /// `.fractionLength(0...n)`: up to `n` decimals, trailing zeros dropped.
        case upTo(Int)
        /// `.fractionLength(n)`: exactly `n` decimals.
        case exactly(Int)

        var range: ClosedRange<Int> {
            switch self {
            case .upTo(let most): return 0...max(0, most)
            case .exactly(let count): return max(0, count)...max(0, count)
            }
        }
    }

    /// The text around and between the digits of a locale's numbers.
    struct Pattern: Hashable, Sendable {
        var positivePrefix: [UInt8]
        var positiveSuffix: [UInt8]
        var negativePrefix: [UInt8]
        var negativeSuffix: [UInt8]
        var groupingSeparator: [UInt8]
        var decimalSeparator: [UInt8]
    }

    let locale: Locale
    let currency: Currency
    /// The pattern of numbers and of whole-unit money, or `nil` where Foundation does every value.
    let numberPattern: Pattern?
    let moneyPattern: Pattern?

    /// A formatter for `locale`, whose money is in `currency`.
    /// - Parameters:
    ///   - locale: The locale whose format styles the output matches.
    ///   - currency: The currency of the money formatted quickly; other currencies go to
    ///     Foundation.
    init(locale: Locale, currency: Currency) {
        self.locale = locale
        self.currency = currency
        numberPattern = Self.learnNumberPattern(locale)
        moneyPattern = Self.learnMoneyPattern(locale, currency)
    }

    // MARK: Formatting

    /// `value` as `value.formatted(.number.precision(.fractionLength(…)).locale(locale))` writes it.
    func number(_ value: Double, _ decimals: Decimals) -> String {
        guard let pattern = numberPattern, let text = Self.plainNumber(value, decimals, pattern) else {
            return Self.foundationNumber(value, decimals, locale)
        }
        return text
    }

    /// `money` as `money.formatted(.wholeUnits(locale: locale))` writes it.
    func wholeUnits(_ money: Money) -> String {
        guard let pattern = moneyPattern, money.currency == currency else {
            return money.formatted(.wholeUnits(locale: locale))
        }
        return Self.plainWholeUnits(money.minorUnits, minorUnitDigits: currency.minorUnitDigits, pattern)
    }

    static func foundationNumber(_ value: Double, _ decimals: Decimals, _ locale: Locale) -> String {
        switch decimals {
        case .upTo(let most):
            return value.formatted(.number.precision(.fractionLength(0...max(0, most))).locale(locale))
        case .exactly(let count):
            return value.formatted(.number.precision(.fractionLength(max(0, count))).locale(locale))
        }
    }

    /// The fast path for numbers; `nil` for values it does not cover.
    static func plainNumber(_ value: Double, _ decimals: Decimals, _ pattern: Pattern) -> String? {
        let range = decimals.range
        guard value.isFinite, value.magnitude < 1e15, range.upperBound <= 6 else { return nil }
        var digits = ShortestDigits(value.magnitude)
        digits.round(toDecimals: range.upperBound)
        var integer: [UInt8] = []
        var fraction: [UInt8] = []
        digits.split(integer: &integer, fraction: &fraction, minimumDecimals: range.lowerBound)
        return assemble(
            integer: integer, fraction: fraction, negative: value.sign == .minus, pattern)
    }

    /// The fast path for whole units: rounded half to even, the sign kept for amounts that round
    /// to zero (`-£0`), as ICU does.
    static func plainWholeUnits(_ minorUnits: Int128, minorUnitDigits: Int, _ pattern: Pattern) -> String {
        let divisor = UInt128(Money.powerOfTen(minorUnitDigits))
        let magnitude = minorUnits.magnitude
        var whole = magnitude / divisor
        let remainder = magnitude % divisor
        if 2 * remainder > divisor || (2 * remainder == divisor && whole % 2 == 1) { whole += 1 }
        return assemble(integer: Array(String(whole).utf8), fraction: [], negative: minorUnits < 0, pattern)
    }

    /// Sign, grouped integer digits, decimal separator and decimals, in the pattern's text.
    private static func assemble(integer: [UInt8], fraction: [UInt8], negative: Bool, _ pattern: Pattern) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(integer.count * 2 + fraction.count + 16)
        bytes.append(contentsOf: negative ? pattern.negativePrefix : pattern.positivePrefix)
        for (index, digit) in integer.enumerated() {
            if index > 0 && (integer.count - index) % 3 == 0 { bytes.append(contentsOf: pattern.groupingSeparator) }
            bytes.append(digit)
        }
        if !fraction.isEmpty {
            bytes.append(contentsOf: pattern.decimalSeparator)
            bytes.append(contentsOf: fraction)
        }
        bytes.append(contentsOf: negative ? pattern.negativeSuffix : pattern.positiveSuffix)
        return String(decoding: bytes, as: UTF8.self)
    }

    // MARK: Learning a locale's pattern

    /// Values whose text through Foundation the fast path must reproduce before it is used:
    /// ties rounded to even (0.25, 0.35 and 0.45 are read as their shortest decimal forms),
    /// carries into a new digit, grouping at every length, negative zero and negatives that
    /// round to zero.
    static let numberProbes: [Double] = [
        0, -0.0, 0.05, 0.15, 0.25, 0.35, 0.45, 0.95, 0.96, -0.04, -0.05, 1, 7.5, 12, 123, 1_234, 12_345.65,
        123_456.75, 1_234_567.85, 12_345_678.4, -9.95, 99_999.95, 999_999.99, 123_456_789_012.3, 2.5e-7, 1e-5,
        -1_234.5678, 0.125, 0.375, 1.005, 2.675, 6.0221e14,
    ]
    /// Minor units (of a two-decimal currency: 1.00 = 100) for the money probes.
    static let moneyProbes: [Int128] = [
        0, 40, -40, 50, -50, 150, 250, -150, -250, 1_250, 1_350, 99_950, 99_949, 123_456, 1_234_500,
        12_345_651, -12_345_650, 123_456_789_50, -987_654_321_49, 100_000_000_000_000_000_000, -99_999,
    ]

    private static func learnNumberPattern(_ locale: Locale) -> Pattern? {
        let positive = foundationNumber(1_234_567.5, .upTo(1), locale)
        let negative = foundationNumber(-1_234_567.5, .upTo(1), locale)
        guard let pattern = pattern(positive: positive, negative: negative, digitRuns: ["1", "234", "567", "5"])
        else { return nil }
        for value in numberProbes {
            for decimals in [Decimals.upTo(1), .upTo(0), .exactly(2), .upTo(3)] {
                guard plainNumber(value, decimals, pattern) == foundationNumber(value, decimals, locale) else {
                    return nil
                }
            }
        }
        return pattern
    }

    private static func learnMoneyPattern(_ locale: Locale, _ currency: Currency) -> Pattern? {
        func foundation(_ minorUnits: Int128) -> String? {
            (try? Money(minorUnits: minorUnits, currency, in: .financialYear(2024)))?.formatted(
                .wholeUnits(locale: locale))
        }
        let scale = Money.powerOfTen(currency.minorUnitDigits)
        guard let positive = foundation(1_234_567 * scale), let negative = foundation(-1_234_567 * scale),
            let pattern = pattern(positive: positive, negative: negative, digitRuns: ["1", "234", "567"])
        else { return nil }
        // The probes are in hundredths; rescale them to the currency's minor unit where that is
        // exact (whole hundredths of a unit with three minor digits, whole units with none).
        for probe in moneyProbes {
            let units: Int128
            switch currency.minorUnitDigits {
            case 2: units = probe
            case let digits where digits > 2: units = probe * Money.powerOfTen(digits - 2)
            default: units = probe / Money.powerOfTen(2 - currency.minorUnitDigits)
            }
            guard units.magnitude <= Money.limit.magnitude, let expected = foundation(units),
                plainWholeUnits(units, minorUnitDigits: currency.minorUnitDigits, pattern) == expected
            else { return nil }
        }
        return pattern
    }

    /// Reads a pattern from a positive and a negative number, whose digits must come in the runs
    /// `digitRuns` (the last one after the decimal separator when there are four), separated by
    /// text without digits; `nil` when they do not.
    static func pattern(positive: String, negative: String, digitRuns: [String]) -> Pattern? {
        func parts(_ text: String) -> (prefix: [UInt8], runs: [[UInt8]], separators: [[UInt8]], suffix: [UInt8])? {
            let bytes = Array(text.utf8)
            let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
            guard let first = bytes.firstIndex(where: isDigit), let last = bytes.lastIndex(where: isDigit) else {
                return nil
            }
            var runs: [[UInt8]] = []
            var separators: [[UInt8]] = []
            var index = first
            while index <= last {
                var end = index
                while end <= last && isDigit(bytes[end]) { end += 1 }
                runs.append(Array(bytes[index..<end]))
                guard end <= last else { break }
                var next = end
                while next <= last && !isDigit(bytes[next]) { next += 1 }
                separators.append(Array(bytes[end..<next]))
                index = next
            }
            return (Array(bytes[..<first]), runs, separators, Array(bytes[(last + 1)...]))
        }
        let expected = digitRuns.map { Array($0.utf8) }
        guard let plus = parts(positive), let minus = parts(negative), plus.runs == expected, minus.runs == expected,
            plus.separators == minus.separators, plus.separators.count == expected.count - 1,
            let grouping = plus.separators.first, !grouping.isEmpty,
            plus.separators[1] == grouping
        else { return nil }
        let decimal = expected.count == 4 ? plus.separators[2] : []
        guard expected.count != 4 || (!decimal.isEmpty && decimal != grouping) else { return nil }
        return Pattern(
            positivePrefix: plus.prefix, positiveSuffix: plus.suffix, negativePrefix: minus.prefix,
            negativeSuffix: minus.suffix, groupingSeparator: grouping, decimalSeparator: decimal)
    }
}

/// The shortest decimal digits that read back as a `Double` (what `description` prints, and what
/// ICU rounds), as 0.d₁d₂…dₙ × 10^`point`, with no leading or trailing zeros.
struct ShortestDigits {
    /// The digits, 0–9 (not ASCII); empty for zero.
    private(set) var digits: [UInt8] = []
    /// Where the decimal point goes: the number of digits before it (negative for 0.00…).
    private(set) var point = 0

    /// The digits of `magnitude` (≥ 0, finite).
    init(_ magnitude: Double) {
        var exponent = 0
        var exponentSign = 1
        var inExponent = false
        var seenPoint = false
        digits.reserveCapacity(20)
        for byte in magnitude.description.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let digit = byte - UInt8(ascii: "0")
                if inExponent {
                    exponent = exponent * 10 + Int(digit)
                } else if digits.isEmpty && digit == 0 {
                    if seenPoint { point -= 1 }  // a leading zero after the point: 0.00…
                } else {
                    digits.append(digit)
                    if !seenPoint { point += 1 }
                }
            case UInt8(ascii: "."): seenPoint = true
            case UInt8(ascii: "e"), UInt8(ascii: "E"): inExponent = true
            case UInt8(ascii: "-"): if inExponent { exponentSign = -1 }
            default: break
            }
        }
        point += exponentSign * exponent
        trimTrailingZeros()
        if digits.isEmpty { point = 0 }
    }

    private mutating func trimTrailingZeros() {
        while digits.last == 0 { digits.removeLast() }
    }

    /// Rounds to `decimals` decimals, half to even.
    mutating func round(toDecimals decimals: Int) {
        let keep = point + decimals
        guard digits.count > keep else { return }
        guard keep >= 0 else {
            // Below half of the last decimal kept: zero.
            digits = []
            point = 0
            return
        }
        let first = digits[keep]
        let rest = digits.count > keep + 1  // trailing zeros are trimmed, so any later digit is not zero
        let previous = keep > 0 ? digits[keep - 1] : 0
        let up = first > 5 || (first == 5 && (rest || previous % 2 == 1))
        digits.removeSubrange(keep...)
        if up {
            var index = keep - 1
            while index >= 0 && digits[index] == 9 {
                digits[index] = 0
                index -= 1
            }
            if index >= 0 {
                digits[index] += 1
            } else {
                digits.insert(1, at: 0)
                point += 1
            }
        }
        trimTrailingZeros()
        if digits.isEmpty { point = 0 }
    }

    /// The integer digits (at least one) and the decimals (at least `minimumDecimals`), as ASCII.
    func split(integer: inout [UInt8], fraction: inout [UInt8], minimumDecimals: Int) {
        let zero = UInt8(ascii: "0")
        integer.removeAll(keepingCapacity: true)
        fraction.removeAll(keepingCapacity: true)
        if point <= 0 {
            integer.append(zero)
        } else {
            for index in 0..<point { integer.append(index < digits.count ? zero + digits[index] : zero) }
        }
        var index = point
        while index < digits.count {
            fraction.append(index < 0 ? zero : zero + digits[index])
            index += 1
        }
        while fraction.count < minimumDecimals { fraction.append(zero) }
    }
}
