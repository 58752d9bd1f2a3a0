import Foundation

/// Builds the explanation of one benefit line or cost flow, step by step, in the words a finance
/// officer would use to check it by hand.
struct Explainer {
    let context: AppraisalContext

    func number(_ value: Double, digits: Int = 2) -> String {
        value.formatted(.number.precision(.fractionLength(0...digits)).locale(Locale(identifier: "en_GB")))
    }

    func explain(_ line: BenefitLine) -> Explanation {
        let service = context.service(line.service)
        let unit = service?.measure.pluralUnitName ?? line.service.rawValue
        let unitCost = context.unitCost(line.unitCost)
        let evidence = context.evidence(line.evidence)
        var steps: [Explanation] = []
        if let evidence {
            steps.append(
                explainDemand(
                    evidence: evidence, units: line.units, perYear: line.grossUnitsPerYear,
                    factor: line.additionalityFactor, unit: unit))
        }
        if let unitCost {
            steps.append(
                Explanation(
                    "Unit value",
                    value:
                        "\(context.format(line.unitValue)) per \(service?.measure.unitName ?? "unit") in \(context.settings.priceBase) prices",
                    formula: unitCost.amount.priceBase == context.settings.priceBase
                        ? "\(context.format(unitCost.amount)), already in \(context.settings.priceBase) prices"
                        : "\(context.format(unitCost.amount)) in \(unitCost.amount.priceBase) prices × deflator(\(context.settings.priceBase)) ÷ deflator(\(unitCost.amount.priceBase)), rounded to the penny",
                    source: "\(unitCost.source); deflators: \(context.settings.deflators.source)"))
        }
        steps.append(
            Explanation(
                "Optimism bias", value: "× \(number(line.optimismBiasFactor, digits: 4))",
                formula:
                    "(1 − \(line.evidenceOptimismBias) for the evidence's \(evidence?.grade.description ?? "grade")) × (1 − \(line.unitCostOptimismBias) for the unit cost's \(unitCost?.grade.description ?? "grade"))",
                source: context.settings.optimismBias.source))
        steps += yearSteps(real: line.real, discounted: line.discounted, valueType: line.valueType) { t in
            "\(number(line.units[t])) \(unit) × \(context.format(line.unitValue)) × \(number(line.optimismBiasFactor, digits: 4))"
        }
        return Explanation(
            "\(line.evidence) valued by \(line.unitCost): \(line.valueType.rawValue), \(line.isCashable ? "cashable" : "non-cashable"), to \(context.agencyName(line.agency))",
            value: context.format(line.presentValue),
            formula: "Σ over years of units × unit value × optimism-bias factor × discount factor",
            source: evidence?.source, steps: steps)
    }

    func explainDemand(evidence: OutcomeEvidence, units: [Double], perYear: Double, factor: Double, unit: String)
        -> Explanation
    {
        let (measured, _) = evidence.effect.unitsAvoided(overMonths: evidence.period.monthCount)
        var grossSteps: [Explanation] = []
        if case .estimate(let estimate) = evidence.effect {
            grossSteps.append(
                Explanation(
                    "Statistical estimate", value: "\(number(estimate.unitsAvoided)) \(unit)",
                    formula:
                        "\(estimate.confidenceLevel) interval \(number(estimate.lower)) to \(number(estimate.upper)); data: \(estimate.data)",
                    source: estimate.method))
        }
        var steps = [
            Explanation(
                "Gross effect", value: "\(number(perYear)) \(unit) a year",
                formula:
                    "\(number(measured)) \(unit) over \(evidence.period) (\(evidence.period.monthCount) months) × 12 ÷ \(evidence.period.monthCount)",
                source: "\(evidence.source) (\(evidence.strength))", steps: grossSteps)
        ]
        let reductions = evidence.additionality.reductions
        if reductions.isEmpty, evidence.additionality.multiplier == nil {
            steps.append(
                Explanation(
                    "Additionality", value: "× 1",
                    formula: "no deadweight, displacement, leakage, substitution or attribution recorded"))
        } else {
            var parts = reductions.map {
                Explanation(
                    "\($0.name.capitalized)", value: "\($0.adjustment.share)",
                    formula: $0.adjustment.rationale.isEmpty ? nil : $0.adjustment.rationale,
                    source: $0.adjustment.source)
            }
            if let multiplier = evidence.additionality.multiplier {
                parts.append(
                    Explanation(
                        "Multiplier", value: "× \(number(multiplier.value, digits: 4))", formula: multiplier.rationale,
                        source: multiplier.source))
            }
            steps.append(
                Explanation(
                    "Additionality", value: "× \(number(factor, digits: 4))",
                    formula: "Π(1 − share) × multiplier", source: "HCA Additionality Guide (2014); SROI Guide (2012)",
                    steps: parts))
        }
        let persistence = evidence.persistence
        steps.append(
            Explanation(
                "Persistence",
                value: persistence.durationYears.map {
                    "\($0) year\($0 == 1 ? "" : "s"), drop-off \(persistence.dropOff)"
                } ?? "the measured period only",
                formula: persistence.durationYears == nil
                    ? "net annual effect × months in each financial year ÷ 12"
                    : "year k carries (1 − drop-off)^(k − 1) of the net annual effect, split by months across financial years",
                source: persistence.rationale.isEmpty ? "SROI Guide (2012), stage 4" : persistence.rationale))
        return Explanation(
            "Net additional demand avoided", value: "\(number(units.reduce(0, +))) \(unit)",
            formula: "gross effect × additionality × persistence", steps: steps)
    }

    func explain(_ flow: CostFlow) -> Explanation {
        let basis: String
        switch flow.basis {
        case .oneOff: basis = "once, in the first year of delivery"
        case .annual: basis = "per year of delivery, pro rata by months"
        case .perParticipant: basis = "per participant, spread over delivery by months"
        }
        var steps = [
            Explanation(
                "Amount", value: context.format(flow.unitAmount), formula: basis,
                source: "rebased to \(context.settings.priceBase) prices with \(context.settings.deflators.source)")
        ]
        steps.append(
            Explanation(
                "Optimism bias", value: "× \(number(1 + flow.optimismBias.value, digits: 4))",
                formula: "1 + \(flow.optimismBias)", source: context.settings.optimismBias.source))
        steps += yearSteps(real: flow.real, discounted: flow.discounted, valueType: .fiscal) { t in
            "\(number(flow.quantities[t], digits: 4)) × \(context.format(flow.unitAmount)) × \(number(1 + flow.optimismBias.value, digits: 4))"
        }
        return Explanation(
            "\(flow.intervention) cost: \(flow.item), paid by \(context.agencyName(flow.funder))",
            value: context.format(flow.presentValue), formula: "Σ over years of cost × discount factor", steps: steps)
    }

    /// One step per year with a non-zero value: the real value and its discounting.
    func yearSteps(real: [Money], discounted: [Money], valueType: ValueType, quantity: (Int) -> String) -> [Explanation]
    {
        let factors = context.discountFactors[valueType] ?? []
        return real.indices.filter { !real[$0].isZero }.map { t in
            Explanation(
                context.yearLabel(t), value: context.format(discounted[t]),
                formula:
                    "\(quantity(t)) = \(context.format(real[t])); × discount factor \(number(factors[t], digits: 6)) (\(context.settings.schedule(for: valueType).name))"
            )
        }
    }
}
