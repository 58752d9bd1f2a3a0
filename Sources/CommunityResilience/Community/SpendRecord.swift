/// Public money spent by one agency on one service for one area over one period: "the acute trust
/// spent £1.2m on A&E attendances from the pilot area in 2023-24".
///
/// Spend is often known only for a large area (a local authority, an ICB). A ``SpendLedger``
/// apportions such records down to the smallest areas by a chosen ``ApportionmentDriver`` so that
/// spend can be compared community by community — Knowledge statement 2 of Locality Matters'
/// *Eight characteristics of councils that are building stronger more resilient communities*:
/// "able to define and calculate public sector spend at a community level".
///
/// Spend records are kept outside ``Scenario`` on purpose: a scenario describes what an
/// appraisal needs and has a versioned JSON schema, while spend data are refreshed every year from
/// finance systems and are not needed to appraise. Records are `Codable` on their own, so a
/// spend file can sit beside a scenario file.
public struct SpendRecord: Identifiable, Hashable, Sendable, Codable {
    /// A spend record's identifier.
    public typealias ID = Identifier<SpendRecord>

    /// The identifier, unique among the records in a ledger.
    public var id: ID
    /// The agency that spent the money.
    public var agency: Agency.ID
    /// The service it was spent on (reactive demand such as A&E, or preventative and community
    /// investment such as grants to community groups).
    public var service: Service.ID
    /// The area the spend is recorded against: a smallest area, or any area above it.
    public var area: Community.ID
    /// The period the spend covers.
    public var period: Period
    /// The amount (not negative).
    public var amount: Money
    /// Where the figure comes from (budget book, ledger extract, published accounts).
    public var source: String

    /// Creates a spend record.
    public init(
        id: ID, agency: Agency.ID, service: Service.ID, area: Community.ID, period: Period, amount: Money,
        source: String = ""
    ) {
        self.id = id
        self.agency = agency
        self.service = service
        self.area = area
        self.period = period
        self.amount = amount
        self.source = source
    }
}

/// Spend apportioned to one community: a share of a ``SpendRecord``.
public struct ApportionedSpend: Hashable, Sendable {
    /// The record shared.
    public let record: SpendRecord.ID
    /// The community credited.
    public let community: Community.ID
    /// The agency that spent the money.
    public let agency: Agency.ID
    /// The service it was spent on.
    public let service: Service.ID
    /// The period the spend covers.
    public let period: Period
    /// The community's share, exact to the minor unit.
    public let amount: Money
    /// The community's weight under the driver (1 when the record was not shared).
    public let weight: Double
    /// The total weight of the communities the record was shared among (1 when not shared).
    public let totalWeight: Double
    /// Whether the record was shared out from a larger area, rather than recorded against this
    /// community (or one of its parts, when apportioning to a higher level).
    public let isApportioned: Bool
}
