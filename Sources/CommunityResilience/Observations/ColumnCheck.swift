/// The checks of ``DemandPanel/init(communities:services:communityCodes:serviceCodes:monthIndices:counts:populations:)``,
/// written as reductions over raw buffers so that the compiler vectorises them: each pass first
/// asks "is anything wrong?" cheaply and only looks for the offending row when something is.
enum ColumnCheck {
    struct Outcome {
        var layout: DemandPanel.GridLayout?
        var monthBounds: (first: Int32, last: Int32)
    }

    static func run(
        communityCount: Int, serviceCount: Int, communityCodes: [Int32], serviceCodes: [Int32],
        monthIndices: [Int32], counts: [Double], populations: [Double]?
    ) throws(ValidationIssue) -> Outcome {
        let rows = communityCodes.count
        try requireLength(serviceCodes.count, rows, name: "serviceCodes")
        try requireLength(monthIndices.count, rows, name: "monthIndices")
        try requireLength(counts.count, rows, name: "counts")
        if let populations { try requireLength(populations.count, rows, name: "populations") }
        try requireNonNegativeFinite(counts, name: "counts")
        if let populations { try requireNonNegativeFinite(populations, name: "populations") }
        guard rows > 0 else { return Outcome(layout: nil, monthBounds: (.max, .min)) }
        if let layout = gridLayout(
            communityCount: communityCount, serviceCount: serviceCount, communityCodes: communityCodes,
            serviceCodes: serviceCodes, monthIndices: monthIndices)
        {
            let first = Int32(layout.firstMonth.index)
            return Outcome(layout: layout, monthBounds: (first, first + Int32(layout.monthCount - 1)))
        }
        try requireRange(
            communityCodes, 0, Int32(clamping: communityCount - 1), name: "communityCodes",
            allowed: "0..<\(communityCount)")
        try requireRange(
            serviceCodes, 0, Int32(clamping: serviceCount - 1), name: "serviceCodes", allowed: "0..<\(serviceCount)")
        let bounds = try requireRange(
            monthIndices, Int32(Month.supportedIndices.lowerBound), Int32(Month.supportedIndices.upperBound),
            name: "monthIndices", allowed: "\(Month.supportedIndices) (\(Month.earliest) to \(Month.latest))")
        return Outcome(layout: nil, monthBounds: bounds)
    }

    static func requireLength(_ count: Int, _ rows: Int, name: String) throws(ValidationIssue) {
        guard count == rows else {
            throw ValidationIssue(
                .inconsistent("\(name) has \(count) values but communityCodes has \(rows)"),
                at: FieldPath(stringLiteral: name))
        }
    }

    static func requireNonNegativeFinite(_ values: [Double], name: String) throws(ValidationIssue) {
        let bad = values.withUnsafeBufferPointer { buffer in
            var bad = 0
            // `v >= 0` is false for NaN; `v <= greatestFiniteMagnitude` is false for +∞.
            for v in buffer { bad &+= (v >= 0 && v <= .greatestFiniteMagnitude) ? 0 : 1 }
            return bad
        }
        guard bad > 0, let index = values.firstIndex(where: { !($0 >= 0 && $0.isFinite) }) else { return }
        let value = values[index]
        let path = FieldPath.root.appending(name, index: index)
        throw ValidationIssue(value.isFinite ? .negative("\(value)") : .notFinite("\(value)"), at: path)
    }

    /// The smallest and largest value, `(.max, .min)` for none. For month indices this is what
    /// any initialiser that takes already-checked columns must store in the panel's month bounds.
    static func bounds(_ months: [Int32]) -> (first: Int32, last: Int32) {
        months.withUnsafeBufferPointer { buffer in
            var low = Int32.max
            var high = Int32.min
            for month in buffer {
                low = min(low, month)
                high = max(high, month)
            }
            return (low, high)
        }
    }

    /// Checks every value lies in `lowest...highest` (nothing does when `lowest > highest`) and
    /// returns the smallest and largest value.
    @discardableResult
    static func requireRange(
        _ values: [Int32], _ lowest: Int32, _ highest: Int32, name: String, allowed description: String
    ) throws(ValidationIssue) -> (first: Int32, last: Int32) {
        let (low, high) = bounds(values)
        guard low < lowest || high > highest, let index = values.firstIndex(where: { $0 < lowest || $0 > highest })
        else { return (low, high) }
        throw ValidationIssue(
            .outOfRange("\(values[index])", allowed: description), at: FieldPath.root.appending(name, index: index))
    }

    /// The grid layout, when the code columns follow it exactly.
    static func gridLayout(
        communityCount: Int, serviceCount: Int, communityCodes: [Int32], serviceCodes: [Int32], monthIndices: [Int32]
    ) -> DemandPanel.GridLayout? {
        let rows = communityCodes.count
        let seriesCount = communityCount.multipliedReportingOverflow(by: serviceCount)
        guard !seriesCount.overflow, seriesCount.partialValue > 0, rows % seriesCount.partialValue == 0 else {
            return nil
        }
        let monthCount = rows / seriesCount.partialValue
        let first = Int(monthIndices[0])
        guard Month.supportedIndices.contains(first), Month.supportedIndices.contains(first + monthCount - 1),
            let firstMonth = try? Month(index: first)
        else { return nil }
        let matches = communityCodes.withUnsafeBufferPointer { c in
            serviceCodes.withUnsafeBufferPointer { s in
                monthIndices.withUnsafeBufferPointer { m in
                    guard let c = c.baseAddress, let s = s.baseAddress, let m = m.baseAddress else { return false }
                    var row = 0
                    for community in 0..<Int32(communityCount) {
                        for service in 0..<Int32(serviceCount) {
                            // One branch-free comparison per row; the loop vectorises.
                            var mismatches: Int32 = 0
                            for offset in 0..<monthCount {
                                let month = Int32(first &+ offset)
                                mismatches |=
                                    (c[row &+ offset] ^ community) | (s[row &+ offset] ^ service)
                                    | (m[row &+ offset] ^ month)
                            }
                            guard mismatches == 0 else { return false }
                            row &+= monthCount
                        }
                    }
                    return true
                }
            }
        }
        return matches
            ? DemandPanel.GridLayout(
                communityCount: communityCount, serviceCount: serviceCount, monthCount: monthCount,
                firstMonth: firstMonth)
            : nil
    }
}
