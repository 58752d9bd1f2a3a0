import Foundation  // LocalizedError

/// Why a month, quarter, year or period could not be made from the value or text supplied.
///
/// Every case carries the offending value or text, so that a message shown to a council analyst
/// says what to fix ("month 13 is outside 1…12", "'2024-26' is not a UK financial year: expected
/// e.g. 2024-25"). All the time types throw this error with typed throws
/// (`throws(PeriodError)`); none of them traps on caller data.
///
/// When one of the time types is decoded from a string that does not parse, the decoder throws
/// `DecodingError.dataCorrupted` whose `debugDescription` is this error's ``description`` and
/// whose `underlyingError` is this error, so the coding path to the bad field is kept.
public enum PeriodError: Error, Hashable, Sendable, CustomStringConvertible, LocalizedError {
    /// A month number outside 1…12 (January = 1).
    case monthOutOfRange(Int)
    /// A quarter number outside 1…4.
    case quarterOutOfRange(Int)
    /// A year outside the supported range: `supported` is ``Month/supportedYears`` for months,
    /// quarters and calendar years, ``FinancialYear/supportedStartYears`` for financial years.
    case yearOutOfRange(Int, supported: ClosedRange<Int>)
    /// A dense index (``Month/index``, ``Quarter/index``) outside the range of supported values.
    case indexOutOfRange(Int, supported: ClosedRange<Int>)
    /// Moving `from` by `months` months would leave the supported range of months.
    case offsetOutOfRange(from: Month, months: Int)
    /// A period whose last month is before its first.
    case endBeforeStart(first: Month, last: Month)
    /// A period was asked to span fewer than one month.
    case nonPositiveMonthCount(Int)
    /// A `Date`, given as its `timeIntervalSinceReferenceDate` (seconds after
    /// 2001-01-01T00:00:00Z), that is not finite or whose calendar year is far outside the
    /// supported range. The seconds rather than the `Date` are kept because Foundation traps when
    /// it formats a NaN `Date`, which anything that dumps this error would do.
    case dateOutOfRange(secondsSinceReferenceDate: Double)
    /// The time zone database has no zone with this identifier (for example a trimmed
    /// installation without Europe/London).
    case timeZoneUnavailable(String)
    /// Text that is not a month in the form `YYYY-MM`.
    case invalidMonth(String)
    /// Text that is not a calendar quarter in the form `YYYY-QN`.
    case invalidQuarter(String)
    /// Text that is not a calendar year in the form `YYYY`.
    case invalidCalendarYear(String)
    /// Text that is not a UK financial year in the form `YYYY-YY` or `YYYY/YY`, where the second
    /// year is the one after the first (`2024-25`, `1999-00`).
    case invalidFinancialYear(String)
    /// Text that is none of the period forms (month, quarter, calendar year, financial year,
    /// interval of two of these).
    case invalidPeriod(String)

    /// A sentence that names the offending value and what was expected.
    public var description: String {
        switch self {
        case .monthOutOfRange(let month):
            return "month \(month) is outside 1…12"
        case .quarterOutOfRange(let quarter):
            return "quarter \(quarter) is outside 1…4"
        case .yearOutOfRange(let year, let supported):
            return "year \(year) is outside the supported range \(supported.lowerBound)…\(supported.upperBound)"
        case .indexOutOfRange(let index, let supported):
            return "index \(index) is outside the supported range \(supported.lowerBound)…\(supported.upperBound)"
        case .offsetOutOfRange(let month, let offset):
            return "\(month) moved by \(offset) months is outside the supported range "
                + "\(Month.earliest)…\(Month.latest)"
        case .endBeforeStart(let first, let last):
            return "period end \(last) is before its start \(first)"
        case .nonPositiveMonthCount(let count):
            return "a period must span at least 1 month, not \(count)"
        case .dateOutOfRange(let seconds):
            return "date \(seconds) s after 2001-01-01T00:00:00Z is outside "
                + "the supported years \(Month.supportedYears.lowerBound)…\(Month.supportedYears.upperBound)"
        case .timeZoneUnavailable(let identifier):
            return "time zone \(identifier) is not available in this system's time zone database"
        case .invalidMonth(let text):
            return "\(Self.quoted(text)) is not a month: expected YYYY-MM, e.g. 2024-03"
        case .invalidQuarter(let text):
            return "\(Self.quoted(text)) is not a calendar quarter: expected YYYY-QN, e.g. 2024-Q1"
        case .invalidCalendarYear(let text):
            return "\(Self.quoted(text)) is not a calendar year: expected YYYY, e.g. 2024"
        case .invalidFinancialYear(let text):
            return "\(Self.quoted(text)) is not a UK financial year: expected e.g. 2024-25"
        case .invalidPeriod(let text):
            return "\(Self.quoted(text)) is not a period: expected a month (2024-03), a quarter (2024-Q2), "
                + "a calendar year (2024), a financial year (2024-25) or an interval (2023-04/2024-03)"
        }
    }

    /// Foundation's `LocalizedError` hook, so `error.localizedDescription` reads the same as
    /// ``description``.
    public var errorDescription: String? { description }

    /// The text in single quotes, cut to 40 characters: the case keeps the whole text, but a
    /// message should stay one readable line even when a whole file was passed by mistake.
    private static func quoted(_ text: String) -> String {
        let limit = 40
        guard text.count > limit else { return "'\(text)'" }
        return "'\(text.prefix(limit))…'"
    }
}
