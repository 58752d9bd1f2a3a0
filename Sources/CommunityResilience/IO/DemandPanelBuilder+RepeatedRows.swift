extension DemandPanelBuilder {
    /// What to do about the rows that repeat an earlier row's community, service and month.
    struct RepeatResolution {
        /// The problems to report, in row (so file) order.
        var issues: [ValidationIssue] = []
        /// Rows whose count goes into an earlier row's: `(into, from)`, in row order.
        var sums: [(into: Int, from: Int)] = []
        /// Rows to remove from the columns, ascending.
        var dropped: [Int] = []
    }

    /// The rows merged so far that repeat an earlier one, in row order.
    func repeats() -> [DemandPanel.RepeatedRow] {
        RepeatedRowFinder.repeatedRows(
            communityCodes: communityCodes, serviceCodes: serviceCodes, monthIndices: monthIndices,
            communityCount: communities.count, serviceCount: services.count)
    }

    /// How `handling` deals with each of `repeats`.
    func resolution(of repeats: [DemandPanel.RepeatedRow], _ handling: DemandCSVImporter.RepeatedRows)
        -> RepeatResolution
    {
        var resolution = RepeatResolution()
        guard handling != .keep else { return resolution }
        for repeated in repeats {
            resolution.dropped.append(repeated.row)
            let samePopulation = !hasPopulation || populations[repeated.row] == populations[repeated.firstRow]
            if handling == .sum, samePopulation {
                resolution.sums.append((repeated.firstRow, repeated.row))
            } else {
                resolution.issues.append(issue(for: repeated, handling))
            }
        }
        return resolution
    }

    /// The problem with a repeated row: a second count (rejecting), or a population that differs
    /// from the first row's (summing).
    private func issue(for repeated: DemandPanel.RepeatedRow, _ handling: DemandCSVImporter.RepeatedRows)
        -> ValidationIssue
    {
        let community = communities.identifier(for: communityCodes[repeated.row])?.rawValue ?? "?"
        let service = services.identifier(for: serviceCodes[repeated.row])?.rawValue ?? "?"
        let month = (try? Month(index: Int(monthIndices[repeated.row]))).map { "\($0)" } ?? "?"
        let rowLine = line(ofRow: repeated.row)
        guard handling == .sum, let populationField else {
            // The row as a whole repeats another: located at its line, not at one column.
            return ValidationIssue(
                .duplicateIdentifier("\(community), \(service), \(month)"), at: FieldPath(components: [.line(rowLine)]))
        }
        let path = CSVScanner.path(line: rowLine, field: populationField, names: columnNames)
        let population = Self.text(populations[repeated.row])
        let first = Self.text(populations[repeated.firstRow])
        return ValidationIssue(
            .inconsistent(
                "\(population) differs from \(first) on line \(line(ofRow: repeated.firstRow)) (community \(community), service \(service), month \(month)), so the counts cannot be summed"
            ), at: path)
    }

    /// A population as a file would write it: `1500`, not `1500.0`.
    private static func text(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? "\(Int64(value))" : "\(value)"
    }

    /// The line of the file that accepted row `row` starts on.
    ///
    /// - Complexity: O(log anchors).
    func line(ofRow row: Int) -> Int {
        // The last anchor at or before the row; the rows after an anchor are on consecutive lines.
        var low = 0
        var high = lineAnchors.count
        while low < high {
            let middle = (low + high) / 2
            if lineAnchors[middle].row <= row { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return 0 }
        let anchor = lineAnchors[low - 1]
        return anchor.line + (row - anchor.row)
    }

    /// The first problem with a repeated row among the rows merged so far, when it comes before
    /// `issue` in the file: for an import that stops at the first issue, the one to throw.
    func repeatProblem(before issue: ValidationIssue, _ handling: DemandCSVImporter.RepeatedRows) -> ValidationIssue? {
        guard handling != .keep, let stop = issue.csvLine,
            let first = resolution(of: repeats(), handling).issues.first, let line = first.csvLine, line < stop
        else { return nil }
        return first
    }

    /// Removes `rows` (ascending) from every column, keeping the others in order.
    mutating func removeRows(_ rows: [Int]) {
        Self.remove(rows, from: &communityCodes)
        Self.remove(rows, from: &serviceCodes)
        Self.remove(rows, from: &monthIndices)
        Self.remove(rows, from: &counts)
        if hasPopulation { Self.remove(rows, from: &populations) }
        lineAnchors = []
    }

    private static func remove<Element>(_ rows: [Int], from column: inout [Element]) {
        guard let first = rows.first else { return }
        var write = first
        var next = 0
        for read in first..<column.count {
            if next < rows.count, rows[next] == read {
                next += 1
            } else {
                column[write] = column[read]
                write += 1
            }
        }
        column.removeLast(column.count - write)
    }
}

extension ValidationIssue {
    /// The CSV line the issue names, if any.
    var csvLine: Int? {
        for component in path.components {
            if case .line(let line) = component { return line }
        }
        return nil
    }
}
