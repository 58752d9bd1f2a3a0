/// One problem found in caller-supplied input: where it is, and what is wrong with it.
///
/// Issues print as `path: problem`, e.g.
/// `interventions[3].costs[0].amount: -120.00 is negative`. Validation collects every issue
/// rather than stopping at the first, and reports them together in a ``ValidationError``.
public struct ValidationIssue: Error, Hashable, Sendable, CustomStringConvertible {
    /// Where the offending value is.
    public var path: FieldPath
    /// What is wrong with it (the case names the kind of problem; its payload the value).
    public var problem: Problem

    /// Creates an issue.
    public init(_ problem: Problem, at path: FieldPath = .root) {
        self.path = path
        self.problem = problem
    }

    /// The same issue, located under `prefix` (used when a value is checked on its own and then
    /// placed inside a larger structure).
    public func located(under prefix: FieldPath) -> ValidationIssue {
        ValidationIssue(problem, at: prefix.appending(contentsOf: path))
    }

    /// `path: problem`, or the problem alone at the root: one line, quoting the value shortened.
    public var description: String {
        path.components.isEmpty ? problem.description : "\(path): \(problem)"
    }
}

extension ValidationIssue {
    /// The kinds of problem the library reports. Each carries the offending value as text, exactly
    /// as it was given (or as the library prints it), so that messages can quote it.
    public enum Problem: Hashable, Sendable, CustomStringConvertible {
        /// A value that must not be negative is (a population, a cost, a count).
        case negative(String)
        /// A number is NaN or infinite, or too large to represent (`1e400`).
        case notFinite(String)
        /// A number is outside its allowed range, described in `allowed` (e.g. `1…5`, `[0, 1]`).
        case outOfRange(String, allowed: String)
        /// A value does not have the required shape; `expected` says what would be accepted.
        case malformed(String, expected: String)
        /// A currency code that is not an active ISO 4217 code.
        case unknownCurrency(String)
        /// Two entities of the same kind share this identifier.
        case duplicateIdentifier(String)
        /// An identifier refers to an entity of kind `kind` that the scenario does not contain.
        case danglingReference(String, kind: String)
        /// A period or span whose end comes before its start.
        case endBeforeStart(start: String, end: String)
        /// Two amounts that must be in the same currency and price base are not.
        case inconsistentMoney(String, expected: String)
        /// A required field is absent.
        case missing
        /// A field holds a value of the wrong JSON type.
        case wrongType(expected: String)
        /// A list that must not be empty is.
        case empty
        /// A document's schema version is not one this library reads.
        case unsupportedSchemaVersion(Int, supported: [Int])
        /// The input is not well-formed (invalid JSON, a truncated file, bad encoding).
        case unreadable(String)
        /// A rule across several values is broken; the text says which.
        case inconsistent(String)
        /// An object names this member twice (RFC 8259 §4: names should be unique, and readers
        /// disagree on which value wins), so the file is ambiguous.
        case duplicateKey(String)
        /// Objects and arrays are nested deeper than `limit` levels: no scenario needs it, and
        /// refusing it keeps pathological input from exhausting a decoder's stack.
        case tooDeeplyNested(limit: Int)

        /// What is wrong, quoting the value (shortened, and on one line): `-3 is negative`.
        public var description: String {
            // Values are quoted in full in the case, but cut short here: a message must stay
            // readable even when a whole file was pasted into one field.
            let q = Problem.shortened
            switch self {
            case .negative(let value):
                return "\(q(value)) is negative"
            case .notFinite(let value):
                return "\(q(value)) is not a finite number"
            case .outOfRange(let value, let allowed):
                return "\(q(value)) is outside \(allowed)"
            case .malformed(let value, let expected):
                return "'\(q(value))' is malformed: expected \(expected)"
            case .unknownCurrency(let code):
                return "'\(q(code))' is not an ISO 4217 currency code"
            case .duplicateIdentifier(let id):
                return "identifier '\(q(id))' is used more than once"
            case .danglingReference(let id, let kind):
                return "'\(q(id))' does not name any \(kind) in the scenario"
            case .endBeforeStart(let start, let end):
                return "end \(end) is before start \(start)"
            case .inconsistentMoney(let value, let expected):
                return "\(q(value)) must be in \(expected)"
            case .missing:
                return "is required but missing"
            case .wrongType(let expected):
                return "has the wrong type: expected \(expected)"
            case .empty:
                return "must not be empty"
            case .unsupportedSchemaVersion(let version, let supported):
                let list = supported.map(String.init).joined(separator: ", ")
                return "schema version \(version) is not supported (this library reads \(list))"
            case .unreadable(let detail):
                return "cannot be read: \(detail)"
            case .inconsistent(let detail):
                return detail
            case .duplicateKey(let name):
                return "the name '\(q(name))' appears twice in one object; remove one of the two"
            case .tooDeeplyNested(let limit):
                return "objects and arrays are nested more than \(limit) levels deep"
            }
        }

        /// `text` cut to 60 characters, with how long it was: "GGG…GGG… (200000 characters)";
        /// and with line breaks and other control characters written as escapes (`\n`, `\r`,
        /// `\u{0}`), so that a message stays on one line whatever the value holds (a CSV field
        /// may hold line breaks).
        static func shortened(_ text: String) -> String {
            let limit = 60
            guard text.utf8.count > limit, text.count > limit else { return escapingControls(text) }
            return "\(escapingControls(String(text.prefix(limit))))… (\(text.count) characters)"
        }

        /// `text` with C0 and C1 control characters other than tab, and the Unicode line and
        /// paragraph separators, written as escapes.
        static func escapingControls(_ text: String) -> String {
            func isControl(_ scalar: Unicode.Scalar) -> Bool {
                (scalar.value < 0x20 && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
                    || scalar.value == 0x2028 || scalar.value == 0x2029
            }
            guard text.unicodeScalars.contains(where: isControl) else { return text }
            var escaped = String.UnicodeScalarView()
            for scalar in text.unicodeScalars {
                guard isControl(scalar) else {
                    escaped.append(scalar)
                    continue
                }
                switch scalar {
                case "\n": escaped.append(contentsOf: #"\n"#.unicodeScalars)
                case "\r": escaped.append(contentsOf: #"\r"#.unicodeScalars)
                default:
                    escaped.append(
                        contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
                }
            }
            return String(escaped)
        }
    }
}
