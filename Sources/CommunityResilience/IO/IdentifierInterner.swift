/// Turns identifiers read as UTF-8 bytes into dense local codes without making a `String` for
/// each occurrence: the dictionary encoding behind the fast CSV import of a ``DemandPanel``.
///
/// A national panel repeats each of its 33,755 LSOA codes hundreds of times. The interner keeps
/// one copy of each distinct byte string in an arena and finds it again through an
/// open-addressing hash table (linear probing, load factor at most ½). The last identifier found
/// is checked first, since files sorted by area repeat the same one row after row. An
/// ``Identifier`` is made once per distinct byte string, when it is first seen.
///
/// Codes are local: 0, 1, 2 … in the order byte strings are first seen. The importer maps them
/// to a ``CodeTable`` in file order, where byte strings that are canonically equivalent Unicode
/// ("é" precomposed or not) share one code, as equal `String`s do.
struct IdentifierInterner<Entity> {
    /// One distinct byte string: where it is in the arena, and its hash.
    private struct Entry {
        let start: Int
        let length: Int
        let hash: UInt64
    }

    /// The identifiers, indexed by local code.
    private(set) var identifiers: [Identifier<Entity>] = []
    private var entries: [Entry] = []
    private var arena: [UInt8] = []
    /// Entry index per slot; −1 for an empty slot. The count is a power of two.
    private var slots = [Int32](repeating: -1, count: 64)
    private var lastEntry = -1

    /// The number of distinct identifiers.
    var count: Int { entries.count }

    /// The local code for the identifier spelled by `key`, adding it when new.
    ///
    /// - Throws: ``ValidationIssue`` with ``ValidationIssue/Problem/outOfRange(_:allowed:)`` when
    ///   there are already 2³¹ − 1 distinct identifiers.
    /// - Complexity: O(key length) expected.
    mutating func code(for key: UnsafeBufferPointer<UInt8>) throws(ValidationIssue) -> Int32 {
        if lastEntry >= 0, matches(entries[lastEntry], key) { return Int32(truncatingIfNeeded: lastEntry) }
        let hash = Self.hash(key)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { break }
            let entry = entries[index]
            if entry.hash == hash, matches(entry, key) {
                lastEntry = index
                return Int32(truncatingIfNeeded: index)
            }
            slot = (slot + 1) & mask
        }
        guard entries.count < Int(Int32.max) else {
            throw ValidationIssue(.outOfRange("\(entries.count + 1) identifiers", allowed: "at most 2^31 − 1"))
        }
        let index = entries.count
        entries.append(Entry(start: arena.count, length: key.count, hash: hash))
        arena.append(contentsOf: key)
        identifiers.append(Identifier(String(decoding: key, as: UTF8.self)))
        slots[slot] = Int32(truncatingIfNeeded: index)
        lastEntry = index
        if 2 * entries.count > slots.count { rehash() }
        return Int32(truncatingIfNeeded: index)
    }

    @inline(__always)
    private func matches(_ entry: Entry, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let length = entry.length
        guard length == key.count else { return false }
        guard length > 0, let keyBase = key.baseAddress else { return true }
        return arena.withUnsafeBufferPointer { stored in
            guard let storedBase = stored.baseAddress else { return false }
            // Identifiers are short (9-byte GSS codes): compare eight bytes at a time inline
            // rather than calling memcmp.
            let a = UnsafeRawPointer(storedBase + entry.start)
            let b = UnsafeRawPointer(keyBase)
            var offset = 0
            while length - offset >= 8 {
                if a.loadUnaligned(fromByteOffset: offset, as: UInt64.self) != b.loadUnaligned(fromByteOffset: offset, as: UInt64.self) {
                    return false
                }
                offset += 8
            }
            while offset < length {
                if a.load(fromByteOffset: offset, as: UInt8.self) != b.load(fromByteOffset: offset, as: UInt8.self) { return false }
                offset += 1
            }
            return true
        }
    }

    /// Doubles the slot table and re-inserts every entry.
    private mutating func rehash() {
        var grown = [Int32](repeating: -1, count: 2 * slots.count)
        let mask = grown.count - 1
        for (index, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash) & mask
            while grown[slot] >= 0 { slot = (slot + 1) & mask }
            grown[slot] = Int32(truncatingIfNeeded: index)
        }
        slots = grown
    }

    /// A 64-bit hash of the bytes, eight at a time: each word is folded in with a multiply and a
    /// shift (the multiplier is 2⁶⁴ divided by the golden ratio, Knuth, TAOCP vol. 3 §6.4), and
    /// the length is mixed in so that keys differing only in trailing zero bytes differ.
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: key.count)
        var offset = 0
        let count = key.count
        while offset < count {
            var word: UInt64 = 0
            let take = min(8, count - offset)
            for index in 0..<take { word |= UInt64(key[offset + index]) << (8 * UInt64(index)) }
            hash = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash >> 29
            offset += take
        }
        return hash
    }
}
