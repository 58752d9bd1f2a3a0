#if canImport(XCTest)
    import CommunityResilience
    import CommunityResilienceTesting
    import XCTest

    /// The article's XCTest example, verbatim: the XCTest adapters on their passing path, against the
    /// committed `Goldens/falls-prevention.txt`.
    final class FallsPreventionTests: XCTestCase {
        func testFallsPrevention() throws {
            let falls = TestIntervention.testing(
                id: "falls-prevention", avoids: 40, of: .ambulanceCallOut.valued(at: 415), costing: 12_000)
            let appraisal = try Scenario.testing(intervention: falls).appraise(with: .testing)
            XCTAssertMoney(appraisal.portfolio.presentValueOfBenefits(to: Agency.ambulanceService.id), equals: 16_600)
            XCTAssertRatio(appraisal.portfolio.benefitCostRatio, equals: 16_600.0 / 12_000, relativeTolerance: 1e-12)
            XCTAssertGolden(appraisal, named: "falls-prevention")
        }
    }
#endif
