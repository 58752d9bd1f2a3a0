import Foundation

extension StudentTDistribution {
    /// A starting value for the upper quantile `t` with `P(T > t) = q`, `0 < q < ½`, accurate
    /// to a few significant digits so that Newton polishing needs only two or three steps.
    ///
    /// - `ν = 1` (Cauchy): exact, `t = cot(πq)`.
    /// - `ν = 2`: exact, `t = (1 − P)·√(2/(P(2 − P)))` with `P = 2q`, written so that it does not
    ///   overflow for tiny `P`.
    /// - `ν < 1`: the power-law tail `P(T > t) ≈ ν^{ν/2−1} t^{−ν} / B(ν/2, ½)`, inverted, or near
    ///   the centre (`q > ¼`) the tangent `P(T > t) ≈ ½ − t / (√ν B(ν/2, ½))`.
    /// - otherwise Hill's algorithm 396 (G. W. Hill (1970), *Comm. ACM* 13(10), 617–619): an
    ///   inverse Cornish–Fisher expansion about the normal for moderate `P`, and an expansion in
    ///   `y = (d·P)^{2/ν}` for the extreme tail, with the logarithmic form of the latter when
    ///   `y` would underflow (as in R's `qt`, which also uses Hill's algorithm).
    ///
    /// - Parameters:
    ///   - q: The upper-tail probability, in (0, ½).
    ///   - nu: The degrees of freedom, finite and positive.
    /// - Returns: A positive starting value (possibly `+∞` when the quantile overflows).
    static func hillStart(upperTail q: Double, degreesOfFreedom nu: Double) -> Double {
        let twoSided = 2 * q
        if nu == 1 {
            return 1 / tan(Double.pi * q)
        }
        if nu == 2 {
            return (1 - twoSided) * (2 / twoSided).squareRoot() / (2 - twoSided).squareRoot()
        }
        if nu < 1 {
            let logBeta = SpecialFunctions.logBeta(SpecialFunctions.shape(degreesOfFreedom: nu), 0.5)
            if q > 0.25 {
                // Near the centre the power law is far off; use the tangent P(T > t) ≈ ½ − f(0)·t.
                return (0.5 - q) * nu.squareRoot() * exp(logBeta)
            }
            return exp(((0.5 * nu - 1) * log(nu) - logBeta - log(q)) / nu)
        }
        let a = 1 / (nu - 0.5)
        let b = 48 / (a * a)
        var c = ((20_700 * a / b - 98) * a - 16) * a + 96.36
        let d = ((94.5 / (b + c) - 3) / b + 1) * (a * Double.pi / 2).squareRoot() * nu
        var y = pow(d * twoSided, 2 / nu)
        var logHalfY = 0.0
        let yIsReliable = y >= Double.ulpOfOne
        if !yIsReliable {
            logHalfY = (log(d) + log(twoSided)) / nu
            y = exp(2 * logHalfY)
        }
        if (nu < 2.1 && twoSided > 0.5) || y > 0.05 + a {
            // Asymptotic inverse expansion about the normal deviate x = Φ⁻¹(q) (negative).
            let x = SpecialFunctions.inverseStandardNormal(q)
            let x2 = x * x
            if nu < 5 { c += 0.3 * (nu - 4.5) * (x + 0.6) }
            c = (((0.05 * d * x - 5) * x - 7) * x - 2) * x + b + c
            let z = (((((0.4 * x2 + 6.3) * x2 + 36) * x2 + 94.5) / c - x2 - 3) / b + 1) * x
            return (nu * expm1(a * z * z)).squareRoot()
        }
        if !yIsReliable && logHalfY < -0.693_147_180_559_945_3 * 53 {
            // y ≈ 0: the leading term t ≈ √(ν / y).
            return nu.squareRoot() * exp(-logHalfY)
        }
        y =
            ((1 / (((nu + 6) / (nu * y) - 0.089 * d - 0.822) * (nu + 2) * 3) + 0.5 / (nu + 4)) * y - 1)
            * (nu + 1) / (nu + 2) + 1 / y
        return (nu * y).squareRoot()
    }
}
