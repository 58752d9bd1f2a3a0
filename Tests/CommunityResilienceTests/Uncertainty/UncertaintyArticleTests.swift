import Foundation
import Testing

@testable import CommunityResilience

/// The worked example of the Uncertainty article (CommunityResilience.docc/Uncertainty.md): every
/// figure the article quotes is checked here, so the article cannot drift from the library.
@Suite("Uncertainty: the article's worked example")
struct UncertaintyArticleTests {
    static let inputs = [
        UncertainInput(
            .evidenceEffect("ev-ae"), .pert(low: 65, mode: 130, high: 160), label: "A&E attendances avoided"),
        UncertainInput(
            .evidenceEffect("ev-gp"), .pert(low: 0.3, mode: 0.6, high: 0.7), label: "Fall in repeat GP visits"),
        UncertainInput(
            .baseline("ev-gp"), .triangular(low: 600, mode: 1_000, high: 1_500), label: "Repeat GP visits a year before"
        ),
        UncertainInput(.additionality("ev-ae", .deadweight), .beta(alpha: 2, beta: 18), label: "A&E deadweight"),
        UncertainInput(.dropOff("ev-ae"), .uniform(low: 0.3, high: 0.7), label: "A&E drop-off"),
        UncertainInput(
            .evidenceEffect("ev-discharge"), .normal(mean: 6_329, standardDeviation: 1_000, low: 0),
            label: "Bed days avoided"),
        UncertainInput(
            .costLine(intervention: "home-safety-checks", index: 1), .triangular(low: 60, mode: 75, high: 90),
            label: "Cost per visit"),
        UncertainInput(
            .costLine(intervention: "vcse-discharge", index: 0), .uniform(low: 550_000, high: 700_000),
            label: "VCSE grants"),
    ]

    static func analysis() throws -> UncertaintyAnalysis {
        try UncertaintyAnalysis(
            .example, settings: .example, inputs: inputs,
            correlations: [.pair(.evidenceEffect("ev-ae"), .evidenceEffect("ev-gp"), 0.5)])
    }

    /// The value as the article prints it, with `decimals` decimal places.
    static func text(_ value: Double?, _ decimals: Int) -> String { String(format: "%.\(decimals)f", value ?? .nan) }

    @Test("the simulation's figures")
    func simulation() throws {
        let analysis = try Self.analysis()
        #expect(Self.text(analysis.baseFigures.netPresentValue, 2) == "1204249.85")
        var generator = Xoshiro256StarStar(seed: 2026)
        let result = try analysis.simulate(draws: 20_000, using: &generator)
        let npv = result.netPresentValue
        #expect(Self.text(npv.mean, 0) == "1171730")
        #expect(Self.text(npv.standardDeviation, 0) == "335361")
        #expect(Self.text(npv.standardErrorOfMean, 0) == "2371")
        #expect(Self.text(npv.percentile(0.05) ?? 0, 0) == "615531")
        #expect(Self.text(npv.percentile(0.5) ?? 0, 0) == "1172655")
        #expect(Self.text(npv.percentile(0.95) ?? 0, 0) == "1726386")
        #expect(result.probabilityOfPositiveNetPresentValue == 0.9997)
        #expect(Self.text(result.probabilityOfPositiveNetPresentValueStandardError, 5) == "0.00012")
        #expect(Self.text(result.benefitCostRatio.percentile(0.05) ?? 0, 2) == "1.61")
        #expect(Self.text(result.benefitCostRatio.percentile(0.5) ?? 0, 2) == "2.19")
        #expect(Self.text(result.benefitCostRatio.percentile(0.95) ?? 0, 2) == "2.80")
    }

    @Test("the tornado and the switching values")
    func sensitivity() throws {
        let analysis = try Self.analysis()
        let tornado = analysis.tornado()
        #expect(
            tornado.bars.map(\.label) == [
                "Bed days avoided", "VCSE grants", "Cost per visit", "Repeat GP visits a year before",
                "Fall in repeat GP visits", "A&E attendances avoided", "A&E drop-off", "A&E deadweight",
            ])
        #expect(
            tornado.bars.map { Self.text($0.swing, 0) } == [
                "848309", "151151", "38333", "19333", "12204", "8204", "8148", "4126",
            ])
        let switching = analysis.switchingValues()
        #expect(switching.filter(\.isWithinRange).map(\.label) == ["Bed days avoided"])
        #expect(Self.text(switching[5].value ?? 0, 0) == "2690")
        #expect(Self.text(switching[5].percentChangeFromBase ?? 0, 1) == "-57.5")
    }

    /// README.md's "Quantify uncertainty" example, verbatim (the README's other examples are in
    /// ReadmeExampleTests).
    @Test("the README's example")
    func readme() throws {
        let analysis = try UncertaintyAnalysis(
            Scenario.example, settings: .example,
            inputs: [
                UncertainInput(.evidenceEffect("ev-discharge"), .normal(mean: 6_329, standardDeviation: 1_000, low: 0)),
                UncertainInput(
                    .costLine(intervention: "vcse-discharge", index: 0), .uniform(low: 550_000, high: 700_000)),
                UncertainInput(.additionality("ev-ae", .deadweight), .beta(alpha: 2, beta: 18)),
            ])
        var generator = Xoshiro256StarStar(seed: 2026)
        let simulation = try analysis.simulate(draws: 20_000, using: &generator)  // same bits for any number of threads
        #expect(simulation.probabilityOfPositiveNetPresentValue > 0.99)  // with its Monte Carlo standard error
        #expect(simulation.netPresentValue.percentile(0.05) != nil)  // P5, P10, …, P95 and a histogram for the chart
        #expect(analysis.tornado().bars.first?.inputIndex == 0)  // one-way sensitivity, largest swing first
        #expect(analysis.switchingValues()[0].isWithinRange)  // where NPV crosses zero, input by input (Brent)
    }
}
