import Foundation
import Testing

@testable import CommunityResilience

/// The platform-stable elementary functions. Their bits are pinned against a pure-Python port of
/// the same fdlibm algorithms (`/work/helpers/uncertainty-ref/portable.py`, which agrees with
/// glibc within 1 ulp on 500,000 random arguments), and compared here with Foundation's (glibc)
/// functions, which may differ by the last bit.
@Suite("Uncertainty: platform-stable math")
struct PortableMathTests {
    static func ulps(_ a: Double, _ b: Double) -> UInt64 {
        let x = Int64(bitPattern: a.bitPattern)
        let y = Int64(bitPattern: b.bitPattern)
        return x > y ? UInt64(x - y) : UInt64(y - x)
    }

    @Test("log and exp: pinned bits from the Python port")
    func pinned() {
        #expect(PortableMath.log(10) == 2.302585092994046)
        #expect(PortableMath.exp(1) == 2.7182818284590455)  // fdlibm's exp(1) is 1 ulp above e
        #expect(PortableMath.log(1e-300) == -690.7755278982137)
        #expect(PortableMath.exp(-700.5) == 5.980196118639791e-305)
        #expect(PortableMath.inverseStandardNormal(1e-12) == -7.034483825301132)
        // AS 241 gives 1.9599639845400536 (the Python port agrees), 1 ulp from scipy's norm.ppf(0.975).
        #expect(PortableMath.inverseStandardNormal(0.975) == 1.9599639845400536)
        #expect(
            isApproximatelyEqual(PortableMath.inverseStandardNormal(0.975), 1.959963984540054, relativeTolerance: 3e-16)
        )
    }

    @Test("log and exp within 1 ulp of Foundation over their ranges, and their special values")
    func againstFoundation() {
        var generator = Xoshiro256StarStar(seed: 1)
        for _ in 0..<20_000 {
            let x = Foundation.exp(-740 + 1449 * generator.nextDouble())
            #expect(Self.ulps(PortableMath.log(x), Foundation.log(x)) <= 1, "log(\(x))")
            let y = -745 + 1454.7 * generator.nextDouble()
            #expect(Self.ulps(PortableMath.exp(y), Foundation.exp(y)) <= 1, "exp(\(y))")
        }
        #expect(PortableMath.log(1) == 0)
        #expect(PortableMath.log(0) == -.infinity)
        #expect(PortableMath.log(-1).isNaN)
        #expect(PortableMath.log(.infinity) == .infinity)
        #expect(PortableMath.log(.leastNonzeroMagnitude) == Foundation.log(.leastNonzeroMagnitude))
        #expect(PortableMath.exp(0) == 1)
        #expect(PortableMath.exp(800) == .infinity)
        #expect(PortableMath.exp(-800) == 0)
        #expect(PortableMath.exp(.nan).isNaN)
        #expect(PortableMath.exp(-.infinity) == 0)
    }

    @Test(
        "erfc: absolute error below 1e-15 and relative below 2e-13 against glibc on [−6, 26.5] (beyond, erfc is subnormal)"
    )
    func complementaryErrorFunction() {
        var x = -6.0
        while x < 26.5 {
            let mine = PortableMath.complementaryErrorFunction(x)
            let reference = Foundation.erfc(x)
            #expect(abs(mine - reference) <= 1e-15 && abs(mine - reference) <= 2e-13 * reference, "erfc(\(x))")
            x += 0.00731
        }
        #expect(PortableMath.complementaryErrorFunction(30) == 0)
        #expect(PortableMath.complementaryErrorFunction(-30) == 2)
    }

    @Test(
        "the normal quantile inverts the normal distribution function",
        arguments: [1e-300, 1e-12, 0.001, 0.025, 0.3, 0.5, 0.8, 0.975, 1 - 1e-9])
    func normalRoundTrip(p: Double) {
        let z = PortableMath.inverseStandardNormal(p)
        let back = p < 0.5 ? PortableMath.standardNormalCDF(z) : 1 - PortableMath.standardNormalCDF(-z)
        #expect(isApproximatelyEqual(back, p, relativeTolerance: p < 0.5 ? 1e-12 : 1e-9))
    }

    @Test("log-gamma against glibc's lgamma")
    func logGamma() {
        for x in stride(from: 0.05, through: 60, by: 0.173) {
            let reference: Double = Foundation.lgamma(x)
            #expect(abs(PortableMath.logGamma(x) - reference) <= 4e-15 * max(1, abs(reference)), "lgamma(\(x))")
        }
    }

    /// scipy 1.17: `stats.beta(a, b).ppf(p)` and `special.betainc(a, b, x)`.
    @Test(
        "incomplete beta and its inverse against scipy",
        arguments: [
            (2.0, 18.0, 0.1, 0.0283493389049628), (2.0, 18.0, 0.9, 0.18976556332462935),
            (0.5, 0.5, 0.1, 0.024471741852423214), (0.5, 0.5, 0.9, 0.9755282581475768),
            (12.0, 8.0, 0.1, 0.4586791033248236), (12.0, 8.0, 0.9, 0.7367271621919713),
        ])
    func beta(a: Double, b: Double, p: Double, x: Double) {
        #expect(
            isApproximatelyEqual(PortableMath.inverseRegularizedIncompleteBeta(p, a, b), x, relativeTolerance: 1e-12))
        #expect(isApproximatelyEqual(PortableMath.regularizedIncompleteBeta(x, a, b), p, relativeTolerance: 1e-12))
    }
}
