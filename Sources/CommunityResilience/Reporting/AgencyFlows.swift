/// Who pays, who gains, as a table: present value of costs by funding agency against present
/// value of benefits by receiving agency, with each agency's net position.
///
/// The encodable form of ``WhoPaysWhoGains``: cell `[i][j]` is the benefit to
/// `beneficiaries[j]` bought by `funders[i]`'s money (each intervention's benefits shared among
/// its funders in proportion to their costs). Benefits of interventions without costs are in
/// ``unfunded``.
public struct AgencyFlows: Hashable, Sendable, Codable {
    /// An agency and its name.
    public struct Party: Hashable, Sendable, Codable {
        /// The agency.
        public var agency: Agency.ID
        /// Its name.
        public var name: String
    }

    /// One agency's position: what it pays, what it gains, and the difference.
    public struct Position: Hashable, Sendable, Codable {
        /// The agency.
        public var agency: Agency.ID
        /// Its name.
        public var name: String
        /// PV of the costs it pays.
        public var costsPaid: Money
        /// PV of the benefits it receives.
        public var benefitsReceived: Money
        /// Benefits received − costs paid.
        public var net: Money
    }

    /// Agencies that pay, in identifier order.
    public var funders: [Party]
    /// Agencies that gain, in identifier order.
    public var beneficiaries: [Party]
    /// `cells[i][j]`: PV of benefit to `beneficiaries[j]` bought by `funders[i]`.
    public var cells: [[Money]]
    /// PV of costs paid by each funder, in ``funders`` order.
    public var costsPaid: [Money]
    /// PV of benefits received by each beneficiary, in ``beneficiaries`` order.
    public var benefitsReceived: [Money]
    /// PV of benefits no funder paid for, by beneficiary, in ``beneficiaries`` order.
    public var unfunded: [Money]
    /// Every agency that pays or gains, in identifier order.
    public var positions: [Position]

    init(_ flows: WhoPaysWhoGains, context: AppraisalContext) {
        let zero = context.zero
        func money(_ units: Int128) -> Money { Money(total: units, zero.currency, zero.priceBase) }
        funders = flows.funders.map { Party(agency: $0, name: context.agencyName($0)) }
        beneficiaries = flows.beneficiaries.map { Party(agency: $0, name: context.agencyName($0)) }
        cells = flows.funders.map { funder in
            flows.beneficiaries.map { flows.benefit(to: $0, fundedBy: funder) ?? zero }
        }
        costsPaid = flows.funders.map { flows.costsByFunder[$0] ?? zero }
        benefitsReceived = flows.beneficiaries.map { flows.benefitsByBeneficiary[$0] ?? zero }
        unfunded = flows.beneficiaries.map { flows.unfundedBenefits[$0] ?? zero }
        let net = flows.netPosition
        positions = net.keys.sorted().map { agency in
            Position(
                agency: agency, name: context.agencyName(agency),
                costsPaid: flows.costsByFunder[agency] ?? zero,
                benefitsReceived: flows.benefitsByBeneficiary[agency] ?? zero,
                net: money(net[agency] ?? 0))
        }
    }

    /// Whether any benefit came from an intervention without costs.
    public var hasUnfundedBenefits: Bool { unfunded.contains { !$0.isZero } }
}
