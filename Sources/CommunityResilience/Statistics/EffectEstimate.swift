import Foundation
import ResilienceNumerics

/// One estimated effect with its uncertainty: the estimate, its standard error, a confidence
/// interval and a two-sided p-value, on the scale it is reported on.
public struct EffectEstimate: Hashable, Sendable, Codable {
    /// What the effect is, e.g. "level change (rate ratio)".
    public let name: String
    /// The point estimate.
    public let estimate: Double
    /// The standard error on the model's scale (for a rate ratio: of the log ratio).
    public let standardError: Double
    /// The confidence interval.
    public let lower: Double
    /// The confidence interval's upper end.
    public let upper: Double
    /// The interval's confidence level.
    public let confidenceLevel: Double
    /// The two-sided p-value for no effect (`nil` when the standard error is zero).
    public let pValue: Double?
    /// The reference distribution used for the interval and p-value.
    public let reference: ReferenceDistribution

    /// The effect of a regression coefficient; with `exponentiate`, reported as a ratio
    /// exp(b) with interval exp(b ± c × se) (a rate ratio for a log-link model).
    /// - Parameter critical: The critical value of `coefficient.reference` at `level`, when the
    ///   caller already has it (it is the same for every fit over the same months).
    static func from(
        _ coefficient: CoefficientEstimate, name: String, level: Double, exponentiate: Bool, critical: Double? = nil
    ) throws(NumericsError) -> EffectEstimate {
        let interval: ClosedRange<Double>
        if let critical {
            let half = critical * coefficient.standardError
            interval = (coefficient.estimate - half)...(coefficient.estimate + half)
        } else {
            interval = try coefficient.confidenceInterval(level: level)
        }
        let transform: (Double) -> Double = exponentiate ? { Double.exp($0) } : { $0 }
        return EffectEstimate(
            name: name, estimate: transform(coefficient.estimate), standardError: coefficient.standardError,
            lower: transform(interval.lowerBound), upper: transform(interval.upperBound),
            confidenceLevel: level, pValue: coefficient.pValue, reference: coefficient.reference)
    }
}

extension Double {
    static func exp(_ x: Double) -> Double { Foundation.exp(x) }
}
