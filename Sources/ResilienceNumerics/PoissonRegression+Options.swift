extension PoissonRegression {
    /// Settings of the IRLS iteration. The defaults are statsmodels' `GLM.fit()` defaults, so a
    /// fit stops on the same iteration as statsmodels on the same data.
    public struct Options: Sendable, Hashable, Codable {
        /// The most IRLS iterations before ``NumericsError/notConverged(method:iterations:)``
        /// (statsmodels `maxiter=100`; R's `glm.control` uses 25).
        public var maximumIterations: Int
        /// Stop when `|D_prev − D| ≤ absoluteTolerance + relativeTolerance · |D|`, `D` the deviance.
        /// statsmodels 0.15 `_fit_irls`: `atol = tol = 1e-8`, `rtol = 0` — an **absolute** test
        /// on the deviance (`np.allclose(prior, current, atol, rtol)`). R's `glm` instead uses the
        /// relative rule `|ΔD| / (|D| + 0.1) < 1e-8`.
        public var absoluteTolerance: Double
        /// The relative part of the convergence test above (statsmodels `rtol`, default 0).
        public var relativeTolerance: Double
        /// Relative rank tolerance for the weighted design in each iteration (see ``LeastSquares``).
        public var rankTolerance: Double

        /// Creates IRLS settings.
        ///
        /// - Parameters:
        ///   - maximumIterations: At least 1; default 100.
        ///   - absoluteTolerance: Non-negative; default `1e-8`.
        ///   - relativeTolerance: Non-negative; default `0`.
        ///   - rankTolerance: In `[0, 1)`; default ``LeastSquares/defaultRankTolerance``.
        public init(
            maximumIterations: Int = 100, absoluteTolerance: Double = 1e-8,
            relativeTolerance: Double = 0, rankTolerance: Double = LeastSquares.defaultRankTolerance
        ) {
            self.maximumIterations = maximumIterations
            self.absoluteTolerance = absoluteTolerance
            self.relativeTolerance = relativeTolerance
            self.rankTolerance = rankTolerance
        }

        func validate() throws(NumericsError) {
            guard maximumIterations >= 1 else {
                throw .invalidParameter(
                    name: "maximumIterations", value: Double(maximumIterations), requirement: "at least 1")
            }
            guard absoluteTolerance >= 0, absoluteTolerance.isFinite else {
                throw .invalidParameter(
                    name: "absoluteTolerance", value: absoluteTolerance, requirement: "finite and non-negative")
            }
            guard relativeTolerance >= 0, relativeTolerance.isFinite else {
                throw .invalidParameter(
                    name: "relativeTolerance", value: relativeTolerance, requirement: "finite and non-negative")
            }
            guard rankTolerance >= 0, rankTolerance < 1 else {
                throw .invalidParameter(name: "rankTolerance", value: rankTolerance, requirement: "in [0, 1)")
            }
        }
    }

    /// Reusable scratch memory for IRLS, so that fitting thousands of small models (one per
    /// area and service) allocates only the arrays each result keeps.
    ///
    /// Create one per thread and pass it `inout` to
    /// ``PoissonRegression/init(counts:design:offset:priorWeights:options:workspace:)``; it
    /// grows to the largest `n × (k + 4)` it has seen and is then reused without allocating.
    public struct Workspace: Sendable {
        var storage: [Double] = []

        /// Creates an empty workspace; it sizes itself on first use.
        public init() {}

        /// Makes room for `count` doubles, allocating only if the current storage is smaller.
        mutating func reserve(_ count: Int) {
            if storage.count < count { storage = [Double](repeating: 0, count: count) }
        }
    }
}
