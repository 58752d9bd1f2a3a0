import Foundation
import Testing

@testable import CommunityResilience

/// The bundled example's illustrative pilot ward: five small areas (1,620, 1,480, 1,710, 1,550 and
/// 1,390 residents; 7,750 in all). Expected values re-derived in Python (haversine with
/// R = 6,371.0088 km; largest-remainder shares; numpy for the index over the standard grid of
/// choices):
///
/// ```python
/// lr(42_000_000, pops)  # A&E  → [8779355, 8020645, 9267097, 8400000, 7532903]
/// lr(18_000_000, pops)  # GP   → [3762581, 3437419, 3971613, 3600000, 3228387]
/// lr(2_500_000, pops)   # fire → [522581, 477419, 551613, 500000, 448387]
/// # + grants 400,000p (B) and 600,000p (E): totals [13064517, 12335483, 13790323, 12500000, 11809677]
/// # index (min–max, equal by domain, arithmetic): [0.73488562, 0.5770202, 0.96323529, 0.43467766, 0]
/// # ranks [2, 3, 1, 4, 5] under all 12 combinations of {min–max, z, rank} × {by domain, equal} × {arith, geo}
/// lr(6_181_808, pops), lr(19_652_125, pops)  # home safety PV benefits, costs shared down
/// # → [1292197, 1180526, 1363986, 1236362, 1108737], [4107928, 3752922, 4336146, 3930425, 3524704]
/// ```
@Suite("The bundled example's communities: assets, spend, index and evaluation by quintile")
struct CommunityExampleTests {
    let scenario = Scenario.example
    let small: [Community.ID] = ["pilot-lsoa-a", "pilot-lsoa-b", "pilot-lsoa-c", "pilot-lsoa-d", "pilot-lsoa-e"]

    @Test("the illustrative communities are labelled and leave the appraisal alone")
    func labelled() {
        #expect(scenario.assumptions.contains { $0.id == "illustrative-communities" })
        #expect(
            scenario.communities.filter { $0.id.rawValue.hasPrefix("pilot-") }.allSatisfy {
                $0.name.contains("(illustrative)")
            })
        #expect(scenario.communities.filter { $0.kind == .lsoa }.allSatisfy { $0.centroid != nil })
        #expect(
            scenario.assets.filter { $0.kind == .venue || $0.kind == .communityCentre }.allSatisfy {
                $0.location != nil
            })
        #expect(scenario.interventions.map(\.communities) == [["safety-check-pilot-area"], ["cheshire-merseyside"]])
    }

    @Test("asset map: small area E has no meeting place; venue rates match the indicators")
    func assetMap() throws {
        let map = try AssetMap(scenario)
        #expect(
            map.gaps(in: [.meetingPlace], among: .lsoa) == [AssetGap(community: "pilot-lsoa-e", unmet: [.meetingPlace])]
        )
        let rates = map.summaries(of: .lsoa, populationYear: 2023).map {
            ($0.perThousandResidents(meeting: .meetingPlace) ?? -1)
        }
        let recorded = small.map { id in
            scenario.indicators.first { $0.community == id && $0.name == "venues per 1,000 residents" }?.value
        }
        #expect(rates.map { ($0 * 100).rounded() / 100 } == recorded)
        // E's centroid (53.418, −2.835) to the church hall in B (53.4245, −2.841): 0.8249 km.
        let nearest = try #require(try map.nearest(.meetingPlace, to: "pilot-lsoa-e"))
        #expect(nearest.asset == "asset-b-hall")
        #expect(isApproximatelyEqual(nearest.distanceKilometres, 0.8249044861465338, relativeTolerance: 1e-9))
        #expect(try map.summary(of: "pilot-ward", populationYear: 2023).total == 10)
    }

    @Test("spend: £635,000 apportioned to the small areas, per head and by purpose")
    func spend() throws {
        let ledger = try SpendLedger(
            records: SpendRecord.examples, scenario: scenario,
            additionalServices: SpendRecord.exampleServices, in: .financialYear(2023))
        let profile = try ledger.profile(by: .population(year: 2023), populationYear: 2023, classification: .example)
        #expect(profile.total.minorUnits == 63_500_000)
        #expect(profile.communities.map(\.community) == ["cheshire-merseyside"] + small)
        #expect(
            profile.communities.dropFirst().map(\.total.minorUnits) == [
                13_064_517, 12_335_483, 13_790_323, 12_500_000, 11_809_677,
            ])
        // Per head, half to even: 13,064,517 ÷ 1,620 = 8,064.5… → 8,065p (£80.65); E 11,809,677 ÷ 1,390 → 8,496p.
        #expect(profile.communities.dropFirst().map { $0.perHead?.minorUnits } == [8_065, 8_335, 8_065, 8_065, 8_496])
        // Reactive: (£420,000 + £180,000) ÷ £635,000 = 94.49%; preventative (£25,000 + £10,000) ÷ £635,000.
        #expect(isApproximatelyEqual(profile.share(of: .reactive) ?? 0, 600.0 / 635, relativeTolerance: 1e-12))
        #expect(isApproximatelyEqual(profile.share(of: .preventative) ?? 0, 35.0 / 635, relativeTolerance: 1e-12))
        #expect(profile.share(of: .unclassified) == 0)
    }

    @Test("capacity and trust index: C strongest, E weakest, under every standard choice")
    func index() throws {
        let index = try CompositeIndexDefinition.capacityAndTrust.evaluate(in: scenario, areas: .lsoa)
        for (score, expected) in zip(index.scores, [0.73488562, 0.5770202, 0.96323529, 0.43467766, 0]) {
            #expect(isApproximatelyEqual(score.value, expected, relativeTolerance: 1e-7))  // E is exactly 0
        }
        #expect(index.scores.map(\.rank) == [2, 3, 1, 4, 5])
        #expect(
            try index.quantiles(5) == [
                "pilot-lsoa-e": 1, "pilot-lsoa-d": 2, "pilot-lsoa-b": 3, "pilot-lsoa-a": 4, "pilot-lsoa-c": 5,
            ])
        #expect(index.scores.map(\.decile) == [7, 5, 9, 3, 1])
        let sensitivity = try index.sensitivity()
        #expect(sensitivity.outcomes.count == 11)
        #expect(sensitivity.communitiesChangingGroupInAnyAlternative.isEmpty)
        #expect(
            sensitivity.rankRanges == [
                "pilot-lsoa-a": 2...2, "pilot-lsoa-b": 3...3, "pilot-lsoa-c": 1...1, "pilot-lsoa-d": 4...4,
                "pilot-lsoa-e": 5...5,
            ])
        // By the smallest areas instead, Cheshire and Merseyside (no indicators) is left out, and said so.
        let all = try CompositeIndexDefinition.capacityAndTrust.evaluate(in: scenario)
        #expect(all.excluded.map(\.community) == ["cheshire-merseyside"])
        #expect(all.missingValues.count == 5)
    }

    @Test("appraisal results by quintile of the index: the pilot shared down, the ICB area unassigned")
    func byQuintile() throws {
        let appraisal = try scenario.appraise(with: .example)
        let index = try CompositeIndexDefinition.capacityAndTrust.evaluate(in: scenario, areas: .lsoa)
        let totals = try index.totalsByQuantile(of: appraisal.portfolio, populationYear: 2023)
        #expect(
            totals.entries.map(\.communities) == [
                ["pilot-lsoa-e"], ["pilot-lsoa-d"], ["pilot-lsoa-b"], ["pilot-lsoa-a"], ["pilot-lsoa-c"],
            ])
        #expect(
            totals.entries.map(\.value.benefits.minorUnits) == [1_108_737, 1_236_362, 1_180_526, 1_292_197, 1_363_986])
        #expect(
            totals.entries.map(\.value.costs.minorUnits) == [3_524_704, 3_930_425, 3_752_922, 4_107_928, 4_336_146])
        #expect(totals.unassigned["cheshire-merseyside"]?.benefits.minorUnits == 209_470_660)
        #expect(totals.unassigned["cheshire-merseyside"]?.costs.minorUnits == 75_575_358)
        // Conserved: every penny of the portfolio is in a quintile or unassigned.
        let benefits = totals.entries.reduce(Int128(0)) { $0 + $1.value.benefits.minorUnits } + 209_470_660
        #expect(benefits == appraisal.portfolio.presentValueOfBenefits.value.minorUnits)

        let demand = try index.demandAvoidedByQuantile(of: appraisal.portfolio, populationYear: 2023)
        // Least resilient fifth (E, 1,390 of 7,750): 204.75 × 1,390 ÷ 7,750 A&E, 945 × 1,390 ÷ 7,750 GP.
        let first = demand.entries[0].value
        #expect(isApproximatelyEqual(first["ae"] ?? 0, 204.75 * 1_390 / 7_750, relativeTolerance: 1e-12))
        #expect(isApproximatelyEqual(first["gp-repeat"] ?? 0, 945 * 1_390 / 7_750, relativeTolerance: 1e-12))
        let allAE = demand.entries.reduce(0) { $0 + ($1.value["ae"] ?? 0) }
        #expect(isApproximatelyEqual(allAE, 204.75, relativeTolerance: 1e-12))
        #expect(demand.unassigned == ["cheshire-merseyside": ["delayed-discharge": 6_329]])
    }

    @Test("evidence the library can supply for the Knowledge, Commission and Measure statements")
    func evidence() throws {
        let appraisal = try scenario.appraise(with: .example)
        let ledger = try SpendLedger(
            records: SpendRecord.examples, scenario: scenario,
            additionalServices: SpendRecord.exampleServices, in: .financialYear(2023))
        let spend = try ledger.profile(
            by: .population(year: 2023), to: .kind(.lsoa), populationYear: 2023, classification: .example)
        let index = try CompositeIndexDefinition.capacityAndTrust.evaluate(in: scenario, areas: .lsoa)
        let suggestions = EvidenceSuggestion.suggestions(
            scenario: scenario, spend: spend, index: index, appraisal: appraisal)
        #expect(
            suggestions.map(\.statement) == [
                "knowledge.1", "knowledge.2", "knowledge.3", "commission.3", "measure.2", "measure.3",
            ])
        // Cheshire and Merseyside is one of the smallest areas and has no asset or index score.
        #expect(
            suggestions.map(\.suggestedLevel) == [
                .developing, .established, .developing, .developing, .developing, .developing,
            ])
        #expect(
            suggestions[0].evidence
                == "Asset map: 10 assets of 8 kinds registered, covering 5 of 6 smallest areas. No meeting place in cheshire-merseyside, pilot-lsoa-e."
        )
        #expect(
            suggestions[1].evidence
                == "Public spend of £635,000.00 from 5 records apportioned by population in 2023 to 5 of 5 communities; spend per head £80.65 to £84.96; 94% reactive, 6% preventative."
        )
        #expect(
            suggestions[4].evidence.hasSuffix(
                "strongest evidence SMS level 1: add a comparison group (SMS level 3) to show what difference the interventions make."
            ))
        #expect(suggestions.allSatisfy { $0.suggestedLevel < .embedded })
        #expect(EvidenceSuggestion.suggestions(scenario: try smallScenario()).map(\.statement) == ["knowledge.1"])
    }
}
