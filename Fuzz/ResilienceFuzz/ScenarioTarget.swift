import CommunityResilience
import Foundation

extension FuzzTarget {
    /// `Scenario(json:)` — the decoder behind `resilience validate` and `resilience report` — and
    /// everything the command does with what it accepts.
    ///
    /// Properties: a rejection always names at least one problem; an accepted scenario has no
    /// validation issues, its ``Scenario/jsonData()`` is deterministic and decodes to an equal
    /// scenario; appraising it with the example settings either throws a non-empty
    /// ``ValidationError`` or gives results whose totals add up exactly (NPV = PVB − PVC, the
    /// portfolio is the sum of its interventions); the report renders as Markdown, charts and JSON.
    static let scenarioJSON = FuzzTarget(
        name: "scenario-json",
        summary: "Scenario(json:), validation, appraisal with the example settings and the report"
    ) { data in
        let scenario: Scenario
        do throws(ValidationError) {
            scenario = try Scenario(json: data)
        } catch {
            FuzzCheck.require(!error.issues.isEmpty, "Scenario(json:) threw a ValidationError without issues")
            _ = error.description
            return
        }
        checkAccepted(scenario)
        appraiseAndReport(scenario, with: .example)
    }

    /// The properties of a scenario `Scenario(json:)` accepted.
    static func checkAccepted(_ scenario: Scenario) {
        let issues = scenario.validationIssues()
        FuzzCheck.require(issues.isEmpty, "an accepted scenario has validation issues: \(issues)")
        let encoded: Data
        do {
            encoded = try scenario.jsonData()
            FuzzCheck.require(try scenario.jsonData() == encoded, "jsonData() is not deterministic")
        } catch {
            FuzzCheck.fail("an accepted scenario does not encode: \(error)")
        }
        do {
            let decoded = try Scenario(json: encoded)
            FuzzCheck.require(decoded == scenario, "the scenario changes in a jsonData() round trip")
        } catch {
            FuzzCheck.fail(
                "jsonData() of an accepted scenario is rejected: \(error)\n\(String(decoding: encoded, as: UTF8.self))")
        }
    }

    /// Appraises `scenario` (a thrown error is a fine answer) and, when it appraises, checks the
    /// totals and renders the report as the `resilience report` command does.
    static func appraiseAndReport(_ scenario: Scenario, with settings: AppraisalSettings) {
        let appraisal: Appraisal
        do throws(ValidationError) {
            appraisal = try scenario.appraise(with: settings)
        } catch {
            FuzzCheck.require(!error.issues.isEmpty, "appraise(with:) threw a ValidationError without issues")
            _ = error.description
            return
        }
        let portfolio = appraisal.portfolio
        let costs = portfolio.presentValueOfCosts.value
        let benefits = portfolio.presentValueOfBenefits.value
        let net = portfolio.netPresentValue.value
        FuzzCheck.require(
            net.minorUnits == benefits.minorUnits - costs.minorUnits,
            "NPV \(net) is not PVB \(benefits) − PVC \(costs)")
        let results = appraisal.interventionResults
        let summedCosts = results.reduce(Int128(0)) { $0 + $1.presentValueOfCosts.value.minorUnits }
        let summedBenefits = results.reduce(Int128(0)) { $0 + $1.presentValueOfBenefits.value.minorUnits }
        FuzzCheck.require(
            summedCosts == costs.minorUnits, "portfolio PVC \(costs) is not the sum over interventions \(summedCosts)")
        FuzzCheck.require(
            summedBenefits == benefits.minorUnits,
            "portfolio PVB \(benefits) is not the sum over interventions \(summedBenefits)")
        _ = portfolio.benefitCostRatio.explanation
        _ = portfolio.netPresentValue.explanation
        _ = portfolio.whoPaysWhoGains
        _ = portfolio.payback
        let report = AppraisalReport(appraisal, includesDerivations: true)
        _ = report.rendered(options: ReportOptions(includesDerivations: true))
        do {
            _ = try report.jsonData()
        } catch {
            FuzzCheck.fail("the report of an appraised scenario does not encode: \(error)")
        }
    }
}
