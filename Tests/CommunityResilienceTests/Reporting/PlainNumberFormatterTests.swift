import Foundation
import Testing

@testable import CommunityResilience

/// The report's fast number formatting writes exactly what Foundation's format styles write: for
/// locales it knows the pattern of, on thousands of seeded values, and (through Foundation) for
/// those it does not.
@Suite("Plain number formatter")
struct PlainNumberFormatterTests {
    static let locales = ["en_GB", "en_US", "de_DE", "fr_FR", "de_CH", "es_ES", "en_IN", "ar_EG", "ja_JP", "nl_NL"]

    /// Seeded values of every kind the report prints: whole numbers, tenths, hundredths and
    /// thousandths (with their ties, 0.25, 0.35 …), doubles of every magnitude from 10⁻⁸ to 10¹⁶,
    /// negatives and zeros.
    static func values(count: Int, seed: UInt64) -> [Double] {
        var random = SplitMix64(seed: seed)
        var values: [Double] = [0, -0.0, .nan, .infinity, -.infinity, 1e15, -1e15, 1e16, 123_456_789_012_345.6]
        for index in 0..<count {
            let integer = Double(Int(truncatingIfNeeded: random.next() % 10_000_000))
            var value: Double
            switch index % 5 {
            case 0: value = integer
            case 1: value = integer / 10
            case 2: value = integer / 100
            case 3: value = (integer / 1_000).rounded(.down) + Double(random.next() % 20) * 0.05
            default:
                let exponent = Int(random.next() % 25) - 9
                value = Double(random.next() >> 11) * 0x1.0p-53 * pow(10, Double(exponent))
            }
            if random.next() % 3 == 0 { value = -value }
            values.append(value)
        }
        return values
    }

    @Test("numbers read as Foundation writes them, in every locale", arguments: locales)
    func numbersMatchFoundation(identifier: String) {
        let locale = Locale(identifier: identifier)
        let formatter = PlainNumberFormatter(locale: locale, currency: .gbp)
        var mismatches: [String] = []
        for value in Self.values(count: 2_000, seed: 2_024) {
            for decimals in [PlainNumberFormatter.Decimals.upTo(1), .exactly(2), .upTo(0)] {
                let fast = formatter.number(value, decimals)
                let foundation = PlainNumberFormatter.foundationNumber(value, decimals, locale)
                if fast != foundation { mismatches.append("\(value) \(decimals): \(fast) ≠ \(foundation)") }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    @Test("whole units of money read as Money.FormatStyle writes them, in every locale", arguments: locales)
    func moneyMatchesFoundation(identifier: String) throws {
        let locale = Locale(identifier: identifier)
        var random = SplitMix64(seed: 7)
        for currency in [Currency.gbp, .eur, try Currency(code: "JPY")] {
            let formatter = PlainNumberFormatter(locale: locale, currency: currency)
            var mismatches: [String] = []
            var units: [Int128] = [0, 1, -1, 49, 50, 51, 150, 250, -250, Money.limit, -Money.limit]
            for index in 0..<1_500 {
                let magnitude = Int128(random.next() % (index % 2 == 0 ? 1_000_000 : 1_000_000_000_000))
                // A third of them exactly half a unit above a whole one: the ties.
                let tie = index % 3 == 0 ? magnitude / 100 * 100 + 50 : magnitude
                units.append(random.next() % 2 == 0 ? tie : -tie)
            }
            for minorUnits in units {
                let money = try Money(minorUnits: minorUnits, currency, in: .financialYear(2024))
                let fast = formatter.wholeUnits(money)
                let foundation = money.formatted(.wholeUnits(locale: locale))
                if fast != foundation { mismatches.append("\(minorUnits) \(currency): \(fast) ≠ \(foundation)") }
            }
            #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
        }
    }

    @Test("British English takes the fast path, with the pattern learnt from Foundation")
    func britishPattern() {
        let formatter = PlainNumberFormatter(locale: Locale(identifier: "en_GB"), currency: .gbp)
        #expect(formatter.numberPattern?.groupingSeparator == Array(",".utf8))
        #expect(formatter.numberPattern?.decimalSeparator == Array(".".utf8))
        #expect(formatter.numberPattern?.negativePrefix == Array("-".utf8))
        #expect(formatter.moneyPattern?.positivePrefix == Array("£".utf8))
        #expect(formatter.moneyPattern?.negativePrefix == Array("-£".utf8))
        // Half to even on the shortest decimal form: 0.35 → 0.4, 0.45 → 0.4, 1,234.55 → 1,234.6.
        #expect(formatter.number(0.35, .upTo(1)) == "0.4")
        #expect(formatter.number(0.45, .upTo(1)) == "0.4")
        #expect(formatter.number(1_234.55, .upTo(1)) == "1,234.6")
        #expect(formatter.number(-0.04, .upTo(1)) == "-0")
        #expect(formatter.number(99_999.95, .upTo(1)) == "100,000")
        #expect(formatter.number(2.675, .exactly(2)) == "2.68")
        #expect(formatter.number(2, .exactly(2)) == "2.00")
        // £12.50 → £12 and £13.50 → £14 (half to even); -£0.40 keeps its sign.
        #expect(formatter.wholeUnits(Money(total: 1_250, .gbp, .financialYear(2024))) == "£12")
        #expect(formatter.wholeUnits(Money(total: 1_350, .gbp, .financialYear(2024))) == "£14")
        #expect(formatter.wholeUnits(Money(total: -40, .gbp, .financialYear(2024))) == "-£0")
        #expect(formatter.wholeUnits(Money(total: -120_424_985, .gbp, .financialYear(2024))) == "-£1,204,250")
    }

    @Test("a locale grouping other than in threes is left to Foundation")
    func indianGrouping() {
        let formatter = PlainNumberFormatter(locale: Locale(identifier: "en_IN"), currency: .gbp)
        #expect(formatter.moneyPattern == nil)
        #expect(formatter.wholeUnits(Money(total: 123_456_749, .gbp, .financialYear(2024))) == "£12,34,567")
    }

    @Test(
        "shortest digits, rounded half to even",
        arguments: [
            // (value, decimals, digits, point): 0.35 is read as "0.35", so it rounds up to 0.4.
            (0.35, 1, [4], 0), (0.45, 1, [4], 0), (0.05, 1, [], 0), (0.06, 1, [1], 0), (9.95, 1, [1], 2),
            (1_234.5, 0, [1, 2, 3, 4], 4), (1_235.5, 0, [1, 2, 3, 6], 4), (2.5e-7, 6, [], 0), (2.5e-7, 8, [2, 5], -6),
            (1.5e15, 1, [1, 5], 16), (0.001, 3, [1], -2), (100, 1, [1], 3),
        ] as [(Double, Int, [UInt8], Int)])
    func shortestDigits(value: Double, decimals: Int, digits: [UInt8], point: Int) {
        var shortest = ShortestDigits(value)
        shortest.round(toDecimals: decimals)
        #expect(shortest.digits == digits)
        #expect(shortest.point == point)
    }
}
