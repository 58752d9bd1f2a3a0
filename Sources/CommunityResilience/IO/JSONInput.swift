import Foundation

/// The steps every JSON document the library reads goes through: a leading byte-order mark is
/// dropped, the text is checked strictly (``JSONSyntaxCheck``), and the value is decoded with an
/// ``IssueCollector`` so that every problem is reported with its path, not only the first.
enum JSONInput {
    /// `json` without a UTF-8 byte-order mark, once it has passed the strict check.
    ///
    /// - Throws: ``ValidationError`` with the encoding, syntax, nesting, duplicate-name and
    ///   number-range problems of the text.
    static func checked(_ json: Data) throws(ValidationError) -> Data {
        var data = json
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { data = data.dropFirst(3) }
        // Foundation reports every syntax, encoding and number-range problem as "not valid JSON"
        // with no location, so a strict check runs first and says where and what.
        let syntax = JSONSyntaxCheck.issues(in: data)
        guard syntax.isEmpty else { throw ValidationError(issues: syntax) }
        return data
    }

    /// The decoded value and the problems recorded while decoding it (values replaced by
    /// stand-ins so that decoding could go on).
    ///
    /// - Throws: ``ValidationError`` with the recorded problems and the structural one that
    ///   stopped decoding (a missing field, a value of the wrong type).
    static func decode<Value: Decodable>(_ type: Value.Type, from data: Data) throws(ValidationError) -> (
        value: Value, issues: [ValidationIssue]
    ) {
        let collector = IssueCollector()
        let decoder = JSONDecoder()
        decoder.userInfo[IssueCollector.userInfoKey] = collector
        do {
            let value = try decoder.decode(Value.self, from: data)
            return (value, firstAtEachPlace(collector.issues))
        } catch {
            throw ValidationError(
                issues: firstAtEachPlace(collector.issues + ValidationIssue.issues(decodingError: error)))
        }
    }

    /// The issues without those at or below the place of an earlier one: the first problem found
    /// at a field is the cause, and a check of the stand-in that replaced it (a band year of 31.5
    /// read as 0, then "bands must start in increasing years") would only repeat it, wrongly.
    static func firstAtEachPlace(_ issues: [ValidationIssue]) -> [ValidationIssue] {
        var kept: [ValidationIssue] = []
        for issue in issues
        where !kept.contains(where: {
            issue.path.components.starts(with: $0.path.components) && !$0.path.components.isEmpty
        }) {
            kept.append(issue)
        }
        return kept
    }

    /// `rules` without those on a field that could not be decoded (or below it): a stand-in took
    /// its place, and a rule checked on the stand-in ("end 1800-01 is before start") would only
    /// report it again, wrongly.
    static func excludingStandIns(_ rules: [ValidationIssue], decodingIssues: [ValidationIssue]) -> [ValidationIssue] {
        rules.filter { issue in
            !decodingIssues.contains { issue.path.components.starts(with: $0.path.components) }
        }
    }
}

extension ValidationIssue {
    /// The issues a decoding error stands for: those of a ``ValidationError`` it carries (located
    /// under its coding path), or the one ``init(decodingError:)`` makes.
    static func issues(decodingError error: any Error) -> [ValidationIssue] {
        if case DecodingError.dataCorrupted(let context) = error,
            let carried = context.underlyingError as? ValidationError
        {
            let prefix = FieldPath(codingPath: context.codingPath)
            return carried.issues.map { $0.located(under: prefix) }
        }
        return [ValidationIssue(decodingError: error)]
    }
}

extension Decoder {
    /// Records every one of `issues` (located at this decoder's coding path) and returns
    /// `placeholder` when the decoder collects issues; otherwise throws them together as
    /// `DecodingError.dataCorrupted` carrying a ``ValidationError``.
    func recover<Value>(from issues: [ValidationIssue], placeholder: Value) throws -> Value {
        if let collector = userInfo[IssueCollector.userInfoKey] as? IssueCollector {
            let prefix = FieldPath(codingPath: codingPath)
            for issue in issues { collector.record(issue.located(under: prefix)) }
            return placeholder
        }
        let error = ValidationError(issues: issues)
        throw DecodingError.dataCorrupted(
            DecodingError.Context(
                codingPath: codingPath, debugDescription: error.description, underlyingError: error))
    }
}
