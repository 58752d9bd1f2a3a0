/// A field that a CSV importer fills from one column, such as a demand observation's count.
public protocol CSVImportField: Hashable, Sendable, CaseIterable {
    /// Whether every file must have a column for this field.
    var isRequired: Bool { get }
    /// The header names recognised by default, most specific first; the first is the name
    /// messages use.
    var standardHeaderNames: [String] { get }
}

/// Which CSV column supplies each of an importer's fields, by header name.
///
/// Header names match loosely — ignoring case and everything but letters and digits, so
/// `Community code`, `community_code` and `COMMUNITY-CODE` are one name — and each field accepts
/// several names, tried in order; the first that a column carries wins. Columns no field claims
/// are ignored. Map your own headers onto the library's fields:
///
/// ```swift
/// var columns = CSVColumnMapping<DemandCSVImporter.Field>()
/// columns[.community] = ["LSOA21CD"]
/// columns[.count] = ["attendances"]
/// ```
public struct CSVColumnMapping<Field: CSVImportField>: Hashable, Sendable {
    private var names: [Field: [String]]

    /// The standard names for every field (each field's ``CSVImportField/standardHeaderNames``).
    public init() {
        names = Dictionary(uniqueKeysWithValues: Field.allCases.map { ($0, $0.standardHeaderNames) })
    }

    /// The header names that supply `field`, in order of preference. An empty list leaves an
    /// optional field unread (and makes a required one missing).
    public subscript(field: Field) -> [String] {
        get { names[field] ?? [] }
        set { names[field] = newValue }
    }

    /// The column position (zero-based) of each field found in `header`.
    ///
    /// - Parameters:
    ///   - header: The column names, as read.
    ///   - line: The header's line in the file, for locating issues.
    /// - Returns: A position for every field with a column; required fields always have one.
    /// - Throws: ``ValidationError`` listing every problem, each at the header line and the
    ///   column concerned: a required field with no column (``ValidationIssue/Problem/missing``,
    ///   named by its first accepted name), a name carried by two columns, or one column claimed
    ///   by two fields (``ValidationIssue/Problem/inconsistent(_:)``).
    public func columns(in header: [String], line: Int = 1) throws(ValidationError) -> [Field: Int] {
        let normalizedHeader = header.map(Self.normalized)
        var positions: [Field: Int] = [:]
        var claimedBy: [Int: Field] = [:]
        var issues: [ValidationIssue] = []
        for field in Field.allCases {
            let accepted = self[field]
            var found: Int?
            for name in accepted {
                let matches = normalizedHeader.indices.filter { normalizedHeader[$0] == Self.normalized(name) }
                guard let first = matches.first else { continue }
                if matches.count > 1 {
                    let numbers = matches.map { String($0 + 1) }
                    let list = numbers.dropLast().joined(separator: ", ") + " and " + (numbers.last ?? "")
                    issues.append(
                        ValidationIssue(
                            .inconsistent("columns \(list) have the same name"),
                            at: .csv(line: line, column: header[first])))
                }
                found = first
                break
            }
            guard let column = found else {
                if field.isRequired {
                    issues.append(ValidationIssue(.missing, at: .csv(line: line, column: accepted.first ?? "\(field)")))
                }
                continue
            }
            if let other = claimedBy[column] {
                issues.append(
                    ValidationIssue(
                        .inconsistent("the column supplies both \(other) and \(field)"),
                        at: .csv(line: line, column: header[column])))
                continue
            }
            claimedBy[column] = field
            positions[field] = column
        }
        guard issues.isEmpty else { throw ValidationError(issues: issues) }
        return positions
    }

    /// A header name reduced to lowercase letters and digits: the form names are compared in.
    public static func normalized(_ name: String) -> String {
        String(
            name.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }.map(
                Character.init))
    }
}
