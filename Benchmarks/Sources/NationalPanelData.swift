import CommunityResilience
import Foundation

/// The synthetic national panel of P1: every LSOA's monthly demand for ten public services over
/// ten years, with population denominators, LSOAs nested in local authorities of realistic,
/// unequal sizes, and a programme in about 30% of authorities from April 2021 that lowers demand.
///
/// Shapes follow England: 33,755 LSOAs (2021 boundaries) in 309 lower-tier local authorities
/// (from 1 to several hundred LSOAs each; log-normal sizes), about 1,500 residents per LSOA with
/// annual mid-year populations growing ~0.4% a year, service rates per resident from a few per
/// 10,000 (fire incidents) to ~0.45 a month (GP appointments), seasonality, trends, area effects
/// and extra-Poisson noise. Every draw comes from ``SplitMix64`` seeded per LSOA, so the data are
/// the same whichever threads generate them.
struct NationalPanelData {
    struct Shape {
        var lsoas: Int
        var authorities: Int
        var months = 120
        /// April 2015: ten financial years, 2015-16 to 2024-25.
        var firstMonthIndex = 2015 * 12 + 3
        /// The programme starts in April 2021 (month 72).
        var interventionOffset = 72

        /// England at `scale` (LSOAs and authorities both scaled); `quick` is 1/50 of that.
        init(scale: Double, quick: Bool) {
            let factor = scale / (quick ? 50 : 1)
            lsoas = max(4, Int((33_755 * factor).rounded()))
            authorities = max(2, min(lsoas, Int((309 * factor).rounded())))
        }

        var rows: Int { lsoas * ServiceProfile.all.count * months }
    }

    /// How rows are ordered.
    enum Order {
        /// LSOA by LSOA, service by service, month by month: the grid layout.
        case grid
        /// Month by month, then LSOA, then service: how monthly extracts appended together look.
        case monthMajor
    }

    let shape: Shape
    let lsoaIDs: [Community.ID]
    let authorityIDs: [Community.ID]
    let authorityOfLSOA: [Int32]
    let treatedAuthority: [Bool]
    let panel: DemandPanel

    var services: [ServiceProfile] { ServiceProfile.all }
    var interventionStart: Month { Month.from(index: shape.firstMonthIndex + shape.interventionOffset) }

    /// The LSOA → local authority grouping, in the library's terms.
    var grouping: CommunityGrouping {
        var groups: [Community.ID: Community.ID] = [:]
        for (lsoa, authority) in zip(lsoaIDs, authorityOfLSOA) { groups[lsoa] = authorityIDs[Int(authority)] }
        return CommunityGrouping(groups)
    }

    /// The LSOAs of treated authorities.
    var treatedLSOAs: Set<Community.ID> {
        Set(lsoaIDs.indices.filter { treatedAuthority[Int(authorityOfLSOA[$0])] }.map { lsoaIDs[$0] })
    }

    static func generate(_ shape: Shape, seed: UInt64, order: Order) throws -> NationalPanelData {
        let (authorityOf, treated) = authorities(shape, seed: seed)
        let services = ServiceProfile.all
        let serviceCount = services.count
        var areaEffect = [Double](repeating: 1, count: shape.authorities * serviceCount)
        for index in areaEffect.indices {
            var random = SplitMix64(seed: seed ^ 0xA5A5, stream: UInt64(index))
            areaEffect[index] = exp(0.15 * random.normal())
        }
        // Month factors (season × trend), without and with the programme, per service.
        var untreatedFactor = [Double](repeating: 0, count: serviceCount * shape.months)
        var treatedFactor = untreatedFactor
        for (s, service) in services.enumerated() {
            for t in 0..<shape.months {
                let calendarMonth = (shape.firstMonthIndex + t) % 12 + 1
                let season =
                    1 + service.seasonalAmplitude * cos(2 * Double.pi * Double(calendarMonth - service.peakMonth) / 12)
                let trend = pow(1 + service.annualTrend, Double(t) / 12)
                untreatedFactor[s * shape.months + t] = season * trend
                let since = t - shape.interventionOffset
                let programme = since >= 0 ? (1 - service.levelEffect) * exp(-0.001 * Double(since)) : 1
                treatedFactor[s * shape.months + t] = season * trend * programme
            }
        }
        let (treatedFactors, untreatedFactors, areaEffects) = (treatedFactor, untreatedFactor, areaEffect)
        let rows = shape.rows
        let perLSOA = serviceCount * shape.months
        var communityCodes = [Int32](repeating: 0, count: rows)
        var serviceCodes = [Int32](repeating: 0, count: rows)
        var monthIndices = [Int32](repeating: 0, count: rows)
        var counts = [Double](repeating: 0, count: rows)
        var populations = [Double](repeating: 0, count: rows)
        let chunks = 64
        withPointers(&communityCodes, &serviceCodes, &monthIndices, &counts, &populations) { c, s, m, x, p in
            let columns = UnsafeColumns(c: c, s: s, m: m, x: x, p: p)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let lower = shape.lsoas * chunk / chunks
                let upper = shape.lsoas * (chunk + 1) / chunks
                for lsoa in lower..<upper {
                    var random = SplitMix64(seed: seed, stream: UInt64(lsoa))
                    let authority = Int(authorityOf[lsoa])
                    let basePopulation = min(4_000, max(800, 1_500 * exp(0.2 * random.normal())))
                    let growth = 0.004 + 0.004 * random.normal()
                    let deprivation = exp(0.3 * random.normal())
                    let factors = treated[authority] ? treatedFactors : untreatedFactors
                    // Mid-year populations change once a financial year.
                    let yearly = (0..<((shape.months + 11) / 12)).map {
                        (basePopulation * pow(1 + growth, Double($0))).rounded()
                    }
                    for (serviceIndex, service) in services.enumerated() {
                        let scale =
                            service.ratePerResident * deprivation * areaEffects[authority * serviceCount + serviceIndex]
                        for t in 0..<shape.months {
                            let population = yearly[t / 12]
                            let mean =
                                population * scale * factors[serviceIndex * shape.months + t]
                                * (0.85 + 0.3 * random.uniform())
                            let row: Int
                            switch order {
                            case .grid: row = lsoa * perLSOA + serviceIndex * shape.months + t
                            case .monthMajor: row = (t * shape.lsoas + lsoa) * serviceCount + serviceIndex
                            }
                            columns.c[row] = Int32(lsoa)
                            columns.s[row] = Int32(serviceIndex)
                            columns.m[row] = Int32(shape.firstMonthIndex + t)
                            columns.x[row] = random.poisson(mean: mean)
                            columns.p[row] = population
                        }
                    }
                }
            }
        }
        let lsoaIDs = (0..<shape.lsoas).map { Community.ID(String(format: "E01%06d", $0 + 1)) }
        let authorityIDs = (0..<shape.authorities).map { Community.ID(String(format: "E07%06d", $0 + 1)) }
        let panel = try DemandPanel(
            communities: lsoaIDs, services: services.map(\.id), communityCodes: communityCodes,
            serviceCodes: serviceCodes,
            monthIndices: monthIndices, counts: counts, populations: populations)
        return NationalPanelData(
            shape: shape, lsoaIDs: lsoaIDs, authorityIDs: authorityIDs, authorityOfLSOA: authorityOf,
            treatedAuthority: treated, panel: panel)
    }

    /// Log-normal authority sizes (σ = 0.7 gives 1 to ~600 LSOAs at national scale), LSOAs
    /// numbered authority by authority; about 30% of authorities run the programme.
    static func authorities(_ shape: Shape, seed: UInt64) -> (authorityOf: [Int32], treated: [Bool]) {
        var random = SplitMix64(seed: seed ^ 0x5EED, stream: 0)
        let weights = (0..<shape.authorities).map { _ in exp(0.7 * random.normal()) }
        let total = weights.reduce(0, +)
        let spare = shape.lsoas - shape.authorities
        var sizes = weights.map { 1 + Int(Double(spare) * $0 / total) }
        var remainder = shape.lsoas - sizes.reduce(0, +)
        var index = 0
        while remainder > 0 {
            sizes[index % sizes.count] += 1
            remainder -= 1
            index += 1
        }
        var authorityOf: [Int32] = []
        authorityOf.reserveCapacity(shape.lsoas)
        for (authority, size) in sizes.enumerated() {
            authorityOf += repeatElement(Int32(authority), count: size)
        }
        var treated = (0..<shape.authorities).map { _ in random.uniform() < 0.3 }
        treated[0] = true
        treated[shape.authorities - 1] = false
        return (authorityOf, treated)
    }

    private struct UnsafeColumns: @unchecked Sendable {
        let c: UnsafeMutablePointer<Int32>
        let s: UnsafeMutablePointer<Int32>
        let m: UnsafeMutablePointer<Int32>
        let x: UnsafeMutablePointer<Double>
        let p: UnsafeMutablePointer<Double>
    }

    private static func withPointers(
        _ c: inout [Int32], _ s: inout [Int32], _ m: inout [Int32], _ x: inout [Double], _ p: inout [Double],
        _ body: (
            UnsafeMutablePointer<Int32>, UnsafeMutablePointer<Int32>, UnsafeMutablePointer<Int32>,
            UnsafeMutablePointer<Double>, UnsafeMutablePointer<Double>
        ) -> Void
    ) {
        c.withUnsafeMutableBufferPointer { c in
            s.withUnsafeMutableBufferPointer { s in
                m.withUnsafeMutableBufferPointer { m in
                    x.withUnsafeMutableBufferPointer { x in
                        p.withUnsafeMutableBufferPointer { p in
                            guard let c = c.baseAddress, let s = s.baseAddress, let m = m.baseAddress,
                                let x = x.baseAddress, let p = p.baseAddress
                            else { return }
                            body(c, s, m, x, p)
                        }
                    }
                }
            }
        }
    }
}

extension Month {
    /// A month from an index the generator made (always in range).
    static func from(index: Int) -> Month {
        (try? Month(index: index)) ?? .earliest
    }
}
