@testable import CommunityResilience

/// Inputs for report tests: the bundled example's appraisal, a fitted interrupted time series and
/// a sensitivity analysis with hand-chosen numbers.
enum ReportFixture {
    static func appraisal() throws -> Appraisal {
        try Scenario.example.appraise(with: .example)
    }

    /// The series of the interrupted time series tests (April 2022 – March 2024, intervention
    /// April 2023), fitted by quasi-Poisson.
    static func timeSeries() throws -> TimeSeriesSummary {
        let first = try Month(year: 2022, month: 4)
        let counts: [Double] = [
            52, 48, 55, 60, 58, 50, 47, 53, 61, 57, 54, 59, 44, 41, 46, 43, 40, 45, 39, 42, 38, 41, 37, 40,
        ]
        let series = try MonthlySeries(
            months: (0..<24).map { first.advanced(by: $0) }, counts: counts,
            populations: (0..<24).map { 10_000 + 25 * Double($0) })
        let result = try InterruptedTimeSeries(interventionStart: try Month(year: 2023, month: 4), model: .quasiPoisson)
            .fit(series)
        return TimeSeriesSummary(result, title: "A&E attendances, pilot area", unit: "A&E attendances")
    }

    /// Three swings (deliberately out of order) and a six-bin histogram, two bins below zero.
    static let sensitivity = SensitivityAnalysis(
        method: "One-way sensitivity and Monte Carlo (illustrative numbers)",
        swings: [
            .init(input: "Discount rate (1.5%–7%)", lowNetPresentValue: 1_215_000, highNetPresentValue: 1_185_000),
            .init(input: "VCSE grant cost (£400k–£1.2m)", lowNetPresentValue: 1_460_000, highNetPresentValue: -150_000),
            .init(
                input: "Delayed discharge bed days (±30%)", lowNetPresentValue: 576_000, highNetPresentValue: 1_832_000),
        ],
        distribution: .init(
            draws: 10_000, mean: 1_150_000,
            percentiles: [
                .init(probability: 0.05, value: -120_000), .init(probability: 0.5, value: 1_140_000),
                .init(probability: 0.95, value: 2_300_000),
            ],
            probabilityPositive: 0.91,
            histogram: [
                .init(lower: -1_000_000, upper: -500_000, count: 200), .init(lower: -500_000, upper: 0, count: 700),
                .init(lower: 0, upper: 500_000, count: 1_600), .init(lower: 500_000, upper: 1_000_000, count: 2_900),
                .init(lower: 1_000_000, upper: 1_500_000, count: 3_000),
                .init(lower: 1_500_000, upper: 2_000_000, count: 1_600),
            ]))
}
