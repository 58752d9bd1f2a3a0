import Foundation
import Testing

@testable import CommunityResilience

@Suite("The report shows the communities' capacity and trust beside the impact")
struct CommunityProfileReportTests {
    @Test("the example's small areas, ranked, with their asset gaps")
    func example() throws {
        let appraisal = try Scenario.example.appraise(with: .example)
        let report = AppraisalReport(appraisal)
        let profile = try #require(report.communityProfile)
        #expect(profile.indexName == CompositeIndexDefinition.capacityAndTrust.name)
        #expect(profile.rows.map(\.rank) == [1, 2, 3, 4, 5])
        // The index is evaluated by CompositeIndexDefinition (tested by hand in the community
        // suite); here the report must carry its ranking and the asset gaps unchanged.
        let index = try CompositeIndexDefinition.capacityAndTrust.evaluate(in: Scenario.example, areas: .lsoa)
        #expect(profile.rows.map(\.community) == index.ranking.map(\.community))
        #expect(profile.rows.map(\.score) == index.ranking.map(\.value))
        #expect(profile.rows.last?.gaps == ["meeting place"])
        let markdown = report.markdown()
        let profileSection = try #require(markdown.range(of: "## Community capacity and trust"))
        let demandSection = try #require(markdown.range(of: "## Demand avoided"))
        #expect(demandSection.lowerBound < profileSection.lowerBound)
        #expect(markdown.contains("| Pilot small area E (illustrative) | 0 | 0 | 0 | 5 | 1 | 1 | meeting place |"))
    }

    @Test("no indicator values, no section")
    func absent() throws {
        var scenario = Scenario.example
        scenario.indicators = []
        let report = AppraisalReport(try scenario.appraise(with: .example))
        #expect(report.communityProfile == nil)
        #expect(!report.markdown().contains("Community capacity and trust"))
    }
}
