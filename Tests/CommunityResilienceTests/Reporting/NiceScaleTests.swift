import Foundation
import Testing

@testable import CommunityResilience

/// Tick values worked by hand from the rule: raw step = range ÷ (ticks − 1); its leading part
/// rounds to 1, 2, 5 or 10 at the thresholds √2 ≈ 1.414, √10 ≈ 3.162, √50 ≈ 7.071 (d3-array
/// `tickIncrement`); the axis runs from floor(min ÷ step) to ceil(max ÷ step) steps.
@Suite("Nice axis scales")
struct NiceScaleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let values: [Double]
        let includingZero: Bool
        let ticks: [Double]
        var testDescription: String { "\(values) → \(ticks)" }
    }

    static let cases: [Case] = [
        // The example's cumulative benefits: 2,156,525 ÷ 5 = 431,305, leading 4.31 ≥ √10 → 500,000.
        Case(
            values: [0, 2_156_524.68], includingZero: true,
            ticks: [0, 500_000, 1_000_000, 1_500_000, 2_000_000, 2_500_000]),
        // 1 ÷ 5 = 0.2, leading 2 ≥ √2 → 0.2.
        Case(values: [0, 1], includingZero: false, ticks: [0, 0.2, 0.4, 0.6, 0.8, 1]),
        // (1,832,000 + 150,000) ÷ 5 = 396,400 → 500,000; floor(−0.3) = −1, ceil(3.664) = 4.
        Case(
            values: [-150_000, 1_832_000, 1_204_250], includingZero: false,
            ticks: [-500_000, 0, 500_000, 1_000_000, 1_500_000, 2_000_000]),
        // 63.1 ÷ 5 = 12.62, leading 1.262 < √2 → 10.
        Case(values: [37, 63.1], includingZero: true, ticks: [0, 10, 20, 30, 40, 50, 60, 70]),
        // Not finite values are ignored: [3] with zero, 3 ÷ 5 = 0.6, leading 6 ≥ √10 → 0.5.
        Case(values: [.nan, 3, .infinity], includingZero: true, ticks: [0, 0.5, 1, 1.5, 2, 2.5, 3]),
        // No data at all: the unit interval.
        Case(values: [], includingZero: false, ticks: [0, 0.2, 0.4, 0.6, 0.8, 1]),
        // All zero: the unit interval, so a chart of nothing still has an axis.
        Case(values: [0, 0], includingZero: true, ticks: [0, 0.2, 0.4, 0.6, 0.8, 1]),
        // Negative only, with zero: 1,400 ÷ 5 = 280, leading 2.8 → 2 → 200.
        Case(values: [-1_400, -100], includingZero: true, ticks: [-1_400, -1_200, -1_000, -800, -600, -400, -200, 0]),
    ]

    @Test("tick values", arguments: cases)
    func ticks(_ example: Case) {
        let scale = NiceScale(covering: example.values, includingZero: example.includingZero)
        #expect(scale.ticks.count == example.ticks.count)
        for (tick, expected) in zip(scale.ticks, example.ticks) {
            #expect(isApproximatelyEqual(tick, expected, relativeTolerance: 1e-12), "\(scale.ticks)")
        }
    }

    @Test("every value lies on the axis and the step is 1, 2 or 5 × 10ⁿ, over many seeds")
    func property() {
        var generator = Generator(seed: 20_240_401)
        for _ in 0..<500 {
            let count = Int(generator.next() % 20) + 1
            let magnitude = pow(10, Double(generator.next() % 16) - 3)
            let values = (0..<count).map { _ in (Double(generator.next() % 2_000_001) / 1_000_000 - 1) * magnitude }
            let scale = NiceScale(covering: values)
            #expect(
                values.allSatisfy { $0 >= scale.lower - 1e-9 * magnitude && $0 <= scale.upper + 1e-9 * magnitude },
                "\(values)")
            let leading = scale.step / pow(10, floor(log10(scale.step)))
            #expect(
                [1.0, 2, 5, 10].contains { isApproximatelyEqual(leading, $0, relativeTolerance: 1e-9) },
                "step \(scale.step)")
            #expect((2...12).contains(scale.ticks.count), "\(scale.ticks.count) ticks for \(values)")
        }
    }

    /// SplitMix64 (Steele, Lea & Flood 2014): a tiny seeded generator, so a failure replays.
    struct Generator {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
