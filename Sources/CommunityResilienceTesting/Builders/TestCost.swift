import CommunityResilience

/// The one cost line of a ``TestIntervention``: by default £10,000.00 once, in 2024-25 prices,
/// paid by ``TestDefaults/commissioner`` at confidence grade 1 (no optimism-bias uplift).
///
/// A one-off cost falls in the first year of delivery, which by default is year 0 of the
/// appraisal, so its present value is its amount.
public struct TestCost: Hashable, Sendable {
    /// What the cost is for.
    public var item: String
    /// How the amount accrues: once, per year of delivery, or per participant.
    public var basis: CostLine.Basis
    /// The amount per occurrence; a literal is in ``TestDefaults/priceBase``.
    public var amount: TestAmount
    /// The agency that pays (and delivers the intervention).
    public var funder: Agency
    /// The cost's confidence grade, which sets its optimism-bias uplift.
    public var grade: ConfidenceGrade

    /// Creates a cost line.
    ///
    /// - Parameters:
    ///   - amount: the amount per occurrence.
    ///   - basis: how it accrues.
    ///   - item: what it is for.
    ///   - funder: who pays.
    ///   - grade: its confidence grade.
    public init(
        _ amount: TestAmount = TestDefaults.costAmount, basis: CostLine.Basis = .oneOff, item: String = "Delivery",
        funder: Agency = TestDefaults.commissioner, grade: ConfidenceGrade = .one
    ) {
        self.item = item
        self.basis = basis
        self.amount = amount
        self.funder = funder
        self.grade = grade
    }
}
