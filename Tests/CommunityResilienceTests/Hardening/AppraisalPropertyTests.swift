import Foundation
import Testing

@testable import CommunityResilience

/// Properties of the appraisal over many generated scenarios (``ScenarioGenerator``): totals are
/// the sums of their parts to the penny, and nothing depends on the order in which the scenario
/// lists its entities. Each expectation names its seed; `PROPERTY_SEED=<seed>` replays one.
@Suite("Properties: appraisal totals and order independence")
struct AppraisalPropertyTests {
    /// The figures compared between appraisals, in minor units (and the ratio), by intervention.
    struct Figures: Equatable, CustomStringConvertible {
        var costs: Int128
        var benefits: Int128
        var net: Int128
        var ratio: Double?
        var payback: Payback
        var cells: [String: Int128]

        init(_ result: AppraisalResult) {
            costs = result.presentValueOfCosts.value.minorUnits
            benefits = result.presentValueOfBenefits.value.minorUnits
            net = result.netPresentValue.value.minorUnits
            ratio = result.benefitCostRatio.value
            payback = result.payback.value
            let table = result.whoPaysWhoGains
            var cells: [String: Int128] = [:]
            for (funder, row) in table.cells {
                for (beneficiary, money) in row { cells["\(funder)→\(beneficiary)"] = money.minorUnits }
            }
            for (beneficiary, money) in table.unfundedBenefits { cells["unfunded→\(beneficiary)"] = money.minorUnits }
            self.cells = cells
        }

        var description: String { "PVC \(costs), PVB \(benefits), NPV \(net), BCR \(ratio.map { "\($0)" } ?? "–")" }
    }

    static func appraise(_ scenario: Scenario, seed: UInt64) -> Appraisal? {
        do {
            return try scenario.appraise(with: .example)
        } catch {
            Issue.record("seed \(seed): a generated scenario does not appraise: \(error)")
            return nil
        }
    }

    @Test(
        "portfolio PV is the sum of intervention PVs, NPV = PVB − PVC, and who-pays cells add up",
        arguments: PropertySeeds.seeds(150))
    func totals(seed: UInt64) throws {
        var generator = ScenarioGenerator(seed: seed)
        let scenario = generator.scenario()
        guard let appraisal = Self.appraise(scenario, seed: seed) else { return }
        let portfolio = appraisal.portfolio
        let results = appraisal.interventionResults
        let costs = portfolio.presentValueOfCosts.value.minorUnits
        let benefits = portfolio.presentValueOfBenefits.value.minorUnits
        #expect(costs == results.reduce(0) { $0 + $1.presentValueOfCosts.value.minorUnits }, "seed \(seed)")
        #expect(benefits == results.reduce(0) { $0 + $1.presentValueOfBenefits.value.minorUnits }, "seed \(seed)")
        for result in results + [portfolio] {
            let net = result.netPresentValue.value.minorUnits
            #expect(
                net == result.presentValueOfBenefits.value.minorUnits - result.presentValueOfCosts.value.minorUnits,
                "seed \(seed): \(result.title)")
            // A present value is the sum of its lines' present values, each the sum of its years.
            for line in result.costs {
                #expect(
                    line.presentValue.minorUnits == line.discounted.reduce(0) { $0 + $1.minorUnits }, "seed \(seed)")
            }
        }
        // Who pays, who gains: each column (beneficiary) total is the sum of its cells and its
        // unfunded part; the columns add up to PVB and the funders' costs to PVC.
        let table = portfolio.whoPaysWhoGains
        for beneficiary in table.beneficiaries {
            let column =
                table.funders.reduce(Int128(0)) { $0 + (table.benefit(to: beneficiary, fundedBy: $1)?.minorUnits ?? 0) }
                + (table.unfundedBenefits[beneficiary]?.minorUnits ?? 0)
            #expect(
                column == table.benefitsByBeneficiary[beneficiary]?.minorUnits, "seed \(seed): column \(beneficiary)")
        }
        #expect(table.benefitsByBeneficiary.values.reduce(0) { $0 + $1.minorUnits } == benefits, "seed \(seed)")
        #expect(table.costsByFunder.values.reduce(0) { $0 + $1.minorUnits } == costs, "seed \(seed)")
        // Fiscal benefits to each agency add up to the fiscal total.
        let fiscal = portfolio.presentValueOfFiscalBenefits.value.minorUnits
        let agencies = Set(scenario.unitCosts.map(\.agency))
        #expect(
            fiscal
                == agencies.reduce(Int128(0)) { total, agency in
                    total
                        + portfolio.benefits.filter { $0.agency == agency && $0.valueType == .fiscal }.reduce(0) {
                            $0 + $1.presentValue.minorUnits
                        }
                }, "seed \(seed)")
    }

    @Test(
        "results do not depend on the order of interventions, communities, evidence, unit costs, services or agencies",
        arguments: PropertySeeds.seeds(60))
    func orderIndependence(seed: UInt64) throws {
        var generator = ScenarioGenerator(seed: seed)
        let scenario = generator.scenario()
        var shuffled = scenario
        shuffled.interventions = generator.shuffled(scenario.interventions)
        shuffled.communities = generator.shuffled(scenario.communities)
        shuffled.evidence = generator.shuffled(scenario.evidence)
        shuffled.unitCosts = generator.shuffled(scenario.unitCosts)
        shuffled.services = generator.shuffled(scenario.services)
        shuffled.agencies = generator.shuffled(scenario.agencies)
        guard let original = Self.appraise(scenario, seed: seed), let reordered = Self.appraise(shuffled, seed: seed)
        else { return }
        #expect(Figures(original.portfolio) == Figures(reordered.portfolio), "seed \(seed)")
        #expect(original.years == reordered.years, "seed \(seed)")
        for result in original.interventionResults {
            let id = try #require(scenario.interventions.first { $0.name == result.title }?.id)
            let other = try #require(reordered.result(for: id))
            #expect(Figures(result) == Figures(other), "seed \(seed): \(id)")
        }
        // And the same scenario appraised twice gives the same figures (no hidden state).
        let again = try #require(Self.appraise(scenario, seed: seed))
        #expect(Figures(again.portfolio) == Figures(original.portfolio), "seed \(seed)")
    }

    @Test(
        "a generated scenario survives a JSON round trip and appraises the same after it",
        arguments: PropertySeeds.seeds(30))
    func jsonRoundTrip(seed: UInt64) throws {
        var generator = ScenarioGenerator(seed: seed)
        let scenario = generator.scenario()
        let decoded = try Scenario(json: try scenario.jsonData())
        #expect(decoded == scenario, "seed \(seed)")
        guard let original = Self.appraise(scenario, seed: seed), let read = Self.appraise(decoded, seed: seed) else {
            return
        }
        #expect(Figures(original.portfolio) == Figures(read.portfolio), "seed \(seed)")
    }
}
