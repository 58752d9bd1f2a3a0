import Foundation

/// Formats the figures of a report for one locale: money in full, whole or compact form, ratios,
/// percentages, counts and months.
///
/// One place for every number a reader sees, so that the Markdown tables, the charts and the
/// plain-text summary agree (`£1.2m` in a chart is `£1,204,250` in a table).
struct ReportFormatter: Sendable {
    let locale: Locale

    /// `£2.5m`, `£130k`, `£950`.
    func compact(_ money: Money) -> String { money.formatted(.compact(locale: locale)) }

    /// `£1,204,250`.
    func whole(_ money: Money) -> String { money.formatted(.wholeUnits(locale: locale)) }

    /// `£1,204,249.85`.
    func full(_ money: Money) -> String { money.formatted(.currency(locale: locale)) }

    /// A ratio to two decimals (`2.26`), or "n/a" when undefined.
    func ratio(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "n/a" }
        return value.formatted(.number.precision(.fractionLength(2)).locale(locale))
    }

    /// A share as a percentage with up to one decimal: `60%`, `87.5%`.
    func percent(_ share: Double) -> String {
        guard share.isFinite else { return "n/a" }
        return share.formatted(.percent.precision(.fractionLength(0...1)).locale(locale))
    }

    /// A count or quantity with grouping and up to `digits` decimals: `6,329`, `204.8`.
    func number(_ value: Double, digits: Int = 1) -> String {
        guard value.isFinite else { return "n/a" }
        return value.formatted(.number.precision(.fractionLength(0...max(0, digits))).locale(locale))
    }

    /// An amount of money given in major units as a `Double` (simulation output), compact.
    func compact(major value: Double, currency: Currency, priceBase: PriceBase) -> String {
        guard value.isFinite, let money = Self.money(major: value, currency: currency, priceBase: priceBase) else {
            return "n/a"
        }
        return compact(money)
    }

    /// An amount of money given in major units as a `Double`, in whole units.
    func whole(major value: Double, currency: Currency, priceBase: PriceBase) -> String {
        guard value.isFinite, let money = Self.money(major: value, currency: currency, priceBase: priceBase) else {
            return "n/a"
        }
        return whole(money)
    }

    /// Rounds a `Double` amount to the minor unit; `nil` when it is not finite or beyond
    /// ``Money/limit``.
    static func money(major value: Double, currency: Currency, priceBase: PriceBase) -> Money? {
        let scale = pow(10.0, Double(currency.minorUnitDigits))
        let minor = (value * scale).rounded(.toNearestOrEven)
        guard minor.isFinite, minor.magnitude <= 1e20 else { return nil }
        return try? Money(minorUnits: Int128(minor), currency, in: priceBase)
    }

    /// "Apr 2023" in the locale's month abbreviations.
    func month(_ month: Month) -> String {
        let symbols = Self.shortMonthSymbols(locale)
        let name = symbols.indices.contains(month.month - 1) ? symbols[month.month - 1] : "\(month.month)"
        return "\(name) \(month.year)"
    }

    static func shortMonthSymbols(_ locale: Locale) -> [String] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.locale = locale
        let symbols = calendar.shortMonthSymbols
        return symbols.count == 12
            ? symbols : ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    }

    /// Payback as the engine describes it ("5 months", "1 year 2 months").
    func payback(_ months: Double?) -> String {
        guard let months else { return Payback.never.description }
        return Payback.months(months).description
    }
}
