/// How indicator values are put on a common scale before they are combined.
///
/// OECD/JRC *Handbook on Constructing Composite Indicators* (2008), Step 5 (normalisation). For
/// an indicator with values xᶜ over the communities c that have it (reversed first when higher is
/// worse):
/// - ``minMax``: (x − min) ÷ (max − min), in [0, 1];
/// - ``minMaxOnto(lower:upper:)``: lower + (upper − lower) · (x − min) ÷ (max − min), e.g. onto
///   [1, 100] as the JRC's COINr package does before a geometric mean;
/// - ``zScore``: (x − mean) ÷ σ with σ the population standard deviation (divisor *n*, as
///   `scipy.stats.zscore` with `ddof = 0`: the communities are the whole population indexed, not
///   a sample);
/// - ``rank``: the rank of x among the communities, 1 for the lowest; tied values share the
///   average of their ranks (`scipy.stats.rankdata` "average"), so ties stay ties.
///
/// Min–max and z-score are undefined when every community has the same value; the index then
/// throws rather than divide by zero.
public enum Normalisation: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Min–max onto [0, 1].
    case minMax
    /// Min–max onto [lower, upper] (finite, lower < upper).
    case minMaxOnto(lower: Double, upper: Double)
    /// Standard score with the population standard deviation.
    case zScore
    /// Average rank, 1 = lowest value.
    case rank

    /// The value as reports and error messages show it.
    public var description: String {
        switch self {
        case .minMax: return "min–max"
        case .minMaxOnto(let lower, let upper): return "min–max onto [\(lower), \(upper)]"
        case .zScore: return "z-score"
        case .rank: return "rank"
        }
    }
}

/// How much each indicator counts.
///
/// OECD/JRC Handbook (2008), Step 6 (weighting). Weights are made to sum to 1 over the
/// indicators; a domain's sub-index uses its indicators' weights re-scaled to sum to 1 within it.
public enum IndexWeighting: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Every indicator counts the same: 1 ÷ *Q* for *Q* indicators.
    case equal
    /// Every domain counts the same, and every indicator the same within its domain:
    /// 1 ÷ (*D* · *Q*ᵈ) for *D* domains and *Q*ᵈ indicators in domain d.
    case equalByDomain
    /// The caller's weight for each indicator, by name (non-negative, finite, not all zero);
    /// every indicator needs one.
    case custom([String: Double])
    /// The caller's weight for each domain, shared equally among the domain's indicators; every
    /// domain used needs one.
    case byDomain([IndexDomain: Double])

    /// The value as reports and error messages show it.
    public var description: String {
        switch self {
        case .equal: return "equal weights"
        case .equalByDomain: return "equal weights by domain"
        case .custom: return "custom weights"
        case .byDomain: return "custom domain weights"
        }
    }
}

/// How normalised values are combined into one score.
///
/// OECD/JRC Handbook (2008), Step 6 (aggregation), with weights wᵩ summing to 1:
/// - ``arithmetic``: CI = Σ wᵩ · Iᵩ — fully compensatory: a shortfall in one indicator is made
///   up by a surplus in another;
/// - ``geometric(_:)``: CI = Π Iᵩ^wᵩ = exp(Σ wᵩ · ln Iᵩ) — less compensatory, rewarding
///   communities that do reasonably on everything.
///
/// The geometric mean needs strictly positive values, which min–max (0 for the lowest community)
/// and z-scores (negative below the mean) do not give. The Handbook leaves the remedy to the
/// constructor; the library makes it explicit as a ``GeometricShift``, applied to each indicator
/// after normalisation and reported in ``CompositeIndex/normalisedValues``.
public enum IndexAggregation: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Weighted arithmetic mean.
    case arithmetic
    /// Weighted geometric mean of the shifted normalised values; by default each indicator is
    /// translated so that its lowest value is 1 (``GeometricShift/minimumTo(_:)``).
    case geometric(GeometricShift = .minimumTo(1))

    /// The value as reports and error messages show it.
    public var description: String {
        switch self {
        case .arithmetic: return "arithmetic mean"
        case .geometric(let shift): return "geometric mean (\(shift))"
        }
    }
}

/// How normalised values are made strictly positive for a geometric mean.
public enum GeometricShift: Hashable, Sendable, Codable, CustomStringConvertible {
    /// No shift: the normalised values must already be positive (ranks, or min–max onto
    /// [1, 100] as in the JRC's COINr package); the index throws if one is not.
    case none
    /// Iᵩ + c for every community (must leave every value positive).
    case adding(Double)
    /// Iᵩ − minᶜ Iᵩ + m, m > 0: each indicator is translated so that its lowest value is m. With
    /// min–max normalisation and m = 1 this maps [0, 1] onto [1, 2]; it works for any
    /// normalisation, including z-scores.
    case minimumTo(Double)

    /// The value as reports and error messages show it.
    public var description: String {
        switch self {
        case .none: return "no shift"
        case .adding(let c): return "+\(c)"
        case .minimumTo(let m): return "each indicator's minimum moved to \(m)"
        }
    }
}

/// What to do when a community lacks a value for an indicator.
///
/// OECD/JRC Handbook (2008), Step 3 (imputation of missing data): "case deletion" drops the
/// community; aggregating over the indicators that are present with their weights re-scaled is
/// equivalent to imputing the missing value by the community's own weighted mean of the others
/// (an implicit imputation the Handbook warns about). Whichever is chosen, every missing value is
/// reported in ``CompositeIndex/missingValues`` — never filled in silently.
public enum MissingValuePolicy: String, Hashable, Sendable, CaseIterable, Codable {
    /// Leave out any community missing a value (case deletion); it gets no score or rank.
    case excludeCommunity
    /// Score over the indicators present, their weights re-scaled to sum to 1. A community with
    /// no values (or only zero-weight ones) is left out.
    case reweightAvailable
    /// Throw, listing every missing value.
    case fail
}
