/// The adjustments that turn a gross change in demand into the net additional change an
/// intervention can claim.
///
/// Follows the HCA *Additionality Guide* (4th edition, 2014, §§3–7) and the SROI Network's *A
/// Guide to Social Return on Investment* (2012, stage 4):
///
/// net = gross × (1 − leakage) × (1 − deadweight) × (1 − displacement) × (1 − substitution)
///       × (1 − attribution) × multiplier
///
/// - **Deadweight**: the share that would have happened anyway.
/// - **Displacement**: the share that merely moves demand elsewhere (another service or area).
/// - **Leakage**: the share that benefits people outside the target communities.
/// - **Substitution**: the share where one activity was swapped for a similar one to gain funding.
/// - **Attribution**: the share owed to other contributors (other services, partners).
/// - **Multiplier**: knock-on effects (≥ 0; 1 means none).
///
/// Each adjustment carries its source and rationale, which the appraisal's explanations quote.
/// The five shares are parts of the same gross impact, so together they may not exceed 100%:
/// validation rejects a sum above 1 as double counting.
public struct Additionality: Hashable, Sendable, Codable {
    /// The share of the gross change that would have happened anyway.
    public var deadweight: Adjustment?
    /// The share that merely moves demand elsewhere.
    public var displacement: Adjustment?
    /// The share that benefits people outside the target communities.
    public var leakage: Adjustment?
    /// The share due to substituting one activity for a similar one.
    public var substitution: Adjustment?
    /// The share owed to other contributors.
    public var attribution: Adjustment?
    /// Knock-on effects.
    public var multiplier: Multiplier?

    /// No adjustment: net equals gross.
    public static let none = Additionality()

    /// Creates a set of adjustments; omitted ones do not apply.
    public init(
        deadweight: Adjustment? = nil, displacement: Adjustment? = nil, leakage: Adjustment? = nil,
        substitution: Adjustment? = nil, attribution: Adjustment? = nil, multiplier: Multiplier? = nil
    ) {
        self.deadweight = deadweight
        self.displacement = displacement
        self.leakage = leakage
        self.substitution = substitution
        self.attribution = attribution
        self.multiplier = multiplier
    }

    /// The reductions that apply, named as in the guides, in the order they are applied.
    public var reductions: [(name: String, adjustment: Adjustment)] {
        [
            ("leakage", leakage), ("deadweight", deadweight), ("displacement", displacement),
            ("substitution", substitution), ("attribution", attribution),
        ]
        .compactMap { item in item.1.map { (item.0, $0) } }
    }

    /// The factor that turns gross into net: Π(1 − share) × multiplier.
    public var netFactor: Double {
        reductions.reduce(multiplier?.value ?? 1) { $0 * $1.adjustment.share.complement.value }
    }

    /// One reduction: its share, where the figure comes from, and why it applies.
    public struct Adjustment: Hashable, Sendable, Codable {
        /// The share removed.
        public var share: Fraction
        /// Where the figure comes from (a study, the HCA guide's ready reckoner, local data).
        public var source: String
        /// Why it applies here.
        public var rationale: String

        /// Creates an adjustment.
        public init(_ share: Fraction, source: String, rationale: String = "") {
            self.share = share
            self.source = source
            self.rationale = rationale
        }
    }

    /// A multiplier on the net effect (≥ 0; 1 = no knock-on effect).
    public struct Multiplier: Hashable, Sendable, Codable {
        /// The multiplier.
        public var value: Double
        /// Where the figure comes from.
        public var source: String
        /// Why it applies here.
        public var rationale: String

        /// Creates a multiplier; validation checks it is finite and not negative.
        public init(_ value: Double, source: String, rationale: String = "") {
            self.value = value
            self.source = source
            self.rationale = rationale
        }
    }
}
