import CommunityResilience
import Foundation
import Testing

@Suite("Period text and JSON")
struct PeriodCodableTests {
    // (text, first, last, canonical text). Spans by hand; the canonical form is the month,
    // quarter, calendar year or financial year the span is, else an interval.
    @Test(
        "parses every form and prints the canonical one",
        arguments: [
            ("2024-03", "2024-03", "2024-03", "2024-03"),
            ("2024-Q2", "2024-04", "2024-06", "2024-Q2"),
            ("2024", "2024-01", "2024-12", "2024"),
            ("2024-25", "2024-04", "2025-03", "2024-25"),
            ("2024/25", "2024-04", "2025-03", "2024-25"),
            ("1999-00", "1999-04", "2000-03", "1999-00"),
            ("2023-04/2024-06", "2023-04", "2024-06", "2023-04/2024-06"),
            ("2023-04/2024-03", "2023-04", "2024-03", "2023-24"),
            ("2024-01/2024-03", "2024-01", "2024-03", "2024-Q1"),
            ("2024-01/2024-12", "2024-01", "2024-12", "2024"),
            ("2024-05/2024-05", "2024-05", "2024-05", "2024-05"),
            ("2023-Q2/2024-Q1", "2023-04", "2024-03", "2023-24"),
            ("2023-24/2025-26", "2023-04", "2026-03", "2023-04/2026-03"),
            ("2023/2024", "2023-01", "2024-12", "2023-01/2024-12"),
            ("2024-02/2024-04", "2024-02", "2024-04", "2024-02/2024-04"),
            // YYYY-NN with NN in 01…12 is a month (ISO 8601); financial year 2011-12 prints with a slash.
            ("2011-12", "2011-12", "2011-12", "2011-12"),
            ("2011/12", "2011-04", "2012-03", "2011/12"),
            ("2000/01", "2000-04", "2001-03", "2000/01"),
            ("2011-04/2012-03", "2011-04", "2012-03", "2011/12"),
            ("2012-13", "2012-04", "2013-03", "2012-13"),
            ("1799-00", "1800-01", "1800-03", "1800-Q1"),
        ])
    func forms(text: String, first: String, last: String, canonical: String) throws {
        let period = try Period(parsing: text)
        #expect(period.first.description == first)
        #expect(period.last.description == last)
        #expect(period.description == canonical)
        #expect(try Period(parsing: period.description) == period)
        #expect(Period(text) == period)
    }

    @Test(
        "rejects text that is no period",
        arguments: [
            ("2024-13", PeriodError.invalidPeriod("2024-13")),
            ("2024-26", .invalidPeriod("2024-26")),
            ("2024-00", .invalidPeriod("2024-00")),
            ("24", .invalidPeriod("24")),
            ("2024-Q5", .quarterOutOfRange(5)),
            ("2024/26", .invalidFinancialYear("2024/26")),
            ("2024-03/", .invalidPeriod("2024-03/")),
            ("/2024-03", .invalidPeriod("/2024-03")),
            ("2024/25/26", .invalidPeriod("2024/25/26")),
            ("2023-04/2024-13", .invalidPeriod("2023-04/2024-13")),
            ("1700-01/2024-03", .yearOutOfRange(1700, supported: 1800...9999)),
            ("2023-04/2024-03 ", .invalidPeriod("2023-04/2024-03 ")),
            ("2023-04/2024-03-01", .invalidPeriod("2023-04/2024-03-01")),
            (String(repeating: "2024", count: 1_000), .invalidPeriod(String(repeating: "2024", count: 1_000))),
        ])
    func rejects(text: String, error: PeriodError) {
        #expect(throws: error) { try Period(parsing: text) }
        #expect(Period(text) == nil)
    }

    @Test("an interval that runs backwards is rejected")
    func backwards() throws {
        let april = try Month(parsing: "2024-04")
        let march = try Month(parsing: "2024-03")
        #expect(throws: PeriodError.endBeforeStart(first: april, last: march)) {
            try Period(parsing: "2024-04/2024-03")
        }
    }

    @Test("the no-period message lists the forms and cuts long text")
    func descriptions() {
        #expect(
            PeriodError.invalidPeriod("2024-26").description
                == "'2024-26' is not a period: expected a month (2024-03), a quarter (2024-Q2), a calendar year (2024), "
                + "a financial year (2024-25) or an interval (2023-04/2024-03)")
        #expect(
            PeriodError.invalidPeriod(String(repeating: "x", count: 100)).description.hasPrefix(
                "'\(String(repeating: "x", count: 40))…' is not a period"))
    }

    // Every span shape over a stretch of months, to check that decoding the encoding returns an
    // equal value: all 1…30-month periods starting in 1998-01…2013-12 (covers the slash-written
    // financial years 2000-01…2011-12) plus the ends of the range.
    @Test("every encoded period decodes to an equal value")
    func exhaustiveRoundTrip() throws {
        var periods: [Period] = []
        for start in try Month(parsing: "1998-01")...Month(parsing: "2013-12") {
            for count in 1...30 { periods.append(try Period(starting: start, monthCount: count)) }
        }
        periods.append(Period(Month.earliest...Month.latest))
        periods.append(Period(try FinancialYear(startYear: 9999)))
        let data = try JSONEncoder().encode(periods)
        let decoded = try JSONDecoder().decode([Period].self, from: data)
        #expect(decoded == periods)
        #expect(periods.allSatisfy { Period($0.description) == $0 })
    }

    struct Report: Codable, Equatable {
        var month: Month
        var quarter: Quarter
        var calendarYear: CalendarYear
        var financialYear: FinancialYear
        var periods: [Period]
    }

    @Test("all the time types round-trip through JSON as strings")
    func jsonRoundTrip() throws {
        let report = Report(
            month: try Month(parsing: "2024-03"),
            quarter: try Quarter(parsing: "2024-Q2"),
            calendarYear: try CalendarYear(2024),
            financialYear: try FinancialYear(parsing: "1999-00"),
            periods: try ["2024-03", "2024-Q2", "2024", "2024-25", "2023-04/2024-06", "2011/12"].map {
                try Period(parsing: $0)
            }
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(report), as: UTF8.self)
        #expect(
            json == #"{"calendarYear":"2024","financialYear":"1999-00","month":"2024-03","#
                + #""periods":["2024-03","2024-Q2","2024","2024-25","2023-04\/2024-06","2011\/12"],"quarter":"2024-Q2"}"#
        )
        #expect(try JSONDecoder().decode(Report.self, from: Data(json.utf8)) == report)
    }

    // The bad value sits at periods[1]: the DecodingError must keep that path and carry the
    // PeriodError's sentence.
    @Test(
        "a bad string decodes to dataCorrupted with the path and the error's description",
        arguments: [
            (
                #"{"month":"2024-13","quarter":"2024-Q1","calendarYear":"2024","financialYear":"2024-25","periods":[]}"#,
                ["month"], "month 13 is outside 1…12"
            ),
            (
                #"{"month":"2024-03","quarter":"2024-Q5","calendarYear":"2024","financialYear":"2024-25","periods":[]}"#,
                ["quarter"], "quarter 5 is outside 1…4"
            ),
            (
                #"{"month":"2024-03","quarter":"2024-Q1","calendarYear":"24","financialYear":"2024-25","periods":[]}"#,
                ["calendarYear"], "'24' is not a calendar year: expected YYYY, e.g. 2024"
            ),
            (
                #"{"month":"2024-03","quarter":"2024-Q1","calendarYear":"2024","financialYear":"2024-26","periods":[]}"#,
                ["financialYear"], "'2024-26' is not a UK financial year: expected e.g. 2024-25"
            ),
            (
                #"{"month":"2024-03","quarter":"2024-Q1","calendarYear":"2024","financialYear":"2024-25","periods":["2024","2024-04/2023-04"]}"#,
                ["periods", "Index 1"], "period end 2023-04 is before its start 2024-04"
            ),
        ])
    func decodingErrors(json: String, path: [String], description: String) throws {
        do {
            _ = try JSONDecoder().decode(Report.self, from: Data(json.utf8))
            Issue.record("decoding should have failed")
        } catch let DecodingError.dataCorrupted(context) {
            #expect(context.debugDescription == description)
            #expect(context.codingPath.map(\.stringValue) == path)
            #expect((context.underlyingError as? PeriodError)?.description == description)
        }
    }

    @Test("a number where a string belongs is a type mismatch, not a crash")
    func wrongType() {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Month].self, from: Data("[202403]".utf8)) }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([CalendarYear].self, from: Data("[2024]".utf8)) }
    }
}
