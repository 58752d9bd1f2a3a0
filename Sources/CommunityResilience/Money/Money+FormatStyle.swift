import Foundation

extension Money {
    /// Formats money for readers through Foundation's `FormatStyle` machinery.
    ///
    /// ```swift
    /// let saving = try Money(2_500_000, .gbp, in: .financialYear(2023))
    /// saving.formatted(.currency(locale: Locale(identifier: "en_GB")))  // "£2,500,000.00"
    /// saving.formatted(.compact(locale: Locale(identifier: "en_GB")))   // "£2.5m"
    /// ```
    ///
    /// The locale is always explicit in library code and tests (the Linux default locale is not
    /// `en_GB`); the report layer passes the one the user chose.
    public struct FormatStyle: Foundation.FormatStyle, Hashable, Sendable {
        /// How much detail to show.
        public enum Notation: Hashable, Sendable, Codable {
            /// Every digit, with the currency's minor unit: `£2,500,000.00`.
            case full
            /// Whole major units: `£2,500,000`.
            case wholeUnits
            /// Abbreviated in the UK public-finance manner, up to three significant digits:
            /// `£2.5m`, `£130k`, `£1.25bn`; amounts under a thousand are shown whole (`£950`).
            case compact
        }

        /// The notation.
        public var notation: Notation
        /// The locale for digits, separators and the currency symbol.
        public var locale: Locale

        /// Creates a style.
        public init(notation: Notation, locale: Locale) {
            self.notation = notation
            self.locale = locale
        }

        /// The formatted amount.
        public func format(_ value: Money) -> String {
            let code = value.currency.code
            switch notation {
            case .full:
                return value.amount.formatted(
                    .currency(code: code).locale(locale)
                        .precision(.fractionLength(value.currency.minorUnitDigits)))
            case .wholeUnits:
                return value.amount.formatted(
                    .currency(code: code).locale(locale).precision(.fractionLength(0)))
            case .compact:
                return compact(value)
            }
        }

        private func compact(_ value: Money) -> String {
            let magnitude = abs(value.doubleValue)
            // The largest scale at which the amount, rounded to three significant digits, is at
            // least 1 — so 999,600 shows as £1m rather than £1,000k.
            let scales: [(threshold: Double, suffix: String)] = [(1e9, "bn"), (1e6, "m"), (1e3, "k")]
            for scale in scales {
                let scaled = magnitude / scale.threshold
                guard scaled >= 0.9995 else { continue }
                let text = Self.threeSignificantDigits(scaled)
                let signed = (value.isNegative ? "-" : "") + text
                let number = (Decimal(string: signed) ?? 0).formatted(
                    .currency(code: value.currency.code).locale(locale)
                        .precision(.significantDigits(1...3)))
                return insertSuffix(scale.suffix, into: number)
            }
            return value.amount.formatted(
                .currency(code: value.currency.code).locale(locale).precision(.fractionLength(0)))
        }

        /// `x` (≥ 0) rounded to three significant digits, in positional notation ("2.50", "130").
        static func threeSignificantDigits(_ x: Double) -> String {
            guard x > 0, x.isFinite else { return "0" }
            let integerDigits = max(1, Int((x.magnitude).rounded(.down)).description.count)
            let decimals = max(0, 3 - integerDigits)
            return String(format: "%.\(decimals)f", x)
        }

        /// Puts the suffix straight after the last digit, so it works whether the locale writes
        /// the symbol before (`£2.5m`) or after the number (`2,5m €`).
        private func insertSuffix(_ suffix: String, into text: String) -> String {
            guard let lastDigit = text.lastIndex(where: { $0.isNumber }) else { return text + suffix }
            let split = text.index(after: lastDigit)
            return String(text[..<split]) + suffix + String(text[split...])
        }
    }

    /// The amount formatted with `style`.
    public func formatted(_ style: FormatStyle) -> String {
        style.format(self)
    }
}

extension Money.FormatStyle {
    /// Full currency format: `£2,500,000.00`.
    public static func currency(locale: Locale) -> Self { .init(notation: .full, locale: locale) }
    /// Whole major units: `£2,500,000`.
    public static func wholeUnits(locale: Locale) -> Self { .init(notation: .wholeUnits, locale: locale) }
    /// UK compact notation: `£2.5m`.
    public static func compact(locale: Locale) -> Self { .init(notation: .compact, locale: locale) }
}

extension FormatStyle where Self == Money.FormatStyle {
    /// Full currency format in British English: `£2,500,000.00`.
    public static var moneyGB: Money.FormatStyle { .currency(locale: Locale(identifier: "en_GB")) }
}
