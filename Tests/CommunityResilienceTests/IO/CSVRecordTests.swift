import Foundation
import Testing

@testable import CommunityResilience

/// The typed accessors of a record: numbers and months parsed from the field's bytes, each
/// problem located at `line, column` and quoting the text.
@Suite("CSV record: typed fields")
struct CSVRecordTests {
    /// Reads the single field of a one-column file with header `value` and returns `parse`'s
    /// result or issue.
    func field<Value>(_ text: String, _ parse: (borrowing CSVRecord) throws(ValidationIssue) -> Value) throws -> Result<
        Value, ValidationIssue
    > {
        var reader = CSVReader(string: "value\n\(text)\n")
        let result = try reader.withNextRecord { record throws(ValidationIssue) in
            do throws(ValidationIssue) {
                return Result<Value, ValidationIssue>.success(try parse(record))
            } catch {
                return .failure(error)
            }
        }
        return try #require(result)
    }

    static let doublesCases: [(String, Double)] = [
        ("41", 41), ("0", 0), ("007", 7), ("-0.5", -0.5), ("+2.25", 2.25), (" 2.5 ", 2.5), ("\"3\"", 3),
        (".5", 0.5), ("5.", 5), ("1e3", 1000), ("1.5E-2", 0.015), ("123456789012345", 123_456_789_012_345),
    ]

    @Test("numbers in decimal notation", arguments: doublesCases)
    func doubles(text: String, expected: Double) throws {
        #expect(try field(text) { record throws(ValidationIssue) in try record.double(at: 0) } == .success(expected))
    }

    /// Decimal text whose nearest double is hard to find (halfway cases, more digits than a
    /// double holds, subnormals, the extremes): the result must be bit-for-bit what the
    /// standard library's correctly rounded `Double(_:)` gives.
    static let hardDoublesCases = [
        "0.1", "0.30000000000000004", "9007199254740993", "9007199254740992.5", "2.2250738585072011e-308",
        "4.9e-324", "2.4703282292062328e-324", "1.7976931348623157e308", "123456789012345678901234567890",
        "0.000000000000000000000000000001", "3.14159265358979323846264338327950288", "1e22", "1e23",
        "8.98846567431158e307", "1e-400", "-0.0",
    ]

    @Test("hard decimals round exactly as the standard library rounds", arguments: hardDoublesCases)
    func hardDoubles(text: String) throws {
        let expected = try #require(Double(text))
        let parsed = try field(text) { record throws(ValidationIssue) in try record.double(at: 0) }.get()
        #expect(parsed.bitPattern == expected.bitPattern)
    }

    @Test("random decimals round exactly as the standard library rounds", arguments: [UInt64(11), 12])
    func randomDoubles(seed: UInt64) throws {
        var generator = TimeParsingPropertyTests.SplitMix64(state: seed)
        var text = "value\n"
        var expected: [Double] = []
        for _ in 0..<5_000 {
            let digits = Int.random(in: 1...25, using: &generator)
            var mantissa = String((0..<digits).map { _ in Character(String(Int.random(in: 0...9, using: &generator))) })
            if Bool.random(using: &generator) {
                let point = Int.random(in: 0...digits, using: &generator)
                mantissa.insert(".", at: mantissa.index(mantissa.startIndex, offsetBy: point))
                if mantissa == "." { mantissa = "0." }
            }
            let exponent = Bool.random(using: &generator) ? "e\(Int.random(in: -330...310, using: &generator))" : ""
            let number = mantissa + exponent
            expected.append(Double(number) ?? .nan)
            text += number + "\n"
        }
        var reader = CSVReader(string: text)
        var index = 0
        try reader.forEachRecord { record throws(ValidationIssue) in
            let value = expected[index]
            if value.isFinite {
                let parsed = try record.double(at: 0)
                #expect(parsed.bitPattern == value.bitPattern, "line \(record.line)")
            } else {
                #expect(throws: ValidationIssue.self) { try record.double(at: 0) }
            }
            index += 1
        }
        #expect(index == 5_000)
    }

    static let badDoublesCases: [(String, ValidationIssue.Problem)] = [
        ("nan", .malformed("nan", expected: "a number such as 41 or 2.5")),
        ("inf", .malformed("inf", expected: "a number such as 41 or 2.5")),
        ("0x1p3", .malformed("0x1p3", expected: "a number such as 41 or 2.5")),
        ("\"1,200\"", .malformed("1,200", expected: "a number such as 41 or 2.5")),
        ("12 3", .malformed("12 3", expected: "a number such as 41 or 2.5")),
        ("1e", .malformed("1e", expected: "a number such as 41 or 2.5")),
        ("-", .malformed("-", expected: "a number such as 41 or 2.5")),
        (".", .malformed(".", expected: "a number such as 41 or 2.5")),
        ("1e400", .notFinite("1e400")),
        ("-1e999999999", .notFinite("-1e999999999")),
        ("  ", .missing),
    ]

    @Test("anything else is reported at the field", arguments: badDoublesCases)
    func badDoubles(text: String, problem: ValidationIssue.Problem) throws {
        let result = try field(text) { record throws(ValidationIssue) in try record.double(at: 0) }
        #expect(result == .failure(ValidationIssue(problem, at: .csv(line: 2, column: "value"))))
    }

    static let intsCases: [(String, Result<Int, ValidationIssue>)] = [
        ("42", .success(42)), ("-7", .success(-7)), ("+3", .success(3)), (" 12 ", .success(12)),
        ("9223372036854775807", .success(.max)), ("-9223372036854775808", .success(.min)),
        (
            "9223372036854775808",
            .failure(
                ValidationIssue(
                    .outOfRange("9223372036854775808", allowed: "-9223372036854775808…9223372036854775807"),
                    at: .csv(line: 2, column: "value")))
        ),
        (
            "4.2",
            .failure(
                ValidationIssue(
                    .malformed("4.2", expected: "a whole number such as 42"), at: .csv(line: 2, column: "value")))
        ),
        (
            "+",
            .failure(
                ValidationIssue(
                    .malformed("+", expected: "a whole number such as 42"), at: .csv(line: 2, column: "value")))
        ),
    ]

    @Test("whole numbers", arguments: intsCases)
    func ints(text: String, expected: Result<Int, ValidationIssue>) throws {
        #expect(try field(text) { record throws(ValidationIssue) in try record.int(at: 0) } == expected)
    }

    static let monthsCases: [(String, Result<Int, ValidationIssue>)] = [
        // 2024-03 has the index 2024 × 12 + 3 − 1 = 24,290.
        ("2024-03", .success(24_290)), (" 1800-01 ", .success(21_600)), ("9999-12", .success(119_999)),
        (
            "2024-13",
            .failure(
                ValidationIssue(
                    .malformed("2024-13", expected: "a month such as 2024-03"), at: .csv(line: 2, column: "value")))
        ),
        (
            "1700-01",
            .failure(
                ValidationIssue(
                    .malformed("1700-01", expected: "a month such as 2024-03"), at: .csv(line: 2, column: "value")))
        ),
        (
            "2024-3",
            .failure(
                ValidationIssue(
                    .malformed("2024-3", expected: "a month such as 2024-03"), at: .csv(line: 2, column: "value")))
        ),
        (
            "March 2024",
            .failure(
                ValidationIssue(
                    .malformed("March 2024", expected: "a month such as 2024-03"), at: .csv(line: 2, column: "value")))
        ),
    ]

    @Test("months YYYY-MM", arguments: monthsCases)
    func months(text: String, expected: Result<Int, ValidationIssue>) throws {
        #expect(try field(text) { record throws(ValidationIssue) in try record.month(at: 0).index } == expected)
    }

    @Test("fields past the end are missing, named by position; fields are also readable as bytes")
    func missingAndBytes() throws {
        var reader = CSVReader(string: "a,b\n\"x\"\"y\",2\n")
        let outcome = try reader.withNextRecord { record throws(ValidationIssue) in
            let missing = Result { () throws(ValidationIssue) in try record.double(at: 2) }
            let negative = Result { () throws(ValidationIssue) in try record.int(at: -1) }
            let bytes = record.withUTF8(at: 0) { Array($0) }
            return (missing, negative, bytes, record.string(at: 5), record.isEmpty(at: 9), record.contains(fieldAt: 1))
        }
        let (missing, negative, bytes, absent, empty, present) = try #require(outcome)
        #expect(missing == .failure(ValidationIssue(.missing, at: .csv(line: 2, columnNumber: 3))))
        #expect(negative == .failure(ValidationIssue(.missing, at: .csv(line: 2, columnNumber: 0))))
        #expect(bytes == Array("x\"y".utf8))
        #expect(absent == nil)
        #expect(empty)
        #expect(present)
    }

    @Test("paths print as a spreadsheet user reads them")
    func pathText() {
        #expect(FieldPath.csv(line: 12, column: "count").description == "line 12, column \"count\"")
        #expect(FieldPath.csv(line: 3, columnNumber: 2).description == "line 3, column 2")
        #expect(FieldPath.csv(line: 7).description == "line 7")
        let issue = ValidationIssue(.negative("-3"), at: .csv(line: 12, column: "count"))
        #expect(issue.description == "line 12, column \"count\": -3 is negative")
        #expect(
            issue.located(under: "demand.csv").description == "demand.csv, line 12, column \"count\": -3 is negative")
    }
}
