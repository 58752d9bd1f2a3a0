/// An interrupted time series estimate as a report shows it: observed, fitted and
/// counterfactual demand by month, the effect estimates and the demand avoided.
///
/// Built from an ``InterruptedTimeSeriesResult``; the report draws observed against
/// counterfactual demand and tabulates the level change, slope change and demand avoided.
///
/// ```swift
/// let its = try InterruptedTimeSeries(interventionStart: start, model: .quasiPoisson).fit(series)
/// let report = AppraisalReport(appraisal, timeSeries: [
///     TimeSeriesSummary(its, title: "A&E attendances, pilot area", unit: "A&E attendances"),
/// ])
/// ```
public struct TimeSeriesSummary: Hashable, Sendable, Codable {
    /// What the series measures and where, e.g. "A&E attendances, pilot area".
    public var title: String
    /// The unit counted, plural, e.g. "A&E attendances" (the y axis reads "… per month").
    public var unit: String
    /// The months of the series.
    public var months: [Month]
    /// Observed demand.
    public var observed: [Double]
    /// The model's fitted demand.
    public var fitted: [Double]
    /// Demand the model predicts without the intervention.
    public var counterfactual: [Double]
    /// The first month of the intervention.
    public var interventionStart: Month
    /// The method, for the audit trail (Bernal, Cummins & Gasparrini 2017).
    public var method: String
    /// The change in level at the start.
    public var levelChange: EffectEstimate
    /// The change in slope per month.
    public var slopeChange: EffectEstimate
    /// Demand avoided over the estimate's window, with its interval.
    public var avoided: AvoidedDemand

    /// Summarises a fitted interrupted time series.
    ///
    /// - Parameters:
    ///   - result: the fit.
    ///   - title: what the series measures and where.
    ///   - unit: the unit counted, plural.
    public init(_ result: InterruptedTimeSeriesResult, title: String, unit: String) {
        self.title = title
        self.unit = unit
        self.months = result.months
        self.observed = result.observed
        self.fitted = result.fitted
        self.counterfactual = result.counterfactual
        self.interventionStart = result.specification.interventionStart
        self.method = result.methodDescription
        self.levelChange = result.levelChange
        self.slopeChange = result.slopeChange
        self.avoided = result.avoided
    }
}
