import Foundation

/// JSON form: `{"amount": "2500000.00", "currency": "GBP", "priceBase": "2023-24"}`.
///
/// The amount is written as a string so that no JSON reader can turn it into a binary
/// floating-point number; a JSON number is also accepted on input and read exactly (as a
/// `Decimal`), but must not have more decimals than the currency's minor unit.
extension Money: Codable {
    private enum CodingKeys: String, CodingKey { case amount, currency, priceBase }

    /// Decodes a value from its JSON form, reporting a value that breaks the type's rules at its coding path.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let currency = try container.decode(Currency.self, forKey: .currency)
        let priceBase = try container.decode(PriceBase.self, forKey: .priceBase)
        let text: String
        if let string = try? container.decode(String.self, forKey: .amount) {
            text = string
        } else {
            let number = try container.decode(Decimal.self, forKey: .amount)
            text = number.isFinite ? number.description : "NaN"
        }
        do {
            try self.init(text, currency, in: priceBase)
        } catch {
            self = try decoder.recover(
                from: error.located(under: "amount"), placeholder: .zero(currency, in: priceBase))
        }
    }

    /// Encodes the value in the JSON form that `init(from:)` reads.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(amountText, forKey: .amount)
        try container.encode(currency, forKey: .currency)
        try container.encode(priceBase, forKey: .priceBase)
    }
}

extension Money: CustomStringConvertible {
    /// `GBP 2500000.00 (2023-24 prices)`: unambiguous and locale-independent, for logs and
    /// explanations. Use ``formatted(_:)`` for readers.
    public var description: String {
        "\(currency.code) \(amountText) (\(priceBase) prices)"
    }
}
