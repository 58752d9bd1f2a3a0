import CommunityResilience
import Foundation
import ResilienceNumerics

/// Writes P1's data for `Benchmarks/reference/p1_reference.py`: each column as raw
/// little-endian values (`numpy.fromfile(path, dtype)`), a JSON header describing them, and the
/// Swift results the Python script checks its own against.
enum NationalPanelFiles {
    struct Header: Codable {
        var lsoas: Int
        var authorities: Int
        var services: [String]
        var months: Int
        var firstMonthIndex: Int
        var interventionOffset: Int
        var rows: Int
        var order: String
        /// file name → numpy dtype
        var columns: [String: String]
        var unitCosts: [Double]
        var itsModel: String
        var fourierPairs: Int
    }

    struct CheckValues: Codable {
        /// Per cell of the totals table (group-major), only a few summaries to keep the file small.
        var totalCount: Double
        var totalPopulation: Double
        var firstCells: [Double]
        /// ITS fits in group-major order: level change coefficient (log rate ratio), its standard
        /// error, dispersion and avoided units; all fits.
        var itsLevel: [Double]
        var itsLevelStandardError: [Double]
        var itsDispersion: [Double]
        var itsAvoided: [Double]
        /// DiD per service: δ and its cluster-robust standard error.
        var didEstimate: [Double]
        var didStandardError: [Double]
    }

    static func write(
        _ data: NationalPanelData, totals: DemandTotals, fits: [InterruptedTimeSeriesResult],
        estimates: [PanelDifferenceInDifferencesResult], to directory: URL
    ) throws {
        let panel = data.panel
        try raw(panel.communityCodes, directory.appendingPathComponent("community.i32"))
        try raw(panel.serviceCodes, directory.appendingPathComponent("service.i32"))
        try raw(panel.monthIndices, directory.appendingPathComponent("month.i32"))
        try raw(panel.counts, directory.appendingPathComponent("count.f64"))
        try raw(panel.populations, directory.appendingPathComponent("population.f64"))
        try raw(data.authorityOfLSOA, directory.appendingPathComponent("authority_of_lsoa.i32"))
        try raw(
            data.treatedAuthority.map { UInt8($0 ? 1 : 0) }, directory.appendingPathComponent("treated_authority.u8"))
        let header = Header(
            lsoas: data.shape.lsoas, authorities: data.shape.authorities, services: data.services.map(\.id.rawValue),
            months: data.shape.months, firstMonthIndex: data.shape.firstMonthIndex,
            interventionOffset: data.shape.interventionOffset,
            rows: panel.count, order: "lsoa, service, month",
            columns: [
                "community.i32": "<i4", "service.i32": "<i4", "month.i32": "<i4", "count.f64": "<f8",
                "population.f64": "<f8",
                "authority_of_lsoa.i32": "<i4", "treated_authority.u8": "u1",
            ],
            unitCosts: data.services.map(\.unitCost), itsModel: "quasiPoisson", fourierPairs: 2)
        let checks = CheckValues(
            totalCount: totals.counts.reduce(0, +), totalPopulation: totals.populations?.reduce(0, +) ?? 0,
            firstCells: Array(totals.counts.prefix(240)),
            itsLevel: fits.map { $0.coefficients[2].estimate },
            itsLevelStandardError: fits.map { $0.coefficients[2].standardError },
            itsDispersion: fits.map { $0.dispersion ?? .nan }, itsAvoided: fits.map(\.avoided.units),
            didEstimate: estimates.map(\.effect.estimate), didStandardError: estimates.map(\.effect.standardError))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(header).write(to: directory.appendingPathComponent("p1.json"))
        try encoder.encode(checks).write(to: directory.appendingPathComponent("swift-results.json"))
    }

    /// Writes the array's bytes as they are in memory (little-endian on every platform Swift
    /// runs the benchmarks on) without copying them.
    static func raw<T>(_ values: [T], _ url: URL) throws {
        try values.withUnsafeBytes { bytes in
            guard let base = bytes.baseAddress else { return try Data().write(to: url) }
            try Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: bytes.count, deallocator: .none)
                .write(to: url)
        }
    }
}
