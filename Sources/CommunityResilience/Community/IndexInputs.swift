/// Indicator values checked and arranged as a community × indicator table, ready for any
/// normalisation, weighting and aggregation — so that sensitivity analysis re-uses them.
struct IndexInputs: Sendable {
    /// The communities to index, in order.
    let communities: [Community.ID]
    /// The indicators, in the definition's order.
    let indicators: [IndexIndicator]
    /// `values[c][q]`: community c's value of indicator q, or `nil` when missing.
    let values: [[Double?]]

    init(
        definition: CompositeIndexDefinition, values located: [(CommunityIndicator, FieldPath)],
        communities: [Community.ID]
    ) throws(ValidationError) {
        var issues: [ValidationIssue] = []
        if definition.indicators.isEmpty {
            issues.append(ValidationIssue(.empty, at: "definition.indicators"))
        }
        var column: [String: Int] = [:]
        for (index, indicator) in definition.indicators.enumerated() {
            if column[indicator.name] != nil {
                issues.append(
                    ValidationIssue(
                        .duplicateIdentifier(indicator.name),
                        at: FieldPath.root.appending("definition").appending("indicators", index: index).appending(
                            "name")))
            } else {
                column[indicator.name] = index
            }
        }
        var row: [Community.ID: Int] = [:]
        for (index, community) in communities.enumerated() {
            if row[community] != nil {
                issues.append(
                    ValidationIssue(
                        .duplicateIdentifier(community.rawValue),
                        at: FieldPath.root.appending("communities", index: index)))
            } else {
                row[community] = index
            }
        }
        if communities.isEmpty { issues.append(ValidationIssue(.empty, at: "communities")) }
        var table = [[Double?]](
            repeating: [Double?](repeating: nil, count: definition.indicators.count), count: communities.count)
        var firstPath: [[FieldPath?]] = table.map { $0.map { _ in nil } }
        for (value, path) in located {
            guard let r = row[value.community] else {
                issues.append(
                    ValidationIssue(
                        .danglingReference(value.community.rawValue, kind: "community in the index"),
                        at: path.appending("community")))
                continue
            }
            guard let q = column[value.name] else { continue }
            guard value.value.isFinite else {
                issues.append(ValidationIssue(.notFinite("\(value.value)"), at: path.appending("value")))
                continue
            }
            if let first = firstPath[r][q] {
                issues.append(
                    ValidationIssue(
                        .inconsistent(
                            "a second value of '\(value.name)' for community '\(value.community)' (the first is at \(first))"
                        ),
                        at: path))
                continue
            }
            table[r][q] = value.value
            firstPath[r][q] = path
        }
        guard issues.isEmpty else { throw ValidationError(issues: issues) }
        self.communities = communities
        self.indicators = definition.indicators
        self.values = table
    }
}
