import Foundation
import ResilienceNumerics

/// The classic 2×2 difference-in-differences: (treated after − treated before) − (comparison
/// after − comparison before).
///
/// Wooldridge, *Introductory Econometrics* (7th ed.), §13.2; Magenta Book (2020) Annex A (SMS
/// level 3). Two forms:
/// - ``means(treatedBefore:treatedAfter:comparisonBefore:comparisonAfter:robust:confidenceLevel:)``
///   from individual observations, estimated as the regression y = α + β·treated + γ·after +
///   δ·(treated × after) + ε, whose δ equals the difference of the four means; standard errors are
///   conventional (pooled variance, t with n − 4 degrees of freedom) or HC1;
/// - ``rates(treatedBefore:treatedAfter:comparisonBefore:comparisonAfter:perPopulation:confidenceLevel:)``
///   from counts and populations, with Poisson variances Var(rate) = count ÷ population² (scaled),
///   independent across the four cells, and a normal interval.
public enum TwoByTwoDifferenceInDifferences {
    /// Counts of demand and the population they arose from, for one group and period.
    public struct Cell: Hashable, Sendable, Codable {
        /// Units of demand.
        public var count: Double
        /// The population at risk.
        public var population: Double

        /// Creates a cell.
        public init(count: Double, population: Double) {
            self.count = count
            self.population = population
        }
    }

    /// DiD of group means from individual observations.
    ///
    /// - Parameters:
    ///   - treatedBefore: observations of the treated group before.
    ///   - treatedAfter: observations of the treated group after.
    ///   - comparisonBefore: observations of the comparison group before.
    ///   - comparisonAfter: observations of the comparison group after.
    ///   - robust: HC1 standard errors instead of the conventional pooled-variance ones.
    ///   - confidenceLevel: e.g. 0.95.
    /// - Returns: δ with its standard error, interval and p-value.
    /// - Throws: ``EstimationError/tooFewPeriods(side:found:needed:)`` when a group is empty or the
    ///   four together have 4 or fewer observations, ``EstimationError/numerical(_:)`` for
    ///   non-finite values.
    public static func means(
        treatedBefore: [Double], treatedAfter: [Double], comparisonBefore: [Double], comparisonAfter: [Double],
        robust: Bool = false, confidenceLevel: Double = 0.95
    ) throws(EstimationError) -> EffectEstimate {
        let groups = [treatedBefore, treatedAfter, comparisonBefore, comparisonAfter]
        let names = ["treated before", "treated after", "comparison before", "comparison after"]
        for (group, name) in zip(groups, names) where group.isEmpty {
            throw .tooFewPeriods(side: name, found: 0, needed: 1)
        }
        var response: [Double] = []
        var treated: [Double] = []
        var after: [Double] = []
        for (index, group) in groups.enumerated() {
            response += group
            treated += [Double](repeating: index < 2 ? 1 : 0, count: group.count)
            after += [Double](repeating: index % 2 == 1 ? 1 : 0, count: group.count)
        }
        do {
            let design = try DesignMatrix(columns: [
                ("intercept", [Double](repeating: 1, count: response.count)), ("treated", treated), ("after", after),
                ("treated × after", zip(treated, after).map { $0 * $1 }),
            ])
            let fit = try LinearRegression(response: response, design: design)
            let estimates = try fit.coefficientEstimates(robust ? .hc1 : .conventional)
            return try EffectEstimate.from(
                estimates[3], name: "difference in differences", level: confidenceLevel, exponentiate: false)
        } catch {
            throw .numerical(error)
        }
    }

    /// DiD of rates per `perPopulation` residents, from four cells of counts and populations.
    ///
    /// - Parameters:
    ///   - treatedBefore: the treated group before.
    ///   - treatedAfter: the treated group after.
    ///   - comparisonBefore: the comparison group before.
    ///   - comparisonAfter: the comparison group after.
    ///   - perPopulation: the rate's denominator, e.g. 1,000 residents.
    ///   - confidenceLevel: e.g. 0.95.
    /// - Returns: the difference in rates with its standard error, normal interval and p-value.
    /// - Throws: ``EstimationError/numerical(_:)`` for a negative or non-finite count or a
    ///   population that is not positive; ``EstimationError/invalidSetting(name:value:requirement:)``
    ///   for a bad confidence level or scale.
    public static func rates(
        treatedBefore: Cell, treatedAfter: Cell, comparisonBefore: Cell, comparisonAfter: Cell,
        perPopulation: Double = 1_000, confidenceLevel: Double = 0.95
    ) throws(EstimationError) -> EffectEstimate {
        guard perPopulation > 0, perPopulation.isFinite else {
            throw .invalidSetting(name: "perPopulation", value: "\(perPopulation)", requirement: "positive")
        }
        let cells = [treatedBefore, treatedAfter, comparisonBefore, comparisonAfter]
        for (index, cell) in cells.enumerated() {
            guard cell.count.isFinite, cell.count >= 0 else {
                throw .numerical(.nonFinite(field: "count", index: index))
            }
            guard cell.population.isFinite, cell.population > 0 else {
                throw .numerical(
                    .invalidParameter(name: "population", value: cell.population, requirement: "positive and finite"))
            }
        }
        let rate = { (cell: Cell) in cell.count / cell.population * perPopulation }
        let variance = { (cell: Cell) in
            cell.count / (cell.population * cell.population) * perPopulation * perPopulation
        }
        let estimate = (rate(treatedAfter) - rate(treatedBefore)) - (rate(comparisonAfter) - rate(comparisonBefore))
        let standardError = cells.map(variance).reduce(0, +).squareRoot()
        let coefficient = CoefficientEstimate(
            name: "difference in differences (rate per \(Int(perPopulation)))", estimate: estimate,
            standardError: standardError, reference: .standardNormal)
        do {
            return try EffectEstimate.from(
                coefficient, name: coefficient.name, level: confidenceLevel, exponentiate: false)
        } catch {
            throw .numerical(error)
        }
    }
}
