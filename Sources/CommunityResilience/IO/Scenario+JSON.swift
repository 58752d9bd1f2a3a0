import Foundation

extension Scenario: Codable {
    private enum CodingKeys: String, CodingKey {
        case schemaVersion, name, summary, agencies, communities, assets, indicators, services
        case unitCosts, interventions, evidence, assumptions
    }

    /// Decodes a scenario. Prefer ``init(json:)``, which also checks the schema version, collects
    /// every problem and validates the result.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        // The version is checked first, in the same pass, so a document from another version
        // reports only that.
        guard let version = try container.decodeWholeNumberIfPresent(forKey: .schemaVersion) else {
            throw ValidationIssue(.missing, at: "schemaVersion")
        }
        guard Scenario.supportedSchemaVersions.contains(version) else {
            throw ValidationIssue(
                .unsupportedSchemaVersion(version, supported: Scenario.supportedSchemaVersions), at: "schemaVersion")
        }
        name = try container.decode(String.self, forKey: .name)
        summary = try container.decodeIfPresent(String.self, forKey: .summary) ?? ""
        agencies = try container.decodeIfPresent([Agency].self, forKey: .agencies) ?? []
        communities = try container.decodeIfPresent([Community].self, forKey: .communities) ?? []
        assets = try container.decodeIfPresent([CommunityAsset].self, forKey: .assets) ?? []
        indicators = try container.decodeIfPresent([CommunityIndicator].self, forKey: .indicators) ?? []
        services = try container.decodeIfPresent([Service].self, forKey: .services) ?? []
        unitCosts = try container.decodeIfPresent([UnitCost].self, forKey: .unitCosts) ?? []
        interventions = try container.decodeIfPresent([Intervention].self, forKey: .interventions) ?? []
        evidence = try container.decodeIfPresent([OutcomeEvidence].self, forKey: .evidence) ?? []
        assumptions = try container.decodeIfPresent([Assumption].self, forKey: .assumptions) ?? []
    }

    /// Encodes the scenario with its ``schemaVersion``.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Scenario.schemaVersion, forKey: .schemaVersion)
        try container.encode(name, forKey: .name)
        try container.encode(summary, forKey: .summary)
        try container.encode(agencies, forKey: .agencies)
        try container.encode(communities, forKey: .communities)
        try container.encode(assets, forKey: .assets)
        try container.encode(indicators, forKey: .indicators)
        try container.encode(services, forKey: .services)
        try container.encode(unitCosts, forKey: .unitCosts)
        try container.encode(interventions, forKey: .interventions)
        try container.encode(evidence, forKey: .evidence)
        try container.encode(assumptions, forKey: .assumptions)
    }

    /// Reads a scenario from JSON: checks the text, the schema version, decodes, and validates.
    ///
    /// Problems are collected rather than stopping at the first: a malformed currency code, a
    /// grade of 7 and a dangling service reference in the same file are all reported.
    /// Structural problems that make the rest unreadable (invalid JSON, a missing required field,
    /// a string where a number belongs) end decoding and are reported with what was found so far.
    ///
    /// The text is checked strictly against RFC 8259 first (see `JSONSyntaxCheck`): a syntax
    /// error is reported with its line, column and path; text that is not UTF-8 (UTF-16, Latin-1),
    /// nesting deeper than 64 levels, a member name used twice in one object, and numbers a
    /// `Double` cannot hold (`1e400`, `1e-400`) are refused. Whole-number fields (participants,
    /// populations, grades) must hold whole numbers that fit an `Int`.
    ///
    /// - Parameter json: UTF-8 JSON (a leading byte-order mark is accepted).
    /// - Throws: ``ValidationError`` listing every problem with its path.
    public init(json: Data) throws(ValidationError) {
        let data = try JSONInput.checked(json)
        let (decoded, decodingIssues) = try JSONInput.decode(Scenario.self, from: data)
        let issues =
            decodingIssues
            + JSONInput.excludingStandIns(decoded.validationIssues(), decodingIssues: decodingIssues)
        guard issues.isEmpty else { throw ValidationError(issues: issues) }
        self = decoded
        // Valid until changed: `appraise(with:)` need not validate it again.
        validation.isValid = true
    }

    /// The scenario as JSON: pretty-printed with sorted keys, so that the same scenario always
    /// gives the same bytes (diff-friendly, and safe to pin in tests).
    ///
    /// - Throws: ``ValidationError`` only if Foundation's encoder fails, which the model's types
    ///   do not cause.
    public func jsonData() throws(ValidationError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return try encoder.encode(self)
        } catch {
            throw ValidationError(ValidationIssue(.unreadable("cannot encode: \(error)")))
        }
    }
}

extension ValidationIssue {
    /// Translates a Foundation decoding error into an issue with the path it names.
    init(decodingError error: any Error) {
        switch error {
        case let issue as ValidationIssue:
            self = issue
        case DecodingError.keyNotFound(let key, let context):
            self.init(.missing, at: FieldPath(codingPath: context.codingPath + [key]))
        case DecodingError.valueNotFound(let type, let context):
            self.init(
                .wrongType(expected: ValidationIssue.name(of: type) + ", not null"),
                at: FieldPath(codingPath: context.codingPath))
        case DecodingError.typeMismatch(let type, let context):
            self.init(
                .wrongType(expected: ValidationIssue.name(of: type)), at: FieldPath(codingPath: context.codingPath))
        case DecodingError.dataCorrupted(let context):
            if let issue = context.underlyingError as? ValidationIssue {
                self = issue
            } else {
                let detail = context.underlyingError.map { "\($0)" } ?? context.debugDescription
                self.init(
                    .unreadable(context.codingPath.isEmpty ? detail : context.debugDescription),
                    at: FieldPath(codingPath: context.codingPath))
            }
        default:
            self.init(.unreadable("\(error)"))
        }
    }

    private static func name(of type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Double.Type, is Decimal.Type: return "a number"
        case is Int.Type: return "a whole number"
        case is Bool.Type: return "true or false"
        default:
            let text = String(describing: type)
            if text.hasPrefix("Array") { return "a list" }
            if text.hasPrefix("Dictionary") || text.hasPrefix("KeyedDecodingContainer") { return "an object" }
            return text
        }
    }
}
