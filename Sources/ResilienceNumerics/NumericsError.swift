/// A problem that stops a numerical routine from producing a trustworthy answer.
///
/// Every case names the offending input so that a caller (or a council analyst reading the
/// message) can tell what to fix. Routines in `ResilienceNumerics` throw this type with typed
/// throws (`throws(NumericsError)`) instead of trapping or returning `NaN`.
public enum NumericsError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A distribution or routine parameter is outside its domain
    /// (for example a Student t distribution with 0 degrees of freedom).
    case invalidParameter(name: String, value: Double, requirement: String)
    /// A probability is outside its range: [0, 1] for a quantile or inverse survival function,
    /// (0, 1) for a confidence level.
    case probabilityOutOfRange(Double)
    /// A vector or matrix argument has the wrong length or shape.
    case dimensionMismatch(String)
    /// An input contains NaN or an infinity; `field` names the argument and `index` the element.
    case nonFinite(field: String, index: Int)
    /// The design matrix does not have full column rank: the named column is (numerically) a
    /// linear combination of the columns before it.
    case rankDeficient(column: String, index: Int)
    /// There are not enough observations to estimate the model and its variance.
    case insufficientData(observations: Int, parameters: Int)
    /// An iterative method did not meet its convergence criterion.
    case notConverged(method: String, iterations: Int)
    /// A named column of a design matrix cannot be used: its name is unknown, repeated or empty.
    /// `name` is the name given and `problem` says what is wrong with it.
    case invalidColumn(name: String, problem: String)

    /// The value as reports and error messages show it.
    public var description: String {
        switch self {
        case .invalidParameter(let name, let value, let requirement):
            return "\(name): \(value) is invalid; it must be \(requirement)"
        case .probabilityOutOfRange(let p):
            return "probability \(p) is out of range (quantiles take [0, 1], confidence levels (0, 1))"
        case .dimensionMismatch(let detail):
            return "dimension mismatch: \(detail)"
        case .nonFinite(let field, let index):
            return "\(field)[\(index)] is not a finite number"
        case .rankDeficient(let column, let index):
            return "column \(index) (\(column)) is collinear with earlier columns; the model is not identified"
        case .insufficientData(let observations, let parameters):
            return "\(observations) observations are too few to estimate \(parameters) parameters"
        case .notConverged(let method, let iterations):
            return "\(method) did not converge in \(iterations) iterations"
        case .invalidColumn(let name, let problem):
            return "column '\(name)' \(problem)"
        }
    }
}
