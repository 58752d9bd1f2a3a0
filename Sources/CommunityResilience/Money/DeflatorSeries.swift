/// A price index by year — typically HM Treasury's GDP deflators at market prices — used to
/// restate amounts in the prices of another year.
///
/// Green Book (2022) §5.9 and Annex A3: costs and benefits are expressed in real terms, in the
/// prices of a common base year, by removing general inflation with the GDP deflator. The library
/// ships no deflator figures of its own: the caller supplies the series (and names its source and
/// release), so that every rebased figure can be traced to a published index.
public struct DeflatorSeries: Hashable, Sendable, Codable {
    /// Where the indices come from, e.g. "HM Treasury GDP deflators, June 2025 (Quarterly National Accounts)".
    public var source: String
    /// Index values by price base. Only ratios matter, so the reference year can be any.
    public private(set) var indices: [PriceBase: Double]

    /// Creates a series.
    ///
    /// - Throws: ``ValidationError`` listing every index that is not finite and positive.
    public init(source: String, indices: [PriceBase: Double]) throws(ValidationError) {
        var issues: [ValidationIssue] = []
        for (base, value) in indices.sorted(by: { $0.key.description < $1.key.description }) {
            let path = FieldPath.root.appending("indices").appending(base.description)
            if !value.isFinite {
                issues.append(ValidationIssue(.notFinite("\(value)"), at: path))
            } else if value <= 0 {
                issues.append(ValidationIssue(.outOfRange("\(value)", allowed: "(0, ∞)"), at: path))
            }
        }
        guard issues.isEmpty else { throw ValidationError(issues: issues) }
        self.source = source
        self.indices = indices
    }

    /// A series known to be valid (positive, finite) when written, keyed by financial year; for
    /// the library's own bundled series.
    init(uncheckedSource source: String, indices: [Int: Double]) {
        self.source = source
        self.indices = Dictionary(uniqueKeysWithValues: indices.map { (PriceBase.financialYear($0.key), $0.value) })
    }

    /// The factor that turns `from` prices into `to` prices: index(to) ÷ index(from).
    ///
    /// - Throws: ``MoneyError/priceBaseNotInSeries(_:series:)`` for a missing year.
    public func factor(from: PriceBase, to: PriceBase) throws(MoneyError) -> Double {
        guard let source = indices[from] else { throw .priceBaseNotInSeries(from, series: self.source) }
        guard let target = indices[to] else { throw .priceBaseNotInSeries(to, series: self.source) }
        return target / source
    }

    private enum CodingKeys: String, CodingKey { case source, indices }

    /// Decodes `{"source": "…", "indices": {"2023-24": 100.0, "2024-25": 102.5}}`.
    ///
    /// Every key must be a price base (``PriceBase/init(parsing:)``), no price base may be named
    /// twice (`"2023-24"` and `"2023/24"` are the same year, and which index won would depend on
    /// dictionary order), and every index must be finite and positive.
    ///
    /// - Throws: `DecodingError.dataCorrupted` whose underlying error is the ``ValidationError``
    ///   listing every problem (paths `indices.<key>`).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let source = try container.decode(String.self, forKey: .source)
        let raw = try container.decode([String: Double].self, forKey: .indices)
        var indices: [PriceBase: Double] = [:]
        var keys: [PriceBase: String] = [:]
        var issues: [ValidationIssue] = []
        // Key order, so that the problems (and which spelling is reported) never depend on hashing.
        for (key, value) in raw.sorted(by: { $0.key < $1.key }) {
            let path = FieldPath.root.appending("indices").appending(key)
            do {
                let base = try PriceBase(parsing: key)
                if let earlier = keys[base] {
                    issues.append(
                        ValidationIssue(
                            .inconsistent("'\(earlier)' and '\(key)' both name the price base \(base)"), at: path))
                } else {
                    keys[base] = key
                    indices[base] = value
                }
            } catch {
                issues.append(error.located(under: path))
            }
        }
        var checked: DeflatorSeries?
        do {
            checked = try DeflatorSeries(source: source, indices: indices)
        } catch {
            issues += error.issues
        }
        if let checked, issues.isEmpty {
            self = checked
        } else {
            // The stand-in keeps the usable indices, so that later checks see what was meant.
            let usable = indices.filter { $0.value.isFinite && $0.value > 0 }
            self = try decoder.recover(from: issues, placeholder: DeflatorSeries(unchecked: source, usable))
        }
    }

    /// A series whose indices are known to be finite and positive; for stand-ins.
    private init(unchecked source: String, _ indices: [PriceBase: Double]) {
        self.source = source
        self.indices = indices
    }

    /// Encodes the value in the JSON form that `init(from:)` reads.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(source, forKey: .source)
        let raw = Dictionary(uniqueKeysWithValues: indices.map { ($0.key.description, $0.value) })
        try container.encode(raw, forKey: .indices)
    }
}

extension Money {
    /// This amount restated in the prices of `target`, using a deflator series.
    ///
    /// Amount × index(target) ÷ index(source), rounded once, half to even, to the minor unit
    /// (see ``multiplied(by:)-(Double)``). Green Book (2022) A3.
    ///
    /// - Throws: ``MoneyError/priceBaseNotInSeries(_:series:)`` when the series lacks either year.
    public func rebased(to target: PriceBase, using deflators: DeflatorSeries) throws(MoneyError) -> Money {
        guard target != priceBase else { return self }
        let factor = try deflators.factor(from: priceBase, to: target)
        let value = try multiplied(by: factor)
        return Money(unchecked: value.minorUnits, currency, target)
    }
}
