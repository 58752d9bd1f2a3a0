import Foundation  // memchr

/// A stretch of whole records in a reader's buffer that holds no quote character, cut at line
/// ends into parts that can be scanned on separate threads.
///
/// Without quotes a line end always ends a record (RFC 4180 §2.6 allows line breaks only inside
/// quoted fields), so a cut just after an LF is a record boundary and each part can be scanned
/// from its start by a scanner of its own, exactly as the whole would be scanned in order.
///
/// Sendable because the scanners of its parts only read its bytes (with no quotes there is
/// nothing to un-double in place), and the reader does not touch them until the block is
/// committed, after every part has been scanned.
struct CSVPlainBlock: @unchecked Sendable {
    /// The reader's buffer (valid until the block is committed).
    let bytes: UnsafeMutablePointer<UInt8>
    /// The parts, in order, back to back, each starting at a record and ending after an LF
    /// (or at the end of the input).
    let parts: [Range<Int>]
    /// The line the first part starts on.
    let line: Int
}

extension CSVReader {
    /// What ``nextPlainBlock(maximumParts:)`` found.
    enum PlainBlockStep {
        /// A block to scan in parts, then ``commit(_:lineEnds:)``.
        case block(CSVPlainBlock)
        /// The next records include a quote, or a line longer than the buffer: read them one at
        /// a time until ``bytesConsumed`` passes `until`, then ask again.
        case records(until: Int)
        /// No records remain.
        case endOfInput
    }

    /// Blocks smaller than this are read record by record: cutting them up costs more than it saves.
    static let smallestBlock = 1 << 14

    /// Finds the next quote-free run of whole records in the buffer (reading more input when the
    /// buffer is less than half full) and cuts it into at most `maximumParts` parts of similar size.
    ///
    /// - Complexity: O(bytes examined): one `memchr` for a quote, a backward search for the last
    ///   line end, and one search for a line end per cut.
    mutating func nextPlainBlock(maximumParts: Int) throws(ValidationIssue) -> PlainBlockStep {
        try readHeader()
        guard try checkEncoding(onIssue: { issue throws(ValidationIssue) in throw issue }) else { return .endOfInput }
        let storage = scanner.storage
        positioning: while true {
            // Keep the buffer at least half full, so blocks are large and compaction is rare.
            if storage.end - storage.start < storage.capacity / 2 && !inputEnded {
                storage.compact()
                while storage.end < storage.capacity && !inputEnded { try fill() }
            }
            switch scanner.advanceToRecord(final: inputEnded) {
            case nil: break positioning
            case .endOfInput?: return .endOfInput
            default: try fill()
            }
        }
        let base = storage.bytes
        let start = storage.start
        var end = storage.end
        let absolute = storage.discarded
        if let quote = memchr(base + start, Int32(UInt8(ascii: "\"")), end - start) {
            // Records up to the quote's line may still go in a block; the rest are read in order.
            end = base.distance(to: quote.assumingMemoryBound(to: UInt8.self))
            guard let lineEnd = Self.lastLineFeed(base, start, end) else { return .records(until: absolute + end + 1) }
            end = lineEnd + 1
        } else if !inputEnded {
            guard let lineEnd = Self.lastLineFeed(base, start, end) else { return .records(until: absolute + end) }
            end = lineEnd + 1
        }
        guard end - start >= Self.smallestBlock || (inputEnded && end == storage.end) else {
            return .records(until: absolute + end)
        }
        var parts: [Range<Int>] = []
        var partStart = start
        // The last, short stretch of a file is not worth handing to other threads.
        let count = end - start < Self.smallestBlock ? 1 : max(1, maximumParts)
        for index in 1..<count where partStart < end {
            let target = start + (end - start) * index / count
            guard target > partStart,
                let cut = memchr(base + target, Int32(UInt8(ascii: "\n")), end - target)
            else { continue }
            let after = base.distance(to: cut.assumingMemoryBound(to: UInt8.self)) + 1
            guard after < end else { continue }
            parts.append(partStart..<after)
            partStart = after
        }
        parts.append(partStart..<end)
        return .block(CSVPlainBlock(bytes: base, parts: parts, line: scanner.line))
    }

    /// Marks `block` as read: its bytes are consumed and its `lineEnds` line ends counted.
    mutating func commit(_ block: CSVPlainBlock, lineEnds: Int) {
        guard let first = block.parts.first, let last = block.parts.last else { return }
        scanner.skip(bytes: last.upperBound - first.lowerBound, lineEnds: lineEnds)
    }

    /// The offset of the last LF in `[start, end)`, searching backwards.
    private static func lastLineFeed(_ base: UnsafeMutablePointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        var p = end - 1
        while p >= start {
            if base[p] == UInt8(ascii: "\n") { return p }
            p -= 1
        }
        return nil
    }
}
