/// The part of a ``Period`` that falls in one UK financial year, and its share of the period.
///
/// Produced by ``Period/financialYearShares``. The share is by months (see there for why): the
/// exact share is ``monthCount`` / ``periodMonthCount``; ``fraction`` is that ratio as a
/// `Double` for weighting. To apportion an amount exactly, multiply by ``monthCount`` and divide
/// by ``periodMonthCount`` in the amount's own exact arithmetic.
///
/// `Encodable` (for reports) but not `Decodable`: a share is derived from its period, and a
/// decoded one could contradict itself (months outside its year); recompute it from the period.
public struct FinancialYearShare: Sendable, Hashable, Encodable {
    /// The financial year.
    public let financialYear: FinancialYear

    /// The months of the period that fall in ``financialYear``.
    public let months: Period

    /// The number of months of the whole period that was split.
    public let periodMonthCount: Int

    /// Makes a share; `months` must lie inside `financialYear` and `periodMonthCount` be at least
    /// `months.monthCount` (only ``Period/financialYearShares`` makes these).
    init(financialYear: FinancialYear, months: Period, periodMonthCount: Int) {
        assert(
            months.monthCount <= periodMonthCount && financialYear.contains(months.first)
                && financialYear.contains(months.last), "share does not fit its year and period")
        self.financialYear = financialYear
        self.months = months
        self.periodMonthCount = periodMonthCount
    }

    /// The number of the period's months in ``financialYear``, 1…12.
    public var monthCount: Int { months.monthCount }

    /// ``monthCount`` / ``periodMonthCount``, in (0, 1]. The fractions of one split add up to 1
    /// up to floating-point rounding (exactly, for instance, for 3/12 + 9/12).
    public var fraction: Double { Double(monthCount) / Double(periodMonthCount) }

    private enum CodingKeys: String, CodingKey {
        case financialYear, months, monthCount, periodMonthCount, fraction
    }

    /// Encodes `financialYear` ("2024-25"), `months` (a ``Period`` string), `monthCount`,
    /// `periodMonthCount` and `fraction`, so a report reader sees the share without recomputing.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(financialYear, forKey: .financialYear)
        try container.encode(months, forKey: .months)
        try container.encode(monthCount, forKey: .monthCount)
        try container.encode(periodMonthCount, forKey: .periodMonthCount)
        try container.encode(fraction, forKey: .fraction)
    }
}
