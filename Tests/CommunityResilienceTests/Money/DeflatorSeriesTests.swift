import Foundation
import Testing

@testable import CommunityResilience

@Suite("Rebasing with a deflator series")
struct DeflatorSeriesTests {
    let series = DeflatorSeries.gdpDeflatorsMarch2026

    @Test(
        "rebasing multiplies by index(target) ÷ index(source), rounded half to even",
        arguments: [
            // Expected pence = round_half_even(pence × shortest-decimal(100 / index(source))), computed
            // with Python's decimal module: e.g. 4,900 × 1.0952950505807255 = 5,366.9457… → 5,367.
            (Int128(4_900), 2022, Int128(5_367)),  // £49 GP consultation, 2022-23 → £53.67
            (Int128(10_900), 2011, Int128(15_499)),  // £109 A&E attendance, 2011-12 → £154.99
            (Int128(39_500), 2022, Int128(43_264)),  // £395 delayed-discharge night → £432.64
            (Int128(2_000_000), 2023, Int128(2_080_912)),  // £20,000 2023-24 → £20,809.12
        ])
    func rebase(pence: Int128, year: Int, expected: Int128) throws {
        let amount = try Money(minorUnits: pence, .gbp, in: .financialYear(year))
        let rebased = try amount.rebased(to: .financialYear(2024), using: series)
        #expect(rebased.minorUnits == expected)
        #expect(rebased.priceBase == .financialYear(2024))
    }

    @Test("rebasing to its own price base changes nothing")
    func identity() throws {
        let amount = try Money("49.00", .gbp, in: .financialYear(2022))
        #expect(try amount.rebased(to: .financialYear(2022), using: series) == amount)
    }

    @Test("a missing year is a typed error naming the year and the series")
    func missingYear() throws {
        let amount = try Money("49.00", .gbp, in: .financialYear(1999))
        #expect(throws: MoneyError.priceBaseNotInSeries(.financialYear(1999), series: series.source)) {
            try amount.rebased(to: .financialYear(2024), using: series)
        }
        let calendar = try Money("49.00", .gbp, in: .calendarYear(2024))
        #expect(throws: MoneyError.priceBaseNotInSeries(.calendarYear(2024), series: series.source)) {
            try calendar.rebased(to: .financialYear(2024), using: series)
        }
    }

    @Test("indices must be finite and positive; every bad one is reported")
    func validation() {
        #expect(
            throws: ValidationError(issues: [
                ValidationIssue(
                    .outOfRange("-1.0", allowed: "(0, ∞)"), at: FieldPath(components: [.key("indices"), .key("2020")])),
                ValidationIssue(.notFinite("nan"), at: FieldPath(components: [.key("indices"), .key("2023-24")])),
            ])
        ) {
            try DeflatorSeries(source: "test", indices: [.calendarYear(2020): -1, .financialYear(2023): .nan])
        }
    }

    @Test("JSON round trip")
    func json() throws {
        let data = try JSONEncoder().encode(series)
        #expect(try JSONDecoder().decode(DeflatorSeries.self, from: data) == series)
    }

    @Test("explicit currency conversion")
    func exchange() throws {
        let euros = try Money("100.00", .eur, in: .financialYear(2024))
        let rate = try ExchangeRate(from: .eur, to: .gbp, rate: 0.845)
        #expect(try euros.converted(using: rate) == Money("84.50", .gbp, in: .financialYear(2024)))
        let pounds = try Money("1.00", .gbp, in: .financialYear(2024))
        #expect(throws: MoneyError.exchangeRateDoesNotApply(rate: rate.description, amount: .gbp)) {
            try pounds.converted(using: rate)
        }
        // Pounds to yen: 2 minor-unit digits to 0. £1.00 at 190.5 yen = ¥190.5 → ¥190 (half to even).
        let yen = try ExchangeRate(from: .gbp, to: Currency(code: "JPY"), rate: 190.5)
        #expect(try pounds.converted(using: yen).minorUnits == 190)
        #expect(throws: ValidationIssue(.outOfRange("0.0", allowed: "(0, ∞)"), at: "rate")) {
            try ExchangeRate(from: .gbp, to: .eur, rate: 0)
        }
    }
}
