import Foundation

/// Special functions behind the probability distributions of `ResilienceNumerics`.
///
/// The functions are internal building blocks: they assume arguments already validated by the
/// distribution types (positive shape parameters, probabilities strictly inside (0, 1)) and are
/// written so that the *smaller* of a probability and its complement is computed directly, never as
/// `1 - something`. That is what keeps p-values far in the tails accurate in relative terms.
///
/// The family is split over files by topic:
/// - this file: log-gamma, the Stirling remainder, log-beta and `log(1 + x) - x`;
/// - `SpecialFunctions+Normal.swift`: normal density, tails and Wichura's AS241 inverse;
/// - `SpecialFunctions+IncompleteGamma.swift` and `+TemmeGamma.swift`: regularized incomplete
///   gamma functions P and Q;
/// - `SpecialFunctions+IncompleteBeta.swift` and `+StudentTail.swift`: regularized incomplete beta
///   and the Student t tail for many degrees of freedom;
/// - `SpecialFunctions+RootPolishing.swift`: the safeguarded Newton iteration used by quantiles.
enum SpecialFunctions {
    /// `log(2π) / 2`.
    static let halfLogTwoPi = 0.918_938_533_204_672_741_780_329_736_406
    /// `1 / √(2π)`.
    static let inverseSquareRootTwoPi = 0.398_942_280_401_432_677_939_946_059_934
    /// `√π`.
    static let squareRootPi = 1.772_453_850_905_516_027_298_167_483_341

    /// Half a degrees-of-freedom parameter, the shape `ν/2` of the beta and gamma functions.
    ///
    /// Kept positive: half of the smallest subnormal double rounds to 0, which would turn every
    /// shape-dependent formula into 0/0 for a (meaningless but valid) `ν = 5e-324`.
    ///
    /// - Parameter degreesOfFreedom: A positive value.
    /// - Returns: `max(ν/2, 5e-324)`.
    static func shape(degreesOfFreedom: Double) -> Double {
        max(0.5 * degreesOfFreedom, .leastNonzeroMagnitude)
    }

    /// The natural logarithm of the gamma function, `log Γ(x)`, for `x > 0`.
    ///
    /// Uses the C library's re-entrant `lgamma_r` (glibc: a few units in the last place): plain
    /// `lgamma` writes the global `signgam`, which would be a data race when distributions are
    /// evaluated from several threads.
    ///
    /// - Parameter x: A positive argument.
    /// - Returns: `log Γ(x)`; `+∞` at `x = 0` and for `x` beyond about 2.5e305.
    static func logGamma(_ x: Double) -> Double {
        assert(x >= 0 || x.isNaN, "logGamma is only used for non-negative arguments")
        var sign: Int32 = 0
        return lgamma_r(x, &sign)
    }

    /// The remainder of Stirling's series, `log Γ(x) − [(x − ½) log x − x + ½ log 2π]`, for `x ≥ 10`.
    ///
    /// The asymptotic series `Σ B₂ₖ / (2k(2k − 1) x²ᵏ⁻¹)` (Abramowitz & Stegun 6.1.41; DLMF 5.11.1)
    /// truncated after eight terms; at `x = 10` the first omitted term is below 2e-18, so the value
    /// is correct to double precision. Keeping this small quantity separate is what lets
    /// ``logBeta(_:_:)`` and the gamma prefactor avoid subtracting two huge log-gammas.
    ///
    /// - Parameter x: An argument of at least 10.
    /// - Returns: The Stirling remainder, about `1 / (12x)`.
    static func stirlingCorrection(_ x: Double) -> Double {
        assert(x >= 10 || x.isNaN, "the truncated Stirling series needs x >= 10")
        return polynomial(stirlingCoefficients, at: 1 / (x * x)) / x
    }

    /// `B₂ₖ / (2k(2k − 1))` for `k = 1…8`: 1/12, −1/360, 1/1260, −1/1680, 1/1188, −691/360360,
    /// 1/156, −3617/122400 (Abramowitz & Stegun 6.1.41).
    private static let stirlingCoefficients: [Double] = [
        1.0 / 12, -1.0 / 360, 1.0 / 1260, -1.0 / 1680, 1.0 / 1188, -691.0 / 360_360, 1.0 / 156, -3617.0 / 122_400,
    ]

    /// The logarithm of the beta function, `log B(a, b) = log Γ(a) + log Γ(b) − log Γ(a + b)`.
    ///
    /// When either argument is 10 or more the large log-gammas are never formed: the Stirling
    /// remainders are combined with `log1p` terms as in R's `lbeta` (nmath/lbeta.c, after Morris),
    /// so the result keeps full relative accuracy even for `a = 10⁷, b = ½`, where the naive
    /// difference of log-gammas would lose eight digits.
    ///
    /// - Parameters:
    ///   - a: A positive argument.
    ///   - b: A positive argument.
    /// - Returns: `log B(a, b)`.
    static func logBeta(_ a: Double, _ b: Double) -> Double {
        let p = min(a, b)
        let q = max(a, b)
        let sum = p + q
        if p >= 10 {
            let correction = stirlingCorrection(p) + stirlingCorrection(q) - stirlingCorrection(sum)
            return -0.5 * log(q) + halfLogTwoPi + correction + (p - 0.5) * log(p / sum)
                + q * log1p(-p / sum)
        }
        if q >= 10 {
            let correction = stirlingCorrection(q) - stirlingCorrection(sum)
            return logGamma(p) + correction + p - p * log(sum) + (q - 0.5) * log1p(-p / sum)
        }
        return logGamma(p) + logGamma(q) - logGamma(sum)
    }

    /// `log(1 + x) − x` for `x > −1`, accurate also when the two terms nearly cancel.
    ///
    /// For `|x| ≤ ½` it uses `r = x / (2 + x)`, for which `log(1 + x) = 2 atanh r`, giving
    /// `log(1 + x) − x = −r·x + 2r³ (1/3 + r²/5 + r⁴/7 + …)` with no cancellation (`|r| ≤ ⅓`, so
    /// 16 terms reach double precision). Used by the incomplete-gamma prefactor and by Temme's
    /// expansion, where the quantity `λ − 1 − log λ` multiplies a large shape parameter.
    ///
    /// - Parameter x: An argument greater than −1.
    /// - Returns: `log(1 + x) − x` (always ≤ 0).
    static func logOnePlusMinusX(_ x: Double) -> Double {
        guard abs(x) <= 0.5 else { return log1p(x) - x }
        let r = x / (2 + x)
        let r2 = r * r
        var term = 1.0
        var sum = 1.0 / 3
        var k = 5.0
        while k < 60 {
            term *= r2
            let next = sum + term / k
            if next == sum { break }
            sum = next
            k += 2
        }
        return -r * x + 2 * r * r2 * sum
    }

    /// Evaluates `c[0] + c[1]·x + … + c[n]·xⁿ` by Horner's rule.
    ///
    /// - Parameters:
    ///   - coefficients: Coefficients in increasing powers of `x`.
    ///   - x: The argument.
    /// - Returns: The polynomial's value.
    @inline(__always)
    static func polynomial(_ coefficients: [Double], at x: Double) -> Double {
        var result = 0.0
        var index = coefficients.endIndex
        while index > coefficients.startIndex {
            index -= 1
            result = result * x + coefficients[index]
        }
        return result
    }
}
