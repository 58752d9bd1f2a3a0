import Foundation

/// An axis range with "nice" round tick values: steps of 1, 2 or 5 × 10ⁿ, the range widened
/// outwards to whole steps.
///
/// The step is the nice number nearest (on a log scale) to range ÷ intervals, with the
/// thresholds √2, √10 and √50 of d3-array's `tickIncrement` (Bostock, d3-array 3, `ticks.js`);
/// the range is then widened to whole steps as in Heckbert's loose labelling (Heckbert, P. S.
/// 1990, "Nice numbers for graph labels", *Graphics Gems*, pp. 61–63). Values that are not finite, or beyond ±10¹⁵ (no appraisal reaches a thousand
/// trillion pounds), are ignored so that a stray NaN cannot break a chart.
struct NiceScale: Hashable {
    /// The lowest tick and the axis minimum.
    let lower: Double
    /// The highest tick and the axis maximum.
    let upper: Double
    /// The distance between ticks.
    let step: Double

    /// The largest magnitude a chart plots.
    static let plottable = 1e15

    /// A scale covering `values` with about `targetTicks` ticks.
    ///
    /// - Parameters:
    ///   - values: the data; non-finite and out-of-range values are ignored.
    ///   - targetTicks: the number of ticks aimed for (at least 2).
    ///   - includingZero: whether 0 must lie on the axis (bars and counts start from zero).
    init(covering values: [Double], targetTicks: Int = 6, includingZero: Bool = false) {
        let usable = values.filter { $0.isFinite && abs($0) <= Self.plottable }
        var low = usable.min() ?? 0
        var high = usable.max() ?? 1
        if includingZero {
            low = Swift.min(low, 0)
            high = Swift.max(high, 0)
        }
        if low == high {
            if low == 0 {
                high = 1
            } else {
                let pad = abs(low) * 0.1
                low -= pad
                high += pad
            }
        }
        let step = Self.step(covering: high - low, intervals: Swift.max(targetTicks - 1, 1))
        self.step = step
        self.lower = (low / step).rounded(.down) * step
        self.upper = (high / step).rounded(.up) * step
    }

    /// The tick values from ``lower`` to ``upper``, each computed as a whole multiple of the step
    /// (not by repeated addition, which would accumulate rounding error).
    var ticks: [Double] {
        let first = Int((lower / step).rounded())
        let last = Int((upper / step).rounded())
        guard last >= first, last - first <= 1000 else { return [lower, upper] }
        return (first...last).map { Double($0) * step }
    }

    /// The nice step (1, 2, 5 or 10 × 10ⁿ) nearest to `range ÷ intervals` (d3's thresholds: a
    /// raw step whose leading part is at least √50 rounds to 10, √10 to 5, √2 to 2).
    static func step(covering range: Double, intervals: Int) -> Double {
        let raw = range / Double(intervals)
        guard raw > 0, raw.isFinite else { return 1 }
        let power = pow(10, floor(log10(raw)))
        let leading = raw / power
        let factor: Double =
            leading >= 50.0.squareRoot() ? 10 : leading >= 10.0.squareRoot() ? 5 : leading >= 2.0.squareRoot() ? 2 : 1
        return factor * power
    }
}

/// Maps data values to pixel positions, linearly.
struct LinearScale {
    let domain: (lower: Double, upper: Double)
    let range: (lower: Double, upper: Double)

    func callAsFunction(_ value: Double) -> Double {
        let span = domain.upper - domain.lower
        guard span != 0, value.isFinite else { return range.lower }
        let clamped = Swift.min(Swift.max(value, domain.lower - span), domain.upper + span)
        return range.lower + (clamped - domain.lower) / span * (range.upper - range.lower)
    }

    /// Whether `value` lies on the axis.
    func contains(_ value: Double) -> Bool {
        value >= Swift.min(domain.lower, domain.upper) && value <= Swift.max(domain.lower, domain.upper)
    }
}
