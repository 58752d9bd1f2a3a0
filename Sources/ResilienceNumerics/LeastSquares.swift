/// The (weighted) linear least-squares solution `b = argmin ‖W^½ (y − X b)‖₂`, computed by
/// Householder QR without ever forming `XᵀX`.
///
/// The factorisation runs over 256-row chunks: each chunk is stacked under the current
/// triangular factor of `[X | y]` and re-triangularised, so only `(k + 1)² + 256·(k + 1)`
/// doubles are touched at a time and stay in cache, whatever `n` is (sequential or "updating"
/// QR; Golub & Van Loan, *Matrix Computations*, 4th ed., §6.5.1; Björck, *Numerical Methods for
/// Least Squares Problems*, §2.4.6). The augmented column gives `Qᵀy` and the residual norm.
///
/// **Rank.** Columns are not pivoted, so `|R[j, j]|` is the norm of column `j` after removing
/// its projection on columns `0..<j`. Column `j` is declared a linear combination of earlier
/// columns when `|R[j, j]| ≤ rankTolerance · ‖x_j‖₂` (both weighted), the relative rule of R's
/// `lm` (LINPACK `dqrdc2`, default `tol = 1e-7`). R then drops the column and reports `NA`;
/// here the fit stops with ``NumericsError/rankDeficient(column:index:)`` naming it, because
/// an analyst must decide which term to remove.
public struct LeastSquares: Sendable, Hashable {
    /// The default relative rank tolerance, `1e-7`, as in R's `lm` / `lm.fit`.
    public static let defaultRankTolerance = 1e-7

    /// The minimising coefficients, one per design column.
    public let coefficients: [Double]
    /// The upper-triangular `k × k` factor `R` with `RᵀR = XᵀWX` (diagonal signs arbitrary).
    public let rFactor: Matrix
    /// `‖W^½ (y − X b)‖²`, read off the factorisation of the augmented matrix.
    public let residualSumOfSquares: Double

    /// Solves the least-squares problem for a design and a response.
    ///
    /// - Parameters:
    ///   - design: The regressors, `n × k` with `n ≥ k`.
    ///   - response: `n` finite values of `y`.
    ///   - weights: Optional `n` positive, finite weights `w` (weighted least squares: each row
    ///     is multiplied by `√w`, as statsmodels `WLS` does). `nil` means all ones.
    ///   - rankTolerance: The relative tolerance of the rank test above, in `[0, 1)`.
    /// - Throws: ``NumericsError/dimensionMismatch(_:)`` for lengths that disagree;
    ///   ``NumericsError/nonFinite(field:index:)`` for a NaN or infinite response or weight;
    ///   ``NumericsError/invalidParameter(name:value:requirement:)`` for a non-positive weight,
    ///   a bad tolerance or a column too large to square; ``NumericsError/insufficientData(observations:parameters:)``
    ///   if `n < k`; ``NumericsError/rankDeficient(column:index:)`` naming the first dependent
    ///   column.
    /// - Complexity: O(n k²) time, O(k² + 256 k) extra memory.
    public init(
        design: DesignMatrix, response: [Double], weights: [Double]? = nil,
        rankTolerance: Double = LeastSquares.defaultRankTolerance
    ) throws(NumericsError) {
        let n = design.rowCount
        let k = design.columnCount
        try Self.validate(response: response, weights: weights, rows: n, rankTolerance: rankTolerance)
        guard n >= k else { throw .insufficientData(observations: n, parameters: k) }

        let width = k + 1
        let chunk = min(256, max(n, 1))
        let ld = width + chunk
        var buffer = [Double](repeating: 0, count: ld * width)
        var squaredNorms = [Double](repeating: 0, count: k)
        var rootWeights = [Double](repeating: 1, count: chunk)
        var solution = [Double](repeating: 0, count: k)

        design.matrix.elements.withUnsafeBufferPointer { xBuffer in
            response.withUnsafeBufferPointer { yBuffer in
                buffer.withUnsafeMutableBufferPointer { aBuffer in
                    rootWeights.withUnsafeMutableBufferPointer { swBuffer in
                        squaredNorms.withUnsafeMutableBufferPointer { normBuffer in
                            guard let x = xBuffer.baseAddress, let y = yBuffer.baseAddress,
                                let a = aBuffer.baseAddress, let sw = swBuffer.baseAddress,
                                let norms = normBuffer.baseAddress
                            else { return }
                            var start = 0
                            while start < n {
                                let rowsInChunk = min(chunk, n - start)
                                if let weights {
                                    for i in 0..<rowsInChunk { sw[i] = weights[start + i].squareRoot() }
                                }
                                // Chunk rows go below the (width × width) triangle of the rows so far.
                                for j in 0...k {
                                    let source = j < k ? x + (j * n + start) : y + start
                                    let target = a + (j * ld + width)
                                    for i in 0..<rowsInChunk { target[i] = sw[i] * source[i] }
                                    if j < k {
                                        norms[j] += Householder.sumOfSquares(target, rowsInChunk)
                                    }
                                }
                                Householder.triangularize(
                                    a, rows: width + rowsInChunk, columns: width,
                                    leadingDimension: ld, reflectors: width)
                                // The reflectors' tails left below the triangle are not part of R.
                                for j in 0..<width {
                                    for i in (j + 1)..<width { a[j * ld + i] = 0 }
                                }
                                start += rowsInChunk
                            }
                            for j in 0..<k { norms[j] = norms[j].squareRoot() }
                        }
                    }
                }
            }
        }
        try Self.checkRank(
            buffer: buffer, leadingDimension: ld, norms: squaredNorms, design: design,
            tolerance: rankTolerance)
        buffer.withUnsafeBufferPointer { a in
            solution.withUnsafeMutableBufferPointer { b in
                guard let r = a.baseAddress, let out = b.baseAddress else { return }
                Householder.solveUpperTriangular(
                    r, leadingDimension: ld, size: k, rightHandSide: r + k * ld, solution: out)
            }
        }
        // Finite inputs can still overflow (|y| near 1e154 squares to infinity); never hand back NaN.
        if let bad = solution.firstIndex(where: { !$0.isFinite }) {
            throw .invalidParameter(
                name: "coefficients[\(bad)] (\(design.columnNames[bad]))", value: solution[bad],
                requirement: "finite; rescale the response or the design so their squares are representable")
        }
        let residualNorm = buffer[k * ld + k]
        guard (residualNorm * residualNorm).isFinite else {
            throw .invalidParameter(
                name: "response", value: residualNorm,
                requirement: "small enough that its sum of squares is finite (|y| well below 1e150)")
        }
        var rElements = [Double](repeating: 0, count: k * k)
        for j in 0..<k {
            for i in 0...j { rElements[j * k + i] = buffer[j * ld + i] }
        }
        self.coefficients = solution
        self.rFactor = Matrix(uncheckedRows: k, columns: k, elements: rElements)
        self.residualSumOfSquares = residualNorm * residualNorm
    }

    /// `(XᵀWX)⁻¹ = R⁻¹R⁻ᵀ`, the unscaled ("normalised") covariance of the coefficients.
    ///
    /// Multiplying by `σ²` gives the conventional OLS covariance (Wooldridge, *Introductory
    /// Econometrics*, §3.4 and appendix E); it is also the bread of every sandwich estimator.
    ///
    /// - Returns: A symmetric `k × k` matrix.
    /// - Complexity: O(k³).
    public func inverseGram() -> Matrix {
        Self.inverseGram(ofUpperTriangle: rFactor.elements, size: rFactor.columns)
    }

    static func inverseGram(ofUpperTriangle r: [Double], size k: Int) -> Matrix {
        var scratch = [Double](repeating: 0, count: k * k)
        var out = [Double](repeating: 0, count: k * k)
        r.withUnsafeBufferPointer { rb in
            scratch.withUnsafeMutableBufferPointer { sb in
                out.withUnsafeMutableBufferPointer { ob in
                    guard let rp = rb.baseAddress, let sp = sb.baseAddress, let op = ob.baseAddress
                    else { return }
                    Householder.inverseGram(rp, leadingDimension: k, size: k, scratch: sp, into: op)
                }
            }
        }
        return Matrix(uncheckedRows: k, columns: k, elements: out)
    }

    static func validate(
        response: [Double], weights: [Double]?, rows n: Int, rankTolerance: Double
    ) throws(NumericsError) {
        guard response.count == n else {
            throw .dimensionMismatch("response has \(response.count) values but the design has \(n) rows")
        }
        if let index = response.firstIndex(where: { !$0.isFinite }) {
            throw .nonFinite(field: "response", index: index)
        }
        if let weights {
            guard weights.count == n else {
                throw .dimensionMismatch("weights has \(weights.count) values but the design has \(n) rows")
            }
            for (index, weight) in weights.enumerated() {
                guard weight.isFinite else { throw .nonFinite(field: "weights", index: index) }
                guard weight > 0 else {
                    throw .invalidParameter(name: "weights[\(index)]", value: weight, requirement: "positive")
                }
            }
        }
        guard rankTolerance >= 0, rankTolerance < 1 else {
            throw .invalidParameter(name: "rankTolerance", value: rankTolerance, requirement: "in [0, 1)")
        }
    }

    /// Throws if a column's norm overflowed or the triangle shows a dependent column.
    static func checkRank(
        buffer: [Double], leadingDimension ld: Int, norms: [Double], design: DesignMatrix,
        tolerance: Double
    ) throws(NumericsError) {
        for (j, norm) in norms.enumerated() where !norm.isFinite {
            throw .invalidParameter(
                name: "design column '\(design.columnNames[j])'", value: norm,
                requirement: "small enough that its sum of squares is finite (|x| well below 1e150)")
        }
        let dependent = buffer.withUnsafeBufferPointer { a in
            norms.withUnsafeBufferPointer { nb -> Int? in
                guard let r = a.baseAddress, let np = nb.baseAddress else { return 0 }
                return Householder.firstDependentColumn(
                    r, leadingDimension: ld, size: norms.count, columnNorms: np, tolerance: tolerance)
            }
        }
        if let dependent {
            throw .rankDeficient(column: design.columnNames[dependent], index: dependent)
        }
    }
}
