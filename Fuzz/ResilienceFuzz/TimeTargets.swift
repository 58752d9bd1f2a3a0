import CommunityResilience
import Foundation

/// The text parsers of the time types. Each target reads the input as UTF-8 text (repairing
/// invalid bytes as any reader of a file would) and checks that whatever parses prints in its
/// canonical form, which parses back to an equal value, and survives a JSON round trip.
extension FuzzTarget {
    /// `Period(parsing:)`: months, quarters, years, financial years and intervals.
    static let period = FuzzTarget(name: "period", summary: "Period(parsing:) and its canonical text") { data in
        let text = String(decoding: data, as: UTF8.self)
        guard let period = try? Period(parsing: text) else {
            FuzzCheck.require(Period(text) == nil, "Period(_:) accepts '\(text)', which Period(parsing:) rejects")
            return
        }
        FuzzCheck.require(period.first <= period.last, "Period(parsing: '\(text)') runs backwards: \(period)")
        requireCanonical(period, text: text, parse: { (text) throws(PeriodError) in try Period(parsing: text) })
        FuzzCheck.require(period.description.utf8.count <= 15, "\(period) prints longer than 15 characters")
        // A financial year written with a slash is the same twelve months as FinancialYear reads.
        if text.utf8.count == 7, Array(text.utf8)[4] == UInt8(ascii: "/"), let year = try? FinancialYear(parsing: text)
        {
            FuzzCheck.require(
                Period(year) == period, "'\(text)' is \(period) as a period but \(year) as a financial year")
        }
    }

    /// `Month(parsing:)`, and the byte and buffer parsers a CSV reader uses, which must agree with it.
    static let month = FuzzTarget(name: "month", summary: "Month(parsing:), Month(utf8:) and their agreement") { data in
        let text = String(decoding: data, as: UTF8.self)
        let parsed = Result { () throws(PeriodError) in try Month(parsing: text) }
        let bytes = Array(data)
        let fromBytes = Result { () throws(PeriodError) in try Month(utf8: bytes) }
        let fromBuffer = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(PeriodError) in try Month(utf8: buffer) }
        }
        FuzzCheck.require(
            fromBytes == fromBuffer, "Month(utf8:) disagrees between a collection and a buffer for \(bytes)")
        if String(validating: data, as: UTF8.self) != nil {
            FuzzCheck.require(
                parsed == fromBytes, "Month(parsing:) \(parsed) and Month(utf8:) \(fromBytes) disagree on '\(text)'")
        } else {
            FuzzCheck.require((try? fromBytes.get()) == nil, "Month(utf8:) accepts invalid UTF-8 \(bytes)")
        }
        guard case .success(let month) = parsed else { return }
        requireCanonical(month, text: text, parse: { (text) throws(PeriodError) in try Month(parsing: text) })
        FuzzCheck.require((try? Month(index: month.index)) == month, "Month(index:) does not invert \(month).index")
        FuzzCheck.require(
            (try? Month(year: month.year, month: month.month)) == month, "\(month) is not Month(year:month:)")
        FuzzCheck.require((try? Period(parsing: text)) == Period(month), "'\(text)' is a month but another period")
    }

    /// `Quarter(parsing:)`.
    static let quarter = FuzzTarget(name: "quarter", summary: "Quarter(parsing:) and its canonical text") { data in
        let text = String(decoding: data, as: UTF8.self)
        guard let quarter = try? Quarter(parsing: text) else { return }
        requireCanonical(quarter, text: text, parse: { (text) throws(PeriodError) in try Quarter(parsing: text) })
        FuzzCheck.require(quarter.months.count == 3, "\(quarter) does not have three months")
    }

    /// `CalendarYear(parsing:)`.
    static let calendarYear = FuzzTarget(
        name: "calendar-year", summary: "CalendarYear(parsing:) and its canonical text"
    ) { data in
        let text = String(decoding: data, as: UTF8.self)
        guard let year = try? CalendarYear(parsing: text) else { return }
        requireCanonical(year, text: text, parse: { (text) throws(PeriodError) in try CalendarYear(parsing: text) })
    }

    /// `FinancialYear(parsing:)`: `YYYY-YY` and `YYYY/YY`.
    static let financialYear = FuzzTarget(
        name: "financial-year", summary: "FinancialYear(parsing:) and its canonical text"
    ) { data in
        let text = String(decoding: data, as: UTF8.self)
        guard let year = try? FinancialYear(parsing: text) else {
            FuzzCheck.require(
                FinancialYear(text) == nil, "FinancialYear(_:) accepts '\(text)', which FinancialYear(parsing:) rejects"
            )
            return
        }
        requireCanonical(year, text: text, parse: { (text) throws(PeriodError) in try FinancialYear(parsing: text) })
        FuzzCheck.require(
            year.months.allSatisfy { $0.financialYear == year }, "a month of \(year) is in another financial year")
        FuzzCheck.require(year.endYear == year.startYear + 1, "\(year) does not end the year after it starts")
    }

    /// The value prints as text that parses back to it, and survives a JSON round trip.
    static func requireCanonical<Value: Codable & Equatable & CustomStringConvertible>(
        _ value: Value, text: String, parse: (String) throws(PeriodError) -> Value
    ) {
        let printed = value.description
        do {
            let reparsed = try parse(printed)
            FuzzCheck.require(
                reparsed == value, "'\(text)' parses to \(value), whose text '\(printed)' parses to \(reparsed)")
        } catch {
            FuzzCheck.fail("'\(text)' parses to a value whose text '\(printed)' does not parse: \(error)")
        }
        FuzzCheck.requireJSONRoundTrip(value, what: "\(Value.self) '\(text)'")
    }
}
