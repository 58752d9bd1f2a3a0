/// P-values and confidence intervals for regression coefficients, from each estimate's reference
/// distribution (standard normal or Student t with the stated degrees of freedom).
extension ReferenceDistribution {
    /// 2 × P(X > |statistic|). Accurate far into the tails (the distributions' survival
    /// functions are computed directly, not as 1 − cdf).
    public func twoSidedPValue(_ statistic: Double) -> Double {
        switch self {
        case .standardNormal:
            return min(1, 2 * NormalDistribution.standard.survival(abs(statistic)))
        case .studentT(let degreesOfFreedom):
            guard let t = try? StudentTDistribution(degreesOfFreedom: Double(degreesOfFreedom)) else { return .nan }
            return t.twoSidedPValue(statistic)
        }
    }

    /// The critical value c with P(−c ≤ X ≤ c) = `level`, e.g. 1.959964 for 95% under the normal.
    ///
    /// - Throws: ``NumericsError/probabilityOutOfRange(_:)`` unless 0 < level < 1, or
    ///   ``NumericsError/invalidParameter(name:value:requirement:)`` for a t with no degrees of freedom.
    public func criticalValue(confidenceLevel level: Double) throws(NumericsError) -> Double {
        guard level > 0, level < 1 else { throw .probabilityOutOfRange(level) }
        let upper = 0.5 + level / 2
        switch self {
        case .standardNormal:
            return try NormalDistribution.standard.quantile(upper)
        case .studentT(let degreesOfFreedom):
            return try StudentTDistribution(degreesOfFreedom: Double(degreesOfFreedom)).quantile(upper)
        }
    }
}

extension CoefficientEstimate {
    /// The two-sided p-value for the hypothesis that the coefficient is zero; `nil` when the
    /// standard error is zero.
    public var pValue: Double? {
        statistic.map { reference.twoSidedPValue($0) }
    }

    /// The Wald interval estimate ± c × standard error at `level` (e.g. 0.95).
    ///
    /// - Throws: as ``ReferenceDistribution/criticalValue(confidenceLevel:)``.
    public func confidenceInterval(level: Double = 0.95) throws(NumericsError) -> ClosedRange<Double> {
        let critical = try reference.criticalValue(confidenceLevel: level)
        let half = critical * standardError
        return (estimate - half)...(estimate + half)
    }
}
