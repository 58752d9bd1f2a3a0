/// Turns identifiers read as UTF-8 bytes into dense local codes without making a `String` for
/// each occurrence: the dictionary encoding behind the fast CSV import of a ``DemandPanel``.
///
/// A national panel repeats each of its 33,755 LSOA codes hundreds of times. The interner finds a
/// byte string again through an open-addressing hash table (linear probing, load factor at most
/// ½) whose slots hold the first 16 bytes of their key inline, so a lookup of a short identifier
/// — a 9-byte GSS code, a service name — touches one slot and no other memory; longer keys are
/// also compared against a copy in an arena. The last identifier found is checked first, since
/// files sorted by area repeat the same one row after row. An ``Identifier`` is made once per
/// distinct byte string, when it is first seen.
///
/// Codes are local: 0, 1, 2 … in the order byte strings are first seen. The importer maps them
/// to a ``CodeTable`` in file order, where byte strings that are canonically equivalent Unicode
/// ("é" precomposed or not) share one code, as equal `String`s do.
struct IdentifierInterner<Entity> {
    /// A key's length and a summary of its bytes (see ``prefix(of:)``): enough to compare keys
    /// of up to 16 bytes without reading them again.
    private struct Prefix: Equatable {
        var low: UInt64
        var high: UInt64
        var length: Int
    }

    /// One slot of the hash table; `code` is −1 when empty.
    private struct Slot {
        var prefix = Prefix(low: 0, high: 0, length: 0)
        var code: Int32 = -1
    }

    /// The identifiers, indexed by local code.
    private(set) var identifiers: [Identifier<Entity>] = []
    /// Per code, where its bytes start in ``arena`` (only keys longer than 16 bytes need them).
    private var arenaStart: [Int] = []
    private var arena: [UInt8] = []
    private var slots = [Slot](repeating: Slot(), count: 64)
    private var last = Slot()

    /// The number of distinct identifiers.
    var count: Int { identifiers.count }

    /// The local code for the identifier spelled by `key`, adding it when new.
    ///
    /// - Throws: ``ValidationIssue`` with ``ValidationIssue/Problem/outOfRange(_:allowed:)`` when
    ///   there are already 2³¹ − 1 distinct identifiers.
    /// - Complexity: O(key length) expected.
    mutating func code(for key: UnsafeBufferPointer<UInt8>) throws(ValidationIssue) -> Int32 {
        let prefix = Self.prefix(of: key)
        if last.code >= 0, last.prefix == prefix, prefix.length <= 16 || tailMatches(last.code, key) {
            return last.code
        }
        let hash = Self.hash(prefix, key)
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: hash) & mask
        while true {
            let slot = slots[index]
            if slot.code < 0 { break }
            if slot.prefix == prefix, prefix.length <= 16 || tailMatches(slot.code, key) {
                last = slot
                return slot.code
            }
            index = (index + 1) & mask
        }
        guard identifiers.count < Int(Int32.max) else {
            throw ValidationIssue(.outOfRange("\(identifiers.count + 1) identifiers", allowed: "at most 2^31 − 1"))
        }
        let code = Int32(truncatingIfNeeded: identifiers.count)
        identifiers.append(Identifier(String(decoding: key, as: UTF8.self)))
        arenaStart.append(arena.count)
        if prefix.length > 16 { arena.append(contentsOf: key) }
        let slot = Slot(prefix: prefix, code: code)
        slots[index] = slot
        last = slot
        if 2 * identifiers.count > slots.count { rehash() }
        return code
    }

    /// Whether bytes 16… of `key` equal those of the identifier with `code` (whose first 16 bytes
    /// and length are known to match).
    private func tailMatches(_ code: Int32, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = arenaStart[Int(code)]
        guard start + key.count <= arena.count else { return false }
        for offset in 16..<key.count where arena[start + offset] != key[offset] { return false }
        return true
    }

    /// Doubles the slot table and re-inserts every key.
    private mutating func rehash() {
        var grown = [Slot](repeating: Slot(), count: 2 * slots.count)
        let mask = grown.count - 1
        for slot in slots where slot.code >= 0 {
            let code = Int(slot.code)
            let key: [UInt8] =
                slot.prefix.length > 16
                ? Array(arena[arenaStart[code]..<(arenaStart[code] + slot.prefix.length)]) : []
            var index = key.withUnsafeBufferPointer { Int(truncatingIfNeeded: Self.hash(slot.prefix, $0)) } & mask
            while grown[index].code >= 0 { index = (index + 1) & mask }
            grown[index] = slot
        }
        slots = grown
    }

    /// The key's length and a 16-byte summary of it; only the key's own bytes are read.
    ///
    /// For a key of up to 16 bytes the summary holds every byte, through loads that may overlap
    /// (bytes 0–7 and the last eight; or bytes 0–3 and the last four), so with the length it
    /// identifies the key exactly. A longer key's summary is its first 16 bytes.
    @inline(__always)
    private static func prefix(of key: UnsafeBufferPointer<UInt8>) -> Prefix {
        let count = key.count
        guard let base = key.baseAddress else { return Prefix(low: 0, high: 0, length: 0) }
        let raw = UnsafeRawPointer(base)
        func load64(_ offset: Int) -> UInt64 {
            UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        }
        func load32(_ offset: Int) -> UInt64 {
            UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
        }
        switch count {
        case 16...: return Prefix(low: load64(0), high: load64(8), length: count)
        case 8...: return Prefix(low: load64(0), high: count > 8 ? load64(count - 8) : 0, length: count)
        case 4...: return Prefix(low: load32(0) | load32(count - 4) << 32, high: 0, length: count)
        default:
            var word: UInt64 = 0
            for index in 0..<count { word |= UInt64(base[index]) << (8 * UInt64(index)) }
            return Prefix(low: word, high: 0, length: count)
        }
    }

    /// A 64-bit hash of the key: its prefix words and length, then for long keys every further
    /// byte, each folded in with a multiply and a shift (the multiplier is 2⁶⁴ divided by the
    /// golden ratio, Knuth, TAOCP vol. 3 §6.4).
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        hash(prefix(of: key), key)
    }

    private static func hash(_ prefix: Prefix, _ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash = (multiplier ^ UInt64(truncatingIfNeeded: prefix.length) ^ prefix.low) &* multiplier
        hash = (hash ^ (hash >> 29) ^ prefix.high) &* multiplier
        if prefix.length > 16 {
            for offset in 16..<min(key.count, prefix.length) {
                hash = (hash ^ UInt64(key[offset])) &* multiplier
            }
        }
        return hash ^ (hash >> 32)
    }
}
