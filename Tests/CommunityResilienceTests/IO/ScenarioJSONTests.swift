import Foundation
import Testing

@testable import CommunityResilience

@Suite("Scenario JSON: versioned, lossless, and every problem reported")
struct ScenarioJSONTests {
    @Test("round trips are lossless", arguments: ["small", "example"])
    func roundTrip(which: String) throws {
        let scenario = which == "small" ? try smallScenario() : Scenario.example
        let data = try scenario.jsonData()
        let decoded = try Scenario(json: data)
        #expect(decoded == scenario)
        // Encoding is deterministic: the same scenario always gives the same bytes.
        #expect(try decoded.jsonData() == data)
    }

    @Test("the JSON carries the schema version and exact money strings")
    func shape() throws {
        let text = String(decoding: try smallScenario().jsonData(), as: UTF8.self)
        #expect(text.contains("\"schemaVersion\" : 1"))
        #expect(text.contains("\"amount\" : \"109.00\""))
        #expect(text.contains("\"priceBase\" : \"2023-24\""))
        #expect(text.contains("\"start\" : \"2023-04\""))
    }

    /// The small scenario as a JSON object, for tests that break one field.
    func smallJSON() throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: try smallScenario().jsonData())
        return object as? [String: Any] ?? [:]
    }

    func decode(_ object: [String: Any]) throws -> Scenario {
        try Scenario(json: try JSONSerialization.data(withJSONObject: object))
    }

    func issues(_ object: [String: Any]) throws -> [ValidationIssue] {
        do {
            _ = try decode(object)
            return []
        } catch let error as ValidationError {
            return error.issues
        }
    }

    @Test("decoding collects type-level and scenario-level problems together")
    func collected() throws {
        var json = try smallJSON()
        var costs = json["unitCosts"] as? [[String: Any]] ?? []
        var amount = costs[0]["amount"] as? [String: Any] ?? [:]
        amount["currency"] = "GPB"
        costs[0]["amount"] = amount
        costs[0]["grade"] = 7
        costs[0]["service"] = "nowhere"
        json["unitCosts"] = costs
        var communities = json["communities"] as? [[String: Any]] ?? []
        communities[0]["gssCode"] = "E0800011"
        json["communities"] = communities
        #expect(
            try issues(json) == [
                ValidationIssue(
                    .malformed("E0800011", expected: "a GSS code: a country letter and 8 digits, e.g. E01000001"),
                    at: "communities[0].gssCode"),
                ValidationIssue(.unknownCurrency("GPB"), at: "unitCosts[0].amount.currency"),
                ValidationIssue(.outOfRange("7", allowed: "1…5"), at: "unitCosts[0].grade"),
                ValidationIssue(.danglingReference("nowhere", kind: "service"), at: "unitCosts[0].service"),
            ])
    }

    @Test("schema version: missing, unsupported, wrong type")
    func schemaVersion() throws {
        var json = try smallJSON()
        json["schemaVersion"] = nil
        #expect(try issues(json) == [ValidationIssue(.missing, at: "schemaVersion")])
        json["schemaVersion"] = 2
        #expect(
            try issues(json) == [ValidationIssue(.unsupportedSchemaVersion(2, supported: [1]), at: "schemaVersion")])
        #expect(
            try issues(json).first?.description
                == "schemaVersion: schema version 2 is not supported (this library reads 1)")
        json["schemaVersion"] = "1"
        #expect(try issues(json) == [ValidationIssue(.wrongType(expected: "a whole number"), at: "schemaVersion")])
    }

    @Test("structural problems name their path")
    func structural() throws {
        var json = try smallJSON()
        var services = json["services"] as? [[String: Any]] ?? []
        services[0]["name"] = nil
        json["services"] = services
        #expect(try issues(json) == [ValidationIssue(.missing, at: "services[0].name")])

        json = try smallJSON()
        var interventions = json["interventions"] as? [[String: Any]] ?? []
        interventions[0]["participants"] = "two hundred"
        json["interventions"] = interventions
        #expect(
            try issues(json) == [
                ValidationIssue(.wrongType(expected: "a whole number"), at: "interventions[0].participants")
            ])
    }

    @Test("bad money, periods and names are reported at their field")
    func fieldLevel() throws {
        var json = try smallJSON()
        var interventions = json["interventions"] as? [[String: Any]] ?? []
        var costs = interventions[0]["costs"] as? [[String: Any]] ?? []
        var amount = costs[0]["amount"] as? [String: Any] ?? [:]
        amount["amount"] = "75.005"
        costs[0]["amount"] = amount
        costs[0]["basis"] = "monthly"
        interventions[0]["costs"] = costs
        json["interventions"] = interventions
        var evidence = json["evidence"] as? [[String: Any]] ?? []
        evidence[0]["period"] = "2023-26"
        json["evidence"] = evidence
        let found = try issues(json)
        // Issues come in decoding order: a cost line's fields in declaration order (basis, amount).
        #expect(
            found.map(\.path.description) == [
                "interventions[0].costs[0].basis", "interventions[0].costs[0].amount.amount", "evidence[0].period",
            ])
        #expect(found.first?.problem == .malformed("monthly", expected: "one of oneOff, annual, perParticipant"))
        #expect(
            found.dropFirst().first?.problem
                == .malformed("75.005", expected: "a decimal amount such as 1200.50 with at most 2 decimal places"))
        #expect(found.last?.problem == .malformed("2023-26", expected: Period.expectedForms))
    }

    @Test("amounts may be JSON numbers, read exactly")
    func numericAmount() throws {
        var json = try smallJSON()
        var costs = json["unitCosts"] as? [[String: Any]] ?? []
        var amount = costs[0]["amount"] as? [String: Any] ?? [:]
        amount["amount"] = 109.1
        costs[0]["amount"] = amount
        json["unitCosts"] = costs
        #expect(try decode(json).unitCosts[0].amount.minorUnits == 10_910)
    }

    @Test(
        "unreadable input: not JSON, truncated, empty",
        arguments: ["{", "", "not json", "{\"schemaVersion\": 1, \"name\": \"x"])
    func unreadable(text: String) {
        #expect {
            try Scenario(json: Data(text.utf8))
        } throws: { error in
            guard let error = error as? ValidationError, let issue = error.issues.first,
                case .unreadable = issue.problem
            else { return false }
            return error.issues.count == 1
        }
    }

    @Test("a UTF-8 byte-order mark is accepted")
    func byteOrderMark() throws {
        let data = Data([0xEF, 0xBB, 0xBF]) + (try smallScenario().jsonData())
        #expect(try Scenario(json: data) == smallScenario())
    }
}
