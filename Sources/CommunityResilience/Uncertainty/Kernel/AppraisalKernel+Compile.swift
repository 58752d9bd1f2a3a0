extension AppraisalKernel {
    /// Compiles the appraisal of a scenario for the given uncertain inputs.
    ///
    /// - Parameters:
    ///   - appraisal: The exact engine's appraisal of the scenario at its base values.
    ///   - targets: The uncertain inputs' targets, in input order (already resolved against the
    ///     scenario: each names something that exists and applies).
    init(appraisal: Appraisal, targets: [UncertainInput.Target]) {
        let scenario = appraisal.scenario
        let settings = appraisal.settings
        let horizon = appraisal.years.count
        var unitCostInput: [UnitCost.ID: Int] = [:]
        var costInput: [CostKey: Int] = [:]
        var evidenceInputs: [OutcomeEvidence.ID: [(target: UncertainInput.Target, input: Int)]] = [:]
        for (j, target) in targets.enumerated() {
            switch target {
            case .unitCost(let id): unitCostInput[id] = j
            case .costLine(let intervention, let index):
                costInput[CostKey(intervention: intervention, index: index)] = j
            default: if let id = target.evidence { evidenceInputs[id, default: []].append((target, j)) }
            }
        }
        let agencies = Array(Set(appraisal.benefits.filter { $0.valueType == .fiscal }.map(\.agency))).sorted()
        let services = Array(Set(appraisal.demand.map(\.service))).sorted()
        let agencyIndex = Dictionary(uniqueKeysWithValues: agencies.enumerated().map { ($1, $0) })
        let serviceIndex = Dictionary(uniqueKeysWithValues: services.enumerated().map { ($1, $0) })
        let evidenceByID = Dictionary(scenario.evidence.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let unitCostByID = Dictionary(scenario.unitCosts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let slotFactors: [[Double]] =
            ValueType.allCases.map { appraisal.discountFactors[$0] ?? Array(repeating: 1, count: horizon) }
            + [Array(repeating: 1, count: horizon)]
        let firstYear = appraisal.years.first

        var amounts: [Amount] = []
        var amountByInput: [Int: Amount] = [:]
        func amount(_ input: Int, _ money: Money) -> Amount {
            if let existing = amountByInput[input] { return existing }
            let factor =
                money.priceBase == settings.priceBase
                ? 1 : ((try? settings.deflators.factor(from: money.priceBase, to: settings.priceBase)) ?? 1)
            let compiled = Amount(
                input: input, slot: amounts.count, factor: factor,
                scale: Double(Money.powerOfTen(money.currency.minorUnitDigits)))
            amounts.append(compiled)
            amountByInput[input] = compiled
            return compiled
        }

        var fixedBenefits = 0.0
        var fixedFiscal = 0.0
        var fixedCosts = 0.0
        var fixedFiscalByAgency = Array(repeating: 0.0, count: agencies.count)
        var fixedDemand = Array(repeating: 0.0, count: services.count)
        var fixedYearlyBenefits = Array(repeating: 0.0, count: horizon)
        var fixedYearlyCosts = Array(repeating: 0.0, count: horizon)

        // Lines touched by an input, grouped by evidence and slot.
        var linesByEvidence: [OutcomeEvidence.ID: [[Line]]] = [:]
        for line in appraisal.benefits {
            let drawnUnit = unitCostInput[line.unitCost]
            let isFiscal = line.valueType == .fiscal
            if drawnUnit == nil && evidenceInputs[line.evidence] == nil {
                fixedBenefits += line.presentValue.doubleValue
                if isFiscal, let a = agencyIndex[line.agency] {
                    fixedFiscal += line.presentValue.doubleValue
                    fixedFiscalByAgency[a] += line.presentValue.doubleValue
                }
                for t in 0..<horizon { fixedYearlyBenefits[t] += line.discounted[t].doubleValue }
                continue
            }
            let slot = ValueType.allCases.firstIndex(of: line.valueType) ?? 0
            let unit = drawnUnit.flatMap { j in unitCostByID[line.unitCost].map { amount(j, $0.amount) } }
            let compiled = Line(
                coefficient: line.optimismBiasFactor * (unit == nil ? line.unitValue.doubleValue : 1), unitValue: unit,
                isFiscal: isFiscal, agency: agencyIndex[line.agency] ?? 0)
            linesByEvidence[line.evidence, default: Array(repeating: [], count: Self.slotCount)][slot].append(compiled)
        }

        var compiledEvidence: [Evidence] = []
        for demand in appraisal.demand {
            let drawn = evidenceInputs[demand.evidence] ?? []
            let service = serviceIndex[demand.service] ?? 0
            if drawn.isEmpty { fixedDemand[service] += demand.totalUnits }
            guard let item = evidenceByID[demand.evidence],
                !drawn.isEmpty || linesByEvidence[demand.evidence] != nil
            else { continue }
            let windows = Self.windowShares(of: item, firstYear: firstYear, horizon: horizon)
            let weights = slotFactors.map { factors in
                windows.map { shares in shares.indices.reduce(0.0) { $0 + shares[$1] * factors[$1] } }
            }
            let yearWeights = slotFactors.map { factors in
                (0..<horizon).map { t in windows.map { $0[t] * factors[t] } }
            }
            let (constant, factors, complements, dropOff) = Self.chain(item, demand: demand, drawn: drawn)
            compiledEvidence.append(
                Evidence(
                    constant: constant, factors: factors, complements: complements, dropOff: dropOff,
                    baseRetention: item.persistence.dropOff.complement.value, weights: weights,
                    yearWeights: yearWeights,
                    lines: linesByEvidence[demand.evidence] ?? Array(repeating: [], count: Self.slotCount),
                    service: service))
        }

        var compiledCosts: [Cost] = []
        let costFactors = appraisal.discountFactors[.fiscal] ?? Array(repeating: 1, count: horizon)
        for flow in appraisal.costs {
            let intervention = scenario.interventions.first { $0.id == flow.intervention }
            guard let j = costInput[CostKey(intervention: flow.intervention, index: flow.index)],
                let line = intervention?.costs[flow.index]
            else {
                fixedCosts += flow.presentValue.doubleValue
                for t in 0..<horizon { fixedYearlyCosts[t] += flow.discounted[t].doubleValue }
                continue
            }
            let uplift = 1 + flow.optimismBias.value
            let yearly = (0..<horizon).map { flow.quantities[$0] * uplift * costFactors[$0] }
            compiledCosts.append(Cost(amount: amount(j, line.amount), coefficient: yearly.reduce(0, +), yearly: yearly))
        }

        self.inputCount = targets.count
        self.horizon = horizon
        self.amounts = amounts
        self.evidence = compiledEvidence
        self.costs = compiledCosts
        self.agencies = agencies
        self.services = services
        self.fixedBenefits = fixedBenefits
        self.fixedFiscal = fixedFiscal
        self.fixedFiscalByAgency = fixedFiscalByAgency
        self.fixedCosts = fixedCosts
        self.fixedDemand = fixedDemand
        self.fixedYearlyBenefits = fixedYearlyBenefits
        self.fixedYearlyCosts = fixedYearlyCosts
    }

    struct CostKey: Hashable {
        let intervention: Intervention.ID
        let index: Int
    }

    /// For each effect year k, the share of a year's effect falling in each appraisal year t
    /// (months ÷ 12), as the engine places it: twelve-month windows from the evidence's first
    /// month, or the measured period alone when the effect has no duration.
    static func windowShares(of item: OutcomeEvidence, firstYear: FinancialYear?, horizon: Int) -> [[Double]] {
        var periods: [Period] = []
        if let years = item.persistence.durationYears {
            for year in 1...Swift.max(1, years) {
                guard let start = try? item.period.first.adding(months: 12 * (year - 1)),
                    let window = try? Period(starting: start, monthCount: 12)
                else { break }
                periods.append(window)
            }
        } else {
            periods.append(item.period)
        }
        return periods.map { period in
            var shares = Array(repeating: 0.0, count: horizon)
            for share in period.financialYearShares {
                guard let firstYear else { continue }
                let t = firstYear.distance(to: share.financialYear)
                if (0..<horizon).contains(t) { shares[t] += Double(share.monthCount) / 12 }
            }
            return shares
        }
    }

    /// n(e) split into its fixed part and the inputs that multiply it, directly or as (1 − x).
    static func chain(
        _ item: OutcomeEvidence, demand: DemandLine, drawn: [(target: UncertainInput.Target, input: Int)]
    ) -> (constant: Double, factors: [Int], complements: [Int], dropOff: Int?) {
        func input(_ match: (UncertainInput.Target) -> Bool) -> Int? { drawn.first { match($0.target) }?.input }
        let effect = input { if case .evidenceEffect = $0 { return true } else { return false } }
        let baseline = input { if case .baseline = $0 { return true } else { return false } }
        let eligible = input { if case .eligible = $0 { return true } else { return false } }
        let engagement = input { if case .engagement = $0 { return true } else { return false } }
        let success = input { if case .success = $0 { return true } else { return false } }
        let dropOff = input { if case .dropOff = $0 { return true } else { return false } }
        var factors: [Int] = []
        var complements: [Int] = []

        // Effect part: the engine's rate a year when nothing in it is drawn.
        var effectPart = demand.grossUnitsPerYear
        let years = Double(item.period.monthCount) / 12
        let perYear = years > 0 ? 1 / years : 0
        func part(_ drawnInput: Int?, _ base: Double) -> Double {
            if let drawnInput {
                factors.append(drawnInput)
                return 1
            }
            return base
        }
        switch item.effect {
        case .relativeReduction(let share, let baselinePerYear) where effect != nil || baseline != nil:
            effectPart = part(effect, share.value) * part(baseline, baselinePerYear)
        case .cohort(let chain) where effect != nil || eligible != nil || engagement != nil || success != nil:
            effectPart =
                part(eligible, chain.eligible) * part(engagement, chain.engagement.value)
                * part(success, chain.success.value) * part(effect, chain.unitsAvoidedPerSuccess) * perYear
        case _ where effect != nil:
            effectPart = part(effect, 0) * perYear
        default:
            break
        }

        // Additionality: the engine's factor when nothing in it is drawn.
        var additionalityPart = demand.additionalityFactor
        let drawnShares = drawn.compactMap { entry -> (UncertainInput.AdditionalityComponent, Int)? in
            if case .additionality(_, let component) = entry.target { return (component, entry.input) }
            return nil
        }
        if !drawnShares.isEmpty {
            let drawnComponents = Set(drawnShares.map(\.0))
            let additionality = item.additionality
            additionalityPart = drawnComponents.contains(.multiplier) ? 1 : (additionality.multiplier?.value ?? 1)
            let fixed: [(UncertainInput.AdditionalityComponent, Additionality.Adjustment?)] = [
                (.leakage, additionality.leakage), (.deadweight, additionality.deadweight),
                (.displacement, additionality.displacement), (.substitution, additionality.substitution),
                (.attribution, additionality.attribution),
            ]
            for (component, adjustment) in fixed where !drawnComponents.contains(component) {
                additionalityPart *= adjustment?.share.complement.value ?? 1
            }
            for (component, j) in drawnShares {
                if component == .multiplier { factors.append(j) } else { complements.append(j) }
            }
        }
        return (effectPart * additionalityPart, factors, complements, dropOff)
    }
}
