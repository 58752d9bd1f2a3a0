extension AppraisalKernel {
    /// The figures for `count` draws.
    ///
    /// - Parameters:
    ///   - inputs: Input j's draws at `inputs + j·inputStride`, `count` of them.
    ///   - inputStride: Distance between input columns.
    ///   - count: Draws in the block.
    ///   - outputs: ``outputRows`` rows of `outputStride` values: PV benefits, PV costs, PV fiscal
    ///     benefits, fiscal benefits by agency, demand avoided by service, payback months (∞ when
    ///     it never pays back; left untouched unless `payback`).
    ///   - outputStride: Distance between output rows.
    ///   - scratch: ``scratchSize(count:payback:)`` values of working space.
    ///   - payback: Whether to compute the payback period (it needs the flows year by year).
    func evaluate(
        inputs: UnsafePointer<Double>, inputStride: Int, count: Int,
        outputs: UnsafeMutablePointer<Double>, outputStride: Int,
        scratch: UnsafeMutablePointer<Double>, payback: Bool
    ) {
        guard count > 0 else { return }
        func column(_ j: Int) -> UnsafePointer<Double> { inputs + j * inputStride }
        func row(_ r: Int) -> UnsafeMutablePointer<Double> { outputs + r * outputStride }
        let benefits = row(Self.benefitsRow)
        let costTotals = row(Self.costsRow)
        let fiscal = row(Self.fiscalRow)
        benefits.update(repeating: fixedBenefits, count: count)
        costTotals.update(repeating: fixedCosts, count: count)
        fiscal.update(repeating: fixedFiscal, count: count)
        for (a, value) in fixedFiscalByAgency.enumerated() {
            row(firstAgencyRow + a).update(repeating: value, count: count)
        }
        for (s, value) in fixedDemand.enumerated() { row(firstServiceRow + s).update(repeating: value, count: count) }
        // Each drawn amount once per draw, as the engine would hold it (see `Amount`).
        let amountValues = scratch
        for amount in amounts {
            let x = column(amount.input)
            let target = amountValues + amount.slot * count
            for i in 0..<count { target[i] = amount.value(x[i]) }
        }
        func values(_ amount: Amount) -> UnsafeMutablePointer<Double> { amountValues + amount.slot * count }
        let net = scratch + amounts.count * count
        let value = net + count
        let retention = net + 2 * count
        let yearly = net + 3 * count
        let yearlyBenefits = net + 4 * count
        let yearlyCosts = yearlyBenefits + horizon * count
        if payback {
            for t in 0..<horizon {
                (yearlyBenefits + t * count).update(repeating: fixedYearlyBenefits[t], count: count)
                (yearlyCosts + t * count).update(repeating: fixedYearlyCosts[t], count: count)
            }
        }

        for item in evidence {
            netUnits(item, column: column, into: net, count: count)
            if let d = item.dropOff {
                let x = column(d)
                for i in 0..<count { retention[i] = 1 - x[i] }
            }
            for slot in 0..<Self.slotCount {
                let lines = item.lines[slot]
                let demandSlot = slot == Self.undiscounted && item.isUncertain
                guard !lines.isEmpty || demandSlot else { continue }
                // With drop-off drawn, value = n·Σₖ rᵏw[k] per draw; otherwise the sum is one
                // constant and the lines read n directly, scaled by it.
                let (source, scale) = persistence(
                    item.weights[slot], item, net: net, retention: retention, into: value, count: count)
                for line in lines {
                    accumulate(
                        line, source: source, scale: scale, amounts: amountValues, benefits: benefits, fiscal: fiscal,
                        agency: line.isFiscal ? row(firstAgencyRow + line.agency) : nil, count: count)
                }
                if demandSlot {
                    let demand = row(firstServiceRow + item.service)
                    for i in 0..<count { demand[i] += scale * source[i] }
                }
                if payback, slot != Self.undiscounted, !lines.isEmpty {
                    for t in 0..<horizon {
                        let (yearSource, yearScale) = persistence(
                            item.yearWeights[slot][t], item, net: net, retention: retention, into: yearly, count: count)
                        let target = yearlyBenefits + t * count
                        for line in lines {
                            let coefficient = line.coefficient * yearScale
                            if let amount = line.unitValue {
                                let x = values(amount)
                                for i in 0..<count { target[i] += coefficient * yearSource[i] * x[i] }
                            } else {
                                for i in 0..<count { target[i] += coefficient * yearSource[i] }
                            }
                        }
                    }
                }
            }
        }

        for cost in costs {
            let x = values(cost.amount)
            for i in 0..<count { costTotals[i] += cost.coefficient * x[i] }
            if payback {
                for t in 0..<horizon where cost.yearly[t] != 0 {
                    let target = yearlyCosts + t * count
                    for i in 0..<count { target[i] += cost.yearly[t] * x[i] }
                }
            }
        }

        if payback {
            let months = row(paybackRow)
            for i in 0..<count {
                months[i] = Self.paybackMonths(
                    horizon: horizon, costs: { yearlyCosts[$0 * count + i] },
                    benefits: { yearlyBenefits[$0 * count + i] })
            }
        }
    }

    /// n(e) for each draw: the constant times each factor and each complement (1 − x).
    @inline(__always)
    private func netUnits(
        _ item: Evidence, column: (Int) -> UnsafePointer<Double>, into net: UnsafeMutablePointer<Double>, count: Int
    ) {
        var initialised = false
        for f in item.factors {
            let x = column(f)
            if initialised {
                for i in 0..<count { net[i] *= x[i] }
            } else {
                for i in 0..<count { net[i] = item.constant * x[i] }
                initialised = true
            }
        }
        for c in item.complements {
            let x = column(c)
            if initialised {
                for i in 0..<count { net[i] *= 1 - x[i] }
            } else {
                for i in 0..<count { net[i] = item.constant * (1 - x[i]) }
                initialised = true
            }
        }
        if !initialised { net.update(repeating: item.constant, count: count) }
    }

    /// n · Σₖ rᵏ·w[k] as a column and a scale: with drop-off drawn, the column `value` holds the
    /// product for each draw (Horner's rule in r) and the scale is 1; otherwise the column is `net`
    /// and the scale the sum at r's base value.
    @inline(__always)
    private func persistence(
        _ weights: [Double], _ item: Evidence, net: UnsafeMutablePointer<Double>,
        retention: UnsafeMutablePointer<Double>,
        into value: UnsafeMutablePointer<Double>, count: Int
    ) -> (UnsafeMutablePointer<Double>, Double) {
        guard item.dropOff != nil else {
            var sum = 0.0
            for k in stride(from: weights.count - 1, through: 0, by: -1) { sum = sum * item.baseRetention + weights[k] }
            return (net, sum)
        }
        for i in 0..<count {
            let r = retention[i]
            var sum = 0.0
            for k in stride(from: weights.count - 1, through: 0, by: -1) { sum = sum * r + weights[k] }
            value[i] = net[i] * sum
        }
        return (value, 1)
    }

    /// Adds one line's present value for each draw to the totals: coefficient × scale × source
    /// (× the drawn unit value, from the block's amount columns `amounts`).
    @inline(__always)
    private func accumulate(
        _ line: Line, source: UnsafeMutablePointer<Double>, scale: Double, amounts: UnsafeMutablePointer<Double>,
        benefits: UnsafeMutablePointer<Double>, fiscal: UnsafeMutablePointer<Double>,
        agency: UnsafeMutablePointer<Double>?,
        count: Int
    ) {
        let coefficient = line.coefficient * scale
        switch (line.unitValue, agency) {
        case (nil, nil):
            for i in 0..<count { benefits[i] += coefficient * source[i] }
        case (nil, let agency?):
            for i in 0..<count {
                let pv = coefficient * source[i]
                benefits[i] += pv
                fiscal[i] += pv
                agency[i] += pv
            }
        case (let amount?, nil):
            let x = amounts + amount.slot * count
            for i in 0..<count { benefits[i] += coefficient * source[i] * x[i] }
        case (let amount?, let agency?):
            let x = amounts + amount.slot * count
            for i in 0..<count {
                let pv = coefficient * source[i] * x[i]
                benefits[i] += pv
                fiscal[i] += pv
                agency[i] += pv
            }
        }
    }

    /// The payback rule of ``Payback`` (each year's costs at its start, its benefits through it),
    /// in Double: months, or `.infinity` when it never pays back.
    @inline(__always)
    static func paybackMonths(horizon: Int, costs: (Int) -> Double, benefits: (Int) -> Double) -> Double {
        var cumulative = 0.0
        var closed: Double? = 0
        for year in 0..<horizon {
            cumulative -= costs(year)
            let benefit = benefits(year)
            if cumulative < 0 {
                closed = nil
                if benefit > 0, cumulative + benefit >= 0 {
                    closed = 12 * (Double(year) + -cumulative / benefit)
                }
            }
            cumulative += benefit
        }
        guard cumulative >= 0, let months = closed else { return .infinity }
        return months
    }
}
