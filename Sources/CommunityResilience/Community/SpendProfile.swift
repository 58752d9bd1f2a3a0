/// Spend per community: totals, spend per head, by agency and by purpose (reactive or
/// preventative), from a ledger's apportioned lines.
///
/// Spend per head = spend ÷ residents, rounded half to even to the minor unit (computed exactly
/// in integers). The profile covers whatever periods the records cover: give it one financial
/// year's records for annual spend per head (``periods`` lists what it holds).
public struct SpendProfile: Sendable {
    /// The lines the profile is built from.
    public let lines: [ApportionedSpend]
    /// One entry per community at the level apportioned to, in input order (zero when nothing
    /// was spent there).
    public let communities: [CommunitySpend]
    /// The year whose population gives spend per head.
    public let populationYear: Int
    /// What area-level spend was shared by, e.g. "population in 2023".
    public let driver: String
    /// The classification used.
    public let classification: SpendClassification
    /// The periods the records cover.
    public let periods: Set<Period>
    /// The total of every line (equal to the total of the records).
    public let total: Money
    /// Totals by purpose over all communities.
    public let byPurpose: [SpendPurpose: Money]
    /// Totals by agency over all communities.
    public let byAgency: [Agency.ID: Money]

    /// The share of all spend that has `purpose`, in [0, 1]; `nil` when nothing was spent.
    public func share(of purpose: SpendPurpose) -> Double? {
        SpendProfile.ratio(byPurpose[purpose], total)
    }

    /// The entry for `community`, if it is at the profile's level.
    public func spend(in community: Community.ID) -> CommunitySpend? {
        communities.first { $0.community == community }
    }

    static func ratio(_ part: Money?, _ whole: Money) -> Double? {
        guard let part, !whole.isZero else { return nil }
        return part.minorUnits.nearestDouble / whole.minorUnits.nearestDouble
    }
}

/// Spend in one community, in total, per head, by agency and by purpose.
public struct CommunitySpend: Hashable, Sendable {
    /// The community.
    public let community: Community.ID
    /// Residents in the profile's population year; `nil` when unknown.
    public let population: Int?
    /// All spend credited to the community.
    public let total: Money
    /// Spend by agency.
    public let byAgency: [Agency.ID: Money]
    /// Spend by purpose; every purpose is present (zero when none).
    public let byPurpose: [SpendPurpose: Money]

    /// Spend per resident, rounded half to even to the minor unit; `nil` without a positive
    /// population.
    public var perHead: Money? { CommunitySpend.perHead(total, population) }

    /// Spend per resident by one agency; `nil` without a positive population.
    public func perHead(by agency: Agency.ID) -> Money? {
        CommunitySpend.perHead(byAgency[agency] ?? Money.zero(total.currency, in: total.priceBase), population)
    }

    /// The share of the community's spend that has `purpose`; `nil` when nothing was spent.
    public func share(of purpose: SpendPurpose) -> Double? {
        SpendProfile.ratio(byPurpose[purpose], total)
    }

    /// `amount ÷ people`, rounded half to even in integer arithmetic.
    static func perHead(_ amount: Money, _ people: Int?) -> Money? {
        guard let people, people > 0 else { return nil }
        let divisor = Int128(people)
        let quotient = amount.minorUnits / divisor
        let remainder = amount.minorUnits % divisor
        let twice = remainder.magnitude * 2
        var rounded = quotient
        if twice > divisor.magnitude || (twice == divisor.magnitude && quotient % 2 != 0) {
            rounded += amount.minorUnits < 0 ? -1 : 1
        }
        return Money(unchecked: rounded, amount.currency, amount.priceBase)
    }
}

extension SpendLedger {
    /// The spend profile of the communities at `level`: every record apportioned by `driver`,
    /// then totalled by community, agency and purpose.
    ///
    /// - Parameters:
    ///   - driver: what area-level spend is shared by.
    ///   - level: the communities to profile; the smallest areas by default.
    ///   - populationYear: the year whose residents give spend per head.
    ///   - classification: which services are reactive and which preventative.
    /// - Throws: ``ValidationError`` as ``apportioned(by:to:)``, or at `total` if a total would
    ///   exceed ``Money/limit``.
    public func profile(
        by driver: ApportionmentDriver, to level: ApportionmentLevel = .smallestAreas, populationYear: Int,
        classification: SpendClassification
    ) throws(ValidationError) -> SpendProfile {
        let lines = try apportioned(by: driver, to: level)
        var totals: [Community.ID: Int128] = [:]
        var agencies: [Community.ID: [Agency.ID: Int128]] = [:]
        var purposes: [Community.ID: [SpendPurpose: Int128]] = [:]
        for line in lines {
            let units = line.amount.minorUnits
            totals[line.community, default: 0] += units
            agencies[line.community, default: [:]][line.agency, default: 0] += units
            purposes[line.community, default: [:]][classification.purpose(of: line.service), default: 0] += units
        }
        // Sums of lines each within Money.limit cannot overflow Int128 (10^20 × far fewer than
        // 10^18 lines); only the final total can exceed the limit, which Money's init reports.
        func money(_ units: Int128) throws(ValidationError) -> Money {
            do {
                return try Money(minorUnits: units, currency, in: priceBase)
            } catch {
                throw ValidationError(
                    ValidationIssue(
                        .outOfRange(error.description, allowed: "the library's limit of ±10^20 minor units"),
                        at: "total"))
            }
        }
        var entries: [CommunitySpend] = []
        for community in areas(at: level) {
            var byAgency: [Agency.ID: Money] = [:]
            for (agency, units) in agencies[community] ?? [:] { byAgency[agency] = try money(units) }
            var byPurpose: [SpendPurpose: Money] = [:]
            for purpose in SpendPurpose.allCases { byPurpose[purpose] = try money(purposes[community]?[purpose] ?? 0) }
            entries.append(
                CommunitySpend(
                    community: community, population: hierarchy.population(of: community, in: populationYear),
                    total: try money(totals[community] ?? 0), byAgency: byAgency, byPurpose: byPurpose))
        }
        var allAgencies: [Agency.ID: Int128] = [:]
        var allPurposes: [SpendPurpose: Int128] = [:]
        for line in lines {
            allAgencies[line.agency, default: 0] += line.amount.minorUnits
            allPurposes[classification.purpose(of: line.service), default: 0] += line.amount.minorUnits
        }
        var byAgency: [Agency.ID: Money] = [:]
        for (agency, units) in allAgencies { byAgency[agency] = try money(units) }
        var byPurpose: [SpendPurpose: Money] = [:]
        for purpose in SpendPurpose.allCases { byPurpose[purpose] = try money(allPurposes[purpose] ?? 0) }
        return SpendProfile(
            lines: lines, communities: entries, populationYear: populationYear, driver: driver.description,
            classification: classification,
            periods: Set(records.map(\.period)),
            total: try money(lines.reduce(Int128(0)) { $0 + $1.amount.minorUnits }),
            byPurpose: byPurpose, byAgency: byAgency)
    }
}
