/// The RFC 4180 state machine behind ``CSVReader``: finds one record at a time in the bytes held by
/// a ``CSVStorage``, without allocating.
///
/// The grammar (RFC 4180 §2, with the leniencies common readers such as Python's `csv` and pandas
/// share):
/// - records end at CRLF (§2.1), LF or a lone CR, in any mix; the last record may end at the end
///   of the input (§2.2); lines with no characters at all are skipped;
/// - fields are separated by commas (§2.4) and keep their spaces;
/// - a field that starts with `"` is quoted: it may hold commas, quotes doubled as `""`, CR and LF
///   (§2.5–2.7), and must be followed by a comma, a line end or the end of the input;
/// - a `"` anywhere else in a field, a quoted field that is never closed, and bytes that are not
///   well-formed UTF-8 (Unicode Standard §3.9, Table 3-7) are reported as issues;
/// - a UTF-8 byte-order mark at the very start is skipped.
///
/// Lines are counted as an editor counts them (CRLF, LF or lone CR each end one), including line
/// ends inside quoted fields, so every issue names the line the user will find it on.
struct CSVScanner {
    /// What one call to ``scan(final:)`` found.
    enum Step {
        /// A complete record with `fieldCount` fields, starting on `line`; its bounds are in the
        /// storage and it has been consumed.
        case record(fieldCount: Int, line: Int)
        /// The record is not complete in the bytes read so far: read more and scan again.
        case needsInput
        /// No records remain.
        case endOfInput
        /// A malformed record; it has been skipped up to the next line end (or to the end of the
        /// input for an unclosed quote), so scanning can go on.
        case issue(ValidationIssue)
    }

    static let comma = UInt8(ascii: ",")
    static let quote = UInt8(ascii: "\"")
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    /// Bit b is set when byte b ends an unquoted field: comma, LF, CR (all below 64; only bytes
    /// up to the comma reach the test).
    static let fieldEnds: UInt64 = 1 << 0x2C | 1 << 0x0A | 1 << 0x0D

    let storage: CSVStorage
    /// The line the next record starts on (one-based).
    private(set) var line = 1
    /// The previous record ended with CR: an LF that follows completes that line end.
    private var afterCarriageReturn = false
    private var checkedByteOrderMark = false

    /// A scanner of the bytes in `storage`.
    /// - Parameters:
    ///   - storage: The bytes and field bounds.
    ///   - line: The line the first record starts on.
    ///   - atStartOfInput: Whether the bytes begin the input, so a byte-order mark may come first.
    init(storage: CSVStorage, line: Int = 1, atStartOfInput: Bool = true) {
        self.storage = storage
        self.line = line
        checkedByteOrderMark = !atStartOfInput
    }

    /// Moves past `bytes` bytes of whole records, holding `lineEnds` line ends, that were scanned
    /// elsewhere (by parallel scanners of the same buffer); the last of them ended with LF.
    mutating func skip(bytes: Int, lineEnds: Int) {
        storage.start += bytes
        line += lineEnds
        afterCarriageReturn = false
    }

    /// Scans the next record.
    ///
    /// - Parameter final: Whether the input has ended (no more bytes will arrive), so a record
    ///   that runs to the end of the bytes is complete.
    /// - Complexity: O(record length); a record cut by the end of the buffer is scanned again
    ///   once more bytes have been read.
    mutating func scan(final: Bool) -> Step {
        if let step = advanceToRecord(final: final) { return step }
        return scanRecord(from: storage.start, end: storage.end, final: final)
    }

    /// Skips a byte-order mark at the start of the input and any blank lines, so that
    /// ``CSVStorage/start`` is where the next record begins.
    /// - Returns: `nil` when a record begins there, otherwise ``Step/needsInput`` or
    ///   ``Step/endOfInput``.
    mutating func advanceToRecord(final: Bool) -> Step? {
        let base = storage.bytes
        let end = storage.end
        var p = storage.start
        if !checkedByteOrderMark {
            if end - p < 3 && !final { return .needsInput }
            if end - p >= 3 && base[p] == 0xEF && base[p + 1] == 0xBB && base[p + 2] == 0xBF { p += 3 }
            checkedByteOrderMark = true
        }
        // Blank lines, and the LF of a CRLF split across two scans.
        while p < end {
            let byte = base[p]
            if byte == Self.lineFeed {
                if !afterCarriageReturn { line += 1 }
                afterCarriageReturn = false
            } else if byte == Self.carriageReturn {
                line += 1
                afterCarriageReturn = true
            } else {
                break
            }
            p += 1
        }
        storage.start = p
        guard p < end else { return final ? .endOfInput : .needsInput }
        afterCarriageReturn = false
        return nil
    }

    private mutating func scanRecord(from recordStart: Int, end: Int, final: Bool) -> Step {
        let base = storage.bytes
        var p = recordStart
        var fields = 0
        var innerLines = 0  // line ends inside quoted fields
        var nonASCII = false
        var escapes = false
        while true {
            if fields == storage.boundsCapacity { storage.reserveBounds(fields + 1) }
            let bounds = storage.bounds
            let fieldStart = p
            if p < end && base[p] == Self.quote {
                let contentStart = p + 1
                var q = contentStart
                var fieldEscapes = false
                closing: while true {
                    guard q < end else {
                        guard final else { return .needsInput }
                        let text = String(
                            decoding: UnsafeBufferPointer(start: base + fieldStart, count: min(end - fieldStart, 40)),
                            as: UTF8.self)
                        let issue = issue(
                            .malformed(
                                text + (end - fieldStart > 40 ? "…" : ""),
                                expected: "a closing quote before the end of the file"),
                            line: line + innerLines - linesWithin(fieldStart, end), field: fields)
                        line += innerLines
                        storage.start = end
                        return .issue(issue)
                    }
                    let byte = base[q]
                    if byte == Self.quote {
                        if q + 1 < end {
                            if base[q + 1] == Self.quote {
                                fieldEscapes = true
                                q += 2
                                continue
                            }
                            break closing
                        }
                        guard final else { return .needsInput }
                        break closing
                    }
                    if byte == Self.lineFeed {
                        if base[q - 1] != Self.carriageReturn { innerLines += 1 }
                    } else if byte == Self.carriageReturn {
                        innerLines += 1
                    } else if byte >= 0x80 {
                        nonASCII = true
                    }
                    q += 1
                }
                bounds[2 * fields] = fieldEscapes ? ~contentStart : contentStart
                bounds[2 * fields + 1] = q
                escapes = escapes || fieldEscapes
                fields += 1
                p = q + 1
                guard p < end else {
                    return finish(recordStart, fields, nonASCII, escapes, next: p, lineEnds: innerLines)
                }
                let byte = base[p]
                if byte == Self.comma {
                    p += 1
                    continue
                }
                if byte == Self.lineFeed || byte == Self.carriageReturn {
                    afterCarriageReturn = byte == Self.carriageReturn
                    return finish(recordStart, fields, nonASCII, escapes, next: p + 1, lineEnds: innerLines + 1)
                }
                return skipMalformed(
                    fieldStart: fieldStart, errorAt: p, field: fields - 1, innerLines: innerLines, end: end,
                    final: final,
                    expected:
                        "a comma or line end after the closing quote (a quote inside a quoted field is written \"\")")
            }
            // Unquoted field: the common case. Bytes above the comma and below 0x80 (letters,
            // digits, `-`, `.`) cannot end or spoil a field, so they are skipped eight at a time.
            while p < end {
                let skip = Self.plainPrefix(base + p)
                if skip == 8 {
                    p &+= 8
                    continue
                }
                p &+= skip
                if p >= end { break }
                let byte = base[p]
                if byte >= 0x80 {
                    nonASCII = true
                } else if (Self.fieldEnds >> UInt64(byte)) & 1 != 0 {
                    // A bit test rather than a chain of comparisons, which the compiler turns into
                    // a poorly predicted jump table.
                    break
                } else if byte == Self.quote {
                    return skipMalformed(
                        fieldStart: fieldStart, errorAt: p, field: fields, innerLines: innerLines, end: end,
                        final: final,
                        expected: "a quote only around a whole field, with quotes inside it doubled (\"12\"\"3\")")
                }
                p &+= 1
            }
            p = min(p, end)
            if p == end && !final { return .needsInput }
            bounds[2 * fields] = fieldStart
            bounds[2 * fields + 1] = p
            fields += 1
            guard p < end else { return finish(recordStart, fields, nonASCII, escapes, next: p, lineEnds: innerLines) }
            let byte = base[p]
            p += 1
            if byte == Self.comma { continue }
            afterCarriageReturn = byte == Self.carriageReturn
            return finish(recordStart, fields, nonASCII, escapes, next: p, lineEnds: innerLines + 1)
        }
    }

    /// How many of the eight bytes at `pointer` come before the first one that is a comma or below
    /// it (comma, quote, CR, LF, space, …) or not ASCII: 0…8.
    ///
    /// SWAR ("SIMD within a register", H. S. Warren, *Hacker's Delight*, 2nd ed., §6-1): for a byte
    /// b < 0x80, b − 0x2D borrows (sets the top bit) exactly when b ≤ 0x2C; bytes ≥ 0x80 have the
    /// top bit already. A borrow can only spread upwards from a byte that is itself flagged, so the
    /// lowest flag is exact. The eight bytes may run past the data into the buffer's padding; the
    /// caller clamps the result to the data.
    @inline(__always)
    static func plainPrefix(_ pointer: UnsafeMutablePointer<UInt8>) -> Int {
        let word = UInt64(littleEndian: UnsafeRawPointer(pointer).loadUnaligned(as: UInt64.self))
        let flags = ((word &- 0x2D2D_2D2D_2D2D_2D2D) | word) & 0x8080_8080_8080_8080
        return flags.trailingZeroBitCount / 8
    }

    /// Completes a record that ends just before `next`: checks its UTF-8, un-doubles quotes,
    /// consumes it and advances the line count by `lineEnds`.
    private mutating func finish(
        _ recordStart: Int, _ fields: Int, _ nonASCII: Bool, _ escapes: Bool, next: Int, lineEnds: Int
    ) -> Step {
        let recordLine = line
        line += lineEnds
        storage.start = next
        let base = storage.bytes
        let bounds = storage.bounds
        if nonASCII, let bad = UTF8Validation.firstInvalidOffset(in: base, from: recordStart, to: next) {
            // Field starts are stored as ~start while their quotes are still doubled.
            func start(of field: Int) -> Int { bounds[2 * field] < 0 ? ~bounds[2 * field] : bounds[2 * field] }
            var field = 0
            while field + 1 < fields, start(of: field + 1) <= bad { field += 1 }
            let start = start(of: field)
            let hex = String(base[bad], radix: 16, uppercase: true)
            return .issue(
                issue(
                    .unreadable(
                        "invalid UTF-8: byte 0x\(hex.count == 1 ? "0" : "")\(hex) at byte \(max(0, bad - start) + 1) of the field"
                    ),
                    line: recordLine + linesWithin(recordStart, start), field: field))
        }
        if escapes {
            for field in 0..<fields where bounds[2 * field] < 0 {
                let start = ~bounds[2 * field]
                var read = start
                var write = start
                let stop = bounds[2 * field + 1]
                while read < stop {
                    let byte = base[read]
                    base[write] = byte
                    write += 1
                    read += byte == Self.quote ? 2 : 1
                }
                bounds[2 * field] = start
                bounds[2 * field + 1] = write
            }
        }
        return .record(fieldCount: fields, line: recordLine)
    }

    /// Reports a malformed field and skips the rest of its line, reading everything up to the next
    /// line end as plain text (no quote is trusted once the quoting has gone wrong).
    private mutating func skipMalformed(
        fieldStart: Int, errorAt: Int, field: Int, innerLines: Int, end: Int, final: Bool, expected: String
    ) -> Step {
        let base = storage.bytes
        var p = errorAt
        var valueEnd = end
        while p < end {
            let byte = base[p]
            if byte == Self.comma, valueEnd == end { valueEnd = p }
            if byte == Self.lineFeed || byte == Self.carriageReturn { break }
            p += 1
        }
        if p == end && !final { return .needsInput }
        valueEnd = min(valueEnd, p)
        let length = valueEnd - fieldStart
        let text = String(
            decoding: UnsafeBufferPointer(start: base + fieldStart, count: min(length, 200)), as: UTF8.self)
        let fieldLine = line + innerLines - linesWithin(fieldStart, errorAt)
        let issue = issue(
            .malformed(length > 200 ? text + "…" : text, expected: expected), line: fieldLine, field: field)
        line += innerLines + (p < end ? 1 : 0)
        afterCarriageReturn = p < end && base[p] == Self.carriageReturn
        storage.start = min(p + 1, end)
        return .issue(issue)
    }

    /// The number of line ends in `[from, to)`, counted as ``line`` counts them.
    private func linesWithin(_ from: Int, _ to: Int) -> Int {
        let base = storage.bytes
        var count = 0
        var p = from
        while p < to {
            if base[p] == Self.carriageReturn
                || (base[p] == Self.lineFeed && (p == from || base[p - 1] != Self.carriageReturn))
            {
                count += 1
            }
            p += 1
        }
        return count
    }

    /// An issue at field `field` (zero-based) of a record, naming the column by its header when
    /// there is one.
    func issue(_ problem: ValidationIssue.Problem, line: Int, field: Int) -> ValidationIssue {
        ValidationIssue(problem, at: Self.path(line: line, field: field, names: storage.columnNames))
    }

    /// `line 12, column "count"`, or `line 12, column 3` beyond (or without) a header.
    static func path(line: Int, field: Int, names: [String]) -> FieldPath {
        names.indices.contains(field)
            ? .csv(line: line, column: names[field]) : .csv(line: line, columnNumber: field + 1)
    }
}
