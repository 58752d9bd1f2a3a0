import Foundation
import Testing

@testable import CommunityResilience

/// Properties of exact money over generated amounts and weights: allocation conserves every
/// penny and is the largest-remainder answer, rebasing there and back loses at most a penny per
/// step, and apportioned spend adds up to its records. Each expectation names its seed;
/// `PROPERTY_SEED=<seed>` replays one.
@Suite("Properties: money allocation, rebasing and apportionment")
struct MoneyPropertyTests {
    let base = PriceBase.financialYear(2023)

    /// An amount anywhere from a penny to the limit, often small, sometimes negative.
    static func amount(_ generator: inout ScenarioGenerator, in base: PriceBase) -> Money {
        let digits = generator.int(0...20)
        var units: Int128 = 0
        for _ in 0..<digits { units = units * 10 + Int128(generator.int(0...9)) }
        if generator.int(0...3) == 0 { units = -units }
        return Money(unchecked: units, .gbp, base)
    }

    @Test(
        "allocation conserves the amount and gives each part the floor or ceiling of its exact share",
        arguments: PropertySeeds.seeds(400))
    func allocation(seed: UInt64) throws {
        var generator = ScenarioGenerator(seed: seed)
        let amount = Self.amount(&generator, in: base)
        // Whole-number weights (as populations and counts are), some zero, so the exact share of
        // each part is amount × w ÷ Σw, a rational number computed exactly in Int128.
        let weights = (0..<generator.int(1...12)).map { _ in generator.bool() ? 0 : generator.int(1...1_000_000) }
        guard weights.contains(where: { $0 > 0 }) else {
            #expect(throws: ValidationIssue.self) { try amount.allocated(proportionallyTo: weights.map(Double.init)) }
            return
        }
        let parts = try amount.allocated(proportionallyTo: weights.map(Double.init)).map(\.minorUnits)
        #expect(parts.reduce(0, +) == amount.minorUnits, "seed \(seed)")
        let total = Int128(weights.reduce(0, +))
        let magnitude = Int128(amount.minorUnits.magnitude)
        var remainders: [(Int128, Int)] = []
        for (index, (part, weight)) in zip(parts, weights).enumerated() {
            let (floor, remainder) = (magnitude * Int128(weight)).quotientAndRemainder(dividingBy: total)
            let unsigned = amount.isNegative ? -part : part
            #expect(
                unsigned == floor || unsigned == floor + 1,
                "seed \(seed): part \(index) is \(part), exact share \(floor)+\(remainder)/\(total)")
            if weight == 0 { #expect(part == 0, "seed \(seed)") }
            remainders.append((remainder, index))
        }
        // Hamilton: the parts that got the extra unit are those with the largest remainders
        // (earlier part first among equals).
        let extra = Int(magnitude - zip(weights, parts).reduce(Int128(0)) { $0 + (magnitude * Int128($1.0)) / total })
        let chosen = Set(remainders.sorted { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 < $1.1 }.prefix(extra).map(\.1))
        for (index, (part, weight)) in zip(parts, weights).enumerated() {
            let floor = (magnitude * Int128(weight)) / total
            let unsigned = amount.isNegative ? -part : part
            #expect((unsigned == floor + 1) == chosen.contains(index), "seed \(seed): part \(index)")
        }
    }

    @Test(
        "allocation by arbitrary weights (tiny, huge, fractional) conserves the amount and keeps zeros zero",
        arguments: PropertySeeds.seeds(400))
    func allocationByAnyWeights(seed: UInt64) throws {
        var generator = ScenarioGenerator(seed: seed)
        let amount = Self.amount(&generator, in: base)
        let weights: [Double] = (0..<generator.int(1...10)).map { _ in
            switch generator.int(0...4) {
            case 0: return 0
            case 1: return generator.double(0...1) * 1e-300
            case 2: return generator.double(0...1) * 1e300
            case 3: return Double(generator.int(1...100))
            default: return generator.double(0...1)
            }
        }
        guard let parts = try? amount.allocated(proportionallyTo: weights) else {
            // Only an all-zero list or a sum beyond a Double may be refused.
            #expect(weights.allSatisfy { $0 == 0 } || !weights.reduce(0, +).isFinite, "seed \(seed): \(weights)")
            return
        }
        #expect(parts.reduce(Int128(0)) { $0 + $1.minorUnits } == amount.minorUnits, "seed \(seed): \(weights)")
        for (part, weight) in zip(parts, weights) {
            if weight == 0 { #expect(part.isZero, "seed \(seed)") }
            #expect(part.isZero || part.isNegative == amount.isNegative, "seed \(seed)")
        }
    }

    @Test("rebasing there and back is the identity within a penny per step", arguments: PropertySeeds.seeds(300))
    func rebasing(seed: UInt64) throws {
        var generator = ScenarioGenerator(seed: seed)
        let deflators = DeflatorSeries.gdpDeflatorsMarch2026
        let bases = deflators.indices.keys.sorted { $0.description < $1.description }
        let start = generator.pick(bases)
        let amount = Money(unchecked: Int128(generator.int(-10_000_000_000...10_000_000_000)), .gbp, start)
        // One step out and back: the error of the first rounding (≤ ½p) is scaled by the factor
        // back, f ≤ 1.5 for this series, and the second rounding adds ≤ ½p: at most 1.25p, so 1p.
        let other = generator.pick(bases)
        let back = try amount.rebased(to: other, using: deflators).rebased(to: start, using: deflators)
        #expect(
            (back.minorUnits - amount.minorUnits).magnitude <= 1,
            "seed \(seed): \(amount) via \(other) came back as \(back)")
        // A chain of k steps: each rounding's ½p is scaled by index(start) ÷ index(there) ≤ 1.5,
        // so the error is at most 0.75p per step: within k pence.
        var current = amount
        let steps = generator.int(2...6)
        for _ in 0..<steps { current = try current.rebased(to: generator.pick(bases), using: deflators) }
        current = try current.rebased(to: start, using: deflators)
        #expect(
            (current.minorUnits - amount.minorUnits).magnitude <= UInt128(steps + 1), "seed \(seed): \(steps + 1) steps"
        )
        // Rebasing to the same year is exactly the identity.
        #expect(try amount.rebased(to: start, using: deflators) == amount)
    }

    @Test(
        "apportioned spend adds up to every record, at every level and by every driver",
        arguments: PropertySeeds.seeds(120))
    func apportionment(seed: UInt64) throws {
        var generator = ScenarioGenerator(seed: seed)
        let scenario = generator.scenario()
        let period = Period(try FinancialYear(startYear: 2023))
        let areas = scenario.communities.map(\.id)
        let records = (0..<generator.int(1...8)).map { index in
            SpendRecord(
                id: SpendRecord.ID("record-\(index)"), agency: generator.pick(scenario.agencies).id,
                service: generator.pick(scenario.services).id, area: generator.pick(areas), period: period,
                amount: generator.money(pence: 0...1_000_000_000, in: base))
        }
        let ledger = try SpendLedger(records: records, scenario: scenario, in: base)
        var weights: [Community.ID: Double] = [:]
        for area in areas { weights[area] = generator.bool() ? 0 : generator.double(0...10) }
        let drivers: [ApportionmentDriver] = [.population(year: 2023), .weights(weights)]
        for driver in drivers {
            for level in [ApportionmentLevel.smallestAreas, .kind(.ward), .kind(.localAuthority)] {
                // A record may be refused (every weight zero); whatever is apportioned adds up.
                guard let lines = try? ledger.apportioned(by: driver, to: level) else { continue }
                for record in records {
                    let total = lines.filter { $0.record == record.id }.reduce(Int128(0)) { $0 + $1.amount.minorUnits }
                    #expect(
                        total == record.amount.minorUnits,
                        "seed \(seed): \(record.id) by \(driver.description) to \(level)")
                }
                for line in lines where line.weight == 0 {
                    #expect(line.amount.isZero, "seed \(seed): \(line.community) has weight 0 but gets \(line.amount)")
                }
            }
        }
    }
}
