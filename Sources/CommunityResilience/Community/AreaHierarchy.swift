/// The parent–child structure of a list of communities, indexed once so that the asset map, the
/// spend ledger and the index breakdowns can walk it cheaply.
///
/// Built only from communities whose identifiers are unique (callers check that first and report
/// duplicates). Walks are bounded by the number of communities, so a parent loop — which
/// ``Scenario/validate()`` reports — can never make them run for ever.
struct AreaHierarchy: Sendable {
    /// The communities by identifier.
    let byID: [Community.ID: Community]
    /// The communities' identifiers in input order.
    let order: [Community.ID]
    /// Each community's children, in input order.
    let children: [Community.ID: [Community.ID]]

    init(_ communities: [Community]) {
        var byID: [Community.ID: Community] = [:]
        var order: [Community.ID] = []
        var children: [Community.ID: [Community.ID]] = [:]
        for community in communities where byID[community.id] == nil {
            byID[community.id] = community
            order.append(community.id)
        }
        for id in order {
            if let parent = byID[id]?.parent, byID[parent] != nil, parent != id {
                children[parent, default: []].append(id)
            }
        }
        self.byID = byID
        self.order = order
        self.children = children
    }

    /// Whether the hierarchy contains `id`.
    func contains(_ id: Community.ID) -> Bool { byID[id] != nil }

    /// Whether `id` has no children: one of the smallest areas.
    func isLeaf(_ id: Community.ID) -> Bool { children[id]?.isEmpty ?? true }

    /// The communities with no children, in input order.
    var leaves: [Community.ID] { order.filter(isLeaf) }

    /// `id` and everything below it, depth first in input order; `id` first.
    func subtree(of id: Community.ID) -> [Community.ID] {
        guard contains(id) else { return [] }
        var result: [Community.ID] = []
        var seen: Set<Community.ID> = []
        var stack: [Community.ID] = [id]
        while let next = stack.popLast() {
            guard seen.insert(next).inserted else { continue }
            result.append(next)
            stack.append(contentsOf: (children[next] ?? []).reversed())
        }
        return result
    }

    /// The smallest areas at or below `id` (just `id` when it has no children).
    func leaves(under id: Community.ID) -> [Community.ID] {
        subtree(of: id).filter(isLeaf)
    }

    /// The parent chain above `id`, nearest first, stopping at a loop.
    func ancestors(of id: Community.ID) -> [Community.ID] {
        var result: [Community.ID] = []
        var seen: Set<Community.ID> = [id]
        var current = byID[id]?.parent
        while let next = current, byID[next] != nil, seen.insert(next).inserted {
            result.append(next)
            current = byID[next]?.parent
        }
        return result
    }

    /// `id` itself or its nearest ancestor of `kind`.
    func area(of id: Community.ID, kind: AreaKind) -> Community.ID? {
        ([id] + ancestors(of: id)).first { byID[$0]?.kind == kind }
    }

    /// The residents of `id` in `year`: its own recorded population, or else the sum over its
    /// smallest areas when every one of them has a population; `nil` otherwise.
    func population(of id: Community.ID, in year: Int) -> Int? {
        if let own = byID[id]?.population(in: year) { return own }
        let parts = leaves(under: id).filter { $0 != id }
        guard !parts.isEmpty else { return nil }
        var total = 0
        for part in parts {
            guard let value = byID[part]?.population(in: year) else { return nil }
            let (sum, overflow) = total.addingReportingOverflow(value)
            guard !overflow else { return nil }
            total = sum
        }
        return total
    }

    /// Issues for communities listed twice, at `communities[i].id` (the first one is kept).
    static func duplicateIssues(_ communities: [Community], list: String = "communities") -> [ValidationIssue] {
        var seen: Set<Community.ID> = []
        var issues: [ValidationIssue] = []
        for (index, community) in communities.enumerated() where !seen.insert(community.id).inserted {
            issues.append(
                ValidationIssue(
                    .duplicateIdentifier(community.id.rawValue),
                    at: FieldPath.root.appending(list, index: index).appending("id")))
        }
        return issues
    }
}
