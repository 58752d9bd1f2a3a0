import CommunityResilience
import Foundation

/// Comparisons that fit appraisal figures: money to the penny, ratios and rates within a stated
/// relative tolerance, each returning a ``CheckFailure`` that shows both values and — for a
/// ``CommunityResilience/Figure`` — the derivation of the actual one (its ``CommunityResilience/Figure/explanation``).
///
/// These are the plain functions behind ``expectMoney(_:equals:sourceLocation:)`` and
/// ``XCTAssertMoney(_:equals:file:line:)`` and their companions; each returns `nil` when the
/// check passes. The explanation is built only when a check fails.
///
/// Money is compared exactly, in minor units: money in this library is exact, so a figure that
/// is a penny out has moved. A literal expected amount (`16_000`, `"154.99"`) is read in the
/// currency and price base of the actual figure; a ``TestAmount/money(_:)`` must match them.
///
/// Ratios and rates are `Double`s and are compared with the rule the project's own tests use:
/// |actual − expected| ≤ tolerance × max(|actual|, |expected|), or exactly equal.
public enum FigureCheck {
    /// Checks a money figure to the penny.
    ///
    /// - Parameters:
    ///   - figure: the actual figure, e.g. `result.netPresentValue`.
    ///   - expected: the amount it should be.
    /// - Returns: `nil` when equal to the minor unit in the same currency and price base;
    ///   otherwise a failure naming the figure (its explanation's label), both amounts, the
    ///   difference, and the derivation.
    public static func money(_ figure: Figure<Money>, equals expected: TestAmount) -> CheckFailure? {
        compare(figure.value, expected: expected, label: nil) { figure.explanation }
    }

    /// Checks an amount that is not a figure (a cell of a table, one year of a line) to the penny.
    ///
    /// - Parameters:
    ///   - amount: the actual amount; `nil` (a missing table cell) fails.
    ///   - expected: the amount it should be.
    ///   - label: what the amount is, for the message.
    /// - Returns: `nil` when equal to the minor unit in the same currency and price base;
    ///   otherwise a failure with both amounts and the difference (there is no derivation to show).
    public static func money(_ amount: Money?, equals expected: TestAmount, label: String = "Amount") -> CheckFailure? {
        guard let amount else {
            return CheckFailure("\(label): expected \(expected.display(like: nil)), got no amount.")
        }
        return compare(amount, expected: expected, label: label, explanation: nil)
    }

    /// Checks a ratio figure — a benefit-cost ratio, a return on investment — within a relative
    /// tolerance.
    ///
    /// - Parameters:
    ///   - figure: the actual figure, e.g. `result.benefitCostRatio`.
    ///   - expected: the ratio it should be.
    ///   - relativeTolerance: the largest acceptable |actual − expected| ÷ max(|actual|, |expected|);
    ///     finite and not negative.
    /// - Returns: `nil` when within tolerance; otherwise a failure with both values, the relative
    ///   difference, the tolerance and the derivation. An undefined ratio (no costs) fails.
    public static func ratio(_ figure: Figure<Double?>, equals expected: Double, relativeTolerance: Double)
        -> CheckFailure?
    {
        approximately(figure.value, equals: expected, relativeTolerance: relativeTolerance, label: nil) {
            figure.explanation
        }
    }

    /// Checks a number that is not a figure — units of demand avoided, a rate — within a relative
    /// tolerance.
    ///
    /// - Parameters:
    ///   - value: the actual value; `nil` fails.
    ///   - expected: the value it should be.
    ///   - relativeTolerance: the largest acceptable relative difference; finite and not negative.
    ///   - label: what the value is, for the message.
    /// - Returns: `nil` when within tolerance; otherwise a failure with both values, the relative
    ///   difference and the tolerance.
    public static func approximately(
        _ value: Double?, equals expected: Double, relativeTolerance: Double, label: String = "Value"
    ) -> CheckFailure? {
        approximately(value, equals: expected, relativeTolerance: relativeTolerance, label: label, explanation: nil)
    }

    /// Checks a payback figure: months within a relative tolerance, or both ``CommunityResilience/Payback/never``.
    ///
    /// - Parameters:
    ///   - figure: the actual figure, `result.payback`.
    ///   - expected: the payback it should be.
    ///   - relativeTolerance: the largest acceptable relative difference in months.
    /// - Returns: `nil` when both never pay back or the months agree within tolerance; otherwise
    ///   a failure with both paybacks and the derivation.
    public static func payback(_ figure: Figure<Payback>, equals expected: Payback, relativeTolerance: Double)
        -> CheckFailure?
    {
        if let problem = toleranceProblem(relativeTolerance) { return CheckFailure(problem) }
        switch (figure.value, expected) {
        case (.never, .never):
            return nil
        case (.months(let actual), .months(let wanted)):
            return approximately(
                actual, equals: wanted, relativeTolerance: relativeTolerance, label: nil, unit: " months"
            ) {
                figure.explanation
            }
        default:
            let explanation = figure.explanation
            return CheckFailure(
                "\(explanation.label): expected \(describe(expected)), got \(describe(figure.value)).\n"
                    + derivation(explanation))
        }
    }

    // MARK: Shared rules

    /// The money comparison shared by figures and plain amounts.
    static func compare(_ actual: Money, expected: TestAmount, label: String?, explanation: (() -> Explanation)?)
        -> CheckFailure?
    {
        let wanted: Money
        do {
            wanted = try expected.money(in: actual.currency, priceBase: actual.priceBase)
        } catch {
            let name = label ?? explanation?().label ?? "Amount"
            return CheckFailure(
                "\(name): the expected amount '\(expected)' is not an exact amount in \(actual.currency): \(error.problem)."
            )
        }
        if wanted.currency == actual.currency, wanted.priceBase == actual.priceBase,
            wanted.minorUnits == actual.minorUnits
        {
            return nil
        }
        let built = explanation?()
        let name = label ?? built?.label ?? "Amount"
        var message: String
        if wanted.currency != actual.currency {
            message =
                "\(name): expected \(format(wanted)) (\(wanted.currency)), got \(format(actual)) (\(actual.currency)); "
                + "amounts in different currencies cannot be compared without an exchange rate."
        } else if wanted.priceBase != actual.priceBase {
            message =
                "\(name): expected \(format(wanted)) in \(wanted.priceBase) prices, got \(format(actual)) in \(actual.priceBase) prices; "
                + "amounts in different price bases cannot be compared without rebasing."
        } else {
            let difference = Money.difference(actual, wanted)
            message = "\(name): expected \(format(wanted)), got \(format(actual)) (\(difference))."
        }
        if let built { message += "\n" + derivation(built) }
        return CheckFailure(message)
    }

    /// The approximate comparison shared by ratios, plain numbers and payback months.
    static func approximately(
        _ actual: Double?, equals expected: Double, relativeTolerance: Double, label: String?, unit: String = "",
        explanation: (() -> Explanation)?
    ) -> CheckFailure? {
        if let problem = toleranceProblem(relativeTolerance) { return CheckFailure(problem) }
        guard expected.isFinite else {
            return CheckFailure(
                "\(label ?? explanation?().label ?? "Value"): the expected value \(expected) is not a finite number.")
        }
        if let actual, isApproximatelyEqual(actual, expected, relativeTolerance: relativeTolerance) { return nil }
        let built = explanation?()
        let name = label ?? built?.label ?? "Value"
        var message: String
        if let actual {
            let relative = actual.isFinite ? abs(actual - expected) / max(abs(actual), abs(expected)) : .infinity
            message =
                "\(name): expected \(expected)\(unit), got \(actual)\(unit) (relative difference \(short(relative)), "
                + "more than the tolerance \(relativeTolerance))."
        } else {
            message = "\(name): expected \(expected)\(unit), got no value\(built.map { ": \($0.value)" } ?? "")."
        }
        if let built { message += "\n" + derivation(built) }
        return CheckFailure(message)
    }

    /// The one approximate-equality rule: |a − b| ≤ tolerance × max(|a|, |b|), or exactly equal.
    static func isApproximatelyEqual(_ a: Double, _ b: Double, relativeTolerance: Double) -> Bool {
        if a == b { return true }
        guard a.isFinite, b.isFinite else { return false }
        return abs(a - b) <= relativeTolerance * max(abs(a), abs(b))
    }

    /// Why a tolerance cannot be used, or `nil` when it can.
    static func toleranceProblem(_ tolerance: Double) -> String? {
        guard tolerance.isFinite, tolerance >= 0 else {
            return "The relative tolerance \(tolerance) must be a finite number, 0 or more (e.g. 1e-9)."
        }
        return nil
    }

    /// "How the actual figure was derived:" and the explanation, indented two spaces.
    static func derivation(_ explanation: Explanation) -> String {
        "How the actual figure was derived:\n"
            + explanation.description.split(separator: "\n", omittingEmptySubsequences: false)
            .map { "  " + $0 }.joined(separator: "\n")
    }

    /// Money as the engine's explanations print it: `£16,000.00`.
    static func format(_ money: Money) -> String {
        money.formatted(.moneyGB)
    }

    /// A relative difference to three significant digits: `0.0625`, `2.5e-05`.
    static func short(_ value: Double) -> String {
        value.isFinite ? String(format: "%.3g", value) : "\(value)"
    }

    static func describe(_ payback: Payback) -> String {
        switch payback {
        case .never: return "never (\(payback))"
        case .months(let months): return "\(months) months"
        }
    }
}

extension Money {
    /// "£1,000.00 more" or "£0.01 less": how far `actual` is from `expected` (same currency and
    /// price base).
    static func difference(_ actual: Money, _ expected: Money) -> String {
        let (gap, overflow) = actual.minorUnits.subtractingReportingOverflow(expected.minorUnits)
        let direction = gap > 0 ? "more" : "less"
        // A total can exceed Money.limit (it bounds inputs, not sums), so the gap may not be
        // representable as an amount; then only the direction is given.
        guard !overflow, let units = Int128(exactly: gap.magnitude),
            let magnitude = try? Money(minorUnits: units, actual.currency, in: actual.priceBase)
        else { return direction }
        return "\(FigureCheck.format(magnitude)) \(direction)"
    }
}

extension TestAmount {
    /// The expected amount for a message: formatted money when it is one, else the text.
    func display(like actual: Money?) -> String {
        if let actual, let money = try? money(in: actual.currency, priceBase: actual.priceBase) {
            return FigureCheck.format(money)
        }
        if case .money(let money) = storage { return FigureCheck.format(money) }
        if let money = try? money() { return FigureCheck.format(money) }
        return "'\(self)'"
    }
}
