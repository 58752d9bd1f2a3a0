import Foundation
import Synchronization

/// Gathers the issues found while one document is decoded, so that decoding can carry on past a
/// bad value and report *every* problem at once.
///
/// `Codable` stops at the first thrown error. Values that validate themselves (a ``Currency``, a
/// ``GSSCode``, a ``Fraction`` …) therefore ask the decoder to ``Swift/Decoder/recover(from:placeholder:)``:
/// when a collector is installed in the decoder's `userInfo` (as ``ScenarioCodec`` does) the issue is
/// recorded with its full coding path and a placeholder is used; with a plain `JSONDecoder` the
/// issue becomes an ordinary `DecodingError`. A collector lives for one decode call only; it is
/// not global state.
final class IssueCollector: Sendable {
    // The initialiser is failable in name only (any string is a valid key); a constant cannot fail.
    // swift-format-ignore: NeverForceUnwrap
    static let userInfoKey = CodingUserInfoKey(rawValue: "CommunityResilience.IssueCollector")!

    private let storage = Mutex<[ValidationIssue]>([])

    func record(_ issue: ValidationIssue) {
        storage.withLock { $0.append(issue) }
    }

    var issues: [ValidationIssue] {
        storage.withLock { $0 }
    }
}

extension Decoder {
    /// Records `issue` (located at this decoder's coding path) and returns `placeholder` when the
    /// decoder collects issues; otherwise throws it as `DecodingError.dataCorrupted`.
    func recover<Value>(from issue: ValidationIssue, placeholder: Value) throws -> Value {
        let located = issue.located(under: FieldPath(codingPath: codingPath))
        if let collector = userInfo[IssueCollector.userInfoKey] as? IssueCollector {
            collector.record(located)
            return placeholder
        }
        throw DecodingError.dataCorrupted(
            DecodingError.Context(
                codingPath: codingPath, debugDescription: issue.problem.description,
                underlyingError: located))
    }

    /// Records an issue for a value that was decoded but is not acceptable, without replacing
    /// it. Used for rules the value type itself does not enforce (a negative population).
    func report(_ problem: ValidationIssue.Problem, at relative: FieldPath = .root) throws {
        _ = try recover(from: ValidationIssue(problem, at: relative), placeholder: ())
    }
}
