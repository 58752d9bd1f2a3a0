import Foundation

/// Reads a unit-cost table — one row per unit cost, as in the GMCA (New Economy) Unit Cost
/// Database — from CSV into ``UnitCost`` values.
///
/// ```swift
/// let result = try UnitCostCSVImporter().read(contentsOf: URL(filePath: "unit-costs.csv"))
/// for issue in result.issues { print(issue) }   // line 4, column "grade": 7 is outside 1…5
/// scenario.unitCosts += result.value
/// ```
///
/// Columns are found by header name (see ``Field``; map your own with ``CSVColumnMapping``). Every
/// row is checked field by field and every problem reported, located at its line and column:
/// - `id`, `service` and `agency` are not blank, and ids are unique within the file;
/// - `amount` is an exact decimal with at most the currency's minor-unit digits (`109.00`; no
///   thousands separators or symbols) and not negative, in `currency` (an ISO 4217 code; GBP when
///   the file has no currency column) and `price year` (`2024` for calendar-year prices, `2023-24`
///   or `2023/24` for a UK financial year — ``PriceBase/init(parsing:)``);
/// - `value type` is fiscal, economic or social (GMCA / HM Treasury 2014 CBA guidance);
/// - `cashable` is yes/no, true/false, y/n, 1/0, or cashable / non-cashable;
/// - `grade` is a confidence grade 1…5 (GMCA CBA model).
///
/// Text may have spaces around it; letter case does not matter in value types and cashability.
/// References to services and agencies are checked later, by ``Scenario/validate()``.
public struct UnitCostCSVImporter: Hashable, Sendable {
    /// The fields of a unit cost and the header names recognised for each (compared ignoring
    /// case, spaces and punctuation).
    public enum Field: String, CSVImportField {
        /// Required: `id`, `unit cost id`, `name`.
        case id
        /// Required: `service`, `service id`.
        case service
        /// Required: `agency`, `agency id`, `bearer`, `cost bearer`.
        case agency
        /// Required: `amount`, `unit cost`, `cost`.
        case amount
        /// Optional (GBP when absent): `currency`.
        case currency
        /// Required: `price year`, `price base`, `prices`.
        case priceBase
        /// Required: `value type`, `type`.
        case valueType
        /// Required: `cashable`, `is cashable`.
        case cashable
        /// Required: `grade`, `confidence grade`, `confidence`.
        case grade
        /// Required: `source`.
        case source

        /// Whether a file must have the column: all but the currency.
        public var isRequired: Bool { self != .currency }

        /// The names recognised by default, most specific first.
        public var standardHeaderNames: [String] {
            switch self {
            case .id: return ["id", "unit cost id", "name"]
            case .service: return ["service", "service id"]
            case .agency: return ["agency", "agency id", "bearer", "cost bearer"]
            case .amount: return ["amount", "unit cost", "cost"]
            case .currency: return ["currency"]
            case .priceBase: return ["price year", "price base", "prices"]
            case .valueType: return ["value type", "type"]
            case .cashable: return ["cashable", "is cashable"]
            case .grade: return ["grade", "confidence grade", "confidence"]
            case .source: return ["source"]
            }
        }
    }

    /// Which column supplies each field.
    public var columns: CSVColumnMapping<Field>
    /// Stop at the first bad row or collect every problem.
    public var options: CSVImportOptions
    /// The currency of every amount when the file has no currency column.
    public var defaultCurrency: Currency

    /// An importer.
    /// - Parameters:
    ///   - columns: The header names for each field; the standard names by default.
    ///   - options: Collect every problem (the default) or stop at the first.
    ///   - defaultCurrency: The currency when the file has no currency column; pounds sterling.
    public init(
        columns: CSVColumnMapping<Field> = CSVColumnMapping(), options: CSVImportOptions = .collectAllIssues,
        defaultCurrency: Currency = .gbp
    ) {
        self.columns = columns
        self.options = options
        self.defaultCurrency = defaultCurrency
    }

    /// Reads every record of `reader` (which must expect a header) into unit costs, in file order.
    ///
    /// - Parameter reader: A reader positioned at the start of the file (its header unread).
    /// - Returns: The accepted unit costs, the counts of rows read and accepted, and every issue.
    /// - Throws: ``ValidationError`` when the header lacks a required column (every missing one is
    ///   named), the input is empty or fails, or — with ``CSVImportOptions/stopAtFirstIssue`` —
    ///   at the first bad row.
    public func read(_ reader: consuming CSVReader) throws(ValidationError) -> CSVImportResult<[UnitCost]> {
        let header: [String]
        do {
            header = try reader.readHeader()
        } catch {
            throw ValidationError(error)
        }
        guard !header.isEmpty else {
            throw ValidationError(
                ValidationIssue(.unreadable("the file is empty: expected a header naming the columns")))
        }
        let positions = try columns.columns(in: header, line: reader.headerLine)
        var rows = UnitCostRows(
            positions: positions, fieldCount: header.count, defaultCurrency: defaultCurrency, options: options)
        do {
            try reader.forEachRecord(
                onIssue: { issue throws(ValidationIssue) in try rows.reject(issue) },
                { record throws(ValidationIssue) in try rows.read(record) })
        } catch {
            throw ValidationError(issues: rows.log.issues + [error])
        }
        return CSVImportResult(
            value: rows.unitCosts, rowsRead: rows.rowsRead, rowsAccepted: rows.unitCosts.count,
            issues: rows.log.issues, unlistedIssueCount: rows.log.unlisted)
    }

    /// Reads the CSV file at `url` (see ``read(_:)``).
    /// - Parameter url: A file URL.
    /// - Returns: As ``read(_:)``.
    /// - Throws: ``ValidationError`` as ``read(_:)`` does, or when the file cannot be opened.
    public func read(contentsOf url: URL) throws(ValidationError) -> CSVImportResult<[UnitCost]> {
        let reader: CSVReader
        do {
            reader = try CSVReader(contentsOf: url)
        } catch {
            throw ValidationError(error)
        }
        return try read(reader)
    }

    /// Reads CSV text held in a string (see ``read(_:)``).
    /// - Parameter text: The whole file.
    /// - Returns: As ``read(_:)``.
    /// - Throws: ``ValidationError`` as ``read(_:)`` does.
    public func read(string text: String) throws(ValidationError) -> CSVImportResult<[UnitCost]> {
        try read(CSVReader(string: text))
    }
}
