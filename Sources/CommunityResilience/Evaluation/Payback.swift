import Foundation

/// When cumulative discounted benefits first cover cumulative discounted costs.
public enum Payback: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Pays back after this many months from the start of the appraisal's first year.
    case months(Double)
    /// Does not pay back within the appraisal period.
    case never

    /// The payback in words, rounded up to whole months: "5 months", "1 year 2 months", "0 months",
    /// or "does not pay back within the appraisal period".
    public var description: String {
        switch self {
        case .never:
            return "does not pay back within the appraisal period"
        case .months(let months):
            let whole = Int(months.rounded(.up))
            let years = whole / 12
            let rest = whole % 12
            let parts = [
                years > 0 ? "\(years) year\(years == 1 ? "" : "s")" : nil,
                rest > 0 || years == 0 ? "\(rest) month\(rest == 1 ? "" : "s")" : nil,
            ]
            return parts.compactMap { $0 }.joined(separator: " ")
        }
    }

    /// Finds the payback point in yearly discounted costs and benefits (minor units).
    ///
    /// Each year's costs are taken to fall at its start and its benefits to arise evenly through
    /// it — the cautious reading, since money is usually spent before demand falls. Payback is the
    /// moment the last shortfall closes: in the year t where cumulative net flow after that
    /// year's costs is c < 0 and the year's benefits b cover it, months = 12 × (t + (−c) ÷ b). If a
    /// later year's costs open a new shortfall, the search goes on. With no shortfall ever (no
    /// costs, or earlier benefits cover every cost) payback is immediate (0 months); if a
    /// shortfall remains at the end, it is ``never``.
    static func find(costs: [Int128], benefits: [Int128]) -> Payback {
        var cumulative: Int128 = 0
        var closed: Double? = 0
        for year in costs.indices {
            cumulative -= costs[year]
            if cumulative < 0 {
                closed = nil
                if benefits[year] > 0, cumulative + benefits[year] >= 0 {
                    closed = 12 * (Double(year) + Double(-cumulative) / Double(benefits[year]))
                }
            }
            cumulative += benefits[year]
        }
        guard cumulative >= 0, let months = closed else { return .never }
        return .months(months)
    }
}

extension AppraisalResult {
    /// The payback period, from cumulative discounted flows (Green Book 2022 does not define a
    /// payback rule; this follows the GMCA CBA model's use of discounted cumulative flows).
    public var payback: Figure<Payback> {
        let (yearlyCosts, yearlyBenefits) = yearlyDiscountedFlows
        let net = zip(yearlyBenefits, yearlyCosts).map { $0 - $1 }
        let value = Payback.find(costs: yearlyCosts, benefits: yearlyBenefits)
        let context = self.context
        return Figure(value) {
            var cumulative: Int128 = 0
            let steps = net.indices.map { t -> Explanation in
                cumulative += net[t]
                let flow = Money(total: net[t], context.zero.currency, context.zero.priceBase)
                let total = Money(total: cumulative, context.zero.currency, context.zero.priceBase)
                return Explanation(
                    context.yearLabel(t), value: context.format(total),
                    formula: "cumulative + discounted net flow \(context.format(flow))")
            }
            return Explanation(
                "Payback period", value: value.description,
                formula:
                    "the point where cumulative discounted benefits first cover cumulative discounted costs for good; each year's costs at its start, its benefits evenly through it",
                source: "GMCA CBA model (discounted cumulative flows)", steps: steps)
        }
    }

    /// The SROI Guide's simple payback: inputs ÷ (annual impact ÷ 12), using the PV of costs and
    /// the average annual PV of benefits over the years with benefits. `nil` without benefits.
    public var simplePaybackMonths: Double? {
        let lines = benefits
        let yearsWithBenefits = years.indices.filter { t in lines.contains { !$0.discounted[t].isZero } }.count
        let impact = presentValueOfBenefits.value.doubleValue
        guard yearsWithBenefits > 0, impact > 0 else { return nil }
        return presentValueOfCosts.value.doubleValue / (impact / Double(yearsWithBenefits) / 12)
    }
}

extension AppraisalResult {
    /// The value of ``payback``, without its explanation (for reports of many results).
    var paybackValue: Payback {
        let (costs, benefits) = yearlyDiscountedFlows
        return Payback.find(costs: costs, benefits: benefits)
    }

    /// Discounted costs and benefits of each appraisal year, in minor units: one pass over the
    /// lines, each read in place.
    var yearlyDiscountedFlows: (costs: [Int128], benefits: [Int128]) {
        var yearlyCosts = [Int128](repeating: 0, count: years.count)
        var yearlyBenefits = yearlyCosts
        for index in costs.indices {
            for t in yearlyCosts.indices { yearlyCosts[t] += costs[index].discounted[t].minorUnits }
        }
        for index in benefits.indices {
            for t in yearlyBenefits.indices { yearlyBenefits[t] += benefits[index].discounted[t].minorUnits }
        }
        return (yearlyCosts, yearlyBenefits)
    }
}
