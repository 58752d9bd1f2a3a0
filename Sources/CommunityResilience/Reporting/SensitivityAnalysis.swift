/// Sensitivity and uncertainty results for a report: one-way swings for a tornado chart and a
/// summary of a simulated distribution of net present value.
///
/// This is the hand-over point between an uncertainty engine and the report. The engine (one-way
/// sensitivity, Monte Carlo) fills it in; ``AppraisalReport`` renders a tornado table and chart
/// from ``swings`` and a percentile table, P(NPV > 0) and a histogram from ``distribution``. Money
/// is in major units of the appraisal's currency and price base (pounds in 2024-25 prices, say),
/// as `Double`, because simulation kernels work in `Double`; the report rounds for display only.
///
/// ```swift
/// let sensitivity = SensitivityAnalysis(
///     method: "One-way: each input at its low and high value, others at base",
///     baselineNetPresentValue: 1_204_250,
///     swings: [.init(input: "Deadweight (10%: 0–30%)", lowNetPresentValue: 1_230_000,
///                    highNetPresentValue: 1_150_000)])
/// let report = AppraisalReport(appraisal, sensitivity: sensitivity)
/// ```
///
/// The Green Book (2022) asks for sensitivity analysis and switching values (Chapter 5) and, where
/// useful, Monte Carlo analysis of the main uncertainties (Annex A5, uncertainty, optimism bias
/// and risk). Values that are not finite are shown as "n/a" and left out of charts.
public struct SensitivityAnalysis: Hashable, Sendable, Codable {
    /// How the results were produced, e.g. "Monte Carlo, 10,000 draws, seed 2024".
    public var method: String
    /// The NPV with every input at its central value, where each swing starts; `nil` to use the
    /// appraisal's own net present social value.
    public var baselineNetPresentValue: Double?
    /// One-way swings, in any order (the report sorts them by size).
    public var swings: [Swing]
    /// A simulated distribution of NPV, if one was run.
    public var distribution: Distribution?

    /// Creates sensitivity results.
    public init(
        method: String, baselineNetPresentValue: Double? = nil, swings: [Swing] = [], distribution: Distribution? = nil
    ) {
        self.method = method
        self.baselineNetPresentValue = baselineNetPresentValue
        self.swings = swings
        self.distribution = distribution
    }

    /// The NPV when one input moves to its low and to its high value, the others held at base.
    public struct Swing: Hashable, Sendable, Codable {
        /// The input, e.g. "Optimism bias on benefits (15%–40%)".
        public var input: String
        /// The NPV with the input at its low value.
        public var lowNetPresentValue: Double
        /// The NPV with the input at its high value.
        public var highNetPresentValue: Double

        /// Creates a swing.
        public init(input: String, lowNetPresentValue: Double, highNetPresentValue: Double) {
            self.input = input
            self.lowNetPresentValue = lowNetPresentValue
            self.highNetPresentValue = highNetPresentValue
        }

        /// The width of the swing: |high − low| (0 when either end is not finite).
        public var range: Double {
            let width = abs(highNetPresentValue - lowNetPresentValue)
            return width.isFinite ? width : 0
        }
    }

    /// A summary of simulated NPVs.
    public struct Distribution: Hashable, Sendable, Codable {
        /// The number of draws.
        public var draws: Int
        /// The mean NPV.
        public var mean: Double
        /// Percentiles of NPV, e.g. 5th, 50th and 95th.
        public var percentiles: [Percentile]
        /// The share of draws with NPV above zero, in 0…1.
        public var probabilityPositive: Double
        /// A histogram of the draws, bins in ascending order.
        public var histogram: [Bin]

        /// Creates a distribution summary.
        public init(draws: Int, mean: Double, percentiles: [Percentile], probabilityPositive: Double, histogram: [Bin])
        {
            self.draws = draws
            self.mean = mean
            self.percentiles = percentiles
            self.probabilityPositive = probabilityPositive
            self.histogram = histogram
        }
    }

    /// One percentile of a distribution.
    public struct Percentile: Hashable, Sendable, Codable {
        /// The cumulative probability, in 0…1 (0.05 for the 5th percentile).
        public var probability: Double
        /// The NPV at that percentile.
        public var value: Double

        /// Creates a percentile.
        public init(probability: Double, value: Double) {
            self.probability = probability
            self.value = value
        }
    }

    /// One histogram bin: the draws with lower ≤ NPV < upper.
    public struct Bin: Hashable, Sendable, Codable {
        /// The bin's lower edge.
        public var lower: Double
        /// The bin's upper edge.
        public var upper: Double
        /// The number of draws in the bin.
        public var count: Int

        /// Creates a bin.
        public init(lower: Double, upper: Double, count: Int) {
            self.lower = lower
            self.upper = upper
            self.count = count
        }
    }

    /// The swings largest first (ties in input order), as a tornado chart stacks them.
    public var swingsBySize: [Swing] {
        swings.enumerated().sorted { a, b in
            a.element.range != b.element.range ? a.element.range > b.element.range : a.offset < b.offset
        }.map(\.element)
    }
}
