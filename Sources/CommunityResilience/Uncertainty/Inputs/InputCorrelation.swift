/// Correlation between uncertain inputs, induced by a Gaussian copula.
///
/// Inputs often move together: when one unit cost is underestimated, others from the same source
/// probably are too. Listing such inputs with a correlation matrix makes their draws dependent
/// while each keeps its own distribution:
///
/// 1. draw independent standard normals ε (one per input in the group, from the group's stream);
/// 2. correlate them, z = Lε, with L the lower Cholesky factor of the matrix R (so Cov z = R);
/// 3. turn each score into the input's value, x = F⁻¹(Φ(z)) (μ + σz for a normal input,
///    e^(μ + σz) for a log-normal one).
///
/// This is the normal-to-anything (NORTA) construction: M. C. Cario and B. L. Nelson (1997),
/// "Modeling and generating random vectors with arbitrary marginal distributions and correlation
/// matrix", Northwestern University technical report; also Vose (2008) §13.3. The matrix is the
/// correlation of the normal scores; the Spearman rank correlation of the inputs is
/// (6/π)·arcsin(ρ/2), within 0.02 of ρ, and the Pearson correlation of non-normal inputs can be
/// somewhat smaller. Correlated draws use the quantile function, which for beta and PERT inputs
/// costs an iterative inversion (a few microseconds a draw).
///
/// The matrix must be square with one row per input, symmetric (to within 10⁻¹²), with ones on the
/// diagonal, entries in [−1, 1], and positive definite (its Cholesky factorisation must succeed
/// with every pivot above 10⁻¹⁰): a set of correlations that no random vector can have, such as
/// ρ₁₂ = ρ₁₃ = 0.9 with ρ₂₃ = −0.9, is rejected.
public struct InputCorrelation: Hashable, Sendable, Codable {
    /// The correlated inputs, each the target of one of the analysis's inputs.
    public var inputs: [UncertainInput.Target]
    /// The correlation matrix of their normal scores, row `i` for `inputs[i]`.
    public var matrix: [[Double]]

    /// Creates a correlation group.
    ///
    /// - Parameters:
    ///   - inputs: The targets of the correlated inputs.
    ///   - matrix: Their correlation matrix.
    public init(_ inputs: [UncertainInput.Target], matrix: [[Double]]) {
        self.inputs = inputs
        self.matrix = matrix
    }

    /// Two inputs with correlation `coefficient`.
    ///
    /// - Parameters:
    ///   - first: One input's target.
    ///   - second: The other's.
    ///   - coefficient: The correlation of their normal scores, in [−1, 1] (±1 is rejected as not
    ///     positive definite; use 0.999).
    /// - Returns: The group.
    public static func pair(_ first: UncertainInput.Target, _ second: UncertainInput.Target, _ coefficient: Double)
        -> InputCorrelation
    {
        InputCorrelation([first, second], matrix: [[1, coefficient], [coefficient, 1]])
    }

    /// The lower Cholesky factor, row by row, or every problem with the matrix at paths relative to
    /// the group (`matrix[1][2]` …).
    func choleskyFactor() -> Result<[[Double]], ValidationError> {
        let n = inputs.count
        var issues: [ValidationIssue] = []
        if n < 2 { issues.append(ValidationIssue(.outOfRange("\(n) inputs", allowed: "at least 2"), at: "inputs")) }
        if matrix.count != n || matrix.contains(where: { $0.count != n }) {
            let shape = matrix.map { "\($0.count)" }.joined(separator: ", ")
            issues.append(
                ValidationIssue(
                    .inconsistent(
                        "the matrix must be \(n) × \(n), one row and column per input; its rows have [\(shape)] entries"
                    ),
                    at: "matrix"))
            return .failure(ValidationError(issues: issues))
        }
        for i in 0..<n {
            for j in 0..<n {
                let path = FieldPath.root.appending("matrix", index: i).appending(index: j)
                let value = matrix[i][j]
                if !value.isFinite {
                    issues.append(ValidationIssue(.notFinite("\(value)"), at: path))
                } else if i == j, value != 1 {
                    issues.append(ValidationIssue(.outOfRange("\(value)", allowed: "1 on the diagonal"), at: path))
                } else if !(-1...1).contains(value) {
                    issues.append(ValidationIssue(.outOfRange("\(value)", allowed: "[−1, 1]"), at: path))
                } else if j > i, matrix[j][i].isFinite, Swift.abs(value - matrix[j][i]) > 1e-12 {
                    issues.append(
                        ValidationIssue(
                            .inconsistent(
                                "the matrix is not symmetric: [\(i)][\(j)] = \(value) but [\(j)][\(i)] = \(matrix[j][i])"
                            ),
                            at: path))
                }
            }
        }
        guard issues.isEmpty else { return .failure(ValidationError(issues: issues)) }
        // Cholesky–Banachiewicz, using the lower triangle (the matrix is symmetric).
        var factor = Array(repeating: Array(repeating: 0.0, count: n), count: n)
        for i in 0..<n {
            for j in 0...i {
                var sum = matrix[i][j]
                for k in 0..<j { sum -= factor[i][k] * factor[j][k] }
                if i == j {
                    guard sum > 1e-10 else {
                        return .failure(
                            ValidationError(
                                ValidationIssue(
                                    .inconsistent(
                                        "the correlation matrix is not positive definite (Cholesky pivot \(i) is \(sum)): no set of inputs can have these correlations together"
                                    ),
                                    at: "matrix")))
                    }
                    factor[i][i] = sum.squareRoot()
                } else {
                    factor[i][j] = sum / factor[j][j]
                }
            }
        }
        return .success(factor)
    }
}
