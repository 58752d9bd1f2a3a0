/// Why a check of a figure failed, in words a reader can act on: both values, the difference,
/// and how the actual figure was derived.
///
/// Every check in this module is first a plain function returning `CheckFailure?` — `nil` when
/// the check passes — so the checks can be tested, logged or used with any test framework. The
/// `expect…` functions (Swift Testing) and `XCTAssert…` functions (XCTest) only report the
/// ``message``.
public struct CheckFailure: Error, Hashable, Sendable, CustomStringConvertible {
    /// The whole message, several lines long when it includes a derivation or a diff.
    public var message: String

    /// Creates a failure with its message.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
