import Foundation

/// A schedule of annual discount rates by year, and the discount factors it implies.
///
/// HM Treasury *Green Book* (2022), §6.3 and Annex A6, Table 8: the Social Time Preference Rate is
/// 3.5% for years 0–30 and declines to 3.0% (31–75), 2.5% (76–125), 2.0% (126–200), 1.5%
/// (201–300) and 1.0% (301+). Health effects valued in QALYs use the health rate, 1.5% declining
/// in the same bands (1.5, 1.29, 1.07, 0.86, 0.64, 0.43%).
///
/// The discount factor for year *t* chains the rates of the years up to it:
/// D(0) = 1, D(t) = D(t − 1) ÷ (1 + r(t)), where r(t) is the rate of the band containing year t.
/// So the change of rate at year 31 applies to year 31 onwards; factors do not restart at a band
/// boundary (D(31) = 1.035⁻³⁰ × 1.03⁻¹).
public struct DiscountSchedule: Hashable, Sendable, Codable, CustomStringConvertible {
    /// A rate that applies from `firstYear` until the next band starts.
    public struct Band: Hashable, Sendable, Codable {
        /// The first year (0-based) the rate applies to.
        public var firstYear: Int
        /// The annual rate, e.g. 0.035.
        public var rate: Double

        /// Creates a band.
        public init(firstYear: Int, rate: Double) {
            self.firstYear = firstYear
            self.rate = rate
        }

        private enum CodingKeys: String, CodingKey { case firstYear, rate }

        /// Decodes a band; `firstYear` must be a whole number that fits an `Int`.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            firstYear = try container.decodeWholeNumber(forKey: .firstYear)
            rate = try container.decode(Double.self, forKey: .rate)
        }
    }

    /// A short name for explanations, e.g. "Green Book STPR".
    public let name: String
    /// The bands, in increasing order of `firstYear`, the first starting at year 0.
    public let bands: [Band]

    /// Creates a custom schedule.
    ///
    /// - Throws: ``ValidationError`` when there are no bands, the first does not start at year 0,
    ///   bands are not in strictly increasing order, or a rate is not finite or is ≤ −100%.
    public init(name: String, bands: [Band]) throws(ValidationError) {
        var issues: [ValidationIssue] = []
        if bands.first?.firstYear != 0 {
            issues.append(ValidationIssue(.inconsistent("the first band must start at year 0"), at: "bands"))
        }
        for (index, band) in bands.enumerated() {
            let path = FieldPath.root.appending("bands", index: index)
            if !band.rate.isFinite {
                issues.append(ValidationIssue(.notFinite("\(band.rate)"), at: path.appending("rate")))
            } else if band.rate <= -1 {
                issues.append(
                    ValidationIssue(.outOfRange("\(band.rate)", allowed: "(−1, ∞)"), at: path.appending("rate")))
            }
            if index > 0, band.firstYear <= bands[index - 1].firstYear {
                issues.append(
                    ValidationIssue(
                        .inconsistent("bands must start in strictly increasing years"), at: path.appending("firstYear"))
                )
            }
        }
        guard issues.isEmpty else { throw ValidationError(issues: issues) }
        self.name = name
        self.bands = bands
    }

    private init(uncheckedName name: String, rates: [(Int, Double)]) {
        self.name = name
        self.bands = rates.map { Band(firstYear: $0.0, rate: $0.1) }
    }

    /// The Green Book (2022) Social Time Preference Rate, Annex A6 Table 8.
    public static let greenBook = DiscountSchedule(
        uncheckedName: "Green Book STPR (3.5% declining)",
        rates: [(0, 0.035), (31, 0.030), (76, 0.025), (126, 0.020), (201, 0.015), (301, 0.010)])

    /// The Green Book (2022) health discount rate for effects valued in QALYs, Annex A6 Table 8.
    public static let greenBookHealth = DiscountSchedule(
        uncheckedName: "Green Book health rate (1.5% declining)",
        rates: [(0, 0.015), (31, 0.0129), (76, 0.0107), (126, 0.0086), (201, 0.0064), (301, 0.0043)])

    /// One rate for every year (as many SROI reports use, often 3.5%).
    ///
    /// - Throws: ``ValidationError`` when the rate is not finite or is ≤ −100%.
    public static func constant(_ rate: Double) throws(ValidationError) -> DiscountSchedule {
        try DiscountSchedule(name: "constant \(rate * 100)%", bands: [Band(firstYear: 0, rate: rate)])
    }

    /// The rate that discounts year `year` relative to year `year − 1`.
    public func rate(inYear year: Int) -> Double {
        bands.last(where: { $0.firstYear <= year })?.rate ?? bands.first?.rate ?? 0
    }

    /// D(t) for t = 0 ..< `count`.
    ///
    /// - Complexity: O(`count`).
    public func factors(count: Int) -> [Double] {
        var factors: [Double] = []
        factors.reserveCapacity(max(0, count))
        var factor = 1.0
        for year in 0..<max(0, count) {
            if year > 0 { factor /= 1 + rate(inYear: year) }
            factors.append(factor)
        }
        return factors
    }

    /// D(t) for one year (1 for year 0 and before).
    ///
    /// Chains the same divisions as ``factors(count:)``, so the two agree exactly, without
    /// building the array; a run of more than 10,000 years at one rate is taken in one step,
    /// (1 + r)⁻ⁿ, so that any year, however distant, is answered at once.
    ///
    /// - Complexity: O(min(`year`, 10,000 × bands)).
    public func factor(forYear year: Int) -> Double {
        var factor = 1.0
        var current = 1
        while current <= year {
            let rate = rate(inYear: current)
            // The rate holds until the next band starts (or for ever after the last).
            let end = bands.first(where: { $0.firstYear > current }).map { min(year, $0.firstYear - 1) } ?? year
            let span = end - current + 1
            if span > 10_000 {
                factor /= Foundation.pow(1 + rate, Double(span))
            } else {
                for _ in 0..<span { factor /= 1 + rate }
            }
            guard end < year else { break }
            current = end + 1
        }
        return factor
    }

    /// The value as reports and error messages show it.
    public var description: String { name }

    private enum CodingKeys: String, CodingKey { case name, bands }

    /// Decodes `{"name": "…", "bands": [{"firstYear": 0, "rate": 0.035}, …]}` and checks it as
    /// ``init(name:bands:)`` does, so that a file cannot hold a schedule the initialiser refuses.
    ///
    /// - Throws: `DecodingError.dataCorrupted` whose underlying error is the ``ValidationError``
    ///   listing every problem (paths such as `bands[2].firstYear`).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let name = try container.decode(String.self, forKey: .name)
        let bands = try container.decode([Band].self, forKey: .bands)
        do {
            try self.init(name: name, bands: bands)
        } catch {
            self = try decoder.recover(from: error.issues, placeholder: .greenBook)
        }
    }
}

/// When within each year flows are taken to occur, which sets the discount exponent of the first
/// year.
public enum DiscountTiming: String, Hashable, Sendable, Codable, CaseIterable {
    /// The first year is year 0 and is not discounted (Green Book 2022, A6.4: "t = 0").
    case startOfYear
    /// The first year is discounted once (t = 1), as in the SROI Guide's worked examples.
    case endOfYear

    /// Decodes the case name, reporting an unknown one with the names accepted.
    public init(from decoder: any Decoder) throws {
        self = try decoder.decodeName(DiscountTiming.self, placeholder: .startOfYear)
    }

    /// The discount exponent of appraisal year `index` (0-based).
    ///
    /// Saturates at `Int.max` rather than overflowing for the last representable year.
    public func exponent(ofYear index: Int) -> Int {
        self == .startOfYear ? index : index.addingReportingOverflow(1).overflow ? Int.max : index + 1
    }
}
