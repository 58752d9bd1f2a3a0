extension AssetMap {
    /// The located asset meeting `need` nearest to `community`'s centroid, anywhere on the map.
    ///
    /// Distances are great-circle distances on a sphere of mean radius 6,371.0088 km (haversine;
    /// see ``Coordinate/distance(to:)``), "as the crow flies", not along roads. Assets without a
    /// ``CommunityAsset/location`` are not considered.
    ///
    /// - Returns: the nearest asset, or `nil` when no located asset meets the need.
    /// - Throws: ``ValidationError`` at `community` when the map has no such community, or at
    ///   `community.centroid` (``ValidationIssue/Problem/missing``) when it has no centroid.
    /// - Complexity: O(*n*) in the number of assets (a linear scan: for every small area in
    ///   England against every asset, prefer a spatial index of your own).
    public func nearest(_ need: AssetNeed, to community: Community.ID) throws(ValidationError) -> NearestAsset? {
        try checkKnown(community, at: "community")
        guard let centroid = hierarchy.byID[community]?.centroid else {
            throw ValidationError(ValidationIssue(.missing, at: "community.centroid"))
        }
        return nearest(need, from: centroid, community: community)
    }

    /// The nearest located asset meeting `need` for every area of `kind` (the smallest areas when
    /// `nil`) that has a centroid, in input order.
    ///
    /// Areas without a centroid, and areas for which no located asset meets the need, have no
    /// entry; ``areasWithoutCentroid(of:)`` lists the former so that they are not missed.
    ///
    /// - Complexity: O(*c* · *n*) for *c* areas and *n* assets.
    public func nearest(_ need: AssetNeed, among kind: AreaKind? = nil) -> [NearestAsset] {
        areas(of: kind).compactMap { area in
            hierarchy.byID[area]?.centroid.flatMap { nearest(need, from: $0, community: area) }
        }
    }

    /// The areas of `kind` (the smallest areas when `nil`) that have no centroid, so no distance.
    public func areasWithoutCentroid(of kind: AreaKind? = nil) -> [Community.ID] {
        areas(of: kind).filter { hierarchy.byID[$0]?.centroid == nil }
    }

    private func nearest(_ need: AssetNeed, from centroid: Coordinate, community: Community.ID) -> NearestAsset? {
        var best: (asset: CommunityAsset, distance: Double)?
        for asset in assets where need.isMet(by: asset) {
            guard let location = asset.location else { continue }
            let distance = centroid.distance(to: location)
            if best == nil || distance < best?.distance ?? .infinity { best = (asset, distance) }
        }
        return best.map {
            NearestAsset(community: community, need: need, asset: $0.asset.id, assetCommunity: $0.asset.community,
                         distanceKilometres: $0.distance)
        }
    }
}
