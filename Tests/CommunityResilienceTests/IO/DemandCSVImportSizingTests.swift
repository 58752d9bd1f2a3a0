import Foundation
import Testing

@testable import CommunityResilience

/// The demand import sizes the panel's columns once, from the bytes per row of what it has read
/// and the input still to come, so that a national file is not copied as its columns grow.
@Suite("Demand import: column sizing")
struct DemandCSVImportSizingTests {
    /// `rows` rows of exactly 30 bytes — `E01000001,gp,2019-04,123,1500` and a line feed — after a
    /// 46-byte header, so the bytes per row seen in any block are those of the whole file.
    static func uniformFile(rows: Int) -> Data {
        let header = Array("lsoa_code,service_code,month,count,population\n".utf8)
        let template = Array("E01000000,gp,2019-04,000,1500\n".utf8)
        var bytes = header + [UInt8](repeating: 0, count: 30 * rows)
        bytes.withUnsafeMutableBufferPointer { buffer in
            func digits(_ value: Int, _ width: Int, at offset: Int) {
                var value = value
                for index in stride(from: width - 1, through: 0, by: -1) {
                    buffer[offset + index] = UInt8(ascii: "0") + UInt8(value % 10)
                    value /= 10
                }
            }
            for row in 0..<rows {
                let start = header.count + 30 * row
                for (offset, byte) in template.enumerated() { buffer[start + offset] = byte }
                digits(1 + row / 12, 6, at: start + 3)  // one LSOA per twelve months
                digits(row % 12 + 1, 2, at: start + 18)
                digits(row % 1_000, 3, at: start + 21)
            }
        }
        return Data(bytes)
    }

    @Test("the columns are sized once, for the whole file, whatever the threads", arguments: [1, 2, 4])
    func sizedOnce(threads: Int) throws {
        let rows = 120_000
        let data = Self.uniformFile(rows: rows)
        // 64 KiB chunks: a block holds ~1,100–2,200 rows, cut into 4 parts a thread. Sizing from
        // the whole block's bytes but only its first part's rows (as before) guessed an eighth of
        // the file at two threads and sized the columns again, copying them, several times.
        let (result, sizings) = try DemandCSVImporter(parallelism: threads).readCountingSizings(
            CSVReader(CSVDataInput(data), bufferSize: 1 << 16))
        #expect(result.isComplete)
        #expect(result.rowsAccepted == rows)
        #expect(sizings == 1)
        // Every row is 30 bytes, so the estimate is exact: the rows read so far, the rest with 2%
        // spare, and 65,536 rows of headroom — between 185,536 and 188,960 rows.
        let capacity = result.value.counts.capacity
        #expect(capacity >= rows + 65_536)
        #expect(capacity <= rows * 102 / 100 + 65_536 + 1_024)
        #expect(result.value.populations.capacity == capacity)
        let panel = result.value
        #expect(panel.communities.count == 10_000)
        #expect(panel.counts.reduce(0, +) == Double((0..<rows).reduce(0) { $0 + $1 % 1_000 }))
        #expect(panel.gridLayout?.monthCount == 12)
        #expect(panel.gridLayout?.communityCount == 10_000)
    }

    @Test("input of unknown size doubles the columns as it grows")
    func unknownSize() throws {
        let data = Self.uniformFile(rows: 100_000)
        let (result, sizings) = try DemandCSVImporter(parallelism: 2).readCountingSizings(
            CSVReader(UnsizedInput(data: data), bufferSize: 1 << 16))
        #expect(result.rowsAccepted == 100_000)
        // The first block's rows plus 65,536 rows of headroom, then doubling: at least twice.
        #expect(sizings >= 2)
        #expect(result.value.counts.count == 100_000)
    }

    /// Bytes handed over in chunks by a source that cannot tell how many remain (a pipe).
    struct UnsizedInput: CSVInput {
        var data: Data
        var offset = 0

        mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(ValidationIssue) -> Int {
            let count = min(buffer.count, data.count - offset)
            guard count > 0 else { return 0 }
            data.withUnsafeBytes { bytes in
                buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)]))
            }
            offset += count
            return count
        }
    }
}
