/// One number in a scenario that is uncertain, and the distribution it is drawn from.
///
/// ```swift
/// let inputs = [
///     UncertainInput(.unitCost("uc-ae"), .triangular(low: 80, mode: 109, high: 150)),
///     UncertainInput(.evidenceEffect("ev-ae"), .pert(low: 60, mode: 130, high: 160)),
///     UncertainInput(.additionality("ev-ae", .deadweight), .beta(alpha: 2, beta: 18)),
///     UncertainInput(.dropOff("ev-ae"), .uniform(low: 0.3, high: 0.7)),
///     UncertainInput(.costLine(intervention: "home-safety-checks", index: 1),
///                    .normal(mean: 75, standardDeviation: 10, low: 50)),
/// ]
/// ```
///
/// Values are stated in the same terms as the scenario states the number: a unit cost or cost line
/// in major units (pounds) of its own currency and price base, before rebasing; an effect in the
/// units the evidence reports; shares, rates and drop-off as fractions in [0, 1]. The value the
/// scenario holds is the input's *base* value, used for one-way sensitivity and switching values
/// (see ``UncertaintyAnalysis``); the distribution need not be centred on it.
///
/// `Codable` as `{"target": {"kind": "unitCost", "unitCost": "uc-ae"}, "distribution": {"kind":
/// "triangular", "low": 80, "mode": 109, "high": 150}, "label": "A&E unit cost"}`, so inputs can be
/// saved alongside a scenario.
public struct UncertainInput: Hashable, Sendable, Codable {
    /// The number in the scenario that is uncertain.
    public var target: Target
    /// What is known about it.
    public var distribution: InputDistribution
    /// A name for reports and charts; `nil` for a description of the target.
    public var label: String?

    /// Creates an uncertain input.
    ///
    /// - Parameters:
    ///   - target: The number in the scenario.
    ///   - distribution: The distribution to draw it from.
    ///   - label: A name for reports; by default the target's description.
    public init(_ target: Target, _ distribution: InputDistribution, label: String? = nil) {
        self.target = target
        self.distribution = distribution
        self.label = label
    }

    /// The label, or the target's description.
    public var name: String { label ?? target.description }
}

extension UncertainInput {
    /// A number in a scenario that an ``UncertainInput`` can vary.
    ///
    /// Together these cover every numeric assumption of the benefit chain (GMCA CBA model;
    /// HCA Additionality Guide 2014; SROI Guide 2012): the size of an effect and its cohort chain,
    /// additionality, drop-off, unit costs and intervention costs.
    public enum Target: Hashable, Sendable, CustomStringConvertible {
        /// A unit cost's amount, in major units of its own currency and price base.
        case unitCost(UnitCost.ID)
        /// The amount of an intervention's cost line (`index` in its `costs`), in major units of
        /// its own currency and price base.
        case costLine(intervention: Intervention.ID, index: Int)
        /// The size of an evidence item's effect: the units of an absolute reduction or of a
        /// statistical estimate, the share of a relative reduction (a fraction), the units
        /// avoided per success of a cohort chain, or the net change of a before-and-after
        /// measurement (treated change less comparison change).
        case evidenceEffect(OutcomeEvidence.ID)
        /// The baseline demand a year to which a relative reduction applies.
        case baseline(OutcomeEvidence.ID)
        /// The eligible cohort of a cohort chain.
        case eligible(OutcomeEvidence.ID)
        /// The engagement rate of a cohort chain (a fraction).
        case engagement(OutcomeEvidence.ID)
        /// The success rate of a cohort chain (a fraction).
        case success(OutcomeEvidence.ID)
        /// One of an evidence item's additionality adjustments: a share in [0, 1], or the
        /// multiplier (≥ 0). An adjustment the evidence does not state has base value 0 (1 for
        /// the multiplier). Draws are not checked against the rule that an item's shares total at
        /// most 100% (HCA 2014): give shares of one item ranges that respect it.
        case additionality(OutcomeEvidence.ID, AdditionalityComponent)
        /// The yearly drop-off of an evidence item whose effect lasts more than its measured
        /// period (a fraction).
        case dropOff(OutcomeEvidence.ID)

        /// What the target varies, e.g. `unit cost 'uc-ae'` or `deadweight of 'ev-ae'`: the default
        /// label of an input.
        public var description: String {
            switch self {
            case .unitCost(let id): return "unit cost '\(id)'"
            case .costLine(let intervention, let index): return "cost line \(index) of '\(intervention)'"
            case .evidenceEffect(let id): return "effect of '\(id)'"
            case .baseline(let id): return "baseline of '\(id)'"
            case .eligible(let id): return "eligible cohort of '\(id)'"
            case .engagement(let id): return "engagement rate of '\(id)'"
            case .success(let id): return "success rate of '\(id)'"
            case .additionality(let id, let component): return "\(component.rawValue) of '\(id)'"
            case .dropOff(let id): return "drop-off of '\(id)'"
            }
        }

        /// The evidence item the target belongs to, if any.
        public var evidence: OutcomeEvidence.ID? {
            switch self {
            case .unitCost, .costLine: return nil
            case .evidenceEffect(let id), .baseline(let id), .eligible(let id), .engagement(let id),
                .success(let id), .additionality(let id, _), .dropOff(let id):
                return id
            }
        }
    }

    /// The additionality adjustments of ``Additionality``.
    public enum AdditionalityComponent: String, Hashable, Sendable, CaseIterable, Codable {
        /// The share that would have happened anyway.
        case deadweight
        /// The share that moves demand elsewhere.
        case displacement
        /// The share that benefits people outside the target communities.
        case leakage
        /// The share due to substituting one activity for a similar one.
        case substitution
        /// The share owed to other contributors.
        case attribution
        /// Knock-on effects (≥ 0, 1 = none).
        case multiplier
    }
}
