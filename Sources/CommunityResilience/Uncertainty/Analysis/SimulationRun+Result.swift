import Dispatch

extension SimulationRun {
    /// Summarises the completed draws, output by output (in parallel: each output's statistics
    /// depend only on its own draws, taken in draw order).
    func result() -> MonteCarloResult {
        let made = Swift.min(draws, completedBlocks * blockSize)
        let npv = row(npvRow)
        var positive = 0
        var finiteNPV = 0
        for i in 0..<made where npv[i].isFinite {
            finiteNPV += 1
            if npv[i] > 0 { positive += 1 }
        }
        var paybackDraws = 0
        if options.includesPayback {
            let months = row(kernel.paybackRow)
            for i in 0..<made where months[i].isFinite { paybackDraws += 1 }
        }
        var rows = [npvRow, AppraisalKernel.benefitsRow, AppraisalKernel.costsRow, bcrRow, roiRow]
        rows += kernel.agencies.indices.map { firstAgencyROIRow + $0 }
        rows += kernel.services.indices.map { kernel.firstServiceRow + $0 }
        if options.includesPayback { rows.append(kernel.paybackRow) }
        let summaries = UnsafeMutablePointer<OutputSummary?>.allocate(capacity: rows.count)
        summaries.initialize(repeating: nil, count: rows.count)
        defer {
            summaries.deinitialize(count: rows.count)
            summaries.deallocate()
        }
        let this = self
        let outputRows = rows
        let results = DisjointBuffer(base: summaries)
        let threads = Swift.max(1, Swift.min(workers, rows.count))
        DispatchQueue.concurrentPerform(iterations: threads) { worker in
            for index in stride(from: worker, to: outputRows.count, by: threads) {
                let values = UnsafeMutableBufferPointer(start: this.row(outputRows[index]), count: made)
                results[index] = SampleStatistics.summarise(
                    values, percentiles: this.options.percentiles, bins: this.options.histogramBins)
            }
        }
        func summary(_ index: Int) -> OutputSummary {
            summaries[index] ?? SampleStatistics.summarise(.init(start: nil, count: 0), percentiles: [], bins: 1)
        }
        let agencyCount = kernel.agencies.count
        let serviceCount = kernel.services.count
        let p = finiteNPV > 0 ? Double(positive) / Double(finiteNPV) : 0
        let paybackShare = Double(paybackDraws) / Double(made)
        return MonteCarloResult(
            seed: seed, draws: made, requestedDraws: draws, drawsPerBlock: blockSize,
            reachedTargetPrecision: reachedTarget,
            currency: analysis.settings.currency, priceBase: analysis.settings.priceBase,
            netPresentValue: summary(0),
            probabilityOfPositiveNetPresentValue: p,
            probabilityOfPositiveNetPresentValueStandardError: finiteNPV > 0
                ? (p * (1 - p) / Double(finiteNPV)).squareRoot() : 0,
            presentValueOfBenefits: summary(1), presentValueOfCosts: summary(2), benefitCostRatio: summary(3),
            fiscalReturnOnInvestment: summary(4),
            fiscalReturnOnInvestmentByAgency: kernel.agencies.enumerated().map {
                .init(agency: $1, summary: summary(5 + $0))
            },
            payback: options.includesPayback
                ? .init(
                    probabilityOfPayback: paybackShare,
                    standardError: (paybackShare * (1 - paybackShare) / Double(made)).squareRoot(),
                    months: summary(5 + agencyCount + serviceCount))
                : nil,
            demandAvoided: kernel.services.enumerated().map {
                .init(service: $1, summary: summary(5 + agencyCount + $0))
            },
            convergence: convergence)
    }
}
