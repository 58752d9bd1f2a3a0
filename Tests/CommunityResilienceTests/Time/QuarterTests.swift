import CommunityResilience
import Testing

@Suite("Quarter")
struct QuarterTests {
    // Index by hand: year × 4 + quarter − 1. Days from Python (reference.py): Q1 2024 is
    // (date(2024,4,1) - date(2024,1,1)).days = 91, Q1 2023 is 90, Q2 91, Q3 and Q4 92.
    @Test(
        "parses and prints YYYY-QN, with months and days",
        arguments: [
            ("2024-Q1", 2024, 1, 8_096, "2024-01", "2024-03", 91),
            ("2023-Q1", 2023, 1, 8_092, "2023-01", "2023-03", 90),
            ("2024-Q2", 2024, 2, 8_097, "2024-04", "2024-06", 91),
            ("2024-Q3", 2024, 3, 8_098, "2024-07", "2024-09", 92),
            ("2024-Q4", 2024, 4, 8_099, "2024-10", "2024-12", 92),
        ])
    func parsesAndPrints(text: String, year: Int, number: Int, index: Int, first: String, last: String, days: Int)
        throws
    {
        let quarter = try Quarter(parsing: text)
        #expect(quarter.year == year)
        #expect(quarter.number == number)
        #expect(quarter.index == index)
        #expect(quarter.description == text)
        #expect(try Quarter(year: year, quarter: number) == quarter)
        #expect(try Quarter(index: index) == quarter)
        #expect(quarter.months.map(\.description).first == first)
        #expect(quarter.months.map(\.description).last == last)
        #expect(quarter.months.count == 3)
        #expect(quarter.numberOfDays == days)
        #expect(quarter.calendarYear.year == year)
    }

    @Test(
        "rejects bad text",
        arguments: [
            ("2024-Q5", PeriodError.quarterOutOfRange(5), "quarter 5 is outside 1…4"),
            ("2024-Q0", .quarterOutOfRange(0), "quarter 0 is outside 1…4"),
            (
                "2024-q1", .invalidQuarter("2024-q1"),
                "'2024-q1' is not a calendar quarter: expected YYYY-QN, e.g. 2024-Q1"
            ),
            ("2024Q1", .invalidQuarter("2024Q1"), "'2024Q1' is not a calendar quarter: expected YYYY-QN, e.g. 2024-Q1"),
            (
                "2024-Q12", .invalidQuarter("2024-Q12"),
                "'2024-Q12' is not a calendar quarter: expected YYYY-QN, e.g. 2024-Q1"
            ),
            (
                "1700-Q1", .yearOutOfRange(1700, supported: 1800...9999),
                "year 1700 is outside the supported range 1800…9999"
            ),
        ])
    func rejects(text: String, error: PeriodError, description: String) {
        #expect(throws: error) { try Quarter(parsing: text) }
        #expect(error.description == description)
        #expect(Quarter(text) == nil)
    }

    @Test("contains exactly its three months")
    func contains() throws {
        let quarter = try Quarter(parsing: "2024-Q2")
        let inside = try ["2024-04", "2024-05", "2024-06"].map { try Month(parsing: $0) }
        let outside = try ["2024-03", "2024-07", "2023-05"].map { try Month(parsing: $0) }
        #expect(inside.allSatisfy(quarter.contains))
        #expect(!outside.contains(where: quarter.contains))
        #expect(inside.allSatisfy { Quarter(containing: $0) == quarter })
    }

    // Financial numbering by hand: Apr–Jun is financial Q1, Jan–Mar is Q4 of the previous year's FY.
    @Test(
        "knows its number and year in the UK financial year",
        arguments: [
            ("2024-Q2", 1, "2024-25"), ("2024-Q3", 2, "2024-25"), ("2024-Q4", 3, "2024-25"), ("2025-Q1", 4, "2024-25"),
        ])
    func financialNumbering(text: String, number: Int, financialYear: String) throws {
        let quarter = try Quarter(parsing: text)
        #expect(quarter.numberInFinancialYear == number)
        #expect(quarter.financialYear.description == financialYear)
    }

    @Test("iterates and strides by quarters")
    func iteration() throws {
        let start = try Quarter(parsing: "2023-Q3")
        let end = try Quarter(parsing: "2025-Q2")
        #expect((start...end).count == 8)
        #expect(start.distance(to: end) == 7)
        #expect(start.advanced(by: 2).description == "2024-Q1")
        #expect(start.advanced(by: Int.max).description == "9999-Q4")
        #expect(start.advanced(by: Int.min).description == "1800-Q1")
        #expect(throws: PeriodError.indexOutOfRange(40_000, supported: 7_200...39_999)) { try Quarter(index: 40_000) }
    }
}
