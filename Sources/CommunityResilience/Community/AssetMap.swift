/// A register of community assets — people, organisations and places — by community, with
/// summaries up the area hierarchy, gaps, and distances to the nearest asset.
///
/// "Knowing your communities" starts with "a defined way of understanding and mapping community
/// assets (people, organisations and physical assets)" (Locality Matters, *Eight characteristics
/// of councils that are building stronger more resilient communities*, 3, Knowledge). Asset-based
/// community development keeps the same three families (``AssetCategory``); capacity, in Building
/// Communities Trust's terms, is "institutions and groups of people who can offer activities
/// and/or facilities", with local venues "fairly fundamental" (Johnes, *Resilient communities:
/// treading on well-worn ground*, Building Communities Trust blog).
///
/// ```swift
/// let map = try AssetMap(scenario)
/// let ward = try map.summary(of: "ward-1", populationYear: 2023)   // counts, per 1,000 residents
/// let noVenue = map.gaps(in: [.meetingPlace])                       // smallest areas without one
/// let nearest = try map.nearest(.meetingPlace, to: "lsoa-3")        // great-circle km
/// ```
///
/// An asset counts for its own community and for every area above it. Assets without a location
/// count everywhere except in distances.
public struct AssetMap: Sendable, Hashable {
    /// The communities, from the smallest areas up to the areas that hold budgets.
    public let communities: [Community]
    /// The registered assets, in registration order.
    public private(set) var assets: [CommunityAsset]
    let hierarchy: AreaHierarchy
    /// Each community's own assets (not its descendants'), by position in ``assets``.
    private var assetIndices: [Community.ID: [Int]]

    /// Creates a map of `assets` over `communities`.
    ///
    /// - Parameters:
    ///   - communities: the areas; identifiers must be unique, and parents link them into a
    ///     hierarchy (parents outside the list are ignored).
    ///   - assets: the assets; each must name one of `communities`.
    /// - Throws: ``ValidationError`` listing every duplicate community (`communities[i].id`),
    ///   duplicate asset (`assets[i].id`) and unknown community (`assets[i].community`).
    public init(communities: [Community], assets: [CommunityAsset] = []) throws(ValidationError) {
        var issues = AreaHierarchy.duplicateIssues(communities)
        self.communities = communities
        self.hierarchy = AreaHierarchy(communities)
        self.assets = []
        self.assetIndices = [:]
        var seen: Set<CommunityAsset.ID> = []
        for (index, asset) in assets.enumerated() {
            let path = FieldPath.root.appending("assets", index: index)
            if !seen.insert(asset.id).inserted {
                issues.append(ValidationIssue(.duplicateIdentifier(asset.id.rawValue), at: path.appending("id")))
            }
            if !hierarchy.contains(asset.community) {
                issues.append(
                    ValidationIssue(
                        .danglingReference(asset.community.rawValue, kind: "community"), at: path.appending("community")
                    ))
            }
        }
        guard issues.isEmpty else { throw ValidationError(issues: issues) }
        for asset in assets { add(asset) }
    }

    /// Creates the map of a scenario's communities and assets.
    ///
    /// - Throws: ``ValidationError`` as ``init(communities:assets:)``.
    public init(_ scenario: Scenario) throws(ValidationError) {
        try self.init(communities: scenario.communities, assets: scenario.assets)
    }

    /// Registers one more asset.
    ///
    /// - Throws: ``ValidationError`` at `asset.id` when the identifier is already registered, or
    ///   at `asset.community` when the community is not on the map. The map is unchanged then.
    public mutating func register(_ asset: CommunityAsset) throws(ValidationError) {
        if assets.contains(where: { $0.id == asset.id }) {
            throw ValidationError(ValidationIssue(.duplicateIdentifier(asset.id.rawValue), at: "asset.id"))
        }
        guard hierarchy.contains(asset.community) else {
            throw ValidationError(
                ValidationIssue(.danglingReference(asset.community.rawValue, kind: "community"), at: "asset.community"))
        }
        add(asset)
    }

    private mutating func add(_ asset: CommunityAsset) {
        assetIndices[asset.community, default: []].append(assets.count)
        assets.append(asset)
    }

    /// The assets in `area` and every area below it, in registration order.
    ///
    /// - Throws: ``ValidationError`` at `area` when the map has no such community.
    public func assets(in area: Community.ID) throws(ValidationError) -> [CommunityAsset] {
        try checkKnown(area)
        return assetsUnchecked(in: area)
    }

    /// Whether assets are registered against `community` itself.
    func hasOwnAssets(_ community: Community.ID) -> Bool {
        !(assetIndices[community]?.isEmpty ?? true)
    }

    func assetsUnchecked(in area: Community.ID) -> [CommunityAsset] {
        hierarchy.subtree(of: area).flatMap { assetIndices[$0] ?? [] }.sorted().map { assets[$0] }
    }

    /// The communities of `kind`, or the smallest areas (those with no children) when `kind` is
    /// `nil`, in input order.
    public func areas(of kind: AreaKind? = nil) -> [Community.ID] {
        guard let kind else { return hierarchy.leaves }
        return hierarchy.order.filter { hierarchy.byID[$0]?.kind == kind }
    }

    func checkKnown(_ area: Community.ID, at path: FieldPath = "area") throws(ValidationError) {
        guard hierarchy.contains(area) else {
            throw ValidationError(ValidationIssue(.danglingReference(area.rawValue, kind: "community"), at: path))
        }
    }

    /// Maps are equal when they hold the same communities and the same assets; the derived indexes are not compared.
    public static func == (lhs: AssetMap, rhs: AssetMap) -> Bool {
        lhs.communities == rhs.communities && lhs.assets == rhs.assets
    }

    /// Hashes the communities and assets that `==` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(communities)
        hasher.combine(assets)
    }
}
