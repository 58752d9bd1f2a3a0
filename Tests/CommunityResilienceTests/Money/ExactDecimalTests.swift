import Testing

@testable import CommunityResilience

/// `ExactDecimal.parts(of:)` reads the digits Swift prints for a Double. It now reads them as
/// UTF-8 bytes rather than Characters (the Character version dominated appraisal profiles); the
/// old version is kept here as the reference and both must agree on every value.
@Suite("Exact decimal digits of a Double")
struct ExactDecimalAgainstCharacterParsingTests {
    /// The previous implementation, verbatim in behaviour: Characters and `wholeNumberValue`.
    static func referenceParts(of value: Double) -> (significand: Int128, exponent: Int) {
        var significand: Int128 = 0
        var exponent = 0
        var negative = false
        var afterPoint = false
        var exponentText = ""
        var inExponent = false
        for character in value.description {
            if inExponent {
                exponentText.append(character)
                continue
            }
            switch character {
            case "-": negative = true
            case ".": afterPoint = true
            case "e", "E": inExponent = true
            default:
                guard let digit = character.wholeNumberValue else { continue }
                significand = significand * 10 + Int128(digit)
                if afterPoint { exponent -= 1 }
            }
        }
        if let shift = Int(exponentText) { exponent += shift }
        while significand != 0, significand % 10 == 0 {
            significand /= 10
            exponent += 1
        }
        return (negative ? -significand : significand, exponent)
    }

    @Test(
        "hand-checked values",
        arguments: [
            (0.015, Int128(15), -3), (1e-07, 1, -7), (1200.0, 12, 2), (-2.5, -25, -1), (1e20, 1, 20),
            (0.30000000000000004, 30_000_000_000_000_004, -17), (5e-324, 5, -324),
            (1.7976931348623157e308, 17_976_931_348_623_157, 292),
            (0, 0, -1), (-1.25e-5, -125, -7),
        ])
    func handChecked(value: Double, significand: Int128, exponent: Int) {
        let parts = ExactDecimal.parts(of: value)
        #expect(parts.significand == significand && parts.exponent == exponent)
    }

    @Test("agrees with the Character-based reading on 20,000 seeded values")
    func agreesWithReference() {
        var state: UInt64 = 0x0DEC
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            // Random bit patterns cover every exponent; skip NaN and infinities (callers reject them).
            let value = Double(bitPattern: state)
            guard value.isFinite else { continue }
            let (a, b) = (ExactDecimal.parts(of: value), Self.referenceParts(of: value))
            #expect(a.significand == b.significand && a.exponent == b.exponent, "\(value)")
        }
    }
}
