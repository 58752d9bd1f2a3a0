import Testing

@testable import CommunityResilience

/// Hand-derived from ``CommunityFixture``'s tree.
@Suite("Asset map: counts, rates, gaps and nearest assets")
struct AssetMapTests {
    @Test("a ward's summary counts its own assets and its small areas'")
    func wardSummary() throws {
        let summary = try CommunityFixture.map().summary(of: "ward-1", populationYear: 2023)
        // hall, volunteers (lsoa-1), park (lsoa-2) and the charity registered at the ward itself.
        #expect(summary.total == 4)
        #expect(summary.countsByKind == [.venue: 1, .volunteers: 1, .greenSpace: 1, .voluntaryOrganisation: 1])
        #expect(summary.countsByCategory == [.physical: 2, .people: 1, .organisation: 1])
        // No own population: 1,500 + 1,200 = 2,700 from its small areas.
        #expect(summary.population == 2_700)
        // 1 venue × 1,000 ÷ 2,700 = 0.370370…; 4 × 1,000 ÷ 2,700 = 1.481481…
        #expect(
            isApproximatelyEqual(
                summary.perThousandResidents(of: .venue) ?? 0, 1_000.0 / 2_700, relativeTolerance: 1e-12))
        #expect(isApproximatelyEqual(summary.totalPerThousandResidents ?? 0, 4_000.0 / 2_700, relativeTolerance: 1e-12))
        #expect(summary.smallestAreas == 2)
        #expect(summary.smallestAreasWithAssets == 2)
    }

    @Test("the local authority uses its own population")
    func authoritySummary() throws {
        let summary = try CommunityFixture.map().summary(of: "la", populationYear: 2024)
        #expect(summary.total == 5)
        #expect(summary.population == 10_000)  // 2023 is the nearest earlier year
        #expect(summary.count(meeting: .meetingPlace) == 2)  // hall + centre
        #expect(summary.perThousandResidents(meeting: .meetingPlace) == 0.2)
        #expect(summary.smallestAreas == 3)
    }

    @Test("summaries of every small area and every ward, in input order")
    func summaries() throws {
        let map = try CommunityFixture.map()
        #expect(map.summaries(populationYear: 2023).map(\.area) == ["lsoa-1", "lsoa-2", "lsoa-3"])
        #expect(map.summaries(of: .ward, populationYear: 2023).map(\.total) == [4, 1])
        #expect(map.summaries(populationYear: 2023).map(\.total) == [2, 1, 1])
    }

    @Test("gaps: small areas and wards without a needed asset")
    func gaps() throws {
        let map = try CommunityFixture.map()
        // Only lsoa-2 (a park, no venue or centre) lacks a meeting place.
        #expect(map.gaps(in: [.meetingPlace]) == [AssetGap(community: "lsoa-2", unmet: [.meetingPlace])])
        // Ward 1 has a meeting place through lsoa-1; ward 2 has no green space.
        let green = AssetNeed(.greenSpace)
        #expect(map.gaps(in: [.meetingPlace, green], among: .ward) == [AssetGap(community: "ward-2", unmet: [green])])
        #expect(map.gaps(in: [.meetingPlace, green]).map(\.community) == ["lsoa-1", "lsoa-2", "lsoa-3"])
    }

    @Test("nearest meeting place by great-circle distance, possibly in a neighbouring area")
    func nearest() throws {
        let map = try CommunityFixture.map()
        // From lsoa-2 (0°, 0°): the hall at (0°, 1°) is 111.195 km, the centre at (0°, −0.5°) 55.598 km.
        let nearest = try #require(try map.nearest(.meetingPlace, to: "lsoa-2"))
        #expect(nearest.asset == "centre")
        #expect(nearest.assetCommunity == "lsoa-3")
        #expect(isApproximatelyEqual(nearest.distanceKilometres, 55.59754011676645, relativeTolerance: 1e-12))
        // lsoa-1's centroid is at its own hall.
        #expect(try map.nearest(.meetingPlace, to: "lsoa-1")?.distanceKilometres == 0)
        // Volunteers have no location, so no distance.
        #expect(try map.nearest(AssetNeed(.volunteers), to: "lsoa-1") == nil)
        // lsoa-3 has no centroid: left out of the bulk list and named.
        #expect(map.nearest(.meetingPlace).map(\.community) == ["lsoa-1", "lsoa-2"])
        #expect(map.areasWithoutCentroid() == ["lsoa-3"])
        #expect(throws: ValidationError(ValidationIssue(.missing, at: "community.centroid"))) {
            try map.nearest(.meetingPlace, to: "lsoa-3")
        }
    }

    @Test("the banded search for every area gives the same answers as the direct scan")
    func bandedSearchMatchesScan() throws {
        for seed in UInt64(1)...20 {
            var generator = TimeParsingPropertyTests.SplitMix64(state: seed)
            func point() throws -> Coordinate {
                try Coordinate(
                    latitude: Double.random(in: -60...60, using: &generator),
                    longitude: Double.random(in: -10...10, using: &generator))
            }
            var communities = [Community(id: "root", name: "Root", kind: .localAuthority)]
            var assets: [CommunityAsset] = []
            for index in 0..<40 {
                let id = Community.ID("c\(index)")
                communities.append(
                    Community(
                        id: id, name: "C", kind: .lsoa, parent: "root", centroid: index % 7 == 0 ? nil : try point()))
                assets.append(
                    CommunityAsset(
                        id: CommunityAsset.ID("v\(index)"), name: "V", kind: index % 3 == 0 ? .greenSpace : .venue,
                        community: id, location: index % 5 == 0 ? nil : try point()))
            }
            // Two assets at the same place: the one registered first wins.
            assets.append(
                CommunityAsset(id: "twin", name: "Twin", kind: .venue, community: "c1", location: assets[1].location))
            let map = try AssetMap(communities: communities, assets: assets)
            let banded = map.nearest(.meetingPlace)
            let scanned = try map.areas().compactMap { area -> NearestAsset? in
                map.areasWithoutCentroid().contains(area) ? nil : try map.nearest(.meetingPlace, to: area)
            }
            #expect(banded == scanned, "seed \(seed)")
            #expect(banded.count == 34, "seed \(seed)")  // 40 areas less the 6 without a centroid
        }
    }

    @Test("unknown communities and repeated identifiers are typed errors with paths")
    func errors() throws {
        var assets = try CommunityFixture.assets()
        assets.append(CommunityAsset(id: "hall", name: "Second hall", kind: .venue, community: "lsoa-9"))
        #expect(
            throws: ValidationError(issues: [
                ValidationIssue(.duplicateIdentifier("hall"), at: "assets[5].id"),
                ValidationIssue(.danglingReference("lsoa-9", kind: "community"), at: "assets[5].community"),
            ])
        ) {
            try AssetMap(communities: try CommunityFixture.communities(), assets: assets)
        }
        var map = try CommunityFixture.map()
        #expect(throws: ValidationError(ValidationIssue(.danglingReference("nowhere", kind: "community"), at: "area")))
        {
            try map.summary(of: "nowhere", populationYear: 2023)
        }
        #expect(
            throws: ValidationError(
                ValidationIssue(.danglingReference("nowhere", kind: "community"), at: "asset.community"))
        ) {
            try map.register(CommunityAsset(id: "new", name: "New", kind: .venue, community: "nowhere"))
        }
        try map.register(CommunityAsset(id: "new", name: "New hall", kind: .venue, community: "lsoa-2"))
        #expect(map.gaps(in: [.meetingPlace]).isEmpty)
    }
}
