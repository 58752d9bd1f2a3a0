/// The headline figures of an appraisal for one set of input values, from the compiled kernel:
/// what ``UncertaintyAnalysis`` computes for each draw.
public struct AppraisalPoint: Hashable, Sendable {
    /// The input values, in the analysis's input order.
    public let inputValues: [Double]
    /// PV benefits − PV costs, in major units of the appraisal's currency.
    public let netPresentValue: Double
    /// Present value of benefits.
    public let presentValueOfBenefits: Double
    /// Present value of costs.
    public let presentValueOfCosts: Double
    /// PV benefits ÷ PV costs; `nil` without costs.
    public let benefitCostRatio: Double?
    /// PV fiscal benefits ÷ PV costs; `nil` without costs.
    public let fiscalReturnOnInvestment: Double?
    /// PV fiscal benefits to each agency ÷ PV costs (empty without costs).
    public let fiscalReturnOnInvestmentByAgency: [Agency.ID: Double]
    /// Months to payback (``Payback``'s rule); `nil` when it never pays back.
    public let paybackMonths: Double?
    /// Net additional demand avoided over the appraisal, by service.
    public let demandAvoided: [Service.ID: Double]
}

extension UncertaintyAnalysis {
    /// The figures at the base values (every input at the value the scenario holds).
    public var baseFigures: AppraisalPoint {
        point(at: baseValues)
    }

    /// The figures with the inputs at `values`.
    ///
    /// - Parameter values: One value per input, in input order, each within its number's domain.
    /// - Returns: The figures.
    /// - Throws: ``ValidationError`` at `values` for a wrong count, or at `values[i]` for a value
    ///   that is not finite or is outside its domain.
    public func figures(at values: [Double]) throws(ValidationError) -> AppraisalPoint {
        guard values.count == inputs.count else {
            throw ValidationError(
                ValidationIssue(
                    .inconsistent("\(values.count) values for \(inputs.count) inputs: give one value per input"),
                    at: "values"))
        }
        var issues: [ValidationIssue] = []
        for (index, value) in values.enumerated() {
            let path = FieldPath.root.appending("values", index: index)
            if !value.isFinite {
                issues.append(ValidationIssue(.notFinite("\(value)"), at: path))
            } else if !domains[index].contains(value) {
                issues.append(ValidationIssue(.outOfRange("\(value)", allowed: domains[index].allowed), at: path))
            }
        }
        guard issues.isEmpty else { throw ValidationError(issues: issues) }
        return point(at: values)
    }

    /// The kernel's output rows for one point.
    func rows(at values: [Double], payback: Bool) -> [Double] {
        var rows = Array(repeating: 0.0, count: kernel.outputRows)
        var scratch = Array(repeating: 0.0, count: Swift.max(1, kernel.scratchSize(count: 1, payback: payback)))
        let padded = values + [0]  // never empty, so its buffer has an address even without inputs
        padded.withUnsafeBufferPointer { input in
            rows.withUnsafeMutableBufferPointer { output in
                scratch.withUnsafeMutableBufferPointer { work in
                    guard let inputBase = input.baseAddress, let outputBase = output.baseAddress,
                        let workBase = work.baseAddress
                    else { return }
                    kernel.evaluate(
                        inputs: inputBase, inputStride: 1, count: 1, outputs: outputBase, outputStride: 1,
                        scratch: workBase, payback: payback)
                }
            }
        }
        return rows
    }

    /// NPV with the inputs at `values` (no checks: for the sensitivity searches).
    func netPresentValue(at values: [Double]) -> Double {
        let rows = self.rows(at: values, payback: false)
        return rows[AppraisalKernel.benefitsRow] - rows[AppraisalKernel.costsRow]
    }

    func point(at values: [Double]) -> AppraisalPoint {
        let rows = self.rows(at: values, payback: true)
        let benefits = rows[AppraisalKernel.benefitsRow]
        let costs = rows[AppraisalKernel.costsRow]
        let payback = rows[kernel.paybackRow]
        return AppraisalPoint(
            inputValues: values, netPresentValue: benefits - costs, presentValueOfBenefits: benefits,
            presentValueOfCosts: costs, benefitCostRatio: costs != 0 ? benefits / costs : nil,
            fiscalReturnOnInvestment: costs != 0 ? rows[AppraisalKernel.fiscalRow] / costs : nil,
            fiscalReturnOnInvestmentByAgency: costs == 0
                ? [:]
                : Dictionary(
                    uniqueKeysWithValues: kernel.agencies.enumerated().map {
                        ($1, rows[kernel.firstAgencyRow + $0] / costs)
                    }),
            paybackMonths: payback.isFinite ? payback : nil,
            demandAvoided: Dictionary(
                uniqueKeysWithValues: kernel.services.enumerated().map { ($1, rows[kernel.firstServiceRow + $0]) }))
    }
}
