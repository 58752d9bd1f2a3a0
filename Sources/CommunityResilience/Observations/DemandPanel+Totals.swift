extension DemandPanel {
    /// Totals the counts (and populations) of every group × service × month in one pass over
    /// the panel — England's 40.5 million LSOA rows to 309 local authorities in a few tens of
    /// milliseconds.
    ///
    /// Two kernels give the same totals. When the panel has a ``gridLayout`` each community's
    /// series is a contiguous run of rows, added month by month into its group's cells without
    /// reading the code columns; groups are shared out between threads, so each cell is summed by
    /// one thread in community order. Otherwise rows are read in order, the cell found from the
    /// three codes; rows are cut into a fixed number of chunks (set by the panel's size alone),
    /// each chunk sums into its own table, and the tables are added in chunk order. Either way
    /// the result is the same bit for bit on one core or many.
    ///
    /// - Parameter grouping: The group of each community; rows of communities in no group are
    ///   left out and counted in ``DemandTotals/unassignedRowCount``.
    /// - Returns: The dense groups × services × months table.
    /// - Throws: ``ValidationIssue`` at `grouping` when the table would exceed 2³¹ − 1 cells.
    /// - Complexity: O(rows + cells), one sequential pass over the count and population columns
    ///   (and, without a grid layout, the three code columns).
    public func totals(by grouping: CommunityGrouping) throws(ValidationIssue) -> DemandTotals {
        try totals(by: grouping, parallel: true)
    }

    /// ``totals(by:)`` with the chunks run one after another when `parallel` is false (for tests).
    func totals(by grouping: CommunityGrouping, parallel: Bool) throws(ValidationIssue) -> DemandTotals {
        let (groupOf, groups) = grouping.groupCodes(for: communities)
        guard let period else {
            return DemandTotals(
                groups: groups, services: services.identifiers, period: nil, counts: [], populations: nil,
                rowCounts: [], unassignedRowCount: 0)
        }
        let shape = TotalsShape(groups: groups.count, services: services.count, months: period.monthCount)
        let (cells, overflow) = shape.seriesCount.multipliedReportingOverflow(by: shape.months)
        guard !overflow, cells <= Int(Int32.max) else {
            throw ValidationIssue(
                .outOfRange(
                    "\(groups.count) groups × \(services.count) services × \(period.monthCount) months",
                    allowed: "at most 2³¹ − 1 cells"),
                at: "grouping")
        }
        var totals = [Double](repeating: 0, count: cells)
        var populationTotals = [Double](repeating: 0, count: hasPopulations ? cells : 0)
        var rowCounts = [Int](repeating: 0, count: cells)
        var unassigned = 0
        totals.withUnsafeMutableBufferPointer { t in
            populationTotals.withUnsafeMutableBufferPointer { p in
                rowCounts.withUnsafeMutableBufferPointer { r in
                    let output = TotalsOutput(counts: t.baseAddress, populations: p.baseAddress, rows: r.baseAddress)
                    if let layout = gridLayout {
                        unassigned = GridTotalsKernel.run(
                            panel: self, layout: layout, groupOf: groupOf, shape: shape, into: output,
                            parallel: parallel)
                    } else {
                        unassigned = RowTotalsKernel.run(
                            panel: self, groupOf: groupOf, shape: shape, firstMonth: Int(monthBounds.first),
                            into: output,
                            parallel: parallel)
                    }
                }
            }
        }
        return DemandTotals(
            groups: groups, services: services.identifiers, period: period, counts: totals,
            populations: hasPopulations && !counts.isEmpty ? populationTotals : nil, rowCounts: rowCounts,
            unassignedRowCount: unassigned)
    }
}

/// The dimensions of a totals table.
struct TotalsShape {
    var groups: Int
    var services: Int
    var months: Int
    var seriesCount: Int { groups * services }
}

/// Where the kernels write; `populations` is `nil` when the panel has none.
struct TotalsOutput {
    var counts: UnsafeMutablePointer<Double>?
    var populations: UnsafeMutablePointer<Double>?
    var rows: UnsafeMutablePointer<Int>?
}
