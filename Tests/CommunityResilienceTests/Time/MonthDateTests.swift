import CommunityResilience
import Foundation
import Testing

/// Instants turned into months and financial years on the UK calendar.
///
/// Seconds since 2001-01-01T00:00:00Z and the London wall times come from Python's zoneinfo
/// (reference.py in /work/helpers/time-reference):
///     t = datetime.fromisoformat(iso); (t - datetime(2001,1,1,tzinfo=timezone.utc)).total_seconds()
///     t.astimezone(ZoneInfo("Europe/London")).isoformat()
@Suite("Month and FinancialYear from a Date")
struct MonthDateTests {
    @Test(
        "the UK calendar day decides the month and financial year",
        arguments: [
            // 2025-03-31T23:30:00Z = 2025-04-01T00:30:00+01:00 (BST): the new financial year in the UK.
            (765_156_600.0, "2025-04", "2025-26", "2025-03", "2024-25"),
            // 2025-03-31T22:59:59Z = 2025-03-31T23:59:59+01:00: still March everywhere.
            (765_154_799.0, "2025-03", "2024-25", "2025-03", "2024-25"),
            // 2024-03-31T23:00:00Z = 2024-04-01T00:00:00+01:00, BST having started that morning.
            (733_618_800.0, "2024-04", "2024-25", "2024-03", "2023-24"),
            // 2025-06-30T23:30:00Z = 2025-07-01T00:30:00+01:00.
            (773_019_000.0, "2025-07", "2025-26", "2025-06", "2025-26"),
            // 2025-12-31T23:30:00Z = 2025-12-31T23:30:00+00:00 (GMT): London and UTC agree in winter.
            (788_916_600.0, "2025-12", "2025-26", "2025-12", "2025-26"),
            // 1970-03-31T23:30:00Z = 1970-04-01T00:30:00+01:00: British Standard Time (UTC+1 all year, 1968–71).
            (-970_533_000.0, "1970-04", "1970-71", "1970-03", "1969-70"),
        ])
    func ukCalendarDay(
        seconds: Double, london: String, londonFinancialYear: String, utc: String, utcFinancialYear: String
    ) throws {
        let date = Date(timeIntervalSinceReferenceDate: seconds)
        let gmt = try #require(TimeZone(identifier: "GMT"))
        #expect(try Month(containing: date).description == london)
        #expect(try FinancialYear(containing: date).description == londonFinancialYear)
        #expect(try Month(containing: date, in: gmt).description == utc)
        #expect(try FinancialYear(containing: date, in: gmt).description == utcFinancialYear)
    }

    // 1800-01-01T00:00:30Z is 1799-12-31T23:59:15 London mean time (LMT, −0:01:15): Python zoneinfo.
    @Test("an instant just before the supported range in London is rejected with its year")
    func beforeRange() throws {
        let date = Date(timeIntervalSinceReferenceDate: -6_342_969_570)
        #expect(throws: PeriodError.yearOutOfRange(1799, supported: 1800...9999)) { try Month(containing: date) }
        // 1800-01-01T00:01:30Z = 1800-01-01T00:00:15 LMT.
        #expect(try Month(containing: Date(timeIntervalSinceReferenceDate: -6_342_969_510)) == Month.earliest)
    }

    @Test(
        "instants that are not finite or far out of range are rejected",
        arguments: [
            Double.nan, .infinity, -.infinity, 1e300, -1e300, 3e11, -7e9,
        ])
    func outOfRange(seconds: Double) {
        #expect(throws: PeriodError.self) { try Month(containing: Date(timeIntervalSinceReferenceDate: seconds)) }
        #expect(throws: PeriodError.self) {
            try FinancialYear(containing: Date(timeIntervalSinceReferenceDate: seconds))
        }
    }

    @Test("the date error reads as seconds, never formatting the date itself")
    func dateErrorDescription() {
        let error = PeriodError.dateOutOfRange(secondsSinceReferenceDate: .nan)
        #expect(error.description == "date nan s after 2001-01-01T00:00:00Z is outside the supported years 1800…9999")
        #expect(
            PeriodError.dateOutOfRange(secondsSinceReferenceDate: 1e300).description
                == "date 1e+300 s after 2001-01-01T00:00:00Z is outside the supported years 1800…9999")
    }

    // 9999-12-31T23:00:00Z = 252,423,990,000 s; London is on GMT then.
    @Test("the last supported instant is in 9999-12")
    func lastInstant() throws {
        #expect(try Month(containing: Date(timeIntervalSinceReferenceDate: 252_423_990_000)) == Month.latest)
    }
}
