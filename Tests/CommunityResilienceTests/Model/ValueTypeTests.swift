import Foundation
import Testing

@testable import CommunityResilience

@Suite("Validated value types")
struct ValueTypeTests {
    @Test(
        "GSS codes: a country letter and eight digits",
        arguments: [
            ("E01000001", true), ("W01000001", true), ("S01006506", true), ("E54000008", true),
            ("E0100001", false), ("E010000011", false), ("e01000001", false), ("X01000001", false),
            ("E01O00001", false), ("", false), ("E01٠٠٠٠٠١", false),
        ])
    func gss(text: String, valid: Bool) {
        let parsed = try? GSSCode(text)
        #expect((parsed != nil) == valid)
        if valid { #expect(parsed?.entityCode == String(text.prefix(3))) }
    }

    @Test("fractions stay within [0, 1]")
    func fractions() throws {
        #expect(try Fraction(0.25).complement == Fraction(0.75))
        #expect(try Fraction.percent(60).value == 0.6)
        #expect(throws: ValidationIssue(.outOfRange("1.2", allowed: "[0, 1]"))) { try Fraction(1.2) }
        #expect(throws: ValidationIssue(.outOfRange("-0.1", allowed: "[0, 1]"))) { try Fraction(-0.1) }
        #expect(throws: ValidationIssue(.notFinite("nan"))) { try Fraction(.nan) }
        #expect(throws: ValidationIssue(.outOfRange("120.0%", allowed: "0%…100%"))) { try Fraction.percent(120) }
    }

    @Test("grades and evidence levels are 1…5", arguments: [0, 1, 5, 6, -1])
    func grades(number: Int) {
        let valid = (1...5).contains(number)
        #expect(((try? ConfidenceGrade(number)) != nil) == valid)
        #expect(((try? EvidenceStrength(number)) != nil) == valid)
    }

    @Test("currency codes are checked against ISO 4217")
    func currencies() throws {
        #expect(try Currency(code: "GBP") == .gbp)
        #expect(try Currency(code: "JPY").minorUnitDigits == 0)
        #expect(try Currency(code: "BHD").minorUnitDigits == 3)
        #expect(throws: ValidationIssue(.unknownCurrency("GPB"))) { try Currency(code: "GPB") }
        #expect(throws: ValidationIssue(.unknownCurrency("gbp"))) { try Currency(code: "gbp") }
    }

    @Test(
        "price bases parse and print",
        arguments: [
            ("2024", PriceBase.calendarYear(2024), "2024"), ("2023-24", .financialYear(2023), "2023-24"),
            ("2023/24", .financialYear(2023), "2023-24"), ("1999-00", .financialYear(1999), "1999-00"),
        ])
    func priceBases(text: String, expected: PriceBase, printed: String) throws {
        let parsed = try PriceBase(parsing: text)
        #expect(parsed == expected)
        #expect(parsed.description == printed)
    }

    @Test("malformed price bases", arguments: ["2023-25", "24", "FY2023", "2023-2024", "10000"])
    func badPriceBases(text: String) {
        #expect(throws: ValidationIssue.self) { try PriceBase(parsing: text) }
    }

    @Test("coordinates are range-checked")
    func coordinates() throws {
        _ = try Coordinate(latitude: 53.41, longitude: -2.98)
        #expect(throws: ValidationIssue(.outOfRange("91.0", allowed: "−90…90"), at: "latitude")) {
            try Coordinate(latitude: 91, longitude: 0)
        }
    }

    @Test("field paths print in dotted form and parse back")
    func fieldPaths() {
        let path = FieldPath.root.appending("interventions", index: 3).appending("costs", index: 0).appending("amount")
        #expect(path.description == "interventions[3].costs[0].amount")
        #expect(FieldPath(stringLiteral: "interventions[3].costs[0].amount") == path)
        #expect(FieldPath.root.description == "")
    }

    @Test("identifiers of different entities are different types")
    func identifiers() {
        let community: Community.ID = "E01000001"
        let service: Service.ID = "E01000001"
        // `community == service` does not compile; only the raw text can be compared.
        #expect(community.rawValue == service.rawValue)
        #expect(community.description == "E01000001")
    }

    @Test("demand measures and asset kinds encode standard names and custom objects")
    func namedKinds() throws {
        let encoder = JSONEncoder()
        #expect(String(decoding: try encoder.encode(DemandMeasure.gpAppointment), as: UTF8.self) == "\"gpAppointment\"")
        #expect(
            String(decoding: try encoder.encode(DemandMeasure.custom(unit: "home visit")), as: UTF8.self)
                == "{\"custom\":\"home visit\"}")
        let custom = AssetKind(name: "library", category: .physical)
        #expect(try JSONDecoder().decode(AssetKind.self, from: encoder.encode(custom)) == custom)
        #expect(try JSONDecoder().decode(AssetKind.self, from: Data("\"venue\"".utf8)) == .venue)
        #expect(DemandMeasure.delayedDischargeDay.pluralUnitName == "delayed discharge days")
        #expect(DemandMeasure.accidentAndEmergencyAttendance.pluralUnitName == "A&E attendances")
    }

    @Test("population falls back to the nearest earlier year")
    func population() {
        let community = Community(id: "x", name: "X", kind: .lsoa, population: [2019: 1_400, 2021: 1_500])
        #expect(community.population(in: 2021) == 1_500)
        #expect(community.population(in: 2020) == 1_400)
        #expect(community.population(in: 2025) == 1_500)
        #expect(community.population(in: 2010) == 1_400)
        #expect(Community(id: "y", name: "Y", kind: .ward).population(in: 2020) == nil)
    }
}
