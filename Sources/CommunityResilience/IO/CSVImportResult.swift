/// How a CSV import treats bad rows.
public struct CSVImportOptions: Hashable, Sendable {
    /// Whether to stop at the first bad row or read on.
    public enum ErrorHandling: Hashable, Sendable {
        /// Throw the first problem found (as a ``ValidationError`` with one issue).
        case stopAtFirstIssue
        /// Read every row; return the accepted rows with every problem.
        case collectAllIssues
    }

    /// Stop at the first problem, or collect them all.
    public var errorHandling: ErrorHandling
    /// The most issues listed in a ``CSVImportResult`` when collecting; rows beyond it are still
    /// rejected and counted, and ``CSVImportResult/unlistedIssueCount`` says how many issues were
    /// left out. Unlimited by default: a file with 10 million bad dates gives 10 million issues.
    public var issueLimit: Int

    /// Options for an import.
    /// - Parameters:
    ///   - errorHandling: Collect every problem (the default) or stop at the first.
    ///   - issueLimit: The most issues listed when collecting (at least 0).
    public init(errorHandling: ErrorHandling = .collectAllIssues, issueLimit: Int = .max) {
        self.errorHandling = errorHandling
        self.issueLimit = max(0, issueLimit)
    }

    /// Collect every problem.
    public static let collectAllIssues = CSVImportOptions()
    /// Stop at the first problem.
    public static let stopAtFirstIssue = CSVImportOptions(errorHandling: .stopAtFirstIssue)
}

/// What a CSV import produced: the value built from the accepted rows, and an account of every
/// row read.
///
/// No row disappears silently: ``rowsRead`` = ``rowsAccepted`` + ``rowsRejected``, and each
/// rejected row has at least one issue (all listed unless an ``CSVImportOptions/issueLimit`` was
/// set), located at its line and column, e.g. `line 12, column "count": -3 is negative` — or at
/// its line alone for a demand row that repeats another as a whole.
public struct CSVImportResult<Value: Sendable>: Sendable {
    /// The value built from the accepted rows.
    public var value: Value
    /// Records read after the header, good or bad (blank lines are not records).
    public var rowsRead: Int
    /// Records that made it into ``value``.
    public var rowsAccepted: Int
    /// Problems found, in file order; a row may have several.
    public var issues: [ValidationIssue]
    /// Problems found beyond the issue limit and so not listed.
    public var unlistedIssueCount: Int

    /// Creates a result.
    /// - Parameters:
    ///   - value: What the accepted rows built.
    ///   - rowsRead: Records read after the header.
    ///   - rowsAccepted: Records that went into `value`.
    ///   - issues: The problems listed, in file order.
    ///   - unlistedIssueCount: Problems found beyond the issue limit.
    public init(value: Value, rowsRead: Int, rowsAccepted: Int, issues: [ValidationIssue], unlistedIssueCount: Int = 0)
    {
        self.value = value
        self.rowsRead = rowsRead
        self.rowsAccepted = rowsAccepted
        self.issues = issues
        self.unlistedIssueCount = unlistedIssueCount
    }

    /// Records read but left out of ``value`` because of a problem.
    public var rowsRejected: Int { rowsRead - rowsAccepted }

    /// Whether every row was accepted.
    public var isComplete: Bool { issues.isEmpty && unlistedIssueCount == 0 && rowsRejected == 0 }

    /// The value, if every row was accepted.
    /// - Throws: ``ValidationError`` with every listed issue otherwise.
    public func get() throws(ValidationError) -> Value {
        guard isComplete else {
            var issues = self.issues
            if unlistedIssueCount > 0 {
                issues.append(ValidationIssue(.inconsistent("\(unlistedIssueCount) more problems are not listed")))
            }
            throw ValidationError(issues: issues)
        }
        return value
    }
}

extension CSVImportResult: Equatable where Value: Equatable {}
extension CSVImportResult: Hashable where Value: Hashable {}

/// The issues of one import, kept according to its ``CSVImportOptions``.
struct CSVIssueLog {
    let options: CSVImportOptions
    private(set) var issues: [ValidationIssue] = []
    private(set) var unlisted = 0

    init(_ options: CSVImportOptions) {
        self.options = options
    }

    /// Counts issues that another log found but did not list.
    mutating func countUnlisted(_ count: Int) {
        unlisted += count
    }

    /// Adds `later` — issues found after the rows were read (rows repeating earlier ones), in
    /// file order — among the issues listed, keeping file order and the limit; or throws the
    /// first when the import stops at the first issue.
    ///
    /// The listed issues are the first in the file of all those found: any issue left unlisted
    /// comes after every listed one, and so after those kept here.
    mutating func merge(inFileOrder later: [ValidationIssue]) throws(ValidationIssue) {
        guard let first = later.first else { return }
        if options.errorHandling == .stopAtFirstIssue { throw first }
        var merged: [ValidationIssue] = []
        merged.reserveCapacity(issues.count + later.count)
        var next = later.startIndex
        for issue in issues {
            // An issue without a line (none comes from a row) stays where it was.
            while next < later.endIndex, let line = later[next].csvLine, line < issue.csvLine ?? .min {
                merged.append(later[next])
                next += 1
            }
            merged.append(issue)
        }
        merged.append(contentsOf: later[next...])
        issues = Array(merged.prefix(options.issueLimit))
        unlisted += merged.count - issues.count
    }

    /// Records `issue`, or throws it when the import stops at the first.
    mutating func record(_ issue: ValidationIssue) throws(ValidationIssue) {
        if options.errorHandling == .stopAtFirstIssue { throw issue }
        if issues.count < options.issueLimit {
            issues.append(issue)
        } else {
            unlisted += 1
        }
    }
}
