/// One indicator in a composite index: which ``CommunityIndicator`` values it reads, the domain it
/// belongs to, and whether more of it is better.
///
/// OECD/JRC *Handbook on Constructing Composite Indicators* (Nardo et al., 2008), Step 1
/// (theoretical framework: indicators grouped into sub-groups) and Step 5 (normalisation:
/// indicators for which a higher value is worse are reversed, so that a higher normalised value
/// always means a better outcome).
public struct IndexIndicator: Hashable, Sendable, Codable {
    /// The indicator's name, matched exactly against ``CommunityIndicator/name``.
    public var name: String
    /// The domain (sub-index) it belongs to, e.g. ``IndexDomain/capacity``.
    public var domain: IndexDomain
    /// Whether a higher raw value means more resilience.
    public var direction: Direction

    /// Creates an index indicator.
    public init(_ name: String, domain: IndexDomain, direction: Direction = .higherIsBetter) {
        self.name = name
        self.domain = domain
        self.direction = direction
    }

    /// Whether a higher raw value is better or worse for the index.
    public enum Direction: String, Hashable, Sendable, CaseIterable, Codable {
        /// More is better (volunteering rate, trust in neighbours).
        case higherIsBetter
        /// More is worse (e.g. the share of residents who feel isolated); the value is reversed
        /// before normalisation: x → −x.
        case higherIsWorse
    }
}

/// A group of indicators aggregated into a sub-index.
///
/// Building Communities Trust names "two key ingredients" of resilient communities: **capacity**
/// — "institutions and groups of people who can offer activities and/or facilities", with local
/// venues "fairly fundamental" — and **trust**, "the relationships between local people, and
/// between local people and organisations: people being willing to give their time" (Johnes,
/// *Resilient communities: treading on well-worn ground*, Building Communities Trust blog).
/// Callers may define others.
public struct IndexDomain: RawRepresentable, Hashable, Comparable, Sendable, Codable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    /// The domain's name.
    public let rawValue: String

    /// A domain named `rawValue`.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Creates a value from a string literal.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// Capacity: groups, organisations and places that offer activities and facilities.
    public static let capacity = IndexDomain(rawValue: "capacity")
    /// Trust: relationships between residents, and between residents and organisations.
    public static let trust = IndexDomain(rawValue: "trust")

    /// Orders values by their `rawValue`.
    public static func < (lhs: IndexDomain, rhs: IndexDomain) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The value as reports and error messages show it.
    public var description: String { rawValue }

    /// Decodes a value from its JSON form, reporting a value that breaks the type's rules at its coding path.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes the value in the JSON form that `init(from:)` reads.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
