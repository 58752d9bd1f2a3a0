import Foundation
import Testing

@testable import CommunityResilience

/// Importing a unit-cost table: exact money in its currency and price base, every bad field
/// reported at its line and column.
@Suite("CSV import: unit costs")
struct UnitCostCSVImportTests {
    static let header = "id,service,agency,amount,currency,price year,value type,cashable,grade,source\r\n"

    @Test("rows become unit costs with exact money, price bases and grades")
    func unitCosts() throws {
        let text =
            Self.header
            + "uc-ae,ae,nhs-acute,109.00,GBP,2011-12,fiscal,no,3,\"GMCA Unit Cost Database v1.4, HE4.0\"\r\n"
            + " uc-gp , gp ,primary-care,49,GBP,2022,Fiscal,Yes,2,GMCA UCD\r\n"
            + "uc-jp,ae,nhs-acute,1200,JPY,2023/24,social,non-cashable,5,\r\n"
        let result = try UnitCostCSVImporter().read(string: text)
        #expect(result.issues.isEmpty)
        #expect(result.rowsRead == 3)
        #expect(
            try result.get() == [
                UnitCost(
                    id: "uc-ae", service: "ae", amount: try Money("109.00", .gbp, in: .financialYear(2011)),
                    valueType: .fiscal,
                    isCashable: false, agency: "nhs-acute", source: "GMCA Unit Cost Database v1.4, HE4.0", grade: .three
                ),
                UnitCost(
                    id: "uc-gp", service: "gp", amount: try Money("49.00", .gbp, in: .calendarYear(2022)),
                    valueType: .fiscal,
                    isCashable: true, agency: "primary-care", source: "GMCA UCD", grade: .two),
                UnitCost(
                    id: "uc-jp", service: "ae",
                    amount: try Money("1200", try Currency(code: "JPY"), in: .financialYear(2023)),
                    valueType: .social, isCashable: false, agency: "nhs-acute", source: "", grade: .five),
            ])
    }

    @Test("without a currency column every amount is in the default currency")
    func defaultCurrency() throws {
        let text =
            "Unit cost ID,Service,Agency,Unit cost,Price base,Type,Is cashable,Confidence grade,Source\nx,ae,a,10.5,2024,economic,1,4,s\n"
        let costs = try UnitCostCSVImporter(defaultCurrency: .eur).read(string: text).get()
        #expect(costs.map(\.amount) == [try Money("10.50", .eur, in: .calendarYear(2024))])
        #expect(costs.map(\.isCashable) == [true])
    }

    @Test("missing columns are all named")
    func missingColumns() {
        #expect(
            issues { () throws(ValidationError) in try UnitCostCSVImporter().read(string: "id,service,amount\n") } == [
                ValidationIssue(.missing, at: .csv(line: 1, column: "agency")),
                ValidationIssue(.missing, at: .csv(line: 1, column: "price year")),
                ValidationIssue(.missing, at: .csv(line: 1, column: "value type")),
                ValidationIssue(.missing, at: .csv(line: 1, column: "cashable")),
                ValidationIssue(.missing, at: .csv(line: 1, column: "grade")),
                ValidationIssue(.missing, at: .csv(line: 1, column: "source")),
            ])
    }

    static let badFile =
        header
        + "uc-1,ae,nhs-acute,109.00,GBP,2023-24,fiscal,no,3,src\r\n"  // line 2: good
        + "uc-1,ae,nhs-acute,109.00,GBP,2023-24,fiscal,no,3,src\r\n"  // 3: duplicate id
        + "uc-3,ae,nhs-acute,12.345,GBP,2023-24,fiscal,no,3,src\r\n"  // 4: too many decimals
        + "uc-4,ae,nhs-acute,-5.00,GBP,2023-24,fiscal,no,3,src\r\n"  // 5: negative
        + "uc-5,ae,nhs-acute,5.00,GPB,2023-24,fiscal,no,3,src\r\n"  // 6: not a currency
        + "uc-6,ae,nhs-acute,5.00,GBP,2023-25,fiscal,no,3,src\r\n"  // 7: not a financial year
        + "uc-7,ae,nhs-acute,5.00,GBP,2023-24,cashable,maybe,7,src\r\n"  // 8: three problems
        + "uc-8,,nhs-acute,5.00,GBP,2023-24,social,no,three,src\r\n"  // 9: two problems
        + "uc-9,ae,nhs-acute,\"1,200.00\",JPY,2023,economic,1,1,\r\n"  // 10: grouping, and decimals in yen
        + "uc-10,ae,nhs-acute,5.00,GBP,2023-24\r\n"  // 11: too few fields

    static let badFileIssues: [ValidationIssue] = [
        ValidationIssue(.duplicateIdentifier("uc-1"), at: .csv(line: 3, column: "id")),
        ValidationIssue(
            .malformed("12.345", expected: "a decimal amount such as 1200.50 with at most 2 decimal places"),
            at: .csv(line: 4, column: "amount")),
        ValidationIssue(.negative("-5.00"), at: .csv(line: 5, column: "amount")),
        ValidationIssue(.unknownCurrency("GPB"), at: .csv(line: 6, column: "currency")),
        ValidationIssue(
            .malformed("2023-25", expected: "a calendar year such as 2024 or a financial year such as 2023-24"),
            at: .csv(line: 7, column: "price year")),
        ValidationIssue(
            .malformed("cashable", expected: "one of fiscal, economic, social"), at: .csv(line: 8, column: "value type")
        ),
        ValidationIssue(
            .malformed("maybe", expected: "yes or no (also true/false, 1/0, cashable/non-cashable)"),
            at: .csv(line: 8, column: "cashable")),
        ValidationIssue(.outOfRange("7", allowed: "1…5"), at: .csv(line: 8, column: "grade")),
        ValidationIssue(.missing, at: .csv(line: 9, column: "service")),
        ValidationIssue(
            .malformed("three", expected: "a confidence grade from 1 (best) to 5"), at: .csv(line: 9, column: "grade")),
        ValidationIssue(
            .malformed("1,200.00", expected: "a decimal amount such as 1200.50 with at most 0 decimal places"),
            at: .csv(line: 10, column: "amount")),
        // At the first field missing: the seventh, "value type".
        ValidationIssue(
            .inconsistent("the row has 6 fields, but the header has 10"), at: .csv(line: 11, column: "value type")),
    ]

    @Test("every bad field is reported at its line and column, and every row counted")
    func collectsEveryIssue() throws {
        let result = try UnitCostCSVImporter().read(string: Self.badFile)
        #expect(result.issues == Self.badFileIssues)
        #expect(result.rowsRead == 10)
        #expect(result.rowsAccepted == 1)
        #expect(result.value.map(\.id) == ["uc-1"])
        #expect(result.issues[7].description == "line 8, column \"grade\": 7 is outside 1…5")
    }

    @Test("stopping at the first issue throws just that one")
    func stopsAtFirst() {
        #expect(
            issues { () throws(ValidationError) in
                try UnitCostCSVImporter(options: .stopAtFirstIssue).read(string: Self.badFile)
            } == [Self.badFileIssues[0]])
    }

    @Test("imported unit costs slot into a scenario that validates")
    func intoScenario() throws {
        var scenario = try smallScenario()
        let text = Self.header + "uc-ae,ae,nhs-acute,109.00,GBP,2023-24,fiscal,no,3,GMCA UCD HE4.0\r\n"
        scenario.unitCosts = try UnitCostCSVImporter().read(string: text).get()
        #expect(scenario.validationIssues().isEmpty)
        #expect(scenario == (try smallScenario()))
    }
}
