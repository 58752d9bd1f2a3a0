extension InputDistribution {
    /// The largest beta or PERT shape accepted: beyond it the continued fraction behind the
    /// quantile function needs more than its 300 terms.
    public static let maximumShape = 10_000.0

    /// The smallest probability a truncated normal's range may hold: below it (a range more than
    /// about 6.4 standard deviations into one tail) draws would be dominated by rounding.
    public static let minimumTruncatedMass = 1e-10

    /// Checks the parameters.
    ///
    /// The rules: every number finite; `low < high` (uniform, triangular, PERT, beta, truncated
    /// normal with both ends); `low ≤ mode ≤ high`; standard deviations > 0; beta and PERT shapes
    /// in (0, ``maximumShape``] (PERT's `shape` > 0); a truncated normal's range must hold at least
    /// ``minimumTruncatedMass`` of the distribution; discrete values non-empty, with one finite,
    /// non-negative weight per value and a positive total.
    ///
    /// - Throws: ``ValidationError`` listing every problem, each at the parameter's path
    ///   (`mode`, `standardDeviation`, `weights[2]` …).
    public func validate() throws(ValidationError) {
        let issues = self.issues()
        guard issues.isEmpty else { throw ValidationError(issues: issues) }
    }

    /// Every problem with the parameters, at paths relative to the distribution.
    func issues() -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        func finite(_ value: Double, _ name: String) -> Bool {
            guard value.isFinite else {
                issues.append(ValidationIssue(.notFinite("\(value)"), at: FieldPath.root.appending(name)))
                return false
            }
            return true
        }
        func ordered(_ low: Double, _ high: Double) {
            if !(low < high) {
                issues.append(
                    ValidationIssue(
                        .outOfRange("high \(high)", allowed: "values above low \(low) (use fixed for a single value)"),
                        at: "high"))
            }
        }
        func threePoint(_ low: Double, _ mode: Double, _ high: Double) {
            guard finite(low, "low") && finite(mode, "mode") && finite(high, "high") else { return }
            ordered(low, high)
            if low < high, !(low <= mode && mode <= high) {
                issues.append(
                    ValidationIssue(.outOfRange("mode \(mode)", allowed: "[low, high] = [\(low), \(high)]"), at: "mode")
                )
            }
        }
        func positive(_ value: Double, _ name: String, upTo limit: Double = .infinity) {
            guard finite(value, name) else { return }
            if !(value > 0 && value <= limit) {
                let allowed = limit.isFinite ? "(0, \(limit)]" : "(0, ∞)"
                issues.append(
                    ValidationIssue(.outOfRange("\(value)", allowed: allowed), at: FieldPath.root.appending(name)))
            }
        }
        switch self {
        case .fixed(let value):
            _ = finite(value, "value")
        case .uniform(let low, let high):
            if finite(low, "low") && finite(high, "high") { ordered(low, high) }
        case .triangular(let low, let mode, let high):
            threePoint(low, mode, high)
        case .pert(let low, let mode, let high, let shape):
            threePoint(low, mode, high)
            positive(shape, "shape", upTo: InputDistribution.maximumShape / 2)
        case .normal(let mean, let deviation, let low, let high):
            let meanOK = finite(mean, "mean")
            positive(deviation, "standardDeviation")
            let lowOK = low.map { finite($0, "low") } ?? true
            let highOK = high.map { finite($0, "high") } ?? true
            if let low, let high, lowOK, highOK { ordered(low, high) }
            if meanOK, deviation.isFinite, deviation > 0, lowOK, highOK, low ?? -.infinity < high ?? .infinity,
                TruncatedNormal(mean: mean, standardDeviation: deviation, low: low, high: high).mass
                    < InputDistribution.minimumTruncatedMass
            {
                issues.append(
                    ValidationIssue(
                        .outOfRange(
                            "[\(low.map { "\($0)" } ?? "−∞"), \(high.map { "\($0)" } ?? "∞")]",
                            allowed:
                                "a range holding at least \(InputDistribution.minimumTruncatedMass) of N(\(mean), \(deviation)²)"
                        ),
                        at: low == nil ? "high" : "low"))
            }
        case .logNormal(let mu, let sigma):
            _ = finite(mu, "logMean")
            positive(sigma, "logStandardDeviation")
        case .beta(let alpha, let beta, let low, let high):
            positive(alpha, "alpha", upTo: InputDistribution.maximumShape)
            positive(beta, "beta", upTo: InputDistribution.maximumShape)
            if finite(low, "low") && finite(high, "high") { ordered(low, high) }
        case .discrete(let values, let weights):
            checkValues(values, into: &issues)
            if weights.count != values.count {
                issues.append(
                    ValidationIssue(
                        .inconsistent("\(weights.count) weights for \(values.count) values: give one weight per value"),
                        at: "weights"))
            }
            var total = 0.0
            for (index, weight) in weights.enumerated() {
                let path = FieldPath.root.appending("weights", index: index)
                if !weight.isFinite {
                    issues.append(ValidationIssue(.notFinite("\(weight)"), at: path))
                } else if weight < 0 {
                    issues.append(ValidationIssue(.negative("\(weight)"), at: path))
                } else {
                    total += weight
                }
            }
            if !weights.isEmpty, weights.allSatisfy({ $0.isFinite && $0 >= 0 }), !(total > 0 && total.isFinite) {
                issues.append(
                    ValidationIssue(
                        .outOfRange("total weight \(total)", allowed: "a positive, finite total"), at: "weights"))
            }
        case .empirical(let values):
            checkValues(values, into: &issues)
        }
        return issues
    }

    private func checkValues(_ values: [Double], into issues: inout [ValidationIssue]) {
        if values.isEmpty { issues.append(ValidationIssue(.empty, at: "values")) }
        for (index, value) in values.enumerated() where !value.isFinite {
            issues.append(ValidationIssue(.notFinite("\(value)"), at: FieldPath.root.appending("values", index: index)))
        }
    }
}
