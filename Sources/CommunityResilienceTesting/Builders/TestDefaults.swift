import CommunityResilience

/// The values the testing builders use when a test does not say otherwise.
///
/// The defaults are chosen so that a test's figures can be checked by hand: everything happens
/// in one UK financial year, 2024-25, which is year 0 of the appraisal and so undiscounted
/// (Green Book 2022, A6.4); every amount is in 2024-25 prices, so nothing is rebased; every
/// confidence grade is 1, which carries no optimism bias in the GMCA table
/// (``CommunityResilience/OptimismBiasTable/gmca2014``); evidence has no additionality adjustment and counts only over
/// the year it was measured. With those defaults,
///
/// - present value of benefits = units avoided × unit cost,
/// - present value of costs = the cost line's amount (a one-off cost in year 0),
///
/// so "avoids 40 ambulance call-outs at £400, costing £10,000" appraises to £16,000 of benefits,
/// £10,000 of costs, a net present social value of £6,000 and a benefit-cost ratio of 1.6.
///
/// The unit costs in ``TestService`` are round illustrative figures of the right order of
/// magnitude, **not** sourced values: never use them in a real appraisal.
public enum TestDefaults {
    /// The price base of every default amount: 2024-25 prices.
    public static let priceBase = PriceBase.financialYear(2024)

    /// The currency of every default amount: pounds sterling.
    public static let currency = Currency.gbp

    /// The financial year in which default interventions are delivered and default evidence is
    /// measured: 2024-25 (April 2024 to March 2025).
    ///
    /// Built by stepping from ``CommunityResilience/Month/earliest`` because the public initialisers of
    /// ``CommunityResilience/FinancialYear`` throw; the step is exact.
    public static let financialYear: FinancialYear = {
        let first = Month.earliest.financialYear
        return first.advanced(by: 2024 - first.startYear)
    }()

    /// The default delivery and evidence period: the whole of ``financialYear`` (12 months).
    public static let period = Period(financialYear)

    /// The default population of a testing community: 10,000 residents, recorded for 2024.
    public static let population = 10_000

    /// The year the default population is recorded for.
    public static let populationYear = 2024

    /// The default amount of an intervention's one cost line: £10,000.00, one-off.
    public static let costAmount: TestAmount = 10_000

    /// The default number of participants in an intervention: 100 (so a per-participant cost of
    /// £100 totals £10,000).
    public static let participants = 100

    /// The agency that commissions and funds testing interventions unless a test names another.
    ///
    /// A placeholder integrated care board, so that who-pays-who-gains tables show a funder
    /// distinct from every agency whose demand falls.
    public static let commissioner = Agency(id: "commissioner", name: "Commissioner", sector: .integratedCareBoard)

    /// The agency that bears the cost of a custom demand measure unless a test names another.
    public static let customAgency = Agency(id: "test-agency", name: "Test agency", sector: .other)

    /// The source recorded on every default unit cost, cost and evidence item, so that an
    /// explanation never passes a test value off as a published one.
    public static let source = "CommunityResilienceTesting default (illustrative, not a published figure)"
}
