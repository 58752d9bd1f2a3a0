/// Something a community has that helps it look after itself — the people, organisations and
/// places a council maps when it "knows its communities".
///
/// Asset-based community development distinguishes people and groups (volunteers, mutual aid,
/// faith groups), organisations (the voluntary and community sector, social enterprises) and
/// physical assets (venues, community centres, green space); ``AssetKind/category`` keeps that
/// distinction.
public struct CommunityAsset: Identifiable, Hashable, Sendable, Codable {
    /// An asset's identifier.
    public typealias ID = Identifier<CommunityAsset>

    /// The identifier, unique among the scenario's assets.
    public var id: ID
    /// A readable name, e.g. "St Mary's community hall".
    public var name: String
    /// What kind of asset it is.
    public var kind: AssetKind
    /// The community it serves.
    public var community: Community.ID
    /// Where it is, when known.
    public var location: Coordinate?

    /// Creates an asset.
    public init(id: ID, name: String, kind: AssetKind, community: Community.ID, location: Coordinate? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.community = community
        self.location = location
    }
}

/// The broad families of community asset.
public enum AssetCategory: String, Hashable, Sendable, CaseIterable, Codable {
    /// People and informal groups.
    case people
    /// Formal organisations.
    case organisation
    /// Buildings, spaces and other physical assets.
    case physical

    /// Decodes a value from its JSON form, reporting a value that breaks the type's rules at its coding path.
    public init(from decoder: any Decoder) throws {
        self = try decoder.decodeName(AssetCategory.self, placeholder: .people)
    }
}

/// A kind of community asset: one of the standard kinds, or a named kind of the caller's own.
///
/// Standard kinds encode as a plain string (`"communityCentre"`); custom kinds as an object
/// (`{"name": "library", "category": "physical"}`).
public struct AssetKind: Hashable, Sendable, CustomStringConvertible {
    /// The kind's name, e.g. `communityCentre` or a caller's own such as `library`.
    public let name: String
    /// The family it belongs to.
    public let category: AssetCategory

    /// A caller-defined kind.
    public init(name: String, category: AssetCategory) {
        self.name = name
        self.category = category
    }

    /// Individual volunteers or a volunteer network.
    public static let volunteers = AssetKind(name: "volunteers", category: .people)
    /// A mutual-aid group.
    public static let mutualAidGroup = AssetKind(name: "mutualAidGroup", category: .people)
    /// A faith group.
    public static let faithGroup = AssetKind(name: "faithGroup", category: .people)
    /// A voluntary and community sector organisation (charity, community group).
    public static let voluntaryOrganisation = AssetKind(name: "voluntaryOrganisation", category: .organisation)
    /// A social enterprise.
    public static let socialEnterprise = AssetKind(name: "socialEnterprise", category: .organisation)
    /// A venue where people can meet (hall, café, library room).
    public static let venue = AssetKind(name: "venue", category: .physical)
    /// A community centre.
    public static let communityCentre = AssetKind(name: "communityCentre", category: .physical)
    /// A park or other green space.
    public static let greenSpace = AssetKind(name: "greenSpace", category: .physical)

    /// The standard kinds.
    public static let standard: [AssetKind] = [
        .volunteers, .mutualAidGroup, .faithGroup, .voluntaryOrganisation, .socialEnterprise,
        .venue, .communityCentre, .greenSpace,
    ]

    /// The value as reports and error messages show it.
    public var description: String { name }
}

extension AssetKind: Codable {
    private enum CodingKeys: String, CodingKey { case name, category }

    /// Decodes a value from its JSON form, reporting a value that breaks the type's rules at its coding path.
    public init(from decoder: any Decoder) throws {
        if let text = try? decoder.singleValueContainer().decode(String.self) {
            guard let standard = AssetKind.standard.first(where: { $0.name == text }) else {
                let names = AssetKind.standard.map(\.name).joined(separator: ", ")
                let issue = ValidationIssue(
                    .malformed(text, expected: "one of \(names), or {\"name\": …, \"category\": …}"))
                self = try decoder.recover(from: issue, placeholder: .venue)
                return
            }
            self = standard
            return
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: try container.decode(String.self, forKey: .name),
            category: try container.decode(AssetCategory.self, forKey: .category))
    }

    /// Encodes the value in the JSON form that `init(from:)` reads.
    public func encode(to encoder: any Encoder) throws {
        if AssetKind.standard.contains(self) {
            var container = encoder.singleValueContainer()
            try container.encode(name)
        } else {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(category, forKey: .category)
        }
    }
}
