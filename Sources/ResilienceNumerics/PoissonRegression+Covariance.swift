extension PoissonRegression {
    /// How to estimate the covariance of the Poisson coefficients.
    ///
    /// Sandwich estimators use the bread `B = (X' diag(πμ̂) X)⁻¹` at the final estimates (the
    /// inverse Hessian, as statsmodels' `_get_sandwich_arrays`) and scores `sᵢ = πᵢ(yᵢ − μ̂ᵢ)xᵢ`;
    /// they are unaffected by the dispersion, which cancels between bread and meat.
    public enum CovarianceEstimator: Sendable, Hashable, Codable {
        /// `(XᵀWX)⁻¹`, the inverse Fisher information under the Poisson assumption
        /// variance = mean (statsmodels default `cov_type='nonrobust'`). Reference: standard normal.
        case modelBased
        /// `φ̂ (XᵀWX)⁻¹` with `φ̂ = X²/(n − p)` (``PoissonRegression/dispersion``): quasi-Poisson
        /// (McCullagh & Nelder §4.5.2; R `quasipoisson`; statsmodels `fit(scale='X2')`).
        /// Reference: t(n − p), as R's `summary.glm` for an estimated dispersion (statsmodels
        /// would use the normal unless `use_t=True`; the statistic is the same). The coefficients
        /// are the Poisson ones (same estimating equations). statsmodels' `scale='X2'` fit tests
        /// convergence on the deviance divided by the running scale and so may run one more
        /// iteration; on the test data the two differ by about 1e-11 relative.
        case quasiPoisson
        /// Heteroskedasticity-robust sandwich `B (Σ sᵢsᵢᵀ) B`, no small-sample factor (R
        /// `sandwich::vcovHC(type = "HC0")`; statsmodels GLM `cov_type='HC0'` — and also its
        /// `'HC1'`, which for GLM applies no factor). Reference: standard normal.
        case hc0
        /// ``hc0`` times `n / (n − p)` (R `sandwich::vcovHC(type = "HC1")`, Stata `glm, robust`
        /// uses the same factor). Reference: standard normal.
        case hc1
        /// Cluster-robust CR1: `G/(G−1) · (n−1)/(n−p) · B (Σ_g s_g s_gᵀ) B` (Cameron & Miller
        /// 2015 §II.C; statsmodels GLM `cov_type='cluster'` default `use_correction=True`).
        /// Reference: t(G − 1), as for ``LinearRegression/CovarianceEstimator/clustered(by:)``.
        case clustered(by: [Int])
    }

    /// The estimated covariance matrix of the coefficients.
    ///
    /// - Parameter estimator: The covariance estimator (default ``CovarianceEstimator/modelBased``).
    /// - Returns: A symmetric `p × p` matrix in coefficient order.
    /// - Throws: ``NumericsError/dimensionMismatch(_:)`` if cluster labels do not have one entry
    ///   per observation; ``NumericsError/invalidParameter(name:value:requirement:)`` for fewer
    ///   than two clusters.
    /// - Complexity: O(p³) for model-based and quasi-Poisson; O(n p²) for sandwiches.
    public func covariance(_ estimator: CovarianceEstimator = .modelBased) throws(NumericsError) -> Matrix {
        try covarianceAndReference(estimator).covariance
    }

    /// The standard errors under `estimator`.
    ///
    /// - Parameter estimator: The covariance estimator.
    /// - Returns: One standard error per coefficient.
    /// - Throws: As ``covariance(_:)``.
    public func standardErrors(_ estimator: CovarianceEstimator = .modelBased) throws(NumericsError) -> [Double] {
        try covariance(estimator).diagonal.map { max($0, 0).squareRoot() }
    }

    /// The coefficient table: estimate, standard error, Wald statistic and its reference.
    ///
    /// - Parameter estimator: The covariance estimator.
    /// - Returns: One ``CoefficientEstimate`` per coefficient.
    /// - Throws: As ``covariance(_:)``.
    public func coefficientEstimates(_ estimator: CovarianceEstimator = .modelBased) throws(NumericsError)
        -> [CoefficientEstimate]
    {
        let (covariance, reference) = try covarianceAndReference(estimator)
        return CoefficientEstimate.table(
            names: coefficientNames, estimates: coefficients, covariance: covariance,
            reference: reference)
    }

    func covarianceAndReference(
        _ estimator: CovarianceEstimator
    ) throws(NumericsError) -> (covariance: Matrix, reference: ReferenceDistribution) {
        let n = observationCount
        let p = parameterCount
        switch estimator {
        case .modelBased:
            return (unscaledCovariance, .standardNormal)
        case .quasiPoisson:
            return (
                unscaledCovariance.scaled(by: dispersion),
                .studentT(degreesOfFreedom: residualDegreesOfFreedom)
            )
        case .hc0, .hc1:
            let meat = Sandwich.heteroskedasticMeat(design: design.matrix, scores: scores())
            let factor = estimator == .hc1 ? Double(n) / Double(n - p) : 1
            return (
                Sandwich.sandwich(bread: try finalBread(), meat: meat, size: p, factor: factor),
                .standardNormal
            )
        case .clustered(let labels):
            let (meat, groups) = try Sandwich.clusteredMeat(
                design: design.matrix, scores: scores(), clusters: labels)
            let g = Double(groups)
            let factor = g / (g - 1) * Double(n - 1) / Double(n - p)
            return (
                Sandwich.sandwich(bread: try finalBread(), meat: meat, size: p, factor: factor),
                .studentT(degreesOfFreedom: groups - 1)
            )
        }
    }

    /// uᵢ = πᵢ(yᵢ − μ̂ᵢ), the score of observation i is uᵢxᵢ (log link: ∂ℓᵢ/∂β = πᵢ(yᵢ − μᵢ)xᵢ).
    private func scores() -> [Double] {
        (0..<observationCount).map { i in (priorWeights?[i] ?? 1) * (counts[i] - fittedMeans[i]) }
    }

    /// (X' diag(πμ̂) X)⁻¹ at the final estimates, by QR of √(πμ̂)·X (no normal equations).
    private func finalBread() throws(NumericsError) -> [Double] {
        let weights = (0..<observationCount).map { i in (priorWeights?[i] ?? 1) * fittedMeans[i] }
        let zeroResponse = [Double](repeating: 0, count: observationCount)
        let solution = try LeastSquares(design: design, response: zeroResponse, weights: weights)
        return solution.inverseGram().elements
    }
}
