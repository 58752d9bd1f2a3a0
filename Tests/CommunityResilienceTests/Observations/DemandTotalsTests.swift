import Testing

@testable import CommunityResilience

/// Totals by group, service and month. The small case is added up by hand:
///
/// ```text
///              ae (Jan, Feb, Mar)   gp (Jan, Feb, Mar)   population
/// a → X        1   2   3            10  20  30           100
/// b → X        4   5   6            40  50  60           200
/// c → Y        7   8   9            70  80  90           300
/// d (no group) 100 100 100          1   1   1            50
///
/// X ae = 1+4, 2+5, 3+6 = 5, 7, 9      X gp = 50, 70, 90     X population = 100+200 = 300
/// Y ae = 7, 8, 9                      Y gp = 70, 80, 90     Y population = 300
/// rows per cell: X 2, Y 1; d's 6 rows are unassigned.
/// ```
@Suite("Demand totals by group, service and month")
struct DemandTotalsTests {
    static let communities: [Community.ID] = ["a", "b", "c", "d"]
    static let ae: [[Double]] = [[1, 2, 3], [4, 5, 6], [7, 8, 9], [100, 100, 100]]
    static let gp: [[Double]] = [[10, 20, 30], [40, 50, 60], [70, 80, 90], [1, 1, 1]]
    static let populations: [Double] = [100, 200, 300, 50]
    static let grouping = CommunityGrouping(["a": "X", "b": "X", "c": "Y"])

    static func observations() throws -> [DemandObservation] {
        var rows: [DemandObservation] = []
        for (index, community) in communities.enumerated() {
            for (service, values) in [("ae", ae[index]), ("gp", gp[index])] {
                for month in 0..<3 {
                    rows.append(
                        DemandObservation(
                            community: community, service: Service.ID(service),
                            month: try Month(year: 2024, month: month + 1),
                            count: values[month], population: populations[index]))
                }
            }
        }
        return rows
    }

    /// The rows in grid order through the columnar initialiser (grid kernel).
    static func gridPanel() throws -> DemandPanel {
        let rows = try observations()
        return try DemandPanel(
            communities: communities, services: ["ae", "gp"],
            communityCodes: rows.map { Int32(communities.firstIndex(of: $0.community) ?? 0) },
            serviceCodes: rows.map { $0.service == "ae" ? 0 : 1 }, monthIndices: rows.map { Int32($0.month.index) },
            counts: rows.map(\.count), populations: rows.map { $0.population ?? 0 })
    }

    /// The same rows appended month first (row kernel).
    static func monthOrderPanel() throws -> DemandPanel {
        var panel = DemandPanel()
        try panel.append(
            contentsOf: try observations().sorted {
                ($0.month, $0.community, $0.service) < ($1.month, $1.community, $1.service)
            })
        return panel
    }

    @Test("hand-computed totals, from either kernel", arguments: ["grid", "month order"])
    func handComputed(layout: String) throws {
        let panel = layout == "grid" ? try Self.gridPanel() : try Self.monthOrderPanel()
        #expect((panel.gridLayout != nil) == (layout == "grid"))
        let totals = try panel.totals(by: Self.grouping)
        #expect(totals.groups == ["X", "Y"])
        #expect(totals.services == ["ae", "gp"])
        #expect(totals.period == Period(try Month(year: 2024, month: 1)...(try Month(year: 2024, month: 3))))
        #expect(totals.counts == [5, 7, 9, 50, 70, 90, 7, 8, 9, 70, 80, 90])
        #expect(totals.populations == [Double](repeating: 300, count: 12))
        #expect(totals.rowCounts == [2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1])
        #expect(totals.unassignedRowCount == 6)
        #expect(totals.index(group: 1, service: 0, monthOffset: 2) == 8)
        #expect(totals.index(group: 2, service: 0, monthOffset: 0) == nil)
    }

    @Test("a group's series for a service, by position and by identifier")
    func series() throws {
        let totals = try Self.gridPanel().totals(by: Self.grouping)
        let x = try totals.series(group: 0, service: 1)
        #expect(x.counts == [50, 70, 90] && x.populations == [300, 300, 300])
        #expect(
            x.months == [
                try Month(year: 2024, month: 1), try Month(year: 2024, month: 2), try Month(year: 2024, month: 3),
            ])
        #expect(try totals.series(group: "Y", service: "gp").counts == [70, 80, 90])
        #expect(throws: EstimationError.unknownCommunity("Z")) { try totals.series(group: "Z", service: "gp") }
        #expect(throws: EstimationError.noObservations(service: "#5")) { try totals.series(group: 0, service: 5) }
    }

    @Test("a month with fewer rows than the others is refused, not silently low")
    func gap() throws {
        var panel = DemandPanel()
        try panel.append(
            contentsOf: try Self.observations().filter {
                !($0.community == "b" && $0.service == "ae" && $0.month.month == 2)
            })
        let totals = try panel.totals(by: Self.grouping)
        #expect(totals.rowCounts[0...2] == [2, 1, 2])
        #expect(throws: EstimationError.missingPeriods(community: "X", months: ["2024-02"])) {
            try totals.series(group: 0, service: 0)
        }
        #expect(try totals.series(group: 0, service: 1).counts == [50, 70, 90])
    }

    @Test("an empty panel has empty totals; a grouping can come from parents")
    func emptyAndParents() throws {
        let totals = try DemandPanel().totals(by: Self.grouping)
        #expect(totals.counts.isEmpty && totals.period == nil && totals.monthCount == 0)
        let parents = CommunityGrouping(parents: [
            Community(id: "E01000001", name: "LSOA 1", kind: .lsoa, parent: "E09000001"),
            Community(id: "E09000001", name: "City of London", kind: .localAuthority),
        ])
        #expect(parents.groups == ["E01000001": "E09000001"])
        #expect(parents.group(of: "E09000001") == nil)
    }

    /// 1,100 communities × 2 services × 60 months of fractional counts: 132,000 rows, enough for
    /// the row kernel to cut them into two chunks.
    static func largePanel(gridOrder: Bool) throws -> DemandPanel {
        var state: UInt64 = 0x5EED
        func uniform() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) * 0x1p-53
        }
        let (communities, services, months) = (1_100, 2, 60)
        var values = [Double](repeating: 0, count: communities * services * months)
        for index in values.indices { values[index] = 100 * uniform() }
        var c: [Int32] = []
        var s: [Int32] = []
        var m: [Int32] = []
        var x: [Double] = []
        var p: [Double] = []
        func add(_ community: Int, _ service: Int, _ month: Int) {
            c.append(Int32(community))
            s.append(Int32(service))
            m.append(Int32(2020 * 12 + month))
            x.append(values[(community * services + service) * months + month])
            p.append(1_000 + Double(community % 7))
        }
        if gridOrder {
            for community in 0..<communities {
                for service in 0..<services { for month in 0..<months { add(community, service, month) } }
            }
        } else {
            for month in 0..<months {
                for community in 0..<communities { for service in 0..<services { add(community, service, month) } }
            }
        }
        return try DemandPanel(
            communities: (0..<communities).map { Community.ID("c\($0)") }, services: ["ae", "gp"], communityCodes: c,
            serviceCodes: s, monthIndices: m, counts: x, populations: p)
    }

    static let largeGrouping = CommunityGrouping(
        Dictionary(
            uniqueKeysWithValues: (0..<1_100).map {
                (Community.ID("c\($0)"), Community.ID("g\($0 % 5)"))
            }))

    @Test("parallel and serial runs give the same bits", arguments: [true, false])
    func parallelEqualsSerial(gridOrder: Bool) throws {
        let panel = try Self.largePanel(gridOrder: gridOrder)
        #expect((panel.gridLayout != nil) == gridOrder)
        let parallel = try panel.totals(by: Self.largeGrouping, parallel: true)
        let serial = try panel.totals(by: Self.largeGrouping, parallel: false)
        #expect(parallel == serial)
    }

    @Test("the grid kernel adds each cell in community order, like a plain loop; the row kernel agrees")
    func kernelsAgree() throws {
        let grid = try Self.largePanel(gridOrder: true)
        let totals = try grid.totals(by: Self.largeGrouping)
        // The plain loop over rows in grid order adds each cell's communities in code order.
        var expected = [Double](repeating: 0, count: totals.counts.count)
        for row in 0..<grid.count {
            let group = Int(grid.communityCodes[row]) % 5
            expected[(group * 2 + Int(grid.serviceCodes[row])) * 60 + Int(grid.monthIndices[row]) - 2020 * 12] +=
                grid.counts[row]
        }
        #expect(totals.groups == ["g0", "g1", "g2", "g3", "g4"])
        #expect(totals.counts == expected)
        #expect(totals.rowCounts.allSatisfy { $0 == 220 })
        let rows = try Self.largePanel(gridOrder: false).totals(by: Self.largeGrouping)
        for (a, b) in zip(rows.counts, totals.counts) { #expect(isApproximatelyEqual(a, b, relativeTolerance: 1e-12)) }
        #expect(rows.populations == totals.populations)  // whole numbers: every order of addition is exact
        #expect(rows.rowCounts == totals.rowCounts)
    }
}
