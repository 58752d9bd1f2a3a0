import Foundation
import Testing

@testable import CommunityResilience

@Suite("Formatting money for UK readers")
struct MoneyFormattingTests {
    let british = Locale(identifier: "en_GB")

    func pounds(_ text: String) throws -> Money { try Money(text, .gbp, in: .financialYear(2024)) }

    @Test("full and whole-unit notation")
    func full() throws {
        #expect(try pounds("2500000").formatted(.currency(locale: british)) == "£2,500,000.00")
        #expect(try pounds("2500000.49").formatted(.wholeUnits(locale: british)) == "£2,500,000")
        #expect(try pounds("1234.5").formatted(.moneyGB) == "£1,234.50")
    }

    @Test(
        "compact notation, three significant digits",
        arguments: [
            ("2500000", "£2.5m"), ("2499999.99", "£2.5m"), ("2534000", "£2.53m"), ("130000", "£130k"),
            ("999600", "£1m"), ("999400", "£999k"), ("1250000000", "£1.25bn"), ("950", "£950"),
            ("12345678", "£12.3m"), ("0", "£0"),
        ])
    func compact(text: String, expected: String) throws {
        #expect(try pounds(text).formatted(.compact(locale: british)) == expected)
    }

    @Test("compact notation keeps the sign")
    func negativeCompact() throws {
        let text = try pounds("-2500000").formatted(.compact(locale: british))
        #expect(text.contains("2.5m") && text.hasPrefix("-"))
    }
}
