/// Finds the rows of demand columns that repeat an earlier row's community, service and month:
/// the work behind ``DemandPanel/repeatedRows()`` and the CSV importer's
/// ``DemandCSVImporter/RepeatedRows`` handling.
///
/// Two counts for one community, service and month are either a mistake in the extract (the same
/// row exported twice) or a breakdown the importer was not told about (an age band in a column it
/// ignores). Either way, adding both into totals without saying so would overstate demand, so the
/// library finds them and lets the caller decide.
enum RepeatedRowFinder {
    /// The most bits a dense bitmap of keys may use for `rows` rows: four bytes a row (a seventh of
    /// a panel's own 28), or 8 KiB for a small panel. Beyond it (a sparse key space) the rows are
    /// sorted instead. Proportional to the rows, so that a handful of rows spread over decades
    /// does not allocate and clear megabytes.
    static func bitmapLimit(rows: Int) -> Int { max(1 << 16, 32 * rows) }

    /// Every row whose community, service and month an earlier row has, with that first row; in
    /// row order.
    ///
    /// - Parameters:
    ///   - communityCodes: Per row, a community code in `0..<communityCount`.
    ///   - serviceCodes: Per row, a service code in `0..<serviceCount`.
    ///   - monthIndices: Per row, a month index.
    ///   - communityCount: The number of community codes.
    ///   - serviceCount: The number of service codes.
    /// - Complexity: O(rows) time and at most ``bitmapLimit(rows:)`` bits when the key space
    ///   (communities × services × months spanned) fits that bitmap — a national extract does
    ///   unless it holds fewer than one in 32 of its combinations (33,755 LSOAs × 10 services ×
    ///   120 months is 5 MB, for up to 40.5M rows); otherwise O(rows log rows) time and 8 bytes a row.
    static func repeatedRows(
        communityCodes: [Int32], serviceCodes: [Int32], monthIndices: [Int32], communityCount: Int, serviceCount: Int
    ) -> [DemandPanel.RepeatedRow] {
        let rows = communityCodes.count
        guard rows > 1, serviceCodes.count == rows, monthIndices.count == rows else { return [] }
        let (first, last) = ColumnCheck.bounds(monthIndices)
        let span = Int(last) - Int(first) + 1
        let series = communityCount.multipliedReportingOverflow(by: serviceCount)
        let keys = series.partialValue.multipliedReportingOverflow(by: span)
        if !series.overflow, !keys.overflow, keys.partialValue <= bitmapLimit(rows: rows),
            codesInRange(communityCodes, below: communityCount), codesInRange(serviceCodes, below: serviceCount)
        {
            let key = { (row: Int) -> Int in
                (Int(communityCodes[row]) * serviceCount + Int(serviceCodes[row])) * span
                    + Int(monthIndices[row] - first)
            }
            return byBitmap(rows: rows, keyCount: keys.partialValue, key: key)
        }
        return bySorting(communityCodes: communityCodes, serviceCodes: serviceCodes, monthIndices: monthIndices)
    }

    private static func codesInRange(_ codes: [Int32], below count: Int) -> Bool {
        let (low, high) = ColumnCheck.bounds(codes)
        return low >= 0 && Int(high) < count
    }

    /// One pass marking each key in a bitmap; a row whose key is already marked repeats. Only when
    /// some row does, a second pass up to the last repeat finds each repeated key's first row.
    private static func byBitmap(rows: Int, keyCount: Int, key: (Int) -> Int) -> [DemandPanel.RepeatedRow] {
        var seen = Bitmap(count: keyCount)
        var repeats: [Int] = []
        for row in 0..<rows where !seen.insert(key(row)) {
            repeats.append(row)
        }
        guard let lastRepeat = repeats.last else { return [] }
        var wanted = Bitmap(count: keyCount)
        for row in repeats { _ = wanted.insert(key(row)) }
        var firstRows: [Int: Int] = [:]
        for row in 0...lastRepeat {
            let key = key(row)
            if wanted.contains(key), firstRows[key] == nil { firstRows[key] = row }
        }
        return repeats.map { DemandPanel.RepeatedRow(row: $0, firstRow: firstRows[key($0)] ?? $0) }
    }

    /// Sorts the rows by community, service, month and row, so that rows with one key are
    /// adjacent and the first of them comes first.
    private static func bySorting(communityCodes: [Int32], serviceCodes: [Int32], monthIndices: [Int32])
        -> [DemandPanel.RepeatedRow]
    {
        var order = Array(0..<communityCodes.count)
        order.sort { a, b in
            (communityCodes[a], serviceCodes[a], monthIndices[a], a)
                < (communityCodes[b], serviceCodes[b], monthIndices[b], b)
        }
        var repeats: [DemandPanel.RepeatedRow] = []
        var groupStart = 0
        for position in 1..<order.count {
            let row = order[position]
            let first = order[groupStart]
            if communityCodes[row] == communityCodes[first], serviceCodes[row] == serviceCodes[first],
                monthIndices[row] == monthIndices[first]
            {
                repeats.append(DemandPanel.RepeatedRow(row: row, firstRow: first))
            } else {
                groupStart = position
            }
        }
        return repeats.sorted { $0.row < $1.row }
    }

    /// A fixed set of small non-negative integers, one bit each.
    private struct Bitmap {
        private var words: [UInt64]

        init(count: Int) { words = Array(repeating: 0, count: (count + 63) / 64) }

        /// Adds `value`; returns whether it was absent.
        mutating func insert(_ value: Int) -> Bool {
            let bit: UInt64 = 1 << UInt64(value & 63)
            let word = value >> 6
            let absent = words[word] & bit == 0
            words[word] |= bit
            return absent
        }

        func contains(_ value: Int) -> Bool { words[value >> 6] & (1 << UInt64(value & 63)) != 0 }
    }
}
