import Testing

@testable import CommunityResilience

extension CommunityFixture {
    static let year = Period(Month(uncheckedIndex: 2023 * 12 + 3)...Month(uncheckedIndex: 2024 * 12 + 2))

    static func pounds(_ text: String, _ currency: Currency = .gbp) throws -> Money {
        try Money(text, currency, in: .financialYear(2023))
    }

    static func record(
        _ id: SpendRecord.ID, _ area: Community.ID, _ amount: String, service: Service.ID = "ae",
        agency: Agency.ID = "nhs-acute"
    ) throws -> SpendRecord {
        SpendRecord(id: id, agency: agency, service: service, area: area, period: year, amount: try pounds(amount))
    }

    static func ledger(_ records: [SpendRecord]) throws -> SpendLedger {
        try SpendLedger(records: records, communities: try communities(), in: .financialYear(2023))
    }
}

/// Shares derived by hand with the largest-remainder rule on the fixture's populations
/// (lsoa-1 1,500, lsoa-2 1,200, lsoa-3 3,000; ward-1 2,700, ward-2 3,000).
@Suite("Spend ledger: apportionment to communities, exact to the penny")
struct SpendLedgerTests {
    typealias Fixture = CommunityFixture

    func amounts(_ lines: [ApportionedSpend]) -> [String: Int128] {
        Dictionary(lines.map { ("\($0.record)/\($0.community)", $0.amount.minorUnits) }, uniquingKeysWith: +)
    }

    @Test("by population: ward and authority spend shared among the small areas")
    func byPopulation() throws {
        let ledger = try Fixture.ledger([
            try Fixture.record("ward", "ward-1", "1000.00"),
            try Fixture.record("authority", "la", "100.00"),
            try Fixture.record("direct", "lsoa-3", "50.00"),
        ])
        let lines = try ledger.apportioned(by: .population(year: 2023))
        // ward: 100,000p × 1,500/2,700 = 55,555.56 → 55,555 + the left-over penny (largest
        //       remainder .56); × 1,200/2,700 = 44,444.44 → 44,444.
        // authority: 10,000p × 1,500/5,700 = 2,631.58 → 2,631 + 1; × 1,200/5,700 = 2,105.26 → 2,105;
        //            × 3,000/5,700 = 5,263.16 → 5,263. Sum 10,000.
        #expect(
            amounts(lines) == [
                "ward/lsoa-1": 55_556, "ward/lsoa-2": 44_444,
                "authority/lsoa-1": 2_632, "authority/lsoa-2": 2_105, "authority/lsoa-3": 5_263,
                "direct/lsoa-3": 5_000,
            ])
        #expect(lines.map(\.isApportioned) == [true, true, true, true, true, false])
        #expect(lines[0].weight == 1_500 && lines[0].totalWeight == 2_700)
        #expect(lines.reduce(Int128(0)) { $0 + $1.amount.minorUnits } == 115_000)
    }

    @Test("custom weights: equal weights give the odd penny to the earliest community")
    func customWeights() throws {
        let ledger = try Fixture.ledger([try Fixture.record("authority", "la", "100.00")])
        let lines = try ledger.apportioned(by: .weights(["lsoa-1": 1, "lsoa-2": 1, "lsoa-3": 1]))
        // 10,000p ÷ 3 = 3,333.33 each; the left-over penny goes to the first of the tied remainders.
        #expect(lines.map(\.amount.minorUnits) == [3_334, 3_333, 3_333])
    }

    @Test("to wards: authority spend shared between wards, small-area spend rolled up")
    func toWards() throws {
        let ledger = try Fixture.ledger([
            try Fixture.record("authority", "la", "100.00"),
            try Fixture.record("direct", "lsoa-3", "50.00"),
        ])
        let lines = try ledger.apportioned(by: .population(year: 2023), to: .kind(.ward))
        // 10,000p × 2,700/5,700 = 4,736.84 → 4,737 (largest remainder); × 3,000/5,700 = 5,263.16 → 5,263.
        #expect(amounts(lines) == ["authority/ward-1": 4_737, "authority/ward-2": 5_263, "direct/ward-2": 5_000])
        #expect(ledger.areas(at: .kind(.ward)) == ["ward-1", "ward-2"])
    }

    @Test("by demand: counts in the record's period and for its service")
    func byDemand() throws {
        var panel = DemandPanel()
        func row(_ community: Community.ID, _ service: Service.ID, _ year: Int, _ month: Int, _ count: Double) throws
            -> DemandObservation
        {
            DemandObservation(
                community: community, service: service, month: try Month(year: year, month: month), count: count)
        }
        try panel.append(contentsOf: [
            row("lsoa-1", "ae", 2023, 5, 30),
            row("lsoa-2", "ae", 2023, 6, 10),
            row("lsoa-1", "ae", 2022, 5, 100),  // before 2023-24: ignored
            row("lsoa-2", "gp", 2023, 7, 50),  // another service
        ])
        let ledger = try Fixture.ledger([try Fixture.record("ward", "ward-1", "1000.00")])
        // A&E only: 30 : 10 → 75,000p and 25,000p.
        #expect(try ledger.apportioned(by: .demand(panel)).map(\.amount.minorUnits) == [75_000, 25_000])
        // All services: 30 : 60 → 33,333.33 and 66,666.67 → 33,333 and 66,667.
        #expect(
            try ledger.apportioned(by: .demand(panel, services: .all)).map(\.amount.minorUnits) == [33_333, 66_667])
        // A service with no demand recorded cannot drive a share.
        #expect(
            throws: ValidationError(
                ValidationIssue(
                    .inconsistent(
                        "every community under 'ward-1' has a weight of zero by demand for fire, so 'ward' cannot be shared"
                    ),
                    at: "records[0].area"))
        ) {
            try ledger.apportioned(by: .demand(panel, services: .services(["fire"])))
        }
    }

    @Test("parts always add up to the record, over many random amounts and weights")
    func conservation() throws {
        for seed in UInt64(1)...50 {
            var generator = TimeParsingPropertyTests.SplitMix64(state: seed)
            let pence = Int128(Int.random(in: 0...1_000_000_000_000, using: &generator))
            let record = SpendRecord(
                id: "r", agency: "nhs-acute", service: "ae", area: "la", period: Fixture.year,
                amount: try Money(minorUnits: pence, .gbp, in: .financialYear(2023)))
            let weights: [Community.ID: Double] = [
                "lsoa-1": Double.random(in: 0...1, using: &generator),
                "lsoa-2": Double.random(in: 0...1e6, using: &generator),
                "lsoa-3": Double.random(in: 0.001...3, using: &generator),
            ]
            let lines = try Fixture.ledger([record]).apportioned(by: .weights(weights))
            #expect(lines.reduce(Int128(0)) { $0 + $1.amount.minorUnits } == pence, "seed \(seed)")
            #expect(lines.allSatisfy { !$0.amount.isNegative }, "seed \(seed)")
        }
    }

    @Test("bad records are reported together, each with its path")
    func badRecords() throws {
        let records = [
            try Fixture.record("a", "lsoa-9", "10.00"),
            try Fixture.record("a", "lsoa-1", "-5.00", service: "unknown", agency: "nobody"),
            SpendRecord(
                id: "c", agency: "nhs-acute", service: "ae", area: "lsoa-1", period: Fixture.year,
                amount: try Money("3.00", .eur, in: .financialYear(2023))),
        ]
        #expect(
            throws: ValidationError(issues: [
                ValidationIssue(.danglingReference("lsoa-9", kind: "community"), at: "records[0].area"),
                ValidationIssue(.duplicateIdentifier("a"), at: "records[1].id"),
                ValidationIssue(.danglingReference("nobody", kind: "agency"), at: "records[1].agency"),
                ValidationIssue(.danglingReference("unknown", kind: "service"), at: "records[1].service"),
                ValidationIssue(.negative("-5.00"), at: "records[1].amount"),
                ValidationIssue(
                    .inconsistentMoney(
                        "EUR 3.00 (2023-24 prices)",
                        expected: "the ledger's currency and price base, GBP in 2023-24 prices"),
                    at: "records[2].amount"),
            ])
        ) {
            try SpendLedger(
                records: records, communities: try Fixture.communities(), agencies: [.nhsAcuteTrust],
                services: [
                    Service(id: "ae", name: "A&E", agency: "nhs-acute", measure: .accidentAndEmergencyAttendance)
                ],
                in: .financialYear(2023))
        }
    }

    @Test("drivers that cannot share a record are typed errors")
    func badDrivers() throws {
        var communities = try Fixture.communities()
        communities[4].population = [:]  // lsoa-2
        let ledger = try SpendLedger(
            records: [try Fixture.record("ward", "ward-1", "10.00")], communities: communities,
            in: .financialYear(2023))
        #expect(
            throws: ValidationError(
                ValidationIssue(
                    .inconsistent("cannot share 'ward' by population: no population for 'lsoa-2'"),
                    at: "records[0].area"))
        ) {
            try ledger.apportioned(by: .population(year: 2023))
        }
        #expect(
            throws: ValidationError(issues: [
                ValidationIssue(.notFinite("nan"), at: "weights.lsoa-1"),
                ValidationIssue(.missing, at: "weights.lsoa-2"),
            ])
        ) {
            try ledger.apportioned(by: .weights(["lsoa-1": .nan]))
        }
        #expect(throws: ValidationError(ValidationIssue(.negative("-1.0"), at: "weights.lsoa-2"))) {
            try ledger.apportioned(by: .weights(["lsoa-1": 1, "lsoa-2": -1]))
        }
        #expect(
            throws: ValidationError(
                ValidationIssue(
                    .inconsistent(
                        "every community under 'ward-1' has a weight of zero by caller-supplied weights, so 'ward' cannot be shared"
                    ),
                    at: "records[0].area"))
        ) {
            try ledger.apportioned(by: .weights(["lsoa-1": 0, "lsoa-2": 0]))
        }
        #expect(
            throws: ValidationError(
                ValidationIssue(
                    .inconsistent("'ward-1' has no community of kind msoa above or below it"), at: "records[0].area"))
        ) {
            try ledger.apportioned(by: .population(year: 2023), to: .kind(.msoa))
        }
    }
}

@Suite("Spend profile: per head, by agency, reactive and preventative")
struct SpendProfileTests {
    typealias Fixture = CommunityFixture

    @Test("spend per head and shares by purpose, by hand")
    func profile() throws {
        let ledger = try Fixture.ledger([
            try Fixture.record("ward", "ward-1", "1000.00"),
            try Fixture.record("grants", "lsoa-2", "250.00", service: "grants", agency: "council"),
            try Fixture.record("libraries", "lsoa-3", "50.00", service: "libraries", agency: "council"),
        ])
        let purposes = try SpendClassification(reactive: ["ae"], preventative: ["grants"])
        let profile = try ledger.profile(by: .population(year: 2023), populationYear: 2023, classification: purposes)
        #expect(profile.total.minorUnits == 130_000)
        // 100,000 / 130,000 reactive; 25,000 / 130,000 preventative; 5,000 / 130,000 unclassified.
        #expect(isApproximatelyEqual(profile.share(of: .reactive) ?? 0, 10.0 / 13, relativeTolerance: 1e-12))
        #expect(isApproximatelyEqual(profile.share(of: .preventative) ?? 0, 2.5 / 13, relativeTolerance: 1e-12))
        #expect(isApproximatelyEqual(profile.share(of: .unclassified) ?? 0, 0.5 / 13, relativeTolerance: 1e-12))
        #expect(profile.byAgency["council"]?.minorUnits == 30_000)
        #expect(profile.driver == "population in 2023")
        let one = try #require(profile.spend(in: "lsoa-1"))
        let two = try #require(profile.spend(in: "lsoa-2"))
        let three = try #require(profile.spend(in: "lsoa-3"))
        // lsoa-1: 55,556p ÷ 1,500 = 37.04p → 37p. lsoa-2: 44,444 + 25,000 = 69,444p ÷ 1,200 = 57.87p → 58p.
        // lsoa-3: 5,000p ÷ 3,000 = 1.67p → 2p.
        #expect(one.perHead?.minorUnits == 37)
        #expect(two.total.minorUnits == 69_444)
        #expect(two.perHead?.minorUnits == 58)
        #expect(two.perHead(by: "council")?.minorUnits == 21)  // 25,000 ÷ 1,200 = 20.83 → 21
        #expect(three.perHead?.minorUnits == 2)
        #expect(isApproximatelyEqual(two.share(of: .preventative) ?? 0, 25_000.0 / 69_444, relativeTolerance: 1e-12))
        #expect(three.byPurpose[.unclassified]?.minorUnits == 5_000)
        #expect(three.byPurpose[.reactive]?.minorUnits == 0)
    }

    @Test(
        "per head rounds half to even in integers",
        arguments: [
            (Int128(5), 2, Int128(2)), (7, 2, 4), (-5, 2, -2), (-7, 2, -4), (100_001, 100_000, 1),
            (149_999, 100_000, 1),
            (150_000, 100_000, 2), (250_000, 100_000, 2),
        ])
    func perHead(_ pence: Int128, _ people: Int, _ expected: Int128) throws {
        let amount = try Money(minorUnits: pence, .gbp, in: .financialYear(2023))
        #expect(CommunitySpend.perHead(amount, people)?.minorUnits == expected)
        #expect(CommunitySpend.perHead(amount, 0) == nil)
    }

    @Test("a service classified both ways is an error")
    func doubleClassification() {
        #expect(
            throws: ValidationError(
                ValidationIssue(
                    .inconsistent("service 'ae' is classified as both reactive and preventative"), at: "preventative.ae"
                ))
        ) {
            try SpendClassification(reactive: ["ae", "gp"], preventative: ["ae"])
        }
    }
}
