import CommunityResilience
import Testing

@testable import CommunityResilienceTesting

/// The snapshot's layout: settings header, portfolio then interventions in identifier order,
/// derivations written once and referred to afterwards, exact values for rounded figures.
@Suite("Appraisal snapshots: every headline figure, each derivation once")
struct AppraisalSnapshotTests {
    /// Two interventions: "b" avoids 10 A&E attendances (£100 each, £1,000) and "a" 5 (£500),
    /// each costing £10,000 once: PV benefits £1,500, costs £20,000, BCR 0.075, never pays back.
    func lines() throws -> [String] {
        let appraisal = try Scenario.testing(interventions: [
            .testing(id: "b", avoids: 10, of: .accidentAndEmergencyAttendance),
            .testing(id: "a", avoids: 5, of: .accidentAndEmergencyAttendance),
        ]).appraise(with: .testing)
        let text = AppraisalSnapshot(appraisal).description
        #expect(text == AppraisalSnapshot(appraisal).description)
        #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"))
        return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test("header, sections and headline figures")
    func layout() throws {
        let lines = try lines()
        #expect(
            Array(lines.prefix(4)) == [
                "# Headline figures: Test scenario",
                "# GBP in 2024-25 prices; deflators: HM Treasury GDP deflators at market prices, March 2026 (2024-25 = 100)",
                "# Year 0 is 2024-25, 10 years; Green Book STPR (3.5% declining), first year undiscounted",
                "# Optimism bias: HM Treasury, PSTN and New Economy (2014), Supporting public service transformation: cost benefit analysis guidance for local partnerships, §4 confidence grades",
            ])
        #expect(
            lines.filter { $0.hasPrefix("## ") } == [
                "## Portfolio: Test scenario", "## Intervention a: Test intervention",
                "## Intervention b: Test intervention",
            ])
        let headlines = lines.filter { !$0.isEmpty && !$0.hasPrefix(" ") && !$0.hasPrefix("#") }
        #expect(
            Array(headlines.prefix(10)) == [
                "Demand avoided:",
                "- ae: 15 A&E attendances net additional (15 measured)",
                "Present value of benefits: £1,500.00",
                "Present value of costs: £20,000.00",
                "Net present social value: -£18,500.00",
                "Benefit-cost ratio: 0.0750",
                "Fiscal return on investment: 0.0750",
                "Present value of benefits to NHS acute trust: £1,500.00",
                "Payback period: does not pay back within the appraisal period",
                "Demand avoided:",
            ])
    }

    @Test("derivations are written once; later uses refer to them")
    func references() throws {
        let lines = try lines()
        let npv = try #require(lines.firstIndex(of: "Net present social value: -£18,500.00"))
        #expect(
            Array(lines[(npv + 3)...(npv + 4)]) == [
                "  Present value of benefits: £1,500.00 (derived above)",
                "  Present value of costs: £20,000.00 (derived above)",
            ])
        // Each benefit line is derived in full once, under the portfolio's present value of benefits.
        let full = lines.filter { $0 == "  ev-a valued by uc-ae: fiscal, non-cashable, to NHS acute trust: £500.00" }
        #expect(full.count == 1)
        #expect(
            lines.contains("  ev-a valued by uc-ae: fiscal, non-cashable, to NHS acute trust: £500.00 (derived above)"))
        #expect(lines.contains("  exact value: 0.075"))
        #expect(lines.contains("  exact value: never"))
    }
}
