#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#else
    import Foundation
#endif

// Input checks, offsets and prediction for `PoissonRegression`. Every check names the field and
// index, so an analyst can find the offending month or area in their own table.

extension PoissonRegression {
    /// The offset `log(population)` for modelling rates per head.
    ///
    /// - Parameter population: One positive, finite population (or other exposure) per row.
    /// - Returns: `log(population[i])` for every row.
    /// - Throws: ``NumericsError/nonFinite(field:index:)`` or
    ///   ``NumericsError/invalidParameter(name:value:requirement:)`` (`population[i]` not positive).
    /// - Complexity: O(n).
    public static func logOffset(population: [Double]) throws(NumericsError) -> [Double] {
        var result = [Double](repeating: 0, count: population.count)
        for (index, value) in population.enumerated() {
            guard value.isFinite else { throw .nonFinite(field: "population", index: index) }
            guard value > 0 else {
                throw .invalidParameter(name: "population[\(index)]", value: value, requirement: "positive")
            }
            result[index] = log(value)
        }
        return result
    }

    /// The linear predictor `Xβ̂ + offset` for new rows — for example the counterfactual of an
    /// interrupted time series, with the intervention columns set to zero by
    /// ``DesignMatrix/settingColumns(_:to:)``.
    ///
    /// - Parameters:
    ///   - newDesign: Rows with the same column names, in the same order, as the fit.
    ///   - newOffset: Optional finite offsets for the new rows (`nil` means zero).
    /// - Returns: One log-mean per row. Its variance is `xᵀVx` with `V` from ``covariance(_:)``
    ///   (``Matrix/quadraticForm(_:)``); the mean's, by the delta method, is `μ² xᵀVx`.
    /// - Throws: ``NumericsError/dimensionMismatch(_:)`` for different columns or a wrong
    ///   offset length; ``NumericsError/nonFinite(field:index:)`` for a bad offset.
    /// - Complexity: O(rows × p).
    public func linearPredictor(for newDesign: DesignMatrix, offset newOffset: [Double]? = nil) throws(NumericsError)
        -> [Double]
    {
        try newDesign.requireSameColumns(as: coefficientNames)
        var eta = try newDesign.matrix.multiplied(by: coefficients)
        if let newOffset {
            guard newOffset.count == eta.count else {
                throw .dimensionMismatch("offset has \(newOffset.count) values but the design has \(eta.count) rows")
            }
            for (i, value) in newOffset.enumerated() {
                guard value.isFinite else { throw .nonFinite(field: "offset", index: i) }
                eta[i] += value
            }
        }
        return eta
    }

    /// The predicted means `exp(Xβ̂ + offset)` for new rows (expected counts).
    ///
    /// - Parameters:
    ///   - newDesign: Rows with the same column names, in the same order, as the fit.
    ///   - newOffset: Optional finite offsets for the new rows (`nil` means zero).
    /// - Returns: One expected count per row.
    /// - Throws: As ``linearPredictor(for:offset:)``; and
    ///   ``NumericsError/invalidParameter(name:value:requirement:)`` if a prediction overflows.
    public func predictedMeans(for newDesign: DesignMatrix, offset newOffset: [Double]? = nil) throws(NumericsError)
        -> [Double]
    {
        let means = try linearPredictor(for: newDesign, offset: newOffset).map { exp($0) }
        if let index = means.firstIndex(where: { !$0.isFinite }) {
            throw .invalidParameter(
                name: "predicted mean[\(index)]", value: means[index],
                requirement: "finite; the new row lies far outside the fitted data")
        }
        return means
    }

    static func validate(
        counts: [Double], offset: [Double]?, priorWeights: [Double]?, rows n: Int
    ) throws(NumericsError) {
        guard counts.count == n else {
            throw .dimensionMismatch("counts has \(counts.count) values but the design has \(n) rows")
        }
        var anyPositive = false
        for (index, count) in counts.enumerated() {
            guard count.isFinite else { throw .nonFinite(field: "counts", index: index) }
            guard count >= 0 else {
                throw .invalidParameter(name: "counts[\(index)]", value: count, requirement: "non-negative")
            }
            anyPositive = anyPositive || count > 0
        }
        guard anyPositive || n == 0 else {
            throw .invalidParameter(
                name: "counts", value: 0,
                requirement: "not all zero (with no events the Poisson maximum-likelihood estimate does not exist)")
        }
        if let offset {
            guard offset.count == n else {
                throw .dimensionMismatch("offset has \(offset.count) values but the design has \(n) rows")
            }
            if let index = offset.firstIndex(where: { !$0.isFinite }) {
                throw .nonFinite(field: "offset", index: index)
            }
        }
        if let priorWeights {
            guard priorWeights.count == n else {
                throw .dimensionMismatch("priorWeights has \(priorWeights.count) values but the design has \(n) rows")
            }
            for (index, weight) in priorWeights.enumerated() {
                guard weight.isFinite else { throw .nonFinite(field: "priorWeights", index: index) }
                guard weight > 0 else {
                    throw .invalidParameter(name: "priorWeights[\(index)]", value: weight, requirement: "positive")
                }
            }
        }
    }

    /// Calls `body` with base addresses of the arrays (optional ones as optional pointers).
    static func withPointers<Outcome>(
        _ x: [Double], _ y: [Double], _ offset: [Double]?, _ weights: [Double]?,
        _ body: (UnsafePointer<Double>, UnsafePointer<Double>, UnsafePointer<Double>?, UnsafePointer<Double>?) ->
            Result<Outcome, PoissonIRLS.Failure>
    ) -> Result<Outcome, PoissonIRLS.Failure> {
        x.withUnsafeBufferPointer { xb in
            y.withUnsafeBufferPointer { yb in
                withOptionalPointer(offset) { off in
                    withOptionalPointer(weights) { w in
                        guard let xp = xb.baseAddress, let yp = yb.baseAddress else {
                            return .failure(.notConverged(iterations: 0))
                        }
                        return body(xp, yp, off, w)
                    }
                }
            }
        }
    }

    private static func withOptionalPointer<Outcome>(
        _ array: [Double]?, _ body: (UnsafePointer<Double>?) -> Outcome
    ) -> Outcome {
        guard let array else { return body(nil) }
        return array.withUnsafeBufferPointer { body($0.baseAddress) }
    }
}
