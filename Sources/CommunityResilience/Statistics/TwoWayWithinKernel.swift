import ResilienceNumerics

/// The passes over the outcome behind the closed-form single-coefficient DiD (see
/// `PanelDifferenceInDifferences+SingleCoefficient.swift` for the algebra), for one or several
/// series per unit — the services of a grid-layout panel, read in one sweep because each
/// community's services sit next to each other.
///
/// Units are shared out in fixed chunks (set by the unit count alone) and run on all cores.
/// Per-unit sums land in per-unit slots; month sums are kept per chunk and added in chunk order;
/// every scalar is reduced over units in unit order afterwards — so the result is the same bit
/// for bit however many threads run it, and one series' result does not depend on which other
/// series were read with it.
enum TwoWayWithinKernel {
    struct Input {
        /// Counts; series k of unit u is `rowStart[u] + seriesOffsets[k] ..< … + months`.
        var counts: [Double]
        /// Populations in the same rows, or `nil`.
        var populations: [Double]?
        var rowStart: [Int]
        var seriesOffsets: [Int] = [0]
        var months: Int
        var isTreated: [Bool]
        var startIndex: Int
        /// `per` of a rate outcome (counts ÷ population × per), `nil` for counts.
        var per: Double?
        /// Whether to make the second pass for the residual sum of squares and the HC1 meat.
        var needsResiduals: Bool
        /// Whether chunks run concurrently (tests compare with one after another).
        var parallel = true
    }

    struct Sums: Hashable {
        var estimate: Double
        var treatedShare: Double
        /// A·B = Σ D̃², with A = Σ_i (T_i − τ̄)² and B = Σ_t (P_t − p̄)².
        var denominator: Double
        var clusterMeat: Double
        var residualSumOfSquares: Double
        var heteroskedasticMeat: Double
        var exposure: Double
    }

    /// Per-(series, unit) totals and per-(chunk, series) partial sums from the first pass.
    struct FirstPass {
        var unitTotal: [Double]
        var unitPost: [Double]
        var monthPartials: [Double]
        var exposurePartials: [Double]
        var smallestPopulation: [Double]
    }

    static func run(_ input: Input) -> [Result<Sums, EstimationError>] {
        let units = input.rowStart.count
        let series = input.seriesOffsets.count
        let chunks = ParallelChunks.ranges(of: units, count: max(1, min(16, units / 256)))
        let first = firstPass(input, chunks: chunks)
        let months = input.months
        let start = input.startIndex
        let treatedShare = Double(input.isTreated.filter { $0 }.count) / Double(units)
        let postShare = Double(months - start) / Double(months)
        let monthSpread =
            Double(start) * postShare * postShare + Double(months - start) * (1 - postShare) * (1 - postShare)
        var a = 0.0
        for unit in 0..<units {
            let d = (input.isTreated[unit] ? 1 : 0) - treatedShare
            a += d * d
        }
        return (0..<series).map { k in
            if input.per != nil {
                let smallest = chunks.indices.map { first.smallestPopulation[$0 * series + k] }.min() ?? .infinity
                guard smallest > 0 else {
                    return .failure(
                        .numerical(.invalidParameter(name: "population", value: smallest, requirement: "positive")))
                }
            }
            var monthMean = [Double](repeating: 0, count: months)
            for chunk in chunks.indices {
                for t in 0..<months { monthMean[t] += first.monthPartials[(chunk * series + k) * months + t] }
            }
            let grand = monthMean.reduce(0, +) / Double(units * months)
            for t in 0..<months { monthMean[t] /= Double(units) }
            let totals = Array(first.unitTotal[(k * units)..<((k + 1) * units)])
            let posts = Array(first.unitPost[(k * units)..<((k + 1) * units)])
            var numerator = 0.0
            for unit in 0..<units {
                let d = (input.isTreated[unit] ? 1 : 0) - treatedShare
                numerator += d * (posts[unit] - postShare * totals[unit])
            }
            let estimate = numerator / (a * monthSpread)
            var c = 0.0
            for t in 0..<months { c += ((t >= start ? 1 : 0) - postShare) * monthMean[t] }
            var clusterMeat = 0.0
            for unit in 0..<units {
                let d = (input.isTreated[unit] ? 1 : 0) - treatedShare
                let score = d * ((posts[unit] - postShare * totals[unit]) - c - estimate * d * monthSpread)
                clusterMeat += score * score
            }
            var sums = Sums(
                estimate: estimate, treatedShare: treatedShare, denominator: a * monthSpread, clusterMeat: clusterMeat,
                residualSumOfSquares: 0, heteroskedasticMeat: 0,
                exposure: chunks.indices.reduce(0) { $0 + first.exposurePartials[$1 * series + k] })
            if input.needsResiduals {
                (sums.residualSumOfSquares, sums.heteroskedasticMeat) = residualPass(
                    input, series: k, chunks: chunks, unitTotal: totals, monthMean: monthMean, grand: grand,
                    treatedShare: treatedShare, postShare: postShare, estimate: estimate)
            }
            return .success(sums)
        }
    }

    /// Pass 1: unit totals, post-start totals, month totals (per chunk), exposure, smallest population.
    static func firstPass(_ input: Input, chunks: [Range<Int>]) -> FirstPass {
        let units = input.rowStart.count
        let series = input.seriesOffsets.count
        let months = input.months
        let start = input.startIndex
        var pass = FirstPass(
            unitTotal: [Double](repeating: 0, count: series * units),
            unitPost: [Double](repeating: 0, count: series * units),
            monthPartials: [Double](repeating: 0, count: chunks.count * series * months),
            exposurePartials: [Double](repeating: 0, count: chunks.count * series),
            smallestPopulation: [Double](repeating: .infinity, count: chunks.count * series))
        withBuffers(input, &pass) { b in
            ParallelChunks.run(chunks.count, parallel: input.parallel) { chunk in
                for unit in chunks[chunk] {
                    for k in 0..<series {
                        let row = input.rowStart[unit] + input.seriesOffsets[k]
                        let monthSums = b.months + (chunk * series + k) * months
                        let slot = chunk * series + k
                        var pre = 0.0
                        var post = 0.0
                        if let per = input.per, let populations = b.populations {
                            var smallest = b.smallest[slot]
                            for t in 0..<months {
                                let population = populations[row + t]
                                smallest = min(smallest, population)
                                let y = b.counts[row + t] / population * per
                                monthSums[t] += y
                                if t < start { pre += y } else { post += y }
                            }
                            b.smallest[slot] = smallest
                            if input.isTreated[unit] {
                                var exposure = b.exposure[slot]
                                for t in start..<months { exposure += populations[row + t] / per }
                                b.exposure[slot] = exposure
                            }
                        } else {
                            pre = accumulate(b.counts + row, into: monthSums, 0..<start)
                            post = accumulate(b.counts + row, into: monthSums, start..<months)
                            if input.isTreated[unit] { b.exposure[slot] += Double(months - start) }
                        }
                        b.total[k * units + unit] = pre + post
                        b.post[k * units + unit] = post
                    }
                }
            }
        }
        return pass
    }

    /// Adds `values[t]` into `monthSums[t]` for t in `range` and returns their sum, with four
    /// running totals so the additions do not wait on each other (fixed order: deterministic).
    @inline(__always)
    static func accumulate(
        _ values: UnsafePointer<Double>, into monthSums: UnsafeMutablePointer<Double>, _ range: Range<Int>
    ) -> Double {
        var s0 = 0.0
        var s1 = 0.0
        var s2 = 0.0
        var s3 = 0.0
        var t = range.lowerBound
        while t &+ 4 <= range.upperBound {
            let (y0, y1, y2, y3) = (values[t], values[t &+ 1], values[t &+ 2], values[t &+ 3])
            monthSums[t] += y0
            monthSums[t &+ 1] += y1
            monthSums[t &+ 2] += y2
            monthSums[t &+ 3] += y3
            s0 += y0
            s1 += y1
            s2 += y2
            s3 += y3
            t &+= 4
        }
        while t < range.upperBound {
            monthSums[t] += values[t]
            s0 += values[t]
            t &+= 1
        }
        return (s0 + s1) + (s2 + s3)
    }

    /// Pass 2 for series `k`: Σ e² and Σ D̃² e² with e = y − ȳ_i· − ȳ_·t + ȳ − δ̂ D̃, per unit,
    /// then in unit order.
    static func residualPass(
        _ input: Input, series k: Int, chunks: [Range<Int>], unitTotal: [Double], monthMean: [Double], grand: Double,
        treatedShare: Double, postShare: Double, estimate: Double
    ) -> (Double, Double) {
        let months = input.months
        var unitSquares = [Double](repeating: 0, count: unitTotal.count)
        var unitMeat = [Double](repeating: 0, count: unitTotal.count)
        withResidualBuffers(input, &unitSquares, &unitMeat) { counts, populations, squares, meat in
            let shared = UncheckedSendable((counts, populations, squares, meat))
            ParallelChunks.run(chunks.count, parallel: input.parallel) { chunk in
                let (counts, populations, squares, meat) = shared.value
                for unit in chunks[chunk] {
                    let row = input.rowStart[unit] + input.seriesOffsets[k]
                    let unitMean = unitTotal[unit] / Double(months)
                    let d = (input.isTreated[unit] ? 1 : 0) - treatedShare
                    var rss = 0.0
                    var hc = 0.0
                    for t in 0..<months {
                        var y = counts[row + t]
                        if let per = input.per, let populations { y = y / populations[row + t] * per }
                        let x = d * ((t >= input.startIndex ? 1 : 0) - postShare)
                        let e = y - unitMean - monthMean[t] + grand - estimate * x
                        rss += e * e
                        hc += x * x * e * e
                    }
                    squares[unit] = rss
                    meat[unit] = hc
                }
            }
        }
        return (unitSquares.reduce(0, +), unitMeat.reduce(0, +))
    }

    static func withResidualBuffers(
        _ input: Input, _ squares: inout [Double], _ meat: inout [Double],
        _ body: (
            UnsafePointer<Double>, UnsafePointer<Double>?, UnsafeMutablePointer<Double>, UnsafeMutablePointer<Double>
        ) -> Void
    ) {
        input.counts.withUnsafeBufferPointer { c in
            (input.populations ?? []).withUnsafeBufferPointer { p in
                squares.withUnsafeMutableBufferPointer { s in
                    meat.withUnsafeMutableBufferPointer { m in
                        guard let c = c.baseAddress, let s = s.baseAddress, let m = m.baseAddress else { return }
                        body(c, p.baseAddress, s, m)
                    }
                }
            }
        }
    }

    /// Raw pointers into the inputs and the first pass's outputs; chunks write disjoint slots.
    struct Buffers: @unchecked Sendable {
        var counts: UnsafePointer<Double>
        var populations: UnsafePointer<Double>?
        var total: UnsafeMutablePointer<Double>
        var post: UnsafeMutablePointer<Double>
        var months: UnsafeMutablePointer<Double>
        var exposure: UnsafeMutablePointer<Double>
        var smallest: UnsafeMutablePointer<Double>
    }

    static func withBuffers(_ input: Input, _ pass: inout FirstPass, _ body: (Buffers) -> Void) {
        input.counts.withUnsafeBufferPointer { c in
            (input.populations ?? []).withUnsafeBufferPointer { p in
                pass.unitTotal.withUnsafeMutableBufferPointer { t in
                    pass.unitPost.withUnsafeMutableBufferPointer { q in
                        pass.monthPartials.withUnsafeMutableBufferPointer { m in
                            pass.exposurePartials.withUnsafeMutableBufferPointer { e in
                                pass.smallestPopulation.withUnsafeMutableBufferPointer { s in
                                    guard let c = c.baseAddress, let t = t.baseAddress, let q = q.baseAddress,
                                        let m = m.baseAddress, let e = e.baseAddress, let s = s.baseAddress
                                    else { return }
                                    body(
                                        Buffers(
                                            counts: c, populations: p.baseAddress, total: t, post: q, months: m,
                                            exposure: e, smallest: s))
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
