import Foundation
import Testing

@testable import CommunityResilience

/// Stating uncertain inputs: targets resolve against the scenario, every bad input is a typed
/// error with its path, and inputs round-trip through JSON.
@Suite("Uncertainty: uncertain inputs and their validation")
struct UncertainInputTests {
    static func problems(_ inputs: [UncertainInput], correlations: [InputCorrelation] = []) -> [String] {
        do {
            _ = try UncertaintyAnalysis(.example, settings: .example, inputs: inputs, correlations: correlations)
            return []
        } catch {
            return error.issues.map(\.description)
        }
    }

    @Test("base values are the numbers the scenario holds")
    func baseValues() throws {
        let example = Scenario.example
        #expect(try example.value(of: .unitCost("uc-ae")) == 109)
        #expect(try example.value(of: .costLine(intervention: "home-safety-checks", index: 1)) == 75)
        #expect(try example.value(of: .evidenceEffect("ev-ae")) == 130)
        #expect(try example.value(of: .evidenceEffect("ev-gp")) == 0.6)
        #expect(try example.value(of: .baseline("ev-gp")) == 1_000)
        #expect(try example.value(of: .additionality("ev-ae", .deadweight)) == 0.1)
        #expect(try example.value(of: .additionality("ev-ae", .leakage)) == 0)
        #expect(try example.value(of: .additionality("ev-ae", .multiplier)) == 1)
        #expect(try example.value(of: .dropOff("ev-gp")) == 0.5)
    }

    @Test("setting a number: amounts rounded to the penny, effects replaced as documented")
    func setting() throws {
        let changed = try Scenario.example
            .setting(.unitCost("uc-ae"), to: 120.456)
            .setting(.additionality("ev-discharge", .attribution), to: 0.2)
            .setting(.dropOff("ev-ae"), to: 0.25)
        #expect(changed.unitCosts[0].amount.amountText == "120.46")
        #expect(changed.unitCosts[0].amount.priceBase == .financialYear(2011))
        #expect(changed.evidence[2].additionality.attribution?.share.value == 0.2)
        #expect(changed.evidence[2].additionality.attribution?.source == "uncertainty analysis")
        #expect(changed.evidence[0].persistence.dropOff.value == 0.25)
        #expect(throws: ValidationError.self) { try Scenario.example.setting(.dropOff("ev-ae"), to: 1.5) }
        #expect(throws: ValidationError.self) { try Scenario.example.setting(.unitCost("uc-ae"), to: -1) }
        #expect(throws: ValidationError.self) { try Scenario.example.setting(.unitCost("uc-ae"), to: .nan) }
        #expect(throws: ValidationError.self) { try Scenario.example.setting(.unitCost("uc-ae"), to: 1e300) }
    }

    @Test(
        "every bad input is reported, with its path",
        arguments: [
            (
                UncertainInput(.unitCost("uc-xx"), .uniform(low: 1, high: 2)),
                "inputs[0].target.unitCost: 'uc-xx' does not name any unit cost in the scenario"
            ),
            (
                UncertainInput(.costLine(intervention: "nope", index: 0), .uniform(low: 1, high: 2)),
                "inputs[0].target.intervention: 'nope' does not name any intervention in the scenario"
            ),
            (
                UncertainInput(.costLine(intervention: "vcse-discharge", index: 3), .uniform(low: 1, high: 2)),
                "inputs[0].target.index: 3 is outside 0…0 ('vcse-discharge' has 1 cost lines)"
            ),
            (
                UncertainInput(.evidenceEffect("ev-xx"), .uniform(low: 1, high: 2)),
                "inputs[0].target.evidence: 'ev-xx' does not name any evidence item in the scenario"
            ),
            (
                UncertainInput(.engagement("ev-ae"), .uniform(low: 0.1, high: 0.2)),
                "inputs[0].target: engagement rate of 'ev-ae' needs a cohort chain, but evidence 'ev-ae' is an absolute reduction"
            ),
            (
                UncertainInput(.baseline("ev-ae"), .uniform(low: 1, high: 2)),
                "inputs[0].target: baseline of 'ev-ae' needs a relative reduction, but evidence 'ev-ae' is an absolute reduction"
            ),
            (
                UncertainInput(.dropOff("ev-discharge"), .uniform(low: 0.1, high: 0.2)),
                "inputs[0].target: drop-off has no effect: evidence 'ev-discharge' counts its effect only over the period measured (give its persistence a duration)"
            ),
            (
                UncertainInput(.additionality("ev-ae", .deadweight), .uniform(low: 0.1, high: 1.2)),
                "inputs[0].distribution: support [0.1, 1.2] is outside [0, 1] (a share or rate)"
            ),
            (
                UncertainInput(.evidenceEffect("ev-gp"), .normal(mean: 0.6, standardDeviation: 0.1)),
                "inputs[0].distribution: support [-inf, inf] is outside [0, 1] (a share or rate)"
            ),
            (
                UncertainInput(.unitCost("uc-ae"), .normal(mean: 109, standardDeviation: 20)),
                "inputs[0].distribution: support [-inf, inf] is outside [0, ∞) (an amount or count cannot be negative; truncate a normal with low: 0)"
            ),
            (
                UncertainInput(.unitCost("uc-ae"), .triangular(low: 80, mode: 200, high: 150)),
                "inputs[0].distribution.mode: mode 200.0 is outside [low, high] = [80.0, 150.0]"
            ),
        ])
    func invalidInput(input: UncertainInput, message: String) {
        #expect(Self.problems([input]) == [message])
    }

    @Test("the same number varied twice is refused")
    func duplicate() {
        let input = UncertainInput(.unitCost("uc-ae"), .uniform(low: 100, high: 120))
        #expect(
            Self.problems([input, input]) == [
                "inputs[1].target: unit cost 'uc-ae' is already varied by inputs[0]; give each number one distribution"
            ])
    }

    @Test("problems with the scenario itself are reported as the engine reports them")
    func scenarioProblems() {
        var scenario = Scenario.example
        scenario.unitCosts[0].service = "missing"
        #expect(throws: ValidationError.self) { try UncertaintyAnalysis(scenario, settings: .example, inputs: []) }
    }

    static let pair = [
        UncertainInput(.unitCost("uc-ae"), .uniform(low: 100, high: 120)),
        UncertainInput(.unitCost("uc-gp"), .uniform(low: 40, high: 60)),
        UncertainInput(.evidenceEffect("ev-ae"), .uniform(low: 100, high: 160)),
    ]

    @Test(
        "correlation matrices: every rule",
        arguments: [
            (
                InputCorrelation([.unitCost("uc-ae"), .unitCost("uc-gp")], matrix: [[1, 0.5], [0.4, 1]]),
                "correlations[0].matrix[0][1]: the matrix is not symmetric: [0][1] = 0.5 but [1][0] = 0.4"
            ),
            (
                InputCorrelation([.unitCost("uc-ae"), .unitCost("uc-gp")], matrix: [[1, 0.5], [0.5, 0.9]]),
                "correlations[0].matrix[1][1]: 0.9 is outside 1 on the diagonal"
            ),
            (
                InputCorrelation([.unitCost("uc-ae"), .unitCost("uc-gp")], matrix: [[1, 1.5], [1.5, 1]]),
                "correlations[0].matrix[0][1]: 1.5 is outside [−1, 1]\ncorrelations[0].matrix[1][0]: 1.5 is outside [−1, 1]"
            ),
            (
                InputCorrelation([.unitCost("uc-ae"), .unitCost("uc-gp")], matrix: [[1, 0.5]]),
                "correlations[0].matrix: the matrix must be 2 × 2, one row and column per input; its rows have [2] entries"
            ),
            (
                InputCorrelation(
                    [.unitCost("uc-ae"), .unitCost("uc-gp"), .evidenceEffect("ev-ae")],
                    matrix: [[1, 0.9, 0.9], [0.9, 1, -0.9], [0.9, -0.9, 1]]),
                "correlations[0].matrix: the correlation matrix is not positive definite (Cholesky pivot 2 is -15.200000000000005): no set of inputs can have these correlations together"
            ),
            (
                InputCorrelation.pair(.unitCost("uc-ae"), .unitCost("uc-delayed-discharge"), 0.3),
                "correlations[0].inputs[1]: 'unit cost 'uc-delayed-discharge'' does not name any uncertain input in the scenario"
            ),
            (
                InputCorrelation.pair(.unitCost("uc-ae"), .unitCost("uc-ae"), 0.3),
                "correlations[0].inputs[1]: unit cost 'uc-ae' is listed twice in this group"
            ),
            (
                InputCorrelation([.unitCost("uc-ae")], matrix: [[1]]),
                "correlations[0].inputs: 1 inputs is outside at least 2"
            ),
        ])
    func invalidCorrelation(correlation: InputCorrelation, message: String) {
        #expect(Self.problems(Self.pair, correlations: [correlation]).joined(separator: "\n") == message)
    }

    @Test("an input may be in one correlation group only")
    func twoGroups() {
        let problems = Self.problems(
            Self.pair,
            correlations: [
                .pair(.unitCost("uc-ae"), .unitCost("uc-gp"), 0.3),
                .pair(.unitCost("uc-ae"), .evidenceEffect("ev-ae"), 0.2),
            ])
        #expect(
            problems == [
                "correlations[1].inputs[0]: unit cost 'uc-ae' is already in correlations[0]; merge the two groups into one matrix"
            ])
    }

    @Test("figures at a point: one finite value per input, within its domain")
    func figuresAt() throws {
        let analysis = try UncertaintyAnalysis(.example, settings: .example, inputs: Self.pair)
        #expect(throws: ValidationError.self) { try analysis.figures(at: [1, 2]) }
        do {
            _ = try analysis.figures(at: [-1, .infinity, 3])
            Issue.record("expected errors")
        } catch {
            #expect(
                error.issues.map(\.description) == [
                    "values[0]: -1.0 is outside [0, ∞)", "values[1]: inf is not a finite number",
                ])
        }
        #expect(analysis.plausibleRange(of: 0) == 100...120)
        #expect(analysis.plausibleRange(of: 7) == nil)
    }

    @Test(
        "inputs and correlations round-trip through JSON",
        arguments: [
            UncertainInput.Target.unitCost("uc-ae"), .costLine(intervention: "hsc", index: 2), .evidenceEffect("ev"),
            .baseline("ev"),
            .eligible("ev"), .engagement("ev"), .success("ev"), .additionality("ev", .substitution), .dropOff("ev"),
        ])
    func codable(target: UncertainInput.Target) throws {
        let input = UncertainInput(target, .pert(low: 1, mode: 2, high: 3), label: "a label")
        #expect(try JSONDecoder().decode(UncertainInput.self, from: try JSONEncoder().encode(input)) == input)
        let correlation = InputCorrelation.pair(target, .unitCost("x"), 0.5)
        #expect(
            try JSONDecoder().decode(InputCorrelation.self, from: try JSONEncoder().encode(correlation)) == correlation)
    }

    @Test("the documented JSON form decodes")
    func jsonForm() throws {
        let json =
            #"{"target": {"kind": "additionality", "evidence": "ev-ae", "component": "deadweight"}, "distribution": {"kind": "beta", "alpha": 2, "beta": 18}}"#
        let input = try JSONDecoder().decode(UncertainInput.self, from: Data(json.utf8))
        #expect(input == UncertainInput(.additionality("ev-ae", .deadweight), .beta(alpha: 2, beta: 18)))
        #expect(input.name == "deadweight of 'ev-ae'")
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(UncertainInput.Target.self, from: Data(#"{"kind": "discountRate"}"#.utf8))
        }
    }
}
