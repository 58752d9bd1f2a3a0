import Foundation
import Testing

@testable import CommunityResilience

/// The byte-level identifier table behind the demand import: one code per distinct byte string,
/// whatever its length, however similar the keys.
@Suite("Identifier interner")
struct IdentifierInternerTests {
    func code(_ interner: inout IdentifierInterner<Community>, _ key: [UInt8]) throws -> Int32 {
        try key.withUnsafeBufferPointer { (buffer) throws(ValidationIssue) in try interner.code(for: buffer) }
    }

    @Test("keys of every length up to 40 bytes, differing in any one byte, get distinct codes")
    func distinctKeys() throws {
        var interner = IdentifierInterner<Community>()
        var expected: [[UInt8]: Int32] = [:]
        // For each length, a base key and one variant per position: the summary of short keys
        // overlaps its loads, and long keys differ only beyond the first 16 bytes.
        for length in 0...40 {
            let base = (0..<length).map { UInt8(ascii: "a") + UInt8($0 % 26) }
            var keys = [base]
            for position in 0..<length {
                var variant = base
                variant[position] = UInt8(ascii: "Z")
                keys.append(variant)
            }
            for key in keys where expected[key] == nil {
                expected[key] = Int32(expected.count)
                #expect(try code(&interner, key) == expected[key])
            }
        }
        // Asked again, in another order (past the last-key cache), every key keeps its code.
        for (key, wanted) in expected.sorted(by: { $0.value > $1.value }) {
            #expect(try code(&interner, key) == wanted)
        }
        #expect(interner.count == expected.count)
        #expect(interner.identifiers[Int(expected[Array("abc".utf8)] ?? 0)] == "abc")
    }

    @Test("canonically equivalent spellings share a panel code after import")
    func canonicalEquivalence() throws {
        // "Café" precomposed (U+00E9) and decomposed (e + U+0301): different bytes, equal Strings.
        let text = "community,service,month,count\nCaf\u{E9},ae,2024-01,1\nCafe\u{301},ae,2024-01,2\n"
        let panel = try DemandCSVImporter(parallelism: 1, repeatedRows: .keep).read(string: text).get()
        #expect(panel.communities.count == 1)
        #expect(panel.communityCodes == [0, 0])
        // So by default the second row repeats the first's community, service and month.
        let rejecting = try DemandCSVImporter(parallelism: 1).read(string: text)
        #expect(
            rejecting.issues.map(\.description) == ["line 3: identifier 'Café, ae, 2024-01' is used more than once"])
    }
}
