/// The recipe for a composite index: its indicators, and the normalisation, weighting,
/// aggregation and missing-value choices — each explicit, so that the index can be reproduced
/// and its sensitivity to the choices tested (``CompositeIndex/sensitivity(to:groups:)``).
///
/// Follows the OECD/JRC *Handbook on Constructing Composite Indicators: Methodology and User
/// Guide* (Nardo, Saisana, Saltelli, Tarantola, Hoffmann and Giovannini, OECD 2008), Steps 3
/// (missing data), 5 (normalisation), 6 (weighting and aggregation) and 7 (uncertainty and
/// sensitivity). Community resilience indices built this way include BRIC (Cutter et al.,
/// min–max over capitals), the OCSI Community Needs Index and the Young Foundation's WARM.
///
/// ```swift
/// let definition = CompositeIndexDefinition.capacityAndTrust
/// let index = try definition.evaluate(in: scenario)          // the smallest areas
/// index.rank(of: "lsoa-a")                                     // 1 = most capacity and trust
/// index.score(of: "lsoa-a")?.decile                            // 1 = least resilient tenth
/// ```
public struct CompositeIndexDefinition: Hashable, Sendable, Codable {
    /// The index's name, e.g. "Capacity and trust index".
    public var name: String
    /// The indicators, each in one domain; names must be unique.
    public var indicators: [IndexIndicator]
    /// How values are put on a common scale.
    public var normalisation: Normalisation
    /// How much each indicator counts.
    public var weighting: IndexWeighting
    /// How normalised values are combined.
    public var aggregation: IndexAggregation
    /// What to do about missing values.
    public var missingValues: MissingValuePolicy

    /// Creates a definition.
    public init(
        name: String, indicators: [IndexIndicator], normalisation: Normalisation = .minMax,
        weighting: IndexWeighting = .equalByDomain, aggregation: IndexAggregation = .arithmetic,
        missingValues: MissingValuePolicy = .reweightAvailable
    ) {
        self.name = name
        self.indicators = indicators
        self.normalisation = normalisation
        self.weighting = weighting
        self.aggregation = aggregation
        self.missingValues = missingValues
    }

    /// The domains used, in order of first appearance.
    public var domains: [IndexDomain] {
        var seen: Set<IndexDomain> = []
        return indicators.map(\.domain).filter { seen.insert($0).inserted }
    }

    /// A capacity and trust index after Building Communities Trust's two ingredients (Johnes,
    /// *Resilient communities: treading on well-worn ground*, Building Communities Trust blog),
    /// with min–max normalisation, equal weights by domain, an arithmetic mean and re-weighting
    /// over available values.
    ///
    /// - capacity: "venues per 1,000 residents" (``IndicatorUnit/perThousandResidents``) and
    ///   "active groups per 1,000 residents";
    /// - trust: "volunteering rate" (% of adults volunteering formally at least once a month, as
    ///   the DCMS Community Life Survey asks), "trust in neighbours" (% who say many of the people
    ///   in their neighbourhood can be trusted) and "civic participation" (% taking part in civic
    ///   activity in the last year).
    ///
    /// Indicator values are matched by these names.
    public static let capacityAndTrust = CompositeIndexDefinition(
        name: "Capacity and trust index",
        indicators: [
            IndexIndicator("venues per 1,000 residents", domain: .capacity),
            IndexIndicator("active groups per 1,000 residents", domain: .capacity),
            IndexIndicator("volunteering rate", domain: .trust),
            IndexIndicator("trust in neighbours", domain: .trust),
            IndexIndicator("civic participation", domain: .trust),
        ])

    /// The index over `communities` from `values`.
    ///
    /// Values for indicators the definition does not list are ignored.
    ///
    /// - Parameters:
    ///   - values: indicator values; each must name one of `communities`, be finite, and be the
    ///     only value of its indicator for its community.
    ///   - communities: the communities to index, in the order results are reported.
    /// - Returns: scores, sub-indices, ranks and deciles, with every missing value reported.
    /// - Throws: ``ValidationError`` with every problem: a bad definition (`definition.…`: no
    ///   indicators, a repeated name, a weight that is missing, negative or not finite, an empty
    ///   or reversed min–max range, a non-positive shift); bad values (`values[j].community`
    ///   unknown, `values[j].value` not finite, `values[j]` a second value); an indicator with no
    ///   variance under min–max or z-score, or with no values (`definition.indicators[i]`); a
    ///   geometric mean of a value that is not positive; missing values under
    ///   ``MissingValuePolicy/fail`` (`values.<community>.<indicator>`); no community left to
    ///   score.
    public func evaluate(_ values: [CommunityIndicator], for communities: [Community.ID]) throws(ValidationError)
        -> CompositeIndex
    {
        let located = values.enumerated().map { ($1, FieldPath.root.appending("values", index: $0)) }
        let inputs = try IndexInputs(definition: self, values: located, communities: communities)
        return try IndexCalculator(definition: self, inputs: inputs).run()
    }

    /// The index over a scenario's communities of `kind` (the smallest areas when `nil`), from the
    /// scenario's ``Scenario/indicators``.
    ///
    /// Indicator values for communities of other kinds are ignored; values naming a community the
    /// scenario does not contain are errors (`indicators[j].community`).
    ///
    /// - Throws: ``ValidationError`` as ``evaluate(_:for:)``, with value paths `indicators[j]`.
    public func evaluate(in scenario: Scenario, areas kind: AreaKind? = nil) throws(ValidationError) -> CompositeIndex {
        let hierarchy = AreaHierarchy(scenario.communities)
        let communities =
            kind.map { kind in hierarchy.order.filter { hierarchy.byID[$0]?.kind == kind } } ?? hierarchy.leaves
        let included = Set(communities)
        var issues: [ValidationIssue] = []
        var located: [(CommunityIndicator, FieldPath)] = []
        for (index, value) in scenario.indicators.enumerated() {
            let path = FieldPath.root.appending("indicators", index: index)
            if !hierarchy.contains(value.community) {
                issues.append(
                    ValidationIssue(
                        .danglingReference(value.community.rawValue, kind: "community"), at: path.appending("community")
                    ))
            } else if included.contains(value.community) {
                located.append((value, path))
            }
        }
        guard issues.isEmpty else { throw ValidationError(issues: issues) }
        let inputs = try IndexInputs(definition: self, values: located, communities: communities)
        return try IndexCalculator(definition: self, inputs: inputs).run()
    }
}
