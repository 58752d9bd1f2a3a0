import ResilienceNumerics
import Testing

extension Approximate {
    /// Tolerance for the distribution reference tables (scipy.stats / scipy.special values
    /// cross-checked with 50-digit mpmath), in the body *and* the tails.
    ///
    /// The issue asks for agreement with R / statsmodels to 1e-10 relative in the body. The
    /// implementation reaches about 1e-15 in the body and a few 1e-13 in the far tails against
    /// mpmath, and the table values agree with mpmath to 1e-13 (rows where scipy did not are
    /// replaced by the mpmath value and say so), so 1e-12 holds everywhere with margin.
    static let referenceTolerance = 1e-12
    /// `cdf(quantile(p)) = p`, measured on the smaller tail ("to ~1e-12 relative" in the issue).
    static let roundTripTolerance = 1e-12
}

/// Expects `x` to solve `tail(x) = target`: to `Approximate.roundTripTolerance` relative in the probability or,
/// where the tail is so steep that one ulp of `x` already moves it by more than that (a chi-squared
/// with 10⁹ degrees of freedom: about 3e-12 per ulp), by `tail − target` changing sign within four
/// ulps of `x`.
func expectSolves(
    _ x: Double,
    _ tail: (Double) -> Double,
    target: Double,
    _ what: @autoclosure () -> String = "",
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let value = tail(x)
    if Approximate.isClose(value, target, relativeTolerance: Approximate.roundTripTolerance) { return }
    let below = tail(x - 4 * x.ulp) - target
    let above = tail(x + 4 * x.ulp) - target
    #expect(
        below.sign != above.sign || below == 0 || above == 0,
        "\(what()): tail(\(x)) = \(value), target \(target), and no root within four ulps",
        sourceLocation: sourceLocation
    )
}

/// Runs `body` and returns the `NumericsError` it throws, or `nil` if it returns normally.
///
/// Used instead of `#expect(throws:)` where the expected error carries a NaN (NaN ≠ NaN, so the
/// error cannot be compared with `==`).
func thrownError<T>(_ body: () throws(NumericsError) -> T) -> NumericsError? {
    do {
        _ = try body()
        return nil
    } catch {
        return error
    }
}

/// Probabilities from deep in the lower tail to deep in the upper tail, for round-trip checks.
let roundTripProbabilities: [Double] = [
    1e-300, 1e-100, 1e-30, 1e-15, 1e-10, 1e-6, 0.001, 0.01, 0.025, 0.05, 0.1, 0.2, 0.3, 0.4, 0.45, 0.49,
    0.51, 0.6, 0.7, 0.8, 0.9, 0.95, 0.975, 0.99, 0.999, 1 - 1e-6, 1 - 1e-10,
]
