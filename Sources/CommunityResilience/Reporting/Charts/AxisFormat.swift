import Foundation

/// How an axis labels its ticks: money in compact UK style with one scale for the whole axis
/// (`£0`, `£0.5m`, `£1m`, `£1.5m`), or plain counts (`0`, `2,000`, `4,000`).
///
/// The scale (k, m, bn) is chosen from the largest tick and the decimals from the step, so every
/// label on an axis has the same unit and as many decimals as it needs and no more.
enum AxisFormat {
    case money(Currency, Locale)
    case count(Locale)

    func labels(for ticks: [Double], step: Double) -> [String] {
        ticks.map { label(for: $0, largest: ticks.map(abs).max() ?? 0, step: step) }
    }

    /// One value formatted as the axis formats its ticks (for annotations that sit on the axis).
    func label(for value: Double, largest: Double, step: Double) -> String {
        switch self {
        case .money(let currency, let locale):
            let (scale, suffix) = Self.scale(for: largest)
            let decimals = Self.decimals(step: step / scale)
            let scaled = abs(value) < step * 1e-9 ? 0 : value / scale
            let text = String(format: "%.\(decimals)f", scaled)
            let amount = Decimal(string: text) ?? 0
            let formatted = amount.formatted(
                .currency(code: currency.code).locale(locale).precision(.fractionLength(0...decimals)))
            return scaled == 0 ? formatted : Self.insert(suffix, into: formatted)
        case .count(let locale):
            let decimals = Self.decimals(step: step)
            let scaled = abs(value) < step * 1e-9 ? 0 : value
            return scaled.formatted(.number.precision(.fractionLength(0...decimals)).locale(locale))
        }
    }

    /// The unit for an axis whose largest tick is `largest`: 1, thousands, millions, billions.
    static func scale(for largest: Double) -> (Double, String) {
        if largest >= 1e9 { return (1e9, "bn") }
        if largest >= 1e6 { return (1e6, "m") }
        if largest >= 1e3 { return (1e3, "k") }
        return (1, "")
    }

    /// Decimals needed to show multiples of `step` exactly (0 for steps of 1 or more).
    static func decimals(step: Double) -> Int {
        guard step > 0, step.isFinite, step < 1 else { return 0 }
        return min(6, Int((-log10(step) - 1e-9).rounded(.up)))
    }

    /// Puts a suffix straight after the last digit, whether the locale writes the currency symbol
    /// before the number (`£2.5m`) or after it (`2,5m €`).
    static func insert(_ suffix: String, into text: String) -> String {
        guard !suffix.isEmpty, let lastDigit = text.lastIndex(where: { $0.isNumber }) else { return text }
        let split = text.index(after: lastDigit)
        return String(text[..<split]) + suffix + String(text[split...])
    }
}
