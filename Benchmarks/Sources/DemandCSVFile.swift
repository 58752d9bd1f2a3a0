import CommunityResilience
import Foundation

/// P4's data: a CSV file of demand observations shaped like a national extract — one row per LSOA,
/// service and month, with the LSOA's GSS code, the service code, the month (`YYYY-MM`), the count
/// and the LSOA's population — written by a seeded generator, with the checksums the import must
/// reproduce.
///
/// ```
/// lsoa_code,service_code,month,count,population
/// E01000001,ae,2019-04,31,1487
/// ```
///
/// Rows are in grid order (LSOA, service, month) as P1's are. England's 33,755 LSOAs × the ten
/// services of ``ServiceProfile`` × 30 months from April 2019 is 10.1 million rows (~365 MB) at
/// 1×; scaling lengthens the extract (2× is 60 months, 4× is 120 months: P1's 40.5 million
/// rows), so the identifiers stay those of England. Counts are Poisson draws around each service's
/// rate per resident with seasonality and an area effect; populations grow 0.4% a year. Every
/// draw comes from ``SplitMix64`` seeded per LSOA, so the file is the same byte for byte whichever
/// threads write it.
enum DemandCSVFile {
    struct Shape {
        var lsoas: Int
        var months: Int
        /// April 2019 (`year × 12 + month − 1`, as ``Month/index``).
        var firstMonthIndex = 2019 * 12 + 3
        var services: [ServiceProfile] { ServiceProfile.all }

        /// England × 30 months at 1× (10.1M rows); `quick` is 67 LSOAs (20,100 rows at 1×).
        init(scale: Double, quick: Bool) {
            lsoas = quick ? 67 : 33_755
            months = max(1, Int((30 * scale).rounded()))
        }

        var rows: Int { lsoas * services.count * months }
    }

    /// What the generator wrote, for the import's checks and the Python reference
    /// (`p4.json` with `--write-data`).
    struct Summary: Codable, Equatable {
        var file: String
        var bytes: Int
        var rows: Int
        var lsoas: Int
        var services: [String]
        var months: Int
        var firstMonth: String
        var firstMonthIndex: Int
        var header: [String]
        /// Σ count and Σ population over the rows.
        var countSum: UInt64
        var populationSum: UInt64
        /// Σ count × (row mod 65,521 + 1), wrapping modulo 2⁶⁴: changes when rows are lost,
        /// reordered or misread.
        var weightedCountChecksum: UInt64
        /// Bytes of the typed columns (4-byte community, service and month codes, 8-byte count
        /// and population): what a columnar import has to hold.
        var typedColumnBytes: Int
    }

    static let header = ["lsoa_code", "service_code", "month", "count", "population"]
    /// LSOAs generated together (one task), and tasks run at once between writes.
    static let lsoasPerBlock = 64

    /// The GSS code of LSOA `index` (0-based): `E01000001` onwards, as England's are numbered.
    static func lsoaCode(_ index: Int) -> String {
        let digits = String(index + 1)
        return "E01" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }

    /// Writes the file and returns what it holds.
    static func write(_ shape: Shape, seed: UInt64, to url: URL) throws -> Summary {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw BenchmarkFailure("P4: cannot create \(url.path)")
        }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.write(contentsOf: Data((header.joined(separator: ",") + "\n").utf8))
        var bytes = header.joined(separator: ",").utf8.count + 1
        var totals = Block()
        let blocks = (shape.lsoas + lsoasPerBlock - 1) / lsoasPerBlock
        let batch = 2 * ProcessInfo.processInfo.activeProcessorCount
        let template = Template(shape)
        var first = 0
        while first < blocks {
            let count = min(batch, blocks - first)
            let results = Results(count: count)
            let firstBlock = first
            DispatchQueue.concurrentPerform(iterations: count) { offset in
                results.store(generate(block: firstBlock + offset, shape, template, seed: seed), at: offset)
            }
            for block in results.blocks {
                try handle.write(contentsOf: block.text)
                bytes += block.text.count
                totals.add(block)
            }
            first += count
        }
        let services = shape.services
        return Summary(
            file: url.lastPathComponent, bytes: bytes, rows: shape.rows, lsoas: shape.lsoas,
            services: services.map(\.id.rawValue), months: shape.months,
            firstMonth: template.monthTexts.first.map { String(decoding: $0, as: UTF8.self) } ?? "",
            firstMonthIndex: shape.firstMonthIndex, header: header, countSum: totals.countSum,
            populationSum: totals.populationSum, weightedCountChecksum: totals.weighted,
            typedColumnBytes: shape.rows * 28)
    }

    /// The text of some LSOAs' rows and their share of the checksums.
    struct Block {
        var text = Data()
        var countSum: UInt64 = 0
        var populationSum: UInt64 = 0
        var weighted: UInt64 = 0

        mutating func add(_ other: Block) {
            countSum &+= other.countSum
            populationSum &+= other.populationSum
            weighted &+= other.weighted
        }
    }

    /// Slots for one batch of blocks, each written by one task.
    private final class Results: @unchecked Sendable {
        private(set) var blocks: [Block]
        private let lock = NSLock()
        init(count: Int) { blocks = Array(repeating: Block(), count: count) }
        func store(_ block: Block, at index: Int) {
            lock.lock()
            blocks[index] = block
            lock.unlock()
        }
    }

    /// What every row shares: the months' text and each service's seasonal factor by month.
    private struct Template: Sendable {
        var monthTexts: [[UInt8]] = []
        /// Per service and month: rate per resident × season.
        var rates: [Double] = []
        /// Per month: years since the first April (for population growth).
        var years: [Int] = []

        init(_ shape: Shape) {
            for t in 0..<shape.months {
                let index = shape.firstMonthIndex + t
                let month = index % 12 + 1
                monthTexts.append(Array("\(index / 12)-\(month < 10 ? "0" : "")\(month)".utf8))
                years.append(t / 12)
            }
            for service in shape.services {
                for t in 0..<shape.months {
                    let month = (shape.firstMonthIndex + t) % 12 + 1
                    let season =
                        1 + service.seasonalAmplitude * cos(2 * Double.pi * Double(month - service.peakMonth) / 12)
                    rates.append(service.ratePerResident * season)
                }
            }
        }
    }

    private static func generate(block: Int, _ shape: Shape, _ template: Template, seed: UInt64) -> Block {
        var result = Block()
        let services = shape.services
        let serviceTexts = services.map { Array($0.id.rawValue.utf8) }
        let lower = block * lsoasPerBlock
        let upper = min(shape.lsoas, lower + lsoasPerBlock)
        var text: [UInt8] = []
        text.reserveCapacity((upper - lower) * services.count * shape.months * 40)
        for lsoa in lower..<upper {
            var random = SplitMix64(seed: seed ^ 0x5034, stream: UInt64(lsoa))
            let code = Array(lsoaCode(lsoa).utf8)
            let basePopulation = min(4_000, max(800, 1_500 * exp(0.25 * random.normal())))
            let populations = (0...(shape.months / 12)).map {
                UInt64((basePopulation * pow(1.004, Double($0))).rounded())
            }
            for s in services.indices {
                let areaEffect = exp(0.2 * random.normal())
                for t in 0..<shape.months {
                    let population = populations[template.years[t]]
                    let mean = template.rates[s * shape.months + t] * Double(population) * areaEffect
                    let count = UInt64(random.poisson(mean: mean))
                    let row = UInt64((lsoa * services.count + s) * shape.months + t)
                    result.countSum &+= count
                    result.populationSum &+= population
                    result.weighted &+= count &* (row % 65_521 + 1)
                    text.append(contentsOf: code)
                    text.append(UInt8(ascii: ","))
                    text.append(contentsOf: serviceTexts[s])
                    text.append(UInt8(ascii: ","))
                    text.append(contentsOf: template.monthTexts[t])
                    text.append(UInt8(ascii: ","))
                    appendDecimal(count, to: &text)
                    text.append(UInt8(ascii: ","))
                    appendDecimal(population, to: &text)
                    text.append(UInt8(ascii: "\n"))
                }
            }
        }
        result.text = Data(text)
        return result
    }

    private static func appendDecimal(_ value: UInt64, to text: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var remaining = value
            var count = 0
            repeat {
                digits[count] = UInt8(ascii: "0") + UInt8(remaining % 10)
                remaining /= 10
                count += 1
            } while remaining > 0
            for index in stride(from: count - 1, through: 0, by: -1) { text.append(digits[index]) }
        }
    }
}
