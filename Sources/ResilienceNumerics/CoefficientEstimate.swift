/// The distribution against which a coefficient's test statistic is referred.
///
/// This module reports statistics, not p-values: the caller combines ``CoefficientEstimate/statistic``
/// with this reference (and the distributions written alongside) to get p-values and intervals.
public enum ReferenceDistribution: Sendable, Hashable, Codable {
    /// The standard normal: a Wald z statistic (maximum likelihood with known scale, e.g. Poisson).
    case standardNormal
    /// Student's t with the given degrees of freedom (estimated scale, or G − 1 for clustering).
    case studentT(degreesOfFreedom: Int)
}

/// One row of a regression table: a coefficient, its standard error under a chosen covariance
/// estimator, the Wald statistic and the distribution to refer it to.
public struct CoefficientEstimate: Sendable, Hashable, Codable {
    /// The design column the coefficient belongs to.
    public let name: String
    /// The point estimate.
    public let estimate: Double
    /// The square root of the coefficient's variance under the chosen covariance estimator.
    public let standardError: Double
    /// The Wald statistic `estimate / standardError` for the null hypothesis of zero, or `nil`
    /// when the standard error is zero (a perfect fit), where the ratio is undefined.
    public let statistic: Double?
    /// The reference distribution for ``statistic``.
    public let reference: ReferenceDistribution

    /// Creates a table row; the statistic is derived from the estimate and standard error.
    ///
    /// - Parameters:
    ///   - name: The column name.
    ///   - estimate: The coefficient.
    ///   - standardError: Its standard error (zero or more).
    ///   - reference: The distribution to refer the statistic to.
    public init(name: String, estimate: Double, standardError: Double, reference: ReferenceDistribution) {
        self.name = name
        self.estimate = estimate
        self.standardError = standardError
        self.statistic = standardError > 0 ? estimate / standardError : nil
        self.reference = reference
    }

    /// Builds the rows for all coefficients from a covariance matrix.
    static func table(
        names: [String], estimates: [Double], covariance: Matrix, reference: ReferenceDistribution
    ) -> [CoefficientEstimate] {
        zip(names, estimates).enumerated().map { index, pair in
            CoefficientEstimate(
                name: pair.0, estimate: pair.1,
                standardError: max(covariance[index, index], 0).squareRoot(), reference: reference)
        }
    }
}
