/// The values of the headline figures, computed once each and without their explanations, for
/// reports that print thousands of results (``HeadlineSummary``). The figures
/// (``AppraisalResult/presentValueOfBenefits``, ``AppraisalResult/netPresentValue`` …) are built
/// from the same functions, so the values agree by construction.
extension AppraisalResult {
    /// PV of benefits, PV of costs, net present social value and benefit-cost ratio.
    struct HeadlineValues: Hashable, Sendable {
        var presentValueOfBenefits: Money
        var presentValueOfCosts: Money
        var netPresentValue: Money
        var benefitCostRatio: Double?
    }

    /// The values of ``presentValueOfBenefits``, ``presentValueOfCosts``, ``netPresentValue`` and
    /// ``benefitCostRatio``, each sum taken once (the figures take the two present values again
    /// for every ratio and difference).
    var headlineValues: HeadlineValues {
        let benefits = benefitTotal
        let costs = costTotal
        return HeadlineValues(
            presentValueOfBenefits: benefits, presentValueOfCosts: costs, netPresentValue: net(benefits, costs),
            benefitCostRatio: Self.ratio(benefits, over: costs))
    }

    /// Σ of the discounted cost lines: the value of ``presentValueOfCosts``.
    var costTotal: Money {
        Money(total: costs.reduce(0) { $0 + $1.presentValueMinorUnits }, context.zero.currency, context.zero.priceBase)
    }

    /// Σ of the discounted benefit lines: the value of ``presentValueOfBenefits``.
    var benefitTotal: Money {
        Money(
            total: benefits.reduce(0) { $0 + $1.presentValueMinorUnits }, context.zero.currency,
            context.zero.priceBase)
    }

    /// Benefits − costs, exactly (the value of ``netPresentValue``).
    func net(_ benefits: Money, _ costs: Money) -> Money {
        Money(total: benefits.minorUnits - costs.minorUnits, context.zero.currency, context.zero.priceBase)
    }

    /// `numerator ÷ denominator`, or `nil` when the denominator is zero (or the two differ in
    /// currency or price base, which an appraisal's totals never do).
    static func ratio(_ numerator: Money, over denominator: Money) -> Double? {
        denominator.isZero ? nil : try? numerator / denominator
    }

    /// PV of costs paid by each funder and of benefits received by each agency: the margins of
    /// ``whoPaysWhoGains`` without its cells (which share each intervention's benefits among its
    /// funders), in minor units.
    var agencyTotals: (costsByFunder: [Agency.ID: Int128], benefitsByBeneficiary: [Agency.ID: Int128]) {
        var costSums = AgencySums()
        var benefitSums = AgencySums()
        // Lines are read in place by index: a loop over the lines themselves copies each one,
        // with its arrays and strings.
        for index in costs.indices {
            costSums.add(costs[index].presentValueMinorUnits, to: costs[index].funder)
        }
        for index in benefits.indices {
            benefitSums.add(benefits[index].presentValueMinorUnits, to: benefits[index].agency)
        }
        return (costSums.totals, benefitSums.totals)
    }
}

/// Sums by agency for ``AppraisalResult/agencyTotals``. A result has a handful of agencies, so
/// the sums are kept in a short list searched from the agency last seen, rather than hashing
/// the agency of every line.
private struct AgencySums {
    var agencies: [Agency.ID] = []
    var sums: [Int128] = []
    var last = 0

    mutating func add(_ minorUnits: Int128, to agency: Agency.ID) {
        if last >= agencies.count || agencies[last] != agency {
            if let found = agencies.firstIndex(of: agency) {
                last = found
            } else {
                agencies.append(agency)
                sums.append(0)
                last = agencies.count - 1
            }
        }
        sums[last] += minorUnits
    }

    var totals: [Agency.ID: Int128] { Dictionary(uniqueKeysWithValues: zip(agencies, sums)) }
}
