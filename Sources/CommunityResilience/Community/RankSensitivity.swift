/// One alternative set of choices for a composite index: any of the normalisation, weighting or
/// aggregation replaced, the rest kept.
public struct IndexAlternative: Hashable, Sendable, Codable {
    /// A readable label, e.g. "z-score, equal weights, arithmetic mean".
    public var label: String
    /// The normalisation to use instead, or `nil` to keep the definition's.
    public var normalisation: Normalisation?
    /// The weighting to use instead, or `nil` to keep the definition's.
    public var weighting: IndexWeighting?
    /// The aggregation to use instead, or `nil` to keep the definition's.
    public var aggregation: IndexAggregation?

    /// Creates an alternative; the label defaults to a description of the choices.
    public init(
        _ label: String? = nil, normalisation: Normalisation? = nil, weighting: IndexWeighting? = nil,
        aggregation: IndexAggregation? = nil
    ) {
        self.normalisation = normalisation
        self.weighting = weighting
        self.aggregation = aggregation
        self.label =
            label
            ?? [normalisation?.description, weighting?.description, aggregation?.description]
            .compactMap { $0 }.joined(separator: ", ")
    }

    /// `definition` with this alternative's choices.
    public func applied(to definition: CompositeIndexDefinition) -> CompositeIndexDefinition {
        var result = definition
        if let normalisation { result.normalisation = normalisation }
        if let weighting { result.weighting = weighting }
        if let aggregation { result.aggregation = aggregation }
        return result
    }

    /// Every combination of min–max, z-score and rank normalisation; the definition's own
    /// weighting, equal weights and equal weights by domain; and arithmetic and geometric
    /// (minimum moved to 1) aggregation — except the definition's own combination. Up to 17
    /// alternatives.
    ///
    /// This is the one-at-a-time-and-jointly grid the OECD/JRC Handbook (2008, Step 7) uses to
    /// show how far ranks depend on the constructor's choices.
    public static func standard(for definition: CompositeIndexDefinition) -> [IndexAlternative] {
        let normalisations: [Normalisation] = [.minMax, .zScore, .rank]
        var weightings: [IndexWeighting] = [definition.weighting]
        for candidate in [IndexWeighting.equal, .equalByDomain] where !weightings.contains(candidate) {
            weightings.append(candidate)
        }
        let aggregations: [IndexAggregation] = [.arithmetic, .geometric()]
        var result: [IndexAlternative] = []
        for normalisation in normalisations {
            for weighting in weightings {
                for aggregation in aggregations {
                    let candidate = IndexAlternative(
                        normalisation: normalisation, weighting: weighting, aggregation: aggregation)
                    if candidate.applied(to: definition) != definition { result.append(candidate) }
                }
            }
        }
        return result
    }
}

/// How much a composite index's ranks and groups move when its construction choices change.
///
/// OECD/JRC *Handbook on Constructing Composite Indicators* (2008), Step 7 (uncertainty and
/// sensitivity analysis): an index should not be trusted beyond what survives reasonable
/// alternative choices. For each alternative this reports the communities whose group (decile by
/// default) changes, and the Handbook's average shift in rank
/// R̄ₛ = (1 ÷ M) Σᶜ |rank_baseline(c) − rank_alternative(c)| over the M communities scored in
/// both; for each community, the range of ranks it takes across all the choices.
public struct RankSensitivity: Sendable {
    /// The number of groups compared (10 for deciles).
    public let groups: Int
    /// The index as defined.
    public let baseline: CompositeIndex
    /// One outcome per alternative, in the order given.
    public let outcomes: [Outcome]

    /// The result of one alternative.
    public struct Outcome: Sendable {
        /// The alternative.
        public let alternative: IndexAlternative
        /// The index computed with it.
        public let index: CompositeIndex
        /// Communities whose group differs from the baseline's, in baseline order.
        public let communitiesChangingGroup: [Community.ID]
        /// The Handbook's R̄ₛ: mean absolute change in rank.
        public let meanAbsoluteRankShift: Double
        /// The largest absolute change in rank.
        public let largestRankShift: Int
    }

    /// Communities whose group changes under at least one alternative, in baseline order.
    public var communitiesChangingGroupInAnyAlternative: [Community.ID] {
        let changing = Set(outcomes.flatMap(\.communitiesChangingGroup))
        return baseline.scores.map(\.community).filter(changing.contains)
    }

    /// The best and worst rank each baseline community takes across the baseline and every
    /// alternative.
    public var rankRanges: [Community.ID: ClosedRange<Int>] {
        var ranges: [Community.ID: ClosedRange<Int>] = [:]
        for score in baseline.scores { ranges[score.community] = score.rank...score.rank }
        for outcome in outcomes {
            for score in outcome.index.scores {
                guard let range = ranges[score.community] else { continue }
                ranges[score.community] = min(range.lowerBound, score.rank)...max(range.upperBound, score.rank)
            }
        }
        return ranges
    }
}

extension CompositeIndex {
    /// Recomputes the index under each alternative and compares ranks and groups with this one.
    ///
    /// - Parameters:
    ///   - alternatives: the choices to try; ``IndexAlternative/standard(for:)`` by default.
    ///   - groups: the groups compared, 1…100; 10 (deciles) by default.
    /// - Throws: ``ValidationError`` at `groups` when out of range, or the first alternative's
    ///   problems located under `alternatives[i]` (e.g. a geometric mean without a shift).
    public func sensitivity(to alternatives: [IndexAlternative]? = nil, groups: Int = 10) throws(ValidationError)
        -> RankSensitivity
    {
        let baselineGroups = try quantiles(groups)
        let baselineRanks = Dictionary(uniqueKeysWithValues: scores.map { ($0.community, $0.rank) })
        let order = Dictionary(uniqueKeysWithValues: scores.enumerated().map { ($1.community, $0) })
        var outcomes: [RankSensitivity.Outcome] = []
        for (index, alternative) in (alternatives ?? IndexAlternative.standard(for: definition)).enumerated() {
            let path = FieldPath.root.appending("alternatives", index: index)
            let computed: CompositeIndex
            do {
                computed = try IndexCalculator(
                    definition: alternative.applied(to: definition), inputs: inputs, methodPath: path
                ).run()
            } catch {
                throw ValidationError(
                    issues: error.issues.map { issue in
                        issue.path.description.hasPrefix(path.description) ? issue : issue.located(under: path)
                    })
            }
            let alternativeGroups = try computed.quantiles(groups)
            var shifts: [Int] = []
            var changing: [Community.ID] = []
            for score in computed.scores {
                guard let rank = baselineRanks[score.community] else { continue }
                shifts.append(abs(rank - score.rank))
                if baselineGroups[score.community] != alternativeGroups[score.community] {
                    changing.append(score.community)
                }
            }
            changing.sort { (order[$0] ?? 0) < (order[$1] ?? 0) }
            outcomes.append(
                RankSensitivity.Outcome(
                    alternative: alternative, index: computed, communitiesChangingGroup: changing,
                    meanAbsoluteRankShift: shifts.isEmpty ? 0 : Double(shifts.reduce(0, +)) / Double(shifts.count),
                    largestRankShift: shifts.max() ?? 0))
        }
        return RankSensitivity(groups: groups, baseline: self, outcomes: outcomes)
    }
}
