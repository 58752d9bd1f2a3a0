import Foundation

/// One fuzz target: a decoder of outside input and the properties its results must have.
///
/// A target is a function of the raw bytes libFuzzer (or the replay driver) hands it. It must
/// never trap on its own account: a thrown, typed error is the *expected* answer to bad input.
/// What it checks instead are the properties every successful decode must have — the value
/// re-encodes and decodes to an equal value, a decoded scenario validates, appraises and reports
/// without trapping — and it calls ``FuzzCheck/fail(_:)`` (which aborts, so that libFuzzer saves
/// the input) when one does not hold.
///
/// Adding a target is one more file with a `static let` of this type and one line in
/// ``FuzzTarget/all``.
struct FuzzTarget: Sendable {
    /// The name used on the command line and for the seed folder `Fuzz/Seeds/<name>`.
    let name: String
    /// One line saying what is fuzzed.
    let summary: String
    /// Runs one input.
    let run: @Sendable (Data) -> Void

    /// Every target, in the order `.ci/fuzz` runs them.
    static let all: [FuzzTarget] = [
        .scenarioJSON, .appraisalSettings, .deflatorSeries,
        .period, .month, .quarter, .calendarYear, .financialYear,
        .priceBase, .moneyText, .moneyArithmetic, .gssCode, .currency, .communityRecords,
        .csvReader, .demandCSV, .unitCostCSV,
    ]

    /// The target called `name`, if any.
    static func named(_ name: String) -> FuzzTarget? {
        all.first { $0.name == name }
    }
}

/// The failure channel of the targets: a property that does not hold is a defect to fix.
enum FuzzCheck {
    /// Prints `message` to standard error and aborts, so that libFuzzer records the input as a
    /// crash (and the replay driver stops with a non-zero status).
    static func fail(_ message: @autoclosure () -> String, file: StaticString = #fileID, line: UInt = #line) -> Never {
        FileHandle.standardError.write(Data("\nFUZZ PROPERTY FAILED at \(file):\(line): \(message())\n".utf8))
        abort()
    }

    /// Fails unless `condition` holds.
    static func require(
        _ condition: Bool, _ message: @autoclosure () -> String, file: StaticString = #fileID, line: UInt = #line
    ) {
        if !condition { fail(message(), file: file, line: line) }
    }

    /// The value encoded with the library's JSON conventions (sorted keys, so equal values give
    /// equal bytes), failing if an encoder that accepted the value on the way in refuses it.
    static func encoded<Value: Encodable>(_ value: Value, what: String) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return try encoder.encode(value)
        } catch {
            fail("\(what) decoded but does not encode: \(error)")
        }
    }

    /// Checks that `value` survives a JSON round trip: it encodes, the bytes decode, and the
    /// result equals `value`.
    static func requireJSONRoundTrip<Value: Codable & Equatable>(_ value: Value, what: String) {
        let data = encoded(value, what: what)
        let decoded: Value
        do {
            decoded = try JSONDecoder().decode(Value.self, from: data)
        } catch {
            fail("\(what) re-encoded as \(String(decoding: data, as: UTF8.self)) does not decode: \(error)")
        }
        require(decoded == value, "\(what) changes in a JSON round trip: \(value) became \(decoded)")
    }
}

/// Reads structured values from fuzz bytes, in the manner of LLVM's `FuzzedDataProvider`: each
/// read takes what it needs from the front and returns zero once the bytes run out, so every
/// input, however short, gives a well-defined sequence of values.
struct FuzzInput {
    private var bytes: Data.SubSequence

    init(_ data: Data) { bytes = data[...] }

    /// Whether every byte has been read.
    var isEmpty: Bool { bytes.isEmpty }

    mutating func byte() -> UInt8 {
        guard let first = bytes.first else { return 0 }
        bytes = bytes.dropFirst()
        return first
    }

    mutating func integer<Value: FixedWidthInteger>(_: Value.Type = Value.self) -> Value {
        var value = Value.zero
        for _ in 0..<(Value.bitWidth / 8) { value = value << 8 | Value(truncatingIfNeeded: byte()) }
        return value
    }

    /// A `Double` from eight bytes: any bit pattern, so NaN, infinities, subnormals and −0 all occur.
    mutating func double() -> Double { Double(bitPattern: integer(UInt64.self)) }

    /// An element of `choices` (which must not be empty).
    mutating func pick<Element>(_ choices: [Element]) -> Element {
        choices[Int(byte()) % choices.count]
    }

    /// A string of up to `limit` bytes, ended by a zero byte or the input's end (invalid UTF-8 is
    /// repaired, as `String(decoding:as:)` does for any text read from a file).
    mutating func string(limit: Int = 64) -> String {
        var text: [UInt8] = []
        while text.count < limit, let first = bytes.first {
            bytes = bytes.dropFirst()
            if first == 0 { break }
            text.append(first)
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// Whatever bytes are left.
    mutating func rest() -> Data {
        defer { bytes = bytes.suffix(0) }
        return Data(bytes)
    }
}
