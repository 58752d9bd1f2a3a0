/// Which group each community belongs to — LSOAs to their local authority, local authorities to
/// their integrated care board — for totalling a ``DemandPanel`` with
/// ``DemandPanel/totals(by:)``.
///
/// A community absent from the grouping belongs to no group: its rows are left out of the
/// totals and counted in ``DemandTotals/unassignedRowCount``, so that a grouping of one region's
/// LSOAs totals that region alone.
///
/// ```swift
/// let byAuthority = CommunityGrouping(parents: scenario.communities)   // LSOA → its parent
/// let totals = try panel.totals(by: byAuthority)
/// ```
public struct CommunityGrouping: Hashable, Sendable {
    /// The group of each grouped community.
    public private(set) var groups: [Community.ID: Community.ID]

    /// A grouping from a lookup table (community → group), such as the ONS LSOA-to-local-authority
    /// lookup.
    ///
    /// - Parameter groups: The group of each community.
    public init(_ groups: [Community.ID: Community.ID]) {
        self.groups = groups
    }

    /// Groups each community under its ``Community/parent``; communities without a parent are
    /// left out.
    ///
    /// - Parameter communities: The communities, e.g. a scenario's ``Scenario/communities``.
    public init(parents communities: [Community]) {
        var groups: [Community.ID: Community.ID] = [:]
        for community in communities {
            if let parent = community.parent { groups[community.id] = parent }
        }
        self.groups = groups
    }

    /// The group of `community`, or `nil` when it belongs to none.
    ///
    /// - Parameter community: A community identifier.
    /// - Returns: Its group's identifier.
    public func group(of community: Community.ID) -> Community.ID? {
        groups[community]
    }

    /// Puts `community` in `group`, replacing any earlier assignment.
    ///
    /// - Parameters:
    ///   - community: The community.
    ///   - group: Its group.
    public mutating func assign(_ community: Community.ID, to group: Community.ID) {
        groups[community] = group
    }

    /// Per community code of `table`, the position of its group in the returned list (−1 for
    /// none); groups are listed in order of their first member's code, so the order depends on
    /// the panel alone, never on dictionary order.
    func groupCodes(for table: CodeTable<Community>) -> (codes: [Int32], groups: [Community.ID]) {
        var codes = [Int32](repeating: -1, count: table.count)
        var positions: [Community.ID: Int32] = [:]
        var ordered: [Community.ID] = []
        for (code, community) in table.identifiers.enumerated() {
            guard let group = groups[community] else { continue }
            if let known = positions[group] {
                codes[code] = known
            } else {
                let position = Int32(truncatingIfNeeded: ordered.count)
                positions[group] = position
                ordered.append(group)
                codes[code] = position
            }
        }
        return (codes, ordered)
    }
}
