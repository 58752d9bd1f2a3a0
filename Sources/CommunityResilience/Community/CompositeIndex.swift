/// A composite index computed for a set of communities: scores, domain sub-indices, ranks and
/// deciles, with every missing value and every left-out community reported.
///
/// Produced by ``CompositeIndexDefinition/evaluate(_:for:)`` or
/// ``CompositeIndexDefinition/evaluate(in:areas:)``.
///
/// **Ranks.** Rank 1 is the highest score (most capacity and trust). Ties share the best rank of
/// their group and the next rank skips ("competition" ranking, 1-2-2-4; `scipy.stats.rankdata`
/// method "min" on the negated scores). Scores within 10⁻¹² × max(1, |score|) of the first score
/// of a run count as tied, so that rounding in a different order of addition cannot split
/// communities with the same values.
///
/// **Quantiles.** Group 1 is the *least* resilient, as decile 1 of the English Indices of
/// Deprivation is the most deprived: with r the community's competition rank counted from the
/// lowest score (ties share the lowest), and n communities scored, the group of k is
/// ⌊(r − 1) · k ÷ n⌋ + 1. Tied communities always share a group.
public struct CompositeIndex: Sendable {
    /// The definition the index was computed with.
    public let definition: CompositeIndexDefinition
    /// The scored communities, in the order given.
    public let scores: [IndexScore]
    /// Communities left out, with the indicators they lack.
    public let excluded: [ExcludedCommunity]
    /// Every missing value among the communities given (scored or not), community by community.
    public let missingValues: [MissingIndicatorValue]
    /// Each indicator's weight, summing to 1 over the indicators.
    public let weights: [String: Double]
    /// The values that entered the aggregation, by indicator and community: reversed when higher
    /// is worse, normalised, and — for a geometric mean — shifted.
    public let normalisedValues: [String: [Community.ID: Double]]
    let inputs: IndexInputs
    /// Each scored community's position in ``scores``.
    let positions: [Community.ID: Int]

    init(
        definition: CompositeIndexDefinition, scores: [IndexScore], excluded: [ExcludedCommunity],
        missingValues: [MissingIndicatorValue], weights: [String: Double],
        normalisedValues: [String: [Community.ID: Double]],
        inputs: IndexInputs
    ) {
        self.definition = definition
        self.scores = scores
        self.excluded = excluded
        self.missingValues = missingValues
        self.weights = weights
        self.normalisedValues = normalisedValues
        self.inputs = inputs
        self.positions = Dictionary(
            scores.enumerated().map { ($1.community, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The score of `community`, or `nil` when it was not scored.
    /// - Complexity: O(1).
    public func score(of community: Community.ID) -> IndexScore? {
        positions[community].map { scores[$0] }
    }

    /// The rank of `community` (1 = highest score), or `nil` when it was not scored.
    public func rank(of community: Community.ID) -> Int? {
        score(of: community)?.rank
    }

    /// Each scored community's group when the scores are split into `groups` equal-sized groups,
    /// group 1 the least resilient (see the type's discussion for the rule).
    ///
    /// - Parameter groups: 1…100, e.g. 5 for quintiles, 10 for deciles.
    /// - Throws: ``ValidationError`` at `groups` when out of range.
    public func quantiles(_ groups: Int) throws(ValidationError) -> [Community.ID: Int] {
        guard (1...100).contains(groups) else {
            throw ValidationError(ValidationIssue(.outOfRange("\(groups)", allowed: "1…100 groups"), at: "groups"))
        }
        return CompositeIndex.quantiles(of: scores.map { ($0.community, $0.value) }, groups: groups)
    }

    /// Each scored community's decile, 1 = least resilient tenth.
    public var deciles: [Community.ID: Int] {
        Dictionary(uniqueKeysWithValues: scores.map { ($0.community, $0.decile) })
    }

    /// The scored communities from rank 1 down (ties in input order).
    public var ranking: [IndexScore] {
        scores.enumerated().sorted { ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset) }.map(\.element)
    }

    // MARK: Rank rules

    /// Whether two scores count as tied (see the type's discussion).
    static func isTie(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= 1e-12 * max(1, abs(a), abs(b))
    }

    /// Competition ranks, 1 for the highest score when `descending`, else for the lowest.
    static func competitionRanks(_ scores: [Double], descending: Bool) -> [Int] {
        let order = scores.indices.sorted { a, b in
            if scores[a] != scores[b] { return descending ? scores[a] > scores[b] : scores[a] < scores[b] }
            return a < b
        }
        var ranks = [Int](repeating: 0, count: scores.count)
        var groupStart = 0
        for (position, index) in order.enumerated() {
            if position > 0, !isTie(scores[order[groupStart]], scores[index]) { groupStart = position }
            ranks[index] = groupStart + 1
        }
        return ranks
    }

    static func quantiles(of scored: [(Community.ID, Double)], groups: Int) -> [Community.ID: Int] {
        let fromLowest = competitionRanks(scored.map(\.1), descending: false)
        let n = scored.count
        var result: [Community.ID: Int] = [:]
        for (index, entry) in scored.enumerated() {
            // (r − 1) · k ≤ n · 100: no overflow for any array that fits in memory.
            result[entry.0] = (fromLowest[index] - 1) * groups / n + 1
        }
        return result
    }
}

/// One community's place in a ``CompositeIndex``.
public struct IndexScore: Hashable, Sendable {
    /// The community.
    public let community: Community.ID
    /// The composite score.
    public let value: Double
    /// The sub-index of each domain with at least one value.
    public let domainValues: [IndexDomain: Double]
    /// Rank among the scored communities, 1 = highest score (competition ranking).
    public let rank: Int
    /// Decile, 1 = least resilient tenth.
    public let decile: Int
    /// Indicators the score was computed without (re-weighted over the others).
    public let missingIndicators: [String]
}

/// A community the index could not score, and why.
public struct ExcludedCommunity: Hashable, Sendable {
    /// The community.
    public let community: Community.ID
    /// The indicators it lacks.
    public let missingIndicators: [String]
    /// Why it was left out.
    public let reason: String
}

/// One missing indicator value.
public struct MissingIndicatorValue: Hashable, Sendable {
    /// The community lacking the value.
    public let community: Community.ID
    /// The indicator.
    public let indicator: String
}
