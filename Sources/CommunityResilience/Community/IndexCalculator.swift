import Foundation

/// The arithmetic of a composite index: missing values, normalisation, weights, aggregation,
/// ranks. One run per definition; sensitivity analysis runs it again with other choices on the
/// same ``IndexInputs``.
struct IndexCalculator {
    let definition: CompositeIndexDefinition
    let inputs: IndexInputs
    /// Where the method's fields are reported: `definition`, or `alternatives[i]`.
    var methodPath: FieldPath = "definition"

    func run() throws(ValidationError) -> CompositeIndex {
        let indicators = inputs.indicators
        let weights = try indicatorWeights()
        let missing = inputs.communities.enumerated().flatMap { r, community in
            indicators.indices.filter { inputs.values[r][$0] == nil }.map {
                MissingIndicatorValue(community: community, indicator: indicators[$0].name)
            }
        }
        if definition.missingValues == .fail, !missing.isEmpty {
            throw ValidationError(
                issues: missing.map {
                    ValidationIssue(
                        .missing,
                        at: FieldPath(components: [.key("values"), .key($0.community.rawValue), .key($0.indicator)]))
                })
        }
        // Which communities are scored.
        var included: [Int] = []
        var excluded: [ExcludedCommunity] = []
        for (r, community) in inputs.communities.enumerated() {
            let lacking = indicators.indices.filter { inputs.values[r][$0] == nil }.map { indicators[$0].name }
            let availableWeight = indicators.indices.filter { inputs.values[r][$0] != nil }.reduce(0) {
                $0 + weights[$1]
            }
            if definition.missingValues == .excludeCommunity, !lacking.isEmpty {
                excluded.append(
                    ExcludedCommunity(
                        community: community, missingIndicators: lacking, reason: "missing values (case deletion)"))
            } else if availableWeight <= 0 {
                excluded.append(
                    ExcludedCommunity(
                        community: community, missingIndicators: lacking,
                        reason: lacking.count == indicators.count ? "no values" : "only indicators with zero weight"))
            } else {
                included.append(r)
            }
        }
        guard !included.isEmpty else {
            throw ValidationError(
                ValidationIssue(
                    .inconsistent("no community has the values needed to compute '\(definition.name)'"),
                    at: "communities"))
        }
        let normalised = try normalise(rows: included)
        // Aggregate.
        let geometric: Bool
        if case .geometric = definition.aggregation { geometric = true } else { geometric = false }
        var scored: [(community: Community.ID, value: Double, domains: [IndexDomain: Double], missing: [String])] = []
        for r in included {
            let present = indicators.indices.filter { normalised[$0][r] != nil }
            let value = aggregate(present, row: r, normalised: normalised, weights: weights, geometric: geometric)
            var domains: [IndexDomain: Double] = [:]
            for domain in definition.domains {
                let inDomain = present.filter { indicators[$0].domain == domain }
                let domainWeight = inDomain.reduce(0) { $0 + weights[$1] }
                // A domain whose indicators all have zero weight still gets an (equal-weight) sub-index.
                let domainWeights = domainWeight > 0 ? weights : weights.map { _ in 1.0 }
                if !inDomain.isEmpty {
                    domains[domain] = aggregate(
                        inDomain, row: r, normalised: normalised, weights: domainWeights, geometric: geometric)
                }
            }
            let lacking = indicators.indices.filter { normalised[$0][r] == nil }.map { indicators[$0].name }
            scored.append((inputs.communities[r], value, domains, lacking))
        }
        let ranks = CompositeIndex.competitionRanks(scored.map(\.value), descending: true)
        let deciles = CompositeIndex.quantiles(of: scored.map { ($0.community, $0.value) }, groups: 10)
        let scores = scored.enumerated().map { index, entry in
            IndexScore(
                community: entry.community, value: entry.value, domainValues: entry.domains, rank: ranks[index],
                decile: deciles[entry.community] ?? 1, missingIndicators: entry.missing)
        }
        var table: [String: [Community.ID: Double]] = [:]
        for (q, indicator) in indicators.enumerated() {
            var column: [Community.ID: Double] = [:]
            for r in included { if let value = normalised[q][r] { column[inputs.communities[r]] = value } }
            table[indicator.name] = column
        }
        return CompositeIndex(
            definition: definition, scores: scores, excluded: excluded, missingValues: missing,
            weights: Dictionary(uniqueKeysWithValues: zip(indicators.map(\.name), weights)), normalisedValues: table,
            inputs: inputs)
    }

    /// Σ w·I ÷ Σ w, or exp(Σ w·ln I ÷ Σ w), over the indicators present.
    private func aggregate(_ present: [Int], row r: Int, normalised: [[Double?]], weights: [Double], geometric: Bool)
        -> Double
    {
        let total = present.reduce(0) { $0 + weights[$1] }
        guard total > 0 else { return .nan }
        var sum = 0.0
        for q in present {
            guard let value = normalised[q][r] else { continue }
            sum += weights[q] / total * (geometric ? log(value) : value)
        }
        return geometric ? exp(sum) : sum
    }

    // MARK: Weights

    /// Nominal weights per indicator, summing to 1.
    func indicatorWeights() throws(ValidationError) -> [Double] {
        let indicators = inputs.indicators
        let path = methodPath.appending("weighting")
        var raw: [Double]
        var issues: [ValidationIssue] = []
        switch definition.weighting {
        case .equal:
            raw = indicators.map { _ in 1 }
        case .equalByDomain:
            let counts = Dictionary(grouping: indicators, by: \.domain).mapValues(\.count)
            raw = indicators.map { 1 / Double(counts[$0.domain] ?? 1) }
        case .custom(let table):
            raw = indicators.map { indicator in
                guard let weight = table[indicator.name] else {
                    issues.append(ValidationIssue(.missing, at: path.appending(indicator.name)))
                    return 0
                }
                check(weight, at: path.appending(indicator.name), into: &issues)
                return weight
            }
            let known = Set(indicators.map(\.name))
            for name in table.keys.sorted() where !known.contains(name) {
                issues.append(
                    ValidationIssue(.danglingReference(name, kind: "indicator in the index"), at: path.appending(name)))
            }
        case .byDomain(let table):
            let counts = Dictionary(grouping: indicators, by: \.domain).mapValues(\.count)
            for domain in definition.domains {
                if let weight = table[domain] {
                    check(weight, at: path.appending(domain.rawValue), into: &issues)
                } else {
                    issues.append(ValidationIssue(.missing, at: path.appending(domain.rawValue)))
                }
            }
            for domain in table.keys.sorted() where counts[domain] == nil {
                issues.append(
                    ValidationIssue(
                        .danglingReference(domain.rawValue, kind: "domain in the index"),
                        at: path.appending(domain.rawValue)))
            }
            raw = indicators.map { (table[$0.domain] ?? 0) / Double(counts[$0.domain] ?? 1) }
        }
        guard issues.isEmpty else { throw ValidationError(issues: issues) }
        let total = raw.reduce(0, +)
        guard total > 0, total.isFinite else {
            throw ValidationError(
                ValidationIssue(.inconsistent("the weights must have a positive, finite sum"), at: path))
        }
        return raw.map { $0 / total }
    }

    private func check(_ weight: Double, at path: FieldPath, into issues: inout [ValidationIssue]) {
        if !weight.isFinite {
            issues.append(ValidationIssue(.notFinite("\(weight)"), at: path))
        } else if weight < 0 {
            issues.append(ValidationIssue(.negative("\(weight)"), at: path))
        }
    }

    // MARK: Normalisation

    /// `result[q][r]`: the normalised (and, for a geometric mean, shifted) value of indicator q
    /// for row r, for the included rows; `nil` when missing or not included.
    func normalise(rows included: [Int]) throws(ValidationError) -> [[Double?]] {
        var issues: [ValidationIssue] = []
        var result: [[Double?]] = inputs.indicators.map { _ in
            [Double?](repeating: nil, count: inputs.communities.count)
        }
        for (q, indicator) in inputs.indicators.enumerated() {
            let path = FieldPath.root.appending("definition").appending("indicators", index: q)
            let sign: Double = indicator.direction == .higherIsWorse ? -1 : 1
            let rows = included.filter { inputs.values[$0][q] != nil }
            let values = rows.compactMap { inputs.values[$0][q] }.map { sign * $0 }
            guard let low = values.min(), let high = values.max() else {
                issues.append(
                    ValidationIssue(
                        .inconsistent("indicator '\(indicator.name)' has no values among the communities scored"),
                        at: path))
                continue
            }
            let normalised: [Double]
            switch definition.normalisation {
            case .minMax, .minMaxOnto:
                guard high > low else {
                    issues.append(noVariance(indicator, value: sign * low, method: "min–max normalisation", at: path))
                    continue
                }
                var (lower, upper) = (0.0, 1.0)
                if case .minMaxOnto(let l, let u) = definition.normalisation { (lower, upper) = (l, u) }
                guard lower.isFinite, upper.isFinite, lower < upper else {
                    throw ValidationError(
                        ValidationIssue(
                            .outOfRange("[\(lower), \(upper)]", allowed: "a finite range with lower < upper"),
                            at: methodPath.appending("normalisation")))
                }
                normalised = values.map { lower + (upper - lower) * ($0 - low) / (high - low) }
            case .zScore:
                guard high > low else {
                    issues.append(noVariance(indicator, value: sign * low, method: "z-scores", at: path))
                    continue
                }
                let mean = values.reduce(0, +) / Double(values.count)
                let sd = (values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)).squareRoot()
                normalised = values.map { ($0 - mean) / sd }
            case .rank:
                normalised = IndexCalculator.averageRanks(values)
            }
            // Finite inputs can still overflow (1e308 − (−1e308)); never aggregate an infinity or NaN.
            guard normalised.allSatisfy(\.isFinite) else {
                issues.append(
                    ValidationIssue(
                        .notFinite("normalised values of '\(indicator.name)'"), at: path))
                continue
            }
            let shifted = try shift(normalised, indicator: indicator, rows: rows)
            for (row, value) in zip(rows, shifted) { result[q][row] = value }
        }
        guard issues.isEmpty else { throw ValidationError(issues: issues) }
        return result
    }

    private func noVariance(_ indicator: IndexIndicator, value: Double, method: String, at path: FieldPath)
        -> ValidationIssue
    {
        ValidationIssue(
            .inconsistent(
                "indicator '\(indicator.name)' has no variance: every community scored has \(value), so \(method) are undefined"
            ),
            at: path)
    }

    /// The geometric mean's shift, and the check that every value is then positive.
    private func shift(_ values: [Double], indicator: IndexIndicator, rows: [Int]) throws(ValidationError) -> [Double] {
        guard case .geometric(let shift) = definition.aggregation else { return values }
        let path = methodPath.appending("aggregation")
        let shifted: [Double]
        switch shift {
        case .none:
            shifted = values
        case .adding(let c):
            guard c.isFinite else {
                throw ValidationError(ValidationIssue(.notFinite("\(c)"), at: path.appending("shift")))
            }
            shifted = values.map { $0 + c }
        case .minimumTo(let m):
            guard m.isFinite, m > 0 else {
                throw ValidationError(
                    ValidationIssue(
                        .outOfRange("\(m)", allowed: "a positive, finite minimum"), at: path.appending("shift")))
            }
            let low = values.min() ?? 0
            shifted = values.map { $0 - low + m }
        }
        if let bad = shifted.firstIndex(where: { !($0 > 0) }), rows.indices.contains(bad) {
            throw ValidationError(
                ValidationIssue(
                    .inconsistent(
                        "the geometric mean needs positive values, but '\(indicator.name)' for '\(inputs.communities[rows[bad]])' is \(shifted[bad]) after normalisation and shift (\(shift)); use a shift such as minimumTo(1)"
                    ),
                    at: path))
        }
        return shifted
    }

    /// Ranks 1…n, lowest value first; tied values share the mean of their positions.
    static func averageRanks(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [Double](repeating: 0, count: values.count)
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count, values[order[end + 1]] == values[order[start]] { end += 1 }
            let average = Double(start + end + 2) / 2
            for position in start...end { ranks[order[position]] = average }
            start = end + 1
        }
        return ranks
    }
}
