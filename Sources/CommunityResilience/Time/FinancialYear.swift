import Foundation

/// A UK financial year: 1 April to 31 March, written `YYYY-YY` ("2024-25").
///
/// This is the government and local-authority financial year: "the twelve months ending with
/// 31st March" (Interpretation Act 1978, Schedule 1; Local Government Act 1972, s. 270(1)). It
/// is not the personal tax year (6 April – 5 April). Year labels follow HM Treasury usage, e.g.
/// Public Expenditure Statistical Analyses: the start year in full and the last two digits of the
/// end year, across a century too ("1999-00").
///
/// ## Supported range
/// Start years 1799…9999 (``supportedStartYears``), one wider than the months at each end, so
/// that every supported month has a financial year (``Month/financialYear`` never fails). The
/// two edge years straddle the supported months: for 1799-00 and 9999-00, ``months``,
/// ``quarters`` and `Period(_:)` hold only their supported months (January–March 1800 and
/// April–December 9999). Every other financial year has all twelve.
public struct FinancialYear: Sendable, Hashable {
    /// The start years a financial year may have: 1799…9999.
    public static let supportedStartYears: ClosedRange<Int> =
        (Month.supportedYears.lowerBound - 1)...Month.supportedYears.upperBound

    /// The calendar year of its April (2024 for 2024-25).
    public let startYear: Int

    /// Makes a financial year already known to be supported; internal callers only.
    init(uncheckedStartYear: Int) {
        assert(Self.supportedStartYears.contains(uncheckedStartYear), "start year \(uncheckedStartYear) out of range")
        startYear = uncheckedStartYear
    }

    /// Makes the financial year that starts on 1 April of `startYear`.
    /// - Parameter startYear: In ``supportedStartYears`` (1799…9999).
    /// - Throws: ``PeriodError/yearOutOfRange(_:supported:)``.
    public init(startYear: Int) throws(PeriodError) {
        guard Self.supportedStartYears.contains(startYear) else {
            throw .yearOutOfRange(startYear, supported: Self.supportedStartYears)
        }
        self.startYear = startYear
    }

    /// The financial year that contains `month`: April–December belong to the year that starts
    /// in their calendar year, January–March to the one that started the year before. So March
    /// 2025 is in 2024-25 and April 2025 in 2025-26.
    public init(containing month: Month) {
        startYear = month.month >= 4 ? month.year : month.year - 1
    }

    /// The financial year that contains the instant `date` on the UK calendar (Europe/London).
    ///
    /// The time zone matters on the boundary: in British Summer Time, local midnight on 1 April
    /// is 23:00 UTC on 31 March. An event at 2025-03-31T23:30:00Z happened at 00:30 on
    /// 1 April 2025 in the UK, so it is in 2025-26, where UK records date it; a UTC calendar
    /// would put it in 2024-25.
    /// - Parameter date: The instant.
    /// - Throws: ``PeriodError/dateOutOfRange(secondsSinceReferenceDate:)``, ``PeriodError/yearOutOfRange(_:supported:)``
    ///   or ``PeriodError/timeZoneUnavailable(_:)``, as ``Month/init(containing:in:)``.
    public init(containing date: Date) throws(PeriodError) {
        self.init(containing: try Month(containing: date))
    }

    /// The financial year that contains the instant `date` on the calendar of `timeZone`.
    /// - Throws: as ``Month/init(containing:in:)``.
    public init(containing date: Date, in timeZone: TimeZone) throws(PeriodError) {
        self.init(containing: try Month(containing: date, in: timeZone))
    }

    /// The calendar year of its March (2025 for 2024-25).
    public var endYear: Int { startYear + 1 }

    /// April of ``startYear`` (or 1800-01 for the edge year 1799-00).
    public var firstMonth: Month { Month(uncheckedIndex: max(startYear * 12 + 3, Month.supportedIndices.lowerBound)) }

    /// March of ``endYear`` (or 9999-12 for the edge year 9999-00).
    public var lastMonth: Month { Month(uncheckedIndex: min(endYear * 12 + 2, Month.supportedIndices.upperBound)) }

    /// April…March: twelve months, iterable in order (fewer only for the edge years 1799-00 and
    /// 9999-00, see the type's discussion).
    public var months: ClosedRange<Month> { firstMonth...lastMonth }

    /// The financial quarters in order, as calendar quarters: Q1 = April–June (calendar Q2 of
    /// ``startYear``), Q2 = July–September, Q3 = October–December, Q4 = January–March (calendar
    /// Q1 of ``endYear``). ``Quarter/numberInFinancialYear`` gives the financial numbering back.
    public var quarters: [Quarter] {
        (1...4).compactMap { try? quarter($0) }
    }

    /// Financial quarter `number` (1 = April–June … 4 = January–March) as a calendar quarter.
    /// - Parameter number: 1…4.
    /// - Returns: Calendar quarter Q(number + 1) of ``startYear``, or Q1 of ``endYear`` for 4.
    /// - Throws: ``PeriodError/quarterOutOfRange(_:)``, or ``PeriodError/yearOutOfRange(_:supported:)``
    ///   for a quarter of an edge year outside the supported months.
    public func quarter(_ number: Int) throws(PeriodError) -> Quarter {
        guard (1...4).contains(number) else { throw .quarterOutOfRange(number) }
        // Calendar Q2 of the start year has index startYear × 4 + 1, and the four follow on.
        let index = startYear * 4 + number
        guard Quarter.supportedIndices.contains(index) else {
            throw .yearOutOfRange(number == 4 ? endYear : startYear, supported: Month.supportedYears)
        }
        return Quarter(uncheckedIndex: index)
    }

    /// Whether `month` is in this financial year.
    public func contains(_ month: Month) -> Bool { month.financialYear == self }

    /// 366 if the year contains 29 February (that is, ``endYear`` is a leap year: 2023-24 has
    /// 366 days), else 365. Counts the whole year, also for the edge years.
    public var numberOfDays: Int { TimeArithmetic.isLeapYear(endYear) ? 366 : 365 }
}

extension FinancialYear: Comparable {
    /// Financial years order by time.
    public static func < (lhs: FinancialYear, rhs: FinancialYear) -> Bool { lhs.startYear < rhs.startYear }
}

extension FinancialYear: Strideable {
    /// The number of financial years from this one to `other` (2020-21 to 2024-25 is 4).
    public func distance(to other: FinancialYear) -> Int { other.startYear - startYear }

    /// The financial year `n` years later, saturated at 1799-00 and 9999-00 (see
    /// ``Month/advanced(by:)``).
    public func advanced(by n: Int) -> FinancialYear {
        FinancialYear(
            uncheckedStartYear: TimeArithmetic.saturatingOffset(startYear, by: n, within: Self.supportedStartYears)
        )
    }
}

extension FinancialYear: LosslessStringConvertible, Codable {
    /// Parses `YYYY-YY` or `YYYY/YY` ("2024-25", "2024/25", "1999-00"), where the two digits
    /// after the separator must be the last two digits of the year after `YYYY`.
    /// - Throws: ``PeriodError/invalidFinancialYear(_:)`` for another shape or a second year
    ///   that does not follow the first ("2024-26"), ``PeriodError/yearOutOfRange(_:supported:)``
    ///   for a start year outside ``supportedStartYears``.
    public init(parsing text: String) throws(PeriodError) {
        guard let bytes = TimeText.ShortText(text.utf8), bytes.count == 7,
            bytes[4] == TimeText.hyphen || bytes[4] == TimeText.slash,
            let start = bytes.number(0..<4), let end = bytes.number(5..<7),
            end == (start + 1) % 100
        else { throw .invalidFinancialYear(text) }
        try self.init(startYear: start)
    }

    /// Parses `YYYY-YY` or `YYYY/YY`; `nil` where ``init(parsing:)`` throws.
    public init?(_ description: String) {
        guard let year = try? FinancialYear(parsing: description) else { return nil }
        self = year
    }

    /// The year as `YYYY-YY`, for example "2024-25" or "1999-00".
    public var description: String { "\(startYear)-\(TimeText.twoDigits(endYear % 100))" }

    /// Decodes the string form `YYYY-YY` (or `YYYY/YY`).
    /// - Throws: `DecodingError.dataCorrupted` carrying the ``PeriodError`` description.
    public init(from decoder: any Decoder) throws {
        self = try TimeText.decode(
            from: decoder, expected: "a UK financial year such as 2024-25", placeholder: Month.earliest.financialYear
        ) { (text) throws(PeriodError) in try FinancialYear(parsing: text) }
    }

    /// Encodes the string form `YYYY-YY`.
    public func encode(to encoder: any Encoder) throws {
        try TimeText.encode(description, to: encoder)
    }
}
