import Testing

@testable import ResilienceNumerics

/// Every bad input is a typed error naming the field (and index), never a trap or NaN.
@Suite("Poisson regression input errors")
struct PoissonRegressionInputTests {
    static var design: DesignMatrix {
        get throws {
            try DesignMatrix(columns: [("intercept", [1, 1, 1, 1, 1, 1]), ("post", [0, 0, 0, 1, 1, 1])])
        }
    }
    static let counts: [Double] = [4, 6, 5, 9, 8, 10]

    struct Case: Sendable, CustomTestStringConvertible {
        var label: String
        var counts: [Double] = PoissonRegressionInputTests.counts
        var offset: [Double]? = nil
        var weights: [Double]? = nil
        var expected: NumericsError
        var testDescription: String { label }
    }

    static let cases: [Case] = [
        Case(
            label: "negative count", counts: [4, 6, 5, -1, 8, 10],
            expected: .invalidParameter(name: "counts[3]", value: -1, requirement: "non-negative")),
        Case(label: "NaN count", counts: [4, 6, 5, 9, 8, .nan], expected: .nonFinite(field: "counts", index: 5)),
        Case(
            label: "infinite count", counts: [.infinity, 6, 5, 9, 8, 10],
            expected: .nonFinite(field: "counts", index: 0)),
        Case(
            label: "all-zero counts", counts: [0, 0, 0, 0, 0, 0],
            expected: .invalidParameter(
                name: "counts", value: 0,
                requirement: "not all zero (with no events the Poisson maximum-likelihood estimate does not exist)")),
        Case(
            label: "non-finite offset", offset: [1, 1, .nan, 1, 1, 1], expected: .nonFinite(field: "offset", index: 2)),
        Case(
            label: "short offset", offset: [1, 1],
            expected: .dimensionMismatch("offset has 2 values but the design has 6 rows")),
        Case(
            label: "zero prior weight", weights: [1, 0, 1, 1, 1, 1],
            expected: .invalidParameter(name: "priorWeights[1]", value: 0, requirement: "positive")),
        Case(
            label: "infinite prior weight", weights: [1, 1, 1, 1, 1, -.infinity],
            expected: .nonFinite(field: "priorWeights", index: 5)),
        Case(
            label: "short counts", counts: [1, 2, 3],
            expected: .dimensionMismatch("counts has 3 values but the design has 6 rows")),
    ]

    @Test("bad input is named", arguments: cases)
    func badInput(_ testCase: Case) {
        #expect(throws: testCase.expected) {
            try PoissonRegression(
                counts: testCase.counts, design: Self.design, offset: testCase.offset,
                priorWeights: testCase.weights)
        }
    }

    /// A term covering only zero counts has no finite MLE; like statsmodels, IRLS walks its
    /// coefficient down until the deviance change drops below 1e-8 and reports a huge standard
    /// error — never NaN. statsmodels 0.15:
    /// `sm.GLM([0,0,0,0,5,6,7,8], column_stack([ones(8), [1,1,1,1,0,0,0,0]]), family=Poisson()).fit()`
    /// → params [1.87180218, −23.38629436], bse [0.196116135, 14244.1121], 22 iterations,
    /// deviance 0.775586313472977.
    @Test("a term over only zero counts runs off as in statsmodels, without NaN")
    func separation() throws {
        let design = try DesignMatrix(columns: [
            ("intercept", Array(repeating: 1, count: 8)), ("early", [1, 1, 1, 1, 0, 0, 0, 0]),
        ])
        let fit = try PoissonRegression(counts: [0, 0, 0, 0, 5, 6, 7, 8], design: design)
        #expect(fit.iterations == 22)
        expectClose(fit.coefficients, [1.87180218, -23.38629436], relativeTolerance: 1e-6)
        expectClose(try fit.standardErrors(), [0.196116135, 14244.1121], relativeTolerance: 1e-6)
        expectClose(fit.deviance, 0.775586313472977, relativeTolerance: 1e-6)
    }

    @Test("n ≤ p is insufficient data")
    func tooFewObservations() throws {
        let square = try DesignMatrix(columns: [("intercept", [1, 1]), ("post", [0, 1])])
        #expect(throws: NumericsError.insufficientData(observations: 2, parameters: 2)) {
            try PoissonRegression(counts: [3, 4], design: square)
        }
    }

    @Test("a duplicated intervention term is named as collinear")
    func rankDeficient() throws {
        let design = try Self.design.appending(column: "postAgain", values: [0, 0, 0, 2, 2, 2])
        #expect(throws: NumericsError.rankDeficient(column: "postAgain", index: 2)) {
            try PoissonRegression(counts: Self.counts, design: design)
        }
    }

    @Test("too few iterations is reported as not converged")
    func iterationLimit() {
        #expect(throws: NumericsError.notConverged(method: "Poisson IRLS", iterations: 1)) {
            try PoissonRegression(
                counts: Self.counts, design: Self.design, options: .init(maximumIterations: 1))
        }
    }

    @Test(
        "invalid options are named",
        arguments: [
            (PoissonRegression.Options(maximumIterations: 0), "maximumIterations"),
            (PoissonRegression.Options(absoluteTolerance: -1), "absoluteTolerance"),
            (PoissonRegression.Options(relativeTolerance: .nan), "relativeTolerance"),
            (PoissonRegression.Options(rankTolerance: 1), "rankTolerance"),
        ])
    func badOptions(options: PoissonRegression.Options, field: String) throws {
        let design = try Self.design
        let error = #expect(throws: NumericsError.self) {
            try PoissonRegression(counts: Self.counts, design: design, options: options)
        }
        guard case .invalidParameter(let name, _, _)? = error else {
            Issue.record("expected invalidParameter, got \(String(describing: error))")
            return
        }
        #expect(name == field)
    }

    @Test("population offsets must be positive")
    func populationOffset() throws {
        #expect(throws: NumericsError.invalidParameter(name: "population[1]", value: 0, requirement: "positive")) {
            try PoissonRegression.logOffset(population: [100, 0])
        }
        expectClose(
            try PoissonRegression.logOffset(population: [1, 100]), [0, 4.605170185988092], relativeTolerance: 1e-15)
    }

    @Test("predicting with other columns is refused")
    func predictionColumns() throws {
        let fit = try PoissonRegression(counts: Self.counts, design: Self.design)
        #expect(throws: NumericsError.self) {
            try fit.predictedMeans(for: try DesignMatrix(columns: [("intercept", [1]), ("month", [0])]))
        }
        #expect(
            throws: NumericsError.invalidColumn(
                name: "month", problem: "is not in the design (its columns are intercept, post)")
        ) {
            try Self.design.settingColumns(["month"], to: 0)
        }
    }
}
