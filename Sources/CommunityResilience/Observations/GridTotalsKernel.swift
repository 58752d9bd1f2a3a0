/// Totals for a panel in grid order: each (community, service) series is `months` contiguous
/// rows added into `months` contiguous cells.
enum GridTotalsKernel {
    static func run(
        panel: DemandPanel, layout: DemandPanel.GridLayout, groupOf: [Int32], shape: TotalsShape,
        into output: TotalsOutput,
        parallel: Bool
    ) -> Int {
        let months = layout.monthCount
        let seriesLength = shape.services * months
        // Share groups between chunks so that chunks hold similar numbers of rows.
        var membersOf = [Int](repeating: 0, count: shape.groups)
        for group in groupOf where group >= 0 { membersOf[Int(group)] += 1 }
        let assigned = membersOf.reduce(0, +)
        let chunkCount = min(
            shape.groups, max(1, min(4 * ParallelChunks.processorCount, assigned * seriesLength / 65_536)))
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
                            let source = layout.uncheckedFirstRow(community: community, service: service)
                            let cell = (group * shape.services + service) * months
                            if let populations, let populationTarget = output.populations {
                                // One loop for both columns: half the loop overhead of two.
                                add(
                                    counts + source, populations + source, into: target + cell, populationTarget + cell,
                                    months)
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
