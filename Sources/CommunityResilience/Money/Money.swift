import Foundation

/// An exact amount of money in one currency and one price base.
///
/// The amount is held as a whole number of minor units (pence for ``Currency/gbp``) in an
/// `Int128`, so sums are exact to the penny however many items are added, and no figure ever
/// shows floating-point noise. The currency and the ``PriceBase`` travel with the amount:
///
/// - adding, subtracting or comparing amounts in different currencies or price bases throws
///   (``MoneyError/currencyMismatch(_:_:)``, ``MoneyError/priceBaseMismatch(_:_:)``) — convert
///   explicitly with ``converted(using:)`` or ``rebased(to:using:)``;
/// - `Money * Money` does not exist; `Money * Double` (a rate or factor) and `Money / Money`
///   (a ratio) do;
/// - multiplying by a factor rounds once, half to even ("banker's rounding"), to the minor unit —
///   see ``multiplied(by:)-(Double)`` for the exact rule.
///
/// ```swift
/// let visit = try Money("180.50", .gbp, in: .financialYear(2023))
/// let twoVisits = try visit + visit                         // £361.00
/// let uplifted = try visit * 1.015                          // £183.21 (183.2075 → .21)
/// ```
///
/// Magnitudes are limited to ``limit`` minor units (10²⁰, i.e. a quintillion pounds), which keeps
/// every intermediate product inside `Int128` and is far beyond any public budget.
public struct Money: Hashable, Sendable {
    /// The amount in minor units (pence, cents …).
    public let minorUnits: Int128
    /// The currency.
    public let currency: Currency
    /// The year whose prices the amount is in.
    public let priceBase: PriceBase

    /// The largest magnitude, in minor units, that an amount may have.
    public static let limit: Int128 = 100_000_000_000_000_000_000

    /// Creates an amount from minor units.
    ///
    /// - Throws: ``MoneyError/overflow(_:)`` when `|minorUnits|` exceeds ``limit``.
    public init(minorUnits: Int128, _ currency: Currency, in priceBase: PriceBase) throws(MoneyError) {
        guard minorUnits.magnitude <= Money.limit.magnitude else {
            throw .overflow("\(minorUnits) minor units")
        }
        self.minorUnits = minorUnits
        self.currency = currency
        self.priceBase = priceBase
    }

    /// Creates an amount without checking the limit: for results already known to be in range.
    init(unchecked minorUnits: Int128, _ currency: Currency, _ priceBase: PriceBase) {
        assert(minorUnits.magnitude <= Money.limit.magnitude)
        self.minorUnits = minorUnits
        self.currency = currency
        self.priceBase = priceBase
    }

    /// A total of amounts each within the limit; the total itself may exceed it.
    init(total minorUnits: Int128, _ currency: Currency, _ priceBase: PriceBase) {
        self.minorUnits = minorUnits
        self.currency = currency
        self.priceBase = priceBase
    }

    /// Creates an amount of whole major units (pounds): `Money(2_500_000, .gbp, in: .financialYear(2023))`.
    ///
    /// - Throws: ``MoneyError/overflow(_:)`` beyond ``limit``.
    public init(_ majorUnits: Int, _ currency: Currency, in priceBase: PriceBase) throws(MoneyError) {
        let scale = Money.powerOfTen(currency.minorUnitDigits)
        let (units, overflow) = Int128(majorUnits).multipliedReportingOverflow(by: scale)
        guard !overflow else { throw .overflow("\(majorUnits) \(currency)") }
        try self.init(minorUnits: units, currency, in: priceBase)
    }

    /// Parses an exact decimal amount such as `"-120.50"` or `"2500000"`.
    ///
    /// Accepts an optional sign, digits, and at most as many decimals as the currency's minor
    /// unit. No exponent, grouping separator or currency symbol: the text must say exactly the
    /// amount meant.
    ///
    /// - Throws: ``ValidationIssue`` naming the text: ``ValidationIssue/Problem/malformed(_:expected:)``
    ///   for anything else, ``ValidationIssue/Problem/outOfRange(_:allowed:)`` beyond ``limit``.
    public init(_ text: String, _ currency: Currency, in priceBase: PriceBase) throws(ValidationIssue) {
        let units = try Money.parseMinorUnits(text, digits: currency.minorUnitDigits)
        self.init(unchecked: units, currency, priceBase)
    }

    /// Converts an exact `Decimal` (such as one decoded from JSON) to an amount.
    ///
    /// - Throws: ``ValidationIssue`` when the value is NaN, has more decimals than the currency
    ///   allows, or exceeds ``limit``.
    public init(_ amount: Decimal, _ currency: Currency, in priceBase: PriceBase) throws(ValidationIssue) {
        guard amount.isFinite else { throw ValidationIssue(.notFinite("\(amount)")) }
        // Decimal's description is plain positional notation without exponent.
        try self.init(amount.description, currency, in: priceBase)
    }

    /// Zero in the given currency and price base: the start of a sum.
    public static func zero(_ currency: Currency, in priceBase: PriceBase) -> Money {
        Money(unchecked: 0, currency, priceBase)
    }

    /// The exact amount as a `Decimal`, for display and interchange (not for hot arithmetic).
    public var amount: Decimal {
        Decimal(string: amountText) ?? Decimal(0)
    }

    /// The exact amount in plain decimal notation with all minor-unit digits, e.g. `"-120.50"`.
    public var amountText: String {
        let digits = currency.minorUnitDigits
        let magnitude = String(minorUnits.magnitude)
        let sign = minorUnits < 0 ? "-" : ""
        guard digits > 0 else { return sign + magnitude }
        let padded = String(repeating: "0", count: max(0, digits + 1 - magnitude.count)) + magnitude
        let split = padded.index(padded.endIndex, offsetBy: -digits)
        return sign + padded[..<split] + "." + padded[split...]
    }

    /// The amount in major units as a `Double` — for charts and numeric kernels only; sums of
    /// money stay in ``Money``.
    public var doubleValue: Double {
        minorUnits.nearestDouble / Money.powerOfTen(currency.minorUnitDigits).nearestDouble
    }

    /// Whether the amount is below zero.
    public var isNegative: Bool { minorUnits < 0 }
    /// Whether the amount is exactly zero.
    public var isZero: Bool { minorUnits == 0 }

    /// 10^`exponent`, for `exponent` in 0…38 (the powers an `Int128` holds) from a table, beyond
    /// that by multiplication (which overflows, as it always did).
    static func powerOfTen(_ exponent: Int) -> Int128 {
        if exponent >= 0 && exponent < powersOfTen.count { return powersOfTen[exponent] }
        var value: Int128 = 1
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    /// 10^0 … 10^38.
    private static let powersOfTen: [Int128] = {
        var powers: [Int128] = [1]
        for _ in 1...38 { powers.append(powers[powers.count - 1] * 10) }
        return powers
    }()

    static func parseMinorUnits(_ text: String, digits: Int) throws(ValidationIssue) -> Int128 {
        let expected = "a decimal amount such as 1200.50 with at most \(digits) decimal places"
        var bytes = Substring(text.trimmingCharacters(in: .whitespaces)).utf8[...]
        var negative = false
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        var units: Int128 = 0
        var seenDigit = false
        var decimals: Int? = nil
        for byte in bytes {
            if byte == UInt8(ascii: "."), decimals == nil {
                decimals = 0
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else {
                throw ValidationIssue(.malformed(text, expected: expected))
            }
            if let count = decimals {
                guard count < digits else {
                    // Trailing zeros beyond the minor unit are harmless ("1.500" pounds).
                    if byte == UInt8(ascii: "0") { continue }
                    throw ValidationIssue(.malformed(text, expected: expected))
                }
                decimals = count + 1
            }
            seenDigit = true
            units = units * 10 + Int128(byte - UInt8(ascii: "0"))
            guard units <= Money.limit else {
                throw ValidationIssue(.outOfRange(text, allowed: "the library's limit of ±10^20 minor units"))
            }
        }
        guard seenDigit else { throw ValidationIssue(.malformed(text, expected: expected)) }
        units *= powerOfTen(digits - (decimals ?? 0))
        guard units <= Money.limit else {
            throw ValidationIssue(.outOfRange(text, allowed: "the library's limit of ±10^20 minor units"))
        }
        return negative ? -units : units
    }
}

extension Int128 {
    /// `Double(self)`: the nearest `Double`, ties to even. A value that fits in 64 bits (every
    /// amount below £92 quadrillion) is converted through `Int64`, exactly as directly; Swift's
    /// conversion from `Int128` takes a generic path about twenty times slower, which showed in
    /// every ratio of money.
    var nearestDouble: Double {
        if self >= Int128(Int64.min) && self <= Int128(Int64.max) { return Double(Int64(truncatingIfNeeded: self)) }
        return Double(self)
    }
}
