/// A dictionary encoding of identifiers to dense `Int32` codes, in first-seen order.
///
/// Columnar panels store a 4-byte code per row instead of a string, which keeps 40 million rows
/// in a few hundred megabytes and lets kernels index arrays by code.
public struct CodeTable<Entity>: Hashable, Sendable {
    /// The identifiers, indexed by code.
    public private(set) var identifiers: [Identifier<Entity>] = []
    private var codes: [Identifier<Entity>: Int32] = [:]

    /// An empty table.
    public init() {}

    /// The code for `identifier`, or `nil` when it has none yet.
    public func code(for identifier: Identifier<Entity>) -> Int32? {
        codes[identifier]
    }

    /// The code for `identifier`, adding it when new.
    ///
    /// - Throws: ``ValidationIssue`` when the table already holds `Int32.max` identifiers.
    public mutating func encode(_ identifier: Identifier<Entity>) throws(ValidationIssue) -> Int32 {
        if let existing = codes[identifier] { return existing }
        guard identifiers.count < Int(Int32.max) else {
            throw ValidationIssue(.outOfRange("\(identifiers.count + 1) identifiers", allowed: "at most 2^31 − 1"))
        }
        let code = Int32(identifiers.count)
        identifiers.append(identifier)
        codes[identifier] = code
        return code
    }

    /// The identifier for a code, or `nil` when the code is not in the table.
    public func identifier(for code: Int32) -> Identifier<Entity>? {
        identifiers.indices.contains(Int(code)) ? identifiers[Int(code)] : nil
    }

    /// The number of identifiers.
    public var count: Int { identifiers.count }
}
