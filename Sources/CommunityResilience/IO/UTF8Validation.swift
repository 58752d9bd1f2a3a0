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

extension UTF8Validation {
    /// The encoding that the first bytes of a text file show it to be in when it is UTF-16 or
    /// UTF-32 rather than UTF-8: named by a byte-order mark, or (with `byZeroBytes`) by the zero
    /// bytes such text has among its first four bytes when it starts with ASCII (the detection of
    /// RFC 4627 §3); `nil` for anything else.
    ///
    /// A byte-order mark is certain (bytes FE and FF never occur in UTF-8); the zero bytes are
    /// only a strong hint, since UTF-8 text may hold zero bytes too.
    ///
    /// - Parameters:
    ///   - bytes: The file's first bytes (at most four are looked at; fewer when the file is
    ///     shorter).
    ///   - byZeroBytes: Whether to go by zero bytes as well as by a byte-order mark.
    /// - Returns: A name such as "UTF-16 (little-endian)", for a message.
    static func foreignEncoding(ofPrefix bytes: some Collection<UInt8>, byZeroBytes: Bool = true) -> String? {
        let prefix = Array(bytes.prefix(4))
        if prefix.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return "UTF-32 (big-endian)" }
        if prefix.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return "UTF-32 (little-endian)" }
        if prefix.starts(with: [0xFE, 0xFF]) { return "UTF-16 (big-endian)" }
        if prefix.starts(with: [0xFF, 0xFE]) { return "UTF-16 (little-endian)" }
        guard byZeroBytes else { return nil }
        guard prefix.count == 4 else {
            if prefix.count >= 2, prefix[0] == 0 { return "UTF-16 (big-endian)" }
            if prefix.count >= 2, prefix[1] == 0 { return "UTF-16 (little-endian)" }
            return nil
        }
        switch (prefix[0] == 0, prefix[1] == 0, prefix[2] == 0, prefix[3] == 0) {
        case (true, true, true, false): return "UTF-32 (big-endian)"
        case (false, true, true, true): return "UTF-32 (little-endian)"
        case (true, false, true, false): return "UTF-16 (big-endian)"
        case (false, true, false, true): return "UTF-16 (little-endian)"
        default: return nil
        }
    }
}
