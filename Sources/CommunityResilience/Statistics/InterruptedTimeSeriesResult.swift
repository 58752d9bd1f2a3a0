import Foundation
import ResilienceNumerics

/// Demand avoided over a window — counterfactual minus observed — with its interval.
///
/// The interval reflects uncertainty in the counterfactual (the model's coefficients) by the
/// delta method: for A = Σ (ĉ_t − y_t), Var(A) ≈ gᵀ V g with g = ∂A/∂β = Σ x_cf,t for a linear
/// model and Σ μ̂_cf,t · x_cf,t for a log-link model, V the model's coefficient covariance.
/// Observed counts are taken as given.
public struct AvoidedDemand: Hashable, Sendable, Codable {
    /// The months totalled.
    public let window: Period
    /// Counterfactual − observed, summed over the window.
    public let units: Double
    /// Its delta-method standard error.
    public let standardError: Double
    /// The interval's lower end.
    public let lower: Double
    /// The interval's upper end.
    public let upper: Double
    /// The confidence level.
    public let confidenceLevel: Double
}

/// The fit of an ``InterruptedTimeSeries``.
public struct InterruptedTimeSeriesResult: Hashable, Sendable {
    /// The specification fitted.
    public let specification: InterruptedTimeSeries
    /// The months of the series.
    public let months: [Month]
    /// Observed demand.
    public let observed: [Double]
    /// Fitted demand.
    public let fitted: [Double]
    /// Demand predicted with the level and slope changes set to zero: what would have happened
    /// without the intervention.
    public let counterfactual: [Double]
    /// Every coefficient with its standard error and reference distribution.
    public let coefficients: [CoefficientEstimate]
    /// The change in level at the start (a rate ratio for Poisson models, a count for linear).
    public let levelChange: EffectEstimate
    /// The change in slope per month (a ratio per month for Poisson models).
    public let slopeChange: EffectEstimate
    /// The Pearson dispersion X² / (n − p) for Poisson models.
    public let dispersion: Double?
    /// Demand avoided over the window.
    public let avoided: AvoidedDemand

    /// A description of the method for audit trails.
    public var methodDescription: String {
        let model: String
        switch specification.model {
        case .linear(let lag): model = "segmented OLS with Newey–West standard errors (lag \(lag))"
        case .poisson: model = "segmented Poisson regression with log-population offset"
        case .quasiPoisson: model = "segmented quasi-Poisson regression with log-population offset"
        }
        let season: String
        switch specification.seasonality {
        case .none: season = "no seasonal terms"
        case .monthIndicators: season = "month indicators"
        case .fourier(let pairs): season = "\(pairs) Fourier pair\(pairs == 1 ? "" : "s")"
        }
        return
            "Interrupted time series: \(model), \(season), intervention from \(specification.interventionStart) (Bernal, Cummins & Gasparrini 2017); avoided demand by the delta method"
    }
}

extension InterruptedTimeSeries {
    func fitLinear(
        _ series: MonthlySeries, design prepared: PreparedDesign, lag: Int, window: Period
    ) throws(EstimationError) -> InterruptedTimeSeriesResult {
        let counterfactual = prepared.counterfactual
        do {
            let fit = try LinearRegression(response: series.counts, design: prepared.design)
            let estimator = LinearRegression.CovarianceEstimator.neweyWest(maximumLag: lag)
            let coefficients = try fit.coefficientEstimates(estimator)
            let covariance = try fit.covariance(estimator)
            let predicted = try fit.predictions(for: counterfactual)
            return try result(
                series, coefficients: coefficients, covariance: covariance, fitted: fit.fittedValues,
                counterfactual: predicted, counterfactualDesign: counterfactual, logLink: false,
                dispersion: nil, window: window, prepared: prepared)
        } catch {
            throw .numerical(error)
        }
    }

    func fitPoisson(
        _ series: MonthlySeries, design prepared: PreparedDesign, window: Period,
        workspace: inout PoissonRegression.Workspace
    ) throws(EstimationError) -> InterruptedTimeSeriesResult {
        guard series.counts.contains(where: { $0 > 0 }) else { throw .allZeroCounts }
        let counterfactual = prepared.counterfactual
        do {
            let offset = try series.populations.map { (populations) throws(NumericsError) in
                try PoissonRegression.logOffset(population: populations)
            }
            let fit = try PoissonRegression(
                counts: series.counts, design: prepared.design, offset: offset, workspace: &workspace)
            let estimator: PoissonRegression.CovarianceEstimator = model == .quasiPoisson ? .quasiPoisson : .modelBased
            let coefficients = try fit.coefficientEstimates(estimator)
            let covariance = try fit.covariance(estimator)
            let predicted = try fit.predictedMeans(for: counterfactual, offset: offset)
            return try result(
                series, coefficients: coefficients, covariance: covariance, fitted: fit.fittedMeans,
                counterfactual: predicted, counterfactualDesign: counterfactual, logLink: true,
                dispersion: fit.dispersion, window: window, prepared: prepared)
        } catch {
            throw .numerical(error)
        }
    }

    func result(
        _ series: MonthlySeries, coefficients: [CoefficientEstimate], covariance: Matrix, fitted: [Double],
        counterfactual: [Double], counterfactualDesign: DesignMatrix, logLink: Bool, dispersion: Double?,
        window: Period,
        prepared: PreparedDesign
    ) throws(NumericsError) -> InterruptedTimeSeriesResult {
        let level = coefficients[2]
        let slope = coefficients[3]
        // Delta method for A = Σ_{t ∈ window} (counterfactual_t − observed_t).
        var units = 0.0
        var gradient = [Double](repeating: 0, count: coefficients.count)
        for t in series.months.indices where window.contains(series.months[t]) {
            units += counterfactual[t] - series.counts[t]
            let weight = logLink ? counterfactual[t] : 1
            for j in gradient.indices { gradient[j] += weight * counterfactualDesign.matrix[t, j] }
        }
        let variance = max(0, try covariance.quadraticForm(gradient))
        let standardError = variance.squareRoot()
        // Every fit over the same months has the same reference distribution: reuse its critical value.
        let critical: Double
        if level.reference == prepared.reference, let shared = prepared.critical {
            critical = shared
        } else {
            critical = try level.reference.criticalValue(confidenceLevel: confidenceLevel)
        }
        let avoided = AvoidedDemand(
            window: window, units: units, standardError: standardError,
            lower: units - critical * standardError, upper: units + critical * standardError,
            confidenceLevel: confidenceLevel)
        return InterruptedTimeSeriesResult(
            specification: self, months: series.months, observed: series.counts, fitted: fitted,
            counterfactual: counterfactual, coefficients: coefficients,
            levelChange: try EffectEstimate.from(
                level, name: logLink ? "level change (rate ratio)" : "level change", level: confidenceLevel,
                exponentiate: logLink,
                critical: critical),
            slopeChange: try EffectEstimate.from(
                slope, name: logLink ? "slope change (ratio per month)" : "slope change per month",
                level: confidenceLevel,
                exponentiate: logLink, critical: slope.reference == level.reference ? critical : nil),
            dispersion: dispersion, avoided: avoided)
    }
}
