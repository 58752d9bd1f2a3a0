/// Why an operation on ``Money`` cannot give an exact, meaningful answer.
public enum MoneyError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The two amounts are in different currencies; convert one explicitly with an
    /// ``ExchangeRate`` first.
    case currencyMismatch(Currency, Currency)
    /// The two amounts are in different price bases; rebase one explicitly with a
    /// ``DeflatorSeries`` first.
    case priceBaseMismatch(PriceBase, PriceBase)
    /// The result would exceed ``Money/limit`` minor units (far beyond any public budget).
    case overflow(String)
    /// A factor is NaN or infinite.
    case nonFiniteFactor(Double)
    /// A ratio of two amounts was asked for with a zero denominator.
    case divisionByZero
    /// The deflator series has no index for this price base.
    case priceBaseNotInSeries(PriceBase, series: String)
    /// An exchange rate was applied to an amount in a currency it does not convert from.
    case exchangeRateDoesNotApply(rate: String, amount: Currency)

    /// The value as reports and error messages show it.
    public var description: String {
        switch self {
        case .currencyMismatch(let a, let b):
            return "cannot combine amounts in \(a) and \(b) without an explicit exchange rate"
        case .priceBaseMismatch(let a, let b):
            return "cannot combine amounts in \(a) prices and \(b) prices without rebasing"
        case .overflow(let operation):
            return "\(operation) exceeds the largest amount the library represents"
        case .nonFiniteFactor(let factor):
            return "factor \(factor) is not a finite number"
        case .divisionByZero:
            return "ratio with a zero denominator"
        case .priceBaseNotInSeries(let base, let series):
            return "deflator series '\(series)' has no index for \(base)"
        case .exchangeRateDoesNotApply(let rate, let currency):
            return "exchange rate \(rate) does not convert from \(currency)"
        }
    }
}
