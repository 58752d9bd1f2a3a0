import Testing

@testable import ResilienceNumerics

@Suite("Householder least squares")
struct LeastSquaresTests {
    /// y = [1, 3, 2, 5] on x = [0, 1, 2, 3], solved by hand:
    /// x̄ = 1.5, ȳ = 2.75, Sxx = Σ(x − x̄)² = 5, Sxy = Σ(x − x̄)(y − ȳ) = 5.5,
    /// slope = Sxy/Sxx = 1.1, intercept = ȳ − 1.1·x̄ = 1.1;
    /// fitted = [1.1, 2.2, 3.3, 4.4], residuals = [−0.1, 0.8, −1.3, 0.6], RSS = 2.7;
    /// (XᵀX)⁻¹ = [[7/10, −3/10], [−3/10, 1/5]] (= [[1/n + x̄²/Sxx, −x̄/Sxx], [−x̄/Sxx, 1/Sxx]]).
    @Test("a four-point line solved by hand")
    func handSolvedLine() throws {
        let design = try DesignMatrix(columns: [("intercept", [1, 1, 1, 1]), ("x", [0, 1, 2, 3])])
        let solution = try LeastSquares(design: design, response: [1, 3, 2, 5])
        expectClose(solution.coefficients, [1.1, 1.1], relativeTolerance: Approximate.exactTolerance)
        expectClose(solution.residualSumOfSquares, 2.7, relativeTolerance: Approximate.exactTolerance)
        expectClose(
            solution.inverseGram().elements, [0.7, -0.3, -0.3, 0.2],
            relativeTolerance: Approximate.exactTolerance)
        // RᵀR must reproduce XᵀX = [[4, 6], [6, 14]].
        let r = solution.rFactor
        expectClose(
            try r.transposed.multiplied(by: r).elements, [4, 6, 6, 14], relativeTolerance: Approximate.exactTolerance)
        #expect(r[1, 0] == 0)
    }

    /// 5,000 rows span twenty 256-row chunks; y is an exact combination, so the answer is known.
    @Test("chunked factorisation recovers an exact model across chunk boundaries")
    func chunkBoundaries() throws {
        let n = 5_000
        let x1 = (0..<n).map { Double($0 % 97) / 10 }
        let x2 = (0..<n).map { Double(($0 * 7) % 13) - 6 }
        let y = (0..<n).map { 1.5 + 2 * x1[$0] - 3 * x2[$0] }
        let design = try DesignMatrix(columns: [
            ("intercept", Array(repeating: 1, count: n)), ("x1", x1), ("x2", x2),
        ])
        let solution = try LeastSquares(design: design, response: y)
        expectClose(solution.coefficients, [1.5, 2, -3], relativeTolerance: 1e-10)
        #expect(solution.residualSumOfSquares < 1e-18 * Double(n))
    }

    @Test("weights scale rows by their square root")
    func weightedRows() throws {
        // Duplicating a row is the same as giving it weight 2.
        let design = try DesignMatrix(columns: [("intercept", [1, 1, 1]), ("x", [0, 1, 2])])
        let weighted = try LeastSquares(design: design, response: [1, 2, 4], weights: [1, 2, 1])
        let duplicated = try DesignMatrix(columns: [("intercept", [1, 1, 1, 1]), ("x", [0, 1, 1, 2])])
        let plain = try LeastSquares(design: duplicated, response: [1, 2, 2, 4])
        expectClose(weighted.coefficients, plain.coefficients, relativeTolerance: Approximate.exactTolerance)
        expectClose(weighted.residualSumOfSquares, plain.residualSumOfSquares, relativeTolerance: 1e-10)
    }

    @Test("the first column that is a combination of earlier ones is named")
    func rankDeficiencyNamesColumn() throws {
        let x1: [Double] = [1, 2, 3, 4, 5, 6]
        let x2: [Double] = [0, 1, 0, 1, 1, 0]
        let design = try DesignMatrix(columns: [
            ("intercept", Array(repeating: 1, count: 6)), ("month", x1), ("winter", x2),
            ("monthPlusTwoWinter", zip(x1, x2).map { $0 + 2 * $1 }), ("other", [3, 1, 4, 1, 5, 9]),
        ])
        #expect(throws: NumericsError.rankDeficient(column: "monthPlusTwoWinter", index: 3)) {
            try LeastSquares(design: design, response: [1, 2, 3, 4, 5, 7])
        }
    }

    /// The dependence must be found when it only shows once all twelve 256-row chunks are in.
    @Test("rank deficiency is found across chunks")
    func rankDeficiencyAcrossChunks() throws {
        let n = 3_000
        let a = (0..<n).map { Double($0 % 11) }
        let b = (0..<n).map { Double(($0 * 5) % 17) / 3 }
        let design = try DesignMatrix(columns: [
            ("intercept", Array(repeating: 1, count: n)), ("a", a), ("b", b),
            ("twoAMinusBPlusOne", zip(a, b).map { 2 * $0 - $1 + 1 }),
        ])
        #expect(throws: NumericsError.rankDeficient(column: "twoAMinusBPlusOne", index: 3)) {
            try LeastSquares(design: design, response: a.map { $0 * 0.3 + 1 })
        }
    }

    @Test("a column of zeros is rank deficient")
    func zeroColumn() throws {
        let design = try DesignMatrix(columns: [("intercept", [1, 1, 1]), ("empty", [0, 0, 0])])
        #expect(throws: NumericsError.rankDeficient(column: "empty", index: 1)) {
            try LeastSquares(design: design, response: [1, 2, 3])
        }
    }

    /// A perturbation of 1e-9 relative is below the 1e-7 tolerance (declared dependent); one of
    /// 1e-4 is above it (kept). The tolerance is relative to each column's own norm.
    @Test("rank tolerance is relative to the column norm", arguments: [(1e-9, true), (1e-4, false)])
    func relativeTolerance(perturbation: Double, dependent: Bool) throws {
        let scale = 1e6  // large units must not change the verdict
        let base: [Double] = [1, 2, 3, 4, 5].map { $0 * scale }
        let nearCopy = base.enumerated().map { $0.element * (1 + ($0.offset == 2 ? perturbation : 0)) }
        let design = try DesignMatrix(columns: [("intercept", [1, 1, 1, 1, 1]), ("x", base), ("nearCopy", nearCopy)])
        do {
            _ = try LeastSquares(design: design, response: [2, 1, 4, 3, 5])
            #expect(!dependent)
        } catch {
            #expect(dependent)
            #expect(error == .rankDeficient(column: "nearCopy", index: 2))
        }
    }

    @Test("fewer rows than columns is insufficient data")
    func tooFewRows() throws {
        let design = try DesignMatrix(columns: [("a", [1, 2]), ("b", [3, 5]), ("c", [1, 1])])
        #expect(throws: NumericsError.insufficientData(observations: 2, parameters: 3)) {
            try LeastSquares(design: design, response: [1, 2])
        }
    }

    @Test("bad responses, weights and tolerances are named")
    func badInputs() throws {
        let design = try DesignMatrix(columns: [("intercept", [1, 1, 1]), ("x", [0, 1, 2])])
        #expect(throws: NumericsError.nonFinite(field: "response", index: 1)) {
            try LeastSquares(design: design, response: [1, .nan, 2])
        }
        #expect(throws: NumericsError.invalidParameter(name: "weights[2]", value: 0, requirement: "positive")) {
            try LeastSquares(design: design, response: [1, 2, 2], weights: [1, 1, 0])
        }
        #expect(throws: NumericsError.nonFinite(field: "weights", index: 0)) {
            try LeastSquares(design: design, response: [1, 2, 2], weights: [.infinity, 1, 1])
        }
        #expect(throws: NumericsError.dimensionMismatch("response has 2 values but the design has 3 rows")) {
            try LeastSquares(design: design, response: [1, 2])
        }
        #expect(throws: NumericsError.invalidParameter(name: "rankTolerance", value: -1, requirement: "in [0, 1)")) {
            try LeastSquares(design: design, response: [1, 2, 2], rankTolerance: -1)
        }
    }

    @Test("overflowing magnitudes give an error, never NaN")
    func overflowIsAnError() throws {
        let design = try DesignMatrix(columns: [("intercept", [1, 1, 1]), ("huge", [1e200, 2e200, 3e200])])
        #expect(throws: NumericsError.self) { try LeastSquares(design: design, response: [1, 2, 3]) }
        let plain = try DesignMatrix(columns: [("intercept", [1, 1, 1]), ("x", [1, 2, 4])])
        #expect(throws: NumericsError.self) { try LeastSquares(design: plain, response: [1e300, -1e300, 1e300]) }
    }
}
