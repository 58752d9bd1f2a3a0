/// What a run of the `resilience` command produced: its exit status and the text it wrote to
/// standard output and standard error.
///
/// The command builds its output in memory and returns it, so tests run it in-process and check
/// every byte; the executable only copies the two texts to its streams and exits with
/// ``exitCode``.
public struct CommandResult: Hashable, Sendable {
    /// The exit status: ``ExitStatus/success``, ``ExitStatus/failure`` or ``ExitStatus/usage``.
    public var status: ExitStatus
    /// Text for standard output.
    public var output: String
    /// Text for standard error.
    public var errorOutput: String

    /// Creates a result.
    public init(status: ExitStatus, output: String = "", errorOutput: String = "") {
        self.status = status
        self.output = output
        self.errorOutput = errorOutput
    }

    /// The process exit code.
    public var exitCode: Int32 { status.rawValue }
}

/// The `resilience` command's exit statuses (the BSD `sysexits` convention of 2 for misuse is
/// common to most Unix tools).
public enum ExitStatus: Int32, Hashable, Sendable, CaseIterable {
    /// The command did what was asked; for `validate`, the file is valid.
    case success = 0
    /// The input is invalid or unreadable, or the work failed (an invalid scenario, a file that
    /// cannot be read or written).
    case failure = 1
    /// The command line is wrong: an unknown command or option, a missing or extra argument.
    case usage = 2
}

/// A reason the command stopped, with the message for standard error.
enum CommandError: Error, Hashable, Sendable {
    /// The command line is wrong; `command` names the subcommand whose help to point to.
    case usage(String, command: String?)
    /// The input is invalid or the work failed.
    case failure(String)

    var status: ExitStatus {
        switch self {
        case .usage: return .usage
        case .failure: return .failure
        }
    }

    var message: String {
        switch self {
        case .usage(let message, let command):
            let help = command.map { "resilience \($0) --help" } ?? "resilience --help"
            return "resilience: \(message)\nRun '\(help)' for usage."
        case .failure(let message):
            return message
        }
    }
}
