import Foundation

extension SensitivityAnalysis {
    /// The report's sensitivity section from the uncertainty engine's results: the one-way
    /// tornado and, when a simulation was run, the distribution of net present value.
    ///
    /// - Parameters:
    ///   - tornado: one-way swings from ``UncertaintyAnalysis/tornado(range:)``.
    ///   - simulation: a Monte Carlo run from ``UncertaintyAnalysis``, if any.
    public init(tornado: TornadoChart, simulation: MonteCarloResult? = nil) {
        let range: String
        switch tornado.range {
        case .percentiles(let low, let high):
            range = "P\(String(format: "%.0f", low * 100)) and P\(String(format: "%.0f", high * 100))"
        case .plausibleRange: range = "plausible range"
        }
        var method = "One-way swings: each input at its \(range), the others at base"
        if let simulation {
            method += "; Monte Carlo, \(simulation.draws) draws, seed \(simulation.seed) (xoshiro256**)"
        }
        self.init(
            method: method, baselineNetPresentValue: tornado.baseNetPresentValue,
            swings: tornado.bars.map {
                Swing(
                    input: $0.label, lowNetPresentValue: $0.netPresentValueAtLow,
                    highNetPresentValue: $0.netPresentValueAtHigh)
            },
            distribution: simulation.map { result in
                let npv = result.netPresentValue
                return Distribution(
                    draws: result.draws, mean: npv.mean,
                    percentiles: npv.percentiles.map { Percentile(probability: $0.probability, value: $0.value) },
                    probabilityPositive: result.probabilityOfPositiveNetPresentValue,
                    histogram: npv.histogram.bins.map { Bin(lower: $0.lower, upper: $0.upper, count: $0.count) })
            })
    }
}
