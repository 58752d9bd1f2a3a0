/// The assets of one area — itself and every area below it — counted by kind and family, and per
/// 1,000 residents.
///
/// Rates per 1,000 residents make areas of different sizes comparable (the same convention as ONS
/// and OCSI small-area indicators); they are `nil` when the area's population is unknown or zero.
public struct AssetSummary: Hashable, Sendable {
    /// The area summarised.
    public let area: Community.ID
    /// Its name.
    public let name: String
    /// What sort of area it is.
    public let kind: AreaKind
    /// The year whose population is used.
    public let populationYear: Int
    /// Residents in ``populationYear``: the area's own figure, or the sum over its smallest areas
    /// when it has none; `nil` when neither is known.
    public let population: Int?
    /// Assets by kind.
    public let countsByKind: [AssetKind: Int]
    /// Assets by family (people, organisations, places).
    public let countsByCategory: [AssetCategory: Int]
    /// The smallest areas in this area, and how many of them have at least one asset.
    public let smallestAreas: Int
    /// Smallest areas with at least one asset of any kind.
    public let smallestAreasWithAssets: Int

    /// All assets.
    public var total: Int { countsByKind.values.reduce(0, +) }

    /// Assets of `kind`.
    public func count(of kind: AssetKind) -> Int { countsByKind[kind] ?? 0 }

    /// Assets meeting `need`.
    public func count(meeting need: AssetNeed) -> Int {
        need.kinds.reduce(0) { $0 + count(of: $1) }
    }

    /// Assets of `kind` per 1,000 residents; `nil` without a positive population.
    public func perThousandResidents(of kind: AssetKind) -> Double? {
        rate(count(of: kind))
    }

    /// Assets meeting `need` per 1,000 residents; `nil` without a positive population.
    public func perThousandResidents(meeting need: AssetNeed) -> Double? {
        rate(count(meeting: need))
    }

    /// All assets per 1,000 residents; `nil` without a positive population.
    public var totalPerThousandResidents: Double? { rate(total) }

    private func rate(_ count: Int) -> Double? {
        guard let population, population > 0 else { return nil }
        return Double(count) * 1_000 / Double(population)
    }
}

extension AssetMap {
    /// The summary of `area` and everything below it.
    ///
    /// - Parameters:
    ///   - area: any community on the map.
    ///   - populationYear: the year whose population gives the rates (nearest earlier year, else
    ///     later, as ``Community/population(in:)``).
    /// - Throws: ``ValidationError`` at `area` when the map has no such community.
    /// - Complexity: O(*a* log *a* + *c*) for the area's *a* assets and *c* communities below it.
    public func summary(of area: Community.ID, populationYear: Int) throws(ValidationError) -> AssetSummary {
        try checkKnown(area)
        return summaryUnchecked(of: area, populationYear: populationYear)
    }

    /// Summaries of every area of `kind` (the smallest areas when `nil`), in input order.
    public func summaries(of kind: AreaKind? = nil, populationYear: Int) -> [AssetSummary] {
        areas(of: kind).map { summaryUnchecked(of: $0, populationYear: populationYear) }
    }

    func summaryUnchecked(of area: Community.ID, populationYear: Int) -> AssetSummary {
        var byKind: [AssetKind: Int] = [:]
        var byCategory: [AssetCategory: Int] = [:]
        for asset in assetsUnchecked(in: area) {
            byKind[asset.kind, default: 0] += 1
            byCategory[asset.kind.category, default: 0] += 1
        }
        let leaves = hierarchy.leaves(under: area)
        let community = hierarchy.byID[area]
        return AssetSummary(
            area: area, name: community?.name ?? area.rawValue, kind: community?.kind ?? .neighbourhood,
            populationYear: populationYear, population: hierarchy.population(of: area, in: populationYear),
            countsByKind: byKind, countsByCategory: byCategory, smallestAreas: leaves.count,
            smallestAreasWithAssets: leaves.filter(hasOwnAssets).count)
    }

    /// The areas of `kind` (the smallest areas when `nil`) where no asset in the area or below it
    /// meets one or more of `needs`, in input order.
    ///
    /// An area of a higher kind has a gap only when none of its parts has the asset: a ward with
    /// one community centre has no "meeting place" gap, even if three of its LSOAs do.
    ///
    /// - Parameters:
    ///   - needs: what every area should have, e.g. `[.meetingPlace, AssetNeed(.greenSpace)]`.
    ///   - kind: the kind of area to check, or `nil` for the smallest areas.
    /// - Returns: one ``AssetGap`` per area with at least one unmet need.
    public func gaps(in needs: [AssetNeed], among kind: AreaKind? = nil) -> [AssetGap] {
        areas(of: kind).compactMap { area in
            let present = assetsUnchecked(in: area)
            let unmet = needs.filter { need in !present.contains(where: need.isMet) }
            return unmet.isEmpty ? nil : AssetGap(community: area, unmet: unmet)
        }
    }
}
