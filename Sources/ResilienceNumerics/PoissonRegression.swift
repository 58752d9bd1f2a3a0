#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#else
    import Foundation
#endif

/// A fitted Poisson generalised linear model with log link, `log E[yᵢ] = xᵢᵀβ + offsetᵢ`,
/// estimated by iteratively reweighted least squares (IRLS).
///
/// This is the count model of interrupted time series and difference-in-differences on demand
/// data (A&E admissions per area and month): the offset is `log(population)`, so `exp(β)` are
/// rate ratios (Bernal, Cummins & Gasparrini 2017, Int. J. Epidemiol. 46(1), "Interrupted time
/// series regression for the evaluation of public health interventions: a tutorial"). Over-
/// dispersion is handled by the quasi-Poisson scale (``dispersion``) or a sandwich covariance
/// (``CovarianceEstimator``). Conventions follow statsmodels 0.15 `GLM(family=Poisson())`, which
/// the tests reproduce to at least 6 significant figures; the iteration is in `PoissonIRLS`.
///
/// ```swift
/// let offset = try PoissonRegression.logOffset(population: population)
/// var workspace = PoissonRegression.Workspace()
/// let fit = try PoissonRegression(counts: admissions, design: design, offset: offset,
///                                 workspace: &workspace)
/// let table = try fit.coefficientEstimates(.quasiPoisson)
/// ```
public struct PoissonRegression: Sendable {
    /// The design column names, in coefficient order.
    public let coefficientNames: [String]
    /// The maximum-likelihood coefficients `β̂` (log rate ratios).
    public let coefficients: [Double]
    /// The fitted means `μ̂ᵢ = exp(xᵢᵀβ̂ + offsetᵢ)`.
    public let fittedMeans: [Double]
    /// The deviance `D = 2 Σ πᵢ [yᵢ log(yᵢ/μ̂ᵢ) − (yᵢ − μ̂ᵢ)]` (McCullagh & Nelder §2.3).
    public let deviance: Double
    /// Pearson's statistic `X² = Σ πᵢ (yᵢ − μ̂ᵢ)² / μ̂ᵢ`.
    public let pearsonChiSquared: Double
    /// The number of IRLS iterations run (statsmodels `fit_history['iteration']`).
    public let iterations: Int
    /// The model-based covariance `(XᵀWX)⁻¹` (inverse Fisher information, scale 1), with the
    /// working weights of the final IRLS iteration as in statsmodels and R.
    public let unscaledCovariance: Matrix
    /// The regressors the model was fitted with.
    public let design: DesignMatrix
    /// The observed counts `y`.
    public let counts: [Double]
    /// The offset used (`nil` means zero), e.g. `log(population)`.
    public let offset: [Double]?
    /// The prior weights `π` used (`nil` means one), statsmodels `var_weights`, R `weights`.
    public let priorWeights: [Double]?

    /// The number of observations `n`.
    public var observationCount: Int { design.rowCount }
    /// The number of coefficients `p`.
    public var parameterCount: Int { design.columnCount }
    /// The residual degrees of freedom `n − p`.
    public var residualDegreesOfFreedom: Int { observationCount - parameterCount }
    /// The quasi-Poisson dispersion `φ̂ = X² / (n − p)` (McCullagh & Nelder §4.5.2; statsmodels
    /// `scale='X2'`; R `quasipoisson`). Values well above 1 signal over-dispersion.
    public var dispersion: Double { pearsonChiSquared / Double(residualDegreesOfFreedom) }

    /// The Poisson log-likelihood `Σ πᵢ [yᵢ log μ̂ᵢ − μ̂ᵢ − log Γ(yᵢ + 1)]` (statsmodels `llf`).
    ///
    /// - Complexity: O(n), with one `lgamma` per observation.
    public var logLikelihood: Double {
        var total = 0.0
        for i in counts.indices {
            let y = counts[i]
            let mu = fittedMeans[i]
            let term = (y > 0 ? y * log(mu) : 0) - mu - lgamma(y + 1)
            total += (priorWeights?[i] ?? 1) * term
        }
        return total
    }

    /// The linear predictor `η̂ = Xβ̂ + offset` of the fitted rows (the log of ``fittedMeans``).
    ///
    /// - Complexity: O(n p).
    public var linearPredictor: [Double] {
        let n = observationCount
        var eta = offset ?? [Double](repeating: 0, count: n)
        let x = design.matrix.elements
        for (j, beta) in coefficients.enumerated() {
            for i in 0..<n { eta[i] += x[j * n + i] * beta }
        }
        return eta
    }

    /// Fits the model, allocating a private workspace (convenient for one-off fits).
    ///
    /// - Parameters: See ``init(counts:design:offset:priorWeights:options:workspace:)``.
    /// - Throws: See ``init(counts:design:offset:priorWeights:options:workspace:)``.
    public init(
        counts: [Double], design: DesignMatrix, offset: [Double]? = nil,
        priorWeights: [Double]? = nil, options: Options = Options()
    ) throws(NumericsError) {
        var workspace = Workspace()
        try self.init(
            counts: counts, design: design, offset: offset, priorWeights: priorWeights,
            options: options, workspace: &workspace)
    }

    /// Fits the model reusing `workspace`, so that repeated fits do not allocate scratch memory.
    ///
    /// - Parameters:
    ///   - counts: `n` finite, non-negative counts (integers are not required, as for
    ///     quasi-Poisson rates); at least one must be positive.
    ///   - design: The `n × p` regressors, `n > p`, with an explicit intercept column.
    ///   - offset: Optional `n` finite offsets added to the linear predictor — usually
    ///     ``logOffset(population:)``. `nil` means zero.
    ///   - priorWeights: Optional `n` positive, finite prior weights. `nil` means one.
    ///   - options: Iteration limits and tolerances (statsmodels defaults).
    ///   - workspace: Scratch memory, grown on first use and reused afterwards.
    /// - Throws: ``NumericsError/dimensionMismatch(_:)`` for lengths that disagree;
    ///   ``NumericsError/nonFinite(field:index:)`` naming `counts`, `offset` or `priorWeights`;
    ///   ``NumericsError/invalidParameter(name:value:requirement:)`` for a negative count
    ///   (`counts[i]`), all-zero counts, a non-positive weight or bad options;
    ///   ``NumericsError/insufficientData(observations:parameters:)`` unless `n > p`;
    ///   ``NumericsError/rankDeficient(column:index:)`` naming the first dependent column;
    ///   ``NumericsError/notConverged(method:iterations:)`` if the deviance has not settled
    ///   within `options.maximumIterations` or the fitted means leave (0, ∞).
    /// - Complexity: O(n p²) per iteration; typically 4–8 iterations.
    public init(
        counts: [Double], design: DesignMatrix, offset: [Double]? = nil,
        priorWeights: [Double]? = nil, options: Options = Options(),
        workspace: inout Workspace
    ) throws(NumericsError) {
        let n = design.rowCount
        let p = design.columnCount
        try options.validate()
        try Self.validate(counts: counts, offset: offset, priorWeights: priorWeights, rows: n)
        guard n > p else { throw .insufficientData(observations: n, parameters: p) }

        workspace.reserve(PoissonIRLS.workspaceSize(rows: n, columns: p))
        var beta = [Double](repeating: 0, count: p)
        var means = [Double](repeating: 0, count: n)
        var covariance = [Double](repeating: 0, count: p * p)
        let outcome: Result<PoissonIRLS.Summary, PoissonIRLS.Failure> = Self.withPointers(
            design.matrix.elements, counts, offset, priorWeights
        ) {
            x, y, off, weights in
            workspace.storage.withUnsafeMutableBufferPointer { work in
                beta.withUnsafeMutableBufferPointer { b in
                    means.withUnsafeMutableBufferPointer { m in
                        covariance.withUnsafeMutableBufferPointer { c in
                            // All buffers are non-empty (n > p ≥ 1), so the base addresses exist.
                            guard let w = work.baseAddress, let bp = b.baseAddress,
                                let mp = m.baseAddress, let cp = c.baseAddress
                            else { return .failure(.notConverged(iterations: 0)) }
                            return PoissonIRLS.run(
                                x: x, rows: n, columns: p, counts: y, offset: off,
                                priorWeights: weights, options: options, workspace: w,
                                coefficients: bp, means: mp, covariance: cp)
                        }
                    }
                }
            }
        }
        switch outcome {
        case .failure(.rankDeficient(let column)):
            throw .rankDeficient(column: design.columnNames[column], index: column)
        case .failure(.notConverged(let iterations)):
            throw .notConverged(method: "Poisson IRLS", iterations: iterations)
        case .success(let summary):
            self.coefficientNames = design.columnNames
            self.coefficients = beta
            self.fittedMeans = means
            self.deviance = summary.deviance
            self.pearsonChiSquared = summary.pearsonChiSquared
            self.iterations = summary.iterations
            self.unscaledCovariance = Matrix(uncheckedRows: p, columns: p, elements: covariance)
            self.design = design
            self.counts = counts
            self.offset = offset
            self.priorWeights = priorWeights
        }
    }

    /// The coefficient of the named column, or `nil` if there is none.
    ///
    /// - Parameter name: A design column name.
    /// - Returns: Its estimate (a log rate ratio).
    public func coefficient(named name: String) -> Double? {
        coefficientNames.firstIndex(of: name).map { coefficients[$0] }
    }
}
