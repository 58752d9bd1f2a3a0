import CommunityResilience
import CommunityResilienceTesting
import Testing

/// The README's testing example, verbatim, so that it keeps compiling and passing. Its golden file
/// is `Goldens/falls-prevention.txt`, the one `ExampleGoldenTests` pins.
@Suite("README: testing your own impact calculations")
struct ReadmeTestingExampleTests {
    @Test func fallsPrevention() throws {
        let falls = TestIntervention.testing(
            id: "falls-prevention", avoids: 40, of: .ambulanceCallOut.valued(at: 415), costing: 12_000)
        let appraisal = try Scenario.testing(intervention: falls).appraise(with: .testing)
        expectMoney(appraisal.portfolio.presentValueOfBenefits(to: Agency.ambulanceService.id), equals: 16_600)
        expectRatio(appraisal.portfolio.benefitCostRatio, equals: 16_600.0 / 12_000, relativeTolerance: 1e-12)
        expectGolden(appraisal, named: "falls-prevention")  // every headline figure, in Goldens/
    }
}
