import Foundation

extension AppraisalReport {
    /// A unit cost as the report lists it: what it prices, its value, to whom, and its source.
    public struct UnitCostSource: Hashable, Sendable, Codable {
        /// The unit cost.
        public var id: UnitCost.ID
        /// The service it prices, by name.
        public var service: String
        /// The unit it prices, singular, e.g. "A&E attendance".
        public var unit: String
        /// The amount as given, in its own price base.
        public var amount: Money
        /// The amount rebased to the appraisal's price base, when the appraisal used it.
        public var rebasedAmount: Money?
        /// Fiscal, economic or social.
        public var valueType: ValueType
        /// Whether the saving can be released from budgets.
        public var isCashable: Bool
        /// The agency that bears the cost, by name.
        public var agency: String
        /// The source, as given.
        public var source: String
        /// The data confidence grade.
        public var grade: ConfidenceGrade

        static func rows(for appraisal: Appraisal) -> [UnitCostSource] {
            let context = appraisal.context
            let rebased = Dictionary(
                appraisal.benefits.map { ($0.unitCost, $0.unitValue) }, uniquingKeysWith: { a, _ in a })
            return appraisal.scenario.unitCosts.map { cost in
                let service = context.service(cost.service)
                return UnitCostSource(
                    id: cost.id, service: service?.name ?? cost.service.rawValue,
                    unit: service?.measure.unitName ?? cost.service.rawValue, amount: cost.amount,
                    rebasedAmount: rebased[cost.id], valueType: cost.valueType, isCashable: cost.isCashable,
                    agency: context.agencyName(cost.agency), source: cost.source, grade: cost.grade)
            }
        }
    }

    /// An evidence item as the report lists it: the effect, its design strength and its source.
    public struct EvidenceSource: Hashable, Sendable, Codable {
        /// The evidence item.
        public var id: OutcomeEvidence.ID
        /// The intervention credited, by name.
        public var intervention: String
        /// The service whose demand changed, by name.
        public var service: String
        /// The effect in words, e.g. "130 fewer A&E attendances".
        public var effect: String
        /// The period measured.
        public var period: Period
        /// The strength of the evaluation design (Maryland Scientific Methods Scale).
        public var strength: EvidenceStrength
        /// The data confidence grade.
        public var grade: ConfidenceGrade
        /// Where the evidence comes from.
        public var source: String
        /// Net ÷ gross after deadweight, displacement, leakage, substitution and attribution.
        public var additionalityFactor: Double
        /// How long the effect is taken to last, in words.
        public var persistence: String

        static func rows(for appraisal: Appraisal) -> [EvidenceSource] {
            let context = appraisal.context
            let formatter = ReportFormatter(locale: Locale(identifier: "en_GB"))
            let interventions = Dictionary(
                appraisal.scenario.interventions.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
            return appraisal.scenario.evidence.map { item in
                let service = context.service(item.service)
                let unit = service?.measure.pluralUnitName ?? item.service.rawValue
                let persistence =
                    item.persistence.durationYears.map {
                        "\($0) year\($0 == 1 ? "" : "s"), drop-off \(formatter.percent(item.persistence.dropOff.value)) a year"
                    } ?? "the measured period only"
                return EvidenceSource(
                    id: item.id, intervention: interventions[item.intervention] ?? item.intervention.rawValue,
                    service: service?.name ?? item.service.rawValue,
                    effect: describe(item.effect, unit: unit, formatter: formatter), period: item.period,
                    strength: item.strength, grade: item.grade, source: item.source,
                    additionalityFactor: item.additionality.netFactor, persistence: persistence)
            }
        }

        /// The effect in words, numbers in British English (the evidence's own wording).
        static func describe(_ effect: MeasuredEffect, unit: String, formatter: ReportFormatter) -> String {
            switch effect {
            case .absoluteReduction(let units):
                return "\(formatter.number(units, digits: 2)) fewer \(unit)"
            case .relativeReduction(let fraction, let baseline):
                return
                    "\(formatter.percent(fraction.value)) fewer \(unit) on a baseline of \(formatter.number(baseline, digits: 2)) a year"
            case .beforeAndAfter(let counts):
                var text =
                    "\(unit): \(formatter.number(counts.baseline, digits: 2)) before, \(formatter.number(counts.followUp, digits: 2)) after"
                if let before = counts.comparisonBaseline, let after = counts.comparisonFollowUp {
                    text +=
                        "; comparison group \(formatter.number(before, digits: 2)) before, \(formatter.number(after, digits: 2)) after"
                }
                return text
            case .cohort(let chain):
                return
                    "cohort of \(formatter.number(chain.eligible, digits: 2)), \(formatter.percent(chain.engagement.value)) engaged, \(formatter.percent(chain.success.value)) succeed, \(formatter.number(chain.unitsAvoidedPerSuccess, digits: 2)) \(unit) avoided each"
            case .estimate(let estimate):
                return
                    "\(formatter.number(estimate.unitsAvoided, digits: 1)) \(unit) avoided (\(formatter.percent(estimate.confidenceLevel.value)) interval \(formatter.number(estimate.lower, digits: 1)) to \(formatter.number(estimate.upper, digits: 1))), \(estimate.method)"
            }
        }
    }
}
