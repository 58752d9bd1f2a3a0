import Foundation

/// A strict, single-pass check that bytes are one well-formed JSON text (RFC 8259) before
/// Foundation decodes them, so that a broken file is reported with its line, column and field
/// path rather than as "the given data was not valid JSON".
///
/// Foundation's `JSONDecoder` on Linux reports every syntax error, every number it cannot
/// represent and every encoding problem with that one sentence and no location. It also accepts
/// what RFC 8259 does not (UTF-16 text, trailing commas) and, when an object names a member twice,
/// silently keeps the first. This check runs first and reports, as ``ValidationIssue``s:
///
/// - text that is not UTF-8 (RFC 8259 §8.1): UTF-16 or UTF-32 (recognised by a byte-order mark or
///   the pattern of zero bytes, RFC 4627 §3), or a byte sequence that is not valid UTF-8, such as
///   Latin-1 or Windows-1252 text — ``ValidationIssue/Problem/unreadable(_:)``;
/// - the first syntax error (§2–§7), with what was expected and what was found —
///   ``ValidationIssue/Problem/unreadable(_:)``; a file that ends early says so;
/// - nesting deeper than ``maximumDepth`` — ``ValidationIssue/Problem/tooDeeplyNested(limit:)``;
///   a scenario needs six levels, so this only stops pathological input, before any decoder
///   recurses into it;
/// - a member name used twice in one object (§4: names "SHOULD be unique"; readers disagree on
///   which value wins) — ``ValidationIssue/Problem/duplicateKey(_:)``;
/// - a number too large for a `Double` (`1e400`) — ``ValidationIssue/Problem/notFinite(_:)`` —
///   or so small that it would silently become zero (`1e-400`) —
///   ``ValidationIssue/Problem/outOfRange(_:allowed:)`` (§6 lets implementations limit range).
///
/// Duplicate names and numbers out of range are collected and checking goes on; the first
/// encoding, syntax or depth problem ends it. Paths are those of the value concerned.
///
/// - Complexity: O(*n*) in the size of the text, with memory proportional to the nesting depth
///   and the number of names in the open objects.
struct JSONSyntaxCheck {
    /// The deepest nesting of objects and arrays accepted.
    static let maximumDepth = 64

    /// Every problem found in `data` (empty when it is well-formed JSON).
    static func issues(in data: Data) -> [ValidationIssue] {
        data.withUnsafeBytes { raw in
            var check = JSONSyntaxCheck(bytes: raw.bindMemory(to: UInt8.self))
            check.run()
            return check.issues
        }
    }

    /// An open object (with the names seen so far and the name of the current member) or array
    /// (with the position of the current element).
    private enum Frame {
        case object(names: Set<String>, current: String?)
        case array(index: Int)
    }

    private enum Expecting {
        case value, valueOrEnd, name, nameOrEnd, colon, commaOrEnd
    }

    private struct Stop: Error {}

    private let bytes: UnsafeBufferPointer<UInt8>
    private var offset = 0
    private var line = 1
    private var lineStart = 0
    private var stack: [Frame] = []
    private(set) var issues: [ValidationIssue] = []

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    // MARK: Driver

    private mutating func run() {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { offset = 3 }
        if let encoding = foreignEncoding() {
            issues.append(ValidationIssue(.unreadable("the file is \(encoding) text, not UTF-8; save it as UTF-8")))
            return
        }
        do {
            try document()
        } catch {
            // The fatal issue has been recorded.
        }
    }

    private mutating func document() throws(Stop) {
        let contentStart = offset
        skipWhitespace()
        guard offset < bytes.count else {
            throw fail(offset == contentStart ? "the file is empty" : "the file holds only white space")
        }
        var expecting = Expecting.value
        while true {
            skipWhitespace()
            guard offset < bytes.count else {
                guard stack.isEmpty, expecting == .commaOrEnd else {
                    throw fail("the file ends early, \(unfinished())")
                }
                return
            }
            let byte = bytes[offset]
            switch expecting {
            case .value, .valueOrEnd:
                if byte == UInt8(ascii: "]"), expecting == .valueOrEnd {
                    offset += 1
                    stack.removeLast()
                    expecting = .commaOrEnd
                } else {
                    try value(startingWith: byte)
                    switch byte {
                    case UInt8(ascii: "{"): expecting = .nameOrEnd
                    case UInt8(ascii: "["): expecting = .valueOrEnd
                    default: expecting = .commaOrEnd
                    }
                }
            case .name, .nameOrEnd:
                if byte == UInt8(ascii: "}"), expecting == .nameOrEnd {
                    offset += 1
                    stack.removeLast()
                    expecting = .commaOrEnd
                } else if byte == UInt8(ascii: "\"") {
                    try name()
                    expecting = .colon
                } else {
                    throw fail(
                        expecting == .name
                            ? "expected the name of the next member in double quotes, found \(describe(byte))"
                            : "expected a member name in double quotes or '}', found \(describe(byte))", at: parentPath)
                }
            case .colon:
                guard byte == UInt8(ascii: ":") else {
                    throw fail("expected ':' after the member name, found \(describe(byte))")
                }
                offset += 1
                expecting = .value
            case .commaOrEnd:
                expecting = try afterValue(byte)
            }
        }
    }

    /// What follows a complete value: a comma or the end of the open object or array.
    private mutating func afterValue(_ byte: UInt8) throws(Stop) -> Expecting {
        switch stack.last {
        case nil:
            throw fail(
                "unexpected \(describe(byte)) after the end of the JSON value (a second value, or text after it)")
        case .object?:
            if byte == UInt8(ascii: ",") {
                offset += 1
                return .name
            }
            if byte == UInt8(ascii: "}") {
                offset += 1
                stack.removeLast()
                return .commaOrEnd
            }
            throw fail("expected ',' or '}' after an object member, found \(describe(byte))", at: parentPath)
        case .array(let index)?:
            if byte == UInt8(ascii: ",") {
                offset += 1
                stack[stack.count - 1] = .array(index: index + 1)
                return .value
            }
            if byte == UInt8(ascii: "]") {
                offset += 1
                stack.removeLast()
                return .commaOrEnd
            }
            throw fail("expected ',' or ']' after an array element, found \(describe(byte))", at: parentPath)
        }
    }

    /// One value; objects and arrays are only opened here (their contents follow in the loop).
    private mutating func value(startingWith byte: UInt8) throws(Stop) {
        switch byte {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            guard stack.count < Self.maximumDepth else {
                issues.append(ValidationIssue(.tooDeeplyNested(limit: Self.maximumDepth), at: path))
                throw Stop()
            }
            offset += 1
            stack.append(byte == UInt8(ascii: "{") ? .object(names: [], current: nil) : .array(index: 0))
        case UInt8(ascii: "\""):
            _ = try string(keepingText: false)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            try number()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default:
            throw fail(
                "expected a value (an object, array, string, number, true, false or null), found \(describe(byte))")
        }
    }

    // MARK: Tokens

    private mutating func name() throws(Stop) {
        let text = try string(keepingText: true) ?? ""
        guard case .object(var names, _) = stack.last else { return }
        if !names.insert(text).inserted {
            issues.append(ValidationIssue(.duplicateKey(text), at: parentPath.appending(text)))
        }
        stack[stack.count - 1] = .object(names: names, current: text)
    }

    /// A string from its opening quote; its decoded text when `keepingText`.
    private mutating func string(keepingText: Bool) throws(Stop) -> String? {
        let start = offset
        offset += 1
        var hasEscape = false
        while offset < bytes.count {
            let byte = bytes[offset]
            switch byte {
            case UInt8(ascii: "\""):
                offset += 1
                guard keepingText else { return nil }
                let body = UnsafeBufferPointer(rebasing: bytes[(start + 1)..<(offset - 1)])
                return hasEscape ? Self.unescaped(body) : String(decoding: body, as: UTF8.self)
            case UInt8(ascii: "\\"):
                hasEscape = true
                try escape()
            case 0..<0x20:
                throw fail(
                    "a control character (\(Self.hex(byte))) inside a string must be written as an escape such as \\n or \\u0000"
                )
            case 0x80...:
                try multibyteCharacter()
            default:
                offset += 1
            }
        }
        offset = start
        throw fail("the file ends early, inside a string that starts here")
    }

    private mutating func escape() throws(Stop) {
        guard offset + 1 < bytes.count else {
            offset += 1
            throw fail("the file ends early, inside an escape sequence")
        }
        let kind = bytes[offset + 1]
        switch kind {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
            UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            offset += 2
        case UInt8(ascii: "u"):
            for position in (offset + 2)..<(offset + 6) {
                guard position < bytes.count, Self.hexValue(bytes[position]) != nil else {
                    throw fail("'\\u' must be followed by four hexadecimal digits")
                }
            }
            offset += 6
        default:
            throw fail(
                "'\\\(Self.printable(kind))' is not a JSON escape (use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX)"
            )
        }
    }

    /// A UTF-8 sequence of two to four bytes (Unicode 15, Table 3-7: no overlong forms, no
    /// surrogates, nothing above U+10FFFF).
    private mutating func multibyteCharacter() throws(Stop) {
        let first = bytes[offset]
        // (length, allowed second byte) by lead byte; other continuation bytes are 80…BF.
        let length: Int
        let secondRange: ClosedRange<UInt8>
        switch first {
        case 0xC2...0xDF: (length, secondRange) = (2, 0x80...0xBF)
        case 0xE0: (length, secondRange) = (3, 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (length, secondRange) = (3, 0x80...0xBF)
        case 0xED: (length, secondRange) = (3, 0x80...0x9F)
        case 0xF0: (length, secondRange) = (4, 0x90...0xBF)
        case 0xF1...0xF3: (length, secondRange) = (4, 0x80...0xBF)
        case 0xF4: (length, secondRange) = (4, 0x80...0x8F)
        default: throw notUTF8()
        }
        guard offset + length <= bytes.count, secondRange.contains(bytes[offset + 1]) else { throw notUTF8() }
        for position in (offset + 2)..<(offset + length) where !(0x80...0xBF).contains(bytes[position]) {
            throw notUTF8()
        }
        offset += length
    }

    private mutating func notUTF8() -> Stop {
        let byte = bytes[offset]
        return fail("byte \(Self.hex(byte)) is not UTF-8 (Latin-1 or Windows-1252 text?); save the file as UTF-8")
    }

    /// A number (RFC 8259 §6), which must also fit a `Double` without overflowing or vanishing.
    private mutating func number() throws(Stop) {
        let start = offset
        if bytes[offset] == UInt8(ascii: "-") { offset += 1 }
        guard offset < bytes.count, Self.isDigit(bytes[offset]) else {
            throw fail(
                "expected a digit after '-', found \(offset < bytes.count ? describe(bytes[offset]) : "the end of the file")"
            )
        }
        var significantDigit = false
        if bytes[offset] == UInt8(ascii: "0") {
            offset += 1
            if offset < bytes.count, Self.isDigit(bytes[offset]) {
                throw fail("a number must not start with 0 followed by more digits")
            }
        } else {
            significantDigit = true
            while offset < bytes.count, Self.isDigit(bytes[offset]) { offset += 1 }
        }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
            offset += 1
            guard offset < bytes.count, Self.isDigit(bytes[offset]) else {
                throw fail("expected a digit after the decimal point")
            }
            while offset < bytes.count, Self.isDigit(bytes[offset]) {
                if bytes[offset] != UInt8(ascii: "0") { significantDigit = true }
                offset += 1
            }
        }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "e") || bytes[offset] == UInt8(ascii: "E") {
            offset += 1
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-") {
                offset += 1
            }
            guard offset < bytes.count, Self.isDigit(bytes[offset]) else {
                throw fail("expected a digit in the exponent")
            }
            while offset < bytes.count, Self.isDigit(bytes[offset]) { offset += 1 }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
        guard let value = Double(text) else { return }
        if !value.isFinite {
            issues.append(ValidationIssue(.notFinite(text), at: path))
        } else if value == 0, significantDigit {
            issues.append(
                ValidationIssue(
                    .outOfRange(text, allowed: "the numbers a Double holds (0, or 5e-324 to 1.8e308 in size)"), at: path
                ))
        }
    }

    private mutating func literal(_ word: StaticString) throws(Stop) {
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for (position, byte) in expected.enumerated() {
            guard offset + position < bytes.count, bytes[offset + position] == byte else {
                throw fail(
                    "expected a value (an object, array, string, number, true, false or null), found \(describe(bytes[offset]))"
                )
            }
        }
        offset += expected.count
    }

    private mutating func skipWhitespace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                offset += 1
            case UInt8(ascii: "\n"):
                offset += 1
                line += 1
                lineStart = offset
            default:
                return
            }
        }
    }

    // MARK: Reporting

    /// Records a fatal problem at the current position, located at `location` (the value being
    /// read unless given), and returns the error that stops the check.
    private mutating func fail(_ detail: String, at location: FieldPath? = nil) -> Stop {
        issues.append(ValidationIssue(.unreadable("line \(line), column \(column): \(detail)"), at: location ?? path))
        return Stop()
    }

    /// The column of `offset`, counting characters (not UTF-8 continuation bytes) from 1.
    private var column: Int {
        var count = 1
        var position = lineStart
        while position < min(offset, bytes.count) {
            if bytes[position] & 0xC0 != 0x80 { count += 1 }
            position += 1
        }
        return count
    }

    /// The path of the value being read: the open objects' current members and arrays' positions.
    private var path: FieldPath {
        FieldPath(
            components: stack.compactMap { frame in
                switch frame {
                case .object(_, let current): return current.map(FieldPath.Component.key)
                case .array(let index): return .index(index)
                }
            })
    }

    /// The path of the innermost open object or array itself (where a duplicate name, or a problem
    /// between its members, is reported).
    private var parentPath: FieldPath {
        FieldPath(
            components: stack.dropLast().compactMap { frame in
                switch frame {
                case .object(_, let current): return current.map(FieldPath.Component.key)
                case .array(let index): return .index(index)
                }
            })
    }

    private func unfinished() -> String {
        switch stack.last {
        case .object?: return "inside an object (a '}' is missing)"
        case .array?: return "inside an array (a ']' is missing)"
        case nil: return "after a member name"
        }
    }

    private func describe(_ byte: UInt8) -> String {
        switch byte {
        case UInt8(ascii: "'"): return "\"'\""
        case 0x21...0x7E: return "'\(Character(Unicode.Scalar(byte)))'"
        default: return "byte \(Self.hex(byte))"
        }
    }

    private static func printable(_ byte: UInt8) -> String {
        (0x21...0x7E).contains(byte) ? String(Character(Unicode.Scalar(byte))) : hex(byte)
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return "0x\(digits[Int(byte >> 4)])\(digits[Int(byte & 0x0F)])"
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    /// The text of a string body whose escapes have been checked; unpaired surrogates become U+FFFD.
    private static func unescaped(_ body: UnsafeBufferPointer<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        var utf8: [UInt8] = []
        var index = 0
        func flush() {
            scalars.append(contentsOf: String(decoding: utf8, as: UTF8.self).unicodeScalars)
            utf8.removeAll(keepingCapacity: true)
        }
        func codeUnit(at position: Int) -> UInt32? {
            guard position + 5 < body.count, body[position] == UInt8(ascii: "\\"),
                body[position + 1] == UInt8(ascii: "u")
            else { return nil }
            var value: UInt32 = 0
            for offset in (position + 2)...(position + 5) {
                guard let digit = hexValue(body[offset]) else { return nil }
                value = value << 4 | digit
            }
            return value
        }
        while index < body.count {
            let byte = body[index]
            guard byte == UInt8(ascii: "\\"), index + 1 < body.count else {
                utf8.append(byte)
                index += 1
                continue
            }
            flush()
            let kind = body[index + 1]
            let simple: [UInt8: Unicode.Scalar] = [
                UInt8(ascii: "\""): "\"", UInt8(ascii: "\\"): "\\", UInt8(ascii: "/"): "/", UInt8(ascii: "b"): "\u{08}",
                UInt8(ascii: "f"): "\u{0C}", UInt8(ascii: "n"): "\n", UInt8(ascii: "r"): "\r", UInt8(ascii: "t"): "\t",
            ]
            if let scalar = simple[kind] {
                scalars.append(scalar)
                index += 2
            } else if let unit = codeUnit(at: index) {
                index += 6
                if (0xD800...0xDBFF).contains(unit), let low = codeUnit(at: index), (0xDC00...0xDFFF).contains(low) {
                    index += 6
                    scalars.append(Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)) ?? "\u{FFFD}")
                } else {
                    scalars.append(Unicode.Scalar(unit) ?? "\u{FFFD}")
                }
            } else {
                utf8.append(byte)
                index += 1
            }
        }
        flush()
        return String(scalars)
    }

    /// The encoding named by a UTF-16 or UTF-32 byte-order mark or by the zero bytes such text has
    /// among its first four bytes (RFC 4627 §3), if any.
    private func foreignEncoding() -> String? {
        UTF8Validation.foreignEncoding(ofPrefix: bytes)
    }
}
