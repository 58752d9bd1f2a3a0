import CommunityResilience
import CommunityResilienceTesting

/// The worked example of the DocC article "Testing your impact calculations": a council's falls
/// prevention service that, the analyst claims, avoids 40 ambulance call-outs a year at £415 each
/// (the analyst's local figure, 2024-25 prices) for £12,000 a year of delivery.
///
/// By hand: benefits 40 × £415 = £16,600.00, all to the ambulance service; costs £12,000.00 in
/// year 0; NPV £4,600.00; BCR 16,600 ÷ 12,000 = 1.38333…; payback 12 × 12,000 ÷ 16,600 =
/// 8.6747 months. With 25% deadweight: 30 × £415 = £12,450.00, £4,150.00 less.
enum FallsPrevention {
    static let claim = TestIntervention.testing(
        id: "falls-prevention", avoids: 40, of: .ambulanceCallOut.valued(at: 415), costing: 12_000)

    /// The same service once an evaluation finds a quarter of the fall would have happened anyway.
    static func withDeadweight() throws -> TestIntervention {
        var falls = claim
        falls.outcome.additionality = Additionality(
            deadweight: .init(try .percent(25), source: "Comparison with neighbouring wards, 2024-25"))
        return falls
    }
}
