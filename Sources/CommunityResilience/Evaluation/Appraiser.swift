import Foundation

extension Scenario {
    /// Appraises every intervention: demand avoided, its value to each agency, costs, and the
    /// Green Book summary figures, each with its derivation.
    ///
    /// The benefit chain, one documented step each:
    /// 1. gross demand change per year, from the evidence (``MeasuredEffect``);
    /// 2. additionality (``Additionality``, HCA Additionality Guide 2014; SROI Guide 2012);
    /// 3. persistence and drop-off (``Persistence``), spread over financial years by months;
    /// 4. monetisation with every unit cost of the service, rebased to the appraisal's price base
    ///    (Green Book 2022 A3), by value type, cashability and agency;
    /// 5. optimism bias by confidence grade (``OptimismBiasTable``): benefits reduced for the
    ///    evidence's and the unit cost's grades, costs raised for the cost line's grade;
    /// 6. discounting (``DiscountSchedule``, ``DiscountTiming``).
    ///
    /// Rounding: each line's value in a year is rounded once, half to even, to the penny after
    /// steps 1–5; its present value is rounded once after step 6; totals are exact sums of those.
    /// Results do not depend on the order of interventions or evidence.
    ///
    /// - Parameter settings: price base, deflators, period, discounting and optimism bias.
    /// - Returns: the appraisal of the portfolio and of each intervention.
    /// - Throws: ``ValidationError`` listing every problem in the scenario and every inconsistency
    ///   between it and the settings (an amount in another currency, a price base missing from the
    ///   deflators, a benefit or cost outside the appraisal period).
    /// The scenario is validated first (``validate()``), unless it was read by
    /// ``init(json:)`` — which validated it — and has not been changed since.
    ///
    /// - Complexity: O(lines × years), where lines are evidence × unit costs plus cost lines.
    public func appraise(with settings: AppraisalSettings) throws(ValidationError) -> Appraisal {
        let issues = (validation.isValid ? [] : validationIssues()) + settings.issues()
        guard issues.isEmpty else { throw ValidationError(issues: issues) }
        var appraiser = Appraiser(scenario: self, settings: settings)
        return try appraiser.run()
    }
}

/// The engine behind ``Scenario/appraise(with:)``: one pass over the scenario that builds
/// demand lines, benefit lines and cost flows, collecting every inconsistency it meets.
struct Appraiser {
    let scenario: Scenario
    let settings: AppraisalSettings
    let firstYear: FinancialYear
    let horizon: Int
    var issues: [ValidationIssue] = []

    init(scenario: Scenario, settings: AppraisalSettings) {
        self.scenario = scenario
        self.settings = settings
        self.horizon = settings.horizonYears
        let earliest = scenario.interventions.map(\.start).min()
        self.firstYear =
            settings.firstYear
            ?? earliest?.financialYear
            ?? (try? FinancialYear(startYear: settings.priceBase.startYear))
            ?? Month.earliest.financialYear
    }

    mutating func run() throws(ValidationError) -> Appraisal {
        let factors = Dictionary(
            uniqueKeysWithValues: ValueType.allCases.map { type in
                let schedule = settings.schedule(for: type).factors(count: horizon + 1)
                return (type, (0..<horizon).map { schedule[settings.timing.exponent(ofYear: $0)] })
            })
        // Each discount factor's decimal digits are read once, not once per line and year.
        let exactFactors = factors.mapValues { $0.map(ExactDecimal.Factor.init) }
        let unitValues = rebasedUnitCosts()
        let fiscalFactors = exactFactors[.fiscal] ?? []
        let costFlows = scenario.interventions.enumerated().flatMap { index, intervention in
            costFlowLines(
                for: intervention, at: FieldPath.root.appending("interventions", index: index),
                factors: fiscalFactors)
        }
        var demand: [DemandLine] = []
        var benefits: [BenefitLine] = []
        let costsByService = Dictionary(grouping: scenario.unitCosts, by: \.service)
        for (index, evidence) in scenario.evidence.enumerated() {
            // Paths and descriptions are built only for a problem (autoclosures throughout).
            func path() -> FieldPath { FieldPath.root.appending("evidence", index: index) }
            guard let line = demandLine(for: evidence, at: path()) else { continue }
            demand.append(line)
            for unitCost in costsByService[evidence.service] ?? [] {
                guard let value = unitValues[unitCost.id] else { continue }
                if let benefit = benefitLine(
                    line, evidence: evidence, unitCost: unitCost, unitValue: value,
                    factors: exactFactors[unitCost.valueType] ?? [], at: path())
                {
                    benefits.append(benefit)
                }
            }
        }
        guard issues.isEmpty else { throw ValidationError(issues: issues) }
        let years = (0..<horizon).map { firstYear.advanced(by: $0) }
        return Appraisal(
            scenario: scenario, settings: settings, years: years, discountFactors: factors,
            demand: demand.sorted { ($0.intervention, $0.evidence) < ($1.intervention, $1.evidence) },
            benefits: benefits.sorted {
                ($0.intervention, $0.evidence, $0.unitCost) < ($1.intervention, $1.evidence, $1.unitCost)
            },
            costs: costFlows.sorted { ($0.intervention, $0.index) < ($1.intervention, $1.index) })
    }

    // MARK: Step 4a: unit costs in the appraisal's currency and price base

    mutating func rebasedUnitCosts() -> [UnitCost.ID: Money] {
        var values: [UnitCost.ID: Money] = [:]
        for (index, unitCost) in scenario.unitCosts.enumerated() {
            let path = FieldPath.root.appending("unitCosts", index: index).appending("amount")
            if let value = inAppraisalTerms(unitCost.amount, at: path) { values[unitCost.id] = value }
        }
        return values
    }

    /// The amount in the appraisal's currency and price base, or `nil` with an issue recorded.
    mutating func inAppraisalTerms(_ amount: Money, at path: @autoclosure () -> FieldPath) -> Money? {
        guard amount.currency == settings.currency else {
            issues.append(
                ValidationIssue(
                    .inconsistentMoney(amount.description, expected: "the appraisal's currency, \(settings.currency)"),
                    at: path().appending("currency")))
            return nil
        }
        do {
            return try amount.rebased(to: settings.priceBase, using: settings.deflators)
        } catch {
            issues.append(ValidationIssue(.inconsistent(error.description), at: path().appending("priceBase")))
            return nil
        }
    }

    // MARK: Costs

    mutating func costFlowLines(
        for intervention: Intervention, at path: @autoclosure () -> FieldPath, factors: [ExactDecimal.Factor]
    ) -> [CostFlow] {
        guard let delivery = intervention.deliveryPeriod else { return [] }
        var placed = [Double](repeating: 0, count: horizon)
        let shares = delivery.financialYearShares
        var fitsPeriod = true
        for share in shares {
            guard
                yearIndex(
                    of: share.financialYear, at: path().appending("start"), what: "delivery of '\(intervention.id)'")
                    != nil
            else {
                fitsPeriod = false
                break
            }
        }
        guard fitsPeriod else { return [] }
        var lines: [CostFlow] = []
        for (index, cost) in intervention.costs.enumerated() {
            func costPath() -> FieldPath { path().appending("costs", index: index).appending("amount") }
            guard let unitAmount = inAppraisalTerms(cost.amount, at: costPath()) else { continue }
            placed = [Double](repeating: 0, count: horizon)
            switch cost.basis {
            case .oneOff:
                if let t = offset(of: delivery.first.financialYear) { placed[t] = 1 }
            case .annual:
                for share in shares {
                    if let t = offset(of: share.financialYear) { placed[t] += Double(share.monthCount) / 12 }
                }
            case .perParticipant:
                for share in shares {
                    if let t = offset(of: share.financialYear) {
                        placed[t] += Double(intervention.participants) * share.fraction
                    }
                }
            }
            let uplift = settings.optimismBias.adjustment(for: cost.grade)
            var real: [Money] = []
            var discounted: [Money] = []
            real.reserveCapacity(horizon)
            discounted.reserveCapacity(horizon)
            for t in 0..<horizon {
                guard let value = multiply(unitAmount, by: placed[t] * (1 + uplift.value), at: costPath()),
                    let present = multiply(value, by: factors[t], at: costPath())
                else { return lines }
                real.append(value)
                discounted.append(present)
            }
            lines.append(
                CostFlow(
                    intervention: intervention.id, index: index, item: cost.item, funder: cost.funder,
                    basis: cost.basis,
                    unitAmount: unitAmount, optimismBias: uplift, quantities: placed, real: real, discounted: discounted
                ))
        }
        return lines
    }

    // MARK: Steps 1–3: demand

    mutating func demandLine(for evidence: OutcomeEvidence, at path: @autoclosure () -> FieldPath) -> DemandLine? {
        let (measured, perYear) = evidence.effect.unitsAvoided(overMonths: evidence.period.monthCount)
        let additionality = evidence.additionality.netFactor
        let net = perYear * additionality
        var units = [Double](repeating: 0, count: horizon)
        // Each effect year is a twelve-month window from the evidence's first month (or the
        // measured period itself), carrying its share of the net annual effect month by month.
        var windows: [(period: Period, perYear: Double)] = []
        if let years = evidence.persistence.durationYears {
            // No more windows than the horizon plus one: any later window falls outside the
            // appraisal too, and the first that does is reported. (A duration of a million years
            // would otherwise build thousands of windows, each recomputing its drop-off.)
            var remaining = 1.0
            for year in 1...max(1, min(years, horizon + 1)) {
                // The same products as Persistence.remaining(inYear:), kept running.
                if year > 1 { remaining *= evidence.persistence.dropOff.complement.value }
                guard let start = try? evidence.period.first.adding(months: 12 * (year - 1)),
                    let window = try? Period(starting: start, monthCount: 12)
                else { break }
                windows.append((window, net * remaining))
            }
        } else {
            windows.append((evidence.period, net))
        }
        func persistencePath() -> FieldPath {
            evidence.persistence.durationYears == nil
                ? path().appending("period") : path().appending("persistence").appending("durationYears")
        }
        for window in windows {
            for share in window.period.financialYearShares {
                guard
                    let t = yearIndex(
                        of: share.financialYear, at: persistencePath(), what: "the effect of '\(evidence.id)'")
                else {
                    return nil
                }
                units[t] += window.perYear * Double(share.monthCount) / 12
            }
        }
        return DemandLine(
            evidence: evidence.id, intervention: evidence.intervention, service: evidence.service,
            community: evidence.community, measuredUnits: measured, grossUnitsPerYear: perYear,
            additionalityFactor: additionality, units: units)
    }

    // MARK: Steps 4–6: value

    mutating func benefitLine(
        _ demand: DemandLine, evidence: OutcomeEvidence, unitCost: UnitCost, unitValue: Money,
        factors: [ExactDecimal.Factor], at path: @autoclosure () -> FieldPath
    ) -> BenefitLine? {
        let evidenceBias = settings.optimismBias.adjustment(for: evidence.grade)
        let unitCostBias = settings.optimismBias.adjustment(for: unitCost.grade)
        let retained = evidenceBias.complement.value * unitCostBias.complement.value
        var real: [Money] = []
        var discounted: [Money] = []
        real.reserveCapacity(horizon)
        discounted.reserveCapacity(horizon)
        for t in 0..<horizon {
            guard let value = multiply(unitValue, by: demand.units[t] * retained, at: path()),
                let present = multiply(value, by: factors[t], at: path())
            else { return nil }
            real.append(value)
            discounted.append(present)
        }
        return BenefitLine(
            intervention: demand.intervention, evidence: demand.evidence, service: demand.service,
            community: demand.community, unitCost: unitCost.id, agency: unitCost.agency,
            valueType: unitCost.valueType, isCashable: unitCost.isCashable,
            grossUnitsPerYear: demand.grossUnitsPerYear, additionalityFactor: demand.additionalityFactor,
            units: demand.units, unitValue: unitValue, evidenceOptimismBias: evidenceBias,
            unitCostOptimismBias: unitCostBias, real: real, discounted: discounted)
    }

    // MARK: Helpers

    func offset(of year: FinancialYear) -> Int? {
        let t = firstYear.distance(to: year)
        return (0..<horizon).contains(t) ? t : nil
    }

    /// The appraisal year of `year`, or `nil` with an issue naming what falls outside the period.
    mutating func yearIndex(
        of year: FinancialYear, at path: @autoclosure () -> FieldPath, what: @autoclosure () -> String
    ) -> Int? {
        if let t = offset(of: year) { return t }
        let last = firstYear.advanced(by: horizon - 1)
        let detail =
            firstYear.distance(to: year) < 0
            ? "\(what()) falls in \(year), before the appraisal's first year \(firstYear)"
            : "\(what()) runs into \(year), beyond the appraisal period \(firstYear) to \(last) (\(horizon) years)"
        issues.append(ValidationIssue(.inconsistent(detail), at: path()))
        return nil
    }

    mutating func multiply(_ amount: Money, by factor: Double, at path: @autoclosure () -> FieldPath) -> Money? {
        multiply(amount, by: ExactDecimal.Factor?.none, factor, at: path())
    }

    mutating func multiply(
        _ amount: Money, by factor: ExactDecimal.Factor, at path: @autoclosure () -> FieldPath
    ) -> Money? {
        multiply(amount, by: factor, factor.value, at: path())
    }

    /// `amount × value`, through `exact` (whose value is `value`) when given; `nil` with an issue
    /// recorded when the factor is not finite or the product too large.
    private mutating func multiply(
        _ amount: Money, by exact: ExactDecimal.Factor?, _ value: Double, at path: @autoclosure () -> FieldPath
    ) -> Money? {
        do {
            if let exact { return try amount.multiplied(by: exact) }
            return try amount.multiplied(by: value)
        } catch {
            let factor = value
            switch error {
            case .nonFiniteFactor(let value):
                issues.append(ValidationIssue(.notFinite("\(amount.amountText) × \(value)"), at: path()))
            default:
                issues.append(
                    ValidationIssue(
                        .outOfRange(
                            "\(amount.amountText) × \(factor)",
                            allowed: "the largest amount the library represents (10^20 minor units)"),
                        at: path()))
            }
            return nil
        }
    }
}
