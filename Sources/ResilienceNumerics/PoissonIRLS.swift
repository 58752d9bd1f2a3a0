#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#else
    import Foundation
#endif

// The Poisson log-link IRLS loop on raw pointers. Everything it touches is either caller data
// (read only) or one workspace block, so after the workspace has grown once the loop performs
// no allocation: per iteration it fills √W·[X | z], triangularises it with the shared Householder
// kernel, back-substitutes, and updates η, μ and the deviance in two passes over n.

enum PoissonIRLS {
    /// Why the loop stopped without a usable answer.
    enum Failure: Error {
        case rankDeficient(column: Int)
        case notConverged(iterations: Int)
    }

    /// What a successful loop leaves behind (coefficients, μ and the covariance go to the
    /// caller's buffers).
    struct Summary {
        var iterations: Int
        var deviance: Double
        var pearsonChiSquared: Double
    }

    /// Doubles of workspace the loop needs for `n` rows and `p` columns.
    static func workspaceSize(rows n: Int, columns p: Int) -> Int { n * (p + 6) + p + p * p }

    /// Runs IRLS for a Poisson GLM with log link, offset and prior (variance) weights.
    ///
    /// Mirrors statsmodels 0.15 `GLM._fit_irls` step by step so that both stop on the same
    /// iteration: μ₀ = (y + ȳ)/2 (unweighted mean, `Family.starting_mu`), η₀ = log μ₀ (the offset
    /// is *not* added to the start); then repeatedly weights wᵢ = πᵢμᵢ, working response
    /// zᵢ = ηᵢ − offsetᵢ + (yᵢ − μᵢ)/μᵢ, β = WLS(z on X, w), η = Xβ + offset, μ = exp η, until the
    /// deviance changes by at most `atol + rtol·|D|`. The covariance left in `covariance` is
    /// (XᵀWX)⁻¹ with the weights of the *last* iteration (computed from the μ before the final
    /// update), as statsmodels' `normalized_cov_params` and R's `summary.glm` both do.
    static func run(
        x: UnsafePointer<Double>, rows n: Int, columns p: Int,
        counts y: UnsafePointer<Double>, offset: UnsafePointer<Double>?,
        priorWeights: UnsafePointer<Double>?, options: PoissonRegression.Options,
        workspace: UnsafeMutablePointer<Double>,
        coefficients beta: UnsafeMutablePointer<Double>, means mu: UnsafeMutablePointer<Double>,
        covariance: UnsafeMutablePointer<Double>
    ) -> Result<Summary, Failure> {
        let a = workspace
        let z = a + n &* p
        let eta = a + n &* (p &+ 1)
        let logY = eta + n
        let root = logY + n
        let norms = root + n
        let scratch = norms + p
        // Absent offsets and weights become explicit zeros and ones, so the loops below carry
        // no optional checks and vectorise.
        let defaults = scratch + p &* p
        let offset = offset ?? UnsafePointer(fill(defaults, n, with: 0))
        let weights = priorWeights ?? UnsafePointer(fill(defaults + n, n, with: 1))

        var sum = 0.0
        for i in 0..<n { sum += y[i] }
        let mean = sum / Double(n)
        for i in 0..<n {
            let start = 0.5 * (y[i] + mean)
            mu[i] = start
            eta[i] = log(start)
            logY[i] = y[i] > 0 ? log(y[i]) : 0
        }
        var previous = deviance(y, logY, eta, mu, weights, n)
        var current = previous
        var iteration = 0
        var converged = false
        while iteration < options.maximumIterations {
            iteration &+= 1
            for i in 0..<n {
                let m = mu[i]
                let r = (weights[i] * m).squareRoot()
                root[i] = r
                z[i] = r * (eta[i] - offset[i] + (y[i] - m) / m)
            }
            for j in 0..<p {
                let source = x + j &* n
                let target = a + j &* n
                for i in 0..<n { target[i] = root[i] * source[i] }
                norms[j] = Householder.sumOfSquares(target, n).squareRoot()
            }
            Householder.triangularize(a, rows: n, columns: p &+ 1, leadingDimension: n, reflectors: p)
            if let column = Householder.firstDependentColumn(
                a, leadingDimension: n, size: p, columnNorms: norms, tolerance: options.rankTolerance)
            {
                return .failure(.rankDeficient(column: column))
            }
            Householder.solveUpperTriangular(a, leadingDimension: n, size: p, rightHandSide: z, solution: beta)
            for i in 0..<n { eta[i] = offset[i] }
            for j in 0..<p { Householder.axpy(beta[j], x + j &* n, eta, n) }
            for i in 0..<n { mu[i] = exp(eta[i]) }
            current = deviance(y, logY, eta, mu, weights, n)
            // μ must stay in (0, ∞): exp underflow or overflow means the iteration is running
            // off to a boundary (e.g. a term that only covers zero counts). A NaN deviance
            // fails the comparison below as well.
            guard current.isFinite, allPositiveAndFinite(mu, n) else {
                return .failure(.notConverged(iterations: iteration))
            }
            if abs(previous - current) <= options.absoluteTolerance + options.relativeTolerance * abs(current) {
                converged = true
                break
            }
            previous = current
        }
        guard converged else { return .failure(.notConverged(iterations: iteration)) }
        Householder.inverseGram(a, leadingDimension: n, size: p, scratch: scratch, into: covariance)
        var pearson = 0.0
        for i in 0..<n {
            let d = y[i] - mu[i]
            pearson += weights[i] * d * d / mu[i]
        }
        return .success(Summary(iterations: iteration, deviance: current, pearsonChiSquared: pearson))
    }

    /// D = 2 Σ πᵢ [yᵢ log(yᵢ/μᵢ) − (yᵢ − μᵢ)], with y log(y/μ) = 0 at y = 0
    /// (McCullagh & Nelder, *Generalized Linear Models*, 2nd ed., §2.3 and table 2.1).
    /// log(y/μ) is computed as log y − η with log y cached, so the loop needs no logarithm.
    @inline(__always)
    static func deviance(
        _ y: UnsafePointer<Double>, _ logY: UnsafePointer<Double>, _ eta: UnsafePointer<Double>,
        _ mu: UnsafePointer<Double>, _ weights: UnsafePointer<Double>, _ n: Int
    ) -> Double {
        var total = 0.0
        for i in 0..<n {
            let yi = y[i]
            let unit = yi > 0 ? yi * (logY[i] - eta[i]) - (yi - mu[i]) : mu[i]
            total += weights[i] * unit
        }
        return 2 * total
    }

    @inline(__always)
    static func fill(_ target: UnsafeMutablePointer<Double>, _ n: Int, with value: Double) -> UnsafeMutablePointer<
        Double
    > {
        for i in 0..<n { target[i] = value }
        return target
    }

    @inline(__always)
    static func allPositiveAndFinite(_ values: UnsafePointer<Double>, _ n: Int) -> Bool {
        var ok = true
        for i in 0..<n { ok = ok && values[i] > 0 && values[i] < .infinity }
        return ok
    }
}
