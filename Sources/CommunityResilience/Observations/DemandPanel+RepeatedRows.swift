extension DemandPanel {
    /// A row that repeats an earlier row's community, service and month.
    public struct RepeatedRow: Hashable, Sendable {
        /// The repeating row.
        public var row: Int
        /// The first row with the same community, service and month.
        public var firstRow: Int

        /// A repeated row.
        /// - Parameters:
        ///   - row: The repeating row.
        ///   - firstRow: The first row with the same community, service and month.
        public init(row: Int, firstRow: Int) {
            self.row = row
            self.firstRow = firstRow
        }
    }

    /// Every row whose community, service and month an earlier row already has, in row order.
    ///
    /// A panel holds one count per community, service and month; two are either the same row
    /// exported twice or a breakdown (an age band, a ward) summed nowhere, and totals such as
    /// ``DemandTotals`` would add both. ``DemandCSVImporter`` rejects or sums such rows as it
    /// reads (see ``DemandCSVImporter/RepeatedRows``); use this to check a panel built another
    /// way, with ``append(_:)``.
    ///
    /// ```swift
    /// for repeated in panel.repeatedRows() {
    ///     print("row \(repeated.row) repeats row \(repeated.firstRow)")
    /// }
    /// ```
    ///
    /// - Returns: The repeating rows, each with the first row of its community, service and month;
    ///   empty for a panel in ``gridLayout`` (which has each combination once by construction).
    /// - Complexity: O(rows), with a bitmap of communities × services × months spanned, when that
    ///   is at most 32 bits a row (the panel holds at least one in 32 of those combinations);
    ///   otherwise O(rows log rows).
    public func repeatedRows() -> [RepeatedRow] {
        guard gridLayout == nil else { return [] }
        return RepeatedRowFinder.repeatedRows(
            communityCodes: communityCodes, serviceCodes: serviceCodes, monthIndices: monthIndices,
            communityCount: communities.count, serviceCount: services.count)
    }
}
