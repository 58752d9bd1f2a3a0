/// A fitted linear regression `y = Xβ + ε` by ordinary (or weighted) least squares.
///
/// The coefficients come from ``LeastSquares`` (Householder QR, rank checked); the covariance
/// of the coefficients is chosen afterwards with ``covariance(_:)`` so one fit serves
/// conventional, heteroskedasticity-robust, cluster-robust and Newey–West inference. The
/// conventions match statsmodels `OLS`/`WLS` (`fit(cov_type=...)`), which the tests check to
/// at least 6 significant figures; see ``CovarianceEstimator`` for each one.
///
/// ```swift
/// let fit = try LinearRegression(response: admissions, design: design)
/// let table = try fit.coefficientEstimates(.clustered(by: communityCodes))
/// ```
public struct LinearRegression: Sendable {
    /// The design column names, in coefficient order.
    public let coefficientNames: [String]
    /// The estimated coefficients `β̂`.
    public let coefficients: [Double]
    /// The fitted values `Xβ̂`.
    public let fittedValues: [Double]
    /// The residuals `y − Xβ̂` (not multiplied by `√w` when weighted).
    public let residuals: [Double]
    /// The weights used, or `nil` for ordinary least squares.
    public let weights: [Double]?
    /// `Σ wᵢ eᵢ²` (with `w = 1` for OLS).
    public let residualSumOfSquares: Double
    /// `(XᵀWX)⁻¹`, the covariance before multiplying by `σ²`.
    public let unscaledCovariance: Matrix
    /// The regressors, kept for robust covariances and prediction (copy-on-write, not copied).
    public let design: DesignMatrix

    /// The number of observations `n`.
    public var observationCount: Int { design.rowCount }
    /// The number of coefficients `k`.
    public var parameterCount: Int { design.columnCount }
    /// The residual degrees of freedom `n − k`.
    public var residualDegreesOfFreedom: Int { observationCount - parameterCount }
    /// `σ̂² = RSS / (n − k)`, the unbiased residual variance (Wooldridge §3.3, theorem 3.3).
    public var residualVariance: Double { residualSumOfSquares / Double(residualDegreesOfFreedom) }

    /// Fits the regression.
    ///
    /// - Parameters:
    ///   - response: `n` finite values of the dependent variable.
    ///   - design: The `n × k` regressors, with an explicit intercept column if wanted.
    ///   - weights: Optional positive analytic weights (statsmodels `WLS`): minimises
    ///     `Σ wᵢ (yᵢ − xᵢᵀβ)²`. `nil` gives OLS.
    ///   - rankTolerance: Relative tolerance of the rank test (see ``LeastSquares``).
    /// - Throws: Everything ``LeastSquares`` throws, and
    ///   ``NumericsError/insufficientData(observations:parameters:)`` unless `n > k` (a residual
    ///   variance needs at least one residual degree of freedom).
    /// - Complexity: O(n k²).
    public init(
        response: [Double], design: DesignMatrix, weights: [Double]? = nil,
        rankTolerance: Double = LeastSquares.defaultRankTolerance
    ) throws(NumericsError) {
        let n = design.rowCount
        let k = design.columnCount
        guard n > k else { throw .insufficientData(observations: n, parameters: k) }
        let solution = try LeastSquares(
            design: design, response: response, weights: weights, rankTolerance: rankTolerance)
        var fitted = [Double](repeating: 0, count: n)
        var residuals = [Double](repeating: 0, count: n)
        var rss = 0.0
        design.matrix.elements.withUnsafeBufferPointer { xb in
            fitted.withUnsafeMutableBufferPointer { fb in
                guard let x = xb.baseAddress, let f = fb.baseAddress else { return }
                // X·β in row blocks, so the block of fitted values stays in L1 across columns.
                let block = 2_048
                var start = 0
                while start < n {
                    let rows = min(block, n - start)
                    for j in 0..<k {
                        Householder.axpy(solution.coefficients[j], x + (j * n + start), f + start, rows)
                    }
                    start += rows
                }
            }
        }
        for i in 0..<n {
            let e = response[i] - fitted[i]
            residuals[i] = e
        }
        if let weights {
            for i in 0..<n { rss += weights[i] * residuals[i] * residuals[i] }
        } else {
            for i in 0..<n { rss += residuals[i] * residuals[i] }
        }
        self.coefficientNames = design.columnNames
        self.coefficients = solution.coefficients
        self.fittedValues = fitted
        self.residuals = residuals
        self.weights = weights
        self.residualSumOfSquares = rss
        self.unscaledCovariance = solution.inverseGram()
        self.design = design
    }

    /// The coefficient of the named column, or `nil` if there is none.
    ///
    /// - Parameter name: A design column name.
    /// - Returns: Its estimate.
    public func coefficient(named name: String) -> Double? {
        coefficientNames.firstIndex(of: name).map { coefficients[$0] }
    }

    /// Predictions `Xβ̂` for new rows, e.g. a counterfactual design from
    /// ``DesignMatrix/settingColumns(_:to:)``.
    ///
    /// - Parameter newDesign: Rows with the same column names, in the same order, as the fit.
    /// - Returns: One prediction per row. Its variance is `xᵀVx`
    ///   (``Matrix/quadraticForm(_:)`` with a covariance from ``covariance(_:)``).
    /// - Throws: ``NumericsError/dimensionMismatch(_:)`` if the columns differ.
    /// - Complexity: O(rows × k).
    public func predictions(for newDesign: DesignMatrix) throws(NumericsError) -> [Double] {
        try newDesign.requireSameColumns(as: coefficientNames)
        return try newDesign.matrix.multiplied(by: coefficients)
    }
}
