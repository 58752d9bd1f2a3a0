/// The choices an appraisal makes that are not facts about the scenario: the price base, the
/// deflators, the appraisal period, discounting and optimism bias.
///
/// Every setting shows in the results and their explanations, so a reader can see which
/// conventions produced a figure.
public struct AppraisalSettings: Hashable, Sendable, Codable {
    /// The currency of the appraisal; every amount in the scenario must be in it.
    public var currency: Currency
    /// The price base the appraisal reports in (Green Book: real prices of one base year).
    public var priceBase: PriceBase
    /// The price index used to rebase unit costs and costs to ``priceBase``.
    public var deflators: DeflatorSeries
    /// Year 0 of the appraisal; `nil` for the financial year in which the earliest intervention
    /// starts.
    public var firstYear: FinancialYear?
    /// The number of years appraised (1…1000), starting at the first year.
    public var horizonYears: Int
    /// The discount schedule for fiscal and economic values, and for social values unless
    /// ``socialDiscounting`` is set.
    public var discounting: DiscountSchedule
    /// A separate schedule for social values, e.g. ``DiscountSchedule/greenBookHealth`` when they
    /// are health effects valued in QALYs.
    public var socialDiscounting: DiscountSchedule?
    /// Whether the first year is undiscounted (Green Book) or discounted once (SROI).
    public var timing: DiscountTiming
    /// Optimism-bias adjustments by confidence grade.
    public var optimismBias: OptimismBiasTable

    /// Creates settings; the defaults follow the Green Book (2022).
    public init(
        currency: Currency = .gbp, priceBase: PriceBase, deflators: DeflatorSeries,
        firstYear: FinancialYear? = nil, horizonYears: Int = 10,
        discounting: DiscountSchedule = .greenBook, socialDiscounting: DiscountSchedule? = nil,
        timing: DiscountTiming = .startOfYear, optimismBias: OptimismBiasTable = .gmca2014
    ) {
        self.currency = currency
        self.priceBase = priceBase
        self.deflators = deflators
        self.firstYear = firstYear
        self.horizonYears = horizonYears
        self.discounting = discounting
        self.socialDiscounting = socialDiscounting
        self.timing = timing
        self.optimismBias = optimismBias
    }

    /// The settings used for the bundled example: 2024-25 prices, HM Treasury GDP deflators
    /// (March 2026), ten years from the earliest start, Green Book discounting and the GMCA
    /// optimism-bias table.
    public static let example = AppraisalSettings(
        priceBase: .financialYear(2024), deflators: .gdpDeflatorsMarch2026)

    /// The schedule that discounts values of `valueType`.
    public func schedule(for valueType: ValueType) -> DiscountSchedule {
        valueType == .social ? (socialDiscounting ?? discounting) : discounting
    }

    /// Problems with the settings themselves, located under `settings`.
    func issues() -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if !(1...1000).contains(horizonYears) {
            issues.append(
                ValidationIssue(.outOfRange("\(horizonYears)", allowed: "1…1000 years"), at: "settings.horizonYears"))
        }
        if deflators.indices[priceBase] == nil {
            issues.append(
                ValidationIssue(
                    .inconsistent("price base \(priceBase) is not in the deflator series '\(deflators.source)'"),
                    at: "settings.priceBase"))
        }
        return issues
    }
}
