/// Gathers the rows of a demand import into the panel's columns, one parser's segment at a time,
/// in file order: translates each parser's local identifier codes to the panel's, fixes the
/// lines its issues name, and keeps the running counts.
struct DemandPanelBuilder {
    /// Rows of headroom kept when sizing the columns.
    static let headroom = 1 << 16

    let hasPopulation: Bool
    /// The input offset where the first record starts, for the bytes-per-row estimate.
    let startOffset: Int
    var log: CSVIssueLog
    var rowsRead = 0
    var communities = CodeTable<Community>()
    var services = CodeTable<Service>()
    var communityCodes: [Int32] = []
    var serviceCodes: [Int32] = []
    var monthIndices: [Int32] = []
    var counts: [Double] = []
    var populations: [Double] = []
    /// The line each accepted row starts on, as anchors (see ``DemandPart/lineAnchors``) in
    /// panel rows and file lines.
    var lineAnchors: [DemandPart.LineAnchor] = []
    /// How many times the columns were sized (once for a file whose size is known).
    private(set) var sizings = 0

    /// The header, and the population's position in it, to locate issues about populations.
    let columnNames: [String]
    let populationField: Int?

    /// A builder for an import whose header is `columnNames`, with a population column at
    /// `populationField` or none.
    init(columnNames: [String], populationField: Int?, options: CSVImportOptions, startOffset: Int) {
        self.hasPopulation = populationField != nil
        self.columnNames = columnNames
        self.populationField = populationField
        self.startOffset = startOffset
        log = CSVIssueLog(options)
    }

    /// Moves `part`'s rows and issues into the panel and resets the part.
    ///
    /// Parts must be merged in file order: each part's new identifiers get their panel codes
    /// here, so the panel's codes follow the order the file first shows them. Call
    /// ``reserve(_:remainingBytes:consumed:)`` first with the rows of every part read so far.
    ///
    /// - Parameters:
    ///   - part: The parsed stretch.
    ///   - lineOffset: Added to the lines the part's issues name (the stretch started on line
    ///     `lineOffset + 1`).
    /// - Throws: The issue that stopped the part, or the first issue when the import stops at
    ///   the first; the identifier tables' overflow.
    mutating func merge(_ part: DemandPart, lineOffset: Int) throws(ValidationIssue) {
        defer { part.reset() }
        for issue in part.log.issues { try log.record(issue.shiftingLines(by: lineOffset)) }
        log.countUnlisted(part.log.unlisted)
        rowsRead += part.rowsRead
        // The rows before the one that stopped the part are merged first: one of them may repeat
        // an earlier row, which is then the first problem in the file.
        try mergeRows(of: part, lineOffset: lineOffset)
        if let stopped = part.stopped { throw stopped.shiftingLines(by: lineOffset) }
    }

    /// Moves `part`'s accepted rows into the columns.
    private mutating func mergeRows(of part: DemandPart, lineOffset: Int) throws(ValidationIssue) {
        guard let parser = part.parser else { return }
        // Identifiers first seen in this part get their panel codes now, in file order; the
        // parser's earlier parts (earlier in the file) have been merged already.
        assert(parser.state.communityCodesMerged.count == part.newCommunities.lowerBound)
        for code in part.newCommunities {
            parser.state.communityCodesMerged.append(try communities.encode(parser.state.communities.identifiers[code]))
        }
        assert(parser.state.serviceCodesMerged.count == part.newServices.lowerBound)
        for code in part.newServices {
            parser.state.serviceCodesMerged.append(try services.encode(parser.state.services.identifiers[code]))
        }
        let segment = part.segment
        let rows = segment.count
        guard rows > 0 else { return }
        // Sized by `reserve` already, unless the caller did not: then the columns double.
        if counts.capacity - counts.count < rows { reserve(rows, remainingBytes: nil, consumed: 0) }
        let firstRow = counts.count
        for anchor in part.lineAnchors {
            lineAnchors.append(DemandPart.LineAnchor(row: firstRow + anchor.row, line: anchor.line + lineOffset))
        }
        append(
            translating: segment.communityCodes, rows, through: parser.state.communityCodesMerged, to: &communityCodes)
        append(translating: segment.serviceCodes, rows, through: parser.state.serviceCodesMerged, to: &serviceCodes)
        monthIndices.append(contentsOf: UnsafeBufferPointer(start: segment.monthIndices, count: rows))
        counts.append(contentsOf: UnsafeBufferPointer(start: segment.counts, count: rows))
        if hasPopulation {
            populations.append(contentsOf: UnsafeBufferPointer(start: segment.populations, count: rows))
        }
    }

    /// Appends `rows` local codes, each replaced by its panel code.
    private func append(
        translating local: UnsafeMutablePointer<Int32>, _ rows: Int, through map: [Int32], to column: inout [Int32]
    ) {
        map.withUnsafeBufferPointer { map in
            for row in 0..<rows {
                let code = Int(local[row])
                // Every local code was given a panel code above.
                local[row] = code < map.count ? map[code] : 0
            }
        }
        column.append(contentsOf: UnsafeBufferPointer(start: local, count: rows))
    }

    /// Makes room for `rows` more rows, before they are merged.
    ///
    /// With the input's size known the columns are sized once for the whole file (2% spare, from
    /// the bytes per row so far), so they are never copied as they grow and peak memory stays
    /// close to their final size; otherwise they double. The estimate is only right when
    /// `consumed` is the input read through exactly those rows: for a block read in parts, every
    /// part's rows at once, after the block is consumed (sizing part by part would divide the
    /// whole block's bytes by the first part's rows, underestimate the file's rows and copy the
    /// columns again and again).
    ///
    /// - Parameters:
    ///   - rows: Accepted rows about to be merged.
    ///   - remainingBytes: Input still to read after them, when known.
    ///   - consumed: Input read through them.
    mutating func reserve(_ rows: Int, remainingBytes: Int?, consumed: Int) {
        let current = counts.count
        guard counts.capacity - current < rows else { return }
        var target = current + rows + Self.headroom
        if let remainingBytes, current + rows > 0 {
            let bytesPerRow = max(1.0, Double(consumed - startOffset) / Double(current + rows))
            let expected = Double(remainingBytes) / bytesPerRow * 1.02
            target = max(target, current + rows + Int(min(expected, Double(Int32.max))) + Self.headroom)
        } else {
            target = max(target, 2 * current)
        }
        communityCodes.reserveCapacity(target)
        serviceCodes.reserveCapacity(target)
        monthIndices.reserveCapacity(target)
        counts.reserveCapacity(target)
        if hasPopulation { populations.reserveCapacity(target) }
        sizings += 1
    }

    /// The import's result, after handling rows that repeat an earlier row's community, service
    /// and month as `repeatedRows` says.
    ///
    /// - Throws: The first repeated row's issue, when the import stops at the first issue and
    ///   the handling reports one.
    mutating func result(repeatedRows handling: DemandCSVImporter.RepeatedRows) throws(ValidationIssue)
        -> CSVImportResult<DemandPanel>
    {
        var panel = makePanel()
        var summed = 0
        // A panel in grid layout has every combination once: nothing to look for.
        if handling != .keep, panel.gridLayout == nil {
            let resolution = resolution(of: repeats(), handling)
            if !resolution.dropped.isEmpty {
                // Let go of the panel's references to the columns, so they are edited in place.
                panel = DemandPanel()
                try log.merge(inFileOrder: resolution.issues)
                for (into, from) in resolution.sums { counts[into] += counts[from] }
                summed = resolution.sums.count
                removeRows(resolution.dropped)
                panel = makePanel()
            }
        }
        return CSVImportResult(
            value: panel, rowsRead: rowsRead, rowsAccepted: counts.count + summed, issues: log.issues,
            unlistedIssueCount: log.unlisted)
    }

    private func makePanel() -> DemandPanel {
        DemandPanel(
            communities: communities, services: services, communityCodes: communityCodes,
            serviceCodes: serviceCodes, monthIndices: monthIndices, counts: counts, populations: populations)
    }
}

extension ValidationIssue {
    /// The issue with every CSV line in its path moved by `offset`.
    func shiftingLines(by offset: Int) -> ValidationIssue {
        guard offset != 0 else { return self }
        let components = path.components.map { component -> FieldPath.Component in
            if case .line(let line) = component { return .line(line + offset) }
            return component
        }
        return ValidationIssue(problem, at: FieldPath(components: components))
    }
}
