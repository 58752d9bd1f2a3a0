import ResilienceNumerics

// Fitting many series at once (one per local authority and service), and what fits over the same
// months share: the design, its counterfactual and the critical values.

extension InterruptedTimeSeries {
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
    public func fit(_ series: [MonthlySeries], avoidedWindow: Period? = nil) -> [Result<
        InterruptedTimeSeriesResult, EstimationError
    >] {
        fit(series, avoidedWindow: avoidedWindow, parallel: true)
    }

    /// The batch fit, with the chunks run one after another when `parallel` is false (for tests).
    func fit(_ series: [MonthlySeries], avoidedWindow: Period?, parallel: Bool) -> [Result<
        InterruptedTimeSeriesResult, EstimationError
    >] {
        do {
            try checkSettings()
        } catch {
            return series.map { _ in .failure(error) }
        }
        // One design per distinct span of months (usually one for the whole batch).
        var designs: [SpanKey: Result<PreparedDesign, EstimationError>] = [:]
        for item in series {
            let key = SpanKey(item.months)
            if designs[key] == nil {
                designs[key] = Result { () throws(EstimationError) in try design(for: item.months) }
            }
        }
        let prepared = designs
        var results = [Result<InterruptedTimeSeriesResult, EstimationError>](
            repeating: .failure(.allZeroCounts), count: series.count)
        let chunks = ParallelChunks.ranges(
            of: series.count, count: min(series.count, 8 * ParallelChunks.processorCount))
        results.withUnsafeMutableBufferPointer { buffer in
            let output = UncheckedSendable(buffer)
            ParallelChunks.run(chunks.count, parallel: parallel) { chunk in
                var workspace = PoissonRegression.Workspace()
                for index in chunks[chunk] {
                    let item = series[index]
                    output.value[index] =
                        prepared[SpanKey(item.months)].map { design in
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
        _ series: MonthlySeries, avoidedWindow: Period?, design: PreparedDesign,
        workspace: inout PoissonRegression.Workspace
    ) throws(EstimationError) -> InterruptedTimeSeriesResult {
        let window = avoidedWindow ?? Period(series.months[design.startIndex]...series.months[series.months.count - 1])
        switch model {
        case .linear(let lag):
            return try fitLinear(series, design: design, lag: lag, window: window)
        case .poisson, .quasiPoisson:
            return try fitPoisson(series, design: design, window: window, workspace: &workspace)
        }
    }
}
