import Foundation

extension SpecialFunctions {
    /// The Student t upper tail `P(T > s)` for `s ≥ 0` and finite `ν > 0`:
    /// `½ I_x(ν/2, ½)` with `x = ν/(ν + s²)` (Abramowitz & Stegun 26.7.1; DLMF 8.17.6, 8.18).
    ///
    /// Three regimes, chosen so that no digit is lost to forming `x`:
    /// - `s²/ν > 10²⁰⁰`: only the leading term `xᵃ/(a B(a, ½))` of the series survives, with
    ///   `xᵃ = (s/√ν)^{−ν}`, which stays representable when `x` itself would underflow;
    /// - `ν ≥ 20` and `log(1 + s²/ν) ≤ 2`: the large-`ν` expansion
    ///   ``incompleteBetaHalfForLargeA(_:minusLogX:)``, exact to double precision and immune to the
    ///   rounding of `x` near 1 (the continued fraction loses `ν·2⁻⁵³`, i.e. 3e-10 at `ν = 4·10⁶`);
    /// - otherwise the continued fraction ``regularizedBeta(_:_:x:y:)``.
    ///
    /// - Parameters:
    ///   - s: A non-negative statistic (`+∞` gives 0; NaN gives NaN).
    ///   - nu: The degrees of freedom, finite and positive.
    /// - Returns: `P(T > s)`, accurate in relative terms far into the tail.
    static func studentTUpperTail(_ s: Double, degreesOfFreedom nu: Double) -> Double {
        if s.isNaN { return .nan }
        if s == .infinity { return 0 }
        if s == 0 { return 0.5 }  // exactly, not the expansion's 0.5·(1 − 1e-16)
        let a = shape(degreesOfFreedom: nu)
        let w = s / nu.squareRoot()
        if w > 1e100 {
            // x = 1/(1 + w²) < 1e-200: I_x(a, ½) = xᵃ (1 − x)^½ / (a B(a, ½)) · (1 + O(x)), with
            // xᵃ = w^{−ν} by `pow` (within an ulp) rather than exp(−ν log w), whose exponent of
            // several hundred would carry its rounding into the result.
            // When ν < 1, w itself can overflow although s is finite: then w^{−ν} = s^{−ν} ν^{ν/2}.
            let power = w.isFinite ? pow(w, -nu) : pow(s, -nu) * pow(nu, a)
            return 0.5 * power * exp(-log(a) - logBeta(a, 0.5))
        }
        let ratio = w * w
        if nu >= 20 {
            let minusLogX = log1p(ratio)
            if minusLogX <= 2 {
                return 0.5 * incompleteBetaHalfForLargeA(a, minusLogX: minusLogX)
            }
        }
        let x = 1 / (1 + ratio)
        let y = ratio / (1 + ratio)
        return 0.5 * regularizedBeta(a, 0.5, x: x, y: y).value
    }

    /// The Student t density `f(t) = (1 + t²/ν)^{−(ν+1)/2} / (√ν B(ν/2, ½))` for finite `ν > 0`.
    ///
    /// The kernel is taken as `exp(−(ν+1)/2 · log1p(t²/ν))` while `t²/ν ≤ 2` and by `pow` beyond,
    /// where the exponent would be large enough for its rounding to show; `1/B(ν/2, ½)` comes from
    /// ``logBeta(_:_:)``, free of cancellation for large `ν`.
    ///
    /// - Parameters:
    ///   - t: Any value; `±∞` give 0 and NaN gives NaN.
    ///   - nu: The degrees of freedom, finite and positive.
    /// - Returns: `f(t)`.
    static func studentTDensity(_ t: Double, degreesOfFreedom nu: Double) -> Double {
        guard t.isFinite else { return t.isNaN ? .nan : 0 }
        let w = abs(t) / nu.squareRoot()
        let ratio = w * w
        let kernel: Double
        if w > 1e100 {
            // 1 + t²/ν = t²/ν to double precision (and t²/ν may overflow); for ν < 1 even
            // w = |t|/√ν may overflow, hence the split form.
            kernel = w.isFinite ? pow(w, -(nu + 1)) : pow(abs(t), -(nu + 1)) * pow(nu, 0.5 * (nu + 1))
        } else if ratio > 2 {
            kernel = pow(1 + ratio, -0.5 * (nu + 1))
        } else {
            kernel = exp(-0.5 * (nu + 1) * log1p(ratio))
        }
        return kernel * exp(-logBeta(shape(degreesOfFreedom: nu), 0.5)) / nu.squareRoot()
    }

    /// `|t|·f(t)`, the numerator of the quantile's Newton slope `d log P(T > t) / d log t`.
    ///
    /// Formed without the density where `f(t)` underflows although `P(T > t)` does not (for
    /// `t²/ν > 10²⁰⁰`, `|t| f(t) = (|t|/√ν)^{−ν} / B(ν/2, ½)`, on the scale of the tail itself).
    static func studentTDensityTimesStatistic(_ t: Double, degreesOfFreedom nu: Double) -> Double {
        let s = abs(t)
        guard s.isFinite else { return s.isNaN ? .nan : 0 }
        let w = s / nu.squareRoot()
        guard w > 1e100 else { return s * studentTDensity(t, degreesOfFreedom: nu) }
        let power = w.isFinite ? pow(w, -nu) : pow(s, -nu) * pow(nu, 0.5 * nu)
        return power * exp(-logBeta(shape(degreesOfFreedom: nu), 0.5))
    }

    /// `I_x(a, ½)` for large `a` (at least 10), given `L = −log x ≤ 2`.
    ///
    /// With `T = a − ¼` and `u = T·L`, substituting `x = e^{−w/T}` in the beta integral gives
    /// `(1 − e^{−w/T})^{−½} e^{−w/(4T)} = (w/T)^{−½} (sinh(w/2T)/(w/2T))^{−½}`, hence the expansion
    ///
    ///     I_x(a, ½) = Γ(a + ½) / (Γ(a) √T √π) · Σₙ cₙ (2T)⁻²ⁿ Γ(½ + 2n, u),
    ///
    /// where `cₙ` are the coefficients of `(sinh v / v)^{−½} = Σ cₙ v²ⁿ` and `Γ(·, u)` is the upper
    /// incomplete gamma function. This is the `b = ½` case of the asymptotic expansion behind
    /// DiDonato & Morris's `BGRAT` (ACM TOMS 18 (1992) 360–373, §4; Temme, *Special Functions*
    /// (1996) §11.3). `Γ(½, u) = √π erfc(√u)` and the recurrence `Γ(s + 1, u) = sΓ(s, u) + uˢe⁻ᵘ`
    /// (all terms positive, so stable upwards) give the rest. Successive terms shrink by about
    /// `(L/2π)² ≤ 0.1`, and for small `u` by about `(n/πT)²`; 24 coefficients therefore reach
    /// double precision whenever `a ≥ 10, L ≤ 2` (largest error against mpmath 1e-14, at `a = 30`).
    /// It is also 3–5 times faster there than the continued fraction.
    ///
    /// - Parameters:
    ///   - a: `ν/2`, at least 10 (the Stirling remainder needs it).
    ///   - minusLogX: `L = −log x = log(1 + t²/ν)`, between 0 and 2.
    /// - Returns: `I_x(a, ½)`.
    static func incompleteBetaHalfForLargeA(_ a: Double, minusLogX: Double) -> Double {
        assert(a >= 10 && minusLogX >= 0 && minusLogX <= 2, "outside the validated region")
        let t = a - 0.25
        let u = t * minusLogX
        // Γ(a + ½) / (Γ(a) √(a − ¼)) = 1 + O(a⁻²), from the Stirling forms of both gammas.
        let logRatio =
            a * log1p(0.5 / a) - 0.5 - 0.5 * log1p(-0.25 / a)
            + stirlingCorrection(a + 0.5) - stirlingCorrection(a)
        var s = 0.5
        var gamma = erfc(u.squareRoot())  // Γ(½, u)/√π
        var power = u.squareRoot() * exp(-u) / squareRootPi  // uˢ e⁻ᵘ / √π
        var scale = 1.0
        let inverseSquare = 1 / (4 * t * t)
        var sum = gamma
        for n in 1..<sinhPowerCoefficients.count {
            for _ in 0..<2 {
                gamma = s * gamma + power
                power *= u
                s += 1
            }
            scale *= inverseSquare
            let term = sinhPowerCoefficients[n] * scale * gamma
            sum += term
            if abs(term) <= 1e-17 * sum { break }
        }
        return min(1, exp(logRatio) * sum)
    }

    /// Coefficients `cₙ` of `(sinh v / v)^{−½} = Σ cₙ v²ⁿ`: 1, −1/12, 1/160, −61/120960,
    /// 1261/29030400, −79/20275200, …, generated with sympy:
    /// `series((sinh(v)/v)**Rational(-1, 2), v, 0, 50)`, coefficients of `v**(2n)` for n < 25.
    private static let sinhPowerCoefficients: [Double] = [
        1.0, -8.3333333333333329e-2, 6.2500000000000003e-3, -5.0429894179894181e-4,
        4.3437224426807763e-5, -3.896385732323232e-6, 3.5833354634507906e-7, -3.3497470720605779e-8,
        3.1675854343161146e-9, -3.0210368517370963e-10, 2.9004157876692531e-11, -2.7993967483752692e-12,
        2.7136393200172034e-13, -2.6400478921841531e-14, 2.5763452761114181e-15, -2.5208132554200558e-16,
        2.4721275074517468e-17, -2.4292486395023516e-18, 2.3913480187649295e-19, -2.3577559464117407e-20,
        2.3279246157682321e-21, -2.3014011079062033e-22, 2.2778073573447364e-23, -2.2568250552677537e-24,
        2.2381841130778133e-25,
    ]
}
