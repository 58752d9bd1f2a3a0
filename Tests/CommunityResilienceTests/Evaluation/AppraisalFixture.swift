@testable import CommunityResilience

/// A scenario small enough to appraise by hand.
///
/// One intervention delivered April 2024 – March 2025 by the fire service, costing £1,000 once,
/// £500 a year and £10 for each of 30 participants (all 2024-25 prices, grade 1: no optimism
/// bias). Its evidence: 100 fewer A&E attendances over 2024-25, with 20% deadweight, 10%
/// displacement and 25% attribution (net factor 0.8 × 0.9 × 0.75 = 0.54), lasting three years
/// with 50% drop-off (54, 27, 13.5 units). One unit cost: £100.00 (2024-25 prices, grade 1).
enum AppraisalFixture {
    static let prices = PriceBase.financialYear(2024)

    static func scenario() throws -> Scenario {
        Scenario(
            name: "Fixture",
            agencies: [.fireAndRescue, .nhsAcuteTrust, .adultSocialCare],
            communities: [
                Community(id: "la", name: "Borough", kind: .localAuthority, population: [2024: 3_000]),
                Community(id: "north", name: "North", kind: .ward, population: [2024: 1_000], parent: "la"),
                Community(id: "south", name: "South", kind: .ward, population: [2024: 2_000], parent: "la"),
            ],
            services: [Service(id: "ae", name: "A&E", agency: "nhs-acute", measure: .accidentAndEmergencyAttendance)],
            unitCosts: [
                UnitCost(
                    id: "uc-ae", service: "ae", amount: try Money("100.00", .gbp, in: prices), valueType: .fiscal,
                    isCashable: true, agency: "nhs-acute", source: "test", grade: .one)
            ],
            interventions: [
                Intervention(
                    id: "hsc", name: "Home safety checks", deliveryPartners: ["fire-rescue"],
                    communities: ["north", "south"],
                    start: try Month(year: 2024, month: 4), end: try Month(year: 2025, month: 3),
                    costs: [
                        CostLine(
                            item: "Set-up", basis: .oneOff, amount: try Money("1000.00", .gbp, in: prices),
                            funder: "fire-rescue", grade: .one),
                        CostLine(
                            item: "Coordinator", basis: .annual, amount: try Money("500.00", .gbp, in: prices),
                            funder: "fire-rescue", grade: .one),
                        CostLine(
                            item: "Visit", basis: .perParticipant, amount: try Money("10.00", .gbp, in: prices),
                            funder: "fire-rescue", grade: .one),
                    ],
                    participants: 30, targetServices: ["ae"])
            ],
            evidence: [
                OutcomeEvidence(
                    id: "ev", intervention: "hsc", service: "ae", period: Period(try FinancialYear(parsing: "2024-25")),
                    effect: .absoluteReduction(units: 100), strength: .level3, grade: .one, source: "evaluation",
                    additionality: Additionality(
                        deadweight: .init(try Fraction(0.2), source: "comparison group"),
                        displacement: .init(try Fraction(0.1), source: "assumed"),
                        attribution: .init(try Fraction(0.25), source: "other services")),
                    persistence: Persistence(durationYears: 3, dropOff: try Fraction(0.5)))
            ])
    }

    static func settings(horizon: Int = 5, timing: DiscountTiming = .startOfYear) throws -> AppraisalSettings {
        AppraisalSettings(
            priceBase: prices,
            deflators: try DeflatorSeries(
                source: "test deflators", indices: [.financialYear(2023): 80, .financialYear(2024): 100]),
            horizonYears: horizon, timing: timing)
    }
}
