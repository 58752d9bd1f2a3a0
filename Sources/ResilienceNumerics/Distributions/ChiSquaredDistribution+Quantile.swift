import Foundation

extension ChiSquaredDistribution {
    /// Solves for the `x` whose lower tail is `p` and upper tail `q = 1 − p`.
    ///
    /// Exactly one of `p`, `q` is an exact caller value (the one at most ½); `targetIsLower` says
    /// which, and that tail is the equation solved, so that tiny probabilities are matched in
    /// relative terms.
    func solve(lowerTail p: Double, upperTail q: Double, targetIsLower: Bool) throws(NumericsError) -> Double {
        if targetIsLower && p == 0 { return 0 }
        if !targetIsLower && q == 0 { return .infinity }
        let shape = SpecialFunctions.shape(degreesOfFreedom: degreesOfFreedom)
        if Self.logSmallQuantile(lowerTail: p, shape: shape) < log(Double.leastNonzeroMagnitude) - 1
            || p <= SpecialFunctions.regularizedGamma(shape, .leastNonzeroMagnitude).lower
        {
            // The quantile is below the smallest subnormal doubles (k = 1, p = 1e-300; or a tiny k,
            // for which nearly all the probability sits at 0).
            return 0
        }
        let start = Self.startingValue(
            lowerTail: p, upperTail: q, targetIsLower: targetIsLower, degreesOfFreedom: degreesOfFreedom)
        let root = SpecialFunctions.solveTailEquation(
            target: targetIsLower ? p : q, start: start, increasing: targetIsLower
        ) { x in
            let half = 0.5 * x
            let tails = SpecialFunctions.regularizedGamma(shape, half)
            // x·f(x) = (x/2)^{k/2} e^{−x/2} / Γ(k/2), the gamma prefactor at x/2.
            let prefactor = SpecialFunctions.gammaPrefactor(shape, half)
            return targetIsLower
                ? .init(value: tails.lower, logSlope: prefactor / tails.lower)
                : .init(value: tails.upper, logSlope: -prefactor / tails.upper)
        }
        guard let root else {
            throw .notConverged(method: "chi-squared quantile (Newton on log tail)", iterations: 200)
        }
        return root
    }

    /// Starting value after Best & Roberts (1975), AS 91, steps 1–3.
    ///
    /// - Small `p` relative to `k` (`k < −1.24 log p`): from `P(a, z) ≈ zᵃ / Γ(a + 1)` near 0,
    ///   `x = 2 (p Γ(a + 1))^{1/a}` with `a = k/2`.
    /// - Otherwise the Wilson–Hilferty approximation `x = k (1 − 2/(9k) + z √(2/(9k)))³`, `z` the
    ///   normal deviate of the target tail (Wilson & Hilferty (1931), *PNAS* 17, 684–688), with one
    ///   fixed-point step of `Q(a, x/2) ≈ (x/2)^{a−1} e^{−x/2} / Γ(a)` when it lands far in the
    ///   upper tail (`x > 2.2k + 6`).
    static func startingValue(lowerTail p: Double, upperTail q: Double, targetIsLower: Bool, degreesOfFreedom k: Double)
        -> Double
    {
        let a = SpecialFunctions.shape(degreesOfFreedom: k)
        let logGammaA = SpecialFunctions.logGamma(a)
        let smallXStart = exp(logSmallQuantile(lowerTail: p, shape: a))
        if p <= 0.5 && k < -1.24 * log(p) { return smallXStart }

        let z =
            targetIsLower
            ? SpecialFunctions.inverseStandardNormal(p)
            : -SpecialFunctions.inverseStandardNormal(q)
        let c = 2 / (9 * k)
        let base = 1 - c + z * c.squareRoot()
        guard base > 0 else { return smallXStart }
        var x = k * base * base * base
        if x > 2.2 * k + 6 {
            let corrected = -2 * (log(q) - (a - 1) * log(0.5 * x) + logGammaA)
            if corrected.isFinite && corrected > 0 { x = corrected }
        }
        return x
    }

    /// `log x` for the small-`x` approximation `x = 2 (p Γ(a + 1))^{1/a}`, from
    /// `P(a, z) = zᵃ/Γ(a + 1) · (1 + O(z))` (AS 91, step 2); relative error `O(x)`.
    static func logSmallQuantile(lowerTail p: Double, shape a: Double) -> Double {
        0.693_147_180_559_945_3 + (log(p) + log(a) + SpecialFunctions.logGamma(a)) / a
    }
}
