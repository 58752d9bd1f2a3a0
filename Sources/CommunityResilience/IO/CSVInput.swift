import Foundation

/// A source of bytes that a ``CSVReader`` pulls in chunks: a file, an in-memory buffer, or any
/// stream the caller adapts (a decompressor, a network body).
///
/// The reader asks for at most one buffer's worth of bytes at a time and never holds more than the
/// record it is parsing plus one buffer, so a source may be far larger than memory. Conform a type
/// of your own to read from anything else; ``CSVDataInput`` and ``CSVFileInput`` cover bytes in
/// memory and files.
public protocol CSVInput: Sendable {
    /// Copies the next bytes of the input into the start of `buffer`.
    ///
    /// - Parameter buffer: Where to put the bytes; never empty.
    /// - Returns: How many bytes were written, from 1 to `buffer.count`; 0 only at the end of the
    ///   input. Fewer than `buffer.count` does not mean the end: the reader asks again.
    /// - Throws: ``ValidationIssue`` with ``ValidationIssue/Problem/unreadable(_:)`` when the
    ///   underlying source fails.
    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(ValidationIssue) -> Int

    /// How many bytes remain to be read, when the source knows (a file does, a pipe does not).
    ///
    /// Importers use it to reserve their columns once instead of growing them by doubling; `nil`
    /// is always correct.
    var remainingByteCount: Int? { get }
}

extension CSVInput {
    /// Unknown: the default for sources that cannot tell.
    public var remainingByteCount: Int? { nil }
}

/// CSV bytes already in memory, handed to the reader at most `chunkSize` bytes at a time.
///
/// ```swift
/// var reader = CSVReader(CSVDataInput(Data("a,b\r\n1,2\r\n".utf8)))
/// ```
///
/// A small `chunkSize` makes every record cross chunk boundaries, which is how the tests check
/// that streaming gives the same records as reading at once.
public struct CSVDataInput: CSVInput {
    private let bytes: [UInt8]
    private var offset = 0
    private let chunkSize: Int

    /// Wraps `data`.
    /// - Parameters:
    ///   - data: The whole input.
    ///   - chunkSize: The most bytes handed over per read (at least 1; smaller values count as 1).
    public init(_ data: Data, chunkSize: Int = .max) {
        self.init(bytes: [UInt8](data), chunkSize: chunkSize)
    }

    /// Wraps the UTF-8 bytes of `text`.
    /// - Parameters:
    ///   - text: The whole input.
    ///   - chunkSize: The most bytes handed over per read (at least 1).
    public init(_ text: String, chunkSize: Int = .max) {
        self.init(bytes: Array(text.utf8), chunkSize: chunkSize)
    }

    /// Wraps raw bytes, which need not be valid UTF-8 (the reader reports where they are not).
    /// - Parameters:
    ///   - bytes: The whole input.
    ///   - chunkSize: The most bytes handed over per read (at least 1).
    public init(bytes: [UInt8], chunkSize: Int = .max) {
        self.bytes = bytes
        self.chunkSize = max(1, chunkSize)
    }

    /// Copies up to `min(buffer.count, chunkSize)` of the remaining bytes.
    /// - Parameter buffer: Where to put the bytes.
    /// - Returns: The number copied; 0 at the end.
    public mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(ValidationIssue) -> Int {
        let count = min(buffer.count, chunkSize, bytes.count - offset)
        guard count > 0 else { return 0 }
        bytes.withUnsafeBytes { source in
            guard let from = source.baseAddress, let to = buffer.baseAddress else { return }
            to.copyMemory(from: from + offset, byteCount: count)
        }
        offset += count
        return count
    }

    /// The bytes not yet read.
    public var remainingByteCount: Int? { bytes.count - offset }
}
