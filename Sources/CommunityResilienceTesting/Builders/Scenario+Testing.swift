import CommunityResilience

extension Scenario {
    /// A valid scenario around one testing intervention.
    ///
    /// ```swift
    /// let scenario = try Scenario.testing(intervention: .testing(avoids: 40, of: .ambulanceCallOut))
    /// let result = try scenario.appraise(with: .testing).portfolio
    /// // benefits 40 × £400 = £16,000; costs £10,000; NPV £6,000; BCR 1.6
    /// ```
    ///
    /// - Parameters:
    ///   - name: the scenario's name.
    ///   - intervention: the intervention.
    ///   - communities: the communities; by default one ``Community/testing(id:name:kind:population:parent:)``.
    /// - Returns: the scenario, validated.
    /// - Throws: ``ValidationError`` as ``testing(name:interventions:communities:)`` does.
    public static func testing(
        name: String = "Test scenario", intervention: TestIntervention, communities: [Community] = [.testing()]
    ) throws(ValidationError) -> Scenario {
        try testing(name: name, interventions: [intervention], communities: communities)
    }

    /// A valid scenario built from testing interventions.
    ///
    /// Each ``CommunityResilienceTesting/TestIntervention`` becomes an ``Intervention`` (delivered by its funder, serving
    /// its communities or, when it names none, every community), an ``OutcomeEvidence`` item
    /// `ev-<intervention id>`, and — once per distinct ``CommunityResilienceTesting/TestService`` — a ``Service`` and its
    /// ``UnitCost`` `uc-<service id>`. Two different services that would share an identifier are
    /// told apart by a suffix (`ambulance`, `ambulance-2`, …, in intervention order), so that no
    /// evidence is ever valued by another intervention's unit cost. Agencies are listed in the order
    /// they first appear: each intervention's funder, then its service's agency.
    ///
    /// - Parameters:
    ///   - name: the scenario's name.
    ///   - interventions: the interventions, in order.
    ///   - communities: the communities; by default one ``Community/testing(id:name:kind:population:parent:)``.
    /// - Returns: the scenario, validated.
    /// - Throws: ``ValidationError`` with every problem: an amount that is not exact decimal money
    ///   (at `interventions[i].cost.amount` or `interventions[i].outcome.service.unitCost`), two
    ///   different agencies with one identifier, and every problem ``Scenario/validate()`` finds in
    ///   the result (a duplicate intervention identifier, a community that does not exist, a
    ///   negative cost …).
    public static func testing(
        name: String = "Test scenario", interventions: [TestIntervention], communities: [Community] = [.testing()]
    ) throws(ValidationError) -> Scenario {
        var builder = TestScenarioBuilder(communities: communities)
        for (index, intervention) in interventions.enumerated() {
            builder.add(intervention, at: FieldPath.root.appending("interventions", index: index))
        }
        let scenario = Scenario(
            name: name, summary: "Built by CommunityResilienceTesting.", agencies: builder.agencies,
            communities: communities, services: builder.services, unitCosts: builder.unitCosts,
            interventions: builder.interventions, evidence: builder.evidence)
        let issues = builder.issues + scenario.validationIssues()
        guard issues.isEmpty else { throw ValidationError(issues: issues) }
        return scenario
    }
}

/// Assembles the entities of ``Scenario/testing(name:interventions:communities:)`` one testing
/// intervention at a time, collecting every problem with its path in the builder's terms.
struct TestScenarioBuilder {
    let communities: [Community]
    var agencies: [Agency] = []
    var services: [Service] = []
    var unitCosts: [UnitCost] = []
    var interventions: [Intervention] = []
    var evidence: [OutcomeEvidence] = []
    var issues: [ValidationIssue] = []
    /// The identifier each distinct testing service was given.
    var serviceIDs: [TestService: Service.ID] = [:]

    mutating func add(_ spec: TestIntervention, at path: FieldPath) {
        // Cost before outcome, as the fields are declared, so problems come in reading order.
        addAgency(spec.cost.funder, at: path.appending("cost").appending("funder"))
        var costs: [CostLine] = []
        do {
            let amount = try spec.cost.amount.money()
            costs.append(
                CostLine(
                    item: spec.cost.item, basis: spec.cost.basis, amount: amount,
                    funder: spec.cost.funder.id, grade: spec.cost.grade))
        } catch {
            issues.append(error.located(under: path.appending("cost").appending("amount")))
        }
        let servicePath = path.appending("outcome").appending("service")
        addAgency(spec.outcome.service.agency, at: servicePath.appending("agency"))
        let service = addService(spec.outcome.service, at: servicePath)
        interventions.append(
            Intervention(
                id: spec.id, name: spec.name, deliveryPartners: [spec.cost.funder.id],
                communities: spec.communities ?? communities.map(\.id), start: spec.delivery.first,
                end: spec.delivery.last, costs: costs, participants: spec.participants, targetServices: [service]))
        let outcome = spec.outcome
        evidence.append(
            OutcomeEvidence(
                id: OutcomeEvidence.ID("ev-\(spec.id)"), intervention: spec.id, service: service,
                community: outcome.community, period: outcome.period ?? spec.delivery, effect: outcome.effect,
                strength: outcome.strength, grade: outcome.grade, source: outcome.source,
                additionality: outcome.additionality, persistence: outcome.persistence))
    }

    /// Adds an agency once; a different agency under an identifier already taken is a problem.
    mutating func addAgency(_ agency: Agency, at path: FieldPath) {
        guard let existing = agencies.first(where: { $0.id == agency.id }) else {
            agencies.append(agency)
            return
        }
        if existing != agency {
            issues.append(
                ValidationIssue(
                    .inconsistent(
                        "two different agencies use the identifier '\(agency.id)' ('\(existing.name)' and '\(agency.name)')"
                    ),
                    at: path.appending("id")))
        }
    }

    /// The identifier of the service, adding it and its unit cost the first time it is seen.
    mutating func addService(_ spec: TestService, at path: FieldPath) -> Service.ID {
        if let id = serviceIDs[spec] { return id }
        var id = spec.id
        var suffix = 2
        while services.contains(where: { $0.id == id }) {
            id = Service.ID("\(spec.id)-\(suffix)")
            suffix += 1
        }
        serviceIDs[spec] = id
        services.append(Service(id: id, name: spec.name, agency: spec.agency.id, measure: spec.measure))
        do {
            let amount = try spec.unitCost.money()
            unitCosts.append(
                UnitCost(
                    id: UnitCost.ID("uc-\(id)"), service: id, amount: amount, valueType: spec.valueType,
                    isCashable: spec.isCashable, agency: spec.agency.id, source: spec.source, grade: spec.grade))
        } catch {
            issues.append(error.located(under: path.appending("unitCost")))
        }
        return id
    }
}
