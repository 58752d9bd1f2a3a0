/// Spend records checked against the area hierarchy, apportioned down to communities exactly to
/// the penny.
///
/// ```swift
/// let ledger = try SpendLedger(records: records, scenario: scenario, in: .financialYear(2023))
/// let lines = try ledger.apportioned(by: .population(year: 2023))
/// // Σ of the lines' amounts equals Σ of the records' amounts, to the penny.
/// ```
///
/// Each record recorded against a larger area is shared among the communities below it in
/// proportion to the ``ApportionmentDriver``'s weights by ``Money/allocated(proportionallyTo:)``
/// — the largest-remainder (Hamilton) method — so every record's parts add up to the record
/// exactly and no penny is created or lost.
public struct SpendLedger: Sendable {
    /// The records, in input order.
    public let records: [SpendRecord]
    /// The currency every record is in.
    public let currency: Currency
    /// The price base every record is in.
    public let priceBase: PriceBase
    /// The communities the records refer to.
    public let communities: [Community]
    let hierarchy: AreaHierarchy

    /// Creates a ledger, checking every record.
    ///
    /// - Parameters:
    ///   - records: the spend records.
    ///   - communities: the area hierarchy the records refer to.
    ///   - agencies: the agencies records may name, or `nil` not to check agencies.
    ///   - services: the services records may name, or `nil` not to check services.
    ///   - priceBase: the price base every amount must be in (rebase first with
    ///     ``Money/rebased(to:using:)``).
    ///   - currency: the currency every amount must be in.
    /// - Throws: ``ValidationError`` with every problem: duplicate communities
    ///   (`communities[i].id`) or records (`records[i].id`), unknown areas, agencies or services
    ///   (`records[i].area`, `.agency`, `.service`), negative amounts and amounts in another
    ///   currency or price base (`records[i].amount`).
    public init(
        records: [SpendRecord], communities: [Community], agencies: [Agency]? = nil, services: [Service]? = nil,
        in priceBase: PriceBase, currency: Currency = .gbp
    ) throws(ValidationError) {
        var issues = AreaHierarchy.duplicateIssues(communities)
        let hierarchy = AreaHierarchy(communities)
        let agencyIDs = agencies.map { Set($0.map(\.id)) }
        let serviceIDs = services.map { Set($0.map(\.id)) }
        var seen: Set<SpendRecord.ID> = []
        for (index, record) in records.enumerated() {
            let path = FieldPath.root.appending("records", index: index)
            if !seen.insert(record.id).inserted {
                issues.append(ValidationIssue(.duplicateIdentifier(record.id.rawValue), at: path.appending("id")))
            }
            if !hierarchy.contains(record.area) {
                issues.append(
                    ValidationIssue(
                        .danglingReference(record.area.rawValue, kind: "community"), at: path.appending("area")))
            }
            if let agencyIDs, !agencyIDs.contains(record.agency) {
                issues.append(
                    ValidationIssue(
                        .danglingReference(record.agency.rawValue, kind: "agency"), at: path.appending("agency")))
            }
            if let serviceIDs, !serviceIDs.contains(record.service) {
                issues.append(
                    ValidationIssue(
                        .danglingReference(record.service.rawValue, kind: "service"), at: path.appending("service")))
            }
            if record.amount.currency != currency || record.amount.priceBase != priceBase {
                issues.append(
                    ValidationIssue(
                        .inconsistentMoney(
                            "\(record.amount.currency) \(record.amount.amountText) (\(record.amount.priceBase) prices)",
                            expected: "the ledger's currency and price base, \(currency) in \(priceBase) prices"),
                        at: path.appending("amount")))
            } else if record.amount.isNegative {
                issues.append(ValidationIssue(.negative(record.amount.amountText), at: path.appending("amount")))
            }
        }
        guard issues.isEmpty else { throw ValidationError(issues: issues) }
        self.records = records
        self.communities = communities
        self.hierarchy = hierarchy
        self.priceBase = priceBase
        self.currency = currency
    }

    /// Creates a ledger checked against a scenario's communities, agencies and services, plus any
    /// `additionalServices` spend is recorded for but the scenario does not model (such as grants
    /// to community groups).
    ///
    /// - Throws: ``ValidationError`` as ``init(records:communities:agencies:services:in:currency:)``.
    public init(
        records: [SpendRecord], scenario: Scenario, additionalServices: [Service] = [], in priceBase: PriceBase,
        currency: Currency = .gbp
    ) throws(ValidationError) {
        try self.init(
            records: records, communities: scenario.communities, agencies: scenario.agencies,
            services: scenario.services + additionalServices, in: priceBase, currency: currency)
    }

    /// The communities at `level`, in input order.
    public func areas(at level: ApportionmentLevel) -> [Community.ID] {
        switch level {
        case .smallestAreas: return hierarchy.leaves
        case .kind(let kind): return hierarchy.order.filter { hierarchy.byID[$0]?.kind == kind }
        }
    }

    /// Every record shared among the communities at `level` below its area, by `driver`.
    ///
    /// A record already at the level (or, for ``ApportionmentLevel/kind(_:)``, below it, when it
    /// is credited to its ancestor of that kind) is kept whole. Otherwise the communities at the
    /// level below the record's area share it in proportion to their weights, exactly: the parts
    /// of each record add up to the record to the minor unit (largest-remainder rounding,
    /// ``Money/allocated(proportionallyTo:)``).
    ///
    /// - Parameters:
    ///   - driver: what the spend is shared by.
    ///   - level: the communities to share down to; the smallest areas by default.
    /// - Returns: one line per record and community credited, in record order, then community
    ///   input order. Communities given a weight of zero get a zero line.
    /// - Throws: ``ValidationError`` with every problem, at `records[i].area` when a community to
    ///   share among has no population (population driver), when every weight is zero, or when an
    ///   area has no community of the requested kind above or below it; at `weights.<community>`
    ///   for a missing, negative or non-finite custom weight.
    /// - Complexity: O(*r* · *c* + *p*) for *r* records, *c* communities and *p* panel rows.
    public func apportioned(by driver: ApportionmentDriver, to level: ApportionmentLevel = .smallestAreas)
        throws(ValidationError) -> [ApportionedSpend]
    {
        var issues: [ValidationIssue] = []
        var lines: [ApportionedSpend] = []
        let demand = DriverDemandTotals(driver: driver)
        for (index, record) in records.enumerated() {
            let path = FieldPath.root.appending("records", index: index).appending("area")
            do {
                lines += try share(record, by: driver, demand: demand, level: level, at: path)
            } catch {
                issues += error.issues
            }
        }
        guard issues.isEmpty else { throw ValidationError(issues: issues) }
        return lines
    }

    private func share(
        _ record: SpendRecord, by driver: ApportionmentDriver, demand: DriverDemandTotals?, level: ApportionmentLevel,
        at path: FieldPath
    ) throws(ValidationError) -> [ApportionedSpend] {
        func line(_ community: Community.ID, _ amount: Money, _ weight: Double, _ total: Double, shared: Bool)
            -> ApportionedSpend
        {
            ApportionedSpend(
                record: record.id, community: community, agency: record.agency, service: record.service,
                period: record.period, amount: amount, weight: weight, totalWeight: total, isApportioned: shared)
        }
        let targets: [Community.ID]
        switch try self.targets(of: record.area, level: level, at: path) {
        case .whole(let community):
            return [line(community, record.amount, 1, 1, shared: false)]
        case .shared(let communities):
            targets = communities
        }
        let weights = try self.weights(of: targets, for: record, by: driver, demand: demand, at: path)
        let total = weights.reduce(0, +)
        guard total > 0 else {
            throw ValidationError(
                ValidationIssue(
                    .inconsistent(
                        "every community under '\(record.area)' has a weight of zero by \(driver.description), so '\(record.id)' cannot be shared"
                    ),
                    at: path))
        }
        let parts: [Money]
        do {
            parts = try record.amount.allocated(proportionallyTo: weights)
        } catch {
            throw ValidationError(error.located(under: path))
        }
        return zip(targets, zip(parts, weights)).map { line($0, $1.0, $1.1, total, shared: true) }
    }

    private enum Targets {
        case whole(Community.ID)
        case shared([Community.ID])
    }

    private func targets(of area: Community.ID, level: ApportionmentLevel, at path: FieldPath) throws(ValidationError)
        -> Targets
    {
        switch level {
        case .smallestAreas:
            return hierarchy.isLeaf(area) ? .whole(area) : .shared(hierarchy.leaves(under: area))
        case .kind(let kind):
            if hierarchy.byID[area]?.kind == kind { return .whole(area) }
            // The nearest communities of `kind` below the area (none of kind between them and it).
            let below = hierarchy.subtree(of: area).dropFirst().filter { id in
                hierarchy.byID[id]?.kind == kind
                    && !hierarchy.ancestors(of: id).prefix(while: { $0 != area }).contains {
                        hierarchy.byID[$0]?.kind == kind
                    }
            }
            if !below.isEmpty { return .shared(Array(below)) }
            if let above = hierarchy.area(of: area, kind: kind) { return .whole(above) }
            throw ValidationError(
                ValidationIssue(
                    .inconsistent("'\(area)' has no community of kind \(kind.rawValue) above or below it"), at: path))
        }
    }

    private func weights(
        of targets: [Community.ID], for record: SpendRecord, by driver: ApportionmentDriver,
        demand: DriverDemandTotals?,
        at path: FieldPath
    ) throws(ValidationError) -> [Double] {
        switch driver {
        case .population(let year):
            var weights: [Double] = []
            var missing: [String] = []
            for target in targets {
                if let population = hierarchy.population(of: target, in: year) {
                    weights.append(Double(population))
                } else {
                    missing.append(target.rawValue)
                }
            }
            guard missing.isEmpty else {
                throw ValidationError(
                    ValidationIssue(
                        .inconsistent(
                            "cannot share '\(record.id)' by population: no population for \(missing.map { "'\($0)'" }.joined(separator: ", "))"
                        ),
                        at: path))
            }
            return weights
        case .demand:
            return targets.map { demand?.count(for: $0, record: record, hierarchy: hierarchy) ?? 0 }
        case .weights(let table):
            var issues: [ValidationIssue] = []
            let weights = targets.map { target -> Double in
                let weightPath = FieldPath.root.appending("weights").appending(target.rawValue)
                guard let weight = table[target] else {
                    issues.append(ValidationIssue(.missing, at: weightPath))
                    return 0
                }
                if !weight.isFinite {
                    issues.append(ValidationIssue(.notFinite("\(weight)"), at: weightPath))
                } else if weight < 0 {
                    issues.append(ValidationIssue(.negative("\(weight)"), at: weightPath))
                }
                return weight
            }
            guard issues.isEmpty else { throw ValidationError(issues: issues) }
            return weights
        }
    }
}

/// A demand panel summed once by community, service and month, so that each record's weights
/// are read without scanning the panel again.
private struct DriverDemandTotals {
    let services: ApportionmentDriver.DemandServices
    let panel: DemandPanel
    /// community code → service code → month index → count.
    let counts: [Int32: [Int32: [Int32: Double]]]

    init?(driver: ApportionmentDriver) {
        guard case .demand(let panel, let services) = driver else { return nil }
        var counts: [Int32: [Int32: [Int32: Double]]] = [:]
        for row in 0..<panel.count {
            counts[panel.communityCodes[row], default: [:]][panel.serviceCodes[row], default: [:]][
                panel.monthIndices[row], default: 0] += panel.counts[row]
        }
        self.panel = panel
        self.services = services
        self.counts = counts
    }

    /// Demand in `community` and every area below it, for the driver's services, in the months of
    /// the record's period.
    func count(for community: Community.ID, record: SpendRecord, hierarchy: AreaHierarchy) -> Double {
        let wanted: Set<Int32>?
        switch services {
        case .recordService: wanted = panel.services.code(for: record.service).map { [$0] } ?? []
        case .services(let set): wanted = Set(set.compactMap { panel.services.code(for: $0) })
        case .all: wanted = nil
        }
        let first = record.period.first.index
        let last = record.period.last.index
        var total = 0.0
        for part in hierarchy.subtree(of: community) {
            guard let code = panel.communities.code(for: part), let byService = counts[code] else { continue }
            for (service, months) in byService where wanted?.contains(service) ?? true {
                for (month, count) in months where first <= Int(month) && Int(month) <= last { total += count }
            }
        }
        return total
    }
}
