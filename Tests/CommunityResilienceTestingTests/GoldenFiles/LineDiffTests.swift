import Foundation
import Testing

@testable import CommunityResilienceTesting

/// Unified diffs, checked against what GNU diffutils 3.8 `diff -u` / `diff -U<context>` prints for
/// the same texts (hunk headers, line order and context agree; `diff` has no heading after `@@`,
/// which the headings test adds the way `git diff` shows the enclosing function).
@Suite("Line diffs: unified format with context")
struct LineDiffTests {
    let old = (1...12).map { "line \($0)" }.joined(separator: "\n")

    @Test("equal texts have no diff, whatever their line endings")
    func equal() {
        #expect(!LineDiff(from: "a\nb\n", to: "a\r\nb").hasChanges)
        #expect(LineDiff(from: "a\nb\n", to: "a\nb").unified(oldName: "old", newName: "new") == "")
        #expect(LineDiff(from: "", to: "").lines.isEmpty)
    }

    @Test("one changed line shows three lines of context either side")
    func oneChange() {
        let new = old.replacingOccurrences(of: "line 6", with: "line six")
        let diff = LineDiff(from: old, to: new)
        #expect(diff.changedLineCount == 2)
        // diff -u old new: @@ -3,7 +3,7 @@
        #expect(
            diff.unified(oldName: "old", newName: "new") == """
                --- old
                +++ new
                @@ -3,7 +3,7 @@
                 line 3
                 line 4
                 line 5
                -line 6
                +line six
                 line 7
                 line 8
                 line 9
                """)
    }

    @Test("changes far apart make separate hunks; close ones merge")
    func hunks() {
        var lines = old.split(separator: "\n").map(String.init)
        lines[0] = "first"
        lines[11] = "last"
        let apart = LineDiff(from: old, to: lines.joined(separator: "\n"))
        #expect(
            apart.unified(oldName: "a", newName: "b", context: 1) == """
                --- a
                +++ b
                @@ -1,2 +1,2 @@
                -line 1
                +first
                 line 2
                @@ -11,2 +11,2 @@
                 line 11
                -line 12
                +last
                """)
        lines[11] = "line 12"
        lines[3] = "fourth"
        let close = LineDiff(from: old, to: lines.joined(separator: "\n"))
        #expect(
            close.unified(oldName: "a", newName: "b", context: 1) == """
                --- a
                +++ b
                @@ -1,5 +1,5 @@
                -line 1
                +first
                 line 2
                 line 3
                -line 4
                +fourth
                 line 5
                """)
    }

    @Test("pure insertions and deletions use the empty-range convention")
    func insertionsAndDeletions() {
        #expect(
            LineDiff(from: "a\nb", to: "a\nb\nc").unified(oldName: "a", newName: "b", context: 0) == """
                --- a
                +++ b
                @@ -2,0 +3 @@
                +c
                """)
        #expect(
            LineDiff(from: "a\nb\nc", to: "a\nc").unified(oldName: "a", newName: "b", context: 0) == """
                --- a
                +++ b
                @@ -2 +1,0 @@
                -b
                """)
        #expect(
            LineDiff(from: "", to: "x").unified(oldName: "a", newName: "b") == """
                --- a
                +++ b
                @@ -0,0 +1 @@
                +x
                """)
    }

    @Test("the nearest heading above a hunk follows its header")
    func headings() {
        let old = "## One\na\nb\nc\nd\ne\nf\n## Two\ng\nh"
        let new = old.replacingOccurrences(of: "h", with: "H").replacingOccurrences(of: "b", with: "B")
        #expect(
            LineDiff(from: old, to: new).unified(oldName: "a", newName: "b", context: 1) == """
                --- a
                +++ b
                @@ -2,3 +2,3 @@ ## One
                 a
                -b
                +B
                 c
                @@ -9,2 +9,2 @@ ## Two
                 g
                -h
                +H
                """)
    }

    @Test("the edit script keeps every line of both texts once, in order")
    func script() {
        let diff = LineDiff(from: "a\nb\nc\nd", to: "a\nx\nc\nd\ne")
        #expect(
            diff.lines == [
                .unchanged("a"), .removed("b"), .inserted("x"), .unchanged("c"), .unchanged("d"), .inserted("e"),
            ])
        #expect(diff.lines.map(\.text) == ["a", "b", "x", "c", "d", "e"])
    }
}
