import Foundation
import Testing

@testable import CommunityResilience

/// One regression test per defect found while fuzzing and hardening (see Fuzz/README.md). Each
/// names the target or check that found it and uses the reduced input, so that the defect cannot
/// come back unnoticed.
@Suite("Regressions from fuzzing and hardening")
struct FuzzFindingsTests {
    let base = PriceBase.financialYear(2023)

    // MARK: money-arithmetic

    /// money-arithmetic, crash-83054d18…: at amounts beyond 2⁵³ minor units the floating-point
    /// floors fell thousands of pence short, and the round-robin top-up then credited parts whose
    /// weight was zero.
    @Test("allocating a huge amount gives nothing to zero weights and conserves the total")
    func allocationOfHugeAmounts() throws {
        let amount = try Money(minorUnits: 73_469_881_286_353_086_201, .gbp, in: base)
        // The fuzzer's fifth weight was the subnormal 1.39610363657659e-309; one close to it.
        let weights = [1.0, 0, 9, 0, 3, Double.leastNormalMagnitude / 16, 0, 0, 0]
        let parts = try amount.allocated(proportionallyTo: weights)
        #expect(parts.reduce(Int128(0)) { $0 + $1.minorUnits } == amount.minorUnits)
        for (part, weight) in zip(parts, weights) where weight == 0 {
            #expect(part.isZero)
        }
        // The subnormal weight is about 1e-310 of the total: its exact share is far below a penny.
        #expect(parts[5].isZero)
    }

    /// The exact integer method: 99,999,999,999,999,999,999 pence (all nines, divisible by 3)
    /// split 1 : 2 is exactly a third and two thirds; the old floating-point shares were off by
    /// thousands of pence at this size.
    @Test("allocation is exact for whole-number weights, however large the amount")
    func allocationIsExact() throws {
        let amount = try Money(minorUnits: 99_999_999_999_999_999_999, .gbp, in: base)
        let parts = try amount.allocated(proportionallyTo: [1, 2]).map(\.minorUnits)
        #expect(parts == [33_333_333_333_333_333_333, 66_666_666_666_666_666_666])
        // Largest remainder by hand: 10p by 1:1:1 is 3.33…p each, floors 3 + 3 + 3 = 9, the spare
        // penny to the first of the equal remainders.
        let pence = try Money("0.10", .gbp, in: base).allocated(proportionallyTo: [1, 1, 1]).map(\.minorUnits)
        #expect(pence == [4, 3, 3])
        // Populations 1,500 and 154,500 sharing £1,000: 1,500/156,000 × 100,000p = 961.538…p →
        // 961p, and 99,038.461…p → 99,038p; the spare penny goes to the larger remainder (.538).
        let shared = try Money("1000.00", .gbp, in: base).allocated(proportionallyTo: [1_500, 154_500]).map(
            \.minorUnits)
        #expect(shared == [962, 99_038])
    }

    // MARK: community-json

    /// community-json, crash-f4045cda…: `DiscountSchedule`'s synthesised decoder accepted bands
    /// out of order (and, equally, no bands, a first band after year 0 or a rate of −100%), which
    /// its initialiser refuses.
    @Test("decoding a discount schedule checks it as the initialiser does")
    func discountScheduleDecoding() throws {
        let json =
            #"{"name": "bad", "bands": [{"firstYear": 0, "rate": 0.035}, {"firstYear": 252, "rate": 0.02}, {"firstYear": 201, "rate": 0.015}]}"#
        let error = try #require(throws: DecodingError.self) {
            try JSONDecoder().decode(DiscountSchedule.self, from: Data(json.utf8))
        }
        guard case .dataCorrupted(let context) = error, let underlying = context.underlyingError as? ValidationError
        else {
            Issue.record("expected a data-corrupted error carrying the validation error, got \(error)")
            return
        }
        #expect(underlying.issues.map(\.path) == ["bands[2].firstYear"])
        for bad in [
            #"{"name": "none", "bands": []}"#, #"{"name": "late", "bands": [{"firstYear": 1, "rate": 0.03}]}"#,
            #"{"name": "minus 100%", "bands": [{"firstYear": 0, "rate": -1}]}"#,
        ] {
            #expect(throws: DecodingError.self) {
                try JSONDecoder().decode(DiscountSchedule.self, from: Data(bad.utf8))
            }
        }
        let greenBook = try JSONEncoder().encode(DiscountSchedule.greenBook)
        #expect(try JSONDecoder().decode(DiscountSchedule.self, from: greenBook) == .greenBook)
    }

    /// The same hole in `ExchangeRate`: a rate of 0 or −1.17 decoded.
    @Test("decoding an exchange rate checks the rate")
    func exchangeRateDecoding() throws {
        for rate in ["0", "-1.17"] {
            let json = #"{"source": "GBP", "target": "EUR", "rate": \#(rate)}"#
            #expect(throws: DecodingError.self) { try JSONDecoder().decode(ExchangeRate.self, from: Data(json.utf8)) }
        }
        let valid = try JSONDecoder().decode(
            ExchangeRate.self, from: Data(#"{"source": "GBP", "target": "EUR", "rate": 1.17}"#.utf8))
        #expect(valid == (try ExchangeRate(from: .gbp, to: .eur, rate: 1.17)))
    }

    /// "2023-24" and "2023/24" are one price base: which index won depended on the process's
    /// hash seed, so the same file could rebase differently from one run to the next.
    @Test("a deflator series naming one year twice is refused, whichever spelling comes first")
    func deflatorSeriesDuplicateYears() throws {
        let json = #"{"source": "test", "indices": {"2023-24": 100, "2023/24": 200, "2024-25": 102}}"#
        let error = try #require(throws: DecodingError.self) {
            try JSONDecoder().decode(DeflatorSeries.self, from: Data(json.utf8))
        }
        guard case .dataCorrupted(let context) = error, let underlying = context.underlyingError as? ValidationError
        else {
            Issue.record("expected a data-corrupted error carrying the validation error, got \(error)")
            return
        }
        #expect(
            underlying.issues == [
                ValidationIssue(
                    .inconsistent("'2023-24' and '2023/24' both name the price base 2023-24"), at: "indices.2023/24")
            ])
    }

    /// "1" and "01" were both grade 1, the winner again depending on dictionary order.
    @Test("optimism-bias grades must be written 1 to 5")
    func optimismBiasGradeKeys() throws {
        let json = #"{"source": "t", "adjustments": {"1": 0, "01": 0.4, "2": 0.05, "3": 0.1, "4": 0.15, "5": 0.25}}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(OptimismBiasTable.self, from: Data(json.utf8)) }
        let encoded = try JSONEncoder().encode(OptimismBiasTable.gmca2014)
        #expect(try JSONDecoder().decode(OptimismBiasTable.self, from: encoded) == .gmca2014)
    }

    // MARK: Traps on caller-supplied values (review while writing the targets)

    @Test("year arithmetic at the edge of Int does not trap")
    func edgeYears() {
        #expect(PriceBase.financialYear(Int.max).description == "\(Int.max)-08")
        #expect(PriceBase.financialYear(2023).description == "2023-24")
        #expect(PriceBase.financialYear(1999).description == "1999-00")
        #expect(DiscountTiming.endOfYear.exponent(ofYear: Int.max) == Int.max)
        #expect(DiscountSchedule.greenBook.factor(forYear: Int.max) == 0)
        #expect(DiscountSchedule.greenBook.factor(forYear: -3) == 1)
    }

    /// `factor(forYear:)` used to build the whole array (`factors(count: year + 1)`): the same
    /// chained divisions, so the two must agree exactly.
    @Test("factor(forYear:) agrees exactly with factors(count:)")
    func factorAgreesWithFactors() throws {
        let factors = DiscountSchedule.greenBook.factors(count: 400)
        for year in 0..<400 {
            #expect(DiscountSchedule.greenBook.factor(forYear: year) == factors[year])
        }
        let flat = try DiscountSchedule.constant(0.035)
        // Up to 10,000 years the divisions are chained; beyond, one step of (1.035)^-n. Both agree
        // with the closed form to the rounding of 10,000 divisions (relative error < 1e-12).
        #expect(
            isApproximatelyEqual(
                flat.factor(forYear: 10_000), Foundation.pow(1.035, -10_000.0), relativeTolerance: 1e-9))
        #expect(
            isApproximatelyEqual(
                flat.factor(forYear: 20_000), Foundation.pow(1.035, -20_000.0), relativeTolerance: 1e-9))
        #expect(flat.factor(forYear: 30_000) == 0)  // 1.035^30000 ≈ 10^448 overflows, so D underflows to 0
    }

    /// A persistence of Int.max years made the appraisal build a window for every year up to 9999
    /// (each recomputing its drop-off, O(n²)) before reporting that the effect outlasts the
    /// appraisal; 200 such evidence items took minutes. Now no window beyond the horizon is built,
    /// and the same issue is reported at once.
    @Test("a persistence of Int.max years is reported quickly, as one running past the horizon")
    func endlessPersistence() throws {
        var scenario = try smallScenario()
        let item = scenario.evidence[0]
        scenario.evidence = (0..<200).map { index in
            var copy = item
            copy.id = OutcomeEvidence.ID("ev-\(index)")
            copy.persistence = Persistence(durationYears: Int.max, dropOff: Fraction(unchecked: 0.1))
            return copy
        }
        let started = ContinuousClock.now
        let error = try #require(throws: ValidationError.self) { try scenario.appraise(with: .example) }
        #expect(ContinuousClock.now - started < .seconds(2))
        #expect(error.issues.count == 200)
        // Effect year 11 (2033-34) is the first beyond the ten years 2023-24 … 2032-33.
        #expect(
            error.issues.first
                == ValidationIssue(
                    .inconsistent(
                        "the effect of 'ev-0' runs into 2033-34, beyond the appraisal period 2023-24 to 2032-33 (10 years)"
                    ),
                    at: "evidence[0].persistence.durationYears"))
        let persistence = Persistence(durationYears: nil, dropOff: try Fraction(0.1))
        #expect(persistence.remaining(inYear: Int.max) == 0)
        #expect(persistence.remaining(inYear: 3) == 0.9 * 0.9)
        #expect(Persistence.measuredPeriod.remaining(inYear: Int.max) == 1)
    }

    // MARK: demand-csv, unit-cost-csv

    /// demand-csv, on its seed field-counts.csv: a row with too few or too many fields was
    /// reported at `line 2` alone, the only row problem without a column, so a user could not
    /// tell which field was missing. Now it is located at the first field missing (named by the
    /// header) or the first beyond the header (numbered).
    @Test("a row with the wrong number of fields is located at the first field missing or extra")
    func fieldCountLocated() throws {
        let demand = try DemandCSVImporter().read(
            string: "community,service,month,count\nE01,ae,2024-01\nE01,ae,2024-01,1,extra\nE01,ae,2024-01,2\n")
        // Line 2 has 3 fields, so the 4th, "count", is the first missing; line 3 has a 5th field,
        // beyond the header's 4, so it is column 5. Line 4 is accepted.
        #expect(
            demand.issues == [
                ValidationIssue(
                    .inconsistent("the row has 3 fields, but the header has 4"), at: .csv(line: 2, column: "count")),
                ValidationIssue(
                    .inconsistent("the row has 5 fields, but the header has 4"), at: .csv(line: 3, columnNumber: 5)),
            ])
        #expect(demand.rowsRead == 3 && demand.rowsAccepted == 1)
        let header = "id,service,agency,amount,currency,price year,value type,cashable,grade,source\n"
        let costs = try UnitCostCSVImporter().read(string: header + "uc-1,ae,nhs\n")
        // 3 fields of 10: the 4th, "amount", is the first missing.
        #expect(
            costs.issues == [
                ValidationIssue(
                    .inconsistent("the row has 3 fields, but the header has 10"), at: .csv(line: 2, column: "amount"))
            ])
    }

    /// Found while writing the CSV catalogue: a CSV file saved as UTF-16 without a byte-order mark
    /// had its header matched (the zero bytes vanish when header names are compared) and then
    /// every row rejected with messages quoting zero bytes; with the mark, the header failed on
    /// byte 0xFF. Now either is one issue naming the encoding, at line 1, column 1.
    @Test("a CSV file in UTF-16 or UTF-32 is one issue naming the encoding")
    func foreignEncodings() throws {
        let text = "community,service,month,count\r\nE01,ae,2024-01,1\r\n"
        let cases: [([UInt8], String)] = [
            (
                [0xFF, 0xFE] + Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] },
                "UTF-16 (little-endian)"
            ),
            (Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, "UTF-16 (little-endian)"),
            (Array(text.utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }, "UTF-16 (big-endian)"),
            ([0xFF, 0xFE, 0x00, 0x00] + Array(text.utf8).flatMap { [$0, 0, 0, 0] }, "UTF-32 (little-endian)"),
        ]
        for (bytes, encoding) in cases {
            let expected = ValidationIssue(
                .unreadable("the file is \(encoding) text, not UTF-8; save it as UTF-8"),
                at: .csv(line: 1, columnNumber: 1))
            let error = try #require(throws: ValidationError.self) {
                try DemandCSVImporter().read(CSVReader(CSVDataInput(bytes: bytes, chunkSize: 3)))
            }
            #expect(error.issues == [expected])
            // Without a header only a byte-order mark tells (see the next test); then the reader
            // reports it once and reads nothing more.
            guard bytes.first == 0xFF else { continue }
            var reader = CSVReader(CSVDataInput(bytes: bytes), hasHeader: false)
            var issues: [ValidationIssue] = []
            var records = 0
            try reader.forEachRecord(
                onIssue: { issue throws(ValidationIssue) in issues.append(issue) },
                { _ throws(ValidationIssue) in records += 1 })
            #expect(issues == [expected] && records == 0)
        }
        // A UTF-8 byte-order mark is still simply skipped.
        let marked = try DemandCSVImporter().read(
            CSVReader(CSVDataInput(bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))))
        #expect(marked.isComplete && marked.rowsAccepted == 1)
    }

    /// csv-reader, crash-5cb4cd52…: records of one zero byte, written back by ``CSVWriter`` as
    /// `00 0A 00 0A …`, read again as "UTF-16 (big-endian)" text, because the zero-byte hint for
    /// UTF-16 applied to files without a header too. It now applies only to a header (whose names
    /// never hold zero bytes); a byte-order mark still tells either way.
    @Test("zero bytes in records without a header read back; in a header they show UTF-16")
    func zeroBytesWithoutHeader() throws {
        let records = [["\u{0}"], ["\u{0}"], ["\u{0}", "b"], ["1", "2"]]
        var writer = CSVWriter(lineEnding: .lf)
        writer.writeRecords(records)
        #expect(Array(writer.bytes.prefix(4)) == [0x00, 0x0A, 0x00, 0x0A])
        #expect(try CSVTable(data: writer.data, hasHeader: false).rows == records)
        // Zero, non-zero, zero, non-zero: the first two characters of UTF-16 (big-endian) text.
        let utf16 = ValidationIssue(
            .unreadable("the file is UTF-16 (big-endian) text, not UTF-8; save it as UTF-8"),
            at: .csv(line: 1, columnNumber: 1))
        #expect(throws: utf16) { try CSVTable(data: writer.data) }
        let marked = ValidationIssue(
            .unreadable("the file is UTF-16 (little-endian) text, not UTF-8; save it as UTF-8"),
            at: .csv(line: 1, columnNumber: 1))
        #expect(throws: marked) { try CSVTable(data: Data([0xFF, 0xFE, 0x61, 0x00]), hasHeader: false) }
    }

    /// csv-reader, on the catalogue's 100,000-byte lines: with a source handing over at most 7
    /// bytes per read, the reader parsed after every read and rescanned the unfinished record from
    /// its start each time, so one long record cost O(length²): 15 s for 100 KB under
    /// AddressSanitizer. The reader now fills its buffer before scanning again.
    @Test("a long record from a source that hands over one byte at a time is read in linear time")
    func longRecordFromSmallReads() throws {
        // One field of 300,000 bytes after a header: 300,000 single-byte reads. Before the fix
        // that was about 300,000 rescans of up to 300,000 bytes (4.5 × 10^10 byte steps).
        let field = String(repeating: "x", count: 300_000)
        let started = ContinuousClock.now
        var reader = CSVReader(CSVDataInput("name\n" + field + "\n", chunkSize: 1), bufferSize: 16)
        var lengths: [Int] = []
        try reader.forEachRecord { record throws(ValidationIssue) in lengths.append(record.withUTF8(at: 0) { $0.count })
        }
        #expect(lengths == [300_000])
        #expect(reader.header == ["name"])
        #expect(ContinuousClock.now - started < .seconds(5))
    }

    // MARK: Messages

    /// Found by the CSV catalogue (demand-unbalanced-quote.csv): a quote never closed was reported
    /// quoting the next 40 bytes of the file, line breaks and all, so the message ran over several
    /// lines; any CSV field holding a line break (a quoted count, a header name) did the same.
    /// Messages now write line breaks and other control characters as escapes; the case keeps the
    /// value exactly.
    @Test("messages stay on one line whatever the values hold")
    func lineBreaksInMessages() throws {
        let result = try DemandCSVImporter().read(
            string: "community,service,month,count\nE01,\"ae,2024-01,1\nE02,ae,2024-01,2\n")
        // From the quote to the end: 13 + 1 + 16 + 1 = 31 bytes, under the 40 quoted, so no "…".
        let value = "\"ae,2024-01,1\nE02,ae,2024-01,2\n"
        #expect(
            result.issues == [
                ValidationIssue(
                    .malformed(value, expected: "a closing quote before the end of the file"),
                    at: .csv(line: 2, column: "service"))
            ])
        #expect(
            result.issues.first?.description
                == #"line 2, column "service": '"ae,2024-01,1\nE02,ae,2024-01,2\n' is malformed: expected a closing quote before the end of the file"#
        )
        // A quoted count holding CR LF, under a header name holding LF, and a NUL.
        let count = try DemandCSVImporter().read(
            string: "community,service,month,\"co\nunt\"\nE01,ae,2024-01,\"4\r\n2\u{0}\"\n")
        #expect(count.issues.map(\.problem) == [.malformed("4\r\n2\u{0}", expected: "a number such as 41 or 2.5")])
        #expect(
            count.issues.first?.description
                == #"line 3, column "co\nunt": '4\r\n2\u{0}' is malformed: expected a number such as 41 or 2.5"#)
    }

    /// A 200,000-character currency code was quoted in full in the message.
    @Test("messages quote long values shortened, keeping the whole value in the case")
    func longValuesInMessages() {
        let code = String(repeating: "G", count: 200_000)
        let issue = ValidationIssue(.unknownCurrency(code), at: "unitCosts[0].amount.currency")
        #expect(
            issue.description
                == "unitCosts[0].amount.currency: '\(String(repeating: "G", count: 60))… (200000 characters)' is not an ISO 4217 currency code"
        )
        guard case .unknownCurrency(let kept) = issue.problem else { return }
        #expect(kept.count == 200_000)
    }

    /// An object member named "2021" printed as an array position, `population[2021]`.
    @Test("a member named with digits is a key in a path, not a position")
    func numericKeysInPaths() {
        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int?
            init(stringValue: String) {
                self.stringValue = stringValue
                intValue = Int(stringValue)
            }
            init(intValue: Int) {
                stringValue = "Index \(intValue)"
                self.intValue = intValue
            }
        }
        let path = FieldPath(codingPath: [
            Key(stringValue: "communities"), Key(intValue: 1), Key(stringValue: "population"), Key(stringValue: "2021"),
        ])
        #expect(path.description == "communities[1].population.2021")
    }
}
