extension UncertainInput {
    /// Ranges for the bundled example's assumptions (``Scenario/example``), as the Uncertainty
    /// article uses them: the published effects are taken as modes of skewed ranges, assumed
    /// quantities (baseline visits, deadweight, drop-off, costs) get ranges wide enough to cover
    /// reasonable alternatives. Like the assumptions they stand for, they are illustrative.
    public static let exampleInputs: [UncertainInput] = [
        UncertainInput(
            .evidenceEffect("ev-ae"), .pert(low: 65, mode: 130, high: 160), label: "A&E attendances avoided"),
        UncertainInput(
            .evidenceEffect("ev-gp"), .pert(low: 0.3, mode: 0.6, high: 0.7), label: "Fall in repeat GP visits"),
        UncertainInput(
            .baseline("ev-gp"), .triangular(low: 600, mode: 1_000, high: 1_500), label: "Repeat GP visits a year before"
        ),
        UncertainInput(.additionality("ev-ae", .deadweight), .beta(alpha: 2, beta: 18), label: "A&E deadweight"),
        UncertainInput(.dropOff("ev-ae"), .uniform(low: 0.3, high: 0.7), label: "A&E drop-off"),
        UncertainInput(
            .evidenceEffect("ev-discharge"), .normal(mean: 6_329, standardDeviation: 1_000, low: 0),
            label: "Bed days avoided"),
        UncertainInput(
            .costLine(intervention: "home-safety-checks", index: 1), .triangular(low: 60, mode: 75, high: 90),
            label: "Cost per visit"),
        UncertainInput(
            .costLine(intervention: "vcse-discharge", index: 0), .uniform(low: 550_000, high: 700_000),
            label: "VCSE grants"),
    ]

    /// The two pilot effects move together: when one is overstated, the other probably is too.
    public static let exampleCorrelations: [InputCorrelation] = [
        .pair(.evidenceEffect("ev-ae"), .evidenceEffect("ev-gp"), 0.5)
    ]
}
