/// One record of a CSV file, viewed in place in the reader's buffer: its fields are read, parsed
/// or copied without a `String` being made for each.
///
/// A record is lent to the closure passed to ``CSVReader/forEachRecord(_:)`` and is valid only
/// while that closure runs: the type is non-copyable and handed over `borrowing`, so the compiler
/// stops it from being stored or escaping. Copy out what you keep (``string(at:)``).
///
/// ```swift
/// try reader.forEachRecord { record in
///     let month = try record.month(at: 2)      // parsed from the UTF-8 bytes
///     let count = try record.double(at: 3)
///     let area = record.string(at: 0) ?? ""    // a String only where one is wanted
/// }
/// ```
///
/// Field indices are zero-based. The typed accessors (``int(at:)``, ``double(at:)``,
/// ``month(at:)``) ignore spaces and tabs around the value and throw a ``ValidationIssue`` located
/// at the field — `line 12, column "count"` — that quotes the text found.
///
/// Sendable because it cannot be copied or outlive the closure it is lent to, and its bytes do not
/// change while it is lent.
public struct CSVRecord: ~Copyable, @unchecked Sendable {
    private let bytes: UnsafePointer<UInt8>
    private let bounds: UnsafePointer<Int>
    /// The reader's storage, for the header names that issues quote; not retained, as the record
    /// cannot outlive the reader's call that lends it.
    private unowned(unsafe) let storage: CSVStorage
    /// The number of fields.
    public let count: Int
    /// The one-based line of the file on which the record starts.
    public let line: Int

    init(storage: CSVStorage, count: Int, line: Int) {
        self.bytes = UnsafePointer(storage.bytes)
        self.bounds = UnsafePointer(storage.bounds)
        self.storage = storage
        self.count = count
        self.line = line
    }

    // MARK: Raw bytes

    /// The field's bytes (quotes removed and `""` un-doubled), or an empty buffer when there is no
    /// such field. Valid only while the record is.
    @inline(__always)
    func utf8(at index: Int) -> UnsafeBufferPointer<UInt8> {
        guard index >= 0, index < count else { return UnsafeBufferPointer(start: nil, count: 0) }
        let start = bounds[2 * index]
        return UnsafeBufferPointer(start: bytes + start, count: bounds[2 * index + 1] - start)
    }

    /// Calls `body` with the UTF-8 bytes of field `index` (quotes removed, `""` un-doubled): the
    /// way to look at a field without copying it.
    ///
    /// - Parameters:
    ///   - index: The zero-based field position; a position past the end gives an empty buffer.
    ///   - body: Reads the bytes; it must not keep the buffer.
    /// - Returns: What `body` returns.
    public func withUTF8<Result, Failure: Error>(
        at index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        try body(utf8(at: index))
    }

    /// Whether field `index` is present.
    /// - Parameter index: A zero-based field position.
    public func contains(fieldAt index: Int) -> Bool { index >= 0 && index < count }

    /// Whether field `index` is missing or has no characters.
    /// - Parameter index: A zero-based field position.
    public func isEmpty(at index: Int) -> Bool { utf8(at: index).isEmpty }

    // MARK: Text

    /// Field `index` as a `String` (allocating only beyond 15 UTF-8 bytes), or `nil` when the
    /// record has no such field. The bytes are known to be valid UTF-8.
    /// - Parameter index: A zero-based field position.
    public func string(at index: Int) -> String? {
        guard contains(fieldAt: index) else { return nil }
        return String(decoding: utf8(at: index), as: UTF8.self)
    }

    /// Every field as a `String`: convenient for small files, one allocation per long field.
    public var strings: [String] {
        (0..<count).map { String(decoding: utf8(at: $0), as: UTF8.self) }
    }

    // MARK: Typed fields

    /// Field `index` as a whole number: an optional sign and decimal digits.
    ///
    /// - Parameter index: A zero-based field position.
    /// - Throws: ``ValidationIssue`` at the field: ``ValidationIssue/Problem/missing`` when it is
    ///   absent or blank, ``ValidationIssue/Problem/malformed(_:expected:)`` for other text,
    ///   ``ValidationIssue/Problem/outOfRange(_:allowed:)`` beyond `Int`.
    public func int(at index: Int) throws(ValidationIssue) -> Int {
        let field = try trimmed(index)
        switch CSVNumber.int(field) {
        case .value(let value): return value
        case .outOfRange: throw issue(.outOfRange(text(field), allowed: "\(Int.min)…\(Int.max)"), at: index)
        case .malformed: throw issue(.malformed(text(field), expected: "a whole number such as 42"), at: index)
        }
    }

    /// Field `index` as a finite number in decimal notation: `41`, `-0.5`, `1.5e3`; correctly
    /// rounded, as `Double("…")` would be.
    ///
    /// Hexadecimal, `nan` and `inf` are not numbers here: a CSV cell holding them is an error.
    /// - Parameter index: A zero-based field position.
    /// - Throws: ``ValidationIssue`` at the field: ``ValidationIssue/Problem/missing`` when it is
    ///   absent or blank, ``ValidationIssue/Problem/malformed(_:expected:)`` for other text,
    ///   ``ValidationIssue/Problem/notFinite(_:)`` when it overflows (`1e400`).
    public func double(at index: Int) throws(ValidationIssue) -> Double {
        let field = try trimmed(index)
        switch CSVNumber.double(field) {
        case .value(let value): return value
        case .notFinite: throw issue(.notFinite(text(field)), at: index)
        case .malformed: throw issue(.malformed(text(field), expected: "a number such as 41 or 2.5"), at: index)
        }
    }

    /// Field `index` as a month `YYYY-MM` (ISO 8601-1:2019 §5.2.1.2), parsed from its bytes
    /// without making a `String`; ``Month`` checks the range.
    ///
    /// - Parameter index: A zero-based field position.
    /// - Throws: ``ValidationIssue`` at the field: ``ValidationIssue/Problem/missing`` when it is
    ///   absent or blank, ``ValidationIssue/Problem/malformed(_:expected:)`` quoting the
    ///   ``PeriodError`` otherwise ("2024-13", "March 2024").
    public func month(at index: Int) throws(ValidationIssue) -> Month {
        let field = try trimmed(index)
        // The common exact form is read here directly; ``Month`` still checks the ranges, and
        // anything else goes through its own parser, whose error names the problem.
        if field.count == 7, field[4] == UInt8(ascii: "-"), let year = Self.digits(field, 0, 4),
            let month = Self.digits(field, 5, 2),
            let parsed = try? Month(year: year, month: month)
        {
            return parsed
        }
        do {
            return try Month(utf8: field)
        } catch {
            throw issue(.malformed(text(field), expected: "a month such as 2024-03"), at: index)
        }
    }

    /// Field `index` as a month index when it is exactly `YYYY-MM` in the supported range; `nil`
    /// for anything else (which ``month(at:)`` then reads or reports). The importers' fast path.
    @inline(__always)
    func plainMonthIndex(at index: Int) -> Int32? {
        let field = utf8(at: index)
        guard field.count == 7, field[4] == UInt8(ascii: "-"), let year = Self.digits(field, 0, 4),
            let month = Self.digits(field, 5, 2), let parsed = try? Month(year: year, month: month)
        else { return nil }
        return Int32(truncatingIfNeeded: parsed.index)
    }

    /// Field `index` when it is 1 to 15 ASCII digits and nothing else, as an exact `Double`;
    /// `nil` for anything else (which ``double(at:)`` then reads or reports). The importers'
    /// fast path for counts.
    @inline(__always)
    func plainWholeNumber(at index: Int) -> Double? {
        let field = utf8(at: index)
        guard field.count > 0, field.count <= 15 else { return nil }
        var value: UInt64 = 0
        for byte in field {
            let digit = byte &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value &* 10 &+ UInt64(digit)
        }
        return Double(value)
    }

    /// The value of `count` ASCII digits at `offset`, or `nil` if any byte is not a digit.
    @inline(__always)
    private static func digits(_ field: UnsafeBufferPointer<UInt8>, _ offset: Int, _ count: Int) -> Int? {
        var value = 0
        for position in offset..<(offset + count) {
            let digit = field[position] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }

    // MARK: Locations

    /// Where field `index` is: `line 12, column "count"` with a header, `line 12, column 3`
    /// without one. Quoted fields can span lines; the line is the record's first.
    /// - Parameter index: A zero-based field position.
    public func path(at index: Int) -> FieldPath {
        CSVScanner.path(line: line, field: index, names: storage.columnNames)
    }

    /// An issue located at field `index`, for checks of your own.
    /// - Parameters:
    ///   - problem: What is wrong, quoting the value.
    ///   - index: A zero-based field position.
    /// - Returns: The issue, at ``path(at:)``.
    public func issue(_ problem: ValidationIssue.Problem, at index: Int) -> ValidationIssue {
        ValidationIssue(problem, at: path(at: index))
    }

    /// The field without surrounding spaces and tabs; throws ``ValidationIssue/Problem/missing``
    /// when nothing is left.
    @inline(__always)
    func trimmed(_ index: Int) throws(ValidationIssue) -> UnsafeBufferPointer<UInt8> {
        guard index >= 0, index < count else { throw issue(.missing, at: index) }
        var start = bounds[2 * index]
        var end = bounds[2 * index + 1]
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        guard start < end else { throw issue(.missing, at: index) }
        return UnsafeBufferPointer(start: bytes + start, count: end - start)
    }

    /// The bytes as text for a message.
    func text(_ field: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: field, as: UTF8.self)
    }
}
