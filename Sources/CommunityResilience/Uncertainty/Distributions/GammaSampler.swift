/// Gamma(shape, 1) variates by Marsaglia and Tsang's method, the building block of beta and PERT
/// draws.
///
/// G. Marsaglia and W. W. Tsang (2000), "A simple method for generating gamma variables", *ACM
/// Transactions on Mathematical Software* 26(3), 363–372. For shape a ≥ 1, with d = a − ⅓ and
/// c = 1/√(9d): draw a standard normal x (by inversion of one open-interval uniform) until
/// v = (1 + cx)³ > 0, then a uniform u; accept d·v if u < 1 − 0.0331x⁴ (the squeeze, which
/// decides about 98% of draws without a logarithm) or ln u < x²/2 + d(1 − v + ln v), else start
/// again. For a < 1, Gamma(a) = Gamma(a + 1)·U^(1/a) (their §6), carried in logarithms so that
/// tiny values do not underflow.
struct GammaSampler: Hashable, Sendable {
    let shape: Double
    let d: Double
    let c: Double
    /// Whether the shape is below 1 and the draw needs the U^(1/a) boost.
    let boosted: Bool

    init(shape: Double) {
        self.shape = shape
        boosted = shape < 1
        d = (boosted ? shape + 1 : shape) - 1.0 / 3.0
        c = 1 / (9 * d).squareRoot()
    }

    /// A Gamma(max(shape, shape + 1)) variate: the Marsaglia–Tsang loop.
    @inline(__always)
    func coreDraw<G: RandomNumberGenerator>(using generator: inout G) -> Double {
        while true {
            var x: Double
            var v: Double
            repeat {
                x = PortableMath.inverseStandardNormal(generator.nextDoubleInOpenUnitInterval())
                v = 1 + c * x
            } while v <= 0
            v = v * v * v
            let u = generator.nextDoubleInOpenUnitInterval()
            let squared = x * x
            if u < 1 - 0.0331 * squared * squared { return d * v }
            if PortableMath.log(u) < 0.5 * squared + d * (1 - v + PortableMath.log(v)) { return d * v }
        }
    }

    /// A Gamma(shape) variate (for shape ≥ 1; below 1 use ``logDraw(using:)``).
    @inline(__always)
    func draw<G: RandomNumberGenerator>(using generator: inout G) -> Double {
        coreDraw(using: &generator)
    }

    /// The logarithm of a Gamma(shape) variate: ln G(a + 1) + ln(U)/a when boosted.
    @inline(__always)
    func logDraw<G: RandomNumberGenerator>(using generator: inout G) -> Double {
        let core = PortableMath.log(coreDraw(using: &generator))
        guard boosted else { return core }
        return core + PortableMath.log(generator.nextDoubleInOpenUnitInterval()) / shape
    }
}
