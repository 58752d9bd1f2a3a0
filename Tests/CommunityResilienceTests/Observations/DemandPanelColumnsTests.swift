import Testing

@testable import CommunityResilience

@Suite("Demand panel: whole-column construction and grid layout")
struct DemandPanelColumnsTests {
    static let january2024 = Int32(2024 * 12)

    /// 2 communities × 2 services × 3 months in grid order: community, then service, then month.
    static func gridColumns() -> (c: [Int32], s: [Int32], m: [Int32], x: [Double], p: [Double]) {
        var c: [Int32] = []
        var s: [Int32] = []
        var m: [Int32] = []
        var x: [Double] = []
        var p: [Double] = []
        for community in 0..<2 {
            for service in 0..<2 {
                for month in 0..<3 {
                    c.append(Int32(community))
                    s.append(Int32(service))
                    m.append(january2024 + Int32(month))
                    x.append(Double(100 * community + 10 * service + month))
                    p.append(Double(1_000 + community))
                }
            }
        }
        return (c, s, m, x, p)
    }

    func gridPanel() throws -> DemandPanel {
        let g = Self.gridColumns()
        return try DemandPanel(
            communities: ["a", "b"], services: ["ae", "gp"], communityCodes: g.c, serviceCodes: g.s, monthIndices: g.m,
            counts: g.x, populations: g.p)
    }

    @Test("columns are kept as given and read back as observations")
    func columns() throws {
        let panel = try gridPanel()
        #expect(panel.count == 12)
        #expect(panel.communities.identifiers == ["a", "b"])
        #expect(panel.services.identifiers == ["ae", "gp"])
        // Row 7 = (community 1 × 2 + service 0) × 3 + month 1, holding 100·1 + 10·0 + 1.
        #expect(panel.counts[7] == 101)
        #expect(
            try panel.observation(at: 10)
                == DemandObservation(
                    community: "b", service: "gp", month: Month(year: 2024, month: 2), count: 111, population: 1_001))
        #expect(panel.period == Period(try Month(year: 2024, month: 1)...(try Month(year: 2024, month: 3))))
    }

    @Test("rows in community, service, month order are recognised as a grid")
    func gridLayout() throws {
        let layout = try #require(try gridPanel().gridLayout)
        #expect(layout.communityCount == 2 && layout.serviceCount == 2 && layout.monthCount == 3)
        #expect(layout.firstMonth == (try Month(year: 2024, month: 1)))
        // (community 1 × 2 services + service 1) × 3 months = row 9.
        #expect(layout.firstRow(community: 1, service: 1) == 9)
        #expect(layout.firstRow(community: 2, service: 0) == nil && layout.firstRow(community: 0, service: -1) == nil)
    }

    @Test(
        "other orders, gaps and repeats are not a grid",
        arguments: [
            "swap two rows", "repeat a month", "one service missing", "months not consecutive",
        ])
    func notGrid(change: String) throws {
        var g = Self.gridColumns()
        let communities: [Community.ID] = ["a", "b"]
        switch change {
        case "swap two rows":
            g.m.swapAt(0, 1)
        case "repeat a month":
            g.m[2] = g.m[1]
        case "one service missing":
            // Drop community b's second service: 9 rows, not a whole grid.
            g = (
                Array(g.c.prefix(9)), Array(g.s.prefix(9)), Array(g.m.prefix(9)), Array(g.x.prefix(9)),
                Array(g.p.prefix(9))
            )
        default:
            g.m = g.m.map { $0 == Self.january2024 + 2 ? $0 + 1 : $0 }
        }
        let panel = try DemandPanel(
            communities: communities, services: ["ae", "gp"], communityCodes: g.c, serviceCodes: g.s, monthIndices: g.m,
            counts: g.x, populations: g.p)
        #expect(panel.gridLayout == nil)
        #expect(panel.count == g.x.count)
    }

    @Test("the same rows appended one by one give the same panel, without a grid layout")
    func sameAsAppending() throws {
        let bulk = try gridPanel()
        var appended = DemandPanel()
        for row in 0..<bulk.count { try appended.append(try #require(bulk.observation(at: row))) }
        #expect(appended.communityCodes == bulk.communityCodes && appended.serviceCodes == bulk.serviceCodes)
        #expect(appended.monthIndices == bulk.monthIndices && appended.counts == bulk.counts)
        #expect(appended.populations == bulk.populations)
        #expect(appended.period == bulk.period)
        #expect(appended.gridLayout == nil)
        // Appending to a grid panel clears its layout (the new row breaks the grid).
        var extended = bulk
        try extended.append(
            DemandObservation(
                community: "c", service: "ae", month: try Month(year: 2024, month: 4), count: 1, population: 9))
        #expect(extended.gridLayout == nil)
        #expect(extended.period?.last == (try Month(year: 2024, month: 4)))
    }

    @Test("an empty panel has no period and no layout")
    func empty() throws {
        let panel = try DemandPanel(
            communities: [], services: [], communityCodes: [], serviceCodes: [], monthIndices: [], counts: [])
        #expect(panel.count == 0 && panel.period == nil && panel.gridLayout == nil && panel.hasPopulations)
        #expect(DemandPanel().period == nil)
    }

    @Test(
        "bad columns are reported at their column and row",
        arguments: [
            ("length", ValidationIssue(.inconsistent("counts has 11 values but communityCodes has 12"), at: "counts")),
            ("duplicate", ValidationIssue(.duplicateIdentifier("a"), at: "communities[1]")),
            ("community code", ValidationIssue(.outOfRange("2", allowed: "0..<2"), at: "communityCodes[5]")),
            ("service code", ValidationIssue(.outOfRange("-1", allowed: "0..<2"), at: "serviceCodes[3]")),
            (
                "month",
                ValidationIssue(
                    .outOfRange("99", allowed: "21600...119999 (1800-01 to 9999-12)"), at: "monthIndices[4]")
            ),
            ("negative count", ValidationIssue(.negative("-2.0"), at: "counts[6]")),
            ("NaN population", ValidationIssue(.notFinite("nan"), at: "populations[8]")),
            ("infinite count", ValidationIssue(.notFinite("inf"), at: "counts[0]")),
        ])
    func badColumns(problem: String, expected: ValidationIssue) throws {
        var g = Self.gridColumns()
        var communities: [Community.ID] = ["a", "b"]
        switch problem {
        case "length": g.x.removeLast()
        case "duplicate": communities = ["a", "a"]
        case "community code": g.c[5] = 2
        case "service code": g.s[3] = -1
        case "month": g.m[4] = 99
        case "negative count": g.x[6] = -2
        case "NaN population": g.p[8] = .nan
        default: g.x[0] = .infinity
        }
        #expect(throws: expected) {
            try DemandPanel(
                communities: communities, services: ["ae", "gp"], communityCodes: g.c, serviceCodes: g.s,
                monthIndices: g.m,
                counts: g.x, populations: g.p)
        }
    }
}
