import Foundation
import ResilienceNumerics

/// Difference-in-differences on a balanced community × month panel with community and month
/// fixed effects (two-way fixed effects), and an optional event study of leads and lags.
///
/// y_it = α_i + λ_t + δ·D_it + ε_it, with D_it = 1 for treated communities from the treatment's
/// first month (Wooldridge, *Introductory Econometrics*, §14.1; Angrist & Pischke, *Mostly
/// Harmless Econometrics*, §5.2). The fixed effects are removed by the two-way within
/// transformation ỹ_it = y_it − ȳ_i· − ȳ_·t + ȳ (exact for a balanced panel, which is required:
/// gaps are refused), and δ is the least-squares slope of ỹ on D̃ — identical to the regression
/// with explicit community and month dummies.
///
/// Degrees of freedom follow that dummy-variable regression (K = regressors + communities +
/// months − 1, as statsmodels' `ols("y ~ D + C(unit) + C(month)")`): conventional σ² = RSS ÷ (n − K)
/// with t(n − K); HC1 scales by n ÷ (n − K); cluster-robust by community uses CR1,
/// G/(G − 1) · (n − 1)/(n − K), with t(G − 1) (Cameron & Miller 2015, §II.C).
///
/// The event study replaces D with indicators of months relative to the start for treated
/// communities, r = −leads … lags, omitting r = −1 as the reference and binning the end points
/// (r ≤ −leads, r ≥ lags). A Wald test that every lead is zero checks for pre-trends.
public struct PanelDifferenceInDifferences: Hashable, Sendable {
    /// The standard errors.
    public enum Covariance: String, Hashable, Sendable, Codable, CaseIterable {
        case conventional
        case heteroskedasticityRobust
        case clusteredByCommunity
    }

    /// What is modelled.
    public enum Outcome: Hashable, Sendable, Codable {
        /// The counts themselves.
        case count
        /// Counts per `per` residents (needs populations).
        case rate(per: Double)
    }

    /// The treated communities.
    public var treated: Set<Community.ID>
    /// The first month of treatment (common to all treated communities).
    public var treatmentStart: Month
    /// Counts or rates.
    public var outcome: Outcome
    /// The standard errors.
    public var covariance: Covariance
    /// Leads and lags for an event study, or `nil` for the single DiD coefficient.
    public var eventWindow: (leads: Int, lags: Int)?
    /// The confidence level for intervals.
    public var confidenceLevel: Double

    /// Creates a specification.
    public init(
        treated: Set<Community.ID>, treatmentStart: Month, outcome: Outcome = .count,
        covariance: Covariance = .clusteredByCommunity, eventWindow: (leads: Int, lags: Int)? = nil,
        confidenceLevel: Double = 0.95
    ) {
        self.treated = treated
        self.treatmentStart = treatmentStart
        self.outcome = outcome
        self.covariance = covariance
        self.eventWindow = eventWindow
        self.confidenceLevel = confidenceLevel
    }

    /// Specifications are equal when they name the same treated communities, start, outcome, covariance, event window and confidence level.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.treated == rhs.treated && lhs.treatmentStart == rhs.treatmentStart && lhs.outcome == rhs.outcome
            && lhs.covariance == rhs.covariance && lhs.eventWindow?.leads == rhs.eventWindow?.leads
            && lhs.eventWindow?.lags == rhs.eventWindow?.lags && lhs.confidenceLevel == rhs.confidenceLevel
    }

    /// Hashes a subset of the components that `==` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(treated)
        hasher.combine(treatmentStart)
        hasher.combine(covariance)
    }

    /// Fits the model to one service's demand in `panel`.
    ///
    /// - Parameters:
    ///   - panel: the observations; every community must have every month from the service's
    ///     first to its last.
    ///   - service: the service whose demand is modelled.
    ///   - communities: the communities to use (treated and comparison); all in the panel by default.
    /// - Throws: ``EstimationError`` — no treated or no comparison communities, fewer than two
    ///   months before or after the start, gaps or duplicates in the panel, no populations for a
    ///   rate outcome, bad settings, or a numerical failure naming the term.
    /// - Complexity: O(n × regressors) for n community-months, after one pass over the panel.
    public func fit(_ panel: DemandPanel, service: Service.ID, communities: [Community.ID]? = nil)
        throws(EstimationError) -> PanelDifferenceInDifferencesResult
    {
        try checkSettings()
        if eventWindow == nil {
            return try fitSingleCoefficient(panel, service: service, communities: communities)
        }
        let grid = try PanelGrid(panel: panel, service: service, communities: communities)
        let isTreated = grid.units.map { treated.contains($0) }
        guard isTreated.contains(true) else { throw .noTreatedUnits }
        guard isTreated.contains(false) else { throw .noComparisonUnits }
        let startIndex = grid.months.firstIndex { $0 >= treatmentStart } ?? grid.months.count
        guard startIndex >= 2 else { throw .tooFewPeriods(side: "pre-treatment", found: startIndex, needed: 2) }
        guard grid.monthCount - startIndex >= 1 else {
            throw .tooFewPeriods(side: "post-treatment", found: 0, needed: 1)
        }

        let response = try outcomeValues(grid)
        let regressors = regressorColumns(grid: grid, isTreated: isTreated, startIndex: startIndex)
        let demeaned = try DesignMatrix.orThrow(
            columns: regressors.map {
                ($0.name, Self.withinTransform($0.values, units: grid.unitCount, months: grid.monthCount))
            })
        let y = Self.withinTransform(response, units: grid.unitCount, months: grid.monthCount)
        let n = y.count
        let k = regressors.count
        let absorbed = grid.unitCount + grid.monthCount - 1
        let totalParameters = k + absorbed
        guard n > totalParameters else {
            throw .numerical(.insufficientData(observations: n, parameters: totalParameters))
        }
        do {
            let fit = try LinearRegression(response: y, design: demeaned)
            let clusters = (0..<n).map { $0 / grid.monthCount }
            let estimator: LinearRegression.CovarianceEstimator
            switch covariance {
            case .conventional: estimator = .conventional
            case .heteroskedasticityRobust: estimator = .hc1
            case .clusteredByCommunity: estimator = .clustered(by: clusters)
            }
            // The within regression counts k parameters; the dummy-variable regression it equals
            // counts k + absorbed. Every estimator's small-sample factor has (n − k) in its
            // denominator, so one rescaling gives the dummy-variable standard errors.
            let scale = Double(n - k) / Double(n - totalParameters)
            let raw = try fit.coefficientEstimates(estimator)
            let covarianceMatrix = try fit.covariance(estimator)
            let reference: ReferenceDistribution =
                covariance == .clusteredByCommunity
                ? .studentT(degreesOfFreedom: grid.unitCount - 1) : .studentT(degreesOfFreedom: n - totalParameters)
            let coefficients = raw.map {
                CoefficientEstimate(
                    name: $0.name, estimate: $0.estimate, standardError: $0.standardError * scale.squareRoot(),
                    reference: reference)
            }
            let shape = PanelDifferenceInDifferencesResult.Shape(
                communityCount: grid.unitCount, treatedCount: isTreated.filter { $0 }.count, months: grid.months,
                startIndex: startIndex, exposure: exposure(grid: grid, isTreated: isTreated, startIndex: startIndex))
            return try PanelDifferenceInDifferencesResult(
                specification: self, service: service, shape: shape, coefficients: coefficients,
                covariance: covarianceMatrix.scaled(by: scale), observationCount: n)
        } catch {
            throw .numerical(error)
        }
    }

    /// How many treated community-months (or treated residents ÷ `per`) follow the start.
    func exposure(grid: PanelGrid, isTreated: [Bool], startIndex: Int) -> Double {
        var exposure = 0.0
        for unit in 0..<grid.unitCount where isTreated[unit] {
            for month in startIndex..<grid.monthCount {
                switch outcome {
                case .count: exposure += 1
                case .rate(let per): exposure += (grid.populations?[unit * grid.monthCount + month] ?? 0) / per
                }
            }
        }
        return exposure
    }

    func checkSettings() throws(EstimationError) {
        guard confidenceLevel > 0, confidenceLevel < 1 else {
            throw .invalidSetting(
                name: "confidenceLevel", value: "\(confidenceLevel)", requirement: "strictly between 0 and 1")
        }
        if let window = eventWindow, window.leads < 2 || window.lags < 0 {
            throw .invalidSetting(
                name: "eventWindow", value: "leads \(window.leads), lags \(window.lags)",
                requirement: "at least 2 leads (−1 is the reference) and 0 or more lags")
        }
    }

    func outcomeValues(_ grid: PanelGrid) throws(EstimationError) -> [Double] {
        switch outcome {
        case .count:
            return grid.counts
        case .rate(let per):
            guard per > 0, per.isFinite else {
                throw .invalidSetting(name: "outcome.rate.per", value: "\(per)", requirement: "positive")
            }
            guard let populations = grid.populations else { throw .missingPopulation }
            var values = grid.counts
            for index in values.indices {
                guard populations[index] > 0 else {
                    throw .numerical(
                        .invalidParameter(name: "population", value: populations[index], requirement: "positive"))
                }
                values[index] = values[index] / populations[index] * per
            }
            return values
        }
    }

    /// The treatment indicator, or the event-study indicators, unit-major like the grid.
    func regressorColumns(grid: PanelGrid, isTreated: [Bool], startIndex: Int) -> [(name: String, values: [Double])] {
        let cells = grid.unitCount * grid.monthCount
        guard let window = eventWindow else {
            var d = [Double](repeating: 0, count: cells)
            for unit in 0..<grid.unitCount where isTreated[unit] {
                for month in startIndex..<grid.monthCount { d[unit * grid.monthCount + month] = 1 }
            }
            return [("treated × after", d)]
        }
        let relatives = (-window.leads...window.lags).filter { $0 != -1 }
        return relatives.map { r in
            var values = [Double](repeating: 0, count: cells)
            for unit in 0..<grid.unitCount where isTreated[unit] {
                for month in 0..<grid.monthCount {
                    let relative = min(max(month - startIndex, -window.leads), window.lags)
                    if relative == r { values[unit * grid.monthCount + month] = 1 }
                }
            }
            let label = r < 0 ? "lead \(-r)" : "lag \(r)"
            return (label, values)
        }
    }

    /// ỹ_it = y_it − ȳ_i· − ȳ_·t + ȳ for a unit-major balanced grid.
    static func withinTransform(_ values: [Double], units: Int, months: Int) -> [Double] {
        var unitMeans = [Double](repeating: 0, count: units)
        var monthMeans = [Double](repeating: 0, count: months)
        var grand = 0.0
        for unit in 0..<units {
            for month in 0..<months {
                let value = values[unit * months + month]
                unitMeans[unit] += value
                monthMeans[month] += value
                grand += value
            }
        }
        for unit in 0..<units { unitMeans[unit] /= Double(months) }
        for month in 0..<months { monthMeans[month] /= Double(units) }
        grand /= Double(units * months)
        var result = values
        for unit in 0..<units {
            for month in 0..<months {
                result[unit * months + month] -= unitMeans[unit] + monthMeans[month] - grand
            }
        }
        return result
    }
}

extension DesignMatrix {
    static func orThrow(columns: [(name: String, values: [Double])]) throws(EstimationError) -> DesignMatrix {
        do {
            return try DesignMatrix(columns: columns)
        } catch {
            throw .numerical(error)
        }
    }
}
