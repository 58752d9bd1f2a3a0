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
    public func fit(_ series: MonthlySeries, avoidedWindow: Period? = nil) throws(EstimationError) -> InterruptedTimeSeriesResult {
        try checkSettings()
        var workspace = PoissonRegression.Workspace()
        return try fit(series, avoidedWindow: avoidedWindow, design: design(for: series.months), workspace: &workspace)
    }

    /// Fits the model to each series — one per local authority and service, say — on all cores.
    ///
    /// Each result is exactly what ``fit(_:avoidedWindow:)-(MonthlySeries,_)`` returns for that
    /// series, bit for bit: the work is shared out, not changed. What many fits have in common is
    /// done once: series over the same months share one design matrix, its counterfactual and
    /// the critical values of the intervals, and each thread reuses one IRLS workspace.
    ///
    /// - Parameters:
    ///   - series: The series to fit.
    ///   - avoidedWindow: The months over which to total avoided demand, for every series; by
    ///     default each series' months from the intervention's start.
    /// - Returns: One result per series, in order: the fit, or why that series could not be
    ///   fitted (one bad series does not stop the others).
    /// - Complexity: O(series × n·p²) spread over the processors, for n months and p terms.
    public func fit(_ series: [MonthlySeries], avoidedWindow: Period? = nil) -> [Result<InterruptedTimeSeriesResult, EstimationError>] {
        fit(series, avoidedWindow: avoidedWindow, parallel: true)
    }

    /// The batch fit, with the chunks run one after another when `parallel` is false (for tests).
    func fit(_ series: [MonthlySeries], avoidedWindow: Period?, parallel: Bool) -> [Result<InterruptedTimeSeriesResult, EstimationError>] {
        do {
            try checkSettings()
        } catch {
            return series.map { _ in .failure(error) }
        }
        // One design per distinct span of months (usually one for the whole batch).
        var designs: [SpanKey: Result<PreparedDesign, EstimationError>] = [:]
        for item in series {
            let key = SpanKey(item.months)
            if designs[key] == nil { designs[key] = Result { () throws(EstimationError) in try design(for: item.months) } }
        }
        let prepared = designs
        var results = [Result<InterruptedTimeSeriesResult, EstimationError>](repeating: .failure(.allZeroCounts), count: series.count)
        let chunks = ParallelChunks.ranges(of: series.count, count: min(series.count, 8 * ParallelChunks.processorCount))
        results.withUnsafeMutableBufferPointer { buffer in
            let output = UncheckedSendable(buffer)
            ParallelChunks.run(chunks.count, parallel: parallel) { chunk in
                var workspace = PoissonRegression.Workspace()
                for index in chunks[chunk] {
                    let item = series[index]
                    output.value[index] = prepared[SpanKey(item.months)].map { design in
                        design.flatMap { design in
                            Result { () throws(EstimationError) in
                                try fit(item, avoidedWindow: avoidedWindow, design: design, workspace: &workspace)
                            }
                        }
                    } ?? .failure(.noObservations(service: "series"))
                }
            }
        }
        return results
    }

    /// A span of consecutive months: its first month index and length.
    struct SpanKey: Hashable {
        var first: Int
        var count: Int
        init(_ months: [Month]) {
            first = months.first?.index ?? 0
            count = months.count
        }
    }

    /// What every fit over the same months shares.
    struct PreparedDesign {
        var startIndex: Int
        var design: DesignMatrix
        var counterfactual: DesignMatrix
        /// The reference distribution of the coefficients and its critical value at
        /// ``confidenceLevel`` — `nil` when it has none (too few months for the terms: the fit
        /// itself then reports the real problem).
        var reference: ReferenceDistribution
        var critical: Double?
    }

    /// Checks there are enough months either side of the start and builds the design.
    func design(for months: [Month]) throws(EstimationError) -> PreparedDesign {
        let startIndex = months.firstIndex { $0 >= interventionStart } ?? months.count
        let before = startIndex
        let after = months.count - startIndex
        guard before >= minimumMonthsEachSide else {
            throw .tooFewPeriods(side: "pre-intervention", found: before, needed: minimumMonthsEachSide)
        }
        guard after >= minimumMonthsEachSide else {
            throw .tooFewPeriods(side: "post-intervention", found: after, needed: minimumMonthsEachSide)
        }
        do {
            let design = try DesignMatrix(columns: columns(for: months, startIndex: startIndex))
            let counterfactual = try design.settingColumns([Self.level, Self.slope], to: 0)
            let reference: ReferenceDistribution
            switch model {
            case .poisson: reference = .standardNormal
            case .linear, .quasiPoisson: reference = .studentT(degreesOfFreedom: design.rowCount - design.columnCount)
            }
            return PreparedDesign(
                startIndex: startIndex, design: design, counterfactual: counterfactual, reference: reference,
                critical: try? reference.criticalValue(confidenceLevel: confidenceLevel))
        } catch {
            throw .numerical(error)
        }
    }

    func fit(
        _ series: MonthlySeries, avoidedWindow: Period?, design: PreparedDesign, workspace: inout PoissonRegression.Workspace
    ) throws(EstimationError) -> InterruptedTimeSeriesResult {
        let window = avoidedWindow ?? Period(series.months[design.startIndex]...series.months[series.months.count - 1])
        switch model {
        case .linear(let lag):
            return try fitLinear(series, design: design, lag: lag, window: window)
        case .poisson, .quasiPoisson:
            return try fitPoisson(series, design: design, window: window, workspace: &workspace)
        }
    }

    static let level = "level change"
    static let slope = "slope change"

    func checkSettings() throws(EstimationError) {
        guard confidenceLevel > 0, confidenceLevel < 1 else {
            throw .invalidSetting(name: "confidenceLevel", value: "\(confidenceLevel)", requirement: "strictly between 0 and 1")
        }
        guard minimumMonthsEachSide >= 3 else {
            throw .invalidSetting(name: "minimumMonthsEachSide", value: "\(minimumMonthsEachSide)", requirement: "at least 3")
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
