/// Totals for a panel in any row order: the cell comes from the row's three codes.
enum RowTotalsKernel {
    static func run(
        panel: DemandPanel, groupOf: [Int32], shape: TotalsShape, firstMonth: Int, into output: TotalsOutput,
        parallel: Bool
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
                        let partial = UncheckedSendable(
                            (pc.baseAddress, pp.baseAddress, pr.baseAddress, un.baseAddress))
                        ParallelChunks.run(chunkCount, parallel: parallel) { chunk in
                            let (pc, pp, pr, un) = partial.value
                            var target = output
                            if chunk > 0 {
                                let offset = (chunk - 1) * cells
                                target = TotalsOutput(
                                    counts: pc.map { $0 + offset }, populations: pp.map { $0 + offset },
                                    rows: pr.map { $0 + offset })
                            }
                            un?[chunk] = sum(panel, ranges[chunk], communityBase, serviceBase, target)
                        }
                        guard extra > 0 else { return }
                        // Add the partial tables in chunk order; cells are shared between threads.
                        let cellRanges = ParallelChunks.ranges(of: cells, count: 4 * ParallelChunks.processorCount)
                        ParallelChunks.run(cellRanges.count, parallel: parallel) { part in
                            let (pc, pp, pr, _) = partial.value
                            guard let counts = output.counts, let rowTotals = output.rows, let pc, let pr else {
                                return
                            }
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
