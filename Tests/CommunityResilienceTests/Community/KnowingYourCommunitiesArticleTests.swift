import Foundation
import Testing

@testable import CommunityResilience

/// The figures quoted in the DocC article "Knowing Your Communities", so that it stays true.
@Suite("Knowing Your Communities article")
struct KnowingYourCommunitiesArticleTests {
    @Test("assets and spend figures")
    func assetsAndSpend() throws {
        let scenario = Scenario.example
        let map = try AssetMap(scenario)
        let ward = try map.summary(of: "pilot-ward", populationYear: 2023)
        #expect(ward.total == 10)
        // 4 meeting places ÷ 7,750 residents × 1,000 = 0.516…
        #expect(
            isApproximatelyEqual(
                ward.perThousandResidents(meeting: .meetingPlace) ?? 0, 4_000.0 / 7_750, relativeTolerance: 1e-12))

        let ledger = try SpendLedger(
            records: SpendRecord.examples, scenario: scenario,
            additionalServices: SpendRecord.exampleServices, in: .financialYear(2023))
        let profile = try ledger.profile(
            by: .population(year: 2023), to: .kind(.lsoa), populationYear: 2023, classification: .example)
        let gb = Money.FormatStyle.moneyGB
        #expect(profile.total.formatted(gb) == "£635,000.00")
        let a = try #require(profile.spend(in: "pilot-lsoa-a"))
        #expect(a.total.formatted(gb) == "£130,645.17")
        #expect(a.perHead?.formatted(gb) == "£80.65")
        #expect(
            profile.lines.first { $0.record == "spend-ae" && $0.community == "pilot-lsoa-a" }?.amount.formatted(gb)
                == "£87,793.55")
        #expect(String(format: "%.3f", profile.share(of: .reactive) ?? 0) == "0.945")
        #expect(String(format: "%.3f", profile.share(of: .preventative) ?? 0) == "0.055")
    }

    @Test("the worked index example")
    func workedIndex() throws {
        let definition = CompositeIndexDefinition(
            name: "Worked example",
            indicators: [
                IndexIndicator("venues", domain: .capacity),
                IndexIndicator("isolation", domain: .trust, direction: .higherIsWorse),
                IndexIndicator("trust", domain: .trust),
            ])
        let index = try definition.evaluate(IndexFixture.values(), for: ["A", "B", "C", "D"])
        #expect(index.scores.map(\.rank) == [4, 2, 1, 2])
        #expect(index.scores.map(\.decile) == [1, 3, 8, 3])
        #expect(index.scores.map(\.value) == [0.125, 0.5, 0.875, 0.5])
        let geometric = try IndexFixture.evaluate { $0.aggregation = .geometric() }
        #expect(geometric.scores.map { String(format: "%.3f", $0.value) } == ["1.107", "1.456", "1.861", "1.456"])
        let reweighted = try IndexFixture.evaluate(dropping: ("C", "trust"))
        #expect(String(format: "%.3f", reweighted.score(of: "C")?.value ?? 0) == "0.833")
    }
}
