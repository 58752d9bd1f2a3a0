/// Arithmetic on ``Money``. Every operation that could combine incompatible amounts or leave the
/// representable range throws a ``MoneyError`` instead of trapping or guessing.
extension Money {
    /// The sum of two amounts in the same currency and price base.
    ///
    /// - Throws: ``MoneyError/currencyMismatch(_:_:)``, ``MoneyError/priceBaseMismatch(_:_:)`` or
    ///   ``MoneyError/overflow(_:)``.
    public static func + (lhs: Money, rhs: Money) throws(MoneyError) -> Money {
        try lhs.checkCompatible(with: rhs)
        return try Money(minorUnits: lhs.minorUnits + rhs.minorUnits, lhs.currency, in: lhs.priceBase)
    }

    /// The difference of two amounts in the same currency and price base.
    ///
    /// - Throws: as for ``+(_:_:)``.
    public static func - (lhs: Money, rhs: Money) throws(MoneyError) -> Money {
        try lhs.checkCompatible(with: rhs)
        return try Money(minorUnits: lhs.minorUnits - rhs.minorUnits, lhs.currency, in: lhs.priceBase)
    }

    /// Adds `rhs` to `lhs` in place. - Throws: as for ``+(_:_:)``.
    public static func += (lhs: inout Money, rhs: Money) throws(MoneyError) {
        lhs = try lhs + rhs
    }

    /// Subtracts `rhs` from `lhs` in place. - Throws: as for ``-(_:_:)``.
    public static func -= (lhs: inout Money, rhs: Money) throws(MoneyError) {
        lhs = try lhs - rhs
    }

    /// The amount with its sign reversed (always representable: the limit is symmetric).
    public static prefix func - (value: Money) -> Money {
        Money(unchecked: -value.minorUnits, value.currency, value.priceBase)
    }

    /// The amount multiplied by `factor`, rounded half to even to the minor unit.
    ///
    /// The factor is taken at its shortest decimal representation — the digits Swift prints for
    /// it, so `0.015` means exactly 15/1000 and not the nearest binary fraction — and the product
    /// is computed exactly in integers before the single rounding. Hence £1.00 × 0.015 = 1.5p,
    /// which rounds to 2p (half to even), where a binary product would give 1.4999…p and 1p.
    ///
    /// - Parameter factor: a finite rate, share or index ratio.
    /// - Returns: the rounded product in the same currency and price base.
    /// - Throws: ``MoneyError/nonFiniteFactor(_:)`` or ``MoneyError/overflow(_:)``.
    public func multiplied(by factor: Double) throws(MoneyError) -> Money {
        try multiplied(by: factor, parts: nil)
    }

    /// ``multiplied(by:)-(Double)`` by a factor whose decimal digits were read once
    /// (``ExactDecimal/Factor``), for multiplying many amounts by the same discount factor.
    func multiplied(by factor: ExactDecimal.Factor) throws(MoneyError) -> Money {
        try multiplied(by: factor.value, parts: factor.parts)
    }

    private func multiplied(by factor: Double, parts known: (significand: Int128, exponent: Int)?)
        throws(MoneyError) -> Money
    {
        guard factor.isFinite else { throw .nonFiniteFactor(factor) }
        if factor == 0 { return Money(unchecked: 0, currency, priceBase) }
        // Zero times a factor below 10^38 (whose decimal exponent is at most 37) is zero, without
        // reading the factor's digits; a larger factor takes the general path, which reports it.
        if minorUnits == 0 && factor.magnitude < 1e38 { return Money(unchecked: 0, currency, priceBase) }
        let (significand, exponent) = known ?? ExactDecimal.parts(of: factor)
        // |minorUnits| ≤ 10^20 and |significand| < 10^17, so the product fits in Int128 (< 1.7·10^38).
        let product = minorUnits * significand
        let scaled: Int128
        if exponent >= 0 {
            guard exponent <= 38 else { throw .overflow("\(self.amountText) × \(factor)") }
            let (value, overflow) = product.multipliedReportingOverflow(by: Money.powerOfTen(exponent))
            guard !overflow else { throw .overflow("\(self.amountText) × \(factor)") }
            scaled = value
        } else {
            scaled = ExactDecimal.divideRoundingHalfEven(product, byPowerOfTen: -exponent)
        }
        return try Money(minorUnits: scaled, currency, in: priceBase)
    }

    /// The amount multiplied by a factor, rounded half to even. - Throws: as ``multiplied(by:)-(Double)``.
    public static func * (lhs: Money, rhs: Double) throws(MoneyError) -> Money {
        try lhs.multiplied(by: rhs)
    }

    /// The amount multiplied by a factor, rounded half to even. - Throws: as ``multiplied(by:)-(Double)``.
    public static func * (lhs: Double, rhs: Money) throws(MoneyError) -> Money {
        try rhs.multiplied(by: lhs)
    }

    /// The amount multiplied by a whole number, exactly (no rounding).
    ///
    /// - Throws: ``MoneyError/overflow(_:)``.
    public func multiplied(by count: Int) throws(MoneyError) -> Money {
        let (value, overflow) = minorUnits.multipliedReportingOverflow(by: Int128(count))
        guard !overflow else { throw .overflow("\(amountText) × \(count)") }
        return try Money(minorUnits: value, currency, in: priceBase)
    }

    /// The ratio of two amounts in the same currency and price base, e.g. a benefit-cost ratio.
    ///
    /// - Throws: ``MoneyError/divisionByZero`` when `rhs` is zero, or a mismatch error.
    public static func / (lhs: Money, rhs: Money) throws(MoneyError) -> Double {
        try lhs.checkCompatible(with: rhs)
        guard rhs.minorUnits != 0 else { throw .divisionByZero }
        return lhs.minorUnits.nearestDouble / rhs.minorUnits.nearestDouble
    }

    /// Whether this amount is less than `other`.
    ///
    /// `Money` is deliberately not `Comparable`: comparing pounds with euros, or 2019 prices with
    /// 2024 prices, has no answer without a conversion.
    ///
    /// - Throws: a mismatch error when the amounts are not comparable.
    public func isLess(than other: Money) throws(MoneyError) -> Bool {
        try checkCompatible(with: other)
        return minorUnits < other.minorUnits
    }

    /// Throws unless `other` has the same currency and price base.
    public func checkCompatible(with other: Money) throws(MoneyError) {
        guard currency == other.currency else { throw .currencyMismatch(currency, other.currency) }
        guard priceBase == other.priceBase else { throw .priceBaseMismatch(priceBase, other.priceBase) }
    }

    /// Splits the amount into parts proportional to `weights`, exactly: the parts add up to the
    /// amount to the minor unit.
    ///
    /// Uses the largest-remainder (Hamilton) method in exact integer arithmetic: each part first
    /// gets the floor of its exact share, then the minor units left over (fewer than the number of
    /// parts) go one each to the parts with the largest remainders (ties to the earlier part, so
    /// the result is deterministic). A part whose weight is zero gets zero, and every part has the
    /// amount's sign.
    ///
    /// The weights are first put on one integer scale: multiplied by the power of two that brings
    /// the largest to 53 bits, which is exact for whole-number weights up to 2⁵³ (populations,
    /// counts) and for any set of weights within a factor of 2⁵³ of each other, and rounds only
    /// weights smaller than 2⁻⁵³ of the largest — below the resolution of a `Double` sum of them.
    ///
    /// - Parameter weights: non-negative, finite weights with a positive sum.
    /// - Returns: one amount per weight, in the same order.
    /// - Throws: ``ValidationIssue`` naming the first bad weight (`weights[i]`), or when every
    ///   weight is zero.
    /// - Complexity: O(*n* log *n*) for *n* weights.
    public func allocated(proportionallyTo weights: [Double]) throws(ValidationIssue) -> [Money] {
        for (index, weight) in weights.enumerated() {
            let path = FieldPath.root.appending("weights", index: index)
            guard weight.isFinite else { throw ValidationIssue(.notFinite("\(weight)"), at: path) }
            guard weight >= 0 else { throw ValidationIssue(.negative("\(weight)"), at: path) }
        }
        let total = weights.reduce(0, +)
        guard total > 0, total.isFinite, let largest = weights.max() else {
            throw ValidationIssue(.inconsistent("weights must have a positive, finite sum"), at: "weights")
        }
        let magnitude = minorUnits.magnitude
        // Scale so that magnitude × (largest scaled weight) stays below 2^127: 53 bits for any
        // amount within the limit (2^67), fewer only for totals far beyond it.
        let magnitudeBits = UInt128.bitWidth - magnitude.leadingZeroBitCount
        let scaleBits = min(52, 125 - magnitudeBits)
        guard scaleBits >= 8 else {
            throw ValidationIssue(.outOfRange(amountText, allowed: "amounts below 2^117 minor units for allocation"))
        }
        let scaled: [UInt128] = weights.map { weight in
            guard weight > 0 else { return 0 }
            // weight × 2^(scaleBits − exponent(largest)), computed without overflow or underflow
            // of the intermediate, then rounded to a whole number (≤ 2^(scaleBits + 1)).
            let value = Double(
                sign: .plus, exponent: weight.exponent + scaleBits - largest.exponent,
                significand: weight.significand)
            return UInt128(value.rounded())
        }
        let scaledTotal = scaled.reduce(0, +)
        var parts: [UInt128] = []
        var remainders: [(index: Int, remainder: UInt128)] = []
        parts.reserveCapacity(weights.count)
        remainders.reserveCapacity(weights.count)
        var assigned: UInt128 = 0
        for (index, weight) in scaled.enumerated() {
            let (part, remainder) = (magnitude * weight).quotientAndRemainder(dividingBy: scaledTotal)
            parts.append(part)
            assigned += part
            remainders.append((index, remainder))
        }
        // Σ floor(exact share) ≤ magnitude, and the shortfall is the sum of the fractional parts:
        // fewer units than there are parts with a non-zero remainder.
        let leftover = Int(magnitude - assigned)
        remainders.sort { $0.remainder != $1.remainder ? $0.remainder > $1.remainder : $0.index < $1.index }
        for entry in remainders.prefix(leftover) { parts[entry.index] += 1 }
        let negative = minorUnits < 0
        return parts.map { part in
            let signed = negative ? -Int128(part) : Int128(part)
            // Each part is at most the amount, so it is within the limit whenever the amount is.
            return part <= Money.limit.magnitude
                ? Money(unchecked: signed, currency, priceBase) : Money(total: signed, currency, priceBase)
        }
    }
}

extension Sequence where Element == Money {
    /// The exact total of the amounts, which must all be in `currency` and `priceBase`.
    ///
    /// An empty sequence sums to zero in the given currency and price base.
    ///
    /// - Throws: a ``MoneyError`` mismatch naming the first incompatible amount, or overflow.
    /// - Complexity: O(*n*).
    public func sum(_ currency: Currency, in priceBase: PriceBase) throws(MoneyError) -> Money {
        var total = Money.zero(currency, in: priceBase)
        for amount in self { try total += amount }
        return total
    }
}
