import Testing

@testable import CommunityResilience

@Suite("Green Book discounting")
struct DiscountScheduleTests {
    @Test(
        "standard STPR factors chain across band boundaries",
        arguments: [
            // D(t) = Π_{k=1..t} 1/(1 + r(k)); values from Python (floats, same recurrence):
            // f = 1.0; for y in 1..t: f /= 1 + rate(y).
            (0, 1.0), (1, 0.9661835748792271), (2, 0.933510700366403),
            (30, 0.3562784106023024),  // 1.035^-30
            (31, 0.34590136951679845),  // 1.035^-30 × 1.03^-1: the change applies to year 31
            (75, 0.09421377257669163),  // 1.035^-30 × 1.03^-45
            (76, 0.09191587568457721),  // … × 1.025^-1
            (100, 0.05081802232438214), (301, 0.0013867004102617907),
        ])
    func standard(year: Int, expected: Double) {
        #expect(
            isApproximatelyEqual(DiscountSchedule.greenBook.factor(forYear: year), expected, relativeTolerance: 1e-14))
    }

    @Test("health rate: 1.5% for years 1–30, then 1.29%")
    func health() {
        let factors = DiscountSchedule.greenBookHealth.factors(count: 32)
        #expect(isApproximatelyEqual(factors[30], 1 / pow15(30), relativeTolerance: 1e-13))
        #expect(isApproximatelyEqual(factors[31], 1 / pow15(30) / 1.0129, relativeTolerance: 1e-13))
    }

    func pow15(_ n: Int) -> Double { (0..<n).reduce(1.0) { value, _ in value * 1.015 } }

    @Test("rates by year")
    func rates() {
        #expect(DiscountSchedule.greenBook.rate(inYear: 30) == 0.035)
        #expect(DiscountSchedule.greenBook.rate(inYear: 31) == 0.030)
        #expect(DiscountSchedule.greenBook.rate(inYear: 500) == 0.010)
    }

    @Test("custom schedules are validated")
    func custom() throws {
        let flat = try DiscountSchedule.constant(0.035)
        #expect(
            isApproximatelyEqual(
                flat.factor(forYear: 40), 1 / (0..<40).reduce(1.0) { v, _ in v * 1.035 }, relativeTolerance: 1e-13))
        #expect(
            throws: ValidationError(issues: [
                ValidationIssue(.inconsistent("the first band must start at year 0"), at: "bands")
            ])
        ) {
            try DiscountSchedule(name: "bad", bands: [.init(firstYear: 1, rate: 0.03)])
        }
        #expect(
            throws: ValidationError(issues: [
                ValidationIssue(.outOfRange("-1.0", allowed: "(−1, ∞)"), at: "bands[0].rate")
            ])
        ) {
            try DiscountSchedule.constant(-1)
        }
        #expect(
            throws: ValidationError(issues: [
                ValidationIssue(
                    .inconsistent("bands must start in strictly increasing years"), at: "bands[1].firstYear")
            ])
        ) {
            try DiscountSchedule(
                name: "bad", bands: [.init(firstYear: 0, rate: 0.03), .init(firstYear: 0, rate: 0.02)])
        }
    }

    @Test("timing conventions set the first year's exponent")
    func timing() {
        #expect(DiscountTiming.startOfYear.exponent(ofYear: 0) == 0)
        #expect(DiscountTiming.endOfYear.exponent(ofYear: 0) == 1)
    }

    @Test("the default optimism-bias table and its validation")
    func optimismBias() throws {
        #expect(
            ConfidenceGrade.allCases.map { OptimismBiasTable.gmca2014.adjustment(for: $0).percentage } == [
                0, 5, 10, 15, 25,
            ])
        #expect(throws: ValidationError.self) { try OptimismBiasTable(source: "partial", adjustments: [.one: .zero]) }
    }
}
