import CommunityResilience

/// An amount of money written the short way a test writes it: `400`, `"154.99"`, or an explicit
/// ``CommunityResilience/Money`` when the currency or price base matters.
///
/// Integer and string literals are exact decimal text; a floating-point literal does not compile,
/// because `154.99` as a `Double` is not 154.99. A literal becomes ``CommunityResilience/Money`` only when it meets a
/// context — the testing builders put it in ``TestDefaults/currency`` and
/// ``TestDefaults/priceBase``; the money checks put it in the currency and price base of the figure
/// it is compared with — so the same test reads the same however the appraisal is set up.
///
/// ```swift
/// let service = TestService.ambulanceCallOut.valued(at: "412.50")
/// expectMoney(result.netPresentValue, equals: 6_000)
/// let old = TestAmount.money(try Money("109.00", .gbp, in: .financialYear(2011)))
/// ```
public struct TestAmount: Hashable, Sendable, ExpressibleByIntegerLiteral, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    enum Storage: Hashable, Sendable {
        case text(String)
        case money(Money)
    }

    let storage: Storage

    /// Whole pounds (or other major units): `400` is £400.00.
    public init(integerLiteral value: Int) {
        storage = .text(String(value))
    }

    /// Exact decimal text with at most the currency's minor-unit digits: `"154.99"`.
    public init(stringLiteral value: String) {
        storage = .text(value)
    }

    /// An amount whose currency and price base are fixed: it is used as it is.
    public init(_ money: Money) {
        storage = .money(money)
    }

    /// An amount whose currency and price base are fixed: it is used as it is.
    public static func money(_ money: Money) -> TestAmount {
        TestAmount(money)
    }

    /// The amount as money: decimal text in `currency` and `priceBase`, or the fixed ``CommunityResilience/Money``
    /// unchanged.
    ///
    /// - Parameters:
    ///   - currency: the currency a literal is in.
    ///   - priceBase: the price base a literal is in.
    /// - Returns: the exact amount.
    /// - Throws: ``CommunityResilience/ValidationIssue`` from ``CommunityResilience/Money/init(_:_:in:)-(String,_,_)`` when the text is not an
    ///   exact decimal amount in `currency` (too many decimals, a symbol, a grouping separator) or
    ///   exceeds ``CommunityResilience/Money/limit``.
    public func money(in currency: Currency = TestDefaults.currency, priceBase: PriceBase = TestDefaults.priceBase)
        throws(ValidationIssue) -> Money
    {
        switch storage {
        case .text(let text): return try Money(text, currency, in: priceBase)
        case .money(let money): return money
        }
    }

    /// The text as written, or the fixed amount's exact text with its currency and price base.
    public var description: String {
        switch storage {
        case .text(let text): return text
        case .money(let money): return "\(money.amountText) \(money.currency) in \(money.priceBase) prices"
        }
    }
}
