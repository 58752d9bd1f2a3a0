import CommunityResilience
import Testing

@Suite("CalendarYear")
struct CalendarYearTests {
    // Python: calendar.isleap(y); days = 366 if leap else 365.
    @Test(
        "leap years follow the Gregorian rule",
        arguments: [
            (2024, true, 366), (2023, false, 365), (1900, false, 365), (2000, true, 366), (2100, false, 365),
            (2400, true, 366), (1800, false, 365), (9996, true, 366),
        ])
    func leapYears(year: Int, isLeap: Bool, days: Int) throws {
        let calendarYear = try CalendarYear(year)
        #expect(calendarYear.isLeapYear == isLeap)
        #expect(calendarYear.numberOfDays == days)
        #expect(Period(calendarYear).numberOfDays == days)
    }

    @Test("parses and prints YYYY")
    func text() throws {
        #expect(try CalendarYear(parsing: "2024").year == 2024)
        #expect(try CalendarYear(2024).description == "2024")
        #expect(CalendarYear("2024") == (try CalendarYear(2024)))
    }

    @Test(
        "rejects bad text",
        arguments: [
            ("24", PeriodError.invalidCalendarYear("24"), "'24' is not a calendar year: expected YYYY, e.g. 2024"),
            ("2024 ", .invalidCalendarYear("2024 "), "'2024 ' is not a calendar year: expected YYYY, e.g. 2024"),
            ("+2024", .invalidCalendarYear("+2024"), "'+2024' is not a calendar year: expected YYYY, e.g. 2024"),
            ("0999", .yearOutOfRange(999, supported: 1800...9999), "year 999 is outside the supported range 1800…9999"),
        ])
    func rejects(text: String, error: PeriodError, description: String) {
        #expect(throws: error) { try CalendarYear(parsing: text) }
        #expect(error.description == description)
    }

    @Test("months and quarters run January–December")
    func contents() throws {
        let year = try CalendarYear(2024)
        #expect(year.months.count == 12)
        #expect(year.months.first?.description == "2024-01")
        #expect(year.months.last?.description == "2024-12")
        #expect(year.quarters.map(\.description) == ["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"])
        #expect(year.contains(try Month(parsing: "2024-07")))
        #expect(!year.contains(try Month(parsing: "2025-01")))
        #expect(CalendarYear(containing: try Month(parsing: "2024-07")) == year)
    }

    @Test("ranges of years iterate and saturate at the ends")
    func iteration() throws {
        let years = try CalendarYear(2020)...CalendarYear(2024)
        #expect(years.count == 5)
        #expect(years.map(\.year) == [2020, 2021, 2022, 2023, 2024])
        #expect(try CalendarYear(9999).advanced(by: 1).year == 9999)
        #expect(try CalendarYear(2020).advanced(by: Int.min).year == 1800)
    }
}
