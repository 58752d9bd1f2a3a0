import Testing

@testable import CommunityResilience

/// Baseline: ``IndexFixture`` (min–max, equal weights by domain, arithmetic): ranks A 4, B 2, C 1,
/// D 2; deciles A 1, B 3, C 8, D 3.
/// Alternative "trust only" (custom weights 0, 0, 1): scores are the trust values ½, 0, 1, 0, so
/// ranks C 1, A 2, B 3, D 3; from the lowest B 1, D 1, A 3, C 4 → deciles B 1, D 1, A 6, C 8.
/// Rank shifts |4−2|, |2−3|, 0, |2−3| = 2, 1, 0, 1: mean 1.0 (the Handbook's R̄ₛ), largest 2.
/// Deciles change for A (1 → 6), B (3 → 1) and D (3 → 1).
@Suite("Composite index: sensitivity of ranks to the construction choices")
struct RankSensitivityTests {
    @Test("one alternative weighting, by hand")
    func trustOnly() throws {
        let index = try IndexFixture.evaluate()
        let sensitivity = try index.sensitivity(to: [
            IndexAlternative("trust only", weighting: .custom(["venues": 0, "isolation": 0, "trust": 1]))
        ])
        let outcome = try #require(sensitivity.outcomes.first)
        #expect(outcome.index.scores.map(\.rank) == [2, 3, 1, 3])
        #expect(outcome.communitiesChangingGroup == ["A", "B", "D"])
        #expect(outcome.meanAbsoluteRankShift == 1.0)
        #expect(outcome.largestRankShift == 2)
        #expect(sensitivity.communitiesChangingGroupInAnyAlternative == ["A", "B", "D"])
        #expect(sensitivity.rankRanges == ["A": 2...4, "B": 2...3, "C": 1...1, "D": 2...3])
        #expect(sensitivity.groups == 10)
    }

    @Test("equal weights leave this index's ranks and deciles unchanged")
    func equalWeights() throws {
        // Equal weights: A ⅙, B ½, C ⅚, D ½ — same order, same ties.
        let sensitivity = try IndexFixture.evaluate().sensitivity(to: [IndexAlternative(weighting: .equal)], groups: 5)
        let outcome = try #require(sensitivity.outcomes.first)
        #expect(outcome.alternative.label == "equal weights")
        #expect(outcome.communitiesChangingGroup.isEmpty)
        #expect(outcome.meanAbsoluteRankShift == 0)
    }

    @Test("the standard grid: 3 normalisations × 2 weightings × 2 aggregations, less the baseline")
    func standardGrid() throws {
        let alternatives = IndexAlternative.standard(for: IndexFixture.definition)
        #expect(alternatives.count == 11)
        #expect(!alternatives.contains { $0.applied(to: IndexFixture.definition) == IndexFixture.definition })
        // The first is the baseline with a geometric mean (its own normalisation and weights come first).
        #expect(
            alternatives.first?.label
                == "min–max, equal weights by domain, geometric mean (each indicator's minimum moved to 1.0)")
        var custom = IndexFixture.definition
        custom.weighting = .custom(["venues": 1, "isolation": 1, "trust": 1])
        #expect(IndexAlternative.standard(for: custom).count == 17)
        let sensitivity = try IndexFixture.evaluate().sensitivity()
        #expect(sensitivity.outcomes.count == 11)
        // C has the highest value of venues and trust and is never below second place.
        #expect((sensitivity.rankRanges["C"]?.upperBound ?? 99) <= 2)
    }

    @Test("an alternative that cannot be computed is reported under its position")
    func failingAlternative() throws {
        #expect(
            throws: ValidationError(
                ValidationIssue(
                    .inconsistent(
                        "the geometric mean needs positive values, but 'venues' for 'A' is 0.0 after normalisation and shift (no shift); use a shift such as minimumTo(1)"
                    ),
                    at: "alternatives[1].aggregation"))
        ) {
            try IndexFixture.evaluate().sensitivity(to: [
                IndexAlternative(weighting: .equal), IndexAlternative(aggregation: .geometric(.none)),
            ])
        }
    }
}
