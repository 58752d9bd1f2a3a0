import CommunityResilience
import Testing

@Suite("Period")
struct PeriodTests {
    private func month(_ text: String) throws -> Month { try Month(parsing: text) }

    @Test("is made from each kind of span, with its first and last months")
    func constructors() throws {
        #expect(Period(try month("2024-03")).first == (try month("2024-03")))
        #expect(Period(try month("2024-03")).monthCount == 1)
        let quarter = Period(try Quarter(parsing: "2024-Q2"))
        #expect(quarter.first.description == "2024-04" && quarter.last.description == "2024-06")
        let calendar = Period(try CalendarYear(2024))
        #expect(calendar.first.description == "2024-01" && calendar.last.description == "2024-12")
        let financial = Period(try FinancialYear(startYear: 2024))
        #expect(financial.first.description == "2024-04" && financial.last.description == "2025-03")
        #expect(try Period(from: month("2024-04"), through: month("2025-03")) == financial)
        #expect(try Period(starting: month("2024-04"), monthCount: 12) == financial)
        #expect(Period(try month("2024-04")...month("2025-03")) == financial)
    }

    @Test("rejects an end before its start and empty spans")
    func rejects() throws {
        let start = try month("2024-04")
        let end = try month("2023-03")
        #expect(throws: PeriodError.endBeforeStart(first: start, last: end)) { try Period(from: start, through: end) }
        #expect(
            PeriodError.endBeforeStart(first: start, last: end).description
                == "period end 2023-03 is before its start 2024-04")
        #expect(throws: PeriodError.nonPositiveMonthCount(0)) { try Period(starting: start, monthCount: 0) }
        #expect(PeriodError.nonPositiveMonthCount(0).description == "a period must span at least 1 month, not 0")
        #expect(throws: PeriodError.offsetOutOfRange(from: Month.latest, months: 1)) {
            try Period(starting: Month.latest, monthCount: 2)
        }
        #expect(throws: PeriodError.offsetOutOfRange(from: start, months: Int.max - 1)) {
            try Period(starting: start, monthCount: Int.max)
        }
    }

    // Counts by hand: (last.year − first.year) × 12 + (last.month − first.month) + 1.
    @Test(
        "month counts and iteration agree",
        arguments: [
            ("2024-01", "2024-12", 12), ("2023-04", "2024-06", 15), ("2024-03", "2024-03", 1),
            ("2000-01", "2099-12", 1_200), ("1800-01", "9999-12", 98_400),
        ])
    func counts(first: String, last: String, count: Int) throws {
        let period = try Period(from: month(first), through: month(last))
        #expect(period.monthCount == count)
        #expect(period.months.count == count)
        var iterated = 0
        var previous: Month?
        for month in period.months {
            if let previous { #expect(previous.distance(to: month) == 1) }
            previous = month
            iterated += 1
        }
        #expect(iterated == count)
        #expect(previous == period.last)
    }

    // Days from Python (reference.py): Jan–Dec 2024 = 366; Apr 2023–Jun 2024 = 457;
    // (date(9999,12,31) - date(1800,1,1)).days + 1 = 2,994,988.
    @Test(
        "number of days",
        arguments: [("2024-01", "2024-12", 366), ("2023-04", "2024-06", 457), ("1800-01", "9999-12", 2_994_988)])
    func numberOfDays(first: String, last: String, days: Int) throws {
        #expect(try Period(from: month(first), through: month(last)).numberOfDays == days)
    }

    @Test("contains months and periods")
    func contains() throws {
        let period = try Period(from: month("2023-04"), through: month("2024-06"))
        #expect(period.contains(try month("2023-04")))
        #expect(period.contains(try month("2024-06")))
        #expect(!period.contains(try month("2023-03")))
        #expect(!period.contains(try month("2024-07")))
        #expect(period.contains(Period(try FinancialYear(startYear: 2023))))
        #expect(!period.contains(Period(try FinancialYear(startYear: 2024))))
    }

    // Overlaps by hand on the month line.
    @Test(
        "overlap is the shared months, or nil",
        arguments: [
            ("2023-04/2024-06", "2024-01/2024-12", "2024-01/2024-06"),
            ("2024-01/2024-12", "2023-04/2024-06", "2024-01/2024-06"),
            ("2023-04/2024-03", "2024-04/2025-03", nil),
            ("2023-04/2024-03", "2024-03/2025-03", "2024-03/2024-03"),
            ("2020-01/2029-12", "2024-04/2025-03", "2024-04/2025-03"),
            ("2024-05/2024-05", "2024-05/2024-05", "2024-05/2024-05"),
        ] as [(String, String, String?)])
    func overlap(lhs: String, rhs: String, expected: String?) throws {
        let a = try Period(parsing: lhs)
        let b = try Period(parsing: rhs)
        let shared = a.overlap(with: b)
        #expect(shared == (try expected.map { try Period(parsing: $0) }))
        #expect(a.overlaps(b) == (expected != nil))
        #expect(b.overlap(with: a) == shared)
    }

    @Test("lists the financial and calendar years it touches")
    func yearsTouched() throws {
        let period = try Period(from: month("2024-01"), through: month("2024-12"))
        #expect(period.financialYears.map(\.description) == ["2023-24", "2024-25"])
        #expect(period.calendarYears.map(\.description) == ["2024"])
        let long = try Period(from: month("2019-03"), through: month("2024-04"))
        #expect(
            long.financialYears.map(\.description) == [
                "2018-19", "2019-20", "2020-21", "2021-22", "2022-23", "2023-24", "2024-25",
            ])
        #expect(long.calendarYears.count == 6)
        #expect(Period(try FinancialYear(startYear: 2024)).financialYears.count == 1)
    }
}
