import Foundation
import ResilienceNumerics

/// The fit of a ``PanelDifferenceInDifferences``.
public struct PanelDifferenceInDifferencesResult: Sendable {
    /// The specification fitted.
    public let specification: PanelDifferenceInDifferences
    /// The service modelled.
    public let service: Service.ID
    /// The coefficients (one DiD coefficient, or the event-study leads and lags).
    public let coefficients: [CoefficientEstimate]
    /// Community-months used.
    public let observationCount: Int
    /// Communities used.
    public let communityCount: Int
    /// Treated communities used.
    public let treatedCount: Int
    /// Months used.
    public let monthCount: Int
    /// The DiD effect δ per treated community-month (for an event study: the mean of the lags).
    public let effect: EffectEstimate
    /// The Wald test that every lead is zero (event study only): statistic, degrees of freedom
    /// and p-value from χ²(leads − 1).
    public let preTrendTest: (statistic: Double, degreesOfFreedom: Int, pValue: Double)?
    /// Demand avoided in treated communities after the start: −δ × treated community-months
    /// (× population ÷ per for a rate outcome), with the interval scaled the same way.
    public let avoided: AvoidedDemand

    /// The panel's shape as the result reports it, and the exposure the effect applies to: how
    /// many treated community-months (or treated residents ÷ `per` for a rate) there are after
    /// the start.
    struct Shape {
        var communityCount: Int
        var treatedCount: Int
        var months: [Month]
        var startIndex: Int
        var exposure: Double
    }

    init(
        specification: PanelDifferenceInDifferences, service: Service.ID, shape: Shape,
        coefficients: [CoefficientEstimate], covariance: Matrix, observationCount: Int
    ) throws(NumericsError) {
        self.specification = specification
        self.service = service
        self.coefficients = coefficients
        self.observationCount = observationCount
        self.communityCount = shape.communityCount
        self.treatedCount = shape.treatedCount
        self.monthCount = shape.months.count
        let level = specification.confidenceLevel
        let exposure = shape.exposure
        let startIndex = shape.startIndex
        let lagIndices = coefficients.indices.filter {
            coefficients[$0].name.hasPrefix("lag") || coefficients[$0].name == "treated × after"
        }
        // δ̄ = mean of the post-period coefficients; its variance is the mean of the covariance block.
        var weights = [Double](repeating: 0, count: coefficients.count)
        for index in lagIndices { weights[index] = 1 / Double(lagIndices.count) }
        let estimate = zip(weights, coefficients).reduce(0) { $0 + $1.0 * $1.1.estimate }
        let standardError = max(0, try covariance.quadraticForm(weights)).squareRoot()
        let combined = CoefficientEstimate(
            name: coefficients.count == 1 ? "difference in differences" : "mean post-treatment effect",
            estimate: estimate, standardError: standardError, reference: coefficients[0].reference)
        self.effect = try EffectEstimate.from(combined, name: combined.name, level: level, exponentiate: false)
        let critical = try combined.reference.criticalValue(confidenceLevel: level)
        let units = -estimate * exposure
        let window = Period(shape.months[startIndex]...shape.months[shape.months.count - 1])
        self.avoided = AvoidedDemand(
            window: window, units: units, standardError: standardError * exposure,
            lower: units - critical * standardError * exposure, upper: units + critical * standardError * exposure,
            confidenceLevel: level)
        let leads = coefficients.indices.filter { coefficients[$0].name.hasPrefix("lead") }
        if leads.isEmpty {
            self.preTrendTest = nil
        } else {
            let b = leads.map { coefficients[$0].estimate }
            let block = leads.map { i in leads.map { j in covariance[i, j] } }
            if let statistic = SmallLinearAlgebra.quadraticFormOfInverse(block, b),
                let chiSquared = try? ChiSquaredDistribution(degreesOfFreedom: Double(leads.count))
            {
                self.preTrendTest = (statistic, leads.count, chiSquared.survival(statistic))
            } else {
                self.preTrendTest = nil
            }
        }
    }

    /// A description of the method for audit trails.
    public var methodDescription: String {
        let design =
            specification.eventWindow.map { "event study (\($0.leads) leads, \($0.lags) lags)" }
            ?? "difference-in-differences"
        let errors: String
        switch specification.covariance {
        case .conventional: errors = "conventional"
        case .heteroskedasticityRobust: errors = "HC1 robust"
        case .clusteredByCommunity: errors = "cluster-robust (CR1, by community)"
        }
        return
            "Two-way fixed-effects \(design), \(errors) standard errors; \(treatedCount) treated of \(communityCount) communities, \(monthCount) months"
    }
}

/// Tiny dense routines for the small matrices of a Wald test.
enum SmallLinearAlgebra {
    /// bᵀ A⁻¹ b by Gaussian elimination with partial pivoting; `nil` when A is singular.
    static func quadraticFormOfInverse(_ matrix: [[Double]], _ vector: [Double]) -> Double? {
        let n = vector.count
        guard matrix.count == n, matrix.allSatisfy({ $0.count == n }) else { return nil }
        var a = matrix
        var x = vector
        for column in 0..<n {
            guard let pivot = (column..<n).max(by: { abs(a[$0][column]) < abs(a[$1][column]) }),
                abs(a[pivot][column]) > 1e-300
            else { return nil }
            a.swapAt(column, pivot)
            x.swapAt(column, pivot)
            for row in (column + 1)..<max(column + 1, n) {
                let factor = a[row][column] / a[column][column]
                for j in column..<n { a[row][j] -= factor * a[column][j] }
                x[row] -= factor * x[column]
            }
        }
        var solution = [Double](repeating: 0, count: n)
        for row in stride(from: n - 1, through: 0, by: -1) {
            var sum = x[row]
            for j in (row + 1)..<max(row + 1, n) { sum -= a[row][j] * solution[j] }
            solution[row] = sum / a[row][row]
        }
        let value = zip(vector, solution).reduce(0) { $0 + $1.0 * $1.1 }
        return value.isFinite ? value : nil
    }
}
