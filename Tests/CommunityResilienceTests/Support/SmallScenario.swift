@testable import CommunityResilience

/// A small valid scenario for validation and JSON tests: one area hierarchy, two agencies, one
/// service with one unit cost, one intervention with one cost line, one evidence item.
func smallScenario() throws -> Scenario {
    let base = PriceBase.financialYear(2023)
    return Scenario(
        name: "Small",
        agencies: [.fireAndRescue, .nhsAcuteTrust],
        communities: [
            Community(
                id: "la", name: "Knowsley", kind: .localAuthority, gssCode: try GSSCode("E08000011"),
                population: [2021: 154_500]),
            Community(
                id: "lsoa", name: "Knowsley 001A", kind: .lsoa, gssCode: try GSSCode("E01006412"),
                population: [2021: 1_500], parent: "la"),
        ],
        assets: [CommunityAsset(id: "hall", name: "Community hall", kind: .communityCentre, community: "lsoa")],
        indicators: [
            CommunityIndicator(
                community: "lsoa", name: "volunteering rate", value: 21.5, unit: .percent,
                period: Period(try FinancialYear(parsing: "2023-24")), source: "Community Life Survey")
        ],
        services: [Service(id: "ae", name: "A&E", agency: "nhs-acute", measure: .accidentAndEmergencyAttendance)],
        unitCosts: [
            UnitCost(
                id: "uc-ae", service: "ae", amount: try Money("109.00", .gbp, in: base), valueType: .fiscal,
                isCashable: false, agency: "nhs-acute", source: "GMCA UCD HE4.0", grade: .three)
        ],
        interventions: [
            Intervention(
                id: "hsc", name: "Home safety checks", deliveryPartners: ["fire-rescue"], communities: ["lsoa"],
                start: try Month(year: 2023, month: 4), end: try Month(year: 2024, month: 3),
                costs: [
                    CostLine(
                        item: "Visits", basis: .perParticipant, amount: try Money("75.00", .gbp, in: base),
                        funder: "fire-rescue", grade: .four)
                ],
                participants: 200, targetServices: ["ae"])
        ],
        evidence: [
            OutcomeEvidence(
                id: "ev", intervention: "hsc", service: "ae", community: "lsoa",
                period: Period(try FinancialYear(parsing: "2023-24")), effect: .absoluteReduction(units: 13),
                strength: .level2, grade: .four, source: "pilot report")
        ],
        assumptions: [Assumption(id: "a1", statement: "One year", reasoning: "Pilot length")])
}
