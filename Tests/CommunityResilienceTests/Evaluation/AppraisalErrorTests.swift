import Testing

@testable import CommunityResilience

@Suite("Appraisal: inconsistent settings are typed errors with paths")
struct AppraisalErrorTests {
    func issues(_ change: (inout Scenario) throws -> Void = { _ in }, settings: AppraisalSettings? = nil) throws
        -> [ValidationIssue]
    {
        var scenario = try AppraisalFixture.scenario()
        try change(&scenario)
        do {
            _ = try scenario.appraise(with: settings ?? AppraisalFixture.settings())
            return []
        } catch let error as ValidationError {
            return error.issues
        }
    }

    @Test("a unit cost in another currency")
    func currency() throws {
        let found = try issues { $0.unitCosts[0].amount = try Money("100.00", .eur, in: .financialYear(2024)) }
        #expect(
            found == [
                ValidationIssue(
                    .inconsistentMoney("EUR 100.00 (2024-25 prices)", expected: "the appraisal's currency, GBP"),
                    at: "unitCosts[0].amount.currency")
            ])
    }

    @Test("a price base missing from the deflator series")
    func missingDeflator() throws {
        let found = try issues {
            $0.interventions[0].costs[0].amount = try Money("1000.00", .gbp, in: .financialYear(2019))
        }
        #expect(
            found == [
                ValidationIssue(
                    .inconsistent("deflator series 'test deflators' has no index for 2019-20"),
                    at: "interventions[0].costs[0].amount.priceBase")
            ])
        var settings = try AppraisalFixture.settings()
        settings.priceBase = .financialYear(2030)
        #expect(
            try issues(settings: settings).contains(
                ValidationIssue(
                    .inconsistent("price base 2030-31 is not in the deflator series 'test deflators'"),
                    at: "settings.priceBase")))
    }

    @Test("a benefit period beyond the horizon names the persistence and the years")
    func beyondHorizon() throws {
        let found = try issues(settings: try AppraisalFixture.settings(horizon: 2))
        #expect(
            found == [
                ValidationIssue(
                    .inconsistent(
                        "the effect of 'ev' runs into 2026-27, beyond the appraisal period 2024-25 to 2025-26 (2 years)"
                    ),
                    at: "evidence[0].persistence.durationYears")
            ])
    }

    @Test("delivery before the appraisal's first year")
    func beforeFirstYear() throws {
        var settings = try AppraisalFixture.settings()
        settings.firstYear = try FinancialYear(parsing: "2025-26")
        let found = try issues(settings: settings)
        #expect(
            found.first
                == ValidationIssue(
                    .inconsistent("delivery of 'hsc' falls in 2024-25, before the appraisal's first year 2025-26"),
                    at: "interventions[0].start"))
    }

    @Test("additionality above 100% in total")
    func additionality() throws {
        let found = try issues { scenario in
            scenario.evidence[0].additionality.deadweight = .init(try Fraction(0.7), source: "x")
            scenario.evidence[0].additionality.displacement = .init(try Fraction(0.5), source: "y")
        }
        #expect(
            found == [
                ValidationIssue(
                    .outOfRange(
                        "deadweight 70% + displacement 50% + attribution 25% = 145%",
                        allowed: "100% in total (the shares would double count)"),
                    at: "evidence[0].additionality")
            ])
    }

    @Test("horizon out of range, and scenario problems come first")
    func settingsAndScenario() throws {
        var settings = try AppraisalFixture.settings()
        settings.horizonYears = 0
        let found = try issues({ $0.interventions[0].participants = -1 }, settings: settings)
        #expect(
            found == [
                ValidationIssue(.negative("-1"), at: "interventions[0].participants"),
                ValidationIssue(.outOfRange("0", allowed: "1…1000 years"), at: "settings.horizonYears"),
            ])
    }
}
