/// The distribution of one output of a Monte Carlo simulation (NPV, BCR, demand avoided …) over
/// its draws: moments, percentiles and a histogram ready for a chart.
///
/// Definitions, over the `count` draws with a finite value (draws where the output is undefined —
/// a BCR with no costs, a payback that never comes — are counted in `undefinedCount` and left out):
/// - ``mean`` x̄ = Σxᵢ/n; ``standardDeviation`` s = √(Σ(xᵢ − x̄)²/(n − 1)) (0 when n = 1);
/// - ``standardErrorOfMean`` = s/√n, the Monte Carlo standard error of x̄ (its standard deviation
///   over repeated simulations; halve it by quadrupling the draws);
/// - ``percentiles``: Hyndman and Fan's definition 7 (numpy's and R's default): for probability
///   p, h = (n − 1)p, Q(p) = x₍⌊h⌋₎ + (h − ⌊h⌋)(x₍⌊h⌋+1₎ − x₍⌊h⌋₎) with x₍k₎ the k-th smallest
///   (from 0). R. J. Hyndman and Y. Fan (1996), "Sample quantiles in statistical packages", *The
///   American Statistician* 50(4), 361–365. Found by selection, not by sorting all the draws.
/// - ``histogram``: equal-width bins from the minimum to the maximum.
///
/// With no finite draws at all (`count` 0), the statistics are 0 and the histogram is empty.
public struct OutputSummary: Hashable, Sendable, Codable {
    /// Draws with a finite value.
    public let count: Int
    /// Draws where the output is undefined (not finite).
    public let undefinedCount: Int
    /// The mean.
    public let mean: Double
    /// The sample standard deviation (divisor n − 1).
    public let standardDeviation: Double
    /// The Monte Carlo standard error of the mean, s/√n.
    public let standardErrorOfMean: Double
    /// The smallest draw.
    public let minimum: Double
    /// The largest draw.
    public let maximum: Double
    /// The requested percentiles, in increasing order of probability.
    public let percentiles: [Percentile]
    /// Equal-width bins of the draws.
    public let histogram: Histogram

    /// One percentile: the value below which a share `probability` of draws fall.
    public struct Percentile: Hashable, Sendable, Codable {
        /// The probability, e.g. 0.05 for P5.
        public let probability: Double
        /// The value (Hyndman–Fan definition 7).
        public let value: Double
    }

    /// The percentile for `probability` if it was requested, e.g. `summary.percentile(0.5)` for
    /// the median.
    ///
    /// - Parameter probability: The probability, as given in ``MonteCarloOptions/percentiles``.
    /// - Returns: The value, or `nil` if it was not computed.
    public func percentile(_ probability: Double) -> Double? {
        percentiles.first { $0.probability == probability }?.value
    }

    init(
        count: Int, undefinedCount: Int, mean: Double, standardDeviation: Double, minimum: Double, maximum: Double,
        percentiles: [Percentile], histogram: Histogram
    ) {
        self.count = count
        self.undefinedCount = undefinedCount
        self.mean = mean
        self.standardDeviation = standardDeviation
        self.standardErrorOfMean = count > 0 ? standardDeviation / Double(count).squareRoot() : 0
        self.minimum = minimum
        self.maximum = maximum
        self.percentiles = percentiles
        self.histogram = histogram
    }
}

/// Counts of draws in equal-width bins between the smallest and largest draw: bin k of B holds
/// the draws with ⌊(x − min)·B/(max − min)⌋ = k, i.e. [lower, upper) up to rounding at the edges,
/// and the last bin also holds the maximum.
public struct Histogram: Hashable, Sendable, Codable {
    /// One bin.
    public struct Bin: Hashable, Sendable, Codable {
        /// The lower edge.
        public let lower: Double
        /// The upper edge.
        public let upper: Double
        /// Draws in the bin.
        public let count: Int
    }

    /// The bins, from the smallest values to the largest. A single bin when every draw is equal;
    /// none when there are no draws.
    public let bins: [Bin]

    /// The total of the counts.
    public var total: Int { bins.reduce(0) { $0 + $1.count } }
}
