import Testing

/// The one tolerance rule of this test target: `|actual − expected| ≤ rtol · max(|actual|, |expected|)`.
///
/// The default `rtol = 1e-7` is stricter than the required agreement with statsmodels to 6
/// significant figures (which would be `5e-7`); hand-computed cases use `1e-12`.
enum Approximate {
    static let statsmodelsTolerance = 1e-7
    static let exactTolerance = 1e-12

    static func isClose(_ actual: Double, _ expected: Double, relativeTolerance: Double) -> Bool {
        if actual == expected { return true }
        guard actual.isFinite, expected.isFinite else { return false }
        return abs(actual - expected) <= relativeTolerance * max(abs(actual), abs(expected))
    }
}

/// Expects `actual ≈ expected` under ``Approximate/isClose(_:_:relativeTolerance:)``.
func expectClose(
    _ actual: Double, _ expected: Double,
    relativeTolerance: Double = Approximate.statsmodelsTolerance,
    _ label: String = "", sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(
        Approximate.isClose(actual, expected, relativeTolerance: relativeTolerance),
        "\(label) \(actual) differs from \(expected) by more than \(relativeTolerance) relative",
        sourceLocation: sourceLocation)
}

/// Element-wise ``expectClose(_:_:relativeTolerance:_:sourceLocation:)`` for equal-length arrays.
func expectClose(
    _ actual: [Double], _ expected: [Double],
    relativeTolerance: Double = Approximate.statsmodelsTolerance,
    _ label: String = "", sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(actual.count == expected.count, "\(label) length", sourceLocation: sourceLocation)
    for (index, (a, e)) in zip(actual, expected).enumerated() {
        expectClose(a, e, relativeTolerance: relativeTolerance, "\(label)[\(index)]", sourceLocation: sourceLocation)
    }
}
