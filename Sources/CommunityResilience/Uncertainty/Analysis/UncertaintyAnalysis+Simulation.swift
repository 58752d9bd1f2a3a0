import Dispatch

extension UncertaintyAnalysis {
    /// Draws per block. Block b's draws come from their own random streams (one per input, and one
    /// per correlation group), `Xoshiro256StarStar(seed: seed, stream: b << 32 | slot)` with
    /// `slot` the input's index (a group's is the number of inputs plus the group's index). Part of
    /// the reproducibility contract: changing it would change the draws.
    public static let drawsPerBlock = 1024
    /// Blocks per round: the simulation combines results and checks precision after each round.
    public static let blocksPerRound = 16
    /// The most draws one simulation may make.
    public static let maximumDraws = 100_000_000
    /// The most memory a simulation may take for its per-draw outputs (8 bytes per draw for each
    /// of 6 + agencies + services outputs): 8 GiB.
    public static let maximumOutputBytes = 8 << 30

    /// Runs a Monte Carlo simulation of the appraisal, drawing from a seed taken from `generator`.
    ///
    /// Equivalent to ``simulate(draws:seed:options:)`` with `seed: generator.next()`: the
    /// generator is advanced once, and the simulation's own streams are derived from that seed.
    ///
    /// - Parameters:
    ///   - draws: The number of draws (2…``maximumDraws``).
    ///   - generator: The source of the seed.
    ///   - options: Workers, percentiles, histogram bins, payback and early stopping.
    /// - Returns: The distribution of each headline figure.
    /// - Throws: ``ValidationError`` for a draw count or option out of range.
    public func simulate<G: RandomNumberGenerator>(
        draws: Int, using generator: inout G, options: MonteCarloOptions = MonteCarloOptions()
    ) throws(ValidationError) -> MonteCarloResult {
        try simulate(draws: draws, seed: generator.next(), options: options)
    }

    /// Runs a Monte Carlo simulation of the appraisal.
    ///
    /// Draws are made in blocks of ``drawsPerBlock``, each from its own streams derived from
    /// `seed`, and each draw's figures are written to its own place; blocks are spread over
    /// `options.workers` threads with Dispatch's `concurrentPerform`, sharing no mutable state.
    /// Statistics are then computed in draw order. So the result is **bit-identical for any number
    /// of workers**, and the same on every platform: draws use only IEEE 754 basic arithmetic
    /// and the library's own logarithm and exponential (see ``InputDistribution/sample(using:)``
    /// and the Uncertainty article). A simulation of n draws makes the first n draws of any longer one
    /// with the same seed.
    ///
    /// - Parameters:
    ///   - draws: The number of draws (2…``maximumDraws``).
    ///   - seed: The seed.
    ///   - options: Workers, percentiles, histogram bins, payback and early stopping.
    /// - Returns: The distribution of each headline figure.
    /// - Throws: ``ValidationError`` for a draw count or option out of range (including a draw
    ///   count whose outputs would take more than ``maximumOutputBytes``).
    /// - Complexity: O(draws × (inputs + lines)) time, plus O(draws × horizon × lines) with
    ///   payback; memory 8 bytes × draws × (6 + agencies + services).
    public func simulate(draws: Int, seed: UInt64, options: MonteCarloOptions = MonteCarloOptions())
        throws(ValidationError) -> MonteCarloResult
    {
        var issues = options.issues()
        if !(2...Self.maximumDraws).contains(draws) {
            issues.append(ValidationIssue(.outOfRange("\(draws)", allowed: "2…\(Self.maximumDraws)"), at: "draws"))
        } else if (kernel.outputRows + 2) * draws * 8 > Self.maximumOutputBytes {
            let most = Self.maximumOutputBytes / ((kernel.outputRows + 2) * 8)
            issues.append(
                ValidationIssue(
                    .outOfRange(
                        "\(draws)",
                        allowed: "up to \(most) draws for this appraisal's \(kernel.outputRows + 2) outputs (8 GiB)"),
                    at: "draws"))
        }
        guard issues.isEmpty else { throw ValidationError(issues: issues) }
        var run = SimulationRun(analysis: self, draws: draws, seed: seed, options: options)
        defer { run.deallocate() }
        run.simulate()
        return run.result()
    }
}

/// The state of one simulation: the output rows for every draw and each worker's buffers.
///
/// `@unchecked Sendable` because workers share its pointers: each block writes only its own
/// columns of `storage` and its own entry of `blockStatistics`, each worker uses only its own
/// buffer, and everything else is read-only while workers run.
struct SimulationRun: @unchecked Sendable {
    let analysis: UncertaintyAnalysis
    let draws: Int
    let seed: UInt64
    let options: MonteCarloOptions
    let blockSize = UncertaintyAnalysis.drawsPerBlock
    let blockCount: Int
    let workers: Int
    let rowCount: Int
    /// Rows of `draws` values: the kernel's rows (with the fiscal rows turned into returns on
    /// investment once a block is evaluated), then NPV and BCR.
    let storage: UnsafeMutablePointer<Double>
    /// Per block: draws, mean NPV, sum of squared deviations.
    let blockStatistics: UnsafeMutablePointer<(count: Double, mean: Double, squares: Double)>
    let workerBuffers: [UnsafeMutablePointer<Double>]
    let workerBufferSize: Int
    var completedBlocks = 0
    var convergence: [MonteCarloResult.ConvergencePoint] = []
    var reachedTarget = false

    var kernel: AppraisalKernel { analysis.kernel }
    var npvRow: Int { kernel.outputRows }
    var bcrRow: Int { kernel.outputRows + 1 }
    /// PV fiscal benefits, then fiscal ROI.
    var roiRow: Int { AppraisalKernel.fiscalRow }
    /// PV fiscal benefits to each agency, then its fiscal ROI.
    var firstAgencyROIRow: Int { kernel.firstAgencyRow }

    init(analysis: UncertaintyAnalysis, draws: Int, seed: UInt64, options: MonteCarloOptions) {
        self.analysis = analysis
        self.draws = draws
        self.seed = seed
        self.options = options
        blockCount = (draws + blockSize - 1) / blockSize
        workers = Swift.max(1, Swift.min(options.workers, blockCount))
        rowCount = analysis.kernel.outputRows + 2
        storage = .allocate(capacity: rowCount * draws)
        blockStatistics = .allocate(capacity: blockCount)
        let size =
            analysis.inputs.count * blockSize
            + analysis.kernel.scratchSize(count: blockSize, payback: options.includesPayback)
            + 2 * analysis.groups.map(\.members.count).reduce(0, +)
        workerBufferSize = size
        workerBuffers = (0..<workers).map { _ in .allocate(capacity: size + 1) }
    }

    func deallocate() {
        storage.deallocate()
        blockStatistics.deallocate()
        for buffer in workerBuffers { buffer.deallocate() }
    }

    func row(_ r: Int) -> UnsafeMutablePointer<Double> { storage + r * draws }

    /// Runs rounds of blocks until every draw is made or the target precision is reached.
    mutating func simulate() {
        var running = (count: 0.0, mean: 0.0, squares: 0.0)
        while completedBlocks < blockCount {
            let first = completedBlocks
            let end = Swift.min(first + UncertaintyAnalysis.blocksPerRound, blockCount)
            let this = self
            let threads = Swift.min(workers, end - first)
            if threads == 1 {
                for block in first..<end { this.run(block: block, buffer: workerBuffers[0]) }
            } else {
                DispatchQueue.concurrentPerform(iterations: threads) { worker in
                    for block in stride(from: first + worker, to: end, by: threads) {
                        this.run(block: block, buffer: this.workerBuffers[worker])
                    }
                }
            }
            // Combine the round's block statistics in block order (Chan, Golub and LeVeque 1979).
            for block in first..<end {
                let next = blockStatistics[block]
                let total = running.count + next.count
                let delta = next.mean - running.mean
                running.mean += delta * next.count / total
                running.squares += next.squares + delta * delta * running.count * next.count / total
                running.count = total
            }
            completedBlocks = end
            let standardError =
                running.count > 1 ? (running.squares / (running.count - 1) / running.count).squareRoot() : 0
            convergence.append(.init(draws: Int(running.count), mean: running.mean, standardError: standardError))
            if let target = options.targetStandardError, Int(running.count) >= options.minimumDraws,
                running.count > 1, standardError <= target, completedBlocks < blockCount
            {
                reachedTarget = true
                break
            }
        }
    }

    /// Draws block `block`'s inputs, evaluates them, and writes its outputs and statistics.
    func run(block: Int, buffer: UnsafeMutablePointer<Double>) {
        let start = block * blockSize
        let count = Swift.min(blockSize, draws - start)
        let columns = buffer
        let inputCount = analysis.inputs.count
        let groupScratch = buffer + inputCount * blockSize
        let scratch = groupScratch + 2 * analysis.groups.map(\.members.count).reduce(0, +)
        for j in analysis.independentInputs {
            var generator = Xoshiro256StarStar(seed: seed, stream: UInt64(block) << 32 | UInt64(j))
            analysis.samplers[j].fill(
                UnsafeMutableBufferPointer(start: columns + j * blockSize, count: count), using: &generator)
        }
        for (g, group) in analysis.groups.enumerated() {
            var generator = Xoshiro256StarStar(seed: seed, stream: UInt64(block) << 32 | UInt64(inputCount + g))
            let size = group.members.count
            let independent = groupScratch
            for i in 0..<count {
                for k in 0..<size {
                    independent[k] = PortableMath.inverseStandardNormal(generator.nextDoubleInOpenUnitInterval())
                }
                for k in 0..<size {
                    var z = 0.0
                    for m in 0...k { z += group.factor[k][m] * independent[m] }
                    let member = group.members[k]
                    columns[member * blockSize + i] = analysis.samplers[member].value(atStandardScore: z)
                }
            }
        }
        kernel.evaluate(
            inputs: columns, inputStride: blockSize, count: count, outputs: storage + start, outputStride: draws,
            scratch: scratch, payback: options.includesPayback)
        let benefits = row(AppraisalKernel.benefitsRow) + start
        let costs = row(AppraisalKernel.costsRow) + start
        let npv = row(npvRow) + start
        let bcr = row(bcrRow) + start
        for i in 0..<count {
            npv[i] = benefits[i] - costs[i]
            bcr[i] = costs[i] != 0 ? benefits[i] / costs[i] : .nan
        }
        // Fiscal benefits become returns on investment in place (NaN without costs).
        for r in [roiRow] + kernel.agencies.indices.map({ firstAgencyROIRow + $0 }) {
            let ratio = row(r) + start
            for i in 0..<count { ratio[i] = costs[i] != 0 ? ratio[i] / costs[i] : .nan }
        }
        // Welford's running mean and sum of squares of the block's NPVs, in draw order.
        var mean = 0.0
        var squares = 0.0
        for i in 0..<count {
            let delta = npv[i] - mean
            mean += delta / Double(i + 1)
            squares += delta * (npv[i] - mean)
        }
        blockStatistics[block] = (Double(count), mean, squares)
    }
}
