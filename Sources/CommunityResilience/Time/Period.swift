/// A closed span of whole months, from ``first`` through ``last`` (never empty).
///
/// Periods say when something was reported or happened: "2024-03", a quarter, a calendar year, a
/// UK financial year, or any run of months. All of these become the same value, so a month span
/// compares equal however it was written: `Period(FinancialYear 2024-25)` equals
/// `try Period(from: 2024-04, through: 2025-03)`.
///
/// Months are the finest grain on purpose: the library's data are monthly, and sharing a
/// period's effect over years by months (``financialYearShares``) then needs no day weights.
///
/// For the text and `Codable` forms, and the canonical form each period encodes to, see
/// ``description``.
public struct Period: Sendable, Hashable {
    /// The first month of the period.
    public let first: Month

    /// The last month of the period, not before ``first``.
    public let last: Month

    /// The period of the months in `months` (a `ClosedRange` is never empty, so this cannot fail).
    public init(_ months: ClosedRange<Month>) {
        first = months.lowerBound
        last = months.upperBound
    }

    /// The one-month period `month`.
    public init(_ month: Month) { self.init(month...month) }

    /// The three months of `quarter`.
    public init(_ quarter: Quarter) { self.init(quarter.months) }

    /// January…December of `year`.
    public init(_ year: CalendarYear) { self.init(year.months) }

    /// April…March of `year` (only the supported months for the edge years 1799-00 and 9999-00;
    /// see ``FinancialYear``).
    public init(_ year: FinancialYear) { self.init(year.months) }

    /// The months from `first` through `last`, both included.
    /// - Parameters:
    ///   - first: The first month.
    ///   - last: The last month; may equal `first` for a one-month period.
    /// - Throws: ``PeriodError/endBeforeStart(first:last:)`` when `last` is before `first`.
    public init(from first: Month, through last: Month) throws(PeriodError) {
        guard first <= last else { throw .endBeforeStart(first: first, last: last) }
        self.init(first...last)
    }

    /// The `monthCount` months starting with `first` ("36 months from 2024-04").
    /// - Parameters:
    ///   - first: The first month.
    ///   - monthCount: The number of months, at least 1.
    /// - Throws: ``PeriodError/nonPositiveMonthCount(_:)``, or
    ///   ``PeriodError/offsetOutOfRange(from:months:)`` if the last month would be after 9999-12.
    public init(starting first: Month, monthCount: Int) throws(PeriodError) {
        guard monthCount >= 1 else { throw .nonPositiveMonthCount(monthCount) }
        self.init(first...(try first.adding(months: monthCount - 1)))
    }

    /// The months in order, as a range: iterate it (`for month in period.months`), count it, or
    /// test membership in O(1).
    public var months: ClosedRange<Month> { first...last }

    /// The number of months, at least 1 (Jan 2024–Dec 2024 has 12).
    public var monthCount: Int { first.distance(to: last) + 1 }

    /// The number of days in the period (2024-25 has 365, Jan–Dec 2024 has 366).
    /// - Complexity: O(1).
    public var numberOfDays: Int {
        TimeArithmetic.numberOfDays(fromMonthIndex: first.index, throughMonthIndex: last.index)
    }

    /// Whether `month` is within the period.
    public func contains(_ month: Month) -> Bool { first <= month && month <= last }

    /// Whether every month of `other` is within this period.
    public func contains(_ other: Period) -> Bool { first <= other.first && other.last <= last }

    /// Whether the two periods share at least one month.
    public func overlaps(_ other: Period) -> Bool { first <= other.last && other.first <= last }

    /// The months the two periods share, or `nil` if they share none. Periods that only touch
    /// (one ends in March, the other starts in April) do not overlap.
    /// - Returns: The period from the later first month through the earlier last month.
    public func overlap(with other: Period) -> Period? {
        guard overlaps(other) else { return nil }
        return Period(max(first, other.first)...min(last, other.last))
    }

    /// The UK financial years the period touches, in order (Jan–Dec 2024 touches 2023-24 and
    /// 2024-25). Iterate it or ask its `count`.
    public var financialYears: ClosedRange<FinancialYear> { first.financialYear...last.financialYear }

    /// The calendar years the period touches, in order.
    public var calendarYears: ClosedRange<CalendarYear> { first.calendarYear...last.calendarYear }

    /// How the period's months fall across UK financial years: one entry per year it touches, in
    /// order, with the overlap and its share of the period's months.
    ///
    /// The split is by **months**, not days: each month counts 1/``monthCount`` whatever its
    /// length. Jan 2024–Dec 2024 is 3/12 in 2023-24 and 9/12 in 2024-25 (a day split would give
    /// 91/366 and 275/366). Months are the grain at which outcomes are reported and at which
    /// the appraisal engine apportions a reported effect over years, so a whole-month split keeps
    /// each month's effect in one year and the shares exact ratios of small integers
    /// (``FinancialYearShare/monthCount`` over ``FinancialYearShare/periodMonthCount``).
    /// - Complexity: O(number of financial years touched).
    public var financialYearShares: [FinancialYearShare] {
        financialYears.compactMap { year in
            overlap(with: Period(year)).map { part in
                FinancialYearShare(financialYear: year, months: part, periodMonthCount: monthCount)
            }
        }
    }
}
