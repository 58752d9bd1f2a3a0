import Foundation
import Testing

@testable import CommunityResilience

/// Multiplying by a factor whose digits were read once (what the appraisal does with discount
/// factors) gives exactly what multiplying by the `Double` gives, and the shortcuts for zero keep
/// every result and every error.
@Suite("Money × a factor read once")
struct MoneyFactorTests {
    @Test("a factor read once multiplies exactly as the Double does, on 20,000 seeded pairs")
    func sameProducts() throws {
        var random = SplitMix64(seed: 31)
        for index in 0..<20_000 {
            let minorUnits = Int128(Int64(bitPattern: random.next()) % 10_000_000_000)
            let amount = try Money(minorUnits: index % 7 == 0 ? 0 : minorUnits, .gbp, in: .financialYear(2024))
            // Discount-factor-like values, tiny and huge ones, and the odd exact decimal.
            let unit = Double(random.next() >> 11) * 0x1.0p-53
            let factor: Double
            switch index % 4 {
            case 0: factor = 1 / pow(1.035, Double(index % 60))
            case 1: factor = unit * 3
            case 2: factor = Double(index % 1_000) / 1_000
            default: factor = unit * pow(10, Double(Int(random.next() % 60) - 30))
            }
            let direct = Result { () throws(MoneyError) in try amount.multiplied(by: factor) }
            let once = Result { () throws(MoneyError) in try amount.multiplied(by: ExactDecimal.Factor(factor)) }
            #expect(direct == once, "\(amount.amountText) × \(factor)")
        }
    }

    @Test("zero times a finite factor is zero; a factor too large still overflows; NaN still throws")
    func zeroAmounts() throws {
        let zero = Money.zero(.gbp, in: .financialYear(2024))
        #expect(try zero.multiplied(by: 1e37).minorUnits == 0)
        #expect(try zero.multiplied(by: -0.035).minorUnits == 0)
        #expect(try zero.multiplied(by: ExactDecimal.Factor(0.966_183_574_879_227)).minorUnits == 0)
        // 1e40 is 1 × 10^40: beyond 10^38, reported as before (the product is not even formed).
        #expect(throws: MoneyError.self) { try zero.multiplied(by: 1e40) }
        #expect(throws: MoneyError.nonFiniteFactor(.infinity)) { try zero.multiplied(by: .infinity) }
        #expect(throws: MoneyError.self) { try zero.multiplied(by: ExactDecimal.Factor(.nan)) }
        // £1.00 × 0.015 = 1.5p → 2p, half to even, whichever way the factor is given.
        let pound = try Money(minorUnits: 100, .gbp, in: .financialYear(2024))
        #expect(try pound.multiplied(by: ExactDecimal.Factor(0.015)).minorUnits == 2)
        #expect(try pound.multiplied(by: 0.015).minorUnits == 2)
    }

    @Test("powers of ten from the table are those of repeated multiplication")
    func powersOfTen() {
        var power: Int128 = 1
        for exponent in 0...38 {
            #expect(Money.powerOfTen(exponent) == power)
            if exponent < 38 { power *= 10 }
        }
    }
}

extension Result where Failure == MoneyError {
    init(_ body: () throws(MoneyError) -> Success) {
        do {
            self = .success(try body())
        } catch {
            self = .failure(error)
        }
    }
}

/// Ratios of money convert `Int128` minor units to `Double` through 64 bits where they fit.
@Suite("Int128 to Double")
struct NearestDoubleTests {
    @Test("the 64-bit route rounds exactly as Double(_:) does, at every magnitude")
    func sameAsDouble() {
        var random = SplitMix64(seed: 128)
        var values: [Int128] = [
            0, 1, -1, Int128(Int64.max), Int128(Int64.min), Int128(Int64.max) + 1, Int128(Int64.min) - 1,
            Int128(1) << 53 + 1, -(Int128(1) << 53) - 1, Money.limit, -Money.limit, .max, .min,
        ]
        for index in 0..<10_000 {
            let wide = Int128(truncatingIfNeeded: random.next()) << 64 | Int128(random.next())
            // Shifted so that every bit length from 1 to 127 is tried.
            values.append(wide >> (index % 127))
        }
        for value in values {
            #expect(value.nearestDouble == Double(value), "\(value)")
        }
    }
}
