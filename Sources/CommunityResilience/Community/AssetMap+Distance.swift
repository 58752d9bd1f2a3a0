extension AssetMap {
    /// The located asset meeting `need` nearest to `community`'s centroid, anywhere on the map.
    ///
    /// Distances are great-circle distances on a sphere of mean radius 6,371.0088 km (haversine;
    /// see ``Coordinate/distance(to:)``), "as the crow flies", not along roads. Assets without a
    /// ``CommunityAsset/location`` are not considered. Equally near assets go to the one
    /// registered first.
    ///
    /// - Returns: the nearest asset, or `nil` when no located asset meets the need.
    /// - Throws: ``ValidationError`` at `community` when the map has no such community, or at
    ///   `community.centroid` (``ValidationIssue/Problem/missing``) when it has no centroid.
    /// - Complexity: O(*n*) in the number of assets.
    public func nearest(_ need: AssetNeed, to community: Community.ID) throws(ValidationError) -> NearestAsset? {
        try checkKnown(community, at: "community")
        guard let centroid = hierarchy.byID[community]?.centroid else {
            throw ValidationError(ValidationIssue(.missing, at: "community.centroid"))
        }
        var best: (index: Int, distance: Double)?
        for (index, asset) in assets.enumerated() where need.isMet(by: asset) {
            guard let location = asset.location else { continue }
            let distance = centroid.distance(to: location)
            if distance < best?.distance ?? .infinity { best = (index, distance) }
        }
        return best.map { result(community, need, assets[$0.index], $0.distance) }
    }

    /// The nearest located asset meeting `need` for every area of `kind` (the smallest areas when
    /// `nil`) that has a centroid, in input order — the same answers as ``nearest(_:to:)``.
    ///
    /// Areas without a centroid, and areas for which no located asset meets the need, have no
    /// entry; ``areasWithoutCentroid(of:)`` lists the former so that they are not missed.
    ///
    /// The search is exact but avoids comparing every area with every asset: assets are sorted by
    /// latitude and searched outwards from each centroid's latitude, stopping once the latitude
    /// difference alone, R · |Δφ|, exceeds the best distance found (a great-circle distance is
    /// never shorter than the difference in latitude).
    ///
    /// - Complexity: O(*n* log *n*) to sort *n* assets, then for each of *c* areas a binary search
    ///   and the assets within the band of the nearest one: close to O((*c* + *n*) log *n*) for
    ///   assets spread across the country, O(*c* · *n*) at worst.
    public func nearest(_ need: AssetNeed, among kind: AreaKind? = nil) -> [NearestAsset] {
        let located = assets.enumerated().compactMap { index, asset -> (index: Int, location: Coordinate)? in
            guard need.isMet(by: asset), let location = asset.location else { return nil }
            return (index, location)
        }.sorted { ($0.location.latitude, $0.index) < ($1.location.latitude, $1.index) }
        guard !located.isEmpty else { return [] }
        let kilometresPerDegree = Coordinate.earthMeanRadiusKilometres * Double.pi / 180
        return areas(of: kind).compactMap { area in
            guard let centroid = hierarchy.byID[area]?.centroid else { return nil }
            // First position with latitude ≥ the centroid's.
            var low = 0
            var high = located.count
            while low < high {
                let middle = (low + high) / 2
                if located[middle].location.latitude < centroid.latitude { low = middle + 1 } else { high = middle }
            }
            var best: (index: Int, distance: Double)?
            func consider(_ candidate: (index: Int, location: Coordinate)) {
                let distance = centroid.distance(to: candidate.location)
                if let current = best, (distance, candidate.index) >= (current.distance, current.index) { return }
                best = (candidate.index, distance)
            }
            var up = low
            var down = low - 1
            while up < located.count || down >= 0 {
                // A hair of slack so that rounding cannot skip an asset exactly as near as the best.
                let bound = (best?.distance ?? .infinity) * (1 + 1e-12) + 1e-9
                var advanced = false
                if up < located.count {
                    if (located[up].location.latitude - centroid.latitude) * kilometresPerDegree <= bound {
                        consider(located[up])
                        up += 1
                        advanced = true
                    } else {
                        up = located.count
                    }
                }
                if down >= 0 {
                    if (centroid.latitude - located[down].location.latitude) * kilometresPerDegree <= bound {
                        consider(located[down])
                        down -= 1
                        advanced = true
                    } else {
                        down = -1
                    }
                }
                if !advanced, up >= located.count, down < 0 { break }
            }
            return best.map { result(area, need, assets[$0.index], $0.distance) }
        }
    }

    /// The areas of `kind` (the smallest areas when `nil`) that have no centroid, so no distance.
    public func areasWithoutCentroid(of kind: AreaKind? = nil) -> [Community.ID] {
        areas(of: kind).filter { hierarchy.byID[$0]?.centroid == nil }
    }

    private func result(_ community: Community.ID, _ need: AssetNeed, _ asset: CommunityAsset, _ distance: Double)
        -> NearestAsset
    {
        NearestAsset(
            community: community, need: need, asset: asset.id, assetCommunity: asset.community,
            distanceKilometres: distance)
    }
}
