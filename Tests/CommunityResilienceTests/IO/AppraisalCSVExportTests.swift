import Foundation
import Testing

@testable import CommunityResilience

/// Exporting an appraisal's tables as CSV. The hand-derived figures are those of the appraisal
/// fixture (see `AppraisalFixture` and `AppraisalTests`): £1,800 of costs in 2024-25; 54, 27 and
/// 13.5 A&E attendances avoided at £100, i.e. £5,400, £2,700 and £1,350 a year, discounted at
/// 3.5% to £5,400.00, £2,608.70 and £1,260.24 (PV £9,268.94, NPV £7,468.94), all cashable to the
/// NHS acute trust and all paid for by the fire service.
@Suite("CSV export: appraisal tables")
struct AppraisalCSVExportTests {
    let result: AppraisalResult

    init() throws {
        result = try AppraisalFixture.scenario().appraise(with: try AppraisalFixture.settings()).portfolio
    }

    @Test("cash flows by year, with exact money and the factor that discounted them")
    func cashFlows() throws {
        let table = result.cashFlowTable
        #expect(
            table.header == [
                "year", "discount_factor", "costs", "fiscal_benefits", "economic_benefits", "social_benefits",
                "total_benefits", "discounted_costs", "discounted_fiscal_benefits", "discounted_economic_benefits",
                "discounted_social_benefits", "discounted_total_benefits", "net_present_value", "cashable_savings",
                "currency", "price_base",
            ])
        let money = table.rows.map { row in Array(row[2...]) }
        #expect(
            money == [
                [
                    "1800.00", "5400.00", "0.00", "0.00", "5400.00", "1800.00", "5400.00", "0.00", "0.00", "5400.00",
                    "3600.00", "5400.00", "GBP", "2024-25",
                ],
                [
                    "0.00", "2700.00", "0.00", "0.00", "2700.00", "0.00", "2608.70", "0.00", "0.00", "2608.70",
                    "2608.70", "2700.00", "GBP", "2024-25",
                ],
                [
                    "0.00", "1350.00", "0.00", "0.00", "1350.00", "0.00", "1260.24", "0.00", "0.00", "1260.24",
                    "1260.24", "1350.00", "GBP", "2024-25",
                ],
                [
                    "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00",
                    "GBP", "2024-25",
                ],
                [
                    "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00",
                    "GBP", "2024-25",
                ],
            ])
        #expect(table.rows.map { $0[0] } == ["2024-25", "2025-26", "2026-27", "2027-28", "2028-29"])
        // Discount factors read back to the engine's doubles exactly, and are 1.035^−t.
        for (t, row) in table.rows.enumerated() {
            let factor = try #require(Double(row[1]))
            #expect(factor == result.cashFlows[t].discountFactor)
            #expect(isApproximatelyEqual(factor, 1 / pow(1.035, Double(t)), relativeTolerance: 1e-12))
        }
        #expect(table.text(lineEnding: .lf).hasPrefix("year,discount_factor,costs,"))
        #expect(table.text().contains("\r\n2024-25,1.0,1800.00,5400.00,0.00,0.00,5400.00,1800.00,5400.00,"))
    }

    @Test("cashable savings by agency and year")
    func cashableSavings() {
        #expect(
            result.cashableSavingsTable.text(lineEnding: .lf) == """
                year,agency,agency_name,cashable_savings,currency,price_base
                2024-25,nhs-acute,NHS acute trust,5400.00,GBP,2024-25
                2025-26,nhs-acute,NHS acute trust,2700.00,GBP,2024-25
                2026-27,nhs-acute,NHS acute trust,1350.00,GBP,2024-25
                2027-28,nhs-acute,NHS acute trust,0.00,GBP,2024-25
                2028-29,nhs-acute,NHS acute trust,0.00,GBP,2024-25

                """)
    }

    @Test("by agency: who paid, who gained, and the pairs")
    func agencies() {
        #expect(
            result.agencyTable.text(lineEnding: .lf) == """
                agency,agency_name,present_value_of_costs_paid,present_value_of_benefits_received,net_position,currency,price_base
                fire-rescue,Fire and rescue service,1800.00,0.00,-1800.00,GBP,2024-25
                nhs-acute,NHS acute trust,0.00,9268.94,9268.94,GBP,2024-25

                """)
        #expect(
            result.whoPaysWhoGainsTable.text(lineEnding: .lf) == """
                funder,funder_name,beneficiary,beneficiary_name,present_value_of_benefits,currency,price_base
                fire-rescue,Fire and rescue service,nhs-acute,NHS acute trust,9268.94,GBP,2024-25

                """)
    }

    @Test("by community, and summed up to the local authority")
    func areas() {
        // Shared by population (1,000 : 2,000), to the penny by largest remainder:
        // 926,894p ÷ 3 = 308,964.67 → north 308,965p, south 617,929p; costs 60,000p and 120,000p.
        #expect(
            result.areaTable().text(lineEnding: .lf) == """
                community,community_name,area_kind,present_value_of_benefits,present_value_of_costs,net_present_value,currency,price_base
                north,North,ward,3089.65,600.00,2489.65,GBP,2024-25
                south,South,ward,6179.29,1200.00,4979.29,GBP,2024-25

                """)
        #expect(
            result.areaTable(.localAuthority).rows == [
                ["la", "Borough", "localAuthority", "9268.94", "1800.00", "7468.94", "GBP", "2024-25"]
            ])
    }

    @Test("the bundled example's cash flows add up to its present values, to the penny")
    func exampleTotals() throws {
        let example = try Scenario.example.appraise(with: .example).portfolio
        let table = example.cashFlowTable
        func total(_ column: String) throws -> Int128 {
            let index = try #require(table.header.firstIndex(of: column))
            return try table.rows.reduce(Int128(0)) { sum, row in
                sum + (try Money(row[index], .gbp, in: .financialYear(2024))).minorUnits
            }
        }
        // From the example's appraisal tests: PV costs 95,227,483p, PV benefits 215,652,468p.
        #expect(try total("discounted_costs") == 95_227_483)
        #expect(try total("discounted_total_benefits") == 215_652_468)
        #expect(try total("net_present_value") == 120_424_985)
        // The exported text reads back as the same table.
        #expect(try CSVTable(parsing: table.text()) == table)
        #expect(try CSVTable(parsing: example.agencyTable.text()) == example.agencyTable)
    }
}
