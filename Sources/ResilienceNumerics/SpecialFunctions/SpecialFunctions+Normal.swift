import Foundation

extension SpecialFunctions {
    /// The standard normal density `φ(z) = exp(−z²/2) / √(2π)`.
    ///
    /// For `|z| ≥ 5` the square is split as `z² = h² + l(|z| + h)` with `h` the multiple of 1/16
    /// below `|z|` (so `h²` is exact), the device of R's `dnorm` (Loader 2000). Without it the
    /// rounding of `z²` alone costs `z²·2⁻⁵³` relative accuracy, about 1e-13 at `z = 30`.
    ///
    /// - Parameter z: A standard score; infinite values give 0, NaN gives NaN.
    /// - Returns: `φ(z)`.
    static func standardNormalDensity(_ z: Double) -> Double {
        let a = abs(z)
        guard a >= 5 else { return inverseSquareRootTwoPi * exp(-0.5 * z * z) }
        guard a < 40 else { return 0 }  // φ(40) ≈ 1.5e-348 underflows; NaN took the branch above
        let high = (a * 16).rounded(.down) / 16
        let low = a - high
        return inverseSquareRootTwoPi * exp(-0.5 * high * high) * exp(-0.5 * low * (a + high))
    }

    /// The standard normal distribution function `Φ(z) = P(Z ≤ z) = erfc(−z/√2) / 2`.
    ///
    /// Computed as the upper tail at `−z` (see ``standardNormalSurvival(_:)``), so the lower tail
    /// keeps full relative accuracy until it underflows near `z = −38.5`.
    ///
    /// - Parameter z: A standard score; `±∞` give 1 and 0, NaN gives NaN.
    /// - Returns: `Φ(z)`.
    static func standardNormalCDF(_ z: Double) -> Double {
        standardNormalSurvival(-z)
    }

    /// The standard normal upper tail `Q(z) = P(Z > z) = erfc(z/√2) / 2`, computed directly so that
    /// it is accurate far into the upper tail (`Q(10) ≈ 7.62e-24`), where `1 − Φ(z)` would be 0.
    ///
    /// glibc's `erfc` is accurate to an ulp or two, but the argument `u = z/√2` is rounded, and
    /// `d log erfc(u)/du ≈ −2u` turns that rounding into a relative error of up to `z²·2⁻⁵³`
    /// (1e-13 at `z = 30`). For `z > 5` the rounding residual `δ = z/√2 − u` is therefore recovered
    /// exactly with a fused multiply–add (and the low part of `1/√2`), and the first-order
    /// correction `erfc(u + δ) ≈ erfc(u)·(1 − 2e^{−u²}δ / (√π erfc(u)))` is applied.
    ///
    /// - Parameter z: A standard score.
    /// - Returns: `1 − Φ(z)` to within a few ulps relative.
    static func standardNormalSurvival(_ z: Double) -> Double {
        let u = z * inverseSquareRootTwoHigh
        let complement = erfc(u)
        guard z > 5 && complement > 0 else { return 0.5 * complement }  // below 5 the error is < 3e-15
        let residual = (-u).addingProduct(z, inverseSquareRootTwoHigh) + z * inverseSquareRootTwoLow
        let logDerivative = 2 * exp(-u * u) / (squareRootPi * complement)
        return 0.5 * complement * (1 - logDerivative * residual)
    }

    /// `1/√2` rounded to a double, and the remainder `1/√2 − inverseSquareRootTwoHigh`.
    private static let inverseSquareRootTwoHigh = 0.707_106_781_186_547_6
    private static let inverseSquareRootTwoLow = -4.833_646_656_726_456_5e-17

    /// The standard normal quantile `Φ⁻¹(p)` by Wichura's algorithm AS 241 (`PPND16`).
    ///
    /// Three rational approximations of degree 7 — the central region `|p − ½| ≤ 0.425` and two
    /// tail regions in `r = √(−log min(p, 1 − p))` — accurate to about 1 part in 10¹⁶.
    /// Reference: M. J. Wichura (1988), "Algorithm AS 241: The percentage points of the normal
    /// distribution", *Applied Statistics* 37(3), 477–484. For an upper-tail probability `q`
    /// call `-inverseStandardNormal(q)`: forming `1 − q` first would discard the digits of `q`.
    ///
    /// - Parameter p: A probability strictly between 0 and 1 (the caller checks).
    /// - Returns: `z` with `Φ(z) = p`.
    static func inverseStandardNormal(_ p: Double) -> Double {
        let q = p - 0.5
        if abs(q) <= 0.425 {
            let r = 0.180625 - q * q
            return q * polynomial(as241Central.numerator, at: r) / polynomial(as241Central.denominator, at: r)
        }
        // 1 − p is exact for p ≥ ½ (Sterbenz), so the upper half loses nothing here.
        var r = (q < 0 ? p : 1 - p)
        r = (-log(r)).squareRoot()
        let value: Double
        if r <= 5 {
            r -= 1.6
            value = polynomial(as241Intermediate.numerator, at: r) / polynomial(as241Intermediate.denominator, at: r)
        } else {
            r -= 5
            value = polynomial(as241Tail.numerator, at: r) / polynomial(as241Tail.denominator, at: r)
        }
        return q < 0 ? -value : value
    }

    /// Coefficients of AS 241 for `|p − ½| ≤ 0.425` (Wichura 1988, coefficients A and B).
    private static let as241Central = (
        numerator: [
            3.387_132_872_796_366_608_0, 1.331_416_678_917_843_774_5e2, 1.971_590_950_306_551_442_7e3,
            1.373_169_376_550_946_112_5e4, 4.592_195_393_154_987_145_7e4, 6.726_577_092_700_870_085_3e4,
            3.343_057_558_358_812_810_5e4, 2.509_080_928_730_122_672_7e3,
        ],
        denominator: [
            1.0, 4.231_333_070_160_091_125_2e1, 6.871_870_074_920_579_083_0e2, 5.394_196_021_424_751_107_7e3,
            2.121_379_430_158_659_586_7e4, 3.930_789_580_009_271_061_0e4, 2.872_908_573_572_194_267_4e4,
            5.226_495_278_852_854_561_0e3,
        ]
    )

    /// Coefficients of AS 241 for `r = √(−log min(p, 1 − p)) ≤ 5` (coefficients C and D).
    private static let as241Intermediate = (
        numerator: [
            1.423_437_110_749_683_577_34, 4.630_337_846_156_545_295_90, 5.769_497_221_460_691_405_50,
            3.647_848_324_763_204_605_04, 1.270_458_252_452_368_382_58, 2.417_807_251_774_506_117_70e-1,
            2.272_384_498_926_918_458_33e-2, 7.745_450_142_783_414_076_40e-4,
        ],
        denominator: [
            1.0, 2.053_191_626_637_758_821_87, 1.676_384_830_183_803_849_40, 6.897_673_349_851_000_045_50e-1,
            1.481_039_764_274_800_745_90e-1, 1.519_866_656_361_645_719_66e-2, 5.475_938_084_995_344_946_00e-4,
            1.050_750_071_644_416_843_24e-9,
        ]
    )

    /// Coefficients of AS 241 for `r > 5`, i.e. `min(p, 1 − p) < e⁻²⁵ ≈ 1.4e-11` (E and F).
    private static let as241Tail = (
        numerator: [
            6.657_904_643_501_103_777_20, 5.463_784_911_164_114_369_90, 1.784_826_539_917_291_335_80,
            2.965_605_718_285_048_912_30e-1, 2.653_218_952_657_612_309_30e-2, 1.242_660_947_388_078_438_60e-3,
            2.711_555_568_743_487_578_15e-5, 2.010_334_399_292_288_132_65e-7,
        ],
        denominator: [
            1.0, 5.998_322_065_558_879_376_90e-1, 1.369_298_809_227_358_053_10e-1, 1.487_536_129_085_061_485_25e-2,
            7.868_691_311_456_132_591_00e-4, 1.846_318_317_510_054_681_80e-5, 1.421_511_758_316_445_888_70e-7,
            2.044_263_103_389_939_785_64e-15,
        ]
    )
}
