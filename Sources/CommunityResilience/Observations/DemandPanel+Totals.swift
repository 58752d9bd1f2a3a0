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
                .outOfRange("\(groups.count) groups × \(services.count) services × \(period.monthCount) months", allowed: "at most 2³¹ − 1 cells"),
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
                            panel: self, layout: layout, groupOf: groupOf, shape: shape, into: output, parallel: parallel)
                    } else {
                        unassigned = RowTotalsKernel.run(
                            panel: self, groupOf: groupOf, shape: shape, firstMonth: Int(monthBounds.first), into: output,
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

/// Totals for a panel in grid order: each (community, service) series is `months` contiguous
/// rows added into `months` contiguous cells.
enum GridTotalsKernel {
    static func run(
        panel: DemandPanel, layout: DemandPanel.GridLayout, groupOf: [Int32], shape: TotalsShape, into output: TotalsOutput,
        parallel: Bool
    ) -> Int {
        let months = layout.monthCount
        let seriesLength = shape.services * months
        // Share groups between chunks so that chunks hold similar numbers of rows.
        var membersOf = [Int](repeating: 0, count: shape.groups)
        for group in groupOf where group >= 0 { membersOf[Int(group)] += 1 }
        let assigned = membersOf.reduce(0, +)
        let chunkCount = min(shape.groups, max(1, min(4 * ParallelChunks.processorCount, assigned * seriesLength / 65_536)))
        var chunkOf = [Int](repeating: 0, count: shape.groups)
        var running = 0
        for group in 0..<shape.groups {
            chunkOf[group] = min(chunkCount - 1, running * chunkCount / max(assigned, 1))
            running += membersOf[group]
        }
        panel.counts.withUnsafeBufferPointer { countBuffer in
            panel.populations.withUnsafeBufferPointer { populationBuffer in
                let input = UncheckedSendable((countBuffer.baseAddress, populationBuffer.baseAddress, output))
                ParallelChunks.run(chunkCount, parallel: parallel) { chunk in
                    let (counts, populations, output) = input.value
                    guard let counts, let target = output.counts else { return }
                    for community in 0..<groupOf.count {
                        let group = Int(groupOf[community])
                        guard group >= 0, chunkOf[group] == chunk else { continue }
                        for service in 0..<shape.services {
                            let source = layout.firstRow(community: community, service: service)
                            let cell = (group * shape.services + service) * months
                            if let populations, let populationTarget = output.populations {
                                // One loop for both columns: half the loop overhead of two.
                                add(counts + source, populations + source, into: target + cell, populationTarget + cell, months)
                            } else {
                                add(counts + source, into: target + cell, months)
                            }
                        }
                    }
                }
            }
        }
        // Every member has every service and month, so each cell holds one row per member.
        if let rows = output.rows {
            for group in 0..<shape.groups {
                let start = group * seriesLength
                for cell in start..<(start + seriesLength) { rows[cell] = membersOf[group] }
            }
        }
        return (groupOf.count - assigned) * seriesLength
    }

    @inline(__always)
    static func add(_ source: UnsafePointer<Double>, into target: UnsafeMutablePointer<Double>, _ count: Int) {
        for index in 0..<count { target[index] += source[index] }
    }

    @inline(__always)
    static func add(
        _ first: UnsafePointer<Double>, _ second: UnsafePointer<Double>, into firstTarget: UnsafeMutablePointer<Double>,
        _ secondTarget: UnsafeMutablePointer<Double>, _ count: Int
    ) {
        for index in 0..<count {
            firstTarget[index] += first[index]
            secondTarget[index] += second[index]
        }
    }
}

/// Totals for a panel in any row order: the cell comes from the row's three codes.
enum RowTotalsKernel {
    static func run(
        panel: DemandPanel, groupOf: [Int32], shape: TotalsShape, firstMonth: Int, into output: TotalsOutput, parallel: Bool
    ) -> Int {
        let rows = panel.count
        let cells = shape.seriesCount * shape.months
        // The chunk count depends on the sizes alone (never on the machine), so the order of
        // additions — chunk by chunk, rows in order within a chunk — is fixed. A chunk's partial
        // table costs a pass over `cells`; only split when each chunk has many more rows.
        let chunkCount = max(1, min(4, rows / max(65_536, 4 * cells)))
        let ranges = ParallelChunks.ranges(of: rows, count: chunkCount)
        // Offsets that turn (community, service, month) into a cell with two additions; −1 marks
        // a community in no group.
        let communityBase = groupOf.map { $0 < 0 ? -1 : Int($0) * shape.services * shape.months }
        let serviceBase = (0..<shape.services).map { $0 * shape.months - firstMonth }
        let extra = chunkCount - 1
        var partialCounts = [Double](repeating: 0, count: extra * cells)
        var partialPopulations = [Double](repeating: 0, count: output.populations == nil ? 0 : extra * cells)
        var partialRows = [Int](repeating: 0, count: extra * cells)
        var unassigned = [Int](repeating: 0, count: chunkCount)
        partialCounts.withUnsafeMutableBufferPointer { pc in
            partialPopulations.withUnsafeMutableBufferPointer { pp in
                partialRows.withUnsafeMutableBufferPointer { pr in
                    unassigned.withUnsafeMutableBufferPointer { un in
                        let partial = UncheckedSendable((pc.baseAddress, pp.baseAddress, pr.baseAddress, un.baseAddress))
                        ParallelChunks.run(chunkCount, parallel: parallel) { chunk in
                            let (pc, pp, pr, un) = partial.value
                            var target = output
                            if chunk > 0 {
                                let offset = (chunk - 1) * cells
                                target = TotalsOutput(counts: pc.map { $0 + offset }, populations: pp.map { $0 + offset }, rows: pr.map { $0 + offset })
                            }
                            un?[chunk] = sum(panel, ranges[chunk], communityBase, serviceBase, target)
                        }
                        guard extra > 0 else { return }
                        // Add the partial tables in chunk order; cells are shared between threads.
                        let cellRanges = ParallelChunks.ranges(of: cells, count: 4 * ParallelChunks.processorCount)
                        ParallelChunks.run(cellRanges.count, parallel: parallel) { part in
                            let (pc, pp, pr, _) = partial.value
                            guard let counts = output.counts, let rowTotals = output.rows, let pc, let pr else { return }
                            for chunk in 0..<extra {
                                let offset = chunk * cells
                                for cell in cellRanges[part] {
                                    counts[cell] += pc[offset + cell]
                                    rowTotals[cell] &+= pr[offset + cell]
                                }
                                if let populations = output.populations, let pp {
                                    for cell in cellRanges[part] { populations[cell] += pp[offset + cell] }
                                }
                            }
                        }
                    }
                }
            }
        }
        return unassigned.reduce(0, +)
    }

    /// Adds the rows in `range` into `target`; returns how many rows had no group.
    static func sum(
        _ panel: DemandPanel, _ range: Range<Int>, _ communityBase: [Int], _ serviceBase: [Int], _ target: TotalsOutput
    ) -> Int {
        var unassigned = 0
        panel.communityCodes.withUnsafeBufferPointer { c in
            panel.serviceCodes.withUnsafeBufferPointer { s in
                panel.monthIndices.withUnsafeBufferPointer { m in
                    panel.counts.withUnsafeBufferPointer { x in
                        panel.populations.withUnsafeBufferPointer { p in
                            communityBase.withUnsafeBufferPointer { cb in
                                serviceBase.withUnsafeBufferPointer { sb in
                                    guard let c = c.baseAddress, let s = s.baseAddress, let m = m.baseAddress,
                                        let x = x.baseAddress, let cb = cb.baseAddress, let sb = sb.baseAddress,
                                        let counts = target.counts, let rows = target.rows
                                    else { return }
                                    if let p = p.baseAddress, let populations = target.populations {
                                        for row in range {
                                            let base = cb[Int(c[row])]
                                            if base < 0 {
                                                unassigned &+= 1
                                                continue
                                            }
                                            let cell = base &+ sb[Int(s[row])] &+ Int(m[row])
                                            counts[cell] += x[row]
                                            populations[cell] += p[row]
                                            rows[cell] &+= 1
                                        }
                                    } else {
                                        for row in range {
                                            let base = cb[Int(c[row])]
                                            if base < 0 {
                                                unassigned &+= 1
                                                continue
                                            }
                                            let cell = base &+ sb[Int(s[row])] &+ Int(m[row])
                                            counts[cell] += x[row]
                                            rows[cell] &+= 1
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return unassigned
    }
}
