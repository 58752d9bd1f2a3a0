import Foundation

extension Coordinate {
    /// The Earth's mean radius used for great-circle distances: 6,371.0088 km.
    ///
    /// This is the IUGG mean radius R₁ = (2a + b) ÷ 3 of the GRS 80 / WGS 84 ellipsoid
    /// (Moritz, "Geodetic Reference System 1980", *Journal of Geodesy* 74, 2000). A sphere of
    /// this radius is within about 0.5% of the ellipsoidal distance anywhere on Earth — ample for
    /// "how far is the nearest community hall", not for surveying.
    public static let earthMeanRadiusKilometres = 6_371.0088

    /// The great-circle distance to `other`, in kilometres, on a sphere of radius
    /// ``earthMeanRadiusKilometres``.
    ///
    /// Uses the haversine formula (Sinnott, "Virtues of the Haversine", *Sky and Telescope* 68(2),
    /// 1984), which stays accurate for short distances where the spherical law of cosines loses
    /// digits:
    ///
    /// a = sin²(Δφ ÷ 2) + cos φ₁ · cos φ₂ · sin²(Δλ ÷ 2),  d = 2R · asin(√a)
    ///
    /// with φ latitudes and λ longitudes in radians. `a` is clamped to [0, 1] so that rounding
    /// near antipodal points cannot produce NaN.
    ///
    /// - Parameter other: the other point.
    /// - Returns: the distance in kilometres, 0 … πR (about 20,015 km).
    public func distance(to other: Coordinate) -> Double {
        let radians = Double.pi / 180
        let phi1 = latitude * radians
        let phi2 = other.latitude * radians
        let halfDeltaPhi = (other.latitude - latitude) * radians / 2
        let halfDeltaLambda = (other.longitude - longitude) * radians / 2
        let sinPhi = sin(halfDeltaPhi)
        let sinLambda = sin(halfDeltaLambda)
        let a = sinPhi * sinPhi + cos(phi1) * cos(phi2) * sinLambda * sinLambda
        return 2 * Coordinate.earthMeanRadiusKilometres * asin(min(1, max(0, a)).squareRoot())
    }
}
