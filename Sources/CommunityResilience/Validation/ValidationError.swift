/// Every problem found in one piece of input, reported together.
///
/// Thrown by scenario validation and decoding so that an analyst can fix a file in one pass
/// instead of discovering its problems one at a time. Issues keep the order in which the input
/// was checked (document order for JSON).
public struct ValidationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The problems, in input order. Never empty when thrown by the library.
    public var issues: [ValidationIssue]

    /// Creates an error holding `issues`.
    public init(issues: [ValidationIssue]) {
        self.issues = issues
    }

    /// Creates an error holding a single issue.
    public init(_ issue: ValidationIssue) {
        self.issues = [issue]
    }

    /// The value as reports and error messages show it.
    public var description: String {
        let noun = issues.count == 1 ? "problem" : "problems"
        return (["\(issues.count) \(noun):"] + issues.map { "- \($0)" }).joined(separator: "\n")
    }
}
