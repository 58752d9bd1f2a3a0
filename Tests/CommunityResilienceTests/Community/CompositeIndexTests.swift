import Foundation
import Testing

@testable import CommunityResilience

/// Four communities, three indicators in two domains, derived by hand (and checked in Python with
/// numpy: `w @ N` for the arithmetic mean, `exp(w @ log(N − min + 1))` for the geometric mean):
///
/// ```text
///              venues (capacity)   isolation % (trust, worse)   trust % (trust)
///   A               2                    30                         50
///   B               4                    10                         40
///   C               6                    20                         60
///   D               4                    10                         40
/// min–max:   A 0  B ½  C 1  D ½      A 0  B 1  C ½  D 1           A ½  B 0  C 1  D 0
/// ```
///
/// Equal weights by domain: venues ½, isolation ¼, trust ¼.
/// Arithmetic: A = ¼·½ = 0.125; B = ½·½ + ¼·1 = 0.5; C = ½ + ¼·½ + ¼ = 0.875; D = B = 0.5.
/// Ranks (competition, ties share the best): C 1, B 2, D 2, A 4.
/// Deciles, group 1 least resilient: rank from the lowest r = A 1, B 2, D 2, C 4, n = 4:
/// ⌊(r − 1)·10/4⌋ + 1 → A 1, B 3, D 3, C 8. Quintiles: A 1, B 2, D 2, C 4.
enum IndexFixture {
    static let definition = CompositeIndexDefinition(
        name: "Test index",
        indicators: [
            IndexIndicator("venues", domain: .capacity),
            IndexIndicator("isolation", domain: .trust, direction: .higherIsWorse),
            IndexIndicator("trust", domain: .trust),
        ])

    static let communities: [Community.ID] = ["A", "B", "C", "D"]

    static func values(dropping dropped: (Community.ID, String)? = nil) -> [CommunityIndicator] {
        let rows: [(Community.ID, Double, Double, Double)] = [
            ("A", 2, 30, 50), ("B", 4, 10, 40), ("C", 6, 20, 60), ("D", 4, 10, 40),
        ]
        let period = CommunityFixture.year
        return rows.flatMap { row in
            [("venues", row.1), ("isolation", row.2), ("trust", row.3)].compactMap {
                name, value -> CommunityIndicator? in
                if let dropped, dropped.0 == row.0, dropped.1 == name { return nil }
                return CommunityIndicator(
                    community: row.0, name: name, value: value, unit: .count, period: period, source: "test")
            }
        }
    }

    static func evaluate(
        _ change: (inout CompositeIndexDefinition) -> Void = { _ in }, dropping: (Community.ID, String)? = nil
    )
        throws -> CompositeIndex
    {
        var definition = definition
        change(&definition)
        return try definition.evaluate(values(dropping: dropping), for: communities)
    }
}

@Suite("Composite index: normalisation, weights, aggregation, ranks")
struct CompositeIndexTests {
    func expectScores(
        _ index: CompositeIndex, _ expected: [Double], tolerance: Double = 1e-12,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(index.scores.count == expected.count, sourceLocation: sourceLocation)
        for (score, value) in zip(index.scores, expected) {
            #expect(
                isApproximatelyEqual(score.value, value, relativeTolerance: tolerance), "\(score.community)",
                sourceLocation: sourceLocation)
        }
    }

    @Test("arithmetic mean of min–max values, with a tie in ranks")
    func arithmetic() throws {
        let index = try IndexFixture.evaluate()
        expectScores(index, [0.125, 0.5, 0.875, 0.5])
        #expect(index.scores.map(\.rank) == [4, 2, 1, 2])
        #expect(index.ranking.map(\.community) == ["C", "B", "D", "A"])
        #expect(index.scores.map(\.decile) == [1, 3, 8, 3])
        #expect(try index.quantiles(5) == ["A": 1, "B": 2, "C": 4, "D": 2])
        #expect(index.weights == ["venues": 0.5, "isolation": 0.25, "trust": 0.25])
        // Sub-indices: capacity = venues; trust = (isolation + trust) ÷ 2.
        #expect(index.scores.map { $0.domainValues[.capacity] } == [0, 0.5, 1, 0.5])
        #expect(index.scores.map { $0.domainValues[.trust] } == [0.25, 0.5, 0.75, 0.5])
        // Higher isolation is worse: A (30%) normalises to 0, B and D (10%) to 1.
        #expect(index.normalisedValues["isolation"] == ["A": 0, "B": 1, "C": 0.5, "D": 1])
        #expect(index.missingValues.isEmpty && index.excluded.isEmpty)
    }

    /// Geometric mean with each indicator's minimum moved to 1 (min–max values + 1):
    /// A = 1^½ · 1^¼ · 1.5^¼ = 1.5^¼ = 1.1066819197…;
    /// B = D = 1.5^½ · 2^¼ · 1^¼ = 1.4564753151…;
    /// C = 2^½ · 1.5^¼ · 2^¼ = 2^¾ · 1.5^¼ = 1.8612097182…
    /// Trust sub-index (isolation and trust, ½ each): A = √1.5, B = D = √2, C = √3.
    @Test("geometric mean with the documented shift")
    func geometric() throws {
        let index = try IndexFixture.evaluate { $0.aggregation = .geometric() }
        let a = pow(1.5, 0.25)
        let b = pow(1.5, 0.5) * pow(2, 0.25)
        let c = pow(2, 0.75) * pow(1.5, 0.25)
        expectScores(index, [a, b, c, b])
        // The same values from numpy: exp(w @ log(N − N.min(axis=1) + 1)).
        expectScores(index, [1.10668192, 1.45647532, 1.86120972, 1.45647532], tolerance: 1e-8)
        #expect(index.scores.map(\.rank) == [4, 2, 1, 2])
        let trust = index.scores.compactMap { $0.domainValues[.trust] }
        for (value, expected) in zip(trust, [sqrt(1.5), sqrt(2), sqrt(3), sqrt(2)]) {
            #expect(isApproximatelyEqual(value, expected, relativeTolerance: 1e-12))
        }
        #expect(index.normalisedValues["venues"] == ["A": 1, "B": 1.5, "C": 2, "D": 1.5])
    }

    /// C lacks "trust". Re-weighting: trust is normalised over A, B, D (50, 40, 40 → 1, 0, 0);
    /// C = (½·1 + ¼·½) ÷ ¾ = 0.8333…; A = ¼·1 = 0.25; B = D = ½·½ + ¼·1 = 0.5.
    @Test("a missing value: re-weighted over the indicators present, and reported")
    func reweighted() throws {
        let index = try IndexFixture.evaluate(dropping: ("C", "trust"))
        expectScores(index, [0.25, 0.5, 0.625 / 0.75, 0.5])
        #expect(index.scores.map(\.rank) == [4, 2, 1, 2])
        #expect(index.missingValues == [MissingIndicatorValue(community: "C", indicator: "trust")])
        #expect(index.score(of: "C")?.missingIndicators == ["trust"])
        #expect(index.score(of: "C")?.domainValues[.trust] == 0.5)  // isolation alone
        #expect(index.normalisedValues["trust"] == ["A": 1, "B": 0, "D": 0])
    }

    /// Case deletion: C is left out and the others are normalised among themselves:
    /// venues 2, 4, 4 → 0, 1, 1; isolation 30, 10, 10 → 0, 1, 1; trust 50, 40, 40 → 1, 0, 0.
    /// A = ¼·1 = 0.25; B = D = ½ + ¼ = 0.75. Ranks B 1, D 1, A 3.
    @Test("a missing value: the community excluded, and reported")
    func excluded() throws {
        let index = try IndexFixture.evaluate({ $0.missingValues = .excludeCommunity }, dropping: ("C", "trust"))
        #expect(index.scores.map(\.community) == ["A", "B", "D"])
        expectScores(index, [0.25, 0.75, 0.75])
        #expect(index.scores.map(\.rank) == [3, 1, 1])
        #expect(
            index.excluded == [
                ExcludedCommunity(
                    community: "C", missingIndicators: ["trust"], reason: "missing values (case deletion)")
            ])
        #expect(index.rank(of: "C") == nil)
    }

    @Test("a missing value: fail names it")
    func failOnMissing() {
        #expect(
            throws: ValidationError(
                ValidationIssue(.missing, at: FieldPath(components: [.key("values"), .key("C"), .key("trust")])))
        ) {
            try IndexFixture.evaluate({ $0.missingValues = .fail }, dropping: ("C", "trust"))
        }
    }

    /// venues 2, 4, 6, 4: mean 4, population σ = √((4 + 0 + 4 + 0) ÷ 4) = √2, so z = −√2, 0, √2, 0
    /// (`scipy.stats.zscore`, ddof = 0). Ranks: 1, 2.5, 4, 2.5 (`scipy.stats.rankdata`).
    @Test("z-scores use the population standard deviation; ranks average ties")
    func otherNormalisations() throws {
        let z = try IndexFixture.evaluate { $0.normalisation = .zScore }
        let root2 = 2.0.squareRoot()
        for (community, expected) in [("A", -root2), ("B", 0), ("C", root2), ("D", 0)] as [(Community.ID, Double)] {
            #expect(
                isApproximatelyEqual(
                    z.normalisedValues["venues"]?[community] ?? .nan, expected, relativeTolerance: 1e-12))
        }
        let rank = try IndexFixture.evaluate { $0.normalisation = .rank }
        #expect(rank.normalisedValues["venues"] == ["A": 1, "B": 2.5, "C": 4, "D": 2.5])
        #expect(rank.normalisedValues["isolation"] == ["A": 1, "B": 3.5, "C": 2, "D": 3.5])
        let scaled = try IndexFixture.evaluate {
            $0.normalisation = .minMaxOnto(lower: 1, upper: 100)
            $0.aggregation = .geometric(.none)
        }
        #expect(scaled.normalisedValues["venues"] == ["A": 1, "B": 50.5, "C": 100, "D": 50.5])
    }

    /// Custom weights 1 : 1 : 2 → ¼, ¼, ½: A = ½·½ = 0.25; B = ¼·½ + ¼ = 0.375; C = ¼ + ⅛ + ½ = 0.875;
    /// D = 0.375. Domain weights capacity 3, trust 1 → ¾ and ⅛, ⅛: A = 1/16; B = D = 3/8 + 1/8 = ½;
    /// C = ¾ + 1/16 + ⅛ = 0.9375.
    @Test("custom and domain weights")
    func weights() throws {
        expectScores(
            try IndexFixture.evaluate { $0.weighting = .custom(["venues": 1, "isolation": 1, "trust": 2]) },
            [0.25, 0.375, 0.875, 0.375])
        expectScores(
            try IndexFixture.evaluate { $0.weighting = .byDomain([.capacity: 3, .trust: 1]) },
            [0.0625, 0.5, 0.9375, 0.5])
        expectScores(try IndexFixture.evaluate { $0.weighting = .equal }, [0.5 / 3, 0.5, 2.5 / 3, 0.5])
    }

    @Test("scores equal up to rounding are ties")
    func tolerantTies() {
        // (0.1 + 0.2) + 0.3 = 0.6000000000000001 and (0.3 + 0.2) + 0.1 = 0.6 in binary.
        #expect(
            CompositeIndex.competitionRanks([(0.1 + 0.2) + 0.3, (0.3 + 0.2) + 0.1, 0.5, 0.9], descending: true) == [
                2, 2, 4, 1,
            ])
        #expect(CompositeIndex.competitionRanks([3, 1, 2, 1], descending: false) == [4, 1, 3, 1])
    }

    @Test("quantiles need 1…100 groups")
    func badGroups() throws {
        let index = try IndexFixture.evaluate()
        #expect(throws: ValidationError(ValidationIssue(.outOfRange("0", allowed: "1…100 groups"), at: "groups"))) {
            try index.quantiles(0)
        }
        #expect(try index.quantiles(1).values.allSatisfy { $0 == 1 })
    }
}

@Suite("Composite index: bad input is a typed error with a path")
struct CompositeIndexErrorTests {
    @Test("an indicator with no variance cannot be normalised", arguments: [Normalisation.zScore, .minMax])
    func noVariance(_ normalisation: Normalisation) throws {
        var values = IndexFixture.values()
        for index in values.indices where values[index].name == "trust" { values[index].value = 62 }
        var definition = IndexFixture.definition
        definition.normalisation = normalisation
        let method = normalisation == .zScore ? "z-scores" : "min–max normalisation"
        #expect(
            throws: ValidationError(
                ValidationIssue(
                    .inconsistent(
                        "indicator 'trust' has no variance: every community scored has 62.0, so \(method) are undefined"
                    ),
                    at: "definition.indicators[2]"))
        ) {
            try definition.evaluate(values, for: IndexFixture.communities)
        }
    }

    @Test("NaN, unknown communities and second values are reported together")
    func badValues() throws {
        var values = IndexFixture.values()
        values[0].value = .nan
        values[1].community = "Z"
        values.append(values[5])
        #expect(
            throws: ValidationError(issues: [
                ValidationIssue(.notFinite("nan"), at: "values[0].value"),
                ValidationIssue(.danglingReference("Z", kind: "community in the index"), at: "values[1].community"),
                ValidationIssue(
                    .inconsistent("a second value of 'trust' for community 'B' (the first is at values[5])"),
                    at: "values[12]"),
            ])
        ) {
            try IndexFixture.definition.evaluate(values, for: IndexFixture.communities)
        }
    }

    @Test("a scenario's indicator naming an unknown community")
    func scenarioValues() throws {
        var scenario = try smallScenario()
        scenario.indicators[0].community = "nowhere"
        #expect(
            throws: ValidationError(
                ValidationIssue(.danglingReference("nowhere", kind: "community"), at: "indicators[0].community"))
        ) {
            try CompositeIndexDefinition.capacityAndTrust.evaluate(in: scenario)
        }
    }

    @Test("bad weights and definitions")
    func badDefinitions() throws {
        #expect(
            throws: ValidationError(issues: [
                ValidationIssue(.negative("-1.0"), at: "definition.weighting.venues"),
                ValidationIssue(.missing, at: "definition.weighting.trust"),
                ValidationIssue(
                    .danglingReference("venue", kind: "indicator in the index"), at: "definition.weighting.venue"),
            ])
        ) {
            try IndexFixture.evaluate { $0.weighting = .custom(["venues": -1, "isolation": 1, "venue": 1]) }
        }
        #expect(
            throws: ValidationError(
                ValidationIssue(
                    .inconsistent("the weights must have a positive, finite sum"), at: "definition.weighting"))
        ) {
            try IndexFixture.evaluate { $0.weighting = .byDomain([.capacity: 0, .trust: 0]) }
        }
        #expect(throws: ValidationError(ValidationIssue(.empty, at: "definition.indicators"))) {
            try IndexFixture.evaluate { $0.indicators = [] }
        }
        #expect(
            throws: ValidationError(
                ValidationIssue(.duplicateIdentifier("venues"), at: "definition.indicators[1].name"))
        ) {
            try IndexFixture.evaluate { $0.indicators[1].name = "venues" }
        }
        #expect(
            throws: ValidationError(
                ValidationIssue(
                    .outOfRange("[5.0, 1.0]", allowed: "a finite range with lower < upper"),
                    at: "definition.normalisation"))
        ) {
            try IndexFixture.evaluate { $0.normalisation = .minMaxOnto(lower: 5, upper: 1) }
        }
    }

    @Test("values too large to normalise are refused, not turned into NaN scores")
    func overflow() {
        var values = IndexFixture.values()
        values[0].value = -1e308
        values[3].value = 1e308
        #expect(
            throws: ValidationError(
                ValidationIssue(.notFinite("normalised values of 'venues'"), at: "definition.indicators[0]"))
        ) {
            try IndexFixture.definition.evaluate(values, for: IndexFixture.communities)
        }
    }

    @Test("definitions and assessments survive a JSON round trip")
    func codable() throws {
        var definition = CompositeIndexDefinition.capacityAndTrust
        definition.weighting = .byDomain([.capacity: 2, .trust: 1])
        definition.aggregation = .geometric(.adding(1))
        let decoded = try JSONDecoder().decode(
            CompositeIndexDefinition.self, from: try JSONEncoder().encode(definition))
        #expect(decoded == definition)
        let assessment = try SelfAssessmentTests.later()
        #expect(try JSONDecoder().decode(SelfAssessment.self, from: try JSONEncoder().encode(assessment)) == assessment)
        let record = SpendRecord.examples[0]
        #expect(try JSONDecoder().decode(SpendRecord.self, from: try JSONEncoder().encode(record)) == record)
    }

    @Test("a geometric mean of a zero is refused, naming the value")
    func geometricWithoutShift() {
        #expect(
            throws: ValidationError(
                ValidationIssue(
                    .inconsistent(
                        "the geometric mean needs positive values, but 'venues' for 'A' is 0.0 after normalisation and shift (no shift); use a shift such as minimumTo(1)"
                    ),
                    at: "definition.aggregation"))
        ) {
            try IndexFixture.evaluate { $0.aggregation = .geometric(.none) }
        }
    }
}
