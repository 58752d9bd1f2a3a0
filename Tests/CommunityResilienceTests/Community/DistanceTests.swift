import Testing

@testable import CommunityResilience

/// Reference values: R = 6,371.0088 km. By hand, 1° of arc is R·π/180 = 111.1950802 km and pole to
/// pole is πR = 20,015.1144 km. London–Paris was computed in Python with the haversine formula and
/// cross-checked with the spherical law of cosines (agreeing to 1e-11 km):
///
/// ```python
/// R = 6371.0088
/// p1, l1, p2, l2 = map(math.radians, (51.5074, -0.1278, 48.8566, 2.3522))
/// h = math.sin((p2-p1)/2)**2 + math.cos(p1)*math.cos(p2)*math.sin((l2-l1)/2)**2
/// 2*R*math.asin(math.sqrt(h))   # 343.55653488088313
/// ```
@Suite("Great-circle distance (haversine, mean Earth radius)")
struct DistanceTests {
    @Test(
        "known pairs of points",
        arguments: [
            (0.0, 0.0, 0.0, 1.0, 111.1950802335329),
            (0.0, 0.0, 0.0, -0.5, 55.59754011676645),
            (90.0, 0.0, -90.0, 0.0, 20_015.114442035923),
            (51.5074, -0.1278, 48.8566, 2.3522, 343.55653488088313),
            (53.43, -2.85, 53.43, -2.85, 0.0),
        ])
    func knownPairs(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double, _ kilometres: Double) throws {
        let a = try Coordinate(latitude: lat1, longitude: lon1)
        let b = try Coordinate(latitude: lat2, longitude: lon2)
        #expect(isApproximatelyEqual(a.distance(to: b), kilometres, relativeTolerance: 1e-12))
        #expect(isApproximatelyEqual(b.distance(to: a), kilometres, relativeTolerance: 1e-12))
    }

    @Test("antipodal points do not produce NaN")
    func antipodes() throws {
        let distance = try Coordinate(latitude: 0, longitude: 0).distance(
            to: try Coordinate(latitude: 0, longitude: 180))
        #expect(isApproximatelyEqual(distance, 20_015.114442035923, relativeTolerance: 1e-12))
    }
}
