import Foundation
import Testing

@testable import CommunityResilience

@Suite("Money: exact amounts in a currency and price base")
struct MoneyTests {
    let base = PriceBase.financialYear(2024)

    func gbp(_ text: String, _ priceBase: PriceBase = .financialYear(2024)) throws -> Money {
        try Money(text, .gbp, in: priceBase)
    }

    @Test("0.1 + 0.2 is exactly 0.3")
    func tenthPlusTwoTenths() throws {
        let sum = try gbp("0.10") + gbp("0.20")
        #expect(sum == (try gbp("0.30")))
        #expect(sum.minorUnits == 30)
        #expect(sum.amountText == "0.30")
    }

    @Test("a million pennies sum to exactly £10,000.00")
    func millionPennies() throws {
        let penny = try gbp("0.01")
        let total = try Array(repeating: penny, count: 1_000_000).sum(.gbp, in: base)
        #expect(total.amountText == "10000.00")
    }

    @Test("large sums stay exact: 10^6 × £9,999,999,999.99")
    func largeSums() throws {
        // 999,999,999,999 pence × 1,000,000 = 999,999,999,999,000,000 pence.
        let item = try gbp("9999999999.99")
        var total = Money.zero(.gbp, in: base)
        for _ in 0..<1_000_000 { try total += item }
        #expect(total.minorUnits == 999_999_999_999_000_000)
        #expect(total.amountText == "9999999999990000.00")
        #expect(try total == item.multiplied(by: 1_000_000))
    }

    @Test("overflow beyond the limit throws instead of trapping")
    func overflow() throws {
        let largest = try Money(minorUnits: Money.limit, .gbp, in: base)
        #expect(throws: MoneyError.overflow("\(Money.limit + 1) minor units")) {
            try largest + gbp("0.01")
        }
        #expect(throws: MoneyError.self) { try largest.multiplied(by: 2.0) }
        #expect(throws: MoneyError.self) { try largest.multiplied(by: Int.max) }
        #expect(throws: MoneyError.self) { try Money(minorUnits: Money.limit + 1, .gbp, in: base) }
    }

    @Test("different currencies or price bases do not mix")
    func mismatches() throws {
        let pounds = try gbp("1.00")
        let euros = try Money("1.00", .eur, in: base)
        let older = try gbp("1.00", .financialYear(2019))
        #expect(throws: MoneyError.currencyMismatch(.gbp, .eur)) { try pounds + euros }
        #expect(throws: MoneyError.priceBaseMismatch(.financialYear(2024), .financialYear(2019))) { try pounds - older }
        #expect(throws: MoneyError.currencyMismatch(.gbp, .eur)) { try pounds.isLess(than: euros) }
        #expect(throws: MoneyError.self) { try [pounds, euros].sum(.gbp, in: base) }
        #expect(pounds != older)
    }

    @Test(
        "multiplying by a factor rounds once, half to even",
        arguments: [
            // (amount, factor, expected): the exact decimal product and its half-even rounding.
            ("1.00", 0.015, "0.02"),  // 1.5p → 2p (binary 0.015 is 0.01499…: would give 1p)
            ("1.00", 0.025, "0.02"),  // 2.5p → 2p (to even)
            ("1.00", 0.035, "0.04"),  // 3.5p → 4p (to even)
            ("0.01", 0.5, "0.00"),  // 0.5p → 0p
            ("0.03", 0.5, "0.02"),  // 1.5p → 2p
            ("-0.03", 0.5, "-0.02"),  // −1.5p → −2p (symmetric)
            ("-0.05", 0.5, "-0.02"),  // −2.5p → −2p
            ("180.50", 1.015, "183.21"),  // 18,320.75p → 18,321p
            ("2500000.00", 0.965, "2412500.00"),
            ("100.00", 1e-7, "0.00"),  // 0.001p
            ("100.00", 1234.5, "123450.00"),
        ])
    func multiplication(amount: String, factor: Double, expected: String) throws {
        #expect(try gbp(amount).multiplied(by: factor).amountText == expected)
        #expect(try (gbp(amount) * factor).amountText == expected)
    }

    @Test("non-finite factors are rejected")
    func nonFiniteFactor() throws {
        #expect(throws: MoneyError.nonFiniteFactor(.infinity)) { try gbp("1.00") * Double.infinity }
        #expect(throws: MoneyError.self) { try gbp("1.00") * Double.nan }
    }

    @Test("ratios of money are plain numbers")
    func ratio() throws {
        #expect(try gbp("300.00") / gbp("100.00") == 3.0)
        #expect(throws: MoneyError.divisionByZero) { try gbp("1.00") / gbp("0") }
    }

    @Test("comparison within one currency and price base")
    func comparison() throws {
        #expect(try gbp("1.99").isLess(than: gbp("2.00")))
        #expect(try !gbp("2.00").isLess(than: gbp("2.00")))
    }

    @Test(
        "parsing exact decimal text",
        arguments: [
            ("120.5", Int128(12_050)), ("120", 12_000), ("1.500", 150), ("-0.01", -1), ("+7.25", 725),
            ("  42.10 ", 4_210), ("0", 0),
        ])
    func parsing(text: String, minorUnits: Int128) throws {
        #expect(try gbp(text).minorUnits == minorUnits)
    }

    @Test(
        "malformed amounts are rejected with the text quoted",
        arguments: [
            "1.505", "1e3", "", "-", "£12", "1,200.00", "NaN", "12.3.4", "1.5001",
        ])
    func malformed(text: String) {
        #expect(
            throws: ValidationIssue(
                .malformed(text, expected: "a decimal amount such as 1200.50 with at most 2 decimal places"))
        ) {
            try Money(text, .gbp, in: .financialYear(2024))
        }
    }

    @Test("amounts beyond the limit are out of range, not wrapped")
    func parsingOverflow() {
        let text = "1" + String(repeating: "0", count: 40)
        #expect(throws: ValidationIssue(.outOfRange(text, allowed: "the library's limit of ±10^20 minor units"))) {
            try Money(text, .gbp, in: .financialYear(2024))
        }
    }

    @Test("currencies keep their own minor units")
    func minorUnits() throws {
        let yen = try Money("1500", Currency(code: "JPY"), in: .calendarYear(2024))
        #expect(yen.minorUnits == 1_500)
        #expect(yen.amountText == "1500")
        #expect(throws: ValidationIssue.self) { try Money("1500.5", Currency(code: "JPY"), in: .calendarYear(2024)) }
        let dinar = try Money("1.234", Currency(code: "KWD"), in: .calendarYear(2024))
        #expect(dinar.minorUnits == 1_234)
        #expect(try Money(12, .gbp, in: base).amountText == "12.00")
    }

    @Test("allocation conserves the total to the penny (largest remainder)")
    func allocation() throws {
        // £100.00 in three equal parts: 3,333.33…p each; the leftover penny goes to the first.
        let parts = try gbp("100.00").allocated(proportionallyTo: [1, 1, 1])
        #expect(parts.map(\.amountText) == ["33.34", "33.33", "33.33"])
        // £10.00 by 1:2:3 → 166.66…p, 333.33…p, 500p → remainders .67, .33, 0 → 167, 333, 500.
        let weighted = try gbp("10.00").allocated(proportionallyTo: [1, 2, 3])
        #expect(weighted.map(\.amountText) == ["1.67", "3.33", "5.00"])
        #expect(try weighted.sum(.gbp, in: base) == gbp("10.00"))
        let negative = try gbp("-1.00").allocated(proportionallyTo: [1, 1, 1])
        #expect(negative.map(\.amountText) == ["-0.34", "-0.33", "-0.33"])
    }

    @Test("allocation rejects bad weights with their position")
    func allocationErrors() throws {
        #expect(throws: ValidationIssue(.negative("-1.0"), at: "weights[1]")) {
            try gbp("1.00").allocated(proportionallyTo: [1, -1])
        }
        #expect(throws: ValidationIssue(.notFinite("nan"), at: "weights[0]")) {
            try gbp("1.00").allocated(proportionallyTo: [.nan])
        }
        #expect(throws: ValidationIssue.self) { try gbp("1.00").allocated(proportionallyTo: [0, 0]) }
    }

    @Test("negation and zero")
    func negation() throws {
        #expect((-(try gbp("12.34"))).amountText == "-12.34")
        #expect(Money.zero(.gbp, in: base).isZero)
        #expect(try gbp("-0.01").isNegative)
    }
}

@Suite("Exact decimal form of a factor")
struct ExactDecimalTests {
    @Test(
        "a Double's shortest decimal digits",
        arguments: [
            (0.015, Int128(15), -3), (1e-7, 1, -7), (1.5e20, 15, 19), (1234.5, 12_345, -1), (0.1, 1, -1),
            (-0.015, -15, -3), (2_000.0, 2, 3), (1e22, 1, 22), (1.0952950505807255, 10_952_950_505_807_255, -16),
        ])
    func parts(value: Double, significand: Int128, exponent: Int) {
        let parts = ExactDecimal.parts(of: value)
        #expect(parts.significand == significand)
        #expect(parts.exponent == exponent)
    }

    @Test(
        "half-even division by powers of ten",
        arguments: [
            (Int128(15), 1, Int128(2)), (25, 1, 2), (35, 1, 4), (-25, 1, -2), (-35, 1, -4), (149, 2, 1), (150, 2, 2),
            (250, 2, 2), (251, 2, 3), (7, 40, 0),
        ])
    func division(value: Int128, power: Int, expected: Int128) {
        #expect(ExactDecimal.divideRoundingHalfEven(value, byPowerOfTen: power) == expected)
    }
}
