/// The values an uncertain input may take, by the nature of the number it varies.
enum ValueDomain: Hashable, Sendable {
    /// A share, rate or probability: [0, 1].
    case fraction
    /// An amount, count or multiplier: [0, ∞).
    case nonNegative
    /// Any real number (an effect may be negative, recording an increase in demand).
    case real

    var lower: Double { self == .real ? -.infinity : 0 }
    var upper: Double { self == .fraction ? 1 : .infinity }

    func contains(_ value: Double) -> Bool { value >= lower && value <= upper }

    var allowed: String {
        switch self {
        case .fraction: return "[0, 1]"
        case .nonNegative: return "[0, ∞)"
        case .real: return "finite numbers"
        }
    }
}

extension Scenario {
    /// The value the scenario gives the number `target` names: an uncertain input's base value.
    ///
    /// - Parameter target: The number.
    /// - Returns: Its value, in the terms ``UncertainInput`` uses (major units of the amount's own
    ///   price base; fractions for shares and rates).
    /// - Throws: ``ValidationError`` when the target names nothing in the scenario or does not apply
    ///   to it (engagement of evidence that is not a cohort chain, drop-off of an effect counted
    ///   only over its measured period).
    public func value(of target: UncertainInput.Target) throws(ValidationError) -> Double {
        try resolve(target).get().base
    }

    /// A copy of the scenario with the number `target` names set to `value`: the scenario the exact
    /// engine (``appraise(with:)``) should see for one draw or one point of a sensitivity analysis.
    ///
    /// Amounts are rounded half to even to the currency's minor unit, as ``Money`` holds them. An
    /// effect stated as a before-and-after measurement or a statistical estimate is replaced by an
    /// absolute reduction of `value` units, which the engine treats identically. An additionality
    /// adjustment the evidence does not state is added with the source "uncertainty analysis".
    ///
    /// - Parameters:
    ///   - target: The number to change.
    ///   - value: Its new value.
    /// - Returns: The changed scenario.
    /// - Throws: ``ValidationError`` when the target does not apply, or `value` is not finite or is
    ///   outside what the number allows (a fraction outside [0, 1], a negative amount).
    public func setting(_ target: UncertainInput.Target, to value: Double) throws(ValidationError) -> Scenario {
        let resolved = try resolve(target).get()
        guard value.isFinite else { throw ValidationError(ValidationIssue(.notFinite("\(value)"), at: "value")) }
        guard resolved.domain.contains(value) else {
            throw ValidationError(
                ValidationIssue(.outOfRange("\(value)", allowed: resolved.domain.allowed), at: "value"))
        }
        var copy = self
        switch target {
        case .unitCost(let id):
            guard let index = unitCosts.firstIndex(where: { $0.id == id }) else { break }
            copy.unitCosts[index].amount = try Scenario.money(value, like: unitCosts[index].amount)
        case .costLine(let interventionID, let line):
            guard let index = interventions.firstIndex(where: { $0.id == interventionID }) else { break }
            copy.interventions[index].costs[line].amount = try Scenario.money(
                value, like: interventions[index].costs[line].amount)
        default:
            guard let id = target.evidence, let index = evidence.firstIndex(where: { $0.id == id }) else { break }
            copy.evidence[index] = Scenario.evidence(evidence[index], setting: target, to: value)
        }
        return copy
    }

    /// `value` major units in the currency and price base of `template`, rounded half to even.
    static func money(_ value: Double, like template: Money) throws(ValidationError) -> Money {
        let scaled = (value * Double(Money.powerOfTen(template.currency.minorUnitDigits))).rounded(.toNearestOrEven)
        guard scaled.magnitude <= 1e20 else {
            throw ValidationError(
                ValidationIssue(.outOfRange("\(value)", allowed: "amounts up to 10²⁰ minor units"), at: "value"))
        }
        do {
            return try Money(minorUnits: Int128(scaled), template.currency, in: template.priceBase)
        } catch {
            throw ValidationError(ValidationIssue(.outOfRange("\(value)", allowed: error.description), at: "value"))
        }
    }

    /// `item` with the number `target` names set to `value` (already checked against its domain).
    static func evidence(_ item: OutcomeEvidence, setting target: UncertainInput.Target, to value: Double)
        -> OutcomeEvidence
    {
        var item = item
        let fraction = Fraction(unchecked: value)
        switch (target, item.effect) {
        case (.evidenceEffect, .relativeReduction(_, let baseline)):
            item.effect = .relativeReduction(fraction, baselinePerYear: baseline)
        case (.evidenceEffect, .cohort(var chain)):
            chain.unitsAvoidedPerSuccess = value
            item.effect = .cohort(chain)
        case (.evidenceEffect, _):
            item.effect = .absoluteReduction(units: value)
        case (.baseline, .relativeReduction(let share, _)):
            item.effect = .relativeReduction(share, baselinePerYear: value)
        case (.eligible, .cohort(var chain)):
            chain.eligible = value
            item.effect = .cohort(chain)
        case (.engagement, .cohort(var chain)):
            chain.engagement = fraction
            item.effect = .cohort(chain)
        case (.success, .cohort(var chain)):
            chain.success = fraction
            item.effect = .cohort(chain)
        case (.additionality(_, .multiplier), _):
            let old = item.additionality.multiplier
            item.additionality.multiplier = Additionality.Multiplier(
                value, source: old?.source ?? "uncertainty analysis", rationale: old?.rationale ?? "")
        case (.additionality(_, let component), _):
            let keyPath = Scenario.adjustment(component)
            let old = item.additionality[keyPath: keyPath]
            item.additionality[keyPath: keyPath] = Additionality.Adjustment(
                fraction, source: old?.source ?? "uncertainty analysis", rationale: old?.rationale ?? "")
        case (.dropOff, _):
            item.persistence.dropOff = fraction
        default:
            break
        }
        return item
    }

    static func adjustment(_ component: UncertainInput.AdditionalityComponent) -> WritableKeyPath<
        Additionality, Additionality.Adjustment?
    > {
        switch component {
        case .deadweight, .multiplier: return \.deadweight
        case .displacement: return \.displacement
        case .leakage: return \.leakage
        case .substitution: return \.substitution
        case .attribution: return \.attribution
        }
    }

    /// Where `target` is in the scenario, its value and its domain; or the problem, at the path
    /// `target` (relative to the input).
    func resolve(_ target: UncertainInput.Target) -> Result<(base: Double, domain: ValueDomain), ValidationError> {
        func failure(_ problem: ValidationIssue.Problem, _ field: String) -> Result<
            (base: Double, domain: ValueDomain), ValidationError
        > {
            .failure(ValidationError(ValidationIssue(problem, at: FieldPath.root.appending("target").appending(field))))
        }
        switch target {
        case .unitCost(let id):
            guard let cost = unitCosts.first(where: { $0.id == id }) else {
                return failure(.danglingReference(id.rawValue, kind: "unit cost"), "unitCost")
            }
            return .success((cost.amount.doubleValue, .nonNegative))
        case .costLine(let interventionID, let index):
            guard let intervention = interventions.first(where: { $0.id == interventionID }) else {
                return failure(.danglingReference(interventionID.rawValue, kind: "intervention"), "intervention")
            }
            guard intervention.costs.indices.contains(index) else {
                let allowed =
                    intervention.costs.isEmpty
                    ? "no cost lines ('\(interventionID)' has none)"
                    : "0…\(intervention.costs.count - 1) ('\(interventionID)' has \(intervention.costs.count) cost lines)"
                return failure(.outOfRange("\(index)", allowed: allowed), "index")
            }
            return .success((intervention.costs[index].amount.doubleValue, .nonNegative))
        default:
            guard let id = target.evidence, let item = evidence.first(where: { $0.id == id }) else {
                return failure(.danglingReference(target.evidence?.rawValue ?? "", kind: "evidence item"), "evidence")
            }
            return Scenario.resolve(target, in: item)
        }
    }

    private static func resolve(_ target: UncertainInput.Target, in item: OutcomeEvidence)
        -> Result<(base: Double, domain: ValueDomain), ValidationError>
    {
        let mismatch: (String) -> Result<(base: Double, domain: ValueDomain), ValidationError> = { needed in
            .failure(
                ValidationError(
                    ValidationIssue(
                        .inconsistent(
                            "\(target) needs \(needed), but evidence '\(item.id)' is \(item.effect.kindDescription)"),
                        at: FieldPath.root.appending("target"))))
        }
        switch (target, item.effect) {
        case (.evidenceEffect, .absoluteReduction(let units)):
            return .success((units, .real))
        case (.evidenceEffect, .relativeReduction(let share, _)):
            return .success((share.value, .fraction))
        case (.evidenceEffect, .cohort(let chain)):
            return .success((chain.unitsAvoidedPerSuccess, .nonNegative))
        case (.evidenceEffect, .estimate(let estimate)):
            return .success((estimate.unitsAvoided, .real))
        case (.evidenceEffect, .beforeAndAfter):
            return .success((item.effect.unitsAvoided(overMonths: item.period.monthCount).measured, .real))
        case (.baseline, .relativeReduction(_, let baseline)):
            return .success((baseline, .nonNegative))
        case (.baseline, _):
            return mismatch("a relative reduction")
        case (.eligible, .cohort(let chain)):
            return .success((chain.eligible, .nonNegative))
        case (.engagement, .cohort(let chain)):
            return .success((chain.engagement.value, .fraction))
        case (.success, .cohort(let chain)):
            return .success((chain.success.value, .fraction))
        case (.eligible, _), (.engagement, _), (.success, _):
            return mismatch("a cohort chain")
        case (.additionality(_, .multiplier), _):
            return .success((item.additionality.multiplier?.value ?? 1, .nonNegative))
        case (.additionality(_, let component), _):
            return .success((item.additionality[keyPath: adjustment(component)]?.share.value ?? 0, .fraction))
        case (.dropOff, _):
            guard item.persistence.durationYears != nil else {
                return .failure(
                    ValidationError(
                        ValidationIssue(
                            .inconsistent(
                                "drop-off has no effect: evidence '\(item.id)' counts its effect only over the period measured (give its persistence a duration)"
                            ),
                            at: FieldPath.root.appending("target"))))
            }
            return .success((item.persistence.dropOff.value, .fraction))
        default:
            return mismatch("an evidence item")
        }
    }
}

extension MeasuredEffect {
    /// "an absolute reduction", "a cohort chain" …, for messages.
    var kindDescription: String {
        switch self {
        case .absoluteReduction: return "an absolute reduction"
        case .relativeReduction: return "a relative reduction"
        case .beforeAndAfter: return "a before-and-after measurement"
        case .cohort: return "a cohort chain"
        case .estimate: return "a statistical estimate"
        }
    }
}
