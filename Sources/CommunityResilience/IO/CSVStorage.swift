import Foundation  // memmove

/// The working memory of one ``CSVReader``: a byte buffer that holds the unread part of the input
/// (at least the record being parsed), and the field bounds of the current record.
///
/// Both are allocated once and reused for every record, growing only when one record is larger
/// than the buffer or has more fields than any before it, so reading 10 million rows allocates
/// nothing per row. The buffer keeps ``padding`` zero bytes past its end so that code reading a
/// field eight bytes at a time never leaves the allocation.
///
/// A storage may instead *borrow* a stretch of another storage's bytes, so that a parallel import
/// can scan parts of one buffer on several threads: each part has its own storage (its own field
/// bounds and position), reads the shared bytes only, and never outlives the call that lends them.
///
/// Owned by exactly one reader or importer thread at a time, so never shared between threads:
/// that is what makes the `@unchecked Sendable` sound.
final class CSVStorage: @unchecked Sendable {
    /// Zero bytes kept after the usable capacity.
    static let padding = 16

    /// The bytes; `[start, end)` is read but not yet consumed.
    private(set) var bytes: UnsafeMutablePointer<UInt8>
    /// The usable size of ``bytes``.
    private(set) var capacity: Int
    /// The first byte not yet consumed.
    var start = 0
    /// One past the last byte read from the input.
    private(set) var end = 0
    /// Bytes consumed and discarded by earlier compactions: `discarded + start` is the offset of
    /// ``start`` in the whole input.
    private(set) var discarded = 0

    /// Per field of the current record, its start and end offsets in ``bytes``.
    ///
    /// While a record is scanned, a quoted field whose quotes still need un-doubling has its start
    /// stored as `~start` (negative); ``CSVScanner`` resolves these before the record is handed out.
    private(set) var bounds: UnsafeMutablePointer<Int>
    /// How many fields ``bounds`` has room for.
    private(set) var boundsCapacity: Int

    /// The header's column names, for naming columns in issues; empty without a header.
    var columnNames: [String] = []
    /// Whether ``bytes`` was allocated here (and is freed here), rather than lent.
    private var ownsBytes = true

    /// Allocates a buffer of `capacity` bytes (at least 1) and room for 16 fields.
    init(capacity: Int) {
        self.capacity = max(1, capacity)
        bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity + Self.padding)
        bytes.initialize(repeating: 0, count: self.capacity + Self.padding)
        boundsCapacity = 16
        bounds = UnsafeMutablePointer<Int>.allocate(capacity: 2 * boundsCapacity)
        bounds.initialize(repeating: 0, count: 2 * boundsCapacity)
    }

    /// A storage that will scan bytes lent by ``lend(_:range:)``, naming columns `columnNames`.
    convenience init(borrowingWith columnNames: [String]) {
        self.init(capacity: 1)
        self.columnNames = columnNames
    }

    /// Points the storage at `range` of `shared` (freeing its own buffer if it had one). The
    /// bytes must hold complete records, stay valid and unchanged while they are scanned, and
    /// have ``padding`` readable bytes after `range`. Only the scanner's position and this
    /// storage's field bounds change; the shared bytes are only read, as long as they hold no
    /// quoted field with doubled quotes (the caller checks there are no quotes at all).
    func lend(_ shared: UnsafeMutablePointer<UInt8>, range: Range<Int>) {
        if ownsBytes { bytes.deallocate() }
        ownsBytes = false
        bytes = shared
        capacity = range.upperBound
        start = range.lowerBound
        end = range.upperBound
        discarded = 0
    }

    deinit {
        if ownsBytes { bytes.deallocate() }
        bounds.deallocate()
    }

    /// The free space after ``end``, where the next read goes.
    var freeSpace: UnsafeMutableRawBufferPointer {
        UnsafeMutableRawBufferPointer(start: bytes + end, count: capacity - end)
    }

    /// Records that `count` more bytes were read into ``freeSpace``.
    func didRead(_ count: Int) {
        assert(count >= 0 && end + count <= capacity)
        end += count
    }

    /// Makes space for more input: moves the unconsumed bytes to the front and, when they fill
    /// the whole buffer (one record longer than it), doubles the buffer.
    ///
    /// - Complexity: O(unconsumed bytes); amortised O(1) per input byte.
    func makeRoom() {
        assert(ownsBytes, "a storage scanning lent bytes never reads input")
        compact()
        guard end == capacity else { return }
        let (doubled, overflow) = capacity.multipliedReportingOverflow(by: 2)
        let newCapacity = overflow ? Int.max - Self.padding : doubled
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity + Self.padding)
        grown.initialize(repeating: 0, count: newCapacity + Self.padding)
        grown.update(from: bytes, count: end)
        bytes.deallocate()
        bytes = grown
        capacity = newCapacity
    }

    /// Moves the unconsumed bytes to the front of the buffer.
    func compact() {
        if start > 0 {
            let pending = end - start
            // The regions overlap when fewer bytes were consumed than remain: memmove.
            if pending > 0 { memmove(bytes, bytes + start, pending) }
            discarded += start
            end = pending
            start = 0
        }
    }

    /// Makes room in ``bounds`` for at least `fields` fields, keeping the ones already stored.
    func reserveBounds(_ fields: Int) {
        guard fields > boundsCapacity else { return }
        let newCapacity = max(fields, 2 * boundsCapacity)
        let grown = UnsafeMutablePointer<Int>.allocate(capacity: 2 * newCapacity)
        grown.initialize(repeating: 0, count: 2 * newCapacity)
        grown.update(from: bounds, count: 2 * boundsCapacity)
        bounds.deallocate()
        bounds = grown
        boundsCapacity = newCapacity
    }
}
