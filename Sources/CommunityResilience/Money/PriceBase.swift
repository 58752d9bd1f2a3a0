import Foundation

/// The year whose prices an amount is expressed in: "2023-24 prices" or "2024 prices".
///
/// HM Treasury Green Book (2022) §5.9 and A3: appraisals are carried out in *real* terms, in the
/// prices of one base year. UK unit-cost sources mostly quote financial-year prices (the GMCA Unit
/// Cost Database, the NHS National Cost Collection), while some use calendar years; both are
/// supported, and amounts in different price bases never add up without an explicit
/// ``Money/rebased(to:using:)`` through a ``DeflatorSeries``.
public enum PriceBase: Hashable, Sendable, CustomStringConvertible {
    /// Prices of a calendar year, e.g. `2024`.
    case calendarYear(Int)
    /// Prices of a UK financial year (1 April – 31 March) named by the year it starts in:
    /// `.financialYear(2023)` is 2023-24.
    case financialYear(Int)

    /// The year the price base starts in.
    public var startYear: Int {
        switch self {
        case .calendarYear(let year), .financialYear(let year): return year
        }
    }

    /// `2024` or `2023-24`.
    public var description: String {
        switch self {
        case .calendarYear(let year):
            return String(year)
        case .financialYear(let year):
            // (year + 1) mod 100 without forming year + 1, which overflows for Int.max.
            let next = (year % 100 + 1) % 100
            return "\(year)-\(next >= 0 && next < 10 ? "0" : "")\(next)"
        }
    }

    /// Parses `"2024"` (calendar year) or `"2023-24"` / `"2023/24"` (financial year).
    ///
    /// - Throws: ``ValidationIssue`` with ``ValidationIssue/Problem/malformed(_:expected:)``.
    public init(parsing text: String) throws(ValidationIssue) {
        let expected = "a calendar year such as 2024 or a financial year such as 2023-24"
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let year = Int(trimmed), PriceBase.years.contains(year) {
            self = .calendarYear(year)
            return
        }
        let parts = trimmed.split(whereSeparator: { $0 == "-" || $0 == "/" }).map(String.init)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
            let start = Int(parts[0]), let end = Int(parts[1]),
            PriceBase.years.contains(start), end == (start + 1) % 100
        else {
            throw ValidationIssue(.malformed(text, expected: expected))
        }
        self = .financialYear(start)
    }

    /// Years accepted when parsing: wide enough for any appraisal, narrow enough that year
    /// arithmetic can never overflow.
    static let years = 1800...9999
}

extension PriceBase: Codable {
    /// Decodes `2024` (a JSON number: calendar year) or a string accepted by ``init(parsing:)``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text: String
        if let year = try? container.decode(Int.self) {
            text = String(year)
        } else {
            text = try container.decode(String.self)
        }
        do {
            try self.init(parsing: text)
        } catch {
            self = try decoder.recover(from: error, placeholder: .calendarYear(2000))
        }
    }

    /// Encodes as the string form, `"2024"` or `"2023-24"`, so that the two kinds stay distinct.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
