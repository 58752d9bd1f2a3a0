import Foundation

extension SpecialFunctions {
    /// A tail probability and its logarithmic slope at a trial point, as needed by
    /// ``solveTailEquation(target:start:increasing:evaluate:)``.
    struct TailEvaluation {
        /// `T(x)`, the tail probability being inverted (may be 0 on underflow).
        var value: Double
        /// `d log T / d log x = x T′(x) / T(x)`: `x·density/cdf` for a lower tail and
        /// `−x·density/survival` for an upper tail.
        var logSlope: Double
    }

    /// Solves `T(x) = target` for `x > 0`, where `T` is a monotone tail probability, by Newton's
    /// method on `log T` as a function of `log x`, safeguarded by bisection.
    ///
    /// Working on the log–log scale makes the iteration nearly linear in both kinds of tail met
    /// by the distributions here: power-law tails (Student's t, `T ∝ x^−ν`) and the chi-squared
    /// near zero (`P ∝ x^{ν/2}`) are straight lines, where one Newton step is exact, and normal-like
    /// tails (`log T ≈ −x²/2`) are gently curved. The update `x ← x·exp(−h/h′)` keeps the step
    /// relative, so `x` never loses digits to a rounded `exp(log x)`. Each evaluation narrows a
    /// bracket; a Newton step leaving it (or a non-finite slope after underflow) is replaced by
    /// a geometric bisection or, while one side is still open, by a jump of a factor of 1,000.
    ///
    /// The mismatch is formed as `log(T/target)` rather than `log T − log target`: for a target of
    /// 1e-300 each logarithm is about −691 and their rounding alone would leave a relative error
    /// of 1e-13 in the root. Convergence is declared when a Newton step is below 1e-15 relative,
    /// or when steps below 1e-9 stop halving (rounding noise in `T` reached), or when the bracket
    /// closes to adjacent doubles. From the starting values the distributions supply this takes
    /// 2–5 evaluations. References: Press et al., *Numerical Recipes* (3rd ed., 2007) §9.4
    /// (`rtsafe`, Newton safeguarded by bisection); R's `qgamma` likewise takes its final Newton
    /// steps on the log-probability scale.
    ///
    /// - Parameters:
    ///   - target: The tail probability sought, in (0, 1).
    ///   - start: The initial guess (clamped to the positive finite doubles).
    ///   - increasing: `true` when `T` increases with `x` (a lower tail), `false` for an upper tail.
    ///   - evaluate: Returns `T(x)` and `d log T / d log x` at a positive `x`.
    /// - Returns: The root; `0` or `+∞` when it lies beyond the smallest or largest positive
    ///   double; `nil` when 200 evaluations were not enough (not observed in testing).
    static func solveTailEquation(
        target: Double,
        start: Double,
        increasing: Bool,
        evaluate: (Double) -> TailEvaluation
    ) -> Double? {
        var x = min(max(start, .leastNonzeroMagnitude), .greatestFiniteMagnitude)
        if x.isNaN { x = 1 }
        var lower = 0.0
        var upper = Double.infinity
        var previousStep = Double.infinity
        for _ in 0..<200 {
            let evaluation = evaluate(x)
            let ratio = evaluation.value / target
            let mismatch = ratio > 0 && ratio.isFinite ? log(ratio) : log(evaluation.value) - log(target)
            if mismatch == 0 { return x }
            if mismatch.isNaN { return nil }
            if increasing == (mismatch > 0) { upper = x } else { lower = x }
            if lower > 0 && upper.isFinite && upper <= lower.nextUp { return x }

            let step = -mismatch / evaluation.logSlope
            let size = abs(step)
            // Converged: the correction is at rounding level, or has stopped shrinking
            // quadratically because the noise in log T has been reached.
            if size <= 1e-15 || (size < 1e-9 && size >= 0.5 * previousStep) { return x * exp(step) }
            var next = step.isFinite ? x * exp(step) : .nan
            if next == 0 { next = .leastNonzeroMagnitude }
            if next == .infinity { next = .greatestFiniteMagnitude }
            if next > lower && next < upper {
                previousStep = size
            } else {
                // Newton left the bracket: bisect geometrically, or widen while one side is open.
                if lower > 0 && upper.isFinite {
                    next = exp(0.5 * (log(lower) + log(upper)))
                } else if upper.isFinite {
                    if upper == .leastNonzeroMagnitude { return 0 }
                    next = max(upper * 1e-3, .leastNonzeroMagnitude)
                } else {
                    if lower == .greatestFiniteMagnitude { return .infinity }
                    next = min(lower * 1e3, .greatestFiniteMagnitude)
                }
                previousStep = .infinity
            }
            if next == x { return x }
            x = next
        }
        return nil
    }
}
