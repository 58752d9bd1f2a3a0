import CommunityResilience
import Testing

@testable import CommunityResilienceTesting

/// The builders' defaults are valid and give figures that can be checked by hand.
///
/// Derivations: with the defaults every amount is in 2024-25 prices (no rebasing), every grade is
/// 1 (no optimism bias in the GMCA table), evidence is measured over 2024-25 with no
/// additionality and no persistence beyond it, and 2024-25 is year 0 (undiscounted). So
/// PV benefits = units × unit cost and PV costs = the one-off cost:
/// 40 ambulance call-outs × £400 = £16,000; costs £10,000; NPV £6,000; BCR 16,000 ÷ 10,000 = 1.6;
/// payback, with costs at the start of year 0 and benefits through it, 12 × 10,000 ÷ 16,000 = 7.5
/// months.
@Suite("Builders: defaults that are valid and hand-checkable")
struct ScenarioTestingTests {
    let falls = TestIntervention.testing(avoids: 40, of: .ambulanceCallOut)

    @Test("the default scenario around one intervention is valid and holds what it says")
    func defaults() throws {
        let scenario = try Scenario.testing(intervention: falls)
        try scenario.validate()
        #expect(scenario.name == "Test scenario")
        #expect(scenario.agencies.map(\.id) == ["commissioner", "ambulance"])
        #expect(scenario.communities.map(\.id) == ["test-area"])
        #expect(scenario.communities.first?.population == [2024: 10_000])
        #expect(scenario.services.map(\.id) == ["ambulance"])
        #expect(scenario.services.first?.name == "Ambulance call-outs")
        #expect(scenario.services.first?.agency == "ambulance")
        let unitCost = try #require(scenario.unitCosts.first)
        #expect(scenario.unitCosts.count == 1)
        #expect(unitCost.id == "uc-ambulance")
        #expect(unitCost.amount == (try Money("400.00", .gbp, in: .financialYear(2024))))
        #expect(unitCost.valueType == .fiscal && !unitCost.isCashable && unitCost.grade == .one)
        let intervention = try #require(scenario.interventions.first)
        #expect(intervention.id == "test-intervention")
        #expect(intervention.start.description == "2024-04" && intervention.end.description == "2025-03")
        #expect(intervention.communities == ["test-area"])
        #expect(intervention.deliveryPartners == ["commissioner"])
        #expect(intervention.participants == 100)
        #expect(intervention.targetServices == ["ambulance"])
        #expect(
            intervention.costs == [
                CostLine(
                    item: "Delivery", basis: .oneOff, amount: try Money("10000.00", .gbp, in: .financialYear(2024)),
                    funder: "commissioner", grade: .one)
            ])
        let evidence = try #require(scenario.evidence.first)
        #expect(evidence.id == "ev-test-intervention")
        #expect(evidence.effect == .absoluteReduction(units: 40))
        #expect(evidence.period == TestDefaults.period)
        #expect(evidence.period.first.description == "2024-04" && evidence.period.last.description == "2025-03")
        #expect(evidence.additionality == .none && evidence.persistence == .measuredPeriod && evidence.grade == .one)
    }

    @Test("the default appraisal: benefits = units × unit cost, costs = the one-off cost")
    func handChecked() throws {
        let result = try Scenario.testing(intervention: falls).appraise(with: .testing).portfolio
        #expect(result.years.first?.description == "2024-25")
        #expect(result.presentValueOfBenefits.value.amountText == "16000.00")
        #expect(result.presentValueOfBenefits(to: "ambulance").value.amountText == "16000.00")
        #expect(result.presentValueOfCosts.value.amountText == "10000.00")
        #expect(result.netPresentValue.value.amountText == "6000.00")
        #expect(result.benefitCostRatio.value == 1.6)
        #expect(result.payback.value == .months(7.5))
        #expect(result.demandAvoided.first?.netAdditional == 40)
    }

    @Test(
        "every standard service has its documented identifier, agency and round unit cost",
        arguments: [
            // (service, identifier, agency, unit cost in pence); 10 units avoided → PV benefits = 10 × unit cost.
            (TestService.accidentAndEmergencyAttendance, "ae", "nhs-acute", 10_000),
            (.nonElectiveAdmission, "non-elective", "nhs-acute", 200_000),
            (.gpAppointment, "gp", "primary-care", 5_000),
            (.hospitalBedDay, "bed-day", "nhs-acute", 40_000),
            (.delayedDischargeDay, "delayed-discharge", "nhs-acute", 40_000),
            (.ambulanceCallOut, "ambulance", "ambulance", 40_000),
            (.fireIncident, "fire", "fire-rescue", 200_000),
            (.policeCallOut, "police", "police", 20_000),
            (.testing(.custom(unit: "Home visit (OT)")), "home-visit-ot", "test-agency", 10_000),
        ] as [(TestService, String, String, Int)])
    func standardServices(service: TestService, id: String, agency: String, pence: Int) throws {
        // Pence as Int: Int128 as the fourth element of this argument tuple crashes the test runner
        // (Swift 6.3.1, Linux x86_64: a null call in the argument task).
        #expect(service.id.rawValue == id)
        #expect(service.agency.id.rawValue == agency)
        let scenario = try Scenario.testing(intervention: .testing(avoids: 10, of: service))
        #expect(scenario.unitCosts.first?.amount.minorUnits == Int128(pence))
        let result = try scenario.appraise(with: .testing).portfolio
        #expect(result.presentValueOfBenefits.value.minorUnits == Int128(10 * pence))
    }

    @Test("a service's own unit cost, agency and identifier")
    func customService() throws {
        let visits = TestService.testing(
            .custom(unit: "home visit"), unitCost: "60.50", agency: .adultSocialCare, id: "visits")
        #expect(visits.name == "Home visits")
        let scenario = try Scenario.testing(intervention: .testing(avoids: 100, of: visits, costing: "5000.00"))
        #expect(scenario.agencies.map(\.id) == ["commissioner", "adult-social-care"])
        // 100 × £60.50 = £6,050.00.
        let result = try scenario.appraise(with: .testing).portfolio
        #expect(result.presentValueOfBenefits.value.amountText == "6050.00")
        #expect(TestService.ambulanceCallOut.valued(at: 415).unitCost == 415)
    }

    @Test("any measured effect: 60% of 1,000 GP appointments a year")
    func relativeEffect() throws {
        let social = TestIntervention.testing(
            id: "social-prescribing", .relativeReduction(try .percent(60), baselinePerYear: 1_000), of: .gpAppointment)
        let result = try Scenario.testing(intervention: social).appraise(with: .testing).portfolio
        // 0.6 × 1,000 = 600 appointments over 2024-25 × £50 = £30,000.00.
        #expect(result.demandAvoided.first?.netAdditional == 600)
        #expect(result.presentValueOfBenefits.value.amountText == "30000.00")
        #expect(social.outcome.effect == .relativeReduction(try .percent(60), baselinePerYear: 1_000))
    }

    @Test("interventions share an identical service; a differently valued one gets a suffix")
    func sharedServices() throws {
        let scenario = try Scenario.testing(interventions: [
            .testing(id: "a", avoids: 10, of: .ambulanceCallOut),
            .testing(id: "b", avoids: 5, of: .ambulanceCallOut),
            .testing(id: "c", avoids: 2, of: .ambulanceCallOut.valued(at: 500)),
        ])
        #expect(scenario.services.map(\.id) == ["ambulance", "ambulance-2"])
        #expect(scenario.unitCosts.map(\.id) == ["uc-ambulance", "uc-ambulance-2"])
        #expect(scenario.evidence.map(\.service) == ["ambulance", "ambulance", "ambulance-2"])
        // (10 + 5) × £400 + 2 × £500 = £7,000: no evidence is valued twice.
        let appraisal = try scenario.appraise(with: .testing)
        #expect(appraisal.portfolio.presentValueOfBenefits.value.amountText == "7000.00")
        #expect(appraisal.portfolio.presentValueOfCosts.value.amountText == "30000.00")
        #expect(appraisal.result(for: "c")?.presentValueOfBenefits.value.amountText == "1000.00")
    }

    @Test("changed additionality and persistence follow the engine's rules")
    func adjustments() throws {
        var falls = self.falls
        falls.outcome.additionality = Additionality(deadweight: .init(try .percent(25), source: "comparison wards"))
        falls.outcome.persistence = Persistence(durationYears: 2, dropOff: try .percent(50))
        let result = try Scenario.testing(intervention: falls).appraise(with: .testing).portfolio
        // Net 40 × 0.75 = 30 in 2024-25 (t = 0): £12,000.00; 15 in 2025-26: £6,000.00 ÷ 1.035 =
        // £5,797.1014… → £5,797.10. Python: int((D(600000) * D(repr(1/1.035))).quantize(1, ROUND_HALF_EVEN)) = 579710.
        #expect(result.benefits.first?.discounted.prefix(2).map(\.amountText) == ["12000.00", "5797.10"])
        #expect(result.presentValueOfBenefits.value.amountText == "17797.10")
    }

    @Test("a unit cost in older prices is rebased as in a real appraisal")
    func rebasing() throws {
        let ae = TestService.accidentAndEmergencyAttendance.valued(
            at: .money(try Money("109.00", .gbp, in: .financialYear(2011))))
        let result = try Scenario.testing(intervention: .testing(avoids: 1, of: ae)).appraise(with: .testing).portfolio
        // £109 × 100 ÷ 70.3261 = £154.9922… → £154.99 (GDP deflators, March 2026), as in the bundled example.
        #expect(result.benefits.first?.unitValue.amountText == "154.99")
    }

    @Test("amounts that are not exact money are reported with the builder's paths, all at once")
    func badAmounts() {
        let bad = TestIntervention.testing(avoids: 1, of: .gpAppointment.valued(at: "£50"), costing: "12.345")
        #expect(
            throws: ValidationError(issues: [
                ValidationIssue(
                    .malformed("12.345", expected: "a decimal amount such as 1200.50 with at most 2 decimal places"),
                    at: "interventions[0].cost.amount"),
                ValidationIssue(
                    .malformed("£50", expected: "a decimal amount such as 1200.50 with at most 2 decimal places"),
                    at: "interventions[0].outcome.service.unitCost"),
            ])
        ) {
            try Scenario.testing(intervention: bad)
        }
    }

    @Test("two different agencies under one identifier, and invalid results, are reported")
    func conflicts() throws {
        var first = TestIntervention.testing(id: "x", avoids: 1, of: .gpAppointment)
        first.cost.funder = Agency(id: "primary-care", name: "Our PCN", sector: .primaryCare)
        var second = TestIntervention.testing(id: "x", avoids: 1, of: .ambulanceCallOut)
        second.communities = ["nowhere"]
        let error = try #require(throws: ValidationError.self) { try Scenario.testing(interventions: [first, second]) }
        #expect(
            error.description == """
                4 problems:
                - interventions[0].outcome.service.agency.id: two different agencies use the identifier 'primary-care' ('Our PCN' and 'Primary care')
                - interventions[1].id: identifier 'x' is used more than once
                - evidence[1].id: identifier 'ev-x' is used more than once
                - interventions[1].communities[0]: 'nowhere' does not name any community in the scenario
                """)
    }

    @Test("community and settings defaults")
    func otherDefaults() {
        let area = Community.testing()
        #expect(area.id == "test-area" && area.name == "Test area" && area.kind == .neighbourhood)
        #expect(Community.testing(id: "north", population: 1_000, parent: "la").population(in: 2030) == 1_000)
        let settings = AppraisalSettings.testing
        #expect(settings.priceBase == .financialYear(2024) && settings.currency == .gbp)
        #expect(settings.deflators == .gdpDeflatorsMarch2026 && settings.horizonYears == 10)
        #expect(
            settings.discounting == .greenBook && settings.timing == .startOfYear && settings.optimismBias == .gmca2014)
        #expect(TestDefaults.financialYear.description == "2024-25")
        #expect(TestDefaults.period.monthCount == 12)
    }

    @Test("a testing amount is exact text until it meets a currency and price base")
    func amounts() throws {
        let literal: TestAmount = "154.99"
        #expect(
            try literal.money(in: .eur, priceBase: .calendarYear(2020))
                == Money("154.99", .eur, in: .calendarYear(2020)))
        #expect(try TestAmount(integerLiteral: 400).money().amountText == "400.00")
        let fixed = TestAmount.money(try Money("109.00", .gbp, in: .financialYear(2011)))
        #expect(try fixed.money(in: .eur, priceBase: .calendarYear(2020)).priceBase == .financialYear(2011))
        #expect(fixed.description == "109.00 GBP in 2011-12 prices")
        #expect(throws: ValidationIssue.self) { try TestAmount(integerLiteral: .max).money() }
    }
}
