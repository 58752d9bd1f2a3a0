/// Brent's method for a root of a continuous function on a bracketing interval.
///
/// R. P. Brent (1973), *Algorithms for Minimization without Derivatives*, ch. 4 (the `zero`
/// procedure; netlib's `zeroin`): each step takes inverse quadratic interpolation or the secant
/// when it stays well inside the bracket and shrinks it fast enough, and bisection otherwise, so it
/// converges superlinearly on smooth functions and never takes more than about (log₂(width/tol))²
/// steps. It stops when the bracket's half-width is within `tolerance`/2 + 2ε|x|.
enum BrentRootFinder {
    /// A root of `f` between `lower` and `upper`, where `f` changes sign.
    ///
    /// - Parameters:
    ///   - lower: One end of the bracket.
    ///   - upper: The other end.
    ///   - valueAtLower: f(lower).
    ///   - valueAtUpper: f(upper), of the opposite sign (or zero).
    ///   - tolerance: The absolute accuracy wanted in the root.
    ///   - f: The function.
    /// - Returns: The root and the number of evaluations of `f`, or `nil` without a sign change.
    static func root(
        between lower: Double, and upper: Double, valueAtLower: Double, valueAtUpper: Double, tolerance: Double,
        of f: (Double) -> Double
    ) -> (root: Double, evaluations: Int)? {
        var a = lower
        var b = upper
        var fa = valueAtLower
        var fb = valueAtUpper
        guard fa.isFinite, fb.isFinite, (fa <= 0 && fb >= 0) || (fa >= 0 && fb <= 0) else { return nil }
        if fa == 0 { return (a, 0) }
        if fb == 0 { return (b, 0) }
        var c = a
        var fc = fa
        var d = b - a
        var e = d
        for evaluation in 0..<300 {
            if (fb > 0) == (fc > 0) {
                c = a
                fc = fa
                d = b - a
                e = d
            }
            if Swift.abs(fc) < Swift.abs(fb) {
                a = b
                b = c
                c = a
                fa = fb
                fb = fc
                fc = fa
            }
            let tol = 2 * Double.ulpOfOne * Swift.abs(b) + 0.5 * tolerance
            let middle = 0.5 * (c - b)
            if Swift.abs(middle) <= tol || fb == 0 { return (b, evaluation) }
            if Swift.abs(e) >= tol && Swift.abs(fa) > Swift.abs(fb) {
                let s = fb / fa
                var p: Double
                var q: Double
                if a == c {
                    p = 2 * middle * s  // secant
                    q = 1 - s
                } else {
                    let qa = fa / fc  // inverse quadratic interpolation
                    let r = fb / fc
                    p = s * (2 * middle * qa * (qa - r) - (b - a) * (r - 1))
                    q = (qa - 1) * (r - 1) * (s - 1)
                }
                if p > 0 { q = -q } else { p = -p }
                if 2 * p < Swift.min(3 * middle * q - Swift.abs(tol * q), Swift.abs(e * q)) {
                    e = d
                    d = p / q
                } else {
                    d = middle
                    e = d
                }
            } else {
                d = middle
                e = d
            }
            a = b
            fa = fb
            b += Swift.abs(d) > tol ? d : (middle > 0 ? tol : -tol)
            fb = f(b)
            if !fb.isFinite { return nil }
        }
        return (b, 300)
    }
}
