import Foundation

/// A CSV file read in chunks through a `FileHandle`, so that a file far larger than memory can be
/// imported row by row.
///
/// This is the library's only file access, and it is opt-in: everything else in the CSV reader
/// works on bytes handed to it by a ``CSVInput``.
///
/// ```swift
/// var reader = try CSVReader(CSVFileInput(contentsOf: URL(filePath: "demand.csv")))
/// ```
public struct CSVFileInput: CSVInput {
    private let handle: FileHandle
    private var remaining: Int?

    /// Reads from `handle`'s current offset to its end. The handle is not closed by the input.
    /// - Parameter handle: A handle open for reading.
    ///
    /// The size still to read is taken from the file when the handle can seek (a regular file);
    /// for a pipe or socket it is unknown and importers grow their columns as they go.
    public init(_ handle: FileHandle) {
        self.handle = handle
        if let start = try? handle.offset(), let end = try? handle.seekToEnd(),
            (try? handle.seek(toOffset: start)) != nil,
            end >= start, end - start <= UInt64(Int.max)
        {
            remaining = Int(end - start)
        }
    }

    /// Opens the file at `url` for reading; it is closed when the input (and every copy) is gone.
    /// - Parameter url: A file URL.
    ///
    /// - Throws: ``ValidationIssue`` with ``ValidationIssue/Problem/unreadable(_:)`` naming the
    ///   file when it cannot be opened.
    public init(contentsOf url: URL) throws(ValidationIssue) {
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: url)
        } catch {
            throw ValidationIssue(.unreadable("cannot open \(url.path): \(error.localizedDescription)"))
        }
        self.init(handle)
    }

    /// Reads up to `buffer.count` bytes from the file, straight into `buffer`.
    ///
    /// Uses the POSIX `read` on the handle's descriptor where there is one (retrying when a signal
    /// interrupts it): `FileHandle.read(upToCount:)` would allocate a fresh `Data` for every
    /// chunk and copy it once more.
    ///
    /// - Parameter buffer: Where to put the bytes.
    /// - Returns: The number of bytes read; 0 at the end of the file.
    /// - Throws: ``ValidationIssue`` with ``ValidationIssue/Problem/unreadable(_:)`` when the
    ///   read fails.
    public mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(ValidationIssue) -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        #if canImport(Glibc) || canImport(Musl) || canImport(Darwin)
            while true {
                let count = Foundation.read(handle.fileDescriptor, base, buffer.count)
                if count >= 0 {
                    if let known = remaining { remaining = max(0, known - count) }
                    return count
                }
                guard errno == EINTR else {
                    throw ValidationIssue(.unreadable("reading the file failed: \(String(cString: strerror(errno)))"))
                }
            }
        #else
            let data: Data?
            do {
                data = try handle.read(upToCount: buffer.count)
            } catch {
                throw ValidationIssue(.unreadable("reading the file failed: \(error.localizedDescription)"))
            }
            guard let data, !data.isEmpty else { return 0 }
            let count = data.copyBytes(to: buffer)
            if let known = remaining { remaining = max(0, known - count) }
            return count
        #endif
    }

    /// The bytes from the current position to the end of the file, when known.
    public var remainingByteCount: Int? { remaining }
}
