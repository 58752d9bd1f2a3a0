import CommunityResilience
import Foundation
import Testing

@Suite("Month")
struct MonthTests {
    // Expected text and index by hand: index = year × 12 + month − 1 (2024 × 12 + 2 = 24,290).
    @Test(
        "parses and prints YYYY-MM",
        arguments: [
            ("2024-03", 2024, 3, 24_290),
            ("1800-01", 1800, 1, 21_600),
            ("9999-12", 9999, 12, 119_999),
            ("2000-10", 2000, 10, 24_009),
        ])
    func parsesAndPrints(text: String, year: Int, month: Int, index: Int) throws {
        let parsed = try Month(parsing: text)
        #expect(parsed.year == year)
        #expect(parsed.month == month)
        #expect(parsed.index == index)
        #expect(parsed.description == text)
        #expect(try Month(year: year, month: month) == parsed)
        #expect(try Month(index: index) == parsed)
        #expect(Month(text) == parsed)
    }

    @Test(
        "rejects malformed and out-of-range text with a precise error",
        arguments: [
            ("2024-13", PeriodError.monthOutOfRange(13), "month 13 is outside 1…12"),
            ("2024-00", .monthOutOfRange(0), "month 0 is outside 1…12"),
            (
                "1799-12", .yearOutOfRange(1799, supported: 1800...9999),
                "year 1799 is outside the supported range 1800…9999"
            ),
            ("2024-3", .invalidMonth("2024-3"), "'2024-3' is not a month: expected YYYY-MM, e.g. 2024-03"),
            ("2024/03", .invalidMonth("2024/03"), "'2024/03' is not a month: expected YYYY-MM, e.g. 2024-03"),
            (" 2024-03", .invalidMonth(" 2024-03"), "' 2024-03' is not a month: expected YYYY-MM, e.g. 2024-03"),
            ("2024-Q1", .invalidMonth("2024-Q1"), "'2024-Q1' is not a month: expected YYYY-MM, e.g. 2024-03"),
            ("", .invalidMonth(""), "'' is not a month: expected YYYY-MM, e.g. 2024-03"),
            ("２０２４-03", .invalidMonth("２０２４-03"), "'２０２４-03' is not a month: expected YYYY-MM, e.g. 2024-03"),
        ])
    func rejects(text: String, error: PeriodError, description: String) {
        #expect(throws: error) { try Month(parsing: text) }
        #expect(error.description == description)
        #expect(Month(text) == nil)
    }

    @Test("parses UTF-8 bytes of a field without a String")
    func utf8() throws {
        let line = Array("E06000001,2024-03,17,2024-00".utf8)
        #expect(try Month(utf8: line[10..<17]).description == "2024-03")
        #expect(throws: PeriodError.invalidMonth("2024-03,1")) { try Month(utf8: line[10..<19]) }
        #expect(throws: PeriodError.invalidMonth(String(repeating: "9", count: 20))) {
            try Month(utf8: Array(repeating: UInt8(ascii: "9"), count: 20))
        }
        #expect(throws: PeriodError.invalidMonth("\u{FFFD}024-03")) { try Month(utf8: [0xFF] + Array("024-03".utf8)) }
        try line.withUnsafeBufferPointer { (buffer) throws in
            #expect(try Month(utf8: UnsafeBufferPointer(rebasing: buffer[10..<17])).description == "2024-03")
            #expect(throws: PeriodError.invalidMonth("E06000001,2024-03,17,2024-00")) { try Month(utf8: buffer) }
            #expect(throws: PeriodError.monthOutOfRange(0)) {
                try Month(utf8: UnsafeBufferPointer(rebasing: buffer[21..<28]))
            }
        }
    }

    @Test(
        "constructors reject values outside their ranges",
        arguments: [
            (2024, 13, PeriodError.monthOutOfRange(13)),
            (2024, -1, .monthOutOfRange(-1)),
            (10_000, 1, .yearOutOfRange(10_000, supported: 1800...9999)),
            (Int.min, 1, .yearOutOfRange(Int.min, supported: 1800...9999)),
            (Int.max, 12, .yearOutOfRange(Int.max, supported: 1800...9999)),
        ])
    func rejectsComponents(year: Int, month: Int, error: PeriodError) {
        #expect(throws: error) { try Month(year: year, month: month) }
    }

    @Test("init(index:) rejects indices outside 21,600…119,999", arguments: [21_599, 120_000, -1, Int.min, Int.max])
    func rejectsIndex(index: Int) {
        #expect(throws: PeriodError.indexOutOfRange(index, supported: 21_600...119_999)) { try Month(index: index) }
    }

    // Days from Python: calendar.monthrange(y, m)[1] (reference.py in /work/helpers/time-reference).
    @Test(
        "number of days follows the Gregorian leap-year rule",
        arguments: [
            ("2024-02", 29), ("2023-02", 28), ("1900-02", 28), ("2000-02", 29), ("2100-02", 28),
            ("2024-04", 30), ("2024-12", 31), ("1800-01", 31), ("9999-12", 31),
        ])
    func numberOfDays(text: String, days: Int) throws {
        #expect(try Month(parsing: text).numberOfDays == days)
    }

    // Hand-derived: Jan–Mar belong to the financial year that started the April before.
    @Test(
        "knows its quarter, calendar year and financial year",
        arguments: [
            ("2025-03", "2025-Q1", "2025", "2024-25"),
            ("2025-04", "2025-Q2", "2025", "2025-26"),
            ("2024-12", "2024-Q4", "2024", "2024-25"),
            ("2000-01", "2000-Q1", "2000", "1999-00"),
            ("1800-01", "1800-Q1", "1800", "1799-00"),
            ("9999-12", "9999-Q4", "9999", "9999-00"),
        ])
    func containingPeriods(text: String, quarter: String, calendarYear: String, financialYear: String) throws {
        let month = try Month(parsing: text)
        #expect(month.quarter.description == quarter)
        #expect(month.calendarYear.description == calendarYear)
        #expect(month.financialYear.description == financialYear)
    }

    @Test("ranges of months iterate in order and count months")
    func iteration() throws {
        let start = try Month(year: 2023, month: 4)
        let end = try Month(year: 2025, month: 3)
        let months = Array(start...end)
        #expect(months.count == 24)
        #expect(months.first == start)
        #expect(months.last == end)
        #expect(start.distance(to: end) == 23)
        #expect(end.distance(to: start) == -23)
        #expect(zip(months, months.dropFirst()).allSatisfy { $0.distance(to: $1) == 1 })
        #expect(months[9].description == "2024-01")
        #expect(
            Array(stride(from: start, to: end, by: 3)).map(\.description)
                == ["2023-04", "2023-07", "2023-10", "2024-01", "2024-04", "2024-07", "2024-10", "2025-01"])
        #expect((Month.earliest...Month.latest).count == 98_400)
    }

    @Test("ordering follows time")
    func ordering() throws {
        #expect(try Month(parsing: "2023-12") < Month(parsing: "2024-01"))
        #expect(try Month(parsing: "2024-02") > Month(parsing: "2024-01"))
        #expect(Set(try ["2024-01", "2024-01", "2024-02"].map { try Month(parsing: $0) }).count == 2)
    }

    @Test("advanced(by:) saturates at the supported ends instead of trapping")
    func saturation() throws {
        let december = try Month(parsing: "2024-12")
        #expect(december.advanced(by: 1).description == "2025-01")
        #expect(december.advanced(by: -12).description == "2023-12")
        #expect(december.advanced(by: Int.max) == Month.latest)
        #expect(december.advanced(by: Int.min) == Month.earliest)
        #expect(Month.latest.advanced(by: 1) == Month.latest)
        // A stride through the last month still ends.
        #expect(Array(stride(from: try Month(parsing: "9999-10"), through: Month.latest, by: 1)).count == 3)
        #expect(Array(stride(from: try Month(parsing: "9999-10"), through: Month.latest, by: 2)).count == 2)
    }

    @Test("adding(months:) reports leaving the supported range", arguments: [1, 100, Int.max])
    func checkedAddition(offset: Int) throws {
        #expect(try Month(parsing: "2024-03").adding(months: 12).description == "2025-03")
        #expect(throws: PeriodError.offsetOutOfRange(from: Month.latest, months: offset)) {
            try Month.latest.adding(months: offset)
        }
        #expect(
            PeriodError.offsetOutOfRange(from: Month.latest, months: 1).description
                == "9999-12 moved by 1 months is outside the supported range 1800-01…9999-12")
    }
}
