/// A calendar year, 1 January – 31 December, written `YYYY` ("2024").
///
/// Supported years are ``Month/supportedYears`` (1800…9999), so every calendar year's months
/// exist and conversions both ways are total.
public struct CalendarYear: Sendable, Hashable {
    /// The year number, 1800…9999.
    public let year: Int

    /// Makes a calendar year already known to be supported; internal callers only.
    init(uncheckedYear: Int) {
        assert(Month.supportedYears.contains(uncheckedYear), "calendar year \(uncheckedYear) out of range")
        year = uncheckedYear
    }

    /// Makes the calendar year `year`.
    /// - Parameter year: In ``Month/supportedYears`` (1800…9999).
    /// - Throws: ``PeriodError/yearOutOfRange(_:supported:)``.
    public init(_ year: Int) throws(PeriodError) {
        guard Month.supportedYears.contains(year) else {
            throw .yearOutOfRange(year, supported: Month.supportedYears)
        }
        self.year = year
    }

    /// The calendar year that contains `month`.
    public init(containing month: Month) { self = month.calendarYear }

    /// January of this year.
    public var firstMonth: Month { Month(uncheckedIndex: year * 12) }

    /// December of this year.
    public var lastMonth: Month { Month(uncheckedIndex: year * 12 + 11) }

    /// January…December.
    public var months: ClosedRange<Month> { firstMonth...lastMonth }

    /// Q1…Q4.
    public var quarters: ClosedRange<Quarter> {
        Quarter(uncheckedIndex: year * 4)...Quarter(uncheckedIndex: year * 4 + 3)
    }

    /// Whether the year is a Gregorian leap year (divisible by 4, except centuries not divisible
    /// by 400: 2024 and 2000 are, 2023 and 1900 are not). ISO 8601-1:2019 §3.2.1.
    public var isLeapYear: Bool { TimeArithmetic.isLeapYear(year) }

    /// 366 in a leap year, else 365.
    public var numberOfDays: Int { isLeapYear ? 366 : 365 }

    /// Whether `month` falls in this year.
    public func contains(_ month: Month) -> Bool { month.year == year }
}

extension CalendarYear: Comparable {
    /// Years order by time.
    public static func < (lhs: CalendarYear, rhs: CalendarYear) -> Bool { lhs.year < rhs.year }
}

extension CalendarYear: Strideable {
    /// The number of years from this year to `other`.
    public func distance(to other: CalendarYear) -> Int { other.year - year }

    /// The year `n` years later, saturated at 1800 and 9999 (see ``Month/advanced(by:)``).
    public func advanced(by n: Int) -> CalendarYear {
        CalendarYear(uncheckedYear: TimeArithmetic.saturatingOffset(year, by: n, within: Month.supportedYears))
    }
}

extension CalendarYear: LosslessStringConvertible, Codable {
    /// Parses `YYYY`, for example "2024".
    /// - Throws: ``PeriodError/invalidCalendarYear(_:)`` for another shape ("24", "2024 "),
    ///   ``PeriodError/yearOutOfRange(_:supported:)`` for "1700".
    public init(parsing text: String) throws(PeriodError) {
        guard let bytes = TimeText.ShortText(text.utf8), bytes.count == 4, let year = bytes.number(0..<4)
        else { throw .invalidCalendarYear(text) }
        try self.init(year)
    }

    /// Parses `YYYY`; `nil` where ``init(parsing:)`` throws.
    public init?(_ description: String) {
        guard let year = try? CalendarYear(parsing: description) else { return nil }
        self = year
    }

    /// The year as four digits, "2024".
    public var description: String { "\(year)" }

    /// Decodes the string form `YYYY` (a JSON string, not a number, like the other time types).
    /// - Throws: `DecodingError.dataCorrupted` carrying the ``PeriodError`` description.
    public init(from decoder: any Decoder) throws {
        self = try TimeText.decode(
            from: decoder, expected: "a calendar year such as 2024", placeholder: Month.earliest.calendarYear
        ) { (text) throws(PeriodError) in try CalendarYear(parsing: text) }
    }

    /// Encodes the string form `YYYY`.
    public func encode(to encoder: any Encoder) throws {
        try TimeText.encode(description, to: encoder)
    }
}
