/// How a figure was derived: its value, the formula, the source of any input, and the steps
/// beneath it — a tree a finance officer can check by hand.
///
/// ```text
/// Net present social value: £1,234,567.89
///   = present value of benefits − present value of costs
///   Present value of benefits: £2,345,678.90
///     …
/// ```
public struct Explanation: Hashable, Sendable, Codable, CustomStringConvertible {
    /// What the figure is, e.g. "Net present social value".
    public var label: String
    /// The figure as printed, e.g. "£1,234,567.89" or "3.21".
    public var value: String
    /// How it is computed from the steps, e.g. "present value of benefits − present value of costs".
    public var formula: String?
    /// Where an input comes from (a table, a study, a guide and section).
    public var source: String?
    /// The figures it is computed from.
    public var steps: [Explanation]

    /// Creates an explanation.
    public init(
        _ label: String, value: String, formula: String? = nil, source: String? = nil, steps: [Explanation] = []
    ) {
        self.label = label
        self.value = value
        self.formula = formula
        self.source = source
        self.steps = steps
    }

    /// The tree, indented two spaces a level.
    public var description: String {
        lines(depth: 0).joined(separator: "\n")
    }

    private func lines(depth: Int) -> [String] {
        let indent = String(repeating: "  ", count: depth)
        var result = ["\(indent)\(label): \(value)"]
        if let formula { result.append("\(indent)  = \(formula)") }
        if let source { result.append("\(indent)  source: \(source)") }
        for step in steps { result += step.lines(depth: depth + 1) }
        return result
    }

    /// The number of nodes in the tree.
    public var nodeCount: Int { 1 + steps.reduce(0) { $0 + $1.nodeCount } }
}
