import CommunityResilience
import Testing

/// Random short strings over the characters the forms use: every parser either throws a
/// `PeriodError` or returns a value whose text reads back to an equal value. A trap fails the
/// run; a value that does not round-trip fails an expectation and prints its input.
@Suite("Parsing random text")
struct TimeParsingPropertyTests {
    /// SplitMix64 (Steele, Lea & Flood, "Fast splittable pseudorandom number generators", 2014),
    /// seeded so any failure replays.
    struct SplitMix64: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let alphabet = Array("0123456789012345678912-/Q")

    /// Strings shaped like the forms often enough to hit the valid branches: lengths 0…16, with
    /// a bias to 4, 7 and 15 characters and to a leading year 18xx–20xx.
    static func sample(using generator: inout SplitMix64) -> String {
        let lengths = [4, 7, 7, 15, 15, Int.random(in: 0...16, using: &generator)]
        let length = lengths.randomElement(using: &generator) ?? 7
        var characters = (0..<length).map { _ in alphabet.randomElement(using: &generator) ?? "0" }
        if length >= 4, Bool.random(using: &generator) {
            characters.replaceSubrange(0..<2, with: ["18", "19", "20"].randomElement(using: &generator) ?? "20")
        }
        return String(characters)
    }

    @Test("parsers never trap and accepted text round-trips", arguments: [UInt64(1), 2, 3, 4])
    func roundTrip(seed: UInt64) {
        var generator = SplitMix64(state: seed)
        var accepted = 0
        for _ in 0..<20_000 {
            let text = Self.sample(using: &generator)
            if let period = try? Period(parsing: text) {
                accepted += 1
                #expect(Period(period.description) == period, "input \(text)")
            }
            if let month = try? Month(parsing: text) { #expect(month.description == text, "input \(text)") }
            if let quarter = try? Quarter(parsing: text) { #expect(quarter.description == text, "input \(text)") }
            if let year = try? CalendarYear(parsing: text) { #expect(year.description == text, "input \(text)") }
            if let year = try? FinancialYear(parsing: text) {
                #expect(FinancialYear(year.description) == year, "input \(text)")
            }
        }
        // The sampler must reach the valid branches, or the round-trip checks above check nothing.
        #expect(accepted > 1_000)  // about 2,200 of 20,000 with these seeds
    }
}
