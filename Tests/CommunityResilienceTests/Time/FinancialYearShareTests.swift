import CommunityResilience
import Foundation
import Testing

@Suite("Financial-year shares of a period")
struct FinancialYearShareTests {
    // Hand-derived month counts: months of the period falling in each April–March year, over the
    // period's month count. Fractions are exact ratios of small integers, compared with the
    // shared helper at 1e-15.
    @Test(
        "splits a period by months across UK financial years",
        arguments: [
            ("2024-01/2024-12", [("2023-24", "2024-Q1", 3), ("2024-25", "2024-04/2024-12", 9)]),
            ("2024-25", [("2024-25", "2024-25", 12)]),
            ("2024-03", [("2023-24", "2024-03", 1)]),
            (
                "2023-03/2025-05",
                [
                    ("2022-23", "2023-03", 1), ("2023-24", "2023-24", 12), ("2024-25", "2024-25", 12),
                    ("2025-26", "2025-04/2025-05", 2),
                ]
            ),
            ("2024-02/2024-04", [("2023-24", "2024-02/2024-03", 2), ("2024-25", "2024-04", 1)]),
        ])
    func shares(period: String, expected: [(String, String, Int)]) throws {
        let period = try Period(parsing: period)
        let shares = period.financialYearShares
        #expect(shares.count == expected.count)
        for (share, (year, months, count)) in zip(shares, expected) {
            #expect(share.financialYear.description == year)
            #expect(share.months.description == months)
            #expect(share.monthCount == count)
            #expect(share.periodMonthCount == period.monthCount)
            #expect(
                isApproximatelyEqual(
                    share.fraction, Double(count) / Double(period.monthCount), relativeTolerance: 1e-15))
        }
        #expect(shares.map(\.monthCount).reduce(0, +) == period.monthCount)
        #expect(isApproximatelyEqual(shares.map(\.fraction).reduce(0, +), 1, relativeTolerance: 1e-15))
    }

    @Test("Jan–Dec 2024 is a quarter in 2023-24 and three quarters in 2024-25")
    func briefExample() throws {
        let shares = try Period(parsing: "2024").financialYearShares
        #expect(shares.map(\.fraction) == [0.25, 0.75])  // exact in binary floating point
    }

    @Test("1/3 and 2/3 of a three-month period straddling April")
    func thirds() throws {
        let shares = try Period(parsing: "2024-03/2024-05").financialYearShares
        #expect(isApproximatelyEqual(shares[0].fraction, 1.0 / 3.0, relativeTolerance: 1e-15))
        #expect(isApproximatelyEqual(shares[1].fraction, 2.0 / 3.0, relativeTolerance: 1e-15))
    }

    @Test("encodes the share for reports")
    func encoding() throws {
        let share = try #require(try Period(parsing: "2024").financialYearShares.first)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(share), as: UTF8.self)
        #expect(
            json
                == #"{"financialYear":"2023-24","fraction":0.25,"monthCount":3,"months":"2024-Q1","periodMonthCount":12}"#
        )
    }
}
