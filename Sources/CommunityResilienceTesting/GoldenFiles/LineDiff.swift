import Foundation

/// A line-by-line comparison of two texts, printed as a unified diff with context — the form
/// `git diff` and GNU `diff -u` use, so a reader knows it at a glance.
///
/// The edit script is a shortest one, from the standard library's
/// `BidirectionalCollection.difference(from:)` (Myers' O(ND) algorithm: E. W. Myers, "An O(ND)
/// Difference Algorithm and Its Variations", *Algorithmica* 1, 1986). Within a changed run,
/// removed lines come before inserted ones, so an old figure sits just above its new value.
///
/// ```text
/// @@ -12,3 +12,3 @@ ## Portfolio
///  Present value of costs: £10,000.00
/// -Net present social value: £6,000.00
/// +Net present social value: £5,000.00
///  …
/// ```
public struct LineDiff: Hashable, Sendable {
    /// One line of the edit script.
    public enum Line: Hashable, Sendable {
        /// In both texts.
        case unchanged(String)
        /// Only in the old (expected) text.
        case removed(String)
        /// Only in the new (actual) text.
        case inserted(String)
    }

    /// The whole edit script, old text order, every line of both texts once.
    public let lines: [Line]

    /// Compares two texts line by line.
    ///
    /// Line endings are normalised first (`\r\n` to `\n`), and a final line break is not a line
    /// of its own, so a file saved with Windows line endings or without a last newline compares
    /// equal to the same lines written here.
    ///
    /// - Parameters:
    ///   - old: the expected text (a golden file).
    ///   - new: the actual text.
    /// - Complexity: O((*n* + *m*) *D*) time for *n* and *m* lines and *D* changed lines.
    public init(from old: String, to new: String) {
        let oldLines = LineDiff.split(old)
        let newLines = LineDiff.split(new)
        var removed = Set<Int>()
        var inserted = Set<Int>()
        for change in newLines.difference(from: oldLines) {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        var script: [Line] = []
        script.reserveCapacity(oldLines.count + inserted.count)
        var i = 0
        var j = 0
        while i < oldLines.count || j < newLines.count {
            if i < oldLines.count, removed.contains(i) {
                script.append(.removed(oldLines[i]))
                i += 1
            } else if j < newLines.count, inserted.contains(j) {
                script.append(.inserted(newLines[j]))
                j += 1
            } else if i < oldLines.count, j < newLines.count {
                script.append(.unchanged(newLines[j]))
                i += 1
                j += 1
            } else {
                // A valid difference leaves equally many unchanged lines on both sides; anything
                // left over is shown as changed rather than trusted.
                assertionFailure("inconsistent line difference")
                if i < oldLines.count {
                    script.append(.removed(oldLines[i]))
                    i += 1
                }
                if j < newLines.count {
                    script.append(.inserted(newLines[j]))
                    j += 1
                }
            }
        }
        lines = script
    }

    /// Whether the texts differ.
    public var hasChanges: Bool {
        lines.contains { if case .unchanged = $0 { false } else { true } }
    }

    /// The number of removed plus inserted lines.
    public var changedLineCount: Int {
        lines.reduce(0) { count, line in if case .unchanged = line { count } else { count + 1 } }
    }

    /// The diff in unified format: a `---`/`+++` header, then one hunk per run of changes with
    /// up to `context` unchanged lines either side (runs closer than twice that merge).
    ///
    /// Each hunk header gives the line ranges, `@@ -start,count +start,count @@` (GNU diffutils
    /// manual, "Detailed Description of Unified Format": `,count` is left out for a single line,
    /// and an empty range starts at the line before it), followed by the
    /// nearest heading above the hunk in the new text — the last line before it starting with
    /// `headingPrefix` — as `git diff` shows the enclosing function.
    ///
    /// - Parameters:
    ///   - oldName: the old text's name for the `---` line.
    ///   - newName: the new text's name for the `+++` line.
    ///   - context: unchanged lines shown around each change, 0 or more.
    ///   - headingPrefix: what starts a heading line, or `nil` for none.
    /// - Returns: the diff, or an empty string when the texts are equal.
    public func unified(oldName: String, newName: String, context: Int = 3, headingPrefix: String? = "## ") -> String {
        guard hasChanges else { return "" }
        let context = max(0, context)
        // Line numbers before each script position, in the old and the new text.
        var oldNumber = [Int](repeating: 0, count: lines.count + 1)
        var newNumber = [Int](repeating: 0, count: lines.count + 1)
        for (index, line) in lines.enumerated() {
            oldNumber[index + 1] = oldNumber[index] + (line.isInOld ? 1 : 0)
            newNumber[index + 1] = newNumber[index] + (line.isInNew ? 1 : 0)
        }
        let changed = lines.indices.filter { !lines[$0].isUnchanged }
        var hunks: [Range<Int>] = []
        for index in changed {
            let start = max(0, index - context)
            let end = min(lines.count, index + 1 + context)
            if let last = hunks.last, start <= last.upperBound {
                hunks[hunks.count - 1] = last.lowerBound..<max(last.upperBound, end)
            } else {
                hunks.append(start..<end)
            }
        }
        var output = ["--- \(oldName)", "+++ \(newName)"]
        for hunk in hunks {
            let oldCount = oldNumber[hunk.upperBound] - oldNumber[hunk.lowerBound]
            let newCount = newNumber[hunk.upperBound] - newNumber[hunk.lowerBound]
            // Unified-diff convention: an empty range starts at the line before it.
            let oldStart = oldCount == 0 ? oldNumber[hunk.lowerBound] : oldNumber[hunk.lowerBound] + 1
            let newStart = newCount == 0 ? newNumber[hunk.lowerBound] : newNumber[hunk.lowerBound] + 1
            var header = "@@ -\(LineDiff.range(oldStart, oldCount)) +\(LineDiff.range(newStart, newCount)) @@"
            if let headingPrefix, let heading = heading(before: hunk.lowerBound, prefix: headingPrefix) {
                header += " " + heading
            }
            output.append(header)
            for line in lines[hunk] {
                switch line {
                case .unchanged(let text): output.append(" " + text)
                case .removed(let text): output.append("-" + text)
                case .inserted(let text): output.append("+" + text)
                }
            }
        }
        return output.joined(separator: "\n")
    }

    /// The last heading in the new text before script position `position` (a heading that is the
    /// hunk's own first line is already on show).
    private func heading(before position: Int, prefix: String) -> String? {
        for line in lines[..<min(position, lines.count)].reversed() {
            if case .removed = line { continue }
            if line.text.hasPrefix(prefix) { return line.text }
        }
        return nil
    }

    /// A hunk range as GNU diff writes it: `start,count`, or just `start` for one line.
    static func range(_ start: Int, _ count: Int) -> String {
        count == 1 ? "\(start)" : "\(start),\(count)"
    }

    /// The lines of a text, with `\r\n` read as `\n` and no empty line after a final break.
    static func split(_ text: String) -> [String] {
        var lines = text.replacingOccurrences(of: "\r\n", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}

extension LineDiff.Line {
    /// The line's text without its marker.
    public var text: String {
        switch self {
        case .unchanged(let text), .removed(let text), .inserted(let text): return text
        }
    }

    var isUnchanged: Bool { if case .unchanged = self { true } else { false } }
    var isInOld: Bool { if case .inserted = self { false } else { true } }
    var isInNew: Bool { if case .removed = self { false } else { true } }
}
