/// Something every community should have within reach, met by an asset of any of ``kinds``:
/// "a place to meet" is met by a venue or a community centre.
///
/// Used to find gaps (``AssetMap/gaps(in:among:)``) and distances
/// (``AssetMap/nearest(_:to:)``). Building Communities Trust calls local venues where people can
/// meet "fairly fundamental" to community capacity (Johnes, *Resilient communities: treading on
/// well-worn ground*, Building Communities Trust blog); ``meetingPlace`` encodes that.
public struct AssetNeed: Hashable, Sendable, Codable, CustomStringConvertible {
    /// A readable name, e.g. "meeting place".
    public var name: String
    /// The kinds of asset that meet the need; any one is enough.
    public var kinds: Set<AssetKind>

    /// Creates a need met by any of `kinds`.
    public init(name: String, kinds: Set<AssetKind>) {
        self.name = name
        self.kinds = kinds
    }

    /// A need met by exactly one kind of asset, named after it.
    public init(_ kind: AssetKind) {
        self.init(name: kind.name, kinds: [kind])
    }

    /// A place where people can meet: a ``AssetKind/venue`` or a ``AssetKind/communityCentre``.
    public static let meetingPlace = AssetNeed(name: "meeting place", kinds: [.venue, .communityCentre])

    /// Whether `asset` meets the need.
    public func isMet(by asset: CommunityAsset) -> Bool { kinds.contains(asset.kind) }

    /// The value as reports and error messages show it.
    public var description: String { name }
}

/// An area that lacks one or more needed kinds of asset, e.g. "no meeting place".
public struct AssetGap: Hashable, Sendable {
    /// The area.
    public let community: Community.ID
    /// The needs that no asset in the area (or below it) meets, in the order asked.
    public let unmet: [AssetNeed]
}

/// The nearest located asset meeting a need, measured from a community's centroid.
public struct NearestAsset: Hashable, Sendable {
    /// The community measured from.
    public let community: Community.ID
    /// The need.
    public let need: AssetNeed
    /// The nearest asset (ties go to the asset registered first).
    public let asset: CommunityAsset.ID
    /// The community the asset belongs to, which may be a neighbour.
    public let assetCommunity: Community.ID
    /// Great-circle distance from the centroid, in kilometres (see ``Coordinate/distance(to:)``).
    public let distanceKilometres: Double
}
