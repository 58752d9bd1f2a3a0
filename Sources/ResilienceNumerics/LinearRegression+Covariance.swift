extension LinearRegression {
    /// How to estimate the covariance of the least-squares coefficients.
    ///
    /// With `B = (XᵀWX)⁻¹`, scores `sᵢ = wᵢ eᵢ xᵢ` (so `sᵢ = eᵢxᵢ` for OLS), `n` observations and
    /// `k` coefficients, each case is `c · B M B` or `σ̂² B`; every convention is the statsmodels
    /// default for the matching `cov_type` (statsmodels 0.15 `RegressionResults.get_robustcov_results`).
    public enum CovarianceEstimator: Sendable, Hashable, Codable {
        /// `σ̂² B`, valid under homoskedastic, independent errors (Wooldridge, *Introductory
        /// Econometrics*, §3.4). statsmodels `cov_type='nonrobust'`. Reference: t(n − k).
        case conventional
        /// White's heteroskedasticity-robust estimator with the `n / (n − k)` degrees-of-freedom
        /// factor: `n/(n−k) · B (Σ sᵢsᵢᵀ) B` (MacKinnon & White 1985; Wooldridge §8.2; Stata
        /// `robust`; statsmodels `cov_type='HC1'`). Reference: t(n − k).
        case hc1
        /// Cluster-robust (CR1): `G/(G−1) · (n−1)/(n−k) · B (Σ_g s_g s_gᵀ) B` with `s_g` the sum of
        /// scores in cluster `g` (Cameron & Miller 2015, §II.C, eq. 11; Stata's default and
        /// statsmodels `cov_type='cluster'` with its default `use_correction=True`).
        /// The labels (e.g. community codes) are any integers, one per observation; at least two
        /// distinct labels are needed. Reference: t(G − 1), the convention of Stata and
        /// statsmodels (`df_correction`), recommended by Cameron & Miller §VI.
        case clustered(by: [Int])
        /// Newey–West heteroskedasticity- and autocorrelation-consistent estimator with Bartlett
        /// weights `1 − l/(L+1)`, `l = 0…L` (Newey & West 1987): `B M_NW B` with **no**
        /// small-sample factor — statsmodels `cov_type='HAC'` defaults to
        /// `use_correction=False` (Stata's `newey` uses `n/(n−k)`; multiply by it if you need
        /// Stata's numbers). Rows must be in time order. `maximumLag ≥ 0`; lags beyond
        /// `n − 1` contribute nothing. Reference: t(n − k).
        case neweyWest(maximumLag: Int)
    }

    /// The estimated covariance matrix of the coefficients.
    ///
    /// - Parameter estimator: The covariance estimator (default ``CovarianceEstimator/conventional``).
    /// - Returns: A symmetric `k × k` matrix in coefficient order.
    /// - Throws: ``NumericsError/dimensionMismatch(_:)`` if cluster labels do not have one entry
    ///   per observation; ``NumericsError/invalidParameter(name:value:requirement:)`` for fewer
    ///   than two clusters or a negative lag.
    /// - Complexity: O(k³) for conventional; O(n k²) for HC1 and clustered; O(n k² L) for
    ///   Newey–West.
    public func covariance(_ estimator: CovarianceEstimator = .conventional) throws(NumericsError) -> Matrix {
        try covarianceAndReference(estimator).covariance
    }

    /// The standard errors, square roots of the diagonal of ``covariance(_:)``.
    ///
    /// - Parameter estimator: The covariance estimator.
    /// - Returns: One standard error per coefficient.
    /// - Throws: As ``covariance(_:)``.
    public func standardErrors(_ estimator: CovarianceEstimator = .conventional) throws(NumericsError) -> [Double] {
        try covariance(estimator).diagonal.map { max($0, 0).squareRoot() }
    }

    /// The coefficient table: estimate, standard error, t statistic and reference distribution.
    ///
    /// - Parameter estimator: The covariance estimator.
    /// - Returns: One ``CoefficientEstimate`` per coefficient.
    /// - Throws: As ``covariance(_:)``.
    public func coefficientEstimates(_ estimator: CovarianceEstimator = .conventional) throws(NumericsError)
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
        let k = parameterCount
        let bread = unscaledCovariance.elements
        let tReference = ReferenceDistribution.studentT(degreesOfFreedom: residualDegreesOfFreedom)
        switch estimator {
        case .conventional:
            return (unscaledCovariance.scaled(by: residualVariance), tReference)
        case .hc1:
            let meat = Sandwich.heteroskedasticMeat(design: design.matrix, scores: scores())
            let factor = Double(n) / Double(n - k)
            return (Sandwich.sandwich(bread: bread, meat: meat, size: k, factor: factor), tReference)
        case .clustered(let labels):
            let (meat, groups) = try Sandwich.clusteredMeat(
                design: design.matrix, scores: scores(), clusters: labels)
            let g = Double(groups)
            let factor = g / (g - 1) * Double(n - 1) / Double(n - k)
            return (
                Sandwich.sandwich(bread: bread, meat: meat, size: k, factor: factor),
                .studentT(degreesOfFreedom: groups - 1)
            )
        case .neweyWest(let lag):
            guard lag >= 0 else {
                throw .invalidParameter(name: "maximumLag", value: Double(lag), requirement: "zero or more")
            }
            let meat = Sandwich.neweyWestMeat(design: design.matrix, scores: scores(), maximumLag: lag)
            return (Sandwich.sandwich(bread: bread, meat: meat, size: k, factor: 1), tReference)
        }
    }

    /// uᵢ with sᵢ = uᵢxᵢ: the residual, times the weight for WLS (statsmodels uses the whitened
    /// `wexog * wresid`, which is √wᵢxᵢ · √wᵢeᵢ = wᵢeᵢxᵢ).
    private func scores() -> [Double] {
        guard let weights else { return residuals }
        return zip(residuals, weights).map { $0 * $1 }
    }
}
