import Foundation
import Testing

@testable import CommunityResilience

@Suite("Scenario validation reports every problem with its path")
struct ScenarioValidationTests {
    @Test("the small scenario and the bundled example are valid")
    func valid() throws {
        try smallScenario().validate()
        try Scenario.example.validate()
    }

    /// Applies `change` to the small scenario and returns the issues it then has.
    func issues(after change: (inout Scenario) throws -> Void) throws -> [ValidationIssue] {
        var scenario = try smallScenario()
        try change(&scenario)
        return scenario.validationIssues()
    }

    @Test("a negative cost names the cost line and prints the amount")
    func negativeCost() throws {
        let found = try issues {
            $0.interventions[0].costs[0].amount = try Money("-120.00", .gbp, in: .financialYear(2023))
        }
        #expect(found == [ValidationIssue(.negative("-120.00"), at: "interventions[0].costs[0].amount")])
        #expect(found.first?.description == "interventions[0].costs[0].amount: -120.00 is negative")
    }

    @Test(
        "each rule, its path and its problem",
        arguments: [
            Rule("negative population", "communities[1].population.2021", .negative("-5")) {
                $0.communities[1].population[2021] = -5
            },
            Rule(
                "population year out of range", "communities[1].population.12021",
                .outOfRange("year 12021", allowed: "1800…9999")
            ) {
                $0.communities[1].population = [12_021: 5]
            },
            Rule("dangling parent", "communities[1].parent", .danglingReference("nowhere", kind: "community")) {
                $0.communities[1].parent = "nowhere"
            },
            Rule(
                "hierarchy cycle", "communities[0].parent",
                .inconsistent("community 'la' is inside itself through its parents")
            ) {
                $0.communities[0].parent = "la"
            },
            Rule("duplicate identifier", "services[1].id", .duplicateIdentifier("ae")) {
                $0.services.append($0.services[0])
            },
            Rule("empty identifier", "agencies[0].id", .empty) {
                $0.agencies[0].id = "  "
                $0.agencies.append(.fireAndRescue)
            },
            Rule(
                "asset serving an unknown community", "assets[0].community", .danglingReference("x", kind: "community")
            ) {
                $0.assets[0].community = "x"
            },
            Rule("non-finite indicator", "indicators[0].value", .notFinite("nan")) {
                $0.indicators[0].value = .nan
            },
            Rule("service of an unknown agency", "services[0].agency", .danglingReference("nhs", kind: "agency")) {
                $0.services[0].agency = "nhs"
            },
            Rule(
                "unit cost of an unknown service", "unitCosts[0].service",
                .danglingReference("a-and-e", kind: "service")
            ) {
                $0.unitCosts[0].service = "a-and-e"
            },
            Rule("negative unit cost", "unitCosts[0].amount", .negative("-109.00")) {
                $0.unitCosts[0].amount = -$0.unitCosts[0].amount
            },
            Rule("end before start", "interventions[0].end", .endBeforeStart(start: "2023-04", end: "2023-03")) {
                $0.interventions[0].end = try Month(year: 2023, month: 3)
            },
            Rule("negative participants", "interventions[0].participants", .negative("-1")) {
                $0.interventions[0].participants = -1
            },
            Rule("unknown funder", "interventions[0].costs[0].funder", .danglingReference("council", kind: "agency")) {
                $0.interventions[0].costs[0].funder = "council"
            },
            Rule(
                "unknown target service", "interventions[0].targetServices[0]",
                .danglingReference("gp", kind: "service")
            ) {
                $0.interventions[0].targetServices = ["gp"]
            },
            Rule(
                "unknown delivery partner", "interventions[0].deliveryPartners[0]",
                .danglingReference("x", kind: "agency")
            ) {
                $0.interventions[0].deliveryPartners = ["x"]
            },
            Rule(
                "unknown intervention community", "interventions[0].communities[0]",
                .danglingReference("y", kind: "community")
            ) {
                $0.interventions[0].communities = ["y"]
            },
            Rule(
                "evidence for an unknown intervention", "evidence[0].intervention",
                .danglingReference("hsc2", kind: "intervention")
            ) {
                $0.evidence[0].intervention = "hsc2"
            },
            Rule("infinite reported effect", "evidence[0].effect.units", .notFinite("inf")) {
                $0.evidence[0].effect = .absoluteReduction(units: .infinity)
            },
            Rule("negative baseline", "evidence[0].effect.baselinePerYear", .negative("-10.0")) {
                $0.evidence[0].effect = .relativeReduction(try Fraction(0.6), baselinePerYear: -10)
            },
            Rule(
                "half a comparison group", "evidence[0].effect",
                .inconsistent("a comparison group needs both comparisonBaseline and comparisonFollowUp")
            ) {
                $0.evidence[0].effect = .beforeAndAfter(
                    BeforeAndAfter(baseline: 10, followUp: 8, comparisonBaseline: 9))
            },
            Rule("negative count", "evidence[0].effect.followUp", .negative("-8.0")) {
                $0.evidence[0].effect = .beforeAndAfter(BeforeAndAfter(baseline: 10, followUp: -8))
            },
            Rule("negative cohort", "evidence[0].effect.eligible", .negative("-100.0")) {
                $0.evidence[0].effect = .cohort(
                    CohortChain(eligible: -100, engagement: .one, success: .one, unitsAvoidedPerSuccess: 1))
            },
            Rule(
                "estimate outside its interval", "evidence[0].effect.unitsAvoided",
                .outOfRange("50.0", allowed: "its interval [10.0, 40.0]")
            ) {
                $0.evidence[0].effect = .estimate(
                    StatisticalEstimate(
                        unitsAvoided: 50, lower: 10, upper: 40, confidenceLevel: try Fraction(0.95), method: "ITS",
                        data: "test"))
            },
        ])
    func rule(_ rule: Rule) throws {
        let found = try issues(after: rule.change)
        #expect(found == [ValidationIssue(rule.problem, at: FieldPath(stringLiteral: rule.path))], "\(rule.name)")
    }

    @Test("every problem is reported, not just the first")
    func allProblems() throws {
        var scenario = try smallScenario()
        scenario.communities[1].population[2021] = -1
        scenario.unitCosts[0].agency = "nobody"
        scenario.interventions[0].participants = -3
        scenario.evidence[0].service = "missing"
        #expect(
            throws: ValidationError(issues: [
                ValidationIssue(.negative("-1"), at: "communities[1].population.2021"),
                ValidationIssue(.danglingReference("nobody", kind: "agency"), at: "unitCosts[0].agency"),
                ValidationIssue(.negative("-3"), at: "interventions[0].participants"),
                ValidationIssue(.danglingReference("missing", kind: "service"), at: "evidence[0].service"),
            ])
        ) {
            try scenario.validate()
        }
    }

    @Test("the error message lists each problem on its own line")
    func message() throws {
        var scenario = try smallScenario()
        scenario.interventions[0].participants = -3
        let error = ValidationError(issues: scenario.validationIssues())
        #expect(error.description == "1 problem:\n- interventions[0].participants: -3 is negative")
    }
}

/// One validation rule under test: a change that breaks it, and the issue it must produce.
struct Rule: Sendable, CustomTestStringConvertible {
    let name: String
    let path: String
    let problem: ValidationIssue.Problem
    let change: @Sendable (inout Scenario) throws -> Void

    init(
        _ name: String, _ path: String, _ problem: ValidationIssue.Problem,
        change: @escaping @Sendable (inout Scenario) throws -> Void
    ) {
        self.name = name
        self.path = path
        self.problem = problem
        self.change = change
    }

    var testDescription: String { name }
}
