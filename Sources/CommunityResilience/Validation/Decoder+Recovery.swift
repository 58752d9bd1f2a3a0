/// Decoding helpers that turn unknown enumeration names and bad periods into recorded issues
/// (see ``IssueCollector``) instead of aborting the whole document.
extension Decoder {
    /// Decodes a string naming one of `Value`'s cases.
    func decodeName<Value: RawRepresentable & CaseIterable>(
        _ type: Value.Type, placeholder: Value
    ) throws -> Value where Value.RawValue == String {
        let text = try singleValueContainer().decode(String.self)
        if let value = Value(rawValue: text) { return value }
        let names = Value.allCases.map { $0.rawValue }.joined(separator: ", ")
        return try recover(from: ValidationIssue(.malformed(text, expected: "one of \(names)")), placeholder: placeholder)
    }
}

extension Period {
    /// Stands in for a period that could not be decoded, so decoding can continue and report
    /// every problem. Never part of a valid scenario: the issue that caused it is always reported.
    static let placeholder = Period(Month.earliest)

    /// The text forms a period may take, for error messages.
    static let expectedForms =
        "a month (2024-03), quarter (2024-Q2), calendar year (2024), financial year (2024-25) or interval (2023-04/2024-03)"
}
