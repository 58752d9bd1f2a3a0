/// Elementary functions built only from IEEE 754 basic operations, so that a simulation gives the
/// same bits on every platform.
///
/// IEEE 754 requires `+`, `−`, `×`, `÷` and square root to be correctly rounded, so they give the
/// same result everywhere; `log`, `exp`, `sin` and the like come from the platform's C library
/// (glibc on Linux, Apple's libm on macOS), whose results may differ in the last bit. A draw from
/// a normal or log-normal distribution that went through the platform's `log` could therefore
/// differ between a laptop and a server. These implementations use only basic operations and bit
/// manipulation, in a fixed order, so their results are identical wherever Swift runs. (Swift
/// does not fuse `a * b + c` into a fused multiply-add unless asked to, which would change the
/// rounding.)
///
/// - ``log(_:)`` and ``exp(_:)`` follow Sun Microsystems' fdlibm 5.3 (`e_log.c`, `e_exp.c`; the
///   algorithms described there and in P. T. P. Tang, "Table-driven implementation of the
///   exponential function", ACM TOMS 15 (1989)), with fdlibm's published coefficients; both are
///   within 1 ulp of the exact result.
/// - The normal distribution and inverse (`PortableMath+Normal.swift`) and the log-gamma and
///   incomplete beta functions (`PortableMath+Beta.swift`) are built on these.
enum PortableMath {
    // fdlibm e_log.c constants, as bit patterns (the decimal forms round to the same doubles).
    static let ln2High = Double(bitPattern: 0x3FE6_2E42_FEE0_0000)  // 6.93147180369123816490e-01
    static let ln2Low = Double(bitPattern: 0x3DEA_39EF_3579_3C76)  // 1.90821492927058770002e-10
    static let two54 = Double(bitPattern: 0x4350_0000_0000_0000)  // 2⁵⁴
    static let lg1 = Double(bitPattern: 0x3FE5_5555_5555_5593)  // 6.666666666666735130e-01
    static let lg2 = Double(bitPattern: 0x3FD9_9999_9997_FA04)  // 3.999999999940941908e-01
    static let lg3 = Double(bitPattern: 0x3FD2_4924_9422_9359)  // 2.857142874366239149e-01
    static let lg4 = Double(bitPattern: 0x3FCC_71C5_1D8E_78AF)  // 2.222219843214978396e-01
    static let lg5 = Double(bitPattern: 0x3FC7_4664_96CB_03DE)  // 1.818357216161805012e-01
    static let lg6 = Double(bitPattern: 0x3FC3_9A09_D078_C69F)  // 1.531383769920937332e-01
    static let lg7 = Double(bitPattern: 0x3FC2_F112_DF3E_5244)  // 1.479819860511658591e-01

    /// The natural logarithm.
    ///
    /// fdlibm's method: write x = 2ᵏ(1 + f) with √2/2 < 1 + f < √2, then
    /// log(1 + f) = 2s + s·R(s²) with s = f/(2 + f), R a minimax polynomial of degree 14 in s
    /// (error below 2⁻⁵⁸·⁴⁵), and log x = k·ln2 + log(1 + f) with ln2 split in two parts so that
    /// k·ln2High is exact. Error below 1 ulp.
    ///
    /// - Parameter x: Any double; `log(0) = −∞`, negative or NaN arguments give NaN, `log(∞) = ∞`.
    /// - Returns: ln x.
    static func log(_ x: Double) -> Double {
        var x = x
        var bits = x.bitPattern
        var hx = Int32(truncatingIfNeeded: bits >> 32)
        let lx = UInt32(truncatingIfNeeded: bits)
        var k: Int32 = 0
        if hx < 0x0010_0000 {  // x < 2⁻¹⁰²², zero, negative or NaN with the sign bit set
            if (hx & 0x7FFF_FFFF) == 0 && lx == 0 { return -.infinity }
            if hx < 0 { return .nan }
            k -= 54
            x *= two54  // subnormal: scale up
            bits = x.bitPattern
            hx = Int32(truncatingIfNeeded: bits >> 32)
        }
        if hx >= 0x7FF0_0000 { return x + x }  // ∞ or NaN
        k += (hx >> 20) - 1023
        hx &= 0x000F_FFFF
        let i = (hx &+ 0x95F64) & 0x10_0000
        // Normalise x or x/2 into [√2/2, √2).
        let high = UInt64(UInt32(bitPattern: hx | (i ^ 0x3FF0_0000)))
        x = Double(bitPattern: (high << 32) | (bits & 0xFFFF_FFFF))
        k += i >> 20
        let f = x - 1.0
        let dk = Double(k)
        if (0x000F_FFFF & (2 &+ hx)) < 3 {  // |f| < 2⁻²⁰
            if f == 0 {
                return k == 0 ? 0 : dk * ln2High + dk * ln2Low
            }
            let r = f * f * (0.5 - 0.33333333333333333 * f)
            return k == 0 ? f - r : dk * ln2High - ((r - dk * ln2Low) - f)
        }
        let s = f / (2.0 + f)
        let z = s * s
        var j = hx &- 0x6147A
        let w = z * z
        let m = 0x6B851 &- hx
        let t1 = w * (lg2 + w * (lg4 + w * lg6))
        let t2 = z * (lg1 + w * (lg3 + w * (lg5 + w * lg7)))
        j |= m
        let r = t2 + t1
        if j > 0 {
            let halfSquare = 0.5 * f * f
            return k == 0
                ? f - (halfSquare - s * (halfSquare + r))
                : dk * ln2High - ((halfSquare - (s * (halfSquare + r) + dk * ln2Low)) - f)
        }
        return k == 0 ? f - s * (f - r) : dk * ln2High - ((s * (f - r) - dk * ln2Low) - f)
    }

    // fdlibm e_exp.c constants.
    static let inverseLn2 = Double(bitPattern: 0x3FF7_1547_652B_82FE)  // 1.44269504088896338700e+00
    static let p1 = Double(bitPattern: 0x3FC5_5555_5555_553E)  // 1.66666666666666019037e-01
    static let p2 = Double(bitPattern: 0xBF66_C16C_16BE_BD93)  // -2.77777777770155933842e-03
    static let p3 = Double(bitPattern: 0x3F11_566A_AF25_DE2C)  // 6.61375632143793436117e-05
    static let p4 = Double(bitPattern: 0xBEBB_BD41_C5D2_6BF1)  // -1.65339022054652515390e-06
    static let p5 = Double(bitPattern: 0x3E66_3769_72BE_A4D0)  // 4.13813679705723846039e-08
    static let overflowThreshold = Double(bitPattern: 0x4086_2E42_FEFA_39EF)  // 7.09782712893383973096e+02
    static let underflowThreshold = Double(bitPattern: 0xC087_4910_D52D_3051)  // -7.45133219101941108420e+02
    static let twoToMinus1000 = Double(bitPattern: 0x0170_0000_0000_0000)  // 2⁻¹⁰⁰⁰

    /// The exponential function.
    ///
    /// fdlibm's method: reduce x = k·ln2 + r with |r| ≤ ln2/2 (r carried as hi − lo), approximate
    /// exp(r) = 1 + r + r·c/(2 − c) with c = r − r²·P(r²), P a minimax polynomial of degree 5
    /// (error below 2⁻⁵⁹), and scale by 2ᵏ through the exponent bits. Error below 1 ulp.
    ///
    /// - Parameter x: Any double; overflows to `∞` above 709.78, underflows to 0 below −745.13.
    /// - Returns: eˣ.
    static func exp(_ x: Double) -> Double {
        var x = x
        let bits = x.bitPattern
        var hx = UInt32(truncatingIfNeeded: bits >> 32)
        let negative = (hx >> 31) != 0
        hx &= 0x7FFF_FFFF
        if hx >= 0x4086_2E42 {  // |x| ≥ 709.78…
            if hx >= 0x7FF0_0000 {
                if (hx & 0xFFFFF) != 0 || UInt32(truncatingIfNeeded: bits) != 0 { return x + x }  // NaN
                return negative ? 0 : x  // exp(±∞)
            }
            if x > overflowThreshold { return .infinity }
            if x < underflowThreshold { return 0 }
        }
        var k: Int = 0
        var high = 0.0
        var low = 0.0
        if hx > 0x3FD6_2E42 {  // |x| > ln2/2
            if hx < 0x3FF0_A2B2 {  // and |x| < 1.5 ln2
                high = negative ? x + ln2High : x - ln2High
                low = negative ? -ln2Low : ln2Low
                k = negative ? -1 : 1
            } else {
                // The rounding of invln2·x to an integer truncates towards zero after adding ±½.
                k = Int(inverseLn2 * x + (negative ? -0.5 : 0.5))
                let t = Double(k)
                high = x - t * ln2High  // exact: t·ln2High has few significant bits
                low = t * ln2Low
            }
            x = high - low
        } else if hx < 0x3E30_0000 {  // |x| < 2⁻²⁸
            return 1 + x
        }
        let t = x * x
        let c = x - t * (p1 + t * (p2 + t * (p3 + t * (p4 + t * p5))))
        if k == 0 { return 1 - ((x * c) / (c - 2.0) - x) }
        let y = 1 - ((low - (x * c) / (2.0 - c)) - high)
        if k >= -1021 {
            return Double(bitPattern: y.bitPattern &+ (UInt64(bitPattern: Int64(k)) << 52))
        }
        return Double(bitPattern: y.bitPattern &+ (UInt64(bitPattern: Int64(k + 1000)) << 52)) * twoToMinus1000
    }

    /// `coefficients[0] + x·(coefficients[1] + x·(…))`, by Horner's rule in a fixed order.
    @inline(__always)
    static func polynomial(_ coefficients: [Double], at x: Double) -> Double {
        var result = 0.0
        for coefficient in coefficients.reversed() { result = result * x + coefficient }
        return result
    }
}
