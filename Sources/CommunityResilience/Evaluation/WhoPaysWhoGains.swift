/// Costs by funding agency against benefits by receiving agency: the table that lets a partner
/// ask "if we reduce demand for your service, will you realign budget?".
///
/// Each intervention's present value of benefits is shared among its funders in proportion to
/// their shares of its present value of costs (exactly, by largest remainder), so cell
/// (funder, beneficiary) is the benefit to the beneficiary that the funder's money bought. Row
/// totals are the benefits each funder bought; column totals the benefits each agency received.
public struct WhoPaysWhoGains: Hashable, Sendable {
    /// Agencies that pay, in identifier order.
    public let funders: [Agency.ID]
    /// Agencies that gain, in identifier order.
    public let beneficiaries: [Agency.ID]
    /// PV of costs paid by each funder.
    public let costsByFunder: [Agency.ID: Money]
    /// PV of benefits received by each beneficiary.
    public let benefitsByBeneficiary: [Agency.ID: Money]
    /// PV of benefit to the beneficiary bought by the funder: `cells[funder]?[beneficiary]`.
    public let cells: [Agency.ID: [Agency.ID: Money]]
    /// PV of benefits that no funder paid for (interventions without costs).
    public let unfundedBenefits: [Agency.ID: Money]

    /// The benefit to `beneficiary` bought by `funder` (zero when none).
    public func benefit(to beneficiary: Agency.ID, fundedBy funder: Agency.ID) -> Money? {
        cells[funder]?[beneficiary]
    }

    /// Each agency's net position: PV of benefits received − PV of costs paid.
    public var netPosition: [Agency.ID: Int128] {
        var net: [Agency.ID: Int128] = [:]
        for (agency, money) in benefitsByBeneficiary { net[agency, default: 0] += money.minorUnits }
        for (agency, money) in costsByFunder { net[agency, default: 0] -= money.minorUnits }
        return net
    }
}

extension AppraisalResult {
    /// Who pays, who gains: costs by funder against benefits by receiving agency.
    public var whoPaysWhoGains: WhoPaysWhoGains {
        let zero = context.zero
        let (costsByFunder, benefitsByBeneficiary) = agencyTotals
        var cells: [Agency.ID: [Agency.ID: Int128]] = [:]
        var unfunded: [Agency.ID: Int128] = [:]
        let costsByIntervention = Dictionary(grouping: costs, by: \.intervention)
        for (intervention, lines) in Dictionary(grouping: benefits, by: \.intervention) {
            var funderCosts: [Agency.ID: Int128] = [:]
            for flow in costsByIntervention[intervention] ?? [] {
                funderCosts[flow.funder, default: 0] += flow.presentValue.minorUnits
            }
            let funders = funderCosts.keys.sorted()
            let weights = funders.map { (funderCosts[$0] ?? 0).nearestDouble }
            for (beneficiary, beneficiaryLines) in Dictionary(grouping: lines, by: \.agency) {
                let total = beneficiaryLines.map(\.presentValue).exactSum(or: zero)
                guard let parts = try? total.allocated(proportionallyTo: weights) else {
                    unfunded[beneficiary, default: 0] += total.minorUnits
                    continue
                }
                for (funder, part) in zip(funders, parts) {
                    cells[funder, default: [:]][beneficiary, default: 0] += part.minorUnits
                }
            }
        }
        func money(_ units: Int128) -> Money { Money(total: units, zero.currency, zero.priceBase) }
        return WhoPaysWhoGains(
            funders: costsByFunder.keys.sorted(), beneficiaries: benefitsByBeneficiary.keys.sorted(),
            costsByFunder: costsByFunder.mapValues(money),
            benefitsByBeneficiary: benefitsByBeneficiary.mapValues(money),
            cells: cells.mapValues { $0.mapValues(money) }, unfundedBenefits: unfunded.mapValues(money))
    }
}
