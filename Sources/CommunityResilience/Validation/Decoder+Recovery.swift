import Foundation

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
        return try recover(
            from: ValidationIssue(.malformed(text, expected: "one of \(names)")), placeholder: placeholder)
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

extension Decoder {
    /// Decodes a whole number exactly, or records why the value is not one and returns `nil`.
    ///
    /// Foundation's `decode(Int.self)` on Linux answers 200.5 or 9223372036854775808 with "the
    /// given data was not valid JSON" and no path. Reading the number as a `Decimal` (exact for
    /// up to 38 digits) and converting it here gives a located issue instead:
    /// ``ValidationIssue/Problem/malformed(_:expected:)`` for a fraction and
    /// ``ValidationIssue/Problem/outOfRange(_:allowed:)`` beyond `Int`.
    func decodeWholeNumber() throws -> Int? {
        let container = try singleValueContainer()
        let number: Decimal
        do {
            number = try container.decode(Decimal.self)
        } catch DecodingError.typeMismatch(_, let context) {
            throw DecodingError.typeMismatch(Int.self, context)
        }
        let text = number.description
        var rounded = Decimal()
        var exact = number
        NSDecimalRound(&rounded, &exact, 0, .plain)
        guard rounded == number else {
            return try recover(from: ValidationIssue(.malformed(text, expected: "a whole number")), placeholder: nil)
        }
        guard let value = Int(text) else {
            return try recover(
                from: ValidationIssue(.outOfRange(text, allowed: "whole numbers from \(Int.min) to \(Int.max)")),
                placeholder: nil)
        }
        return value
    }
}

/// A whole number decoded through ``Swift/Decoder/decodeWholeNumber()``; `nil` when the value
/// was not one (the issue is recorded).
struct WholeNumber: Decodable {
    let value: Int?

    init(from decoder: any Decoder) throws {
        value = try decoder.decodeWholeNumber()
    }
}

extension KeyedDecodingContainer {
    /// A whole number at `key` (see ``Swift/Decoder/decodeWholeNumber()``); 0 stands in for a
    /// value that is not one, whose issue is recorded.
    func decodeWholeNumber(forKey key: Key) throws -> Int {
        try decode(WholeNumber.self, forKey: key).value ?? 0
    }

    /// A whole number at `key` if present.
    func decodeWholeNumberIfPresent(forKey key: Key) throws -> Int? {
        try decodeIfPresent(WholeNumber.self, forKey: key)?.value
    }
}
