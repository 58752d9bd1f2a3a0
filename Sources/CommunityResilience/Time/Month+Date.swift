import Foundation

extension Month {
    /// The identifier of the UK civil time zone, the default for turning instants into months.
    public static let ukTimeZoneIdentifier = "Europe/London"

    /// The month that contains the instant `date` on the wall calendar of `timeZone`
    /// (Europe/London when `nil`).
    ///
    /// The time zone matters at month ends: UK records are dated by the local calendar day, and
    /// in British Summer Time local midnight is 23:00 UTC the day before. The instant
    /// 2025-03-31T23:30:00Z is 00:30 BST on 1 April 2025, so it belongs to April 2025 (and to
    /// financial year 2025-26); read in UTC it would fall in March 2025 (2024-25).
    ///
    /// Uses Foundation's Gregorian `Calendar` and the system time zone database, which knows the
    /// history of UK clock changes (e.g. British Standard Time 1968–71).
    /// - Parameters:
    ///   - date: The instant.
    ///   - timeZone: The zone whose calendar day counts; `nil` means Europe/London.
    /// - Throws: ``PeriodError/dateOutOfRange(secondsSinceReferenceDate:)`` for a date that is not finite or is far
    ///   outside 1800…9999, ``PeriodError/yearOutOfRange(_:supported:)`` for one just outside,
    ///   ``PeriodError/timeZoneUnavailable(_:)`` if the database lacks Europe/London.
    public init(containing date: Date, in timeZone: TimeZone? = nil) throws(PeriodError) {
        // Foundation's Calendar clamps or wraps absurd instants (NaN reads as 4713 BC) instead of
        // failing, so reject instants outside the supported years, with a day's margin for any
        // offset, before asking it.
        let seconds = date.timeIntervalSinceReferenceDate
        guard seconds.isFinite,
            seconds >= Self.earliestAcceptedSeconds, seconds <= Self.latestAcceptedSeconds
        else { throw .dateOutOfRange(secondsSinceReferenceDate: seconds) }

        var calendar = Calendar(identifier: .gregorian)
        // Not `timeZone ?? ukTimeZone()`: `??` takes an untyped-throwing autoclosure.
        if let timeZone {
            calendar.timeZone = timeZone
        } else {
            calendar.timeZone = try Self.ukTimeZone()
        }
        let components = calendar.dateComponents([.year, .month], from: date)
        guard let year = components.year, let month = components.month else {
            throw .dateOutOfRange(secondsSinceReferenceDate: seconds)
        }
        try self.init(year: year, month: month)
    }

    /// Europe/London from the system time zone database.
    /// - Throws: ``PeriodError/timeZoneUnavailable(_:)`` when the database does not have it.
    static func ukTimeZone() throws(PeriodError) -> TimeZone {
        guard let zone = TimeZone(identifier: ukTimeZoneIdentifier) else {
            throw .timeZoneUnavailable(ukTimeZoneIdentifier)
        }
        return zone
    }

    /// Seconds from 2001-01-01T00:00:00Z (Foundation's reference date) to the first day of the
    /// month with index `monthIndex`, at 00:00 UTC.
    private static func secondsSinceReferenceDate(ofMonthIndex monthIndex: Int) -> Double {
        let referenceDay = TimeArithmetic.daysSinceEpoch(ofMonthIndex: 2001 * 12)
        return Double(TimeArithmetic.daysSinceEpoch(ofMonthIndex: monthIndex) - referenceDay) * 86_400
    }

    /// One day before 1800-01-01T00:00Z; any UTC offset is less than a day.
    private static let earliestAcceptedSeconds =
        secondsSinceReferenceDate(ofMonthIndex: supportedIndices.lowerBound) - 86_400

    /// One day after 10000-01-01T00:00Z.
    private static let latestAcceptedSeconds =
        secondsSinceReferenceDate(ofMonthIndex: supportedIndices.upperBound + 1) + 86_400
}
