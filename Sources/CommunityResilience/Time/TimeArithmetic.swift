/// Integer calendar arithmetic shared by the time types.
///
/// Everything here is the proleptic Gregorian calendar (the civil calendar of the UK since
/// 14 September 1752, so exact for every supported year 1800…9999). Kept in plain integers, not
/// Foundation `Calendar`, because it is exact, allocation-free and fast enough for columnar work.
enum TimeArithmetic {
    /// Whether `year` is a Gregorian leap year: divisible by 4, except centuries not divisible by
    /// 400 (so 1900 is not a leap year and 2000 is). Source: the Gregorian rule as stated in
    /// ISO 8601-1:2019, §3.2.1 ("common year", "leap year").
    static func isLeapYear(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    /// The number of days in `month` (1…12) of `year`; 29 for February in a leap year.
    static func numberOfDays(inMonth month: Int, ofYear year: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days from 1970-01-01 to the first day of the month with dense index `monthIndex`
    /// (`year × 12 + month − 1`), negative before 1970.
    ///
    /// Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms", `days_from_civil`: counts
    /// in 400-year eras of 146,097 days with March as the first month, so that the leap day falls
    /// at the end of the counting year. Exact for all years here; no overflow for any index the
    /// time types can hold (|index| < 2^20).
    /// - Complexity: O(1).
    static func daysSinceEpoch(ofMonthIndex monthIndex: Int) -> Int {
        let civilYear = floorDivide(monthIndex, 12)
        let month = monthIndex - civilYear * 12 + 1
        let year = month <= 2 ? civilYear - 1 : civilYear
        let era = floorDivide(year, 400)
        let yearOfEra = year - era * 400  // 0…399
        let shiftedMonth = month > 2 ? month - 3 : month + 9  // March = 0
        let dayOfYear = (153 * shiftedMonth + 2) / 5  // first day of month
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The number of days in the months with indices `firstIndex...lastIndex`.
    /// - Complexity: O(1).
    static func numberOfDays(fromMonthIndex firstIndex: Int, throughMonthIndex lastIndex: Int) -> Int {
        daysSinceEpoch(ofMonthIndex: lastIndex + 1) - daysSinceEpoch(ofMonthIndex: firstIndex)
    }

    /// `base + offset`, saturated to `range`.
    ///
    /// `Strideable.advanced(by:)` cannot throw, and a stride that runs past the last supported
    /// month must neither trap on overflow nor make a value outside the supported range, so the
    /// time types saturate there. `stride(from:through:by:)` still ends, because it stops at the
    /// first value at or beyond its end.
    static func saturatingOffset(_ base: Int, by offset: Int, within range: ClosedRange<Int>) -> Int {
        let (sum, overflow) = base.addingReportingOverflow(offset)
        if overflow { return offset > 0 ? range.upperBound : range.lowerBound }
        return min(max(sum, range.lowerBound), range.upperBound)
    }

    /// Integer division rounding towards minus infinity (Swift's `/` truncates towards zero).
    static func floorDivide(_ numerator: Int, _ denominator: Int) -> Int {
        let quotient = numerator / denominator
        return (numerator % denominator != 0 && (numerator < 0) != (denominator < 0)) ? quotient - 1 : quotient
    }
}
