import Testing

@testable import ResilienceNumerics

/// Reference values from statsmodels 0.15.0 / numpy 2.4.6 (Python 3.11, venv outside the
/// package), produced by this script (stderr, a statsmodels warning about `var_weights` with
/// robust covariances, discarded — the last lines re-derive those by hand and agree); the
/// numbers below are pasted from its output:
///
/// ```python
/// import numpy as np, statsmodels.api as sm
/// np.set_printoptions(precision=17, linewidth=150)
/// # Fixed data (typed literally in the Swift test): 24 months, intervention at month 13.
/// counts = np.array([52, 61, 48, 57, 66, 59, 71, 63, 58, 74, 69, 80,
///                    60, 55, 67, 52, 58, 49, 61, 54, 47, 56, 50, 45], dtype=float)
/// population = np.array([10200, 10230, 10250, 10290, 10310, 10350, 10380, 10400, 10430, 10470, 10490, 10520,
///                        10560, 10580, 10610, 10650, 10680, 10700, 10730, 10770, 10800, 10820, 10850, 10890], dtype=float)
/// t = np.arange(1, 25, dtype=float)
/// post = (t >= 13).astype(float)
/// tpost = np.where(t >= 13, t - 12, 0.0)
/// X = np.column_stack([np.ones(24), t, post, tpost])
/// off = np.log(population)
/// clusters = (np.arange(24) % 6) + 1   # six interleaved clusters of four months
/// weights = np.array([1.0, 2.0, 1.0, 0.5, 1.0, 1.5] * 4)
/// def show(tag, r):
///     print(tag, "params", repr(r.params)); print(tag, "bse", repr(r.bse))
/// m = sm.GLM(counts, X, family=sm.families.Poisson(), offset=off)
/// r = m.fit()
/// show("poisson", r)
/// print("deviance", repr(r.deviance), "pearson", repr(r.pearson_chi2), "llf", repr(r.llf), "iterations", r.fit_history["iteration"], "df_resid", r.df_resid)
/// print("cov", repr(r.cov_params()))
/// q = m.fit(scale="X2")
/// show("quasi", q); print("quasi scale", repr(q.scale), "iterations", q.fit_history["iteration"])
/// h0 = m.fit(cov_type="HC0"); show("HC0", h0)
/// h1 = m.fit(cov_type="HC1"); show("sm-HC1", h1)
/// c = m.fit(cov_type="cluster", cov_kwds={"groups": clusters}); show("cluster", c)
/// # counterfactual: intervention terms set to zero, months 13..24
/// Xcf = X.copy(); Xcf[:, 2] = 0; Xcf[:, 3] = 0
/// print("counterfactual mu", repr(r.predict(Xcf[12:], offset=off[12:])))
/// print("fitted mu[0], mu[23]", repr(r.fittedvalues[0]), repr(r.fittedvalues[23]))
/// # prior (variance) weights
/// mw = sm.GLM(counts, X, family=sm.families.Poisson(), offset=off, var_weights=weights)
/// rw = mw.fit(); show("weighted", rw)
/// print("weighted deviance", repr(rw.deviance), "pearson", repr(rw.pearson_chi2), "iterations", rw.fit_history["iteration"])
/// show("weighted HC0", mw.fit(cov_type="HC0"))
/// show("weighted cluster", mw.fit(cov_type="cluster", cov_kwds={"groups": clusters}))
/// # no offset
/// r0 = sm.GLM(counts, X, family=sm.families.Poisson()).fit(); show("nooffset", r0); print("nooffset deviance", repr(r0.deviance))
/// # Independent check of the weighted sandwich (statsmodels warns var_weights + cov_type is not fully supported):
/// mu = rw.fittedvalues; B = np.linalg.inv(X.T @ (X * (weights * mu)[:, None])); s = X * (weights * (counts - mu))[:, None]
/// print("manual weighted HC0 bse", repr(np.sqrt(np.diag(B @ (s.T @ s) @ B))))
/// S = np.array([s[clusters == k].sum(0) for k in range(1, 7)]); G = 6; n, p = X.shape
/// print("manual weighted cluster bse", repr(np.sqrt(np.diag(B @ (S.T @ S) @ B) * G / (G - 1) * (n - 1) / (n - p))))
/// mu = r.fittedvalues; B = np.linalg.inv(X.T @ (X * mu[:, None])); s = X * (counts - mu)[:, None]
/// print("manual HC1 bse (R sandwich HC1)", repr(np.sqrt(np.diag(B @ (s.T @ s) @ B) * n / (n - p))))
/// ```
@Suite("Poisson regression against statsmodels")
struct PoissonRegressionTests {
    static let counts: [Double] = [
        52, 61, 48, 57, 66, 59, 71, 63, 58, 74, 69, 80,
        60, 55, 67, 52, 58, 49, 61, 54, 47, 56, 50, 45,
    ]
    static let population: [Double] = [
        10200, 10230, 10250, 10290, 10310, 10350, 10380, 10400, 10430, 10470, 10490, 10520,
        10560, 10580, 10610, 10650, 10680, 10700, 10730, 10770, 10800, 10820, 10850, 10890,
    ]
    static let clusters = (0..<24).map { $0 % 6 + 1 }
    static let weights: [Double] = Array(repeating: [1.0, 2.0, 1.0, 0.5, 1.0, 1.5], count: 4).flatMap { $0 }

    /// Segmented regression: intercept, month t, post = [t ≥ 13], months since = (t − 12)·post.
    static func design() throws -> DesignMatrix {
        let t = (1...24).map(Double.init)
        return try DesignMatrix(columns: [
            ("intercept", Array(repeating: 1, count: 24)),
            ("month", t),
            ("post", t.map { $0 >= 13 ? 1 : 0 }),
            ("monthsSinceStart", t.map { $0 >= 13 ? $0 - 12 : 0 }),
        ])
    }

    static func fit() throws -> PoissonRegression {
        try PoissonRegression(
            counts: counts, design: design(), offset: PoissonRegression.logOffset(population: population))
    }

    static let coefficients = [-5.292999044243201, 0.028794277183986, -0.1881172900837007, -0.0516288675228004]

    @Test("coefficients, deviance, Pearson χ², log-likelihood and iterations")
    func poissonFit() throws {
        let fit = try Self.fit()
        expectClose(fit.coefficients, Self.coefficients)
        expectClose(fit.deviance, 10.974886790897342)
        expectClose(fit.pearsonChiSquared, 10.97172831289085)
        expectClose(fit.logLikelihood, -76.34366425935144)
        expectClose(fit.dispersion, 0.5485864156445398)
        #expect(fit.iterations == 4)
        #expect(fit.residualDegreesOfFreedom == 20)
        expectClose(fit.fittedMeans[0], 52.76975645622425)
        expectClose(fit.fittedMeans[23], 48.7156397717126)
        // η̂ = Xβ̂ + log(population): the first month is β₀ + β₁ + log(10200).
        expectClose(fit.linearPredictor[0], -5.292999044243201 + 0.028794277183986 + 9.230142999272362)
    }

    @Test("model-based covariance matrix")
    func modelBasedCovariance() throws {
        let expected = [
            0.00659174020599236, -0.00076679567845786, 0.00260980793550195, 0.00076679567845786,
            -0.00076679567845786, 0.00011151786728023, -0.00057141872890488, -0.00011151786728023,
            0.00260980793550195, -0.00057141872890488, 0.01082150412903206, -0.00023434046663924,
            0.00076679567845786, -0.00011151786728023, -0.00023434046663924, 0.00024020321865593,
        ]
        expectClose(try Self.fit().covariance(.modelBased).elements, expected)
    }

    /// HC1 is not in statsmodels' GLM (its 'HC1' equals HC0); the last line of the script
    /// computes R `sandwich::vcovHC(type = "HC1")`'s n/(n − p) version by hand.
    @Test(
        "standard errors by covariance estimator",
        arguments: [
            (
                PoissonRegression.CovarianceEstimator.modelBased,
                [0.08118953261346172, 0.0105602020473203, 0.10402645879309771, 0.01549849085091624],
                ReferenceDistribution.standardNormal
            ),
            (
                .quasiPoisson,
                [0.06013434237174341, 0.00782158469192311, 0.07704888164104655, 0.01147920828065658],
                .studentT(degreesOfFreedom: 20)
            ),
            (
                .hc0,
                [0.05484634716096925, 0.00679556216977485, 0.06497742083867687, 0.00925747783052724],
                .standardNormal
            ),
            (
                .hc1,
                [0.06008116307364501, 0.00744416538262895, 0.07117919824369935, 0.01014105886676755],
                .standardNormal
            ),
            (
                .clustered(by: clusters),
                [0.06461987887216741, 0.00730980590287391, 0.08630246224056877, 0.01360042259631433],
                .studentT(degreesOfFreedom: 5)
            ),
        ])
    func standardErrors(
        estimator: PoissonRegression.CovarianceEstimator, expected: [Double], reference: ReferenceDistribution
    ) throws {
        let fit = try Self.fit()
        expectClose(try fit.standardErrors(estimator), expected)
        let table = try fit.coefficientEstimates(estimator)
        #expect(table.allSatisfy { $0.reference == reference })
        expectClose(table.compactMap(\.statistic), zip(Self.coefficients, expected).map { $0 / $1 })
    }

    @Test("counterfactual means with the intervention terms set to zero (months 13–24)")
    func counterfactual() throws {
        let fit = try Self.fit()
        let design = try Self.design()
        let afterRows = try DesignMatrix(
            columnNames: design.columnNames,
            matrix: Matrix(columns: (0..<4).map { Array(design.matrix.column($0).suffix(12)) }))
        let counterfactual = try afterRows.settingColumns(["post", "monthsSinceStart"], to: 0)
        let offset = try PoissonRegression.logOffset(population: Array(Self.population.suffix(12)))
        let means = try fit.predictedMeans(for: counterfactual, offset: offset)
        expectClose(
            means,
            [
                77.18113920831489, 79.586266116939, 82.14346938727941, 84.86184335436894,
                87.5869295183776, 90.31440445889481, 93.21335988996508, 96.2940248457694,
                99.38311099635021, 102.47579314056665, 105.76183112901982, 109.2527302051358,
            ])
        // The factual prediction for the fitted rows reproduces the fitted means.
        let factual = try fit.predictedMeans(for: afterRows, offset: offset)
        expectClose(factual, Array(fit.fittedMeans.suffix(12)), relativeTolerance: 1e-12)
    }

    @Test(
        "prior weights (statsmodels var_weights)",
        arguments: [
            (
                PoissonRegression.CovarianceEstimator.modelBased,
                [0.07337635186058211, 0.00961519844682629, 0.09544741202356113, 0.01417917583200668]
            ),
            (.hc0, [0.06244335367242293, 0.00783817843158603, 0.06745755832643106, 0.00988683973657213]),
            (
                .clustered(by: clusters),
                [0.0728499088192823, 0.00917108208347854, 0.07231513023294488, 0.01624151036268193]
            ),
        ])
    func priorWeights(estimator: PoissonRegression.CovarianceEstimator, expected: [Double]) throws {
        let fit = try PoissonRegression(
            counts: Self.counts, design: Self.design(),
            offset: PoissonRegression.logOffset(population: Self.population), priorWeights: Self.weights)
        expectClose(
            fit.coefficients, [-5.27173201620879, 0.0262574894642441, -0.18615036969285048, -0.04965737237065332])
        expectClose(fit.deviance, 12.14686024996975)
        expectClose(fit.pearsonChiSquared, 12.162770512306475)
        #expect(fit.iterations == 4)
        expectClose(try fit.standardErrors(estimator), expected)
    }

    @Test("no offset")
    func withoutOffset() throws {
        let fit = try PoissonRegression(counts: Self.counts, design: Self.design())
        expectClose(
            fit.coefficients, [3.9342432829753737, 0.03162775843328015, -0.1877318680622213, -0.05166385047260291])
        expectClose(
            try fit.standardErrors(),
            [0.08118763411977327, 0.01055989332513466, 0.10402570809957455, 0.01549829284890693])
        expectClose(fit.deviance, 10.979251177642897)
    }

    @Test("a reused workspace gives bit-identical fits, whatever it held before")
    func workspaceReuse() throws {
        var workspace = PoissonRegression.Workspace()
        let offset = try PoissonRegression.logOffset(population: Self.population)
        // Dirty the workspace with a larger, different problem first.
        let bigger = try DesignMatrix(columns: [
            ("intercept", Array(repeating: 1, count: 40)), ("x", (0..<40).map { Double($0 % 7) }),
        ])
        _ = try PoissonRegression(counts: (0..<40).map { Double($0 % 5) }, design: bigger, workspace: &workspace)
        let reused = try PoissonRegression(
            counts: Self.counts, design: Self.design(), offset: offset, workspace: &workspace)
        let fresh = try Self.fit()
        #expect(reused.coefficients == fresh.coefficients)
        #expect(reused.unscaledCovariance == fresh.unscaledCovariance)
    }
}
