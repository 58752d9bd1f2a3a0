/// A place whose residents, assets and demand for services the library describes: a small area
/// such as an LSOA, a ward, a local authority, an integrated care board area, or a neighbourhood
/// a council defines itself.
///
/// Communities form a hierarchy through ``parent`` (LSOA → ward → local authority …), which the
/// engine uses to aggregate results up to the areas that hold budgets.
public struct Community: Identifiable, Hashable, Sendable, Codable {
    /// A community's identifier; a different type from every other entity's identifier.
    public typealias ID = Identifier<Community>

    /// The identifier, unique among the scenario's communities (often the GSS code itself).
    public var id: ID
    /// A readable name, e.g. "Knowsley 004A" or "Tower Hill ward".
    public var name: String
    /// What sort of area this is.
    public var kind: AreaKind
    /// The ONS GSS code, when the area is an official geography.
    public var gssCode: GSSCode?
    /// Resident population by calendar year (ONS mid-year estimates refer to 30 June).
    public var population: [Int: Int]
    /// The area this one sits inside, if any.
    public var parent: ID?
    /// A representative point (e.g. the population-weighted centroid), for distance measures.
    public var centroid: Coordinate?

    /// Creates a community.
    public init(
        id: ID, name: String, kind: AreaKind, gssCode: GSSCode? = nil,
        population: [Int: Int] = [:], parent: ID? = nil, centroid: Coordinate? = nil
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.gssCode = gssCode
        self.population = population
        self.parent = parent
        self.centroid = centroid
    }

    /// The population in `year`, or — when that year is missing — in the nearest earlier year,
    /// else the nearest later year. `nil` when no population is recorded.
    public func population(in year: Int) -> Int? {
        if let exact = population[year] { return exact }
        let earlier = population.keys.filter { $0 < year }.max()
        let later = population.keys.filter { $0 > year }.min()
        return (earlier ?? later).flatMap { population[$0] }
    }
}

extension Community {
    private enum CodingKeys: String, CodingKey { case id, name, kind, gssCode, population, parent, centroid }

    /// Decodes a community. Population years must be written as four digits ("2021"), so that no
    /// year can appear twice under two spellings ("2021" and "02021"), and populations must be
    /// whole numbers that fit an `Int`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(ID.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        kind = try container.decode(AreaKind.self, forKey: .kind)
        gssCode = try container.decodeIfPresent(GSSCode.self, forKey: .gssCode)
        parent = try container.decodeIfPresent(ID.self, forKey: .parent)
        centroid = try container.decodeIfPresent(Coordinate.self, forKey: .centroid)
        var population: [Int: Int] = [:]
        for (key, count) in try container.decode([String: WholeNumber].self, forKey: .population).sorted(by: {
            $0.key < $1.key
        }) {
            guard key.utf8.count == 4, key.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
                let year = Int(key)
            else {
                try decoder.report(
                    .malformed(key, expected: "a calendar year of four digits, such as 2021"),
                    at: FieldPath.root.appending("population").appending(key))
                continue
            }
            if let count = count.value { population[year] = count }
        }
        self.population = population
    }
}

/// The kinds of area a ``Community`` can be.
public enum AreaKind: String, Hashable, Sendable, CaseIterable, Codable {
    /// Lower layer super output area (about 1,500 residents; 33,755 in England, 2021).
    case lsoa
    /// Middle layer super output area (about 7,500 residents).
    case msoa
    /// Electoral ward or division.
    case ward
    /// A local authority district, unitary authority, metropolitan or London borough, or county.
    case localAuthority
    /// An NHS integrated care board area.
    case integratedCareBoard
    /// A local resilience forum area (usually a police force area).
    case localResilienceForum
    /// A neighbourhood a council or partnership defines itself.
    case neighbourhood

    /// Decodes a value from its JSON form, reporting a value that breaks the type's rules at its coding path.
    public init(from decoder: any Decoder) throws {
        self = try decoder.decodeName(AreaKind.self, placeholder: .neighbourhood)
    }
}

/// A point on the Earth in WGS 84 degrees.
public struct Coordinate: Hashable, Sendable {
    /// Latitude in degrees, −90…90.
    public let latitude: Double
    /// Longitude in degrees, −180…180.
    public let longitude: Double

    /// Creates a coordinate.
    ///
    /// - Throws: ``ValidationIssue`` naming `latitude` or `longitude` when out of range or not finite.
    public init(latitude: Double, longitude: Double) throws(ValidationIssue) {
        guard latitude.isFinite else { throw ValidationIssue(.notFinite("\(latitude)"), at: "latitude") }
        guard longitude.isFinite else { throw ValidationIssue(.notFinite("\(longitude)"), at: "longitude") }
        guard (-90...90).contains(latitude) else {
            throw ValidationIssue(.outOfRange("\(latitude)", allowed: "−90…90"), at: "latitude")
        }
        guard (-180...180).contains(longitude) else {
            throw ValidationIssue(.outOfRange("\(longitude)", allowed: "−180…180"), at: "longitude")
        }
        self.latitude = latitude
        self.longitude = longitude
    }
}

extension Coordinate: Codable {
    private enum CodingKeys: String, CodingKey { case latitude, longitude }

    /// Decodes a value from its JSON form, reporting a value that breaks the type's rules at its coding path.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let latitude = try container.decode(Double.self, forKey: .latitude)
        let longitude = try container.decode(Double.self, forKey: .longitude)
        do {
            try self.init(latitude: latitude, longitude: longitude)
        } catch {
            self = try decoder.recover(from: error, placeholder: Coordinate(unchecked: 0, 0))
        }
    }

    private init(unchecked latitude: Double, _ longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }

    /// Encodes the value in the JSON form that `init(from:)` reads.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(latitude, forKey: .latitude)
        try container.encode(longitude, forKey: .longitude)
    }
}
