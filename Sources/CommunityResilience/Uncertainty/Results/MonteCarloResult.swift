/// What a Monte Carlo simulation of an appraisal found: the distribution of each headline figure
/// over the draws, ready for a report or chart.
///
/// Money figures (NPV, present values) are in major units of the appraisal's ``currency`` at its
/// ``priceBase``; ratios are plain numbers; payback in months; demand avoided in each service's
/// units. All are the portfolio's figures, computed for each draw as ``Scenario/appraise(with:)``
/// would (see ``UncertaintyAnalysis``).
public struct MonteCarloResult: Hashable, Sendable, Codable {
    /// The seed the draws came from.
    public let seed: UInt64
    /// The draws made (fewer than requested if the target precision was reached).
    public let draws: Int
    /// The draws requested.
    public let requestedDraws: Int
    /// Draws per block, each block with its own random stream (``UncertaintyAnalysis/drawsPerBlock``).
    public let drawsPerBlock: Int
    /// Whether the simulation stopped early at ``MonteCarloOptions/targetStandardError``.
    public let reachedTargetPrecision: Bool
    /// The appraisal's currency.
    public let currency: Currency
    /// The appraisal's price base.
    public let priceBase: PriceBase

    /// Net present social value.
    public let netPresentValue: OutputSummary
    /// The share of draws with NPV > 0: the estimated probability that the work pays for itself
    /// in present-value terms.
    public let probabilityOfPositiveNetPresentValue: Double
    /// The Monte Carlo standard error of that probability, √(p(1 − p)/n).
    public let probabilityOfPositiveNetPresentValueStandardError: Double
    /// Present value of benefits.
    public let presentValueOfBenefits: OutputSummary
    /// Present value of costs.
    public let presentValueOfCosts: OutputSummary
    /// Benefit-cost ratio (undefined for draws with no costs).
    public let benefitCostRatio: OutputSummary
    /// Fiscal return on investment: PV of fiscal benefits ÷ PV of costs.
    public let fiscalReturnOnInvestment: OutputSummary
    /// Fiscal return on investment for each agency that gains fiscal benefits, in identifier order.
    public let fiscalReturnOnInvestmentByAgency: [AgencyFigure]
    /// The payback period, when requested.
    public let payback: PaybackDistribution?
    /// Net additional demand avoided over the appraisal, per service in identifier order.
    public let demandAvoided: [ServiceFigure]
    /// The running mean NPV and its standard error at the end of each round of blocks.
    public let convergence: [ConvergencePoint]

    /// One agency's figure.
    public struct AgencyFigure: Hashable, Sendable, Codable {
        /// The agency.
        public let agency: Agency.ID
        /// The distribution of its figure.
        public let summary: OutputSummary
    }

    /// One service's figure.
    public struct ServiceFigure: Hashable, Sendable, Codable {
        /// The service.
        public let service: Service.ID
        /// The distribution of its figure.
        public let summary: OutputSummary
    }

    /// The distribution of the payback period.
    public struct PaybackDistribution: Hashable, Sendable, Codable {
        /// The share of draws that pay back within the appraisal period.
        public let probabilityOfPayback: Double
        /// Its Monte Carlo standard error.
        public let standardError: Double
        /// Months to payback, over the draws that pay back (those that never do are its
        /// `undefinedCount`).
        public let months: OutputSummary
    }

    /// The state of the estimate of mean NPV after some draws.
    public struct ConvergencePoint: Hashable, Sendable, Codable {
        /// Draws so far.
        public let draws: Int
        /// Mean NPV so far.
        public let mean: Double
        /// Its Monte Carlo standard error so far.
        public let standardError: Double
    }
}
