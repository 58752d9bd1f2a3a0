import Foundation
import Testing

@testable import CommunityResilience

/// The README's code, verbatim, so that the documentation keeps compiling and stays true.
@Suite("README examples")
struct ReadmeExampleTests {
    @Test("building a scenario by hand")
    func byHand() throws {
        let prices = PriceBase.financialYear(2023)  // 2023-24 prices
        let scenario = Scenario(
            name: "Home safety checks",
            agencies: [.fireAndRescue, .nhsAcuteTrust],
            communities: [
                Community(
                    id: "E01006412", name: "Knowsley 001A", kind: .lsoa,
                    gssCode: try GSSCode("E01006412"), population: [2021: 1_500])
            ],
            services: [
                Service(
                    id: "ae", name: "A&E attendances", agency: Agency.nhsAcuteTrust.id,
                    measure: .accidentAndEmergencyAttendance)
            ],
            unitCosts: [
                UnitCost(
                    id: "uc-ae", service: "ae", amount: try Money("109.00", .gbp, in: .financialYear(2011)),
                    valueType: .fiscal, isCashable: false, agency: Agency.nhsAcuteTrust.id,
                    source: "GMCA Unit Cost Database v1.4, HE4.0", grade: .three)
            ],
            interventions: [
                Intervention(
                    id: "hsc", name: "Home safety checks", deliveryPartners: [Agency.fireAndRescue.id],
                    communities: ["E01006412"],
                    start: try Month(year: 2023, month: 4), end: try Month(year: 2024, month: 3),
                    costs: [
                        CostLine(
                            item: "Visit", basis: .perParticipant, amount: try Money("75.00", .gbp, in: prices),
                            funder: Agency.fireAndRescue.id, grade: .four)
                    ],
                    participants: 200, targetServices: ["ae"])
            ],
            evidence: [
                OutcomeEvidence(
                    id: "ev-ae", intervention: "hsc", service: "ae",
                    period: Period(try FinancialYear(parsing: "2023-24")),
                    effect: .absoluteReduction(units: 13), strength: .level1, grade: .four,
                    source: "Pilot report")
            ])

        try scenario.validate()  // throws every problem, with its path
        let json = try scenario.jsonData()  // versioned, deterministic JSON
        let sameScenario = try Scenario(json: json)  // decodes, validates, reports every problem
        #expect(sameScenario == scenario)
    }

    @Test("money does not mix price years without rebasing")
    func money() throws {
        let visit = try Money("75.00", .gbp, in: .financialYear(2023))
        let gpAppointment = try Money("49.00", .gbp, in: .financialYear(2022))
        let restated = try gpAppointment.rebased(to: .financialYear(2023), using: .gdpDeflatorsMarch2026)
        let total = try visit + restated
        // 4,900p × 96.1117 / 91.2996 = 4,900 × 1.0527066… = 5,158.26p → 5,158p; + 7,500p = 12,658p.
        #expect(total.amountText == "126.58")
        #expect(throws: MoneyError.priceBaseMismatch(.financialYear(2023), .financialYear(2022))) {
            try visit + gpAppointment
        }
    }
}
