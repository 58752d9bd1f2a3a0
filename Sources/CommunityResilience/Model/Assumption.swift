/// A labelled assumption: a figure or judgement the evidence does not supply, stated with the
/// reasoning behind it so that a reader can challenge it.
///
/// The Green Book (2022, §5.8) and the SROI guide both ask that assumptions be recorded
/// explicitly; reports list them beside the figures they affect.
public struct Assumption: Identifiable, Hashable, Sendable, Codable {
    /// An assumption's identifier.
    public typealias ID = Identifier<Assumption>

    /// The identifier, unique among the scenario's assumptions.
    public var id: ID
    /// What is assumed, e.g. "The pilot ran for 12 months".
    public var statement: String
    /// Why it is reasonable, and what would change it.
    public var reasoning: String
    /// Where any figure in it comes from, if anywhere.
    public var source: String?

    /// Creates an assumption.
    public init(id: ID, statement: String, reasoning: String, source: String? = nil) {
        self.id = id
        self.statement = statement
        self.reasoning = reasoning
        self.source = source
    }
}
