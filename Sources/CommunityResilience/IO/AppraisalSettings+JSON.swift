import Foundation

extension AppraisalSettings {
    private enum CodingKeys: String, CodingKey {
        case currency, priceBase, deflators, firstYear, horizonYears, discounting, socialDiscounting, timing,
            optimismBias
    }

    /// Decodes settings; `horizonYears` must be a whole number that fits an `Int`. Prefer
    /// ``init(json:)``, which also checks the text and the settings and reports every problem.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        currency = try container.decode(Currency.self, forKey: .currency)
        priceBase = try container.decode(PriceBase.self, forKey: .priceBase)
        deflators = try container.decode(DeflatorSeries.self, forKey: .deflators)
        firstYear = try container.decodeIfPresent(FinancialYear.self, forKey: .firstYear)
        horizonYears = try container.decodeWholeNumber(forKey: .horizonYears)
        discounting = try container.decode(DiscountSchedule.self, forKey: .discounting)
        socialDiscounting = try container.decodeIfPresent(DiscountSchedule.self, forKey: .socialDiscounting)
        timing = try container.decode(DiscountTiming.self, forKey: .timing)
        optimismBias = try container.decode(OptimismBiasTable.self, forKey: .optimismBias)
    }

    /// Encodes the settings with the keys ``init(from:)`` reads.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(currency, forKey: .currency)
        try container.encode(priceBase, forKey: .priceBase)
        try container.encode(deflators, forKey: .deflators)
        try container.encodeIfPresent(firstYear, forKey: .firstYear)
        try container.encode(horizonYears, forKey: .horizonYears)
        try container.encode(discounting, forKey: .discounting)
        try container.encodeIfPresent(socialDiscounting, forKey: .socialDiscounting)
        try container.encode(timing, forKey: .timing)
        try container.encode(optimismBias, forKey: .optimismBias)
    }

    /// Reads settings from JSON — the form `resilience example --settings` prints — and checks
    /// them, reporting every problem with its path.
    ///
    /// The text is checked as for ``Scenario/init(json:)`` (strict RFC 8259, UTF-8, no member
    /// named twice, numbers a `Double` holds, nesting within 64 levels). Then every value: an ISO
    /// 4217 currency, price bases, deflator indices that are finite and positive with no year
    /// named twice, discount bands from year 0 in increasing order with rates above −100%,
    /// optimism bias for grades 1–5, a horizon of 1…1000 years, and a price base the deflator
    /// series holds.
    ///
    /// - Parameter json: UTF-8 JSON (a leading byte-order mark is accepted).
    /// - Throws: ``ValidationError`` listing every problem with its path (`deflators.indices.2023-24`,
    ///   `discounting.bands[1].firstYear`, `horizonYears` …).
    public init(json: Data) throws(ValidationError) {
        let data = try JSONInput.checked(json)
        let (decoded, decodingIssues) = try JSONInput.decode(AppraisalSettings.self, from: data)
        // issues() locates its problems under "settings" for an appraisal's error; here the
        // settings are the document.
        let rules = decoded.issues().map { issue in
            ValidationIssue(
                issue.problem, at: FieldPath(components: Array(issue.path.components.drop { $0 == .key("settings") })))
        }
        // A price base missing from a deflator series that could not be read is no news.
        let deflatorsUnread = decodingIssues.contains { $0.path.components.first == .key("deflators") }
        let checked = JSONInput.excludingStandIns(rules, decodingIssues: decodingIssues).filter { issue in
            !(deflatorsUnread && issue.path == "priceBase")
        }
        let issues = decodingIssues + checked
        guard issues.isEmpty else { throw ValidationError(issues: issues) }
        self = decoded
    }

    /// The settings as JSON: pretty-printed with sorted keys, so the same settings always give
    /// the same bytes; ``init(json:)`` reads them back to equal settings.
    ///
    /// - Throws: ``ValidationError`` only if Foundation's encoder fails, which these types do not cause.
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
