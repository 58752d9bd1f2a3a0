import ResilienceNumerics

/// The passes over the outcome behind the closed-form single-coefficient DiD (see
/// `PanelDifferenceInDifferences+SingleCoefficient.swift` for the algebra).
///
/// Units are shared out in fixed chunks (set by the unit count alone) and run on all cores.
/// Per-unit sums land in per-unit slots; month sums are kept per chunk and added in chunk order;
/// every scalar is reduced over units in unit order afterwards — so the result is the same bit
/// for bit however many threads run it.
enum TwoWayWithinKernel {
    struct Input {
        /// Counts; unit u's months are `rowStart[u] ..< rowStart[u] + months`.
        var counts: [Double]
        /// Populations in the same rows, or `nil`.
        var populations: [Double]?
        var rowStart: [Int]
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

    struct Sums {
        var estimate: Double
        var treatedShare: Double
        /// B = Σ_t (P_t − p̄)².
        var monthSpread: Double
        var clusterMeat: Double
        var residualSumOfSquares: Double
        var heteroskedasticMeat: Double
        var exposure: Double
    }

    static func run(_ input: Input) throws(EstimationError) -> Sums {
        let units = input.rowStart.count
        let months = input.months
        let start = input.startIndex
        let chunkRanges = ParallelChunks.ranges(of: units, count: max(1, min(16, units / 256)))
        var unitTotal = [Double](repeating: 0, count: units)
        var unitPost = [Double](repeating: 0, count: units)
        var monthPartials = [Double](repeating: 0, count: chunkRanges.count * months)
        var exposurePartials = [Double](repeating: 0, count: chunkRanges.count)
        var smallestPopulation = [Double](repeating: .infinity, count: chunkRanges.count)
        // Pass 1: unit totals, post-start totals, month totals (per chunk), exposure.
        withBuffers(input, &unitTotal, &unitPost, &monthPartials) { buffers in
            exposurePartials.withUnsafeMutableBufferPointer { exposureBuffer in
                smallestPopulation.withUnsafeMutableBufferPointer { smallestBuffer in
                    let shared = UncheckedSendable((buffers, exposureBuffer, smallestBuffer))
                    ParallelChunks.run(chunkRanges.count, parallel: input.parallel) { chunk in
                        let (b, exposureOut, smallestOut) = shared.value
                        let monthSums = b.months + chunk * months
                        var exposure = 0.0
                        var smallest = Double.infinity
                        for unit in chunkRanges[chunk] {
                            let row = input.rowStart[unit]
                            var pre = 0.0
                            var post = 0.0
                            if let per = input.per, let populations = b.populations {
                                for t in 0..<months {
                                    let population = populations[row + t]
                                    smallest = min(smallest, population)
                                    let y = b.counts[row + t] / population * per
                                    monthSums[t] += y
                                    if t < start { pre += y } else { post += y }
                                }
                                if input.isTreated[unit] {
                                    for t in start..<months { exposure += populations[row + t] / per }
                                }
                            } else {
                                for t in 0..<start {
                                    let y = b.counts[row + t]
                                    monthSums[t] += y
                                    pre += y
                                }
                                for t in start..<months {
                                    let y = b.counts[row + t]
                                    monthSums[t] += y
                                    post += y
                                }
                                if input.isTreated[unit] { exposure += Double(months - start) }
                            }
                            b.total[unit] = pre + post
                            b.post[unit] = post
                        }
                        exposureOut[chunk] = exposure
                        smallestOut[chunk] = smallest
                    }
                }
            }
        }
        if input.per != nil, let smallest = smallestPopulation.min(), !(smallest > 0) {
            throw .numerical(.invalidParameter(name: "population", value: smallest, requirement: "positive"))
        }
        let n = Double(units * months)
        var monthMean = [Double](repeating: 0, count: months)
        for chunk in chunkRanges.indices {
            for t in 0..<months { monthMean[t] += monthPartials[chunk * months + t] }
        }
        let grand = monthMean.reduce(0, +) / n
        for t in 0..<months { monthMean[t] /= Double(units) }
        let treatedShare = Double(input.isTreated.filter { $0 }.count) / Double(units)
        let postShare = Double(months - start) / Double(months)
        let monthSpread = Double(start) * postShare * postShare + Double(months - start) * (1 - postShare) * (1 - postShare)
        var numerator = 0.0
        var a = 0.0
        for unit in 0..<units {
            let d = (input.isTreated[unit] ? 1 : 0) - treatedShare
            numerator += d * (unitPost[unit] - postShare * unitTotal[unit])
            a += d * d
        }
        let estimate = numerator / (a * monthSpread)
        var c = 0.0
        for t in 0..<months { c += ((t >= start ? 1 : 0) - postShare) * monthMean[t] }
        var clusterMeat = 0.0
        for unit in 0..<units {
            let d = (input.isTreated[unit] ? 1 : 0) - treatedShare
            let score = d * ((unitPost[unit] - postShare * unitTotal[unit]) - c - estimate * d * monthSpread)
            clusterMeat += score * score
        }
        var sums = Sums(
            estimate: estimate, treatedShare: treatedShare, monthSpread: monthSpread, clusterMeat: clusterMeat,
            residualSumOfSquares: 0, heteroskedasticMeat: 0, exposure: exposurePartials.reduce(0, +))
        if input.needsResiduals {
            (sums.residualSumOfSquares, sums.heteroskedasticMeat) = residualPass(
                input, chunkRanges: chunkRanges, unitTotal: unitTotal, monthMean: monthMean, grand: grand,
                treatedShare: treatedShare, postShare: postShare, estimate: estimate)
        }
        return sums
    }

    /// Pass 2: Σ e² and Σ D̃² e² with e = y − ȳ_i· − ȳ_·t + ȳ − δ̂ D̃, per unit, then in unit order.
    static func residualPass(
        _ input: Input, chunkRanges: [Range<Int>], unitTotal: [Double], monthMean: [Double], grand: Double,
        treatedShare: Double, postShare: Double, estimate: Double
    ) -> (Double, Double) {
        let months = input.months
        var unitSquares = [Double](repeating: 0, count: unitTotal.count)
        var unitMeat = [Double](repeating: 0, count: unitTotal.count)
        withResidualBuffers(input, &unitSquares, &unitMeat) { counts, populations, squares, meat in
            let shared = UncheckedSendable((counts, populations, squares, meat))
            ParallelChunks.run(chunkRanges.count, parallel: input.parallel) { chunk in
                let (counts, populations, squares, meat) = shared.value
                for unit in chunkRanges[chunk] {
                    let row = input.rowStart[unit]
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
        _ body: (UnsafePointer<Double>, UnsafePointer<Double>?, UnsafeMutablePointer<Double>, UnsafeMutablePointer<Double>) -> Void
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

    struct Buffers {
        var counts: UnsafePointer<Double>
        var populations: UnsafePointer<Double>?
        var total: UnsafeMutablePointer<Double>
        var post: UnsafeMutablePointer<Double>
        var months: UnsafeMutablePointer<Double>
    }

    static func withBuffers(
        _ input: Input, _ total: inout [Double], _ post: inout [Double], _ months: inout [Double], _ body: (Buffers) -> Void
    ) {
        input.counts.withUnsafeBufferPointer { c in
            (input.populations ?? []).withUnsafeBufferPointer { p in
                total.withUnsafeMutableBufferPointer { t in
                    post.withUnsafeMutableBufferPointer { q in
                        months.withUnsafeMutableBufferPointer { m in
                            guard let c = c.baseAddress, let t = t.baseAddress, let q = q.baseAddress, let m = m.baseAddress else { return }
                            body(Buffers(counts: c, populations: p.baseAddress, total: t, post: q, months: m))
                        }
                    }
                }
            }
        }
    }
}
