import Foundation
import Testing

@testable import CommunityResilience

/// A scenario read by `Scenario(json:)` remembers that it was validated, so that appraising it
/// does not validate it again; any change forgets that, and nothing else sets it.
@Suite("Validated scenarios")
struct ValidationMarkTests {
    @Test("a scenario read from JSON is marked valid; one built in code or decoded is not")
    func marked() throws {
        let data = try smallScenario().jsonData()
        #expect(try Scenario(json: data).validation.isValid)
        #expect(try smallScenario().validation.isValid == false)
        #expect(try JSONDecoder().decode(Scenario.self, from: data).validation.isValid == false)
    }

    @Test("any change to any property clears the mark")
    func changesClear() throws {
        let read = try Scenario(json: try smallScenario().jsonData())
        let changes: [(inout Scenario) -> Void] = [
            { $0.name = "Other" }, { $0.summary = "x" }, { $0.agencies.removeAll() },
            { $0.communities[1].parent = nil },
            { $0.assets[0].community = "nowhere" }, { $0.indicators[0].value = .nan },
            { $0.services[0].agency = "nobody" }, { $0.unitCosts[0].service = "none" },
            { $0.interventions[0].participants = -1 }, { $0.evidence[0].intervention = "none" },
            { $0.assumptions.append($0.assumptions[0]) },
        ]
        for change in changes {
            var scenario = read
            #expect(scenario.validation.isValid)
            change(&scenario)
            #expect(scenario.validation.isValid == false)
        }
    }

    @Test("every stored property is one the test above changes (a new one needs a didSet clearing the mark)")
    func everyPropertyIsCovered() throws {
        // If this fails, a stored property was added to Scenario. Give it
        // `didSet { validation = ValidationMark() }` like the others, add a change of it to
        // `changesClear`, then add its name here: without the didSet, appraise(with:) would trust
        // the mark of a scenario changed after it was read.
        let labels = Mirror(reflecting: try smallScenario()).children.compactMap(\.label)
        #expect(
            labels == [
                "name", "summary", "agencies", "communities", "assets", "indicators", "services", "unitCosts",
                "interventions", "evidence", "assumptions", "validation",
            ], "Scenario's stored properties: \(labels)")
    }

    @Test("a changed scenario is validated again when appraised")
    func changedIsValidatedAgain() throws {
        var scenario = try Scenario(json: try smallScenario().jsonData())
        #expect(throws: Never.self) { try scenario.appraise(with: .example) }
        // The evidence now names a service the scenario does not have: appraising must say so,
        // exactly as validate() does, and not use the mark the JSON reader left.
        scenario.evidence[0].service = "missing-service"
        let appraisalIssues = issues { () throws(ValidationError) in _ = try scenario.appraise(with: .example) }
        let validationIssues = issues { () throws(ValidationError) in try scenario.validate() }
        #expect(!validationIssues.isEmpty)
        #expect(appraisalIssues == validationIssues)
    }

    @Test("the mark does not change equality or hashing, nor the appraisal")
    func equalityAndAppraisal() throws {
        let built = try smallScenario()
        let read = try Scenario(json: try built.jsonData())
        #expect(read == built)
        #expect(read.hashValue == built.hashValue)
        #expect(Set([read, built]).count == 1)
        let fromRead = try read.appraise(with: .example)
        let fromBuilt = try built.appraise(with: .example)
        #expect(fromRead.portfolio.netPresentValue.value == fromBuilt.portfolio.netPresentValue.value)
        #expect(fromRead.benefits == fromBuilt.benefits)
        #expect(fromRead.costs == fromBuilt.costs)
    }

    private func issues(_ body: () throws(ValidationError) -> Void) -> [ValidationIssue] {
        do {
            try body()
            return []
        } catch {
            return error.issues
        }
    }
}
