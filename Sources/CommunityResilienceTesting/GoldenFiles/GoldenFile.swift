import Foundation

/// A text file that pins figures: the first run writes it, later runs compare with it and fail
/// with a readable diff when anything has moved — the snapshot-testing habit (as in Point-Free's
/// swift-snapshot-testing, which also records a missing snapshot and fails so it is reviewed)
/// applied to appraisals.
///
/// ```swift
/// let golden = try GoldenFile(named: "falls-prevention", besideSourceFile: #filePath)
/// if let failure = golden.check(AppraisalSnapshot(appraisal).description, policy: .current()) {
///     print(failure)
/// }
/// ```
///
/// Golden files live in a `Goldens` folder beside the test file that checks them, found from
/// `#filePath`, so they are committed with the tests and work from a fresh clone. When to write
/// is the ``GoldenPolicy``'s decision. Texts are compared line by line with line endings
/// normalised; a difference is shown as a ``LineDiff`` with three lines of context, preceded by a
/// summary of the changed unindented lines (in an ``AppraisalSnapshot``, the headline figures).
///
/// This is the one place in the package that reads and writes files: it exists for tests.
public struct GoldenFile: Hashable, Sendable {
    /// The file's full path.
    public let path: String

    /// A golden file at an explicit path.
    ///
    /// - Parameter path: the full path of the file.
    public init(path: String) {
        self.path = path
    }

    /// The golden file `<name>.txt` in the folder `folder` beside a test source file.
    ///
    /// - Parameters:
    ///   - name: the file's name without extension: letters, digits, `-`, `_` and `.`, not
    ///     starting with a dot.
    ///   - sourceFilePath: the test file's full path: pass `#filePath`.
    ///   - folder: the folder's name.
    /// - Throws: ``CheckFailure`` when `name` or `folder` could reach outside the test's folder
    ///   or is empty.
    public init(named name: String, besideSourceFile sourceFilePath: String, folder: String = "Goldens")
        throws(CheckFailure)
    {
        for (what, value) in [("name", name), ("folder", folder)] {
            let allowed = value.unicodeScalars.allSatisfy {
                CharacterSet.alphanumerics.contains($0) || "-_.".unicodeScalars.contains($0)
            }
            guard !value.isEmpty, allowed, !value.hasPrefix(".") else {
                throw CheckFailure(
                    "The golden file \(what) '\(value)' must be letters, digits, '-', '_' or '.', not starting with '.'."
                )
            }
        }
        let directory = URL(fileURLWithPath: sourceFilePath).deletingLastPathComponent()
        path = directory.appendingPathComponent(folder).appendingPathComponent(name + ".txt").path
    }

    /// Compares `actual` with the file, writing it when the policy allows (see ``GoldenPolicy``).
    ///
    /// - Parameters:
    ///   - actual: the text the file should hold.
    ///   - policy: when writing is allowed.
    /// - Returns: `nil` when the file holds exactly `actual` (up to line endings); otherwise a
    ///   failure that says what happened — a diff, a file recorded for review, or a missing file
    ///   under continuous integration — and what to do next.
    public func check(_ actual: String, policy: GoldenPolicy) -> CheckFailure? {
        let text = GoldenFile.normalised(actual)
        guard FileManager.default.fileExists(atPath: path) else {
            if policy.isContinuousIntegration {
                return CheckFailure(
                    """
                    No golden file at \(path).
                    Golden files are never written under continuous integration (\(GoldenPolicy.continuousIntegrationVariable) is set): \
                    record it on your machine with \(GoldenPolicy.recordVariable)=1 swift test, review it and commit it.
                    """)
            }
            if let failure = write(text) { return failure }
            return CheckFailure(
                """
                No golden file at \(path); recorded the current figures there (\(LineDiff.split(text).count) lines).
                Review the file and commit it; the check passes from the next run.
                """)
        }
        let expected: String
        do {
            expected = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            return CheckFailure("Cannot read the golden file \(path) as UTF-8 text: \(error.localizedDescription)")
        }
        let diff = LineDiff(from: expected, to: text)
        guard diff.hasChanges else { return nil }
        let report = GoldenFile.report(diff, path: path)
        if policy.record {
            if policy.isContinuousIntegration {
                return CheckFailure(
                    report + "\nNot recorded: golden files are never written under continuous integration "
                        + "(\(GoldenPolicy.continuousIntegrationVariable) is set). Record them on your machine and commit them."
                )
            }
            if let failure = write(text) { return failure }
            return CheckFailure(
                report + "\nRecorded the new figures in \(path) (recording was asked for). "
                    + "Review the change (git diff), commit it, and run the tests again without \(GoldenPolicy.recordVariable)."
            )
        }
        return CheckFailure(
            report + "\nIf the new figures are right, accept them: run the tests with "
                + "\(GoldenPolicy.recordVariable)=1 (e.g. \(GoldenPolicy.recordVariable)=1 swift test), then review and commit the file."
        )
    }

    /// Writes the text, creating the folder; a failure if that is impossible.
    func write(_ text: String) -> CheckFailure? {
        do {
            let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            return nil
        } catch {
            return CheckFailure("Cannot write the golden file \(path): \(error.localizedDescription)")
        }
    }

    /// The text with `\n` line endings and exactly one final line break.
    static func normalised(_ text: String) -> String {
        LineDiff.split(text).joined(separator: "\n") + "\n"
    }

    /// What differs: the count, the changed unindented lines paired by label, and the diff.
    static func report(_ diff: LineDiff, path: String) -> String {
        let count = diff.changedLineCount
        var parts = ["The text differs from the golden file \(path): \(count) line\(count == 1 ? "" : "s") changed."]
        let summary = changedFigures(diff)
        if !summary.isEmpty {
            parts.append("Changed figures:")
            parts += summary.map { "  " + $0 }
        }
        parts.append(diff.unified(oldName: "\(path) (golden)", newName: "actual"))
        return parts.joined(separator: "\n")
    }

    /// Unindented `label: value` lines that changed, paired by label within each run of changes:
    /// "## Portfolio: … › Net present social value: £6,000.00 → £5,000.00".
    static func changedFigures(_ diff: LineDiff) -> [String] {
        var summary: [String] = []
        var heading: String? = nil
        var removed: [(label: String, value: String)] = []
        var inserted: [(label: String, value: String)] = []
        func flush() {
            let place = heading.map { $0 + " › " } ?? ""
            for item in removed {
                if let match = inserted.first(where: { $0.label == item.label }) {
                    summary.append("\(place)\(item.label): \(item.value) → \(match.value)")
                } else {
                    summary.append("\(place)\(item.label): \(item.value) → (gone)")
                }
            }
            for item in inserted where !removed.contains(where: { $0.label == item.label }) {
                summary.append("\(place)\(item.label): (new) → \(item.value)")
            }
            removed = []
            inserted = []
        }
        for line in diff.lines {
            switch line {
            case .unchanged(let text):
                flush()
                if text.hasPrefix("## ") { heading = text }
            case .removed(let text):
                if let figure = figure(text) { removed.append(figure) }
            case .inserted(let text):
                if text.hasPrefix("## ") { heading = text }
                if let figure = figure(text) { inserted.append(figure) }
            }
        }
        flush()
        return summary
    }

    /// An unindented, non-heading `label: value` line split at its last `": "`, without the
    /// ``AppraisalSnapshot``'s ` (derived above)` marker.
    static func figure(_ line: String) -> (label: String, value: String)? {
        guard let first = line.first, !first.isWhitespace, first != "#",
            let split = line.range(of: ": ", options: .backwards)
        else { return nil }
        let marker = " (derived above)"
        var value = String(line[split.upperBound...])
        if value.hasSuffix(marker) { value.removeLast(marker.count) }
        return (String(line[..<split.lowerBound]), value)
    }
}
