import Foundation

/// When a golden-file check may write the file: the explicit way to accept new figures, and the
/// rule that continuous integration never writes.
///
/// - Recording is asked for with the environment variable `RESILIENCE_RECORD_GOLDENS=1` (or
///   `true`, `yes`), or with `record: true` on the check. A recording check writes the actual
///   text when it differs and reports that it did, so a run that accepted new figures never
///   passes unnoticed; run the tests again without it, review the change and commit the file.
/// - A golden file that does not exist yet is written on the first run on a developer's machine,
///   and the check fails so that the new file is reviewed before it is committed.
/// - Under continuous integration — the environment variable `CI` set to `true` (or `1`, `yes`),
///   as GitHub Actions, GitLab CI, Azure Pipelines and most other services set it — nothing is
///   ever written: a missing golden file fails, and so does a request to record.
public struct GoldenPolicy: Hashable, Sendable {
    /// The environment variable that asks golden-file checks to record: `RESILIENCE_RECORD_GOLDENS`.
    public static let recordVariable = "RESILIENCE_RECORD_GOLDENS"
    /// The environment variable that marks a continuous-integration run: `CI`.
    public static let continuousIntegrationVariable = "CI"

    /// Whether to write the actual text over a golden file that differs from it.
    public var record: Bool
    /// Whether this is a continuous-integration run, where nothing is written.
    public var isContinuousIntegration: Bool

    /// Creates a policy.
    ///
    /// - Parameters:
    ///   - record: whether to write the actual text over a golden file that differs.
    ///   - isContinuousIntegration: whether writing is forbidden.
    public init(record: Bool = false, isContinuousIntegration: Bool = false) {
        self.record = record
        self.isContinuousIntegration = isContinuousIntegration
    }

    /// Reads the policy from environment variables.
    ///
    /// - Parameters:
    ///   - environment: the variables, e.g. `ProcessInfo.processInfo.environment`.
    ///   - record: an explicit choice that overrides ``recordVariable``, or `nil` to follow it.
    public init(environment: [String: String], record: Bool? = nil) {
        self.record = record ?? GoldenPolicy.isSet(environment[GoldenPolicy.recordVariable])
        self.isContinuousIntegration = GoldenPolicy.isSet(environment[GoldenPolicy.continuousIntegrationVariable])
    }

    /// The policy of this process's environment, with an optional explicit choice to record.
    ///
    /// - Parameter record: overrides ``recordVariable`` when not `nil`.
    /// - Returns: the policy.
    public static func current(record: Bool? = nil) -> GoldenPolicy {
        GoldenPolicy(environment: ProcessInfo.processInfo.environment, record: record)
    }

    /// `1`, `true` or `yes` in any case; anything else, or nothing, is off.
    static func isSet(_ value: String?) -> Bool {
        guard let value else { return false }
        return ["1", "true", "yes"].contains(value.trimmingCharacters(in: .whitespaces).lowercased())
    }
}
