/// An explicit rate for converting amounts from one currency to another.
///
/// The library never converts currencies on its own; a caller who has, say, EU funding in euros
/// states the rate and its source, and the conversion shows in the result.
public struct ExchangeRate: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The currency converted from.
    public let source: Currency
    /// The currency converted to.
    public let target: Currency
    /// Units of `target` per unit of `source`.
    public let rate: Double

    /// Creates a rate.
    ///
    /// - Throws: ``ValidationIssue`` when the rate is not finite and positive.
    public init(from source: Currency, to target: Currency, rate: Double) throws(ValidationIssue) {
        guard rate.isFinite else { throw ValidationIssue(.notFinite("\(rate)"), at: "rate") }
        guard rate > 0 else { throw ValidationIssue(.outOfRange("\(rate)", allowed: "(0, ∞)"), at: "rate") }
        self.source = source
        self.target = target
        self.rate = rate
    }

    /// The value as reports and error messages show it.
    public var description: String { "1 \(source) = \(rate) \(target)" }

    private enum CodingKeys: String, CodingKey { case source, target, rate }

    /// Decodes `{"source": "GBP", "target": "EUR", "rate": 1.17}` and checks the rate as
    /// ``init(from:to:rate:)`` does, so that a file cannot hold a rate the initialiser refuses.
    ///
    /// - Throws: `DecodingError.dataCorrupted` whose underlying error is the ``ValidationIssue``
    ///   at `rate`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let source = try container.decode(Currency.self, forKey: .source)
        let target = try container.decode(Currency.self, forKey: .target)
        let rate = try container.decode(Double.self, forKey: .rate)
        do {
            try self.init(from: source, to: target, rate: rate)
        } catch {
            self = try decoder.recover(from: [error], placeholder: ExchangeRate(unchecked: source, target, rate: 1))
        }
    }

    /// A rate known to be finite and positive; for stand-ins.
    private init(unchecked source: Currency, _ target: Currency, rate: Double) {
        self.source = source
        self.target = target
        self.rate = rate
    }
}

extension Money {
    /// This amount converted at an explicit exchange rate, rounded half to even to the target
    /// currency's minor unit. The price base is kept.
    ///
    /// - Throws: ``MoneyError/exchangeRateDoesNotApply(rate:amount:)`` when the rate is not from
    ///   this amount's currency, or overflow.
    public func converted(using exchange: ExchangeRate) throws(MoneyError) -> Money {
        guard exchange.source == currency else {
            throw .exchangeRateDoesNotApply(rate: exchange.description, amount: currency)
        }
        // Scale by the rate and by the difference in minor-unit digits in one exact step.
        let digitShift = exchange.target.minorUnitDigits - currency.minorUnitDigits
        var factor = exchange.rate
        if digitShift != 0 { factor *= pow10(digitShift) }
        let value = try multiplied(by: factor)
        return try Money(minorUnits: value.minorUnits, exchange.target, in: priceBase)
    }

    private func pow10(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<abs(exponent) { result *= 10 }
        return exponent < 0 ? 1 / result : result
    }
}
