import Foundation

/// How a Monte Carlo simulation runs and what it reports. None of these settings changes the
/// draws: the same seed gives the same results with any number of ``workers``.
public struct MonteCarloOptions: Hashable, Sendable, Codable {
    /// Threads to spread blocks of draws over (≥ 1); by default the active processor count.
    /// Results are bit-identical for every value.
    public var workers: Int
    /// The percentiles to report, as probabilities in [0, 1].
    public var percentiles: [Double]
    /// The number of equal-width histogram bins for each output (1…10,000).
    public var histogramBins: Int
    /// Whether to compute the payback period of every draw (it needs each draw's flows year by
    /// year, so it costs more than the present values).
    public var includesPayback: Bool
    /// Stop early once the Monte Carlo standard error of the mean NPV is at or below this (in
    /// the appraisal's currency); `nil` to run every draw.
    ///
    /// The test is made only at the end of each round of ``UncertaintyAnalysis/blocksPerRound``
    /// blocks, in block order, so where a simulation stops does not depend on the workers.
    public var targetStandardError: Double?
    /// Draws to make before stopping early is considered.
    public var minimumDraws: Int

    /// The percentiles reported by default: P5, P10, P25, P50, P75, P90 and P95.
    public static let standardPercentiles = [0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95]

    /// Creates options.
    ///
    /// - Parameters:
    ///   - workers: Threads to use; by default `ProcessInfo.processInfo.activeProcessorCount`.
    ///   - percentiles: Probabilities of the percentiles to report.
    ///   - histogramBins: Bins per histogram.
    ///   - includesPayback: Whether to compute payback for every draw.
    ///   - targetStandardError: A precision at which to stop early, or `nil`.
    ///   - minimumDraws: Draws before an early stop.
    public init(
        workers: Int = ProcessInfo.processInfo.activeProcessorCount,
        percentiles: [Double] = MonteCarloOptions.standardPercentiles,
        histogramBins: Int = 40, includesPayback: Bool = true, targetStandardError: Double? = nil,
        minimumDraws: Int = 10_000
    ) {
        self.workers = workers
        self.percentiles = percentiles
        self.histogramBins = histogramBins
        self.includesPayback = includesPayback
        self.targetStandardError = targetStandardError
        self.minimumDraws = minimumDraws
    }

    /// Problems with the options, under `options`.
    func issues() -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        let path = FieldPath.root.appending("options")
        if !(1...1024).contains(workers) {
            issues.append(ValidationIssue(.outOfRange("\(workers)", allowed: "1…1024"), at: path.appending("workers")))
        }
        for (index, p) in percentiles.enumerated() where !(p >= 0 && p <= 1) {
            issues.append(
                ValidationIssue(.outOfRange("\(p)", allowed: "[0, 1]"), at: path.appending("percentiles", index: index))
            )
        }
        if !(1...10_000).contains(histogramBins) {
            issues.append(
                ValidationIssue(
                    .outOfRange("\(histogramBins)", allowed: "1…10000"), at: path.appending("histogramBins")))
        }
        if let target = targetStandardError, !(target.isFinite && target > 0) {
            issues.append(
                ValidationIssue(.outOfRange("\(target)", allowed: "(0, ∞)"), at: path.appending("targetStandardError")))
        }
        if minimumDraws < 0 {
            issues.append(ValidationIssue(.negative("\(minimumDraws)"), at: path.appending("minimumDraws")))
        }
        return issues
    }
}
