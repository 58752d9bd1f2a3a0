@testable import CommunityResilience

/// A small area hierarchy for the community-knowledge tests, on the equator so that distances
/// can be derived by hand (1° of longitude on the equator = 6,371.0088 × π ÷ 180 = 111.19508 km):
///
/// ```text
/// la (10,000)
/// ├── ward-1 (no own population: 1,500 + 1,200 = 2,700)  + charity (voluntary organisation)
/// │   ├── lsoa-1 (1,500; centroid 0°, 1°)    hall (venue, at 0°, 1°), volunteers (no location)
/// │   └── lsoa-2 (1,200; centroid 0°, 0°)    park (green space, at 0°, 0.1°)
/// └── ward-2 (3,000)
///     └── lsoa-3 (3,000; no centroid)        centre (community centre, at 0°, −0.5°)
/// ```
enum CommunityFixture {
    static func point(_ latitude: Double, _ longitude: Double) throws -> Coordinate {
        try Coordinate(latitude: latitude, longitude: longitude)
    }

    static func communities() throws -> [Community] {
        [
            Community(id: "la", name: "Local authority", kind: .localAuthority, population: [2023: 10_000]),
            Community(id: "ward-1", name: "Ward 1", kind: .ward, parent: "la"),
            Community(id: "ward-2", name: "Ward 2", kind: .ward, population: [2023: 3_000], parent: "la"),
            Community(
                id: "lsoa-1", name: "LSOA 1", kind: .lsoa, population: [2023: 1_500], parent: "ward-1",
                centroid: try point(0, 1)),
            Community(
                id: "lsoa-2", name: "LSOA 2", kind: .lsoa, population: [2023: 1_200], parent: "ward-1",
                centroid: try point(0, 0)),
            Community(id: "lsoa-3", name: "LSOA 3", kind: .lsoa, population: [2023: 3_000], parent: "ward-2"),
        ]
    }

    static func assets() throws -> [CommunityAsset] {
        [
            CommunityAsset(id: "hall", name: "Hall", kind: .venue, community: "lsoa-1", location: try point(0, 1)),
            CommunityAsset(id: "volunteers", name: "Volunteers", kind: .volunteers, community: "lsoa-1"),
            CommunityAsset(
                id: "park", name: "Park", kind: .greenSpace, community: "lsoa-2", location: try point(0, 0.1)),
            CommunityAsset(
                id: "centre", name: "Centre", kind: .communityCentre, community: "lsoa-3", location: try point(0, -0.5)),
            CommunityAsset(id: "charity", name: "Charity", kind: .voluntaryOrganisation, community: "ward-1"),
        ]
    }

    static func map() throws -> AssetMap {
        try AssetMap(communities: try communities(), assets: try assets())
    }
}
