// The few matrix operations that regression results and the delta method need. These are
// small (k × k) operations; the O(n k²) work of fitting lives in the Householder kernels.

extension Matrix {
    /// The transpose, `Aᵀ`, with `Aᵀ[j, i] = A[i, j]`.
    ///
    /// - Complexity: O(rows × columns).
    public var transposed: Matrix {
        var result = [Double](repeating: 0, count: elements.count)
        for j in 0..<columns {
            for i in 0..<rows { result[i * columns + j] = elements[j * rows + i] }
        }
        return Matrix(uncheckedRows: columns, columns: rows, elements: result)
    }

    /// The matrix product `self × other`.
    ///
    /// - Parameter other: A matrix with as many rows as `self` has columns.
    /// - Returns: The `rows × other.columns` product.
    /// - Throws: ``NumericsError/dimensionMismatch(_:)`` if the inner dimensions differ.
    /// - Complexity: O(rows × columns × other.columns).
    public func multiplied(by other: Matrix) throws(NumericsError) -> Matrix {
        guard columns == other.rows else {
            throw .dimensionMismatch(
                "cannot multiply a \(rows)×\(columns) matrix by a \(other.rows)×\(other.columns) one")
        }
        var result = [Double](repeating: 0, count: rows * other.columns)
        // Column-major "j-k-i" order: the innermost loop is an axpy down contiguous columns.
        for j in 0..<other.columns {
            for k in 0..<columns {
                let factor = other.elements[j * other.rows + k]
                if factor == 0 { continue }
                for i in 0..<rows { result[j * rows + i] += elements[k * rows + i] * factor }
            }
        }
        return Matrix(uncheckedRows: rows, columns: other.columns, elements: result)
    }

    /// The matrix–vector product `self × vector`.
    ///
    /// - Parameter vector: A vector with `columns` elements.
    /// - Returns: The `rows` elements of the product.
    /// - Throws: ``NumericsError/dimensionMismatch(_:)`` if the length is not `columns`.
    /// - Complexity: O(rows × columns).
    public func multiplied(by vector: [Double]) throws(NumericsError) -> [Double] {
        guard vector.count == columns else {
            throw .dimensionMismatch(
                "a \(rows)×\(columns) matrix needs a vector of \(columns) elements, got \(vector.count)")
        }
        var result = [Double](repeating: 0, count: rows)
        for k in 0..<columns where vector[k] != 0 {
            for i in 0..<rows { result[i] += elements[k * rows + i] * vector[k] }
        }
        return result
    }

    /// Every element multiplied by `factor`.
    ///
    /// - Parameter factor: The scalar multiplier.
    /// - Returns: `factor × self`.
    public func scaled(by factor: Double) -> Matrix {
        Matrix(uncheckedRows: rows, columns: columns, elements: elements.map { $0 * factor })
    }

    /// The quadratic form `gᵀ A g` of a square matrix.
    ///
    /// With `A` a coefficient covariance and `g` the gradient of a smooth function of the
    /// coefficients, this is the delta-method variance of that function
    /// (Wooldridge, *Introductory Econometrics*, appendix E; Casella & Berger §5.5.4). For a
    /// linear predictor `xᵀβ`, `g = x` gives the variance of the prediction.
    ///
    /// - Parameter vector: The vector `g`, with `columns` elements.
    /// - Returns: `Σᵢ Σⱼ gᵢ Aᵢⱼ gⱼ`.
    /// - Throws: ``NumericsError/dimensionMismatch(_:)`` if the matrix is not square or the
    ///   vector has the wrong length.
    /// - Complexity: O(columns²).
    public func quadraticForm(_ vector: [Double]) throws(NumericsError) -> Double {
        guard rows == columns else {
            throw .dimensionMismatch("a quadratic form needs a square matrix, got \(rows)×\(columns)")
        }
        guard vector.count == columns else {
            throw .dimensionMismatch(
                "a \(rows)×\(columns) matrix needs a vector of \(columns) elements, got \(vector.count)")
        }
        var total = 0.0
        for j in 0..<columns where vector[j] != 0 {
            var inner = 0.0
            for i in 0..<rows { inner += vector[i] * elements[j * rows + i] }
            total += inner * vector[j]
        }
        return total
    }
}
