import Foundation

extension Scenario {
    /// Checks the whole scenario and throws every problem found.
    ///
    /// The rules: identifiers are non-empty and unique within each kind of entity; every
    /// reference names an entity the scenario contains; the area hierarchy has no cycles;
    /// populations, costs, unit costs, participants and counts are not negative; every number is
    /// finite; delivery ends no earlier than it starts; a comparison group has both its values;
    /// an estimate lies within its interval. Type-level rules (currency codes, GSS codes, grades,
    /// fractions) are enforced when values are created or decoded.
    ///
    /// - Throws: ``ValidationError`` with one ``ValidationIssue`` per problem: identifier problems
    ///   first, then each list's entities in document order.
    public func validate() throws(ValidationError) {
        let issues = validationIssues()
        guard issues.isEmpty else { throw ValidationError(issues: issues) }
    }

    /// Every problem in the scenario, in the order ``validate()`` reports them; empty when valid.
    public func validationIssues() -> [ValidationIssue] {
        var check = ScenarioChecker(scenario: self)
        check.run()
        return check.issues
    }
}

/// The rules behind ``Scenario/validate()``, one small method per entity kind.
private struct ScenarioChecker {
    let scenario: Scenario
    var issues: [ValidationIssue] = []

    let agencies: Set<Agency.ID>
    let communities: Set<Community.ID>
    let services: Set<Service.ID>
    let interventions: Set<Intervention.ID>

    init(scenario: Scenario) {
        self.scenario = scenario
        agencies = Set(scenario.agencies.map(\.id))
        communities = Set(scenario.communities.map(\.id))
        services = Set(scenario.services.map(\.id))
        interventions = Set(scenario.interventions.map(\.id))
    }

    mutating func run() {
        checkIdentifiers(scenario.agencies.map(\.id), list: "agencies")
        checkIdentifiers(scenario.communities.map(\.id), list: "communities")
        checkIdentifiers(scenario.assets.map(\.id), list: "assets")
        checkIdentifiers(scenario.services.map(\.id), list: "services")
        checkIdentifiers(scenario.unitCosts.map(\.id), list: "unitCosts")
        checkIdentifiers(scenario.interventions.map(\.id), list: "interventions")
        checkIdentifiers(scenario.evidence.map(\.id), list: "evidence")
        checkIdentifiers(scenario.assumptions.map(\.id), list: "assumptions")
        for (index, community) in scenario.communities.enumerated() {
            check(community, at: FieldPath.root.appending("communities", index: index))
        }
        checkHierarchy()
        for (index, asset) in scenario.assets.enumerated() {
            reference(
                asset.community, in: communities, kind: "community",
                at: FieldPath.root.appending("assets", index: index).appending("community"))
        }
        for (index, indicator) in scenario.indicators.enumerated() {
            func path() -> FieldPath { FieldPath.root.appending("indicators", index: index) }
            reference(indicator.community, in: communities, kind: "community", at: path().appending("community"))
            finite(indicator.value, at: path().appending("value"))
        }
        for (index, service) in scenario.services.enumerated() {
            reference(
                service.agency, in: agencies, kind: "agency",
                at: FieldPath.root.appending("services", index: index).appending("agency"))
        }
        for (index, cost) in scenario.unitCosts.enumerated() {
            func path() -> FieldPath { FieldPath.root.appending("unitCosts", index: index) }
            reference(cost.service, in: services, kind: "service", at: path().appending("service"))
            reference(cost.agency, in: agencies, kind: "agency", at: path().appending("agency"))
            notNegative(cost.amount, at: path().appending("amount"))
        }
        for (index, intervention) in scenario.interventions.enumerated() {
            check(intervention, at: FieldPath.root.appending("interventions", index: index))
        }
        for (index, evidence) in scenario.evidence.enumerated() {
            check(evidence, at: FieldPath.root.appending("evidence", index: index))
        }
    }

    // MARK: Entities
    //
    // Paths are passed as autoclosures and built only for a problem: a valid scenario of 10,000
    // interventions would otherwise allocate some 150,000 paths that no issue uses.

    mutating func check(_ community: Community, at path: @autoclosure () -> FieldPath) {
        for (year, population) in community.population.sorted(by: { $0.key < $1.key }) {
            func yearPath() -> FieldPath { path().appending("population").appending(String(year)) }
            if !PriceBase.years.contains(year) {
                issues.append(ValidationIssue(.outOfRange("year \(year)", allowed: "1800…9999"), at: yearPath()))
            }
            if population < 0 {
                issues.append(ValidationIssue(.negative("\(population)"), at: yearPath()))
            }
        }
        if let parent = community.parent {
            reference(parent, in: communities, kind: "community", at: path().appending("parent"))
        }
    }

    mutating func check(_ intervention: Intervention, at path: @autoclosure () -> FieldPath) {
        for (index, partner) in intervention.deliveryPartners.enumerated() {
            reference(partner, in: agencies, kind: "agency", at: path().appending("deliveryPartners", index: index))
        }
        for (index, community) in intervention.communities.enumerated() {
            reference(
                community, in: communities, kind: "community", at: path().appending("communities", index: index))
        }
        for (index, service) in intervention.targetServices.enumerated() {
            reference(service, in: services, kind: "service", at: path().appending("targetServices", index: index))
        }
        if intervention.end < intervention.start {
            issues.append(
                ValidationIssue(
                    .endBeforeStart(start: intervention.start.description, end: intervention.end.description),
                    at: path().appending("end")))
        }
        if intervention.participants < 0 {
            issues.append(
                ValidationIssue(.negative("\(intervention.participants)"), at: path().appending("participants")))
        }
        for (index, cost) in intervention.costs.enumerated() {
            func costPath() -> FieldPath { path().appending("costs", index: index) }
            notNegative(cost.amount, at: costPath().appending("amount"))
            reference(cost.funder, in: agencies, kind: "agency", at: costPath().appending("funder"))
        }
    }

    mutating func check(_ evidence: OutcomeEvidence, at path: @autoclosure () -> FieldPath) {
        reference(
            evidence.intervention, in: interventions, kind: "intervention", at: path().appending("intervention"))
        reference(evidence.service, in: services, kind: "service", at: path().appending("service"))
        if let community = evidence.community {
            reference(community, in: communities, kind: "community", at: path().appending("community"))
        }
        checkAdditionality(evidence.additionality, at: path().appending("additionality"))
        if let years = evidence.persistence.durationYears, years < 1 {
            issues.append(
                ValidationIssue(
                    .outOfRange("\(years)", allowed: "1 year or more"),
                    at: path().appending("persistence").appending("durationYears")))
        }
        func effect() -> FieldPath { path().appending("effect") }
        switch evidence.effect {
        case .absoluteReduction(let units):
            finite(units, at: effect().appending("units"))
        case .relativeReduction(_, let baseline):
            nonNegativeFinite(baseline, at: effect().appending("baselinePerYear"))
        case .beforeAndAfter(let counts):
            nonNegativeFinite(counts.baseline, at: effect().appending("baseline"))
            nonNegativeFinite(counts.followUp, at: effect().appending("followUp"))
            if let value = counts.comparisonBaseline {
                nonNegativeFinite(value, at: effect().appending("comparisonBaseline"))
            }
            if let value = counts.comparisonFollowUp {
                nonNegativeFinite(value, at: effect().appending("comparisonFollowUp"))
            }
            if (counts.comparisonBaseline == nil) != (counts.comparisonFollowUp == nil) {
                issues.append(
                    ValidationIssue(
                        .inconsistent("a comparison group needs both comparisonBaseline and comparisonFollowUp"),
                        at: effect()))
            }
        case .cohort(let chain):
            nonNegativeFinite(chain.eligible, at: effect().appending("eligible"))
            nonNegativeFinite(chain.unitsAvoidedPerSuccess, at: effect().appending("unitsAvoidedPerSuccess"))
        case .estimate(let estimate):
            let fields = [
                ("unitsAvoided", estimate.unitsAvoided), ("lower", estimate.lower), ("upper", estimate.upper),
            ]
            var allFinite = true
            for (name, value) in fields where !value.isFinite {
                issues.append(ValidationIssue(.notFinite("\(value)"), at: effect().appending(name)))
                allFinite = false
            }
            if allFinite, !(estimate.lower <= estimate.unitsAvoided && estimate.unitsAvoided <= estimate.upper) {
                issues.append(
                    ValidationIssue(
                        .outOfRange(
                            "\(estimate.unitsAvoided)", allowed: "its interval [\(estimate.lower), \(estimate.upper)]"),
                        at: effect().appending("unitsAvoided")))
            }
        }
    }

    /// The HCA shares are parts of one gross impact: together they may not exceed 100%.
    mutating func checkAdditionality(_ additionality: Additionality, at path: @autoclosure () -> FieldPath) {
        let total = additionality.reductions.reduce(0) { $0 + $1.adjustment.share.value }
        if total > 1 + 1e-12 {
            let parts = additionality.reductions.map { "\($0.name) \($0.adjustment.share)" }.joined(separator: " + ")
            issues.append(
                ValidationIssue(
                    .outOfRange(
                        "\(parts) = \(Fraction(unchecked: total))",
                        allowed: "100% in total (the shares would double count)"),
                    at: path()))
        }
        if let multiplier = additionality.multiplier {
            nonNegativeFinite(multiplier.value, at: path().appending("multiplier").appending("value"))
        }
    }

    /// Parents must not form a loop (A inside B inside A), or aggregation up the hierarchy
    /// would never end.
    mutating func checkHierarchy() {
        let parents = Dictionary(
            scenario.communities.compactMap { community in community.parent.map { (community.id, $0) } },
            uniquingKeysWith: { first, _ in first })
        for (index, community) in scenario.communities.enumerated() {
            var seen: Set<Community.ID> = [community.id]
            var current = community.parent
            while let next = current {
                if next == community.id {
                    issues.append(
                        ValidationIssue(
                            .inconsistent("community '\(community.id)' is inside itself through its parents"),
                            at: FieldPath.root.appending("communities", index: index).appending("parent")))
                    break
                }
                // A loop further up is reported on the communities that form it.
                if seen.contains(next) { break }
                seen.insert(next)
                current = parents[next]
            }
        }
    }

    // MARK: Rules

    mutating func checkIdentifiers<Entity>(_ identifiers: [Identifier<Entity>], list: String) {
        var seen: Set<Identifier<Entity>> = []
        seen.reserveCapacity(identifiers.count)
        for (index, identifier) in identifiers.enumerated() {
            func path() -> FieldPath { FieldPath.root.appending(list, index: index).appending("id") }
            if Self.isBlank(identifier.rawValue) {
                issues.append(ValidationIssue(.empty, at: path()))
            } else if !seen.insert(identifier).inserted {
                issues.append(ValidationIssue(.duplicateIdentifier(identifier.rawValue), at: path()))
            }
        }
    }

    /// Whether `text` is empty or only whitespace (`CharacterSet.whitespaces`: spaces of Unicode
    /// category Zs and tabs). An identifier that starts with an ASCII character other than a space
    /// or a tab is not, which settles almost every one without Foundation's trimming.
    static func isBlank(_ text: String) -> Bool {
        if let first = text.utf8.first, first < 0x80, first != 0x20, first != 0x09 { return false }
        return text.trimmingCharacters(in: .whitespaces).isEmpty
    }

    mutating func reference<Entity>(
        _ identifier: Identifier<Entity>, in known: Set<Identifier<Entity>>, kind: String,
        at path: @autoclosure () -> FieldPath
    ) {
        if !known.contains(identifier) {
            issues.append(ValidationIssue(.danglingReference(identifier.rawValue, kind: kind), at: path()))
        }
    }

    mutating func notNegative(_ amount: Money, at path: @autoclosure () -> FieldPath) {
        if amount.isNegative {
            issues.append(ValidationIssue(.negative(amount.amountText), at: path()))
        }
    }

    mutating func finite(_ value: Double, at path: @autoclosure () -> FieldPath) {
        if !value.isFinite { issues.append(ValidationIssue(.notFinite("\(value)"), at: path())) }
    }

    mutating func nonNegativeFinite(_ value: Double, at path: @autoclosure () -> FieldPath) {
        if !value.isFinite {
            issues.append(ValidationIssue(.notFinite("\(value)"), at: path()))
        } else if value < 0 {
            issues.append(ValidationIssue(.negative("\(value)"), at: path()))
        }
    }
}
