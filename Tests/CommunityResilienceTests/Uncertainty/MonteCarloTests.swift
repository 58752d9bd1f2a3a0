import Foundation
import Testing

@testable import CommunityResilience

/// Monte Carlo simulation: determinism, parallel = serial, and statistics against values derived
/// by hand for the appraisal fixture.
///
/// The fixture (``AppraisalFixture``): 100 A&E attendances avoided in 2024-25 with net factor
/// 0.8 × 0.9 × 0.75 = 0.54, lasting three years with 50% drop-off, each worth £100, discounted at
/// 3.5%, against £1,800 of costs in year 0. With the effect e (units) uncertain, NPV is linear:
/// NPV(e) = e × 0.54 × £100 × K − £1,800, K = 1 + 0.5/1.035 + 0.25/1.035² = 1.7164694625312142,
/// i.e. £92.68935097668557 per unit (Python: `54 * K / 100 * 100`). For e ~ uniform(0, 40):
/// - mean NPV = 92.689351 × 20 − 1800 = −£146.2130; SD = 92.689351 × 40/√12 = £1,070.284;
/// - P(NPV > 0) = P(e > 1800/92.689351 = 19.419707) = (40 − 19.419707)/40 = 0.514507;
/// - median NPV = mean (the uniform is symmetric); P10 = 92.689351 × 4 − 1800 = −£1,429.24.
/// Each is checked within 4.5 Monte Carlo standard errors: σ/√n for the mean, √(p(1 − p)/n) for
/// the probability, and √(p(1 − p)/n)/f(Q) for a percentile Q (f the density of NPV at Q, here
/// 1/(40 × 92.689351)).
@Suite("Uncertainty: Monte Carlo simulation")
struct MonteCarloTests {
    static let perUnit = 92.68935097668557

    static func fixtureAnalysis(_ inputs: [UncertainInput]) throws -> UncertaintyAnalysis {
        try UncertaintyAnalysis(
            try AppraisalFixture.scenario(), settings: try AppraisalFixture.settings(), inputs: inputs)
    }

    @Test("a linear appraisal: mean, SD, P(NPV > 0) and percentiles as derived by hand")
    func linear() throws {
        let analysis = try Self.fixtureAnalysis([UncertainInput(.evidenceEffect("ev"), .uniform(low: 0, high: 40))])
        let n = 50_000
        let result = try analysis.simulate(draws: n, seed: 2026, options: MonteCarloOptions(workers: 2))
        let npv = result.netPresentValue
        let sd = Self.perUnit * 40 / 12.0.squareRoot()
        #expect(npv.count == n && npv.undefinedCount == 0)
        #expect(abs(npv.mean - (Self.perUnit * 20 - 1800)) <= 4.5 * sd / Double(n).squareRoot())
        // SE(s) ≈ √((μ₄ − σ⁴)/(4σ²n)) = σ·√(0.2/n) for a uniform (μ₄ = 1.8σ⁴).
        #expect(abs(npv.standardDeviation - sd) <= 4.5 * sd * (0.2 / Double(n)).squareRoot())
        #expect(
            isApproximatelyEqual(
                npv.standardErrorOfMean, npv.standardDeviation / Double(n).squareRoot(), relativeTolerance: 1e-15))
        let p = (40 - 1800 / Self.perUnit) / 40
        #expect(abs(result.probabilityOfPositiveNetPresentValue - p) <= 4.5 * (p * (1 - p) / Double(n)).squareRoot())
        #expect(
            isApproximatelyEqual(
                result.probabilityOfPositiveNetPresentValueStandardError,
                (result.probabilityOfPositiveNetPresentValue * (1 - result.probabilityOfPositiveNetPresentValue)
                    / Double(n)).squareRoot(),
                relativeTolerance: 1e-14))
        let density = 1 / (40 * Self.perUnit)
        for (probability, expected) in [
            (0.1, Self.perUnit * 4 - 1800), (0.5, Self.perUnit * 20 - 1800), (0.9, Self.perUnit * 36 - 1800),
        ] {
            let standardError = (probability * (1 - probability) / Double(n)).squareRoot() / density
            #expect(abs((npv.percentile(probability) ?? .nan) - expected) <= 4.5 * standardError)
        }
        #expect(npv.histogram.total == n && npv.histogram.bins.count == 40)
        #expect(npv.minimum >= -1800 && npv.maximum <= Self.perUnit * 40 - 1800 + 1e-9)
        #expect(result.presentValueOfCosts.minimum == 1800 && result.presentValueOfCosts.maximum == 1800)
        // Demand avoided = e × 0.54 × (1 + 0.5 + 0.25): mean 20 × 0.945 = 18.9 units.
        let demand = try #require(result.demandAvoided.first)
        #expect(demand.service == "ae")
        #expect(abs(demand.summary.mean - 18.9) <= 4.5 * 0.945 * 40 / 12.0.squareRoot() / Double(n).squareRoot())
        #expect(result.fiscalReturnOnInvestmentByAgency.map(\.agency) == ["nhs-acute"])
    }

    @Test("the same seed gives bit-identical results with 1, 2 and 8 workers", arguments: [3_000, 17_000])
    func parallelEqualsSerial(draws: Int) throws {
        let analysis = try UncertaintyAnalysis(
            .example, settings: .example, inputs: AppraisalKernelTests.exampleInputs,
            correlations: [
                .pair(.unitCost("uc-ae"), .unitCost("uc-gp"), 0.6),
                InputCorrelation(
                    [
                        .evidenceEffect("ev-discharge"), .dropOff("ev-ae"),
                        .costLine(intervention: "vcse-discharge", index: 0),
                    ],
                    matrix: [[1, -0.3, 0.2], [-0.3, 1, 0], [0.2, 0, 1]]),
            ])
        let serial = try analysis.simulate(draws: draws, seed: 99, options: MonteCarloOptions(workers: 1))
        for workers in [2, 8] {
            let parallel = try analysis.simulate(draws: draws, seed: 99, options: MonteCarloOptions(workers: workers))
            #expect(parallel == serial, "\(workers) workers")
            #expect(parallel.netPresentValue.mean.bitPattern == serial.netPresentValue.mean.bitPattern)
        }
        guard draws < 10_000 else { return }  // the second case spans two rounds of blocks
        let again = try analysis.simulate(draws: draws, seed: 99, options: MonteCarloOptions(workers: 2))
        #expect(again == serial)
        let other = try analysis.simulate(draws: draws, seed: 100, options: MonteCarloOptions(workers: 2))
        #expect(other.netPresentValue.mean != serial.netPresentValue.mean)
    }

    @Test("correlated beta and PERT inputs (drawn by inversion) are bit-identical too")
    func correlatedBeta() throws {
        let analysis = try UncertaintyAnalysis(
            .example, settings: .example, inputs: AppraisalKernelTests.exampleInputs,
            correlations: [
                InputCorrelation(
                    [.evidenceEffect("ev-ae"), .evidenceEffect("ev-gp"), .additionality("ev-ae", .deadweight)],
                    matrix: [[1, 0.5, -0.2], [0.5, 1, 0], [-0.2, 0, 1]])
            ])
        let serial = try analysis.simulate(
            draws: 2_500, seed: 4, options: MonteCarloOptions(workers: 1, includesPayback: false))
        for workers in [2, 8] {
            #expect(
                try analysis.simulate(
                    draws: 2_500, seed: 4, options: MonteCarloOptions(workers: workers, includesPayback: false))
                    == serial)
        }
    }

    /// Draw i of block b is the i-th output of `Xoshiro256StarStar(seed: 42, stream: b << 32 | 0)`
    /// through the triangular transform. In Python (`generators.py`):
    /// `x = Xoshiro(seed=42, stream=0); [triangular(x, 80, 100, 120) for _ in range(2)]` gives
    /// 88.190871556062 and 97.4121854036228. NPV is then the unit cost (rounded to the penny) ×
    /// £92.689… − £1,800, as `figures(at:)` computes.
    @Test("reproducibility: a simulation's draws come from the documented streams")
    func streams() throws {
        let analysis = try Self.fixtureAnalysis([
            UncertainInput(.unitCost("uc-ae"), .triangular(low: 80, mode: 100, high: 120))
        ])
        let result = try analysis.simulate(
            draws: 2, seed: 42, options: MonteCarloOptions(workers: 1, includesPayback: false))
        let first = try analysis.figures(at: [88.190871556062]).netPresentValue
        let second = try analysis.figures(at: [97.4121854036228]).netPresentValue
        #expect(result.netPresentValue.minimum == first)
        #expect(result.netPresentValue.maximum == second)
        #expect(isApproximatelyEqual(first, 88.19 * Self.perUnit - 1800, relativeTolerance: 1e-12))
    }

    @Test("a shorter simulation makes the first draws of a longer one")
    func prefix() throws {
        let analysis = try Self.fixtureAnalysis([
            UncertainInput(.unitCost("uc-ae"), .triangular(low: 80, mode: 100, high: 120))
        ])
        // One round is 16 blocks of 1,024 draws: the long run's state after its first round must be
        // the short run's final state, bit for bit.
        let short = try analysis.simulate(draws: 16_384, seed: 8, options: MonteCarloOptions(workers: 1))
        let long = try analysis.simulate(draws: 40_000, seed: 8, options: MonteCarloOptions(workers: 2))
        #expect(short.convergence.count == 1 && long.convergence.count == 3)
        #expect(long.convergence.first == short.convergence.first)
        #expect(long.convergence.map(\.draws) == [16_384, 32_768, 40_000])
        #expect(
            short.netPresentValue.mean == short.convergence[0].mean
                || abs(short.netPresentValue.mean - short.convergence[0].mean) <= 1e-9 * abs(short.netPresentValue.mean)
        )
    }

    @Test("stopping at a target precision is deterministic and checked only at round boundaries")
    func earlyStop() throws {
        let analysis = try Self.fixtureAnalysis([UncertainInput(.evidenceEffect("ev"), .uniform(low: 0, high: 40))])
        // SD ≈ £1,070, so SE ≤ £8 needs about 18,000 draws: the second round (32,768 draws).
        let options = MonteCarloOptions(workers: 1, targetStandardError: 8, minimumDraws: 1_000)
        let serial = try analysis.simulate(draws: 200_000, seed: 5, options: options)
        #expect(serial.reachedTargetPrecision)
        #expect(serial.draws == 32_768)
        #expect(serial.netPresentValue.standardErrorOfMean <= 8)
        #expect(serial.convergence.map(\.draws) == [16_384, 32_768])
        #expect(serial.convergence[0].standardError > 8)
        for workers in [2, 8] {
            var parallel = options
            parallel.workers = workers
            #expect(try analysis.simulate(draws: 200_000, seed: 5, options: parallel) == serial)
        }
    }

    /// Two unit costs of the example, each N(μ, σ) (truncated at 0, 10σ below the mean: no effect),
    /// with normal-score correlation ρ. NPV is linear in them (slopes a, b measured by the kernel
    /// over one pound), so SD(NPV)² = a²σ₁² + b²σ₂² + 2abρσ₁σ₂ exactly; the sample SD of normal
    /// NPVs has standard error SD/√(2n).
    @Test("correlated inputs: the spread of NPV shows the correlation", arguments: [0.0, 0.8, -0.5])
    func correlation(rho: Double) throws {
        let inputs = [
            UncertainInput(.unitCost("uc-ae"), .normal(mean: 109, standardDeviation: 10, low: 0)),
            UncertainInput(.unitCost("uc-gp"), .normal(mean: 49, standardDeviation: 4.9, low: 0)),
        ]
        let analysis = try UncertaintyAnalysis(
            .example, settings: .example, inputs: inputs,
            correlations: rho == 0 ? [] : [.pair(.unitCost("uc-ae"), .unitCost("uc-gp"), rho)])
        let base = try analysis.figures(at: [109, 49]).netPresentValue
        let a = try analysis.figures(at: [110, 49]).netPresentValue - base
        let b = try analysis.figures(at: [109, 50]).netPresentValue - base
        let sd = (a * a * 100 + b * b * 4.9 * 4.9 + 2 * a * b * rho * 10 * 4.9).squareRoot()
        let n = 40_000
        let result = try analysis.simulate(
            draws: n, seed: 17, options: MonteCarloOptions(workers: 2, includesPayback: false))
        // Rounding unit costs to the penny adds variance of about (a² + b²)/12 pence², negligible here.
        #expect(abs(result.netPresentValue.standardDeviation - sd) <= 4.5 * sd / (2 * Double(n)).squareRoot())
        #expect(abs(result.netPresentValue.mean - base) <= 4.5 * sd / Double(n).squareRoot())
    }

    @Test("payback: the share of draws that pay back, and months among them")
    func payback() throws {
        // Year 0 costs £1,800 up front; year-0 benefits are 0.54·e·£100, so payback is within the
        // year when 54e ≥ 1800 (e ≥ 33.3…), at 12 × 1800/(54e) months; otherwise in later years.
        let analysis = try Self.fixtureAnalysis([UncertainInput(.evidenceEffect("ev"), .uniform(low: 0, high: 40))])
        let result = try analysis.simulate(draws: 20_000, seed: 3, options: MonteCarloOptions(workers: 2))
        let payback = try #require(result.payback)
        // Pays back at all iff NPV ≥ 0 (benefits only grow the cumulative sum after year 0).
        #expect(abs(payback.probabilityOfPayback - result.probabilityOfPositiveNetPresentValue) <= 1e-4)
        #expect(payback.months.count + payback.months.undefinedCount == 20_000)
        #expect(payback.months.maximum <= 36 && payback.months.minimum >= 12 * 1800 / (54 * 40) - 1e-9)
    }

    @Test("bad simulation requests are typed errors with paths")
    func invalid() throws {
        let analysis = try Self.fixtureAnalysis([UncertainInput(.evidenceEffect("ev"), .uniform(low: 0, high: 40))])
        let cases: [(Int, MonteCarloOptions, String)] = [
            (1, MonteCarloOptions(), "draws"),
            (UncertaintyAnalysis.maximumDraws + 1, MonteCarloOptions(), "draws"),
            (100, MonteCarloOptions(workers: 0), "options.workers"),
            (100, MonteCarloOptions(percentiles: [0.5, 1.5]), "options.percentiles[1]"),
            (100, MonteCarloOptions(histogramBins: 0), "options.histogramBins"),
            (100, MonteCarloOptions(targetStandardError: -1), "options.targetStandardError"),
            (100, MonteCarloOptions(minimumDraws: -5), "options.minimumDraws"),
        ]
        for (draws, options, path) in cases {
            do {
                _ = try analysis.simulate(draws: draws, seed: 1, options: options)
                Issue.record("expected an error at \(path)")
            } catch {
                #expect(error.issues.map(\.path) == [FieldPath(stringLiteral: path)])
            }
        }
    }

    @Test("a simulation whose outputs would not fit in 8 GiB is refused before it starts")
    func memory() throws {
        // The example has 2 agencies and 3 services: 11 outputs × 8 bytes × 10⁸ draws = 8.8 GB.
        let analysis = try UncertaintyAnalysis(.example, settings: .example, inputs: AppraisalKernelTests.exampleInputs)
        do {
            _ = try analysis.simulate(draws: UncertaintyAnalysis.maximumDraws, seed: 1)
            Issue.record("expected an error")
        } catch {
            #expect(
                error.issues.map(\.description) == [
                    "draws: 100000000 is outside up to 97612893 draws for this appraisal's 11 outputs (8 GiB)"
                ])
        }
    }

    @Test("results encode to JSON for the report")
    func codable() throws {
        let analysis = try Self.fixtureAnalysis([UncertainInput(.evidenceEffect("ev"), .uniform(low: 0, high: 40))])
        let result = try analysis.simulate(draws: 2_000, seed: 1, options: MonteCarloOptions(workers: 1))
        let data = try JSONEncoder().encode(result)
        #expect(try JSONDecoder().decode(MonteCarloResult.self, from: data) == result)
    }
}
