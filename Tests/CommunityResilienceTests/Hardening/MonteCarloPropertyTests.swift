import Foundation
import Testing

@testable import CommunityResilience

/// Monte Carlo simulation is bit-for-bit reproducible over generated scenarios and uncertain
/// inputs (``ScenarioGenerator``): one worker, two and eight give the same raw draws of every
/// output and the same summaries, compared as bit patterns (so NaN ratios compare too), and the
/// same seed gives the same bits on a second run. Each expectation names its seed;
/// `PROPERTY_SEED=<seed>` replays one.
@Suite("Properties: Monte Carlo serial = parallel, bit for bit")
struct MonteCarloPropertyTests {
    /// Uncertain inputs for a generated scenario: some of its unit costs, cost lines and evidence
    /// effects, each with a distribution inside the number's domain, and sometimes a correlated
    /// pair.
    static func inputs(for scenario: Scenario, _ generator: inout ScenarioGenerator) -> (
        [UncertainInput], [InputCorrelation]
    ) {
        var inputs: [UncertainInput] = []
        for cost in scenario.unitCosts where generator.bool() {
            let pounds = cost.amount.doubleValue
            inputs.append(
                UncertainInput(
                    .unitCost(cost.id),
                    generator.bool()
                        ? .uniform(low: pounds * 0.5, high: pounds * 1.5 + 1)
                        : .triangular(low: pounds * 0.5, mode: pounds, high: pounds * 2 + 1)))
        }
        for intervention in scenario.interventions {
            for index in intervention.costs.indices where generator.bool() {
                let pounds = intervention.costs[index].amount.doubleValue
                inputs.append(
                    UncertainInput(
                        .costLine(intervention: intervention.id, index: index),
                        .normal(mean: pounds, standardDeviation: pounds * 0.2 + 1, low: 0)))
            }
        }
        for item in scenario.evidence where generator.bool() {
            let distribution: InputDistribution
            switch item.effect {
            case .relativeReduction: distribution = .uniform(low: 0, high: 0.6)
            case .cohort: distribution = .uniform(low: 0, high: 3)
            default: distribution = .triangular(low: -10, mode: 20, high: 150)
            }
            inputs.append(UncertainInput(.evidenceEffect(item.id), distribution))
        }
        if inputs.isEmpty, let cost = scenario.unitCosts.first {
            let pounds = cost.amount.doubleValue
            inputs.append(UncertainInput(.unitCost(cost.id), .uniform(low: pounds * 0.5, high: pounds * 1.5 + 1)))
        }
        guard inputs.count >= 2, generator.bool() else { return (inputs, []) }
        let pair = generator.shuffled(inputs).prefix(2).map(\.target)
        return (inputs, [.pair(pair[0], pair[1], generator.double(-0.5...0.8))])
    }

    /// Every output of every draw (in draw order), then the summaries' figures, as bit patterns.
    static func bits(_ analysis: UncertaintyAnalysis, draws: Int, seed: UInt64, workers: Int) -> [UInt64] {
        var run = SimulationRun(
            analysis: analysis, draws: draws, seed: seed, options: MonteCarloOptions(workers: workers))
        defer { run.deallocate() }
        run.simulate()
        // The raw draws before the summaries, which may reorder a row to find its percentiles.
        var bits = (0..<run.rowCount).flatMap { row in
            UnsafeBufferPointer(start: run.row(row), count: draws).map(\.bitPattern)
        }
        let result = run.result()
        let summaries =
            [
                result.netPresentValue, result.presentValueOfBenefits, result.presentValueOfCosts,
                result.benefitCostRatio, result.fiscalReturnOnInvestment,
            ] + result.fiscalReturnOnInvestmentByAgency.map(\.summary) + result.demandAvoided.map(\.summary)
            + [result.payback?.months].compactMap { $0 }
        for summary in summaries {
            bits += [summary.mean, summary.standardDeviation, summary.minimum, summary.maximum].map(\.bitPattern)
            bits += summary.percentiles.map(\.value.bitPattern)
            bits += summary.histogram.bins.map { UInt64($0.count) }
        }
        bits.append(result.probabilityOfPositiveNetPresentValue.bitPattern)
        bits += result.convergence.flatMap { [$0.mean.bitPattern, $0.standardError.bitPattern] }
        return bits
    }

    @Test(
        "generated analyses give the same bits with 1, 2 and 8 workers, and on a second run",
        arguments: PropertySeeds.seeds(12))
    func serialEqualsParallel(seed: UInt64) throws {
        var generator = ScenarioGenerator(seed: seed)
        let scenario = generator.scenario()
        let (inputs, correlations) = Self.inputs(for: scenario, &generator)
        let analysis: UncertaintyAnalysis
        do {
            analysis = try UncertaintyAnalysis(
                scenario, settings: .example, inputs: inputs, correlations: correlations)
        } catch {
            Issue.record("seed \(seed): a generated analysis is refused: \(error)")
            return
        }
        // Two to four blocks of 1,024 draws, the last one short: several blocks per worker.
        let draws = generator.int(1_100...4_000)
        let simulationSeed = UInt64(generator.int(0...1_000_000_000))
        let serial = Self.bits(analysis, draws: draws, seed: simulationSeed, workers: 1)
        for workers in [2, 8] {
            #expect(
                Self.bits(analysis, draws: draws, seed: simulationSeed, workers: workers) == serial,
                "seed \(seed): \(workers) workers, \(draws) draws, \(inputs.count) inputs")
        }
        #expect(
            Self.bits(analysis, draws: draws, seed: simulationSeed, workers: 2) == serial,
            "seed \(seed): a second run")
        // The public entry point agrees with itself across workers too.
        let one = try analysis.simulate(draws: draws, seed: simulationSeed, options: MonteCarloOptions(workers: 1))
        let eight = try analysis.simulate(draws: draws, seed: simulationSeed, options: MonteCarloOptions(workers: 8))
        let npvBits = { (result: MonteCarloResult) in
            [result.netPresentValue.mean.bitPattern] + result.netPresentValue.percentiles.map(\.value.bitPattern)
        }
        #expect(npvBits(one) == npvBits(eight), "seed \(seed)")
    }
}
