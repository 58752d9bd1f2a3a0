import Testing

@testable import CommunityResilience

@Suite("Demand panel: columnar observations")
struct DemandPanelTests {
    func observation(
        _ community: Community.ID, _ service: Service.ID, _ month: Int, _ count: Double, population: Double? = nil
    ) throws -> DemandObservation {
        DemandObservation(
            community: community, service: service, month: try Month(year: 2024, month: month), count: count,
            population: population)
    }

    @Test("rows are dictionary-encoded into contiguous columns")
    func columns() throws {
        var panel = DemandPanel()
        try panel.append(contentsOf: [
            observation("a", "ae", 1, 10, population: 1_500),
            observation("b", "ae", 1, 7, population: 1_200),
            observation("a", "gp", 2, 31, population: 1_500),
        ])
        #expect(panel.count == 3)
        #expect(panel.communityCodes == [0, 1, 0])
        #expect(panel.serviceCodes == [0, 0, 1])
        #expect(panel.monthIndices == [Int32(2024 * 12), Int32(2024 * 12), Int32(2024 * 12 + 1)])
        #expect(panel.counts == [10, 7, 31])
        #expect(panel.populations == [1_500, 1_200, 1_500])
        #expect(panel.communities.identifiers == ["a", "b"])
        #expect(try panel.observation(at: 2) == observation("a", "gp", 2, 31, population: 1_500))
        #expect(panel.observation(at: 3) == nil)
    }

    @Test("bad rows are rejected with their position and the panel is unchanged")
    func badRows() throws {
        var panel = DemandPanel()
        #expect(throws: ValidationIssue(.negative("-1.0"), at: "[1].count")) {
            try panel.append(contentsOf: [observation("a", "ae", 1, 3), observation("a", "ae", 2, -1)])
        }
        #expect(panel.count == 1)
        #expect(throws: ValidationIssue(.notFinite("nan"), at: "count")) {
            try panel.append(observation("a", "ae", 3, .nan))
        }
        #expect(throws: ValidationIssue(.notFinite("inf"), at: "population")) {
            try panel.append(observation("a", "ae", 3, 1, population: .infinity))
        }
        #expect(
            throws: ValidationIssue(
                .inconsistent("every row of a panel must have a population, or none must"), at: "population")
        ) {
            try panel.append(observation("a", "ae", 3, 1, population: 100))
        }
        #expect(panel.count == 1)
    }
}
