/// One-way sensitivity of NPV to each uncertain input: every input in turn at its low and its
/// high value with all others at their base values, sorted by swing — the data of a tornado
/// chart (Green Book 2022 §5.6 and A5; Vose 2008 §5.3.5).
public struct TornadoChart: Hashable, Sendable, Codable {
    /// NPV with every input at its base value.
    public let baseNetPresentValue: Double
    /// How the low and high values were chosen.
    public let range: SensitivityRange
    /// One bar per input, largest swing first (ties in input order).
    public let bars: [Bar]

    /// One input's bar.
    public struct Bar: Hashable, Sendable, Codable {
        /// The input's position in ``UncertaintyAnalysis/inputs``.
        public let inputIndex: Int
        /// The input's label (or its target's description).
        public let label: String
        /// What the input varies.
        public let target: UncertainInput.Target
        /// The value the scenario holds.
        public let baseValue: Double
        /// The low value tried.
        public let lowValue: Double
        /// The high value tried.
        public let highValue: Double
        /// NPV with this input at its low value, others at base.
        public let netPresentValueAtLow: Double
        /// NPV with this input at its high value, others at base.
        public let netPresentValueAtHigh: Double

        /// |NPV at high − NPV at low|: the bar's length, by which bars are sorted.
        public var swing: Double { Swift.abs(netPresentValueAtHigh - netPresentValueAtLow) }
    }
}

extension UncertaintyAnalysis {
    /// One-way sensitivity analysis: NPV with each input at its low and high value, the others at
    /// base, sorted by swing.
    ///
    /// - Parameter range: The low and high values: percentiles of each input's distribution (P10
    ///   and P90 by default) or its plausible range. Percentiles outside [0, 1] are clamped.
    /// - Returns: The tornado chart's data.
    /// - Complexity: 2 evaluations of the kernel per input, plus a quantile inversion for beta
    ///   and PERT inputs.
    public func tornado(range: SensitivityRange = .tenthToNinetieth) -> TornadoChart {
        let base = netPresentValue(at: baseValues)
        let bars = inputs.indices.map { index -> TornadoChart.Bar in
            let (low, high): (Double, Double)
            switch range {
            case .percentiles(let lowP, let highP):
                let clamp = { (p: Double) in p.isNaN ? 0.5 : Swift.min(Swift.max(p, 0), 1) }
                low = clampToDomain(samplers[index].quantile(clamp(lowP)), index)
                high = clampToDomain(samplers[index].quantile(clamp(highP)), index)
            case .plausibleRange:
                (low, high) = plausibleRange(ofInput: index)
            }
            var values = baseValues
            values[index] = low
            let atLow = netPresentValue(at: values)
            values[index] = high
            let atHigh = netPresentValue(at: values)
            return TornadoChart.Bar(
                inputIndex: index, label: inputs[index].name, target: inputs[index].target,
                baseValue: baseValues[index],
                lowValue: low, highValue: high, netPresentValueAtLow: atLow, netPresentValueAtHigh: atHigh)
        }
        let sorted = bars.sorted { ($0.swing, -$0.inputIndex) > ($1.swing, -$1.inputIndex) }
        return TornadoChart(baseNetPresentValue: base, range: range, bars: sorted)
    }

    /// The plausible range of an input's values: its distribution's support when bounded, and
    /// its 0.1st and 99.9th percentiles otherwise, within the number's domain.
    ///
    /// - Parameter input: The input's position in ``inputs``.
    /// - Returns: The range, or `nil` for an index out of range.
    public func plausibleRange(of input: Int) -> ClosedRange<Double>? {
        guard inputs.indices.contains(input) else { return nil }
        let (low, high) = plausibleRange(ofInput: input)
        return low <= high ? low...high : nil
    }

    func plausibleRange(ofInput index: Int) -> (Double, Double) {
        let support = inputs[index].distribution.support
        let low = support.lower.isFinite ? support.lower : samplers[index].quantile(0.001)
        let high = support.upper.isFinite ? support.upper : samplers[index].quantile(0.999)
        return (clampToDomain(low, index), clampToDomain(high, index))
    }

    func clampToDomain(_ value: Double, _ index: Int) -> Double {
        Swift.min(Swift.max(value, domains[index].lower), domains[index].upper)
    }
}
