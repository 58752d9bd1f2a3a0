import CommunityResilience
import Testing

@Suite("FinancialYear")
struct FinancialYearTests {
    @Test(
        "parses the hyphen and slash forms and prints the hyphen form",
        arguments: [
            ("2024-25", 2024, "2024-25"),
            ("2024/25", 2024, "2024-25"),
            ("1999-00", 1999, "1999-00"),
            ("1999/00", 1999, "1999-00"),
            ("2011-12", 2011, "2011-12"),
            ("2009-10", 2009, "2009-10"),
            ("1799-00", 1799, "1799-00"),
            ("9999-00", 9999, "9999-00"),
        ])
    func parsesAndPrints(text: String, startYear: Int, printed: String) throws {
        let year = try FinancialYear(parsing: text)
        #expect(year.startYear == startYear)
        #expect(year.endYear == startYear + 1)
        #expect(year.description == printed)
        #expect(FinancialYear(text) == year)
        #expect(try FinancialYear(startYear: startYear) == year)
    }

    @Test(
        "rejects text that is not a UK financial year",
        arguments: [
            (
                "2024-26", PeriodError.invalidFinancialYear("2024-26"),
                "'2024-26' is not a UK financial year: expected e.g. 2024-25"
            ),
            (
                "2024-24", .invalidFinancialYear("2024-24"),
                "'2024-24' is not a UK financial year: expected e.g. 2024-25"
            ),
            (
                "1999-01", .invalidFinancialYear("1999-01"),
                "'1999-01' is not a UK financial year: expected e.g. 2024-25"
            ),
            (
                "2024-2025", .invalidFinancialYear("2024-2025"),
                "'2024-2025' is not a UK financial year: expected e.g. 2024-25"
            ),
            (
                "FY2024-25", .invalidFinancialYear("FY2024-25"),
                "'FY2024-25' is not a UK financial year: expected e.g. 2024-25"
            ),
            (
                "2024_25", .invalidFinancialYear("2024_25"),
                "'2024_25' is not a UK financial year: expected e.g. 2024-25"
            ),
            (
                "1700-01", .yearOutOfRange(1700, supported: 1799...9999),
                "year 1700 is outside the supported range 1799…9999"
            ),
        ])
    func rejects(text: String, error: PeriodError, description: String) {
        #expect(throws: error) { try FinancialYear(parsing: text) }
        #expect(error.description == description)
        #expect(FinancialYear(text) == nil)
    }

    // Hand-derived: the year turns on 1 April.
    @Test(
        "the year turns between March and April",
        arguments: [
            ("2025-03", "2024-25"), ("2025-04", "2025-26"), ("2024-04", "2024-25"), ("2025-01", "2024-25"),
            ("2024-12", "2024-25"), ("2000-03", "1999-00"), ("2000-04", "2000-01"),
        ])
    func boundaries(month: String, financialYear: String) throws {
        let month = try Month(parsing: month)
        let expected = try FinancialYear(parsing: financialYear)
        #expect(FinancialYear(containing: month) == expected)
        #expect(expected.contains(month))
        #expect(!expected.advanced(by: 1).contains(month))
        #expect(!expected.advanced(by: -1).contains(month))
    }

    @Test("months run April to March")
    func months() throws {
        let months = try FinancialYear(parsing: "2024-25").months.map(\.description)
        #expect(
            months == [
                "2024-04", "2024-05", "2024-06", "2024-07", "2024-08", "2024-09",
                "2024-10", "2024-11", "2024-12", "2025-01", "2025-02", "2025-03",
            ])
    }

    @Test(
        "quarters are numbered from April",
        arguments: [
            (1, "2024-Q2", "2024-04", "2024-06"),
            (2, "2024-Q3", "2024-07", "2024-09"),
            (3, "2024-Q4", "2024-10", "2024-12"),
            (4, "2025-Q1", "2025-01", "2025-03"),
        ])
    func quarters(number: Int, calendarQuarter: String, first: String, last: String) throws {
        let year = try FinancialYear(parsing: "2024-25")
        let quarter = try year.quarter(number)
        #expect(quarter.description == calendarQuarter)
        #expect(quarter.firstMonth.description == first)
        #expect(quarter.lastMonth.description == last)
        #expect(quarter.numberInFinancialYear == number)
        #expect(year.quarters[number - 1] == quarter)
    }

    @Test("quarter numbers outside 1…4 are rejected", arguments: [0, 5, -1, Int.max])
    func badQuarter(number: Int) throws {
        let year = try FinancialYear(parsing: "2024-25")
        #expect(throws: PeriodError.quarterOutOfRange(number)) { try year.quarter(number) }
    }

    // Python: (date(y+1, 4, 1) - date(y, 4, 1)).days (reference.py).
    @Test(
        "number of days counts 29 February of the end year",
        arguments: [
            ("2023-24", 366), ("2024-25", 365), ("1999-00", 366), ("1899-00", 365), ("2099-00", 365), ("2399-00", 366),
        ])
    func numberOfDays(text: String, days: Int) throws {
        let year = try FinancialYear(parsing: text)
        #expect(year.numberOfDays == days)
        #expect(Period(year).numberOfDays == days)
    }

    @Test("ranges of financial years iterate")
    func iteration() throws {
        let fy2020 = try FinancialYear(startYear: 2020)
        let fy2024 = try FinancialYear(startYear: 2024)
        let years = fy2020...fy2024
        #expect(years.count == 5)
        #expect(years.map(\.description) == ["2020-21", "2021-22", "2022-23", "2023-24", "2024-25"])
        #expect(fy2020.distance(to: fy2024) == 4)
        #expect(fy2020 < fy2024)
        #expect(fy2020.advanced(by: Int.max).description == "9999-00")
        #expect(fy2020.advanced(by: Int.min).description == "1799-00")
    }

    // The edge years exist so that every supported month has a financial year; they hold only
    // their supported months.
    @Test("edge years hold only the supported months")
    func edgeYears() throws {
        let first = try FinancialYear(startYear: 1799)
        #expect(first.months.map(\.description) == ["1800-01", "1800-02", "1800-03"])
        #expect(first.quarters.map(\.description) == ["1800-Q1"])
        #expect(throws: PeriodError.yearOutOfRange(1799, supported: 1800...9999)) { try first.quarter(1) }
        let last = try FinancialYear(startYear: 9999)
        #expect(last.months.count == 9)
        #expect(last.months.last == Month.latest)
        #expect(last.quarters.map(\.description) == ["9999-Q2", "9999-Q3", "9999-Q4"])
        #expect(throws: PeriodError.yearOutOfRange(10_000, supported: 1800...9999)) { try last.quarter(4) }
        #expect(Month.earliest.financialYear == first)
        #expect(Month.latest.financialYear == last)
    }
}
