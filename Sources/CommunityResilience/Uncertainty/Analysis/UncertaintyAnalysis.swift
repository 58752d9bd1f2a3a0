/// Uncertainty analysis of a scenario's appraisal: Monte Carlo simulation, one-way sensitivity
/// (tornado) and switching values, for a list of uncertain inputs.
///
/// HM Treasury's Green Book (2022) §5.6 and Annex A5 ask that an appraisal show how its result
/// depends on its uncertain assumptions — by sensitivity analysis, switching values and, where
/// several uncertainties act together, Monte Carlo simulation; the Magenta Book (2020) asks the
/// same of evaluation evidence.
///
/// ```swift
/// let analysis = try UncertaintyAnalysis(
///     Scenario.example, settings: .example,
///     inputs: [
///         UncertainInput(.evidenceEffect("ev-ae"), .pert(low: 60, mode: 130, high: 160)),
///         UncertainInput(.unitCost("uc-ae"), .triangular(low: 80, mode: 109, high: 150)),
///     ])
/// var generator = Xoshiro256StarStar(seed: 2026)
/// let simulation = try analysis.simulate(draws: 100_000, using: &generator)
/// simulation.probabilityOfPositiveNetPresentValue
/// let tornado = analysis.tornado()                // one-way sensitivity, largest swing first
/// let switching = analysis.switchingValues()      // where NPV crosses zero, input by input
/// ```
///
/// Creating the analysis appraises the scenario once with the exact engine
/// (``Scenario/appraise(with:)``) and compiles it for the inputs into a Double-precision kernel
/// in which a draw costs a few multiply-adds per line; figures for a draw equal the exact
/// engine's for the scenario with those input values (``Scenario/setting(_:to:)``) to within the
/// engine's rounding to the penny, one penny per uncertain line and year at most.
public struct UncertaintyAnalysis: Sendable {
    /// The scenario, at its base values.
    public let scenario: Scenario
    /// The appraisal settings.
    public let settings: AppraisalSettings
    /// The uncertain inputs.
    public let inputs: [UncertainInput]
    /// Correlations among the inputs.
    public let correlations: [InputCorrelation]
    /// The exact engine's appraisal at the base values.
    public let appraisal: Appraisal
    /// Each input's base value: what the scenario holds (see ``Scenario/value(of:)``).
    public let baseValues: [Double]

    let kernel: AppraisalKernel
    let samplers: [DistributionSampler]
    let domains: [ValueDomain]
    let groups: [CopulaGroup]
    /// Inputs drawn on their own stream (not in a correlation group).
    let independentInputs: [Int]

    /// Inputs drawn together through a Gaussian copula.
    struct CopulaGroup: Sendable {
        let members: [Int]
        let factor: [[Double]]
    }

    /// Prepares the analysis.
    ///
    /// - Parameters:
    ///   - scenario: The scenario; the values it holds are the inputs' base values.
    ///   - settings: The appraisal settings.
    ///   - inputs: The uncertain inputs, each varying a different number.
    ///   - correlations: Correlated groups of inputs (see ``InputCorrelation``); an input may be in
    ///     one group at most.
    /// - Throws: ``ValidationError`` with every problem: the scenario's and the settings' (as
    ///   ``Scenario/appraise(with:)`` reports them), and, under `inputs[i]` and `correlations[g]`,
    ///   a target that names nothing or does not apply, a target varied twice, invalid distribution
    ///   parameters, a distribution whose support leaves the number's domain (a share outside
    ///   [0, 1], a negative amount), and invalid correlation matrices.
    public init(
        _ scenario: Scenario, settings: AppraisalSettings, inputs: [UncertainInput],
        correlations: [InputCorrelation] = []
    ) throws(ValidationError) {
        let appraisal = try scenario.appraise(with: settings)
        var issues: [ValidationIssue] = []
        var bases: [Double] = []
        var domains: [ValueDomain] = []
        var samplers: [DistributionSampler] = []
        var seen: [UncertainInput.Target: Int] = [:]
        for (index, input) in inputs.enumerated() {
            let path = FieldPath.root.appending("inputs", index: index)
            var domain = ValueDomain.real
            switch scenario.resolve(input.target) {
            case .success(let resolved):
                bases.append(resolved.base)
                domain = resolved.domain
            case .failure(let error):
                bases.append(0)
                issues += error.issues.map { $0.located(under: path) }
            }
            domains.append(domain)
            if let first = seen[input.target] {
                issues.append(
                    ValidationIssue(
                        .inconsistent(
                            "\(input.target) is already varied by inputs[\(first)]; give each number one distribution"),
                        at: path.appending("target")))
            } else {
                seen[input.target] = index
            }
            let distributionPath = path.appending("distribution")
            do {
                samplers.append(try DistributionSampler(input.distribution))
                let support = input.distribution.support
                if !(domain.contains(support.lower) && domain.contains(support.upper)) {
                    let hint =
                        domain == .fraction
                        ? " (a share or rate)"
                        : " (an amount or count cannot be negative; truncate a normal with low: 0)"
                    issues.append(
                        ValidationIssue(
                            .outOfRange(
                                "support [\(support.lower), \(support.upper)]", allowed: "\(domain.allowed)\(hint)"),
                            at: distributionPath))
                }
            } catch {
                samplers.append(DistributionSampler(constant: 0))  // a placeholder: the issues are thrown below
                issues += error.issues.map { $0.located(under: distributionPath) }
            }
        }
        var grouped: [Int: Int] = [:]
        var groups: [CopulaGroup] = []
        for (g, correlation) in correlations.enumerated() {
            let path = FieldPath.root.appending("correlations", index: g)
            var members: [Int] = []
            for (k, target) in correlation.inputs.enumerated() {
                let targetPath = path.appending("inputs", index: k)
                guard let input = seen[target] else {
                    issues.append(
                        ValidationIssue(.danglingReference(target.description, kind: "uncertain input"), at: targetPath)
                    )
                    continue
                }
                if members.contains(input) {
                    issues.append(
                        ValidationIssue(.inconsistent("\(target) is listed twice in this group"), at: targetPath))
                } else if let other = grouped[input] {
                    issues.append(
                        ValidationIssue(
                            .inconsistent(
                                "\(target) is already in correlations[\(other)]; merge the two groups into one matrix"),
                            at: targetPath))
                }
                grouped[input] = g
                members.append(input)
            }
            switch correlation.choleskyFactor() {
            case .success(let factor) where members.count == correlation.inputs.count:
                groups.append(CopulaGroup(members: members, factor: factor))
            case .success:
                break
            case .failure(let error):
                issues += error.issues.map { $0.located(under: path) }
            }
        }
        guard issues.isEmpty else { throw ValidationError(issues: issues) }
        self.scenario = scenario
        self.settings = settings
        self.inputs = inputs
        self.correlations = correlations
        self.appraisal = appraisal
        self.baseValues = bases
        self.samplers = samplers
        self.domains = domains
        self.groups = groups
        self.independentInputs = inputs.indices.filter { grouped[$0] == nil }
        self.kernel = AppraisalKernel(appraisal: appraisal, targets: inputs.map(\.target))
    }
}
