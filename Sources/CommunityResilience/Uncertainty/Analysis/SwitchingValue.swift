/// The value of one input at which NPV becomes zero, all other inputs at their base values: the
/// Green Book's switching value (HM Treasury 2022, §5.6 and A5.3: "the value an uncertain cost or
/// benefit would have to reach for the NPSV to become zero").
public struct SwitchingValue: Hashable, Sendable, Codable {
    /// The input's position in ``UncertaintyAnalysis/inputs``.
    public let inputIndex: Int
    /// The input's label (or its target's description).
    public let label: String
    /// What the input varies.
    public let target: UncertainInput.Target
    /// The value the scenario holds.
    public let baseValue: Double
    /// NPV at the base values.
    public let baseNetPresentValue: Double
    /// The range searched: the input's plausible range, widened to include the base value.
    public let searchLower: Double
    /// The upper end of the range searched.
    public let searchUpper: Double
    /// The switching value, or `nil` when NPV does not cross zero within the range searched —
    /// a valid and reassuring (or, with a negative NPV, sobering) answer: no plausible value of
    /// this input alone changes the sign of the result.
    public let value: Double?
    /// (value − base) ÷ |base| × 100; `nil` without a switching value or with a base of 0.
    public let percentChangeFromBase: Double?

    /// Whether a switching value exists within the range searched.
    public var isWithinRange: Bool { value != nil }
}

extension UncertaintyAnalysis {
    /// Switching values: for each input, the value at which NPV becomes zero with the others at
    /// base, found by Brent's method.
    ///
    /// NPV is evaluated at both ends of the input's plausible range (widened to include the base
    /// value) and at the base; if it changes sign between the base and an end, Brent's method
    /// finds the crossing to within `tolerance` × the range's width. If both sides change sign
    /// (NPV is not monotone in the input, which the benefit chain's inputs are), the crossing
    /// nearer the base is reported. Amounts drawn for unit costs and cost lines move in whole
    /// pennies (as the engine holds them), so NPV is a fine staircase in them and the crossing is
    /// found to the penny.
    ///
    /// - Parameter tolerance: The accuracy wanted, relative to each range's width (clamped to
    ///   [10⁻¹⁴, 0.1]).
    /// - Returns: One result per input, in input order.
    public func switchingValues(tolerance: Double = 1e-10) -> [SwitchingValue] {
        let relative = tolerance.isNaN ? 1e-10 : Swift.min(Swift.max(tolerance, 1e-14), 0.1)
        let baseNPV = netPresentValue(at: baseValues)
        return inputs.indices.map { index in
            let base = baseValues[index]
            let (low, high) = plausibleRange(ofInput: index)
            let lower = Swift.min(low, base)
            let upper = Swift.max(high, base)
            var values = baseValues
            let f = { (x: Double) -> Double in
                values[index] = x
                return self.netPresentValue(at: values)
            }
            let atLower = f(lower)
            let atUpper = f(upper)
            let absolute = relative * Swift.max(upper - lower, Swift.abs(base) * 1e-6, 1e-12)
            var candidates: [Double] = []
            if baseNPV == 0 {
                candidates.append(base)
            } else {
                if let root = BrentRootFinder.root(
                    between: lower, and: base, valueAtLower: atLower, valueAtUpper: baseNPV,
                    tolerance: absolute, of: f), lower < base
                {
                    candidates.append(root.root)
                }
                if let root = BrentRootFinder.root(
                    between: base, and: upper, valueAtLower: baseNPV, valueAtUpper: atUpper,
                    tolerance: absolute, of: f), base < upper
                {
                    candidates.append(root.root)
                }
            }
            let value = candidates.min { Swift.abs($0 - base) < Swift.abs($1 - base) }
            return SwitchingValue(
                inputIndex: index, label: inputs[index].name, target: inputs[index].target, baseValue: base,
                baseNetPresentValue: baseNPV, searchLower: lower, searchUpper: upper, value: value,
                percentChangeFromBase: value.flatMap { base != 0 ? ($0 - base) / Swift.abs(base) * 100 : nil })
        }
    }
}
