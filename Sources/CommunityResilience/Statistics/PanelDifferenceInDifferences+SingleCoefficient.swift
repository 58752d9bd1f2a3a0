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
    /// Fits the model to each service's demand in `panel` — the national DiD per service.
    ///
    /// Each result is exactly what ``fit(_:service:communities:)`` returns for that service,
    /// bit for bit. For a single DiD coefficient on a panel with a
    /// ``DemandPanel/gridLayout`` the services are read in one sweep over the panel (each
    /// community's services are adjacent), which is several times faster than fitting them one
    /// by one; otherwise the services are fitted in turn.
    ///
    /// - Parameters:
    ///   - panel: The observations, as for ``fit(_:service:communities:)``.
    ///   - services: The services to model, each on its own.
    ///   - communities: The communities to use; all in the panel by default.
    /// - Returns: One result per service, in order: the fit, or why that service could not be
    ///   fitted (a bad setting fails them all).
    /// - Complexity: O(rows of the requested services) for the single coefficient on a grid.
    public func fit(
        _ panel: DemandPanel, services: [Service.ID], communities: [Community.ID]? = nil
    ) -> [Result<PanelDifferenceInDifferencesResult, EstimationError>] {
        fit(panel, services: services, communities: communities, parallel: true)
    }

    /// The batch fit, with the chunks run one after another when `parallel` is false (for tests).
    func fit(
        _ panel: DemandPanel, services: [Service.ID], communities: [Community.ID]?, parallel: Bool
    ) -> [Result<PanelDifferenceInDifferencesResult, EstimationError>] {
        guard eventWindow == nil, let layout = panel.gridLayout else {
            return services.map { service in
                Result { () throws(EstimationError) in try fit(panel, service: service, communities: communities) }
            }
        }
        do {
            try checkSettings()
            let codes = try Self.unitCodes(panel, communities: communities)
            let known = services.filter { panel.services.code(for: $0) != nil }
            let offsets = known.map { Int(panel.services.code(for: $0) ?? 0) * layout.monthCount }
            let fitted = try fitSingleCoefficients(
                services: known, units: codes.map { panel.communities.identifiers[Int($0)] },
                months: (0..<layout.monthCount).map { layout.firstMonth.advanced(by: $0) }, counts: panel.counts,
                populations: panel.hasPopulations ? panel.populations : nil,
                rowStart: codes.map { layout.uncheckedFirstRow(community: Int($0), service: 0) },
                seriesOffsets: offsets, parallel: parallel)
            // A service asked for twice is fitted twice, identically; keep one.
            var results: [Service.ID: Result<PanelDifferenceInDifferencesResult, EstimationError>] = [:]
            for (service, result) in zip(known, fitted) { results[service] = result }
            return services.map { service in
                results[service] ?? .failure(.noObservations(service: service.rawValue))
            }
        } catch {
            return services.map { _ in .failure(error) }
        }
    }

    /// Fits the single DiD coefficient: straight from the panel's columns when it has a grid
    /// layout, otherwise from a balanced grid built in one pass.
    func fitSingleCoefficient(
        _ panel: DemandPanel, service: Service.ID, communities: [Community.ID]?, parallel: Bool = true
    ) throws(EstimationError) -> PanelDifferenceInDifferencesResult {
        if panel.gridLayout != nil {
            guard let only = fit(panel, services: [service], communities: communities, parallel: parallel).first else {
                throw .noObservations(service: service.rawValue)
            }
            return try only.get()
        }
        let grid = try PanelGrid(panel: panel, service: service, communities: communities)
        let fitted = try fitSingleCoefficients(
            services: [service], units: grid.units, months: grid.months, counts: grid.counts,
            populations: grid.populations,
            rowStart: (0..<grid.unitCount).map { $0 * grid.monthCount }, seriesOffsets: [0], parallel: parallel)
        guard let only = fitted.first else { throw .noObservations(service: service.rawValue) }
        return try only.get()
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

    /// The single coefficient for one or several series per unit (series k of unit u starts at
    /// `rowStart[u] + seriesOffsets[k]`). Problems shared by every series throw; a problem of
    /// one series (a zero population under a rate outcome) fails that series alone.
    func fitSingleCoefficients(
        services: [Service.ID], units: [Community.ID], months: [Month], counts: [Double], populations: [Double]?,
        rowStart: [Int], seriesOffsets: [Int], parallel: Bool
    ) throws(EstimationError) -> [Result<PanelDifferenceInDifferencesResult, EstimationError>] {
        let isTreated = units.map { treated.contains($0) }
        let treatedCount = isTreated.filter { $0 }.count
        guard treatedCount > 0 else { throw .noTreatedUnits }
        guard treatedCount < units.count else { throw .noComparisonUnits }
        let startIndex = months.firstIndex { $0 >= treatmentStart } ?? months.count
        guard startIndex >= 2 else { throw .tooFewPeriods(side: "pre-treatment", found: startIndex, needed: 2) }
        guard months.count - startIndex >= 1 else { throw .tooFewPeriods(side: "post-treatment", found: 0, needed: 1) }
        var per: Double?
        if case .rate(let value) = outcome {
            guard value > 0, value.isFinite else {
                throw .invalidSetting(name: "outcome.rate.per", value: "\(value)", requirement: "positive")
            }
            guard populations != nil else { throw .missingPopulation }
            per = value
        }
        let n = units.count * months.count
        let parameters = 1 + units.count + months.count - 1
        guard n > parameters else { throw .numerical(.insufficientData(observations: n, parameters: parameters)) }
        let input = TwoWayWithinKernel.Input(
            counts: counts, populations: populations, rowStart: rowStart, seriesOffsets: seriesOffsets,
            months: months.count,
            isTreated: isTreated, startIndex: startIndex, per: per, needsResiduals: covariance != .clusteredByCommunity,
            parallel: parallel)
        let shape = PanelDifferenceInDifferencesResult.Shape(
            communityCount: units.count, treatedCount: treatedCount, months: months, startIndex: startIndex, exposure: 0
        )
        return zip(services, TwoWayWithinKernel.run(input)).map { service, sums in
            sums.flatMap { sums in
                Result { () throws(EstimationError) in
                    try result(service: service, sums: sums, shape: shape, observations: n, parameters: parameters)
                }
            }
        }
    }

    /// The coefficient, its covariance under the chosen estimator, and the result.
    func result(
        service: Service.ID, sums: TwoWayWithinKernel.Sums, shape: PanelDifferenceInDifferencesResult.Shape,
        observations n: Int, parameters: Int
    ) throws(EstimationError) -> PanelDifferenceInDifferencesResult {
        let variance: Double
        let reference: ReferenceDistribution
        switch covariance {
        case .conventional:
            variance = sums.residualSumOfSquares / Double(n - parameters) / sums.denominator
            reference = .studentT(degreesOfFreedom: n - parameters)
        case .heteroskedasticityRobust:
            variance =
                Double(n) / Double(n - parameters) * sums.heteroskedasticMeat / (sums.denominator * sums.denominator)
            reference = .studentT(degreesOfFreedom: n - parameters)
        case .clusteredByCommunity:
            let g = Double(shape.communityCount)
            variance =
                g / (g - 1) * Double(n - 1) / Double(n - parameters) * sums.clusterMeat
                / (sums.denominator * sums.denominator)
            reference = .studentT(degreesOfFreedom: shape.communityCount - 1)
        }
        guard sums.estimate.isFinite, variance.isFinite else {
            throw .numerical(.rankDeficient(column: "treated × after", index: 0))
        }
        let coefficient = CoefficientEstimate(
            name: "treated × after", estimate: sums.estimate, standardError: max(variance, 0).squareRoot(),
            reference: reference)
        var shape = shape
        shape.exposure = sums.exposure
        do {
            return try PanelDifferenceInDifferencesResult(
                specification: self, service: service, shape: shape, coefficients: [coefficient],
                covariance: try Matrix(rows: 1, columns: 1, columnMajor: [variance]), observationCount: n)
        } catch {
            throw .numerical(error)
        }
    }
}
