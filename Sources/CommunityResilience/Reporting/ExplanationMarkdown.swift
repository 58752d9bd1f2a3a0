/// Renders ``Explanation`` trees as nested Markdown lists, one item per step: the label and
/// value in bold, the formula as inline code, the source in italics.
///
/// Headline figures share steps (the benefit-cost ratio is built from the same present values as
/// the NPSV), so a subtree already written in full is written again only as its first line with
/// "(derivation shown above)", which keeps the report readable without losing the audit trail.
struct ExplanationMarkdown {
    private struct Key: Hashable {
        let label: String
        let value: String
        let formula: String?
        let steps: Int
    }

    private var written: Set<Key> = []

    /// The lines for one headline figure: a heading, its formula and source, and its steps as a
    /// nested list.
    mutating func section(_ explanation: Explanation, headingLevel: Int = 3) -> [String] {
        var lines = [
            "",
            String(repeating: "#", count: headingLevel) + " "
                + MarkdownText.escape("\(explanation.label): \(explanation.value)"), "",
        ]
        var details: [String] = []
        if let formula = explanation.formula { details.append(MarkdownText.code("= \(formula)")) }
        if let source = explanation.source { details.append("Source: _\(MarkdownText.escape(source))_") }
        if !details.isEmpty { lines += [details.joined(separator: " \\\n"), ""] }
        written.insert(key(explanation))
        for step in explanation.steps { lines += item(step, depth: 0) }
        return lines
    }

    private func key(_ explanation: Explanation) -> Key {
        Key(
            label: explanation.label, value: explanation.value, formula: explanation.formula,
            steps: explanation.nodeCount)
    }

    private mutating func item(_ explanation: Explanation, depth: Int) -> [String] {
        let indent = String(repeating: "  ", count: depth)
        let title =
            "\(indent)- **\(MarkdownText.escape(explanation.label))**: \(MarkdownText.escape(explanation.value))"
        let key = key(explanation)
        if !explanation.steps.isEmpty, written.contains(key) {
            return [title + " (derivation shown above)"]
        }
        written.insert(key)
        var parts = [title]
        if let formula = explanation.formula { parts.append("\(indent)  \(MarkdownText.code("= \(formula)"))") }
        if let source = explanation.source { parts.append("\(indent)  Source: _\(MarkdownText.escape(source))_") }
        // A backslash at the end of a line is a CommonMark hard line break (§6.7).
        var lines = parts.enumerated().map { index, line in index < parts.count - 1 ? line + " \\" : line }
        for step in explanation.steps { lines += item(step, depth: depth + 1) }
        return lines
    }
}
