import CommunityResilience
import Foundation

extension FuzzTarget {
    /// Currencies with each minor-unit exponent ISO 4217 uses (2, 0, 3 and 4 digits).
    static let currencies: [Currency] = ["GBP", "JPY", "BHD", "CLF"].compactMap { try? Currency(code: $0) }
    /// Price bases of both kinds, including the edges of the supported years.
    static let priceBases: [PriceBase] = [
        .financialYear(2023), .calendarYear(2024), .financialYear(1800), .financialYear(9999),
    ]

    /// `Money(_ text:_:in:)`: the first byte picks the currency, the second the price base, the
    /// rest is the amount's text.
    ///
    /// Properties: an accepted amount is within ``Money/limit``; its ``Money/amountText`` parses
    /// back to it; it survives a JSON round trip (amount as a string) and converts to and from
    /// `Decimal` exactly; it formats in every notation.
    static let moneyText = FuzzTarget(name: "money-text", summary: "Money(_ text:_:in:), amountText and JSON") { data in
        var input = FuzzInput(data)
        let currency = input.pick(currencies)
        let base = input.pick(priceBases)
        let text = String(decoding: input.rest(), as: UTF8.self)
        let money: Money
        do throws(ValidationIssue) {
            money = try Money(text, currency, in: base)
        } catch {
            _ = error.description
            return
        }
        FuzzCheck.require(
            money.minorUnits.magnitude <= Money.limit.magnitude, "'\(text)' parsed beyond the limit: \(money)")
        FuzzCheck.require(
            (try? Money(money.amountText, currency, in: base)) == money,
            "'\(text)' parsed to \(money), whose amountText does not parse back")
        FuzzCheck.require(
            (try? Money(money.amount, currency, in: base)) == money,
            "\(money) does not survive a round trip through Decimal (\(money.amount))")
        FuzzCheck.requireJSONRoundTrip(money, what: "Money '\(text)'")
        let locale = Locale(identifier: "en_GB")
        for style in [
            Money.FormatStyle.currency(locale: locale), .wholeUnits(locale: locale), .compact(locale: locale),
        ] {
            FuzzCheck.require(!money.formatted(style).isEmpty, "\(money) formats as empty text")
        }
    }

    /// Arithmetic on amounts read from the bytes (any minor units within the limit, any factor,
    /// any weights): `+`, `−`, `×`, `/`, ``Money/allocated(proportionallyTo:)`` and rebasing.
    ///
    /// Properties: nothing traps — every out-of-range result is a thrown ``MoneyError`` — and an
    /// allocation's parts add up to the amount exactly, each with its sign.
    static let moneyArithmetic = FuzzTarget(
        name: "money-arithmetic", summary: "Money arithmetic, allocation and rebasing"
    ) { data in
        var input = FuzzInput(data)
        let currency = input.pick(currencies)
        let base = input.pick(priceBases)
        func amount() -> Money? {
            try? Money(minorUnits: input.integer(Int128.self) % (Money.limit + 1), currency, in: base)
        }
        guard let a = amount(), let b = amount() else { return }
        let factor = input.double()
        let count = input.integer(Int.self)
        _ = try? a + b
        _ = try? a - b
        _ = -a
        _ = try? a.multiplied(by: factor)
        _ = try? a.multiplied(by: count)
        _ = try? a / b
        _ = try? a.isLess(than: b)
        if let product = try? a.multiplied(by: factor) {
            FuzzCheck.require(
                product.minorUnits.magnitude <= Money.limit.magnitude, "\(a) × \(factor) is beyond the limit")
        }
        var weights: [Double] = []
        let weightCount = Int(input.byte() % 16)
        for _ in 0..<weightCount {
            // Half the weights are small whole numbers, half any bit pattern.
            weights.append(input.byte() % 2 == 0 ? Double(input.byte()) : input.double())
        }
        if let parts = try? a.allocated(proportionallyTo: weights) {
            FuzzCheck.require(
                parts.count == weights.count, "allocation gave \(parts.count) parts for \(weights.count) weights")
            let total = parts.reduce(Int128(0)) { $0 + $1.minorUnits }
            FuzzCheck.require(total == a.minorUnits, "\(a) allocated by \(weights) gives parts summing to \(total)")
            FuzzCheck.require(
                parts.allSatisfy { $0.minorUnits == 0 || ($0.minorUnits < 0) == a.isNegative },
                "\(a) allocated by \(weights) has a part of the other sign")
            for (part, weight) in zip(parts, weights) where weight == 0 {
                FuzzCheck.require(part.isZero, "\(a) allocated by \(weights) gives \(part) to a zero weight")
            }
        }
        let index = input.double()
        if let series = try? DeflatorSeries(source: "fuzz", indices: [base: 100, .financialYear(2030): index]) {
            _ = try? a.rebased(to: .financialYear(2030), using: series)
        }
        if let rate = try? ExchangeRate(from: currency, to: input.pick(currencies), rate: input.double()) {
            _ = try? a.converted(using: rate)
        }
    }

    /// `GSSCode(_:)`: an accepted code is nine characters, a country letter and eight ASCII
    /// digits, and survives a JSON round trip.
    static let gssCode = FuzzTarget(name: "gss-code", summary: "GSSCode(_:) and its JSON form") { data in
        let text = String(decoding: data, as: UTF8.self)
        guard let code = try? GSSCode(text) else { return }
        FuzzCheck.require(code.rawValue == text, "GSSCode('\(text)') holds '\(code.rawValue)'")
        let bytes = Array(text.utf8)
        FuzzCheck.require(
            bytes.count == 9 && "EWSNKLM".utf8.contains(bytes[0])
                && bytes.dropFirst().allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) },
            "GSSCode accepted '\(text)' (\(bytes))")
        FuzzCheck.require(code.entityCode.count == 3, "\(code) has entity code \(code.entityCode)")
        FuzzCheck.requireJSONRoundTrip(code, what: "GSSCode '\(text)'")
    }

    /// `Currency(code:)`: an accepted code is three ASCII capitals with a minor unit of 0…4 digits,
    /// and survives a JSON round trip.
    static let currency = FuzzTarget(name: "currency", summary: "Currency(code:) and its JSON form") { data in
        let text = String(decoding: data, as: UTF8.self)
        guard let currency = try? Currency(code: text) else { return }
        FuzzCheck.require(currency.code == text, "Currency(code: '\(text)') holds '\(currency.code)'")
        FuzzCheck.require(
            text.utf8.count == 3 && text.utf8.allSatisfy { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) },
            "Currency accepted '\(text)'")
        FuzzCheck.require(
            (0...4).contains(currency.minorUnitDigits), "\(currency) has \(currency.minorUnitDigits) minor-unit digits")
        FuzzCheck.requireJSONRoundTrip(currency, what: "Currency '\(text)'")
    }

    /// `PriceBase(parsing:)`: what parses prints as text that parses back, and survives a JSON
    /// round trip; years stay within 1800…9999.
    static let priceBase = FuzzTarget(name: "price-base", summary: "PriceBase(parsing:) and its JSON form") { data in
        let text = String(decoding: data, as: UTF8.self)
        guard let base = try? PriceBase(parsing: text) else { return }
        FuzzCheck.require((1800...9999).contains(base.startYear), "PriceBase(parsing: '\(text)') is \(base)")
        FuzzCheck.require(
            (try? PriceBase(parsing: base.description)) == base,
            "'\(text)' parses to \(base), whose text does not parse back to it")
        FuzzCheck.requireJSONRoundTrip(base, what: "PriceBase '\(text)'")
    }
}
