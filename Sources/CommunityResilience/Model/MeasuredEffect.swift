/// How a change in demand was measured or reported. Positive numbers are reductions
/// (demand avoided); a negative reduction records an increase.
///
/// JSON form: an object with a `kind` discriminator, e.g.
/// `{"kind": "absoluteReduction", "units": 130}` or
/// `{"kind": "relativeReduction", "reduction": 0.6, "baselinePerYear": 1200}`.
public enum MeasuredEffect: Hashable, Sendable {
    /// A reported absolute change over the evidence period: "130 fewer A&E admissions".
    case absoluteReduction(units: Double)
    /// A reported relative change applied to a baseline rate of demand:
    /// "60% fewer repeat GP visits" on a baseline of `baselinePerYear` visits a year.
    case relativeReduction(Fraction, baselinePerYear: Double)
    /// Counts (or rates) before and after, with an optional comparison group for a
    /// difference-in-differences reading.
    case beforeAndAfter(BeforeAndAfter)
    /// A cohort chain (GMCA CBA model): eligible cohort × engagement × success × units avoided per
    /// success.
    case cohort(CohortChain)
    /// An estimate from a statistical model (difference-in-differences or interrupted time
    /// series) with its interval.
    case estimate(StatisticalEstimate)
}

/// Demand measured before and after an intervention, in the treated group and optionally in a
/// comparison group. Both windows must be of equal length (or the values already rates).
public struct BeforeAndAfter: Hashable, Sendable, Codable {
    /// Demand in the treated group before.
    public var baseline: Double
    /// Demand in the treated group after.
    public var followUp: Double
    /// Demand in the comparison group before, if there is one.
    public var comparisonBaseline: Double?
    /// Demand in the comparison group after, if there is one.
    public var comparisonFollowUp: Double?

    /// Creates a before-and-after measurement.
    public init(
        baseline: Double, followUp: Double, comparisonBaseline: Double? = nil, comparisonFollowUp: Double? = nil
    ) {
        self.baseline = baseline
        self.followUp = followUp
        self.comparisonBaseline = comparisonBaseline
        self.comparisonFollowUp = comparisonFollowUp
    }
}

/// The GMCA cost-benefit model's cohort chain: who is eligible, how many engage, how many of
/// those succeed, and how much demand each success avoids.
public struct CohortChain: Hashable, Sendable, Codable {
    /// People eligible for the intervention.
    public var eligible: Double
    /// Share of the eligible who engage.
    public var engagement: Fraction
    /// Share of those engaged for whom it works.
    public var success: Fraction
    /// Units of demand avoided per success over the evidence period.
    public var unitsAvoidedPerSuccess: Double

    /// Creates a cohort chain.
    public init(eligible: Double, engagement: Fraction, success: Fraction, unitsAvoidedPerSuccess: Double) {
        self.eligible = eligible
        self.engagement = engagement
        self.success = success
        self.unitsAvoidedPerSuccess = unitsAvoidedPerSuccess
    }
}

/// A model-based estimate of demand avoided, with its confidence interval and provenance.
public struct StatisticalEstimate: Hashable, Sendable, Codable {
    /// Units of demand avoided over the evidence period (counterfactual − observed).
    public var unitsAvoided: Double
    /// Lower end of the confidence interval.
    public var lower: Double
    /// Upper end of the confidence interval.
    public var upper: Double
    /// The interval's confidence level, e.g. 0.95.
    public var confidenceLevel: Fraction
    /// The method, e.g. "Poisson segmented regression, quasi-Poisson scale, Newey–West".
    public var method: String
    /// The data used, e.g. "monthly A&E admissions, 12 LSOAs, 2019-04 to 2024-03".
    public var data: String

    /// Creates an estimate.
    public init(
        unitsAvoided: Double, lower: Double, upper: Double, confidenceLevel: Fraction, method: String, data: String
    ) {
        self.unitsAvoided = unitsAvoided
        self.lower = lower
        self.upper = upper
        self.confidenceLevel = confidenceLevel
        self.method = method
        self.data = data
    }
}

extension MeasuredEffect: Codable {
    private enum Kind: String, CaseIterable, Codable {
        case absoluteReduction, relativeReduction, beforeAndAfter, cohort, estimate
        init(from decoder: any Decoder) throws {
            self = try decoder.decodeName(Kind.self, placeholder: .absoluteReduction)
        }
    }

    private enum CodingKeys: String, CodingKey { case kind, units, reduction, baselinePerYear }

    /// Decodes a value from its JSON form, reporting a value that breaks the type's rules at its coding path.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(Kind.self, forKey: .kind) {
        case .absoluteReduction:
            self = .absoluteReduction(units: try container.decode(Double.self, forKey: .units))
        case .relativeReduction:
            self = .relativeReduction(
                try container.decode(Fraction.self, forKey: .reduction),
                baselinePerYear: try container.decode(Double.self, forKey: .baselinePerYear))
        case .beforeAndAfter:
            self = .beforeAndAfter(try BeforeAndAfter(from: decoder))
        case .cohort:
            self = .cohort(try CohortChain(from: decoder))
        case .estimate:
            self = .estimate(try StatisticalEstimate(from: decoder))
        }
    }

    /// Encodes the value in the JSON form that `init(from:)` reads.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .absoluteReduction(let units):
            try container.encode(Kind.absoluteReduction, forKey: .kind)
            try container.encode(units, forKey: .units)
        case .relativeReduction(let reduction, let baseline):
            try container.encode(Kind.relativeReduction, forKey: .kind)
            try container.encode(reduction, forKey: .reduction)
            try container.encode(baseline, forKey: .baselinePerYear)
        case .beforeAndAfter(let value):
            try container.encode(Kind.beforeAndAfter, forKey: .kind)
            try value.encode(to: encoder)
        case .cohort(let value):
            try container.encode(Kind.cohort, forKey: .kind)
            try value.encode(to: encoder)
        case .estimate(let value):
            try container.encode(Kind.estimate, forKey: .kind)
            try value.encode(to: encoder)
        }
    }
}
