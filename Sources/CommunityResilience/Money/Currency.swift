/// An ISO 4217 currency: its three-letter code and the number of digits in its minor unit.
///
/// Only active ISO 4217 codes are accepted, so a typo such as `"GPB"` is rejected when a scenario
/// is read, not discovered when two amounts fail to add up. The minor-unit exponent fixes the
/// precision that ``Money`` keeps exactly (2 for pounds and pence, 0 for yen, 3 for dinars).
public struct Currency: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The ISO 4217 alphabetic code, e.g. `GBP`.
    public let code: String
    /// Digits after the decimal point in the minor unit (ISO 4217 "exponent").
    public let minorUnitDigits: Int

    /// Looks up an ISO 4217 code (case-sensitive, as the standard writes them: `GBP`).
    ///
    /// - Throws: ``ValidationIssue`` with ``ValidationIssue/Problem/unknownCurrency(_:)`` when the
    ///   code is not an active ISO 4217 code.
    public init(code: String) throws(ValidationIssue) {
        guard let digits = Currency.minorUnits[code] else {
            throw ValidationIssue(.unknownCurrency(code))
        }
        self.code = code
        self.minorUnitDigits = digits
    }

    private init(known code: String, digits: Int) {
        self.code = code
        self.minorUnitDigits = digits
    }

    /// Pound sterling.
    public static let gbp = Currency(known: "GBP", digits: 2)
    /// Euro.
    public static let eur = Currency(known: "EUR", digits: 2)
    /// US dollar.
    public static let usd = Currency(known: "USD", digits: 2)

    /// The value as reports and error messages show it.
    public var description: String { code }

    /// Orders values by their `code`.
    public static func < (lhs: Currency, rhs: Currency) -> Bool { lhs.code < rhs.code }

    /// Active ISO 4217 codes (list of 2024) and their minor-unit exponents. Codes not listed use
    /// two digits in the standard; they are named here so that unknown codes can be rejected.
    static let minorUnits: [String: Int] = {
        var table: [String: Int] = [:]
        let twoDigits = """
            AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BRL BSD BTN BWP BYN \
            BZD CAD CDF CHF CNY COP CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS \
            GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR \
            LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD \
            PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN \
            SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD UYU UZS VES WST XCD XCG YER ZAR ZMW ZWG
            """
        for code in twoDigits.split(separator: " ") { table[String(code)] = 2 }
        for code in "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF".split(separator: " ") {
            table[String(code)] = 0
        }
        for code in "BHD IQD JOD KWD LYD OMR TND".split(separator: " ") { table[String(code)] = 3 }
        for code in ["CLF", "UYW"] { table[code] = 4 }
        return table
    }()
}

extension Currency: Codable {
    /// Decodes a value from its JSON form, reporting a value that breaks the type's rules at its coding path.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do {
            try self.init(code: text)
        } catch {
            self = try decoder.recover(from: error, placeholder: .gbp)
        }
    }

    /// Encodes the value in the JSON form that `init(from:)` reads.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }
}
