import Testing

@testable import ResilienceNumerics

/// Reference values from statsmodels 0.15.0 / numpy 2.4.6 (Python 3.11, venv outside the
/// package), produced by this script; the numbers below are pasted from its output:
///
/// ```python
/// import numpy as np, statsmodels.api as sm
/// np.set_printoptions(precision=17)
/// # Fixed data (typed literally in the Swift test).
/// y  = np.array([3.1, 4.0, 5.2, 4.8, 6.9, 7.1, 8.4, 7.7, 9.9, 10.2, 12.5, 11.1])
/// x1 = np.array([1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0])
/// x2 = np.array([0.5, -1.0, 2.0, 0.0, 1.5, -0.5, 3.0, -2.0, 1.0, 0.5, 2.5, -1.5])
/// g  = np.array([1, 1, 1, 2, 2, 2, 2, 3, 3, 4, 4, 4])
/// w  = np.array([1.0, 2.0, 1.5, 1.0, 0.5, 2.0, 1.0, 3.0, 1.0, 2.0, 1.0, 0.5])
/// X = np.column_stack([np.ones(12), x1, x2])
/// def show(tag, r):
///     print(tag, "params", repr(r.params)); print(tag, "bse", repr(r.bse)); print(tag, "tvalues", repr(r.tvalues))
/// base = sm.OLS(y, X).fit()
/// print("ssr", repr(base.ssr), "scale", repr(base.scale), "df_resid", base.df_resid)
/// print("resid", repr(base.resid))
/// show("nonrobust", base)
/// show("HC1", sm.OLS(y, X).fit(cov_type="HC1"))
/// cl = sm.OLS(y, X).fit(cov_type="cluster", cov_kwds={"groups": g})
/// show("cluster", cl); print("cluster df_resid_inference", getattr(cl, "df_resid_inference", None), "use_t", cl.use_t)
/// hac = sm.OLS(y, X).fit(cov_type="HAC", cov_kwds={"maxlags": 2})
/// show("HAC2", hac); print("HAC use_t", hac.use_t, hac.cov_kwds.get("use_correction"))
/// print("HAC2 cov", repr(hac.cov_params()))
/// ws = sm.WLS(y, X, weights=w)
/// show("WLS nonrobust", ws.fit()); print("WLS ssr", repr(ws.fit().ssr))
/// show("WLS HC1", ws.fit(cov_type="HC1"))
/// show("WLS cluster", ws.fit(cov_type="cluster", cov_kwds={"groups": g}))
/// # hand case
/// hy = np.array([1.0, 3.0, 2.0, 5.0]); hx = np.column_stack([np.ones(4), [0.0, 1, 2, 3]])
/// h = sm.OLS(hy, hx).fit(); print("hand", h.params, h.bse**2, h.ssr)
/// ```
@Suite("Linear regression against statsmodels")
struct LinearRegressionTests {
    static let y: [Double] = [3.1, 4.0, 5.2, 4.8, 6.9, 7.1, 8.4, 7.7, 9.9, 10.2, 12.5, 11.1]
    static let x1: [Double] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
    static let x2: [Double] = [0.5, -1.0, 2.0, 0.0, 1.5, -0.5, 3.0, -2.0, 1.0, 0.5, 2.5, -1.5]
    static let clusters = [1, 1, 1, 2, 2, 2, 2, 3, 3, 4, 4, 4]
    static let weights: [Double] = [1.0, 2.0, 1.5, 1.0, 0.5, 2.0, 1.0, 3.0, 1.0, 2.0, 1.0, 0.5]

    static func design() throws -> DesignMatrix {
        try DesignMatrix(columns: [("intercept", Array(repeating: 1, count: 12)), ("x1", x1), ("x2", x2)])
    }

    static let olsCoefficients = [2.1726210164747766, 0.8034285350804655, 0.36018701100438877]
    static let wlsCoefficients = [2.3072743519991628, 0.7850818285898213, 0.3481905950412987]

    @Test("OLS coefficients, residuals and σ²")
    func ordinaryFit() throws {
        let fit = try LinearRegression(response: Self.y, design: Self.design())
        expectClose(fit.coefficients, Self.olsCoefficients)
        expectClose(fit.residualSumOfSquares, 1.4968200178105713)
        expectClose(fit.residualVariance, 0.1663133353122857)
        #expect(fit.residualDegreesOfFreedom == 9)
        expectClose(Array(fit.residuals.prefix(3)), [-0.05614305705743616, 0.5807089243686812, -0.1032806437249505])
        expectClose(fit.residuals[11], -0.1734829209337807)
        #expect(fit.coefficient(named: "x2") == fit.coefficients[2])
    }

    /// Each estimator's standard errors, t statistics and reference distribution.
    @Test(
        "OLS standard errors by covariance estimator",
        arguments: [
            (
                LinearRegression.CovarianceEstimator.conventional,
                [0.25485484949865467, 0.03411299065702316, 0.07778958724754861],
                [8.524934961012956, 23.551981799492452, 4.630272813483007],
                ReferenceDistribution.studentT(degreesOfFreedom: 9)
            ),
            (
                .hc1,
                [0.2879143919053556, 0.03477884667781136, 0.0864949899361346],
                [7.54606604448231, 23.10106894927734, 4.164252880662111],
                .studentT(degreesOfFreedom: 9)
            ),
            (
                .clustered(by: clusters),
                [0.2192662648469512, 0.02164338657189774, 0.10111932175519614],
                [9.90859682856948, 37.12120247039598, 3.561999870572511],
                .studentT(degreesOfFreedom: 3)
            ),
            (
                .neweyWest(maximumLag: 2),
                [0.17412623790525902, 0.02077311092764516, 0.0745268558676265],
                [12.477275352706384, 38.67637051950901, 4.832982779310422],
                .studentT(degreesOfFreedom: 9)
            ),
        ])
    func ordinaryStandardErrors(
        estimator: LinearRegression.CovarianceEstimator, standardErrors: [Double],
        statistics: [Double], reference: ReferenceDistribution
    ) throws {
        let fit = try LinearRegression(response: Self.y, design: Self.design())
        expectClose(try fit.standardErrors(estimator), standardErrors)
        let table = try fit.coefficientEstimates(estimator)
        expectClose(table.compactMap(\.statistic), statistics)
        #expect(table.map(\.name) == ["intercept", "x1", "x2"])
        #expect(table.allSatisfy { $0.reference == reference })
    }

    @Test("Newey–West full covariance matrix (maxlags 2, no small-sample factor)")
    func neweyWestMatrix() throws {
        let fit = try LinearRegression(response: Self.y, design: Self.design())
        let expected = [
            0.03031994672703886, -0.00341088688708694, -0.00939340829132743,
            -0.00341088688708694, 0.00043152213761225, 0.00121092319367462,
            -0.00939340829132743, 0.00121092319367462, 0.00555425224551397,
        ]
        // The printed matrix has 17 decimals, so ~1e-14 absolute; 1e-7 relative is ample.
        expectClose(try fit.covariance(.neweyWest(maximumLag: 2)).elements, expected)
    }

    @Test(
        "WLS coefficients and standard errors",
        arguments: [
            (
                LinearRegression.CovarianceEstimator.conventional,
                [0.25292537578776497, 0.0354829711531443, 0.07356510865480874]
            ),
            (.hc1, [0.2998390201096733, 0.03882367007290208, 0.07836098212121033]),
            (.clustered(by: clusters), [0.19325654634818903, 0.02426709411819677, 0.09666892860388827]),
        ])
    func weightedFit(estimator: LinearRegression.CovarianceEstimator, standardErrors: [Double]) throws {
        let fit = try LinearRegression(response: Self.y, design: Self.design(), weights: Self.weights)
        expectClose(fit.coefficients, Self.wlsCoefficients)
        expectClose(fit.residualSumOfSquares, 1.923972850384896)
        expectClose(try fit.standardErrors(estimator), standardErrors)
    }

    /// The hand-solved line of `LeastSquaresTests`: σ² = 2.7/2 = 1.35,
    /// Var(intercept) = 1.35·0.7 = 0.945, Var(slope) = 1.35·0.2 = 0.27.
    @Test("conventional covariance of a hand-solved line")
    func handCovariance() throws {
        let design = try DesignMatrix(columns: [("intercept", [1, 1, 1, 1]), ("x", [0, 1, 2, 3])])
        let fit = try LinearRegression(response: [1, 3, 2, 5], design: design)
        expectClose(fit.residualVariance, 1.35, relativeTolerance: Approximate.exactTolerance)
        expectClose(try fit.covariance().diagonal, [0.945, 0.27], relativeTolerance: Approximate.exactTolerance)
        expectClose(fit.fittedValues, [1.1, 2.2, 3.3, 4.4], relativeTolerance: Approximate.exactTolerance)
        // Prediction at x = 10: 1.1 + 1.1·10 = 12.1; its variance xᵀVx = 1.35·(0.7 − 6 + 20) = 19.845.
        let newRow = try DesignMatrix(columns: [("intercept", [1]), ("x", [10])])
        expectClose(try fit.predictions(for: newRow), [12.1], relativeTolerance: Approximate.exactTolerance)
        expectClose(try fit.covariance().quadraticForm([1, 10]), 19.845, relativeTolerance: Approximate.exactTolerance)
    }

    @Test("a perfect fit reports zero standard errors and no statistic")
    func perfectFit() throws {
        let design = try DesignMatrix(columns: [("intercept", [1, 1, 1]), ("x", [0, 1, 2])])
        let fit = try LinearRegression(response: [1, 3, 5], design: design)
        let table = try fit.coefficientEstimates()
        #expect(table.allSatisfy { $0.statistic == nil && $0.standardError == 0 })
    }

    @Test("covariance inputs are checked")
    func covarianceInputErrors() throws {
        let fit = try LinearRegression(response: Self.y, design: Self.design())
        #expect(
            throws: NumericsError.invalidParameter(
                name: "clusters", value: 1,
                requirement: "at least 2 distinct cluster labels for a cluster-robust covariance")
        ) {
            try fit.covariance(.clustered(by: Array(repeating: 7, count: 12)))
        }
        #expect(throws: NumericsError.dimensionMismatch("clusters has 2 labels but the model has 12 observations")) {
            try fit.covariance(.clustered(by: [1, 2]))
        }
        #expect(throws: NumericsError.invalidParameter(name: "maximumLag", value: -1, requirement: "zero or more")) {
            try fit.covariance(.neweyWest(maximumLag: -1))
        }
    }

    /// Lags past n − 1 add nothing, so a huge lag is accepted (no overflow) and only changes the
    /// Bartlett weights, which tend to 1: the standard errors must still be finite numbers.
    @Test("a huge Newey–West lag neither traps nor yields NaN")
    func hugeLag() throws {
        let fit = try LinearRegression(response: Self.y, design: Self.design())
        let errors = try fit.standardErrors(.neweyWest(maximumLag: Int.max))
        #expect(errors.allSatisfy { $0.isFinite })
    }

    @Test("cluster labels need not be compact")
    func sparseClusterLabels() throws {
        let fit = try LinearRegression(response: Self.y, design: Self.design())
        let sparse = Self.clusters.map { $0 == 4 ? Int.max : $0 * -1_000_003 }
        expectClose(
            try fit.standardErrors(.clustered(by: sparse)),
            try fit.standardErrors(.clustered(by: Self.clusters)), relativeTolerance: Approximate.exactTolerance)
    }

    @Test("n must exceed k, and prediction needs the fitted columns")
    func shapeErrors() throws {
        let square = try DesignMatrix(columns: [("intercept", [1, 1]), ("x", [0, 1])])
        #expect(throws: NumericsError.insufficientData(observations: 2, parameters: 2)) {
            try LinearRegression(response: [1, 2], design: square)
        }
        let fit = try LinearRegression(response: Self.y, design: Self.design())
        let other = try DesignMatrix(columns: [("intercept", [1]), ("x2", [1]), ("x1", [1])])
        #expect(throws: NumericsError.self) { try fit.predictions(for: other) }
    }
}
