import Foundation
import ResilienceNumerics

/// Segmented regression of a monthly demand series around an intervention date.
///
/// Bernal, Cummins & Gasparrini (2017), "Interrupted time series regression for the evaluation
/// of public health interventions: a tutorial", *Int J Epidemiol* 46(1):348–355:
///
/// y_t = β0 + β1·time + β2·post + β3·(time since start) + seasonality,
///
/// where time counts months from 1, post is 1 from the intervention's first month, and time since
/// start is 0 in that month and rises by 1 a month after it. β2 is the level change at the start,
/// β3 the change in slope. For counts the model is a Poisson GLM with log link and the log
/// population as offset (β2, β3 then act on the log rate: exp(β2) is the rate ratio at the start);
/// quasi-Poisson scales the covariance by the Pearson dispersion X² / (n − p). For a linear model
/// the standard errors are Newey–West (HAC, Bartlett kernel, no small-sample factor, as
/// statsmodels' `cov_type="HAC"`).
///
/// Seasonality is optional: eleven month indicators (January the reference) or K Fourier pairs
/// sin(2πkm/12), cos(2πkm/12) for calendar month m.
public struct InterruptedTimeSeries: Hashable, Sendable {
    /// The regression model.
    public enum Model: Hashable, Sendable, Codable {
        /// OLS on the counts with Newey–West standard errors of the given maximum lag.
        case linear(neweyWestLag: Int)
        /// Poisson GLM (log link, log-population offset when populations are known).
        case poisson
        /// Poisson GLM with the covariance scaled by the Pearson dispersion.
        case quasiPoisson
    }

    /// Seasonal adjustment.
    public enum Seasonality: Hashable, Sendable, Codable {
        case none
        /// Eleven calendar-month indicators (January is the reference).
        case monthIndicators
        /// `pairs` sine–cosine pairs with a 12-month period (1…6).
        case fourier(pairs: Int)
    }

    /// The first month of the intervention.
    public var interventionStart: Month
    /// The model.
    public var model: Model
    /// Seasonal adjustment.
    public var seasonality: Seasonality
    /// The confidence level for intervals, e.g. 0.95.
    public var confidenceLevel: Double
    /// The fewest months required before and from the start (at least 3 each; Bernal et al.
    /// suggest eight or more points either side for adequate power).
    public var minimumMonthsEachSide: Int

    /// Creates a specification.
    public init(
        interventionStart: Month, model: Model = .quasiPoisson, seasonality: Seasonality = .none,
        confidenceLevel: Double = 0.95, minimumMonthsEachSide: Int = 3
    ) {
        self.interventionStart = interventionStart
        self.model = model
        self.seasonality = seasonality
        self.confidenceLevel = confidenceLevel
        self.minimumMonthsEachSide = minimumMonthsEachSide
    }

    /// Fits the model to `series`.
    ///
    /// - Parameters:
    ///   - series: the monthly series, with populations for an offset.
    ///   - avoidedWindow: the months over which to total avoided demand; by default every month
    ///     from the intervention's start.
    /// - Returns: level and slope changes, the fitted and counterfactual series, and the demand
    ///   avoided with its interval.
    /// - Throws: ``EstimationError`` for too few months either side, no population for a Poisson
    ///   model that needs an offset, all-zero counts, bad settings, or a numerical failure (naming
    ///   the collinear term when the design is rank-deficient).
    /// - Complexity: O(n·p²) for n months and p terms, per IRLS iteration for Poisson.
    public func fit(_ series: MonthlySeries, avoidedWindow: Period? = nil) throws(EstimationError)
        -> InterruptedTimeSeriesResult
    {
        try checkSettings()
        var workspace = PoissonRegression.Workspace()
        return try fit(series, avoidedWindow: avoidedWindow, design: design(for: series.months), workspace: &workspace)
    }

    static let level = "level change"
    static let slope = "slope change"

    func checkSettings() throws(EstimationError) {
        guard confidenceLevel > 0, confidenceLevel < 1 else {
            throw .invalidSetting(
                name: "confidenceLevel", value: "\(confidenceLevel)", requirement: "strictly between 0 and 1")
        }
        guard minimumMonthsEachSide >= 3 else {
            throw .invalidSetting(
                name: "minimumMonthsEachSide", value: "\(minimumMonthsEachSide)", requirement: "at least 3")
        }
        if case .fourier(let pairs) = seasonality, !(1...6).contains(pairs) {
            throw .invalidSetting(name: "seasonality.fourier.pairs", value: "\(pairs)", requirement: "1…6")
        }
        if case .linear(let lag) = model, lag < 0 {
            throw .invalidSetting(name: "model.linear.neweyWestLag", value: "\(lag)", requirement: "0 or more")
        }
    }

    /// The design's columns: intercept, time, level change, slope change, then seasonal terms.
    func columns(for months: [Month], startIndex: Int) -> [(name: String, values: [Double])] {
        let n = months.count
        var columns: [(name: String, values: [Double])] = [
            ("intercept", [Double](repeating: 1, count: n)),
            ("time", (0..<n).map { Double($0 + 1) }),
            (Self.level, (0..<n).map { $0 >= startIndex ? 1 : 0 }),
            (Self.slope, (0..<n).map { Double(max(0, $0 - startIndex)) }),
        ]
        switch seasonality {
        case .none:
            break
        case .monthIndicators:
            for calendarMonth in 2...12 {
                columns.append(("month \(calendarMonth)", months.map { $0.month == calendarMonth ? 1 : 0 }))
            }
        case .fourier(let pairs):
            for k in 1...pairs {
                let angle = { (month: Month) in 2 * Double.pi * Double(k * month.month) / 12 }
                columns.append(("sin \(k)", months.map { sin(angle($0)) }))
                // With 6 pairs the last cosine duplicates the alternating sign; keep it, the
                // sine of k = 6 is identically zero and is dropped instead.
                columns.append(("cos \(k)", months.map { cos(angle($0)) }))
            }
            if pairs == 6 { columns.removeAll { $0.name == "sin 6" } }
        }
        return columns
    }
}
