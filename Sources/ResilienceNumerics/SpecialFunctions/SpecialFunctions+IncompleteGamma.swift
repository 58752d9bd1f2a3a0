import Foundation

extension SpecialFunctions {
    /// The regularized incomplete gamma functions `P(a, x) = γ(a, x) / Γ(a)` and
    /// `Q(a, x) = Γ(a, x) / Γ(a) = 1 − P(a, x)`.
    ///
    /// Whichever of the pair is smaller is computed directly (the other is `1 −` it), so both
    /// tails keep full relative accuracy until they underflow. Three methods cover the plane:
    /// - `a ≥ 50` and `|x − a| ≤ 0.4a` (the bulk of a large shape parameter, where series and
    ///   continued fraction would need `O(√a)` terms): Temme's uniform asymptotic expansion, see
    ///   ``temmeRegularizedGamma(_:_:)``;
    /// - otherwise `x < a + 1`: the power series `P = xᵃe⁻ˣ/Γ(a+1) · Σ xⁿ / ((a+1)…(a+n))`;
    /// - otherwise: the continued fraction for `Q` evaluated by the modified Lentz method.
    ///
    /// References: Press, Teukolsky, Vetterling & Flannery, *Numerical Recipes* (3rd ed., 2007),
    /// §6.2 (`gser`, `gcf`) and §5.2 (Lentz's method); DLMF §8.7 and §8.9.
    ///
    /// - Parameters:
    ///   - a: The shape, `a > 0`.
    ///   - x: The argument, `x ≥ 0` (`+∞` allowed).
    /// - Returns: `(lower: P(a, x), upper: Q(a, x))`.
    /// - Complexity: O(1) in the Temme region; elsewhere the series and fraction need at most a
    ///   few hundred terms (fewer than 100 unless `a < 50` and `x ≈ a`).
    static func regularizedGamma(_ a: Double, _ x: Double) -> (lower: Double, upper: Double) {
        if x.isNaN || a.isNaN { return (.nan, .nan) }
        if x <= 0 { return (0, 1) }
        if x == .infinity { return (1, 0) }
        if a >= 50 && abs(x - a) <= 0.4 * a {
            return temmeRegularizedGamma(a, x)
        }
        if x < a + 1 {
            let lower = lowerGammaSeries(a, x)
            return (lower, 1 - lower)
        }
        let upper = upperGammaContinuedFraction(a, x)
        return (1 - upper, upper)
    }

    /// The common factor `xᵃ e⁻ˣ / Γ(a)` of both incomplete gamma functions; it equals
    /// `x · ∂P/∂x`, the derivative used by the chi-squared quantile.
    ///
    /// For `a ≥ 10` it is written as `√(a/2π) · exp(a·(log λ − λ + 1)) / Γ*(a)` with `λ = x/a`
    /// and `Γ*(a) = exp(stirlingCorrection(a))` (Temme 1979; DiDonato & Morris 1986, §2), which
    /// avoids subtracting `a log x` from `log Γ(a)`: for `a = 5·10⁵` that difference alone would
    /// cost eight significant digits. Where the exponent is large because the base is small
    /// (`x < 1` for `a < 10`, `λ < ½` for `a ≥ 10`) the power is taken by `pow` of a base near
    /// or below 1, whose error grows like `a·2⁻⁵³` (the problem's own condition number) rather
    /// than like the size of the exponent.
    ///
    /// - Parameters:
    ///   - a: The shape, `a > 0`.
    ///   - x: The argument, `x > 0`.
    /// - Returns: `xᵃ e⁻ˣ / Γ(a)`.
    static func gammaPrefactor(_ a: Double, _ x: Double) -> Double {
        guard a >= 10 else {
            if x < 1 {
                let power = pow(x, a)
                if power >= .leastNormalMagnitude { return power * exp(-x - logGamma(a)) }
            }
            return exp(a * log(x) - x - logGamma(a))
        }
        let lambda = x / a
        let scale = (a / (2 * Double.pi)).squareRoot() * exp(-stirlingCorrection(a))
        if abs(lambda - 1) <= 0.5 {
            // x − a is exact here (Sterbenz), so the tiny λ − 1 − log λ is accurate.
            return scale * exp(a * logOnePlusMinusX((x - a) / a))
        }
        if lambda < 0.5 {
            let power = pow(lambda * exp(1 - lambda), a)
            if power >= .leastNormalMagnitude { return scale * power }
        }
        return scale * exp(a * (log(lambda) - lambda + 1))
    }

    /// `P(a, x)` by its power series, for `x < a + 1` (or `x < 0.6a` when `a ≥ 50`).
    ///
    /// The sum `1 + x/(a+1) + x²/((a+1)(a+2)) + …` starts at 1 and the leading factor is
    /// `xᵃe⁻ˣ/Γ(a + 1)` (taken directly for `a < 10`, where `Γ(a + 1)` stays finite even for a
    /// subnormal `a` whose `1/a` would overflow). Every term is positive, so summation error stays
    /// at a few units in the last place; the ratio of successive terms is `x / (a + n) < 1`, so the
    /// loop ends after at most a few hundred terms in the regions where it is called.
    private static func lowerGammaSeries(_ a: Double, _ x: Double) -> Double {
        let factor: Double
        if a < 10 {
            let power = x < 1 ? pow(x, a) : 0
            factor =
                power >= .leastNormalMagnitude
                ? power * exp(-x - logGamma(a + 1))
                : exp(a * log(x) - x - logGamma(a + 1))
        } else {
            factor = gammaPrefactor(a, x) / a
        }
        if factor == 0 { return 0 }
        var denominator = a
        var term = 1.0
        var sum = 1.0
        for _ in 0..<100_000 {
            denominator += 1
            term *= x / denominator
            sum += term
            if term < sum * 1e-17 { break }
        }
        return min(1, sum * factor)
    }

    /// `Q(a, x)` by the continued fraction `Q = xᵃe⁻ˣ/Γ(a) · 1/(x + 1 − a − 1·(1 − a)/(x + 3 − a − …))`,
    /// evaluated by the modified Lentz method (Numerical Recipes §5.2, §6.2 `gcf`), for `x ≥ a + 1`.
    private static func upperGammaContinuedFraction(_ a: Double, _ x: Double) -> Double {
        let prefactor = gammaPrefactor(a, x)
        if prefactor == 0 { return 0 }
        let tiny = 1e-300
        var b = x + 1 - a
        var c = 1 / tiny
        var d = 1 / b
        var h = d
        var i = 1.0
        while i < 100_000 {
            let an = -i * (i - a)
            b += 2
            d = an * d + b
            if abs(d) < tiny { d = tiny }
            c = b + an / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            // One ulp below 1 is 1.1e-16 and above it 2.2e-16: a test against 1e-16 can stall forever
            // on a factor of 1 − 2⁻⁵³, slowly drifting h (seen with a = 1e-58).
            if abs(delta - 1) <= 3e-16 { break }
            i += 1
        }
        return min(1, prefactor * h)
    }
}
