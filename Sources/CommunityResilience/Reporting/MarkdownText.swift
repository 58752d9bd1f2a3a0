import Foundation

/// Markdown building blocks: escaping, tables and image links (CommonMark 0.31 and GitHub
/// Flavored Markdown tables).
enum MarkdownText {
    /// Escapes text for inline Markdown: backslash-escapes the ASCII punctuation CommonMark gives
    /// meaning to inline (§2.4), and turns line breaks into spaces so a value cannot start a new
    /// block.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~":
                result.append("\\")
                result.append(character)
            case "\n", "\r", "\r\n":
                result.append(" ")
            default:
                result.append(character)
            }
        }
        return result
    }

    /// Inline code: wrapped in enough backticks that none inside can close it (CommonMark §6.1).
    static func code(_ text: String) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        var longest = 0
        var run = 0
        for character in flat {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let pad = flat.hasPrefix("`") || flat.hasSuffix("`") ? " " : ""
        return fence + pad + flat + pad + fence
    }

    /// An image link; the path is wrapped in angle brackets when it has spaces or parentheses.
    static func image(_ alternative: String, path: String) -> String {
        let safePath =
            path.contains(where: { " ()<>".contains($0) })
            ? "<\(path.replacingOccurrences(of: "<", with: "%3C").replacingOccurrences(of: ">", with: "%3E"))>"
            : path
        return "![\(escape(alternative))](\(safePath))"
    }

    /// Column alignment in a table.
    enum Alignment { case left, right }

    /// A table: cells are escaped here (callers pass plain text, or `raw` cells already in
    /// Markdown such as **bold** totals).
    static func table(_ header: [String], _ alignments: [Alignment], _ rows: [[Cell]]) -> [String] {
        let head = "| " + header.map(escape).joined(separator: " | ") + " |"
        let rule =
            "|"
            + header.indices.map { index in
                (alignments.indices.contains(index) ? alignments[index] : .left) == .right ? " --: " : " :-- "
            }.joined(separator: "|") + "|"
        let body = rows.map { row in
            "| "
                + header.indices.map { index in row.indices.contains(index) ? row[index].markdown : "" }
                .joined(separator: " | ") + " |"
        }
        return [head, rule] + body
    }

    /// A table cell: plain text (escaped) or Markdown (as given, e.g. bold).
    struct Cell: ExpressibleByStringInterpolation {
        let markdown: String

        init(_ text: String) { markdown = MarkdownText.escape(text) }
        init(stringLiteral text: String) { self.init(text) }
        init(stringInterpolation: DefaultStringInterpolation) {
            self.init(String(stringInterpolation: stringInterpolation))
        }
        static func bold(_ text: String) -> Cell { Cell(raw: "**\(MarkdownText.escape(text))**") }
        private init(raw: String) { markdown = raw }
    }
}
