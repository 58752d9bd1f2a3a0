import CommunityResilience
import Foundation

/// The synthetic portfolio of P3: 10,000 community interventions across 300 local authorities,
/// each with one to three cost lines and evidence for every service it targets, in a scenario
/// that validates and appraises cleanly. About 6 MB as the library's pretty-printed JSON.
enum PortfolioScenario {
    static func make(interventions count: Int, authorities authorityCount: Int, seed: UInt64) throws -> Scenario {
        var random = SplitMix64(seed: seed ^ 0x9031_F011, stream: 0)
        let base = PriceBase.financialYear(2024)
        let profiles = ServiceProfile.all
        let agencyOf: [Agency] = [
            .nhsAcuteTrust, .nhsAcuteTrust, .primaryCare, .primaryCare, .ambulanceService, .fireAndRescue, .police,
            .adultSocialCare, .mentalHealth, .nhsAcuteTrust,
        ]
        let measures: [DemandMeasure] = [
            .accidentAndEmergencyAttendance, .nonElectiveAdmission, .gpAppointment, .custom(unit: "NHS 111 call"),
            .ambulanceCallOut, .fireIncident, .policeCallOut, .custom(unit: "adult social care contact"),
            .custom(unit: "mental health crisis contact"), .delayedDischargeDay,
        ]
        let services = profiles.enumerated().map { index, profile in
            Service(id: profile.id, name: profile.name, agency: agencyOf[index].id, measure: measures[index])
        }
        let unitCosts = try profiles.enumerated().map { index, profile in
            UnitCost(
                id: UnitCost.ID("uc-\(profile.id.rawValue)"), service: profile.id,
                amount: try Money(Int(profile.unitCost), .gbp, in: base), valueType: .fiscal,
                isCashable: index % 3 == 0,
                agency: agencyOf[index].id,
                source: "Synthetic unit cost for benchmarking, of the order of the GMCA Unit Cost Database",
                grade: try ConfidenceGrade(2 + index % 3))
        }
        let communities = (0..<authorityCount).map { index in
            Community(
                id: Community.ID(String(format: "E07%06d", index + 1)), name: "Local authority \(index + 1)",
                kind: .localAuthority, population: [2021: 50_000 + random.integer(in: 0...400_000)])
        }
        let funders: [Agency] = [.fireAndRescue, .adultSocialCare, .voluntarySector, .police, .primaryCare]
        let kinds = [
            "Home safety checks", "Social prescribing", "Falls prevention", "Discharge support", "Youth outreach",
            "Warm homes",
        ]
        var interventions: [Intervention] = []
        var evidence: [OutcomeEvidence] = []
        interventions.reserveCapacity(count)
        for index in 0..<count {
            let id = Intervention.ID(String(format: "int-%05d", index + 1))
            let kind = kinds[random.integer(in: 0...(kinds.count - 1))]
            let start = Month.from(index: 2022 * 12 + 3 + random.integer(in: 0...23))
            let end = start.advanced(by: random.integer(in: 11...35))
            let funder = funders[random.integer(in: 0...(funders.count - 1))]
            let participants = random.integer(in: 50...2_000)
            var costs = [
                CostLine(
                    item: "Delivery per participant", basis: .perParticipant,
                    amount: try Money(minorUnits: Int128(random.integer(in: 2_000...15_000)), .gbp, in: base),
                    funder: funder.id, grade: try ConfidenceGrade(random.integer(in: 2...5)))
            ]
            if random.uniform() < 0.25 {
                costs.append(
                    CostLine(
                        item: "Set-up and training", basis: .oneOff,
                        amount: try Money(minorUnits: Int128(random.integer(in: 500_000...5_000_000)), .gbp, in: base),
                        funder: funder.id, grade: try ConfidenceGrade(random.integer(in: 2...5))))
            }
            if random.uniform() < 0.1 {
                costs.append(
                    CostLine(
                        item: "Coordinator", basis: .annual,
                        amount: try Money(
                            minorUnits: Int128(random.integer(in: 2_000_000...4_500_000)), .gbp, in: base),
                        funder: Agency.voluntarySector.id, grade: try ConfidenceGrade(random.integer(in: 2...5))))
            }
            let first = random.integer(in: 0...(profiles.count - 1))
            let targets =
                random.uniform() < 0.5
                ? [first] : [first, (first + 1 + random.integer(in: 0...(profiles.count - 2))) % profiles.count]
            let community = communities[random.integer(in: 0...(authorityCount - 1))].id
            interventions.append(
                Intervention(
                    id: id, name: "\(kind) \(index + 1)", deliveryPartners: [funder.id], communities: [community],
                    start: start, end: end,
                    costs: costs, participants: participants, targetServices: targets.map { profiles[$0].id }))
            // About 40% of interventions have outcome evidence (many report costs and reach only).
            for target in targets where random.uniform() < 0.3 {
                evidence.append(
                    try evidenceItem(
                        intervention: id, service: profiles[target].id, number: evidence.count, start: start, end: end,
                        participants: participants, random: &random))
            }
        }
        return Scenario(
            name: "National portfolio benchmark",
            summary: "\(count) synthetic interventions across \(authorityCount) local authorities.",
            agencies: Agency.standard, communities: communities, services: services, unitCosts: unitCosts,
            interventions: interventions, evidence: evidence,
            assumptions: [
                Assumption(
                    id: "synthetic", statement: "Every figure is synthetic.", reasoning: "Benchmark data, not evidence."
                )
            ])
    }

    static func evidenceItem(
        intervention: Intervention.ID, service: Service.ID, number: Int, start: Month, end: Month, participants: Int,
        random: inout SplitMix64
    ) throws -> OutcomeEvidence {
        // Shares and rates to two decimal places, as reports give them.
        func percent(_ low: Int, _ high: Int) throws -> Fraction {
            try Fraction(Double(random.integer(in: low...high)) / 100)
        }
        let effect: MeasuredEffect
        switch random.integer(in: 0...3) {
        case 0: effect = .absoluteReduction(units: Double(random.integer(in: 5...400)))
        case 1:
            effect = .relativeReduction(try percent(2, 22), baselinePerYear: Double(random.integer(in: 100...5_000)))
        case 2:
            let baseline = Double(random.integer(in: 200...3_000))
            effect = .beforeAndAfter(
                BeforeAndAfter(
                    baseline: baseline, followUp: (baseline * Double(random.integer(in: 70...95)) / 100).rounded(),
                    comparisonBaseline: baseline,
                    comparisonFollowUp: (baseline * Double(random.integer(in: 90...100)) / 100).rounded()))
        default:
            effect = .cohort(
                CohortChain(
                    eligible: Double(participants), engagement: try percent(40, 90), success: try percent(10, 50),
                    unitsAvoidedPerSuccess: Double(random.integer(in: 50...250)) / 100))
        }
        let deadweight = Additionality.Adjustment(try percent(10, 40), source: "Synthetic deadweight")
        return OutcomeEvidence(
            id: OutcomeEvidence.ID(String(format: "ev-%06d", number + 1)), intervention: intervention, service: service,
            period: Period(start...end), effect: effect, strength: try EvidenceStrength(random.integer(in: 1...4)),
            grade: try ConfidenceGrade(random.integer(in: 2...5)), source: "Synthetic evaluation report",
            additionality: Additionality(deadweight: deadweight),
            persistence: Persistence(durationYears: random.integer(in: 1...3), dropOff: try percent(0, 50)))
    }
}
