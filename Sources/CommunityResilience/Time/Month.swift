/// A calendar month: a year and a month number 1…12 in the Gregorian calendar.
///
/// Months are the unit of the library's time axis: demand data arrive monthly, and quarters,
/// calendar years, UK financial years and ``Period``s are all whole runs of months.
///
/// ## Supported range
/// Years 1800…9999 (``earliest`` = 1800-01 to ``latest`` = 9999-12). Within that range every
/// year has four digits, so the ISO 8601 text forms need no sign or expansion
/// (ISO 8601-1:2019 §5.2.1 allows more digits only "by mutual agreement"), and month and day
/// arithmetic can never overflow. The range starts well before any administrative series and
/// after the UK adopted the Gregorian calendar (1752).
///
/// ## Text and coding
/// `description` and `Codable` use `YYYY-MM` ("2024-03"), the ISO 8601-1:2019 §5.2.1.2 calendar
/// month. Parsing accepts exactly that form.
///
/// ## Dense index
/// ``index`` is `year × 12 + month − 1`: consecutive months have consecutive indices, so it can
/// key a columnar panel (`values[month.index - start.index]`) or be stored as a plain integer.
public struct Month: Sendable, Hashable {
    /// The years a month may have: 1800…9999.
    public static let supportedYears: ClosedRange<Int> = 1800...9999

    /// The indices a month may have: those of 1800-01…9999-12 (21,600…119,999).
    public static let supportedIndices: ClosedRange<Int> =
        (supportedYears.lowerBound * 12)...(supportedYears.upperBound * 12 + 11)

    /// The first supported month, January 1800.
    public static let earliest = Month(uncheckedIndex: supportedIndices.lowerBound)

    /// The last supported month, December 9999.
    public static let latest = Month(uncheckedIndex: supportedIndices.upperBound)

    /// The dense index `year × 12 + month − 1` (2024-03 is 24,290), in ``supportedIndices``.
    /// Months are stored as this one integer.
    public let index: Int

    /// Makes a month from an index already known to be valid; internal callers only.
    init(uncheckedIndex: Int) {
        assert(Self.supportedIndices.contains(uncheckedIndex), "month index \(uncheckedIndex) out of range")
        index = uncheckedIndex
    }

    /// Makes the month `month` of `year`.
    /// - Parameters:
    ///   - year: The calendar year, in ``supportedYears`` (1800…9999).
    ///   - month: The month number, 1 (January) … 12 (December).
    /// - Throws: ``PeriodError/monthOutOfRange(_:)`` or ``PeriodError/yearOutOfRange(_:supported:)``.
    public init(year: Int, month: Int) throws(PeriodError) {
        guard (1...12).contains(month) else { throw .monthOutOfRange(month) }
        guard Self.supportedYears.contains(year) else {
            throw .yearOutOfRange(year, supported: Self.supportedYears)
        }
        index = year * 12 + month - 1
    }

    /// Makes the month whose dense ``index`` is `index` (the inverse of ``index``).
    /// - Parameter index: `year × 12 + month − 1`, in ``supportedIndices``.
    /// - Throws: ``PeriodError/indexOutOfRange(_:supported:)``.
    public init(index: Int) throws(PeriodError) {
        guard Self.supportedIndices.contains(index) else {
            throw .indexOutOfRange(index, supported: Self.supportedIndices)
        }
        self.index = index
    }

    /// The calendar year, 1800…9999.
    public var year: Int { index / 12 }

    /// The month number, 1 (January) … 12 (December).
    public var month: Int { index % 12 + 1 }

    /// The calendar quarter that contains this month (February 2024 is in 2024-Q1).
    public var quarter: Quarter { Quarter(uncheckedIndex: index / 3) }

    /// The calendar year that contains this month.
    public var calendarYear: CalendarYear { CalendarYear(uncheckedYear: year) }

    /// The UK financial year (1 April – 31 March) that contains this month: March 2025 is in
    /// 2024-25, April 2025 in 2025-26. See ``FinancialYear``.
    public var financialYear: FinancialYear { FinancialYear(containing: self) }

    /// The number of days in the month, 28…31; February has 29 days in a Gregorian leap year
    /// (2024, 2000) and 28 otherwise (2023, 1900).
    public var numberOfDays: Int { TimeArithmetic.numberOfDays(inMonth: month, ofYear: year) }

    /// This month moved by `months` months, or an error if that leaves the supported range.
    ///
    /// Use this rather than `advanced(by:)` when running off the range is a mistake to report:
    /// `advanced(by:)` must not throw (`Strideable`) and so saturates instead.
    /// - Parameter months: The number of months to move; negative moves back.
    /// - Returns: The month `months` months after this one.
    /// - Throws: ``PeriodError/offsetOutOfRange(from:months:)``.
    public func adding(months: Int) throws(PeriodError) -> Month {
        let (target, overflow) = index.addingReportingOverflow(months)
        guard !overflow, Self.supportedIndices.contains(target) else {
            throw .offsetOutOfRange(from: self, months: months)
        }
        return Month(uncheckedIndex: target)
    }
}

extension Month: Comparable {
    /// Months order by time: 2023-12 < 2024-01.
    public static func < (lhs: Month, rhs: Month) -> Bool { lhs.index < rhs.index }
}

extension Month: Strideable {
    /// The number of months from this month to `other`: 2024-01 to 2024-12 is 11, so
    /// `(start...end).count == start.distance(to: end) + 1`.
    public func distance(to other: Month) -> Int { other.index - index }

    /// The month `n` months later (earlier for negative `n`), saturated at ``earliest`` and
    /// ``latest``: `Strideable` requires a non-throwing step, and saturating keeps every stride
    /// and range finite without trapping. Use ``adding(months:)`` to be told instead.
    /// - Complexity: O(1).
    public func advanced(by n: Int) -> Month {
        Month(uncheckedIndex: TimeArithmetic.saturatingOffset(index, by: n, within: Self.supportedIndices))
    }
}

extension Month: LosslessStringConvertible, Codable {
    /// Parses `YYYY-MM`, for example "2024-03".
    /// - Parameter text: Exactly four year digits, a hyphen and two month digits.
    /// - Throws: ``PeriodError/invalidMonth(_:)`` for another shape,
    ///   ``PeriodError/monthOutOfRange(_:)`` for "2024-13",
    ///   ``PeriodError/yearOutOfRange(_:supported:)`` for "1700-01".
    public init(parsing text: String) throws(PeriodError) {
        try self.init(utf8: text.utf8)
    }

    /// Parses `YYYY-MM` from UTF-8 bytes, for example a field of a CSV file, without making a
    /// `String` or allocating (a `String` is made only for the error).
    /// - Parameter bytes: The field's bytes, e.g. an `ArraySlice<UInt8>` or `UnsafeBufferPointer<UInt8>`.
    /// - Throws: as ``init(parsing:)``.
    /// - Complexity: O(1): at most 16 bytes are read.
    public init(utf8 bytes: some Collection<UInt8>) throws(PeriodError) {
        guard let text = TimeText.ShortText(bytes), let (year, month) = Self.components(of: text) else {
            throw .invalidMonth(String(decoding: bytes, as: UTF8.self))
        }
        try self.init(year: year, month: month)
    }

    /// Parses `YYYY-MM` from a buffer of UTF-8 bytes: the fastest path, for a reader that holds
    /// its input in memory.
    /// - Throws: as ``init(parsing:)``.
    public init(utf8 buffer: UnsafeBufferPointer<UInt8>) throws(PeriodError) {
        guard let text = TimeText.ShortText(buffer: buffer), let (year, month) = Self.components(of: text) else {
            throw .invalidMonth(String(decoding: buffer, as: UTF8.self))
        }
        try self.init(year: year, month: month)
    }

    /// The year and month numbers of `YYYY-MM` text, unchecked for range; `nil` for another shape.
    private static func components(of text: TimeText.ShortText) -> (year: Int, month: Int)? {
        guard text.count == 7, text[4] == TimeText.hyphen, let year = text.number(0..<4), let month = text.number(5..<7)
        else { return nil }
        return (year, month)
    }

    /// Parses `YYYY-MM`; `nil` where ``init(parsing:)`` throws.
    public init?(_ description: String) {
        guard let month = try? Month(parsing: description) else { return nil }
        self = month
    }

    /// The month as `YYYY-MM`, for example "2024-03".
    public var description: String { "\(year)-\(TimeText.twoDigits(month))" }

    /// Decodes the string form `YYYY-MM`.
    /// - Throws: `DecodingError.dataCorrupted` with the ``PeriodError`` description as its
    ///   `debugDescription` when the string is not a supported month.
    public init(from decoder: any Decoder) throws {
        self = try TimeText.decode(from: decoder, expected: "a month such as 2024-03", placeholder: Month.earliest) {
            (text) throws(PeriodError) in try Month(parsing: text)
        }
    }

    /// Encodes the string form `YYYY-MM`.
    public func encode(to encoder: any Encoder) throws {
        try TimeText.encode(description, to: encoder)
    }
}
