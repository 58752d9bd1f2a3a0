/// Checks that bytes are well-formed UTF-8, without decoding them into a `String`.
///
/// The rule is the Unicode Standard's (version 15, §3.9, Table 3-7 "Well-Formed UTF-8 Byte
/// Sequences"): no overlong forms (C0, C1, E0 80…9F, F0 80…8F), no surrogates (ED A0…BF), nothing
/// above U+10FFFF (F4 90… and F5…FF), and no stray continuation bytes.
enum UTF8Validation {
    /// The offset of the first byte of the first ill-formed sequence in `[from, to)`, or `nil`
    /// when every byte there belongs to a well-formed sequence.
    /// - Complexity: O(to − from).
    static func firstInvalidOffset(in base: UnsafePointer<UInt8>, from: Int, to: Int) -> Int? {
        var p = from
        while p < to {
            let lead = base[p]
            if lead < 0x80 {
                p += 1
                continue
            }
            // The allowed range of the second byte depends on the lead (Table 3-7); the others
            // are always 80…BF.
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0:
                length = 3
                low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED:
                length = 3
                high = 0x9F
            case 0xF0:
                length = 4
                low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4:
                length = 4
                high = 0x8F
            default: return p
            }
            guard to - p >= length, (low...high).contains(base[p + 1]) else { return p }
            for offset in 2..<length where base[p + offset] & 0xC0 != 0x80 {
                return p
            }
            p += length
        }
        return nil
    }
}
