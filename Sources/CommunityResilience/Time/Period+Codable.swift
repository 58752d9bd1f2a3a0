extension Period: LosslessStringConvertible, Codable {
    /// Parses any of the period forms.
    ///
    /// | text | period |
    /// |---|---|
    /// | `2024-03` | that month (ISO 8601-1:2019 §5.2.1.2) |
    /// | `2024-Q2` | that calendar quarter |
    /// | `2024` | that calendar year |
    /// | `2024-25` or `2024/25` | that UK financial year |
    /// | `A/B` | from the first month of `A` through the last month of `B`, where `A` and `B` are any of the forms above except `YYYY/YY` (ISO 8601-1:2019 §5.5.2 start/end interval, at month precision: `2023-04/2024-03`) |
    ///
    /// `YYYY-NN` with `NN` in 01…12 is always a month, as in ISO 8601, so "2011-12" is December
    /// 2011; write that financial year "2011/12" (or as the interval "2011-04/2012-03").
    /// - Parameter text: The text; at most 15 characters.
    /// - Throws: ``PeriodError/invalidPeriod(_:)`` for text of no form,
    ///   ``PeriodError/invalidFinancialYear(_:)`` for `YYYY/YY` whose years do not follow on,
    ///   ``PeriodError/endBeforeStart(first:last:)`` for an interval that runs backwards, and the
    ///   range errors of ``Month``, ``Quarter``, ``CalendarYear`` and ``FinancialYear``.
    public init(parsing text: String) throws(PeriodError) {
        guard let bytes = TimeText.ShortText(text.utf8) else { throw .invalidPeriod(text) }
        let slashCount = bytes.occurrences(of: TimeText.slash)
        if slashCount == 0 || Self.isFinancialYearSlashForm(bytes) {
            self = try Self.single(bytes, text: text)
            return
        }
        guard slashCount == 1, let slash = bytes.firstOffset(of: TimeText.slash) else { throw .invalidPeriod(text) }
        let start = try Self.single(TimeText.ShortText(bytes, 0..<slash), text: text)
        let end = try Self.single(TimeText.ShortText(bytes, (slash + 1)..<bytes.count), text: text)
        try self.init(from: start.first, through: end.last)
    }

    /// Parses a period form; `nil` where ``init(parsing:)`` throws.
    public init?(_ description: String) {
        guard let period = try? Period(parsing: description) else { return nil }
        self = period
    }

    /// The canonical text of the period, which ``init(parsing:)`` reads back to an equal value:
    /// - one month: `YYYY-MM` ("2024-03");
    /// - a calendar quarter: `YYYY-QN` ("2024-Q2");
    /// - January–December: `YYYY` ("2024");
    /// - April–March: `YYYY-YY` ("2024-25"), except where that text would be a month (the
    ///   financial years 2000-01 … 2011-12 of each century, whose second part is 01…12), which
    ///   are written `YYYY/YY` ("2011/12");
    /// - any other span: `first/last` ("2023-04/2024-06").
    ///
    /// Periods are equal when their months are, so however a period was written it prints in
    /// this one form: "2023-04/2024-03" reads back and prints as "2023-24".
    public var description: String {
        if first == last { return first.description }
        let count = monthCount
        let startMonth = first.month
        if count == 3, startMonth % 3 == 1 { return first.quarter.description }
        if count == 12, startMonth == 1 { return first.calendarYear.description }
        if count == 12, startMonth == 4 {
            let year = first.financialYear
            let endDigits = year.endYear % 100
            return (1...12).contains(endDigits)
                ? "\(year.startYear)/\(TimeText.twoDigits(endDigits))"
                : year.description
        }
        return "\(first)/\(last)"
    }

    /// Decodes any form ``init(parsing:)`` accepts.
    /// - Throws: `DecodingError.dataCorrupted` carrying the ``PeriodError`` description.
    public init(from decoder: any Decoder) throws {
        self = try TimeText.decode(from: decoder, expected: Period.expectedForms, placeholder: Period.placeholder) {
            (text) throws(PeriodError) in try Period(parsing: text)
        }
    }

    /// Encodes the canonical text, ``description``.
    public func encode(to encoder: any Encoder) throws {
        try TimeText.encode(description, to: encoder)
    }

    /// Whether `bytes` has the shape `YYYY/YY`, which is a financial year, not an interval.
    private static func isFinancialYearSlashForm(_ bytes: TimeText.ShortText) -> Bool {
        bytes.count == 7 && bytes[4] == TimeText.slash
    }

    /// Parses one non-interval form. `text` is the whole input, quoted in shape errors.
    private static func single(_ bytes: TimeText.ShortText, text: String) throws(PeriodError) -> Period {
        guard let year = bytes.number(0..<4) else { throw .invalidPeriod(text) }
        if bytes.count == 4 {
            return Period(try CalendarYear(year))
        }
        guard bytes.count == 7 else { throw .invalidPeriod(text) }
        if bytes[4] == TimeText.slash {
            guard let end = bytes.number(5..<7), end == (year + 1) % 100 else {
                throw .invalidFinancialYear(text)
            }
            return Period(try FinancialYear(startYear: year))
        }
        guard bytes[4] == TimeText.hyphen else { throw .invalidPeriod(text) }
        if bytes[5] == TimeText.letterQ {
            guard let quarter = bytes.number(6..<7) else { throw .invalidPeriod(text) }
            return Period(try Quarter(year: year, quarter: quarter))
        }
        guard let number = bytes.number(5..<7) else { throw .invalidPeriod(text) }
        if (1...12).contains(number) {
            return Period(try Month(year: year, month: number))
        }
        guard number == (year + 1) % 100 else { throw .invalidPeriod(text) }
        return Period(try FinancialYear(startYear: year))
    }
}
