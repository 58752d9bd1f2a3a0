/// The capacity and trust profile of a scenario's communities, for the report to show beside the
/// impact figures: each small area's composite index score, its capacity and trust sub-indices,
/// rank and decile, how many assets it has, and which basic assets it lacks.
///
/// The index follows the OECD/JRC *Handbook on Constructing Composite Indicators* (2008) through
/// ``CompositeIndexDefinition`` (see the article "Knowing Your Communities"). Communities the index had to
/// leave out, and every missing indicator value, are listed rather than hidden.
public struct CommunityProfileSummary: Hashable, Sendable, Codable {
    /// One community's row.
    public struct Row: Hashable, Sendable, Codable {
        /// The community.
        public var community: Community.ID
        /// Its name.
        public var name: String
        /// The composite index score.
        public var score: Double
        /// The capacity sub-index, when the index has a capacity domain.
        public var capacity: Double?
        /// The trust sub-index, when the index has a trust domain.
        public var trust: Double?
        /// Rank, 1 = most capacity and trust.
        public var rank: Int
        /// Decile, 1 = least resilient tenth.
        public var decile: Int
        /// Assets serving the community.
        public var assetCount: Int
        /// Needs no asset in the community meets, e.g. "meeting place".
        public var gaps: [String]
    }

    /// The index's name.
    public var indexName: String
    /// One row per community, best rank first.
    public var rows: [Row]
    /// Communities left out, with the reason.
    public var excluded: [String]
    /// How many indicator values were missing (each is listed by the index itself).
    public var missingValueCount: Int

    /// Builds the profile from an evaluated index and the scenario's assets.
    ///
    /// - Parameters:
    ///   - index: the evaluated composite index.
    ///   - scenario: the scenario, for names and assets.
    ///   - needs: the assets every community should have; gaps are listed against these.
    public init(index: CompositeIndex, scenario: Scenario, needs: [AssetNeed] = [.meetingPlace]) {
        let names = Dictionary(scenario.communities.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let assetMap = try? AssetMap(scenario)
        let gaps = Dictionary(
            (assetMap?.gaps(in: needs) ?? []).map { ($0.community, $0.unmet.map(\.name)) },
            uniquingKeysWith: { first, _ in first })
        indexName = index.definition.name
        rows = index.ranking.map { score in
            Row(
                community: score.community, name: names[score.community] ?? score.community.rawValue,
                score: score.value,
                capacity: score.domainValues[.capacity], trust: score.domainValues[.trust], rank: score.rank,
                decile: score.decile,
                assetCount: (try? assetMap?.assets(in: score.community).count) ?? 0,
                gaps: gaps[score.community] ?? [])
        }
        excluded = index.excluded.map { "\($0.community): \($0.reason)" }
        missingValueCount = index.missingValues.count
    }

    /// The profile of a scenario's small areas with the standard capacity and trust index
    /// (``CompositeIndexDefinition/capacityAndTrust``), or `nil` when the scenario has no
    /// indicator values or the index cannot be computed for it.
    public static func standard(for scenario: Scenario) -> CommunityProfileSummary? {
        guard !scenario.indicators.isEmpty,
            let index = try? CompositeIndexDefinition.capacityAndTrust.evaluate(in: scenario, areas: .lsoa),
            !index.scores.isEmpty
        else { return nil }
        return CommunityProfileSummary(index: index, scenario: scenario)
    }
}
