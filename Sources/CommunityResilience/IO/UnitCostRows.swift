import Foundation

/// The rules behind ``UnitCostCSVImporter``: turns each record into a ``UnitCost`` or reports
/// every bad field in it.
struct UnitCostRows {
    typealias Field = UnitCostCSVImporter.Field

    let positions: [Field: Int]
    let fieldCount: Int
    let defaultCurrency: Currency
    var log: CSVIssueLog
    var rowsRead = 0
    var unitCosts: [UnitCost] = []
    private var seen: Set<UnitCost.ID> = []

    init(positions: [Field: Int], fieldCount: Int, defaultCurrency: Currency, options: CSVImportOptions) {
        self.positions = positions
        self.fieldCount = fieldCount
        self.defaultCurrency = defaultCurrency
        log = CSVIssueLog(options)
    }

    /// A record the reader could not parse: counted and reported.
    mutating func reject(_ issue: ValidationIssue) throws(ValidationIssue) {
        rowsRead += 1
        try log.record(issue)
    }

    /// Checks one record and keeps its unit cost, or reports every problem in it.
    mutating func read(_ record: borrowing CSVRecord) throws(ValidationIssue) {
        rowsRead += 1
        guard record.count == fieldCount else {
            // Located at the first field missing or the first beyond the header.
            try log.record(
                record.issue(
                    .inconsistent("the row has \(record.count) fields, but the header has \(fieldCount)"),
                    at: min(record.count, fieldCount)))
            return
        }
        var problems: [ValidationIssue] = []
        func required(_ field: Field) -> String? {
            let text = text(record, field)
            if text.isEmpty { problems.append(record.issue(.missing, at: position(field))) }
            return text.isEmpty ? nil : text
        }
        func parsed<Value>(_ field: Field, _ parse: (String) throws(ValidationIssue) -> Value) -> Value? {
            guard let text = required(field) else { return nil }
            do {
                return try parse(text)
            } catch {
                problems.append(error.located(under: record.path(at: position(field))))
                return nil
            }
        }

        let id = required(.id).map { UnitCost.ID($0) }
        if let id, seen.contains(id) {
            problems.append(record.issue(.duplicateIdentifier(id.rawValue), at: position(.id)))
        }
        let service = required(.service)
        let agency = required(.agency)
        let currency: Currency? =
            positions[.currency] == nil
            ? defaultCurrency
            : parsed(.currency) { text throws(ValidationIssue) in
                try Currency(code: text)
            }
        let priceBase = parsed(.priceBase) { text throws(ValidationIssue) in try PriceBase(parsing: text) }
        // With the currency or price base unknown, the amount's text is still checked (against
        // two decimal places) so that its own problem is reported too.
        let amount = parsed(.amount) { text throws(ValidationIssue) in
            try Money(text, currency ?? .gbp, in: priceBase ?? .calendarYear(2000))
        }
        if let amount, amount.isNegative {
            problems.append(record.issue(.negative(text(record, .amount)), at: position(.amount)))
        }
        let valueType = parsed(.valueType) { text throws(ValidationIssue) in try Self.valueType(text) }
        let cashable = parsed(.cashable) { text throws(ValidationIssue) in try Self.cashable(text) }
        let grade = parsed(.grade) { text throws(ValidationIssue) in try Self.grade(text) }
        let source = text(record, .source)

        guard problems.isEmpty, let id, let service, let agency, currency != nil, priceBase != nil, let amount,
            let valueType, let cashable, let grade
        else {
            for problem in problems { try log.record(problem) }
            return
        }
        seen.insert(id)
        unitCosts.append(
            UnitCost(
                id: id, service: Service.ID(service), amount: amount, valueType: valueType, isCashable: cashable,
                agency: Agency.ID(agency), source: source, grade: grade))
    }

    /// The column of `field`; required fields always have one once the header is accepted, and
    /// an absent optional one reads as an empty field.
    private func position(_ field: Field) -> Int { positions[field] ?? -1 }

    /// The field's text without surrounding whitespace; empty when absent.
    private func text(_ record: borrowing CSVRecord, _ field: Field) -> String {
        (record.string(at: position(field)) ?? "").trimmingCharacters(in: .whitespaces)
    }

    static func valueType(_ text: String) throws(ValidationIssue) -> ValueType {
        guard let value = ValueType(rawValue: text.lowercased()) else {
            throw ValidationIssue(.malformed(text, expected: "one of fiscal, economic, social"))
        }
        return value
    }

    static func cashable(_ text: String) throws(ValidationIssue) -> Bool {
        switch text.lowercased() {
        case "yes", "y", "true", "1", "cashable": return true
        case "no", "n", "false", "0", "non-cashable", "noncashable", "not cashable": return false
        default:
            throw ValidationIssue(.malformed(text, expected: "yes or no (also true/false, 1/0, cashable/non-cashable)"))
        }
    }

    static func grade(_ text: String) throws(ValidationIssue) -> ConfidenceGrade {
        guard let number = Int(text) else {
            throw ValidationIssue(.malformed(text, expected: "a confidence grade from 1 (best) to 5"))
        }
        return try ConfidenceGrade(number)
    }
}
