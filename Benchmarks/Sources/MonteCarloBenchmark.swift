import CommunityResilience
import Foundation

/// P2: Monte Carlo over an appraisal with 50 uncertain line items (25 effects, 25 cost lines,
/// triangular), one million draws, serial and on two workers — and a check that the two give the
/// same bits. The numpy reference (`reference/p2_reference.py`) draws the same shape of problem
/// vectorised in chunks of 100,000.
enum MonteCarloBenchmark: Benchmark {
    static let identifier = "P2"
    static let title =
        "Monte Carlo: 50 uncertain line items × 1,000,000 draws (NPV, BCR, fiscal ROI, demand; percentiles, P(NPV > 0))"
    static let targets =
        "≥ 5× numpy vectorised (1.26 s in PERFORMANCE.md; measure the reference in the same session), serial = parallel bit for bit"
    static let defaultScales: [Double] = [1, 2, 4]

    static func run(scale: Double, context: BenchmarkContext, reporter: Reporter) throws {
        let draws = max(10_000, Int((1_000_000 * scale / (context.quick ? 100 : 1)).rounded()))
        let analysis = try UncertaintyAnalysis(try scenario(), settings: .example, inputs: inputs())
        var results: [MonteCarloResult] = []
        for workers in [1, 2] {
            let options = MonteCarloOptions(workers: workers, includesPayback: false)
            let result = try reporter.measure(
                "simulate, \(workers) worker\(workers == 1 ? "" : "s")", items: Double(draws), unit: "draws",
                repetitions: context.repetitions
            ) {
                try analysis.simulate(draws: draws, seed: context.seed, options: options)
            }
            results.append(result)
        }
        guard results[0] == results[1] else {
            throw BenchmarkFailure("P2: the serial and two-worker simulations differ")
        }
        let npv = results[0].netPresentValue
        reporter.note(
            String(
                format: "serial = parallel bit for bit; mean NPV £%.0f, P5 £%.0f, P95 £%.0f, P(NPV > 0) %.4f",
                npv.mean, npv.percentile(0.05) ?? .nan, npv.percentile(0.95) ?? .nan,
                results[0].probabilityOfPositiveNetPresentValue))
    }

    /// 13 interventions with two cost lines each, 25 evidence items over 5 services, 5 unit
    /// costs, all in 2024-25 prices (the uncertainty engineer's synthetic appraisal).
    static func scenario() throws -> Scenario {
        let prices = PriceBase.financialYear(2024)
        let year = Period(try FinancialYear(parsing: "2024-25"))
        let agencies: [Agency] = [.fireAndRescue, .nhsAcuteTrust, .primaryCare, .adultSocialCare]
        let services = (0..<5).map {
            Service(
                id: .init(rawValue: "s\($0)"), name: "Service \($0)", agency: agencies[1 + $0 % 3].id,
                measure: .gpAppointment)
        }
        let unitCosts = try (0..<5).map { i in
            UnitCost(
                id: .init(rawValue: "uc\(i)"), service: services[i].id,
                amount: try Money(100 + 50 * i, .gbp, in: prices),
                valueType: .fiscal, isCashable: false, agency: services[i].agency, source: "synthetic", grade: .three)
        }
        let interventions = try (0..<13).map { i in
            Intervention(
                id: .init(rawValue: "i\(i)"), name: "Intervention \(i)", deliveryPartners: [Agency.fireAndRescue.id],
                communities: [], start: try Month(year: 2024, month: 4), end: try Month(year: 2025, month: 3),
                costs: [
                    CostLine(
                        item: "Set-up", basis: .oneOff, amount: try Money(20_000 + 1_000 * i, .gbp, in: prices),
                        funder: Agency.fireAndRescue.id, grade: .three),
                    CostLine(
                        item: "Visit", basis: .perParticipant, amount: try Money(60 + i, .gbp, in: prices),
                        funder: Agency.fireAndRescue.id, grade: .four),
                ],
                participants: 1_000, targetServices: services.map(\.id))
        }
        let evidence = try (0..<25).map { i in
            OutcomeEvidence(
                id: .init(rawValue: "e\(i)"), intervention: interventions[i % 13].id, service: services[i % 5].id,
                period: year, effect: .absoluteReduction(units: Double(200 + 10 * i)), strength: .level2, grade: .three,
                source: "synthetic",
                additionality: Additionality(deadweight: .init(try Fraction(0.15), source: "synthetic")),
                persistence: Persistence(durationYears: 3, dropOff: try Fraction(0.3)))
        }
        return Scenario(
            name: "Synthetic P2", agencies: agencies, services: services, unitCosts: unitCosts,
            interventions: interventions, evidence: evidence)
    }

    /// 50 triangular inputs: the 25 effects and 25 of the cost lines.
    static func inputs() -> [UncertainInput] {
        let effects = (0..<25).map { (i: Int) -> UncertainInput in
            let x = Double(10 * i)
            return UncertainInput(
                .evidenceEffect(OutcomeEvidence.ID(rawValue: "e\(i)")),
                .triangular(low: 100 + x, mode: 200 + x, high: 260 + x))
        }
        let costs = (0..<25).map { (k: Int) -> UncertainInput in
            let i = k / 2
            return k % 2 == 0
                ? UncertainInput(
                    .costLine(intervention: .init(rawValue: "i\(i)"), index: 0),
                    .triangular(low: 15_000, mode: Double(20_000 + 1_000 * i), high: 40_000))
                : UncertainInput(
                    .costLine(intervention: .init(rawValue: "i\(i)"), index: 1),
                    .triangular(low: 40, mode: Double(60 + i), high: 110))
        }
        return effects + costs
    }
}
