import ResilienceNumerics

// The single-coefficient DiD in closed form. With one indicator D_it = T_i·P_t (treated unit,
// post-start month) on a balanced grid, the two-way within transformation of D is rank one,
// D̃_it = (T_i − τ̄)(P_t − p̄), with τ̄ the treated share of units and p̄ the post share of months.
// So, with A = Σ_i (T_i − τ̄)² and B = Σ_t (P_t − p̄)²,
//
//   δ̂ = Σ D̃ỹ / Σ D̃² = Σ_i (T_i − τ̄)(post_i − p̄·sum_i) / (A·B)
//
// (D̃ is orthogonal to every unit, month and grand mean, so Σ D̃ỹ = Σ D̃y), where sum_i and
// post_i are unit i's total and post-start total. The community-clustered score is
// s_i = Σ_t D̃_it e_it = (T_i − τ̄)·[(post_i − p̄·sum_i) − c − δ̂(T_i − τ̄)B], c = Σ_t (P_t − p̄)ȳ_·t.
// One pass over the outcome gives everything clustered inference needs; conventional and HC1
// standard errors take a second pass for the residuals. The answers equal the dummy-variable
// regression's (Frisch–Waugh–Lovell; Wooldridge, Introductory Econometrics, §14.1), which the
// general least-squares path and the statsmodels reference values in the tests confirm.

extension PanelDifferenceInDifferences {
    /// Fits the single DiD coefficient: straight from the panel's columns when it has a grid
    /// layout, otherwise from a balanced grid built in one pass.
    func fitSingleCoefficient(
        _ panel: DemandPanel, service: Service.ID, communities: [Community.ID]?, parallel: Bool = true
    ) throws(EstimationError) -> PanelDifferenceInDifferencesResult {
        if let layout = panel.gridLayout {
            guard let serviceCode = panel.services.code(for: service) else { throw .noObservations(service: service.rawValue) }
            let codes = try Self.unitCodes(panel, communities: communities)
            let units = codes.map { panel.communities.identifiers[Int($0)] }
            let rowStart = codes.map { layout.firstRow(community: Int($0), service: Int(serviceCode)) }
            let months = (0..<layout.monthCount).map { layout.firstMonth.advanced(by: $0) }
            return try fitSingleCoefficient(
                service: service, units: units, months: months, counts: panel.counts, populations: panel.hasPopulations ? panel.populations : nil,
                rowStart: rowStart, parallel: parallel)
        }
        let grid = try PanelGrid(panel: panel, service: service, communities: communities)
        return try fitSingleCoefficient(
            service: service, units: grid.units, months: grid.months, counts: grid.counts, populations: grid.populations,
            rowStart: (0..<grid.unitCount).map { $0 * grid.monthCount }, parallel: parallel)
    }

    /// The units of a grid-layout panel: every community in code order, or the requested ones
    /// in the order given (repeats dropped), as ``PanelGrid`` chooses them.
    static func unitCodes(_ panel: DemandPanel, communities: [Community.ID]?) throws(EstimationError) -> [Int32] {
        guard let communities else { return (0..<Int32(panel.communities.count)).map { $0 } }
        var seen = Set<Int32>()
        var codes: [Int32] = []
        for community in communities {
            guard let code = panel.communities.code(for: community) else { throw .unknownCommunity(community.rawValue) }
            if seen.insert(code).inserted { codes.append(code) }
        }
        return codes
    }

    func fitSingleCoefficient(
        service: Service.ID, units: [Community.ID], months: [Month], counts: [Double], populations: [Double]?,
        rowStart: [Int], parallel: Bool
    ) throws(EstimationError) -> PanelDifferenceInDifferencesResult {
        let isTreated = units.map { treated.contains($0) }
        let treatedCount = isTreated.filter { $0 }.count
        guard treatedCount > 0 else { throw .noTreatedUnits }
        guard treatedCount < units.count else { throw .noComparisonUnits }
        let startIndex = months.firstIndex { $0 >= treatmentStart } ?? months.count
        guard startIndex >= 2 else { throw .tooFewPeriods(side: "pre-treatment", found: startIndex, needed: 2) }
        guard months.count - startIndex >= 1 else { throw .tooFewPeriods(side: "post-treatment", found: 0, needed: 1) }
        var per: Double?
        if case .rate(let value) = outcome {
            guard value > 0, value.isFinite else { throw .invalidSetting(name: "outcome.rate.per", value: "\(value)", requirement: "positive") }
            guard populations != nil else { throw .missingPopulation }
            per = value
        }
        let n = units.count * months.count
        let absorbed = units.count + months.count - 1
        guard n > 1 + absorbed else { throw .numerical(.insufficientData(observations: n, parameters: 1 + absorbed)) }
        let input = TwoWayWithinKernel.Input(
            counts: counts, populations: populations, rowStart: rowStart, months: months.count, isTreated: isTreated,
            startIndex: startIndex, per: per, needsResiduals: covariance != .clusteredByCommunity, parallel: parallel)
        let sums = try TwoWayWithinKernel.run(input)
        let a = Double(treatedCount) * (1 - sums.treatedShare) * (1 - sums.treatedShare)
            + Double(units.count - treatedCount) * sums.treatedShare * sums.treatedShare
        let denominator = a * sums.monthSpread  // Σ D̃²
        let parameters = 1 + absorbed
        let variance: Double
        let reference: ReferenceDistribution
        switch covariance {
        case .conventional:
            variance = sums.residualSumOfSquares / Double(n - parameters) / denominator
            reference = .studentT(degreesOfFreedom: n - parameters)
        case .heteroskedasticityRobust:
            variance = Double(n) / Double(n - parameters) * sums.heteroskedasticMeat / (denominator * denominator)
            reference = .studentT(degreesOfFreedom: n - parameters)
        case .clusteredByCommunity:
            let g = Double(units.count)
            variance = g / (g - 1) * Double(n - 1) / Double(n - parameters) * sums.clusterMeat / (denominator * denominator)
            reference = .studentT(degreesOfFreedom: units.count - 1)
        }
        guard sums.estimate.isFinite, variance.isFinite else {
            throw .numerical(.rankDeficient(column: "treated × after", index: 0))
        }
        let coefficient = CoefficientEstimate(
            name: "treated × after", estimate: sums.estimate, standardError: max(variance, 0).squareRoot(), reference: reference)
        do {
            let covarianceMatrix = try Matrix(rows: 1, columns: 1, columnMajor: [variance])
            let shape = PanelDifferenceInDifferencesResult.Shape(
                communityCount: units.count, treatedCount: treatedCount, months: months, startIndex: startIndex,
                exposure: sums.exposure)
            return try PanelDifferenceInDifferencesResult(
                specification: self, service: service, shape: shape, coefficients: [coefficient], covariance: covarianceMatrix,
                observationCount: n)
        } catch {
            throw .numerical(error)
        }
    }
}
