import Foundation

@testable import CommunityResilience

/// Seeds for the property tests: 1…N by default, or the one in `PROPERTY_SEED` to replay a
/// failure (`PROPERTY_SEED=17 swift test --filter Properties`). Every failing expectation names
/// its seed.
enum PropertySeeds {
    static func seeds(_ count: UInt64) -> [UInt64] {
        if let text = ProcessInfo.processInfo.environment["PROPERTY_SEED"], let seed = UInt64(text) { return [seed] }
        return Array(1...count)
    }
}

/// Random but valid scenarios, appraisable with ``AppraisalSettings/example`` (2024-25 prices,
/// the March 2026 GDP deflators, ten years from the earliest start), drawn from a seeded
/// SplitMix64 so that every scenario can be rebuilt from its seed.
///
/// The shapes are small (1–4 interventions, 1–5 evidence items, 1–6 unit costs) but cover every
/// branch the engine has: all cost bases, all five kinds of effect, additionality with and without
/// a multiplier, persistence with drop-off, every value type and grade, unit costs in other price
/// bases (rebased by the deflators), interventions without costs (unfunded benefits) and agencies
/// that both pay and gain.
struct ScenarioGenerator {
    private var random: TimeParsingPropertyTests.SplitMix64

    init(seed: UInt64) {
        random = TimeParsingPropertyTests.SplitMix64(state: seed)
    }

    /// A whole number in `range` (by rejection-free modulo: the bias is irrelevant here).
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(random.next() % UInt64(range.count))
    }

    mutating func double(_ range: ClosedRange<Double>) -> Double {
        range.lowerBound + (range.upperBound - range.lowerBound) * Double(random.next() >> 11) / Double(1 << 53)
    }

    mutating func bool() -> Bool { random.next() & 1 == 1 }

    mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[int(0...(elements.count - 1))]
    }

    /// The elements in a random order (Fisher–Yates with this generator).
    mutating func shuffled<Element>(_ elements: [Element]) -> [Element] {
        var result = elements
        guard result.count > 1 else { return result }
        for index in stride(from: result.count - 1, to: 0, by: -1) {
            result.swapAt(index, int(0...index))
        }
        return result
    }

    mutating func money(pence range: ClosedRange<Int>, in base: PriceBase) -> Money {
        Money(unchecked: Int128(int(range)), .gbp, base)
    }

    mutating func fraction(_ range: ClosedRange<Double>) -> Fraction {
        (try? Fraction(double(range))) ?? .zero
    }

    /// A price base the example deflators hold: 2015-16 … 2024-25.
    mutating func priceBase() -> PriceBase { .financialYear(int(2015...2024)) }

    mutating func scenario() -> Scenario {
        let agencies = Array(shuffled(Agency.standard).prefix(int(2...5)))
        let la = Community(
            id: "la", name: "Authority", kind: .localAuthority, population: [2023: int(50_000...300_000)])
        let wards = (0..<int(1...3)).map { index in
            Community(
                id: Community.ID("ward-\(index)"), name: "Ward \(index)", kind: .ward,
                population: [2023: int(5_000...20_000)], parent: "la")
        }
        let lsoas = (0..<int(1...6)).map { index in
            Community(
                id: Community.ID("lsoa-\(index)"), name: "LSOA \(index)", kind: .lsoa,
                population: [2023: int(0...3_000)], parent: pick(wards).id)
        }
        let services = (0..<int(1...3)).map { index in
            Service(
                id: Service.ID("service-\(index)"), name: "Service \(index)", agency: pick(agencies).id,
                measure: pick([.accidentAndEmergencyAttendance, .gpAppointment, .custom(unit: "visit")]))
        }
        let unitCosts = services.flatMap { service in
            (0..<int(1...2)).map { index in
                UnitCost(
                    id: UnitCost.ID("\(service.id)-cost-\(index)"), service: service.id,
                    amount: money(pence: 100...500_000, in: priceBase()), valueType: pick(ValueType.allCases),
                    isCashable: bool(), agency: pick(agencies).id, source: "generated",
                    grade: pick(ConfidenceGrade.allCases))
            }
        }
        var interventions: [Intervention] = []
        var evidence: [OutcomeEvidence] = []
        for index in 0..<int(1...4) {
            let start = Month(uncheckedIndex: 2023 * 12 + 3 + int(0...20))
            let end = Month(uncheckedIndex: start.index + int(0...24))
            let costs = (0..<int(0...3)).map { _ in
                CostLine(
                    item: "item", basis: pick([.oneOff, .annual, .perParticipant]),
                    amount: money(pence: 0...20_000_000, in: priceBase()), funder: pick(agencies).id,
                    grade: pick(ConfidenceGrade.allCases))
            }
            let id = Intervention.ID("intervention-\(index)")
            let targets = Array(shuffled(services.map(\.id)).prefix(int(1...services.count)))
            interventions.append(
                Intervention(
                    id: id, name: "Intervention \(index)", deliveryPartners: [pick(agencies).id],
                    communities: [pick(lsoas).id], start: start, end: end, costs: costs, participants: int(0...500),
                    targetServices: targets))
            for item in 0..<int(0...2) {
                evidence.append(
                    evidenceItem(
                        id: "\(id)-evidence-\(item)", intervention: id, service: pick(targets),
                        community: bool() ? pick(lsoas).id : nil, start: start, end: end))
            }
        }
        return Scenario(
            name: "Generated", agencies: agencies, communities: [la] + wards + lsoas, services: services,
            unitCosts: unitCosts, interventions: interventions, evidence: evidence)
    }

    private mutating func evidenceItem(
        id: String, intervention: Intervention.ID, service: Service.ID, community: Community.ID?, start: Month,
        end: Month
    ) -> OutcomeEvidence {
        let effect: MeasuredEffect
        switch int(0...4) {
        case 0:
            effect = .absoluteReduction(units: double(0...120))
        case 1:
            effect = .relativeReduction(fraction(0...0.6), baselinePerYear: double(0...300))
        case 2:
            let comparison = bool()
            effect = .beforeAndAfter(
                BeforeAndAfter(
                    baseline: double(50...300), followUp: double(20...300),
                    comparisonBaseline: comparison ? double(50...300) : nil,
                    comparisonFollowUp: comparison ? double(50...300) : nil))
        case 3:
            effect = .cohort(
                CohortChain(
                    eligible: double(0...1_000), engagement: fraction(0...1), success: fraction(0...1),
                    unitsAvoidedPerSuccess: double(0...3)))
        default:
            let units = double(0...100)
            effect = .estimate(
                StatisticalEstimate(
                    unitsAvoided: units, lower: units - double(0...20), upper: units + double(0...20),
                    confidenceLevel: fraction(0.8...0.99), method: "generated", data: "generated"))
        }
        // Shares of one gross impact: together at most 100%.
        let deadweight = fraction(0...0.4)
        let displacement = fraction(0...0.3)
        let additionality = Additionality(
            deadweight: bool() ? .init(deadweight, source: "generated") : nil,
            displacement: bool() ? .init(displacement, source: "generated") : nil,
            multiplier: bool() ? .init(double(1...1.5), source: "generated") : nil)
        let persistence =
            bool()
            ? Persistence(durationYears: int(1...4), dropOff: fraction(0...0.5), rationale: "generated")
            : .measuredPeriod
        return OutcomeEvidence(
            id: OutcomeEvidence.ID(id), intervention: intervention, service: service, community: community,
            period: Period(start...end), effect: effect, strength: pick(EvidenceStrength.allCases),
            grade: pick(ConfidenceGrade.allCases), source: "generated", additionality: additionality,
            persistence: persistence)
    }
}
