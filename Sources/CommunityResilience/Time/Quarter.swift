/// A calendar quarter: three months of a calendar year, Q1 = January–March … Q4 = October–December.
///
/// Written `YYYY-QN` ("2024-Q1"), the form the ONS uses for quarterly series. UK financial-year
/// quarters are the same spans numbered from April: financial Q1 of 2024-25 is calendar 2024-Q2
/// (see ``numberInFinancialYear`` and ``FinancialYear/quarters``), so one type serves both.
///
/// Supported years are ``Month/supportedYears`` (1800…9999), so every quarter's months exist.
public struct Quarter: Sendable, Hashable {
    /// The indices a quarter may have: those of 1800-Q1…9999-Q4.
    public static let supportedIndices: ClosedRange<Int> =
        (Month.supportedYears.lowerBound * 4)...(Month.supportedYears.upperBound * 4 + 3)

    /// The dense index `year × 4 + quarter − 1`; it equals `month.index / 3` for each of its months.
    public let index: Int

    /// Makes a quarter from an index already known to be valid; internal callers only.
    init(uncheckedIndex: Int) {
        assert(Self.supportedIndices.contains(uncheckedIndex), "quarter index \(uncheckedIndex) out of range")
        index = uncheckedIndex
    }

    /// Makes quarter `quarter` of `year`.
    /// - Parameters:
    ///   - year: The calendar year, in ``Month/supportedYears``.
    ///   - quarter: 1 (January–March) … 4 (October–December).
    /// - Throws: ``PeriodError/quarterOutOfRange(_:)`` or ``PeriodError/yearOutOfRange(_:supported:)``.
    public init(year: Int, quarter: Int) throws(PeriodError) {
        guard (1...4).contains(quarter) else { throw .quarterOutOfRange(quarter) }
        guard Month.supportedYears.contains(year) else {
            throw .yearOutOfRange(year, supported: Month.supportedYears)
        }
        index = year * 4 + quarter - 1
    }

    /// Makes the quarter with dense ``index`` `index`.
    /// - Throws: ``PeriodError/indexOutOfRange(_:supported:)``.
    public init(index: Int) throws(PeriodError) {
        guard Self.supportedIndices.contains(index) else {
            throw .indexOutOfRange(index, supported: Self.supportedIndices)
        }
        self.index = index
    }

    /// The calendar quarter that contains `month`.
    public init(containing month: Month) { self = month.quarter }

    /// The calendar year.
    public var year: Int { index / 4 }

    /// The quarter number within the calendar year, 1…4.
    public var number: Int { index % 4 + 1 }

    /// The quarter number within the UK financial year, 1…4: April–June is 1, January–March is 4.
    public var numberInFinancialYear: Int { (number + 2) % 4 + 1 }

    /// The first month (January, April, July or October).
    public var firstMonth: Month { Month(uncheckedIndex: index * 3) }

    /// The last month (March, June, September or December).
    public var lastMonth: Month { Month(uncheckedIndex: index * 3 + 2) }

    /// The three months, in order.
    public var months: ClosedRange<Month> { firstMonth...lastMonth }

    /// The calendar year that contains the quarter.
    public var calendarYear: CalendarYear { CalendarYear(uncheckedYear: year) }

    /// The UK financial year that contains the quarter (2025-Q1 is in 2024-25).
    public var financialYear: FinancialYear { firstMonth.financialYear }

    /// The number of days, 90…92 (Q1 has 91 in a leap year).
    public var numberOfDays: Int {
        TimeArithmetic.numberOfDays(fromMonthIndex: firstMonth.index, throughMonthIndex: lastMonth.index)
    }

    /// Whether `month` is one of the quarter's three months.
    public func contains(_ month: Month) -> Bool { month.index / 3 == index }
}

extension Quarter: Comparable {
    /// Quarters order by time.
    public static func < (lhs: Quarter, rhs: Quarter) -> Bool { lhs.index < rhs.index }
}

extension Quarter: Strideable {
    /// The number of quarters from this quarter to `other` (2024-Q1 to 2025-Q1 is 4).
    public func distance(to other: Quarter) -> Int { other.index - index }

    /// The quarter `n` quarters later, saturated at 1800-Q1 and 9999-Q4 (see
    /// ``Month/advanced(by:)`` for why a step saturates rather than traps).
    public func advanced(by n: Int) -> Quarter {
        Quarter(uncheckedIndex: TimeArithmetic.saturatingOffset(index, by: n, within: Self.supportedIndices))
    }
}

extension Quarter: LosslessStringConvertible, Codable {
    /// Parses `YYYY-QN`, for example "2024-Q1".
    /// - Throws: ``PeriodError/invalidQuarter(_:)`` for another shape,
    ///   ``PeriodError/quarterOutOfRange(_:)`` for "2024-Q5",
    ///   ``PeriodError/yearOutOfRange(_:supported:)`` for "1700-Q1".
    public init(parsing text: String) throws(PeriodError) {
        guard let bytes = TimeText.ShortText(text.utf8), bytes.count == 7,
            bytes[4] == TimeText.hyphen, bytes[5] == TimeText.letterQ,
            let year = bytes.number(0..<4), let quarter = bytes.number(6..<7)
        else { throw .invalidQuarter(text) }
        try self.init(year: year, quarter: quarter)
    }

    /// Parses `YYYY-QN`; `nil` where ``init(parsing:)`` throws.
    public init?(_ description: String) {
        guard let quarter = try? Quarter(parsing: description) else { return nil }
        self = quarter
    }

    /// The quarter as `YYYY-QN`, for example "2024-Q1".
    public var description: String { "\(year)-Q\(number)" }

    /// Decodes the string form `YYYY-QN`.
    /// - Throws: `DecodingError.dataCorrupted` carrying the ``PeriodError`` description.
    public init(from decoder: any Decoder) throws {
        self = try TimeText.decode(
            from: decoder, expected: "a quarter such as 2024-Q1", placeholder: Month.earliest.quarter
        ) { (text) throws(PeriodError) in try Quarter(parsing: text) }
    }

    /// Encodes the string form `YYYY-QN`.
    public func encode(to encoder: any Encoder) throws {
        try TimeText.encode(description, to: encoder)
    }
}
