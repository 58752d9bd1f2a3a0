import Testing

@testable import CommunityResilience

/// One-way sensitivity and switching values on the appraisal fixture, derived by hand.
///
/// With everything at base, NPV = £100 × 54 × K − £1,800 = £7,468.94 (K = 1 + 0.5/1.035 +
/// 0.25/1.035² = 1.7164694625312142). Each input moves NPV as follows (others at base):
/// - unit cost u: NPV = u × 92.68935097668557 − 1800 (u rounded to the penny, as the engine holds it);
/// - effect e: NPV = e × 92.68935097668557 − 1800;
/// - deadweight d: NPV = £100 × 100 × 0.9 × 0.75 × (1 − d) × K − 1800 = 6750(1 − d)K − 1800;
/// - drop-off d: NPV = 5400 × (1 + r/1.035 + r²/1.035²) − 1800, r = 1 − d;
/// - set-up cost c: NPV = 9268.94 − 800 − c.
///
/// Switching values (Python: `1800 / (54 * K)`): unit cost and effect 19.41970659016438, an 80.58%
/// fall from 100; deadweight 1 − 1800/(6750K) = 0.8446…, outside its plausible range [0.1, 0.3];
/// drop-off none (NPV ≥ 5400 − 1800 > 0 for every r in [0, 1]); set-up cost £8,468.94.
@Suite("Uncertainty: one-way sensitivity and switching values")
struct SensitivityTests {
    static let k = 1.7164694625312142
    static let perUnit = 92.68935097668557

    static let inputs = [
        UncertainInput(.unitCost("uc-ae"), .triangular(low: 80, mode: 100, high: 120)),
        UncertainInput(.evidenceEffect("ev"), .uniform(low: 80, high: 120), label: "A&E attendances avoided"),
        UncertainInput(.additionality("ev", .deadweight), .uniform(low: 0.1, high: 0.3)),
        UncertainInput(.dropOff("ev"), .uniform(low: 0.3, high: 0.7)),
        UncertainInput(.costLine(intervention: "hsc", index: 0), .uniform(low: 900, high: 12_000)),
    ]

    static func analysis() throws -> UncertaintyAnalysis {
        try UncertaintyAnalysis(
            try AppraisalFixture.scenario(), settings: try AppraisalFixture.settings(), inputs: inputs)
    }

    @Test("the tornado: bars at P10 and P90, sorted by swing")
    func tornado() throws {
        let chart = try Self.analysis().tornado()
        #expect(abs(chart.baseNetPresentValue - 7_468.94) <= 0.05)
        // Swings: drop-off 5400·(0.32/1.035 + (0.66² − 0.34²)/1.035²) = 3,283.3; set-up cost
        // 0.8 × 11,100 = 8,880; effect 32 × 92.689 = 2,966.1; unit cost (111.06 − 88.94) × 92.689
        // = 2,050.3 (P10/P90 of the triangular: 80 + √80, 120 − √80, to the penny); deadweight
        // 0.16 × 6750K = 1,853.8.
        #expect(chart.bars.map(\.inputIndex) == [4, 3, 1, 0, 2])
        let swings = Dictionary(uniqueKeysWithValues: chart.bars.map { ($0.inputIndex, $0.swing) })
        let dropOff = 5400 * (0.32 / 1.035 + (0.66 * 0.66 - 0.34 * 0.34) / (1.035 * 1.035))
        #expect(isApproximatelyEqual(swings[3] ?? 0, dropOff, relativeTolerance: 1e-9))
        #expect(isApproximatelyEqual(swings[4] ?? 0, 8_880, relativeTolerance: 1e-9))
        #expect(isApproximatelyEqual(swings[1] ?? 0, 32 * Self.perUnit, relativeTolerance: 1e-9))
        #expect(isApproximatelyEqual(swings[0] ?? 0, (111.06 - 88.94) * Self.perUnit, relativeTolerance: 1e-9))
        #expect(isApproximatelyEqual(swings[2] ?? 0, 0.16 * 6750 * Self.k, relativeTolerance: 1e-9))
        let effect = try #require(chart.bars.first { $0.inputIndex == 1 })
        #expect(effect.label == "A&E attendances avoided" && effect.baseValue == 100)
        #expect(isApproximatelyEqual(effect.lowValue, 84, relativeTolerance: 1e-12))
        #expect(isApproximatelyEqual(effect.highValue, 116, relativeTolerance: 1e-12))
        #expect(effect.netPresentValueAtLow < effect.netPresentValueAtHigh)
        let range = try Self.analysis().tornado(range: .plausibleRange)
        #expect(range.bars.first { $0.inputIndex == 0 }?.lowValue == 80)
    }

    @Test("switching values: found by Brent's method where they exist, none where they do not")
    func switching() throws {
        // Wider ranges for the unit cost and the effect, so that their switching values lie inside.
        var inputs = Self.inputs
        inputs[0] = UncertainInput(.unitCost("uc-ae"), .triangular(low: 10, mode: 100, high: 150))
        inputs[1] = UncertainInput(.evidenceEffect("ev"), .uniform(low: 0, high: 200))
        let analysis = try UncertaintyAnalysis(
            try AppraisalFixture.scenario(), settings: try AppraisalFixture.settings(), inputs: inputs)
        let values = analysis.switchingValues()
        let effect = values[1]
        #expect(isApproximatelyEqual(effect.value ?? 0, 19.41970659016438, relativeTolerance: 1e-8))
        #expect(isApproximatelyEqual(effect.percentChangeFromBase ?? 0, -80.58029340983562, relativeTolerance: 1e-8))
        #expect(effect.searchLower == 0 && effect.searchUpper == 200 && effect.baseValue == 100)
        // The unit cost moves in pennies: the crossing lies between £19.41 and £19.42.
        let unitCost = values[0]
        #expect((19.41...19.425).contains(unitCost.value ?? 0))
        #expect(unitCost.searchLower == 10 && unitCost.searchUpper == 150)
        // Deadweight would have to reach 0.8446, beyond [0.1, 0.3]: no switching value in range.
        #expect(values[2].value == nil && values[2].percentChangeFromBase == nil && !values[2].isWithinRange)
        #expect(values[3].value == nil)
        // Set-up cost: NPV = 8,468.94 − c, zero at £8,468.94 (within [900, 12,000]).
        #expect(abs((values[4].value ?? 0) - 8_468.94) <= 0.01)
        #expect(isApproximatelyEqual(values[4].percentChangeFromBase ?? 0, 746.894, relativeTolerance: 1e-4))
        // With the original, narrower ranges the effect's and unit cost's crossings are out of reach.
        let narrow = try Self.analysis().switchingValues()
        #expect(narrow[0].value == nil && narrow[1].value == nil)
    }

    @Test("Brent's method on functions with known roots")
    func brent() throws {
        let cubic = try #require(
            BrentRootFinder.root(between: 0, and: 2, valueAtLower: -2, valueAtUpper: 6, tolerance: 1e-14) {
                $0 * $0 * $0 - 2
            })
        #expect(isApproximatelyEqual(cubic.root, 1.2599210498948732, relativeTolerance: 1e-14))  // ∛2
        #expect(cubic.evaluations < 15)
        #expect(
            BrentRootFinder.root(between: 0, and: 1, valueAtLower: 1, valueAtUpper: 2, tolerance: 1e-9) { $0 + 1 }
                == nil)
        let step = try #require(
            BrentRootFinder.root(between: 0, and: 1, valueAtLower: -1, valueAtUpper: 1, tolerance: 1e-12) {
                $0 < 0.3 ? -1 : 1
            })
        #expect(abs(step.root - 0.3) < 1e-11)
    }
}
