import Foundation
import Testing

@testable import ResilienceNumerics

/// A function of one argument and its reference value.
struct OneArgument: Sendable, CustomTestStringConvertible {
    let x: Double
    let value: Double
    init(_ x: Double, _ value: Double) { (self.x, self.value) = (x, value) }
    var testDescription: String { "x = \(x)" }
}

/// A function of two arguments and its reference value.
struct TwoArguments: Sendable, CustomTestStringConvertible {
    let a: Double
    let b: Double
    let value: Double
    init(_ a: Double, _ b: Double, _ value: Double) { (self.a, self.b, self.value) = (a, b, value) }
    var testDescription: String { "(\(a), \(b))" }
}

/// `P(a, x)` and `Q(a, x)`.
struct GammaReference: Sendable, CustomTestStringConvertible {
    let a: Double
    let x: Double
    let lower: Double
    let upper: Double
    init(_ a: Double, _ x: Double, lower: Double, upper: Double) {
        (self.a, self.x, self.lower, self.upper) = (a, x, lower, upper)
    }
    var testDescription: String { "a = \(a), x = \(x)" }
}

/// `I_x(a, b)` and its complement.
struct BetaReference: Sendable, CustomTestStringConvertible {
    let a: Double
    let b: Double
    let x: Double
    let value: Double
    let complement: Double
    init(_ a: Double, _ b: Double, _ x: Double, value: Double, complement: Double) {
        (self.a, self.b, self.x, self.value, self.complement) = (a, b, x, value, complement)
    }
    var testDescription: String { "a = \(a), b = \(b), x = \(x)" }
}

/// The reference tables and the script that produced them are in `SpecialFunctionsTests+ReferenceValues.swift`.
@Suite("Special functions")
struct SpecialFunctionsTests {
    @Test("log-gamma matches scipy.special.gammaln", arguments: logGammaTable)
    func logGamma(_ row: OneArgument) {
        expectClose(
            SpecialFunctions.logGamma(row.x), row.value, relativeTolerance: Approximate.referenceTolerance, "logGamma")
    }

    @Test("log-beta matches scipy.special.betaln, without cancellation for large arguments", arguments: logBetaTable)
    func logBeta(_ row: TwoArguments) {
        expectClose(
            SpecialFunctions.logBeta(row.a, row.b), row.value, relativeTolerance: Approximate.referenceTolerance,
            "logBeta")
        expectClose(
            SpecialFunctions.logBeta(row.b, row.a), row.value, relativeTolerance: Approximate.referenceTolerance,
            "logBeta (swapped)")
    }

    @Test("Stirling remainder matches mpmath", arguments: stirlingTable)
    func stirling(_ row: OneArgument) {
        expectClose(
            SpecialFunctions.stirlingCorrection(row.x), row.value, relativeTolerance: Approximate.referenceTolerance,
            "stirlingCorrection")
    }

    @Test("log(1 + x) − x matches mpmath, also where the terms cancel", arguments: logOnePlusMinusXTable)
    func logOnePlusMinusX(_ row: OneArgument) {
        expectClose(
            SpecialFunctions.logOnePlusMinusX(row.x), row.value, relativeTolerance: Approximate.referenceTolerance,
            "logOnePlusMinusX")
    }

    @Test("regularized incomplete gamma P and Q match scipy gammainc / gammaincc", arguments: gammaTable)
    func regularizedGamma(_ row: GammaReference) {
        let (lower, upper) = SpecialFunctions.regularizedGamma(row.a, row.x)
        expectClose(lower, row.lower, relativeTolerance: Approximate.referenceTolerance, "P")
        expectClose(upper, row.upper, relativeTolerance: Approximate.referenceTolerance, "Q")
    }

    @Test("regularized incomplete beta and its complement match scipy betainc / betaincc", arguments: betaTable)
    func regularizedBeta(_ row: BetaReference) {
        let result = SpecialFunctions.regularizedBeta(row.a, row.b, x: row.x, y: 1 - row.x)
        expectClose(result.value, row.value, relativeTolerance: Approximate.referenceTolerance, "I_x(a, b)")
        expectClose(
            result.complement, row.complement, relativeTolerance: Approximate.referenceTolerance, "1 − I_x(a, b)")
        // The symmetry I_x(a, b) = 1 − I_{1−x}(b, a) holds with the roles swapped.
        let swapped = SpecialFunctions.regularizedBeta(row.b, row.a, x: 1 - row.x, y: row.x)
        expectClose(swapped.complement, row.value, relativeTolerance: Approximate.referenceTolerance, "symmetry")
    }

    @Test("Wichura AS241 matches scipy ndtri, including at its region boundaries", arguments: inverseNormalTable)
    func inverseNormal(_ row: OneArgument) {
        expectClose(
            SpecialFunctions.inverseStandardNormal(row.x), row.value, relativeTolerance: Approximate.referenceTolerance,
            "inverseStandardNormal")
    }

    @Test("the large-a expansion of I_x(a, ½) matches mpmath", arguments: largeAExpansionTable)
    func largeAExpansion(_ row: TwoArguments) {
        expectClose(
            SpecialFunctions.incompleteBetaHalfForLargeA(row.a, minusLogX: row.b), row.value,
            relativeTolerance: Approximate.referenceTolerance, "I_x(a, 1/2)")
    }

    @Test("edge arguments of the incomplete functions")
    func edges() {
        #expect(SpecialFunctions.regularizedGamma(2, 0) == (0, 1))
        #expect(SpecialFunctions.regularizedGamma(2, .infinity) == (1, 0))
        #expect(SpecialFunctions.regularizedGamma(2, .nan).lower.isNaN)
        #expect(SpecialFunctions.regularizedBeta(2, 3, x: 0, y: 1) == (0, 1))
        #expect(SpecialFunctions.regularizedBeta(2, 3, x: 1, y: 0) == (1, 0))
        #expect(SpecialFunctions.standardNormalDensity(50) == 0)
    }

    @Test("the tail solver finds roots of simple monotone tails to the last ulp")
    func tailSolver() throws {
        // Exponential upper tail T(x) = e^{−x}: root −log q, slope d log T / d log x = −x.
        for q in [1e-300, 1e-20, 0.3, 0.999] {
            let root = try #require(
                SpecialFunctions.solveTailEquation(target: q, start: 1, increasing: false) { x in
                    .init(value: exp(-x), logSlope: -x)
                })
            expectClose(root, -log(q), relativeTolerance: Approximate.referenceTolerance, "exponential tail, q = \(q)")
        }
        // Power-law lower tail T(x) = x³ on (0, 1]: root q^{1/3}, slope 3 (exact in one step).
        for q in [1e-300, 1e-9, 0.5] {
            let root = try #require(
                SpecialFunctions.solveTailEquation(target: q, start: 0.9, increasing: true) { x in
                    .init(value: min(1, x * x * x), logSlope: x < 1 ? 3 : 0)
                })
            expectClose(root, cbrt(q), relativeTolerance: Approximate.referenceTolerance, "cubic tail, q = \(q)")
        }
        // A root beyond the largest double is reported as +∞, one below the smallest as 0.
        let huge = SpecialFunctions.solveTailEquation(target: 1e-300, start: 1, increasing: false) { x in
            .init(value: 1 / (1 + log1p(x)), logSlope: -x / ((1 + x) * (1 + log1p(x))))
        }
        #expect(huge == .infinity)
        let tiny = SpecialFunctions.solveTailEquation(target: 1e-300, start: 1, increasing: true) { x in
            .init(value: min(1, x.squareRoot().squareRoot() * 1e-200), logSlope: 0.25)
        }
        #expect(tiny == 0)
    }
}
