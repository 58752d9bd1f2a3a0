/// The appraisal compiled into Double-precision coefficients, so that the figures for one draw
/// of the uncertain inputs cost a few multiply-adds per line instead of a run of the exact
/// ``Money`` engine.
///
/// The benefit chain is multiplicative within a line and additive across lines (see
/// ``BenefitLine``): for evidence e and unit cost u,
///
/// PV(e, u) = OB(e, u) · U(u) · n(e) · Σₖ rₑᵏ · Wₑ,ₛ[k],
///
/// with n(e) the net additional units a year (effect × cohort factors × Π(1 − share) ×
/// multiplier), rₑ = 1 − drop-off, and Wₑ,ₛ[k] = Σₜ (months of effect year k in appraisal year t
/// ÷ 12)·Dₛ(t) the discounted weight of effect year k under the line's discount schedule s. A cost
/// line's PV is its rebased amount × (1 + OB) × Σₜ quantity(t)·D(t). Lines that no uncertain input
/// touches are constants, taken exactly from the engine's own result.
///
/// Amounts drawn for unit costs and cost lines are rounded as the engine rounds them: to the
/// minor unit, then rebased and rounded again. The remaining difference from re-running the
/// engine is the engine's rounding of each line-year value and present value to the penny: at
/// most one penny per uncertain line per year (the test suite checks this bound at random points).
struct AppraisalKernel: Sendable {
    /// An amount drawn for a unit cost or cost line, in the appraisal's terms:
    /// round(round(x·scale)·factor)·(1/scale) — whole minor units, rebased and rounded again, as
    /// ``Money`` holds and rebases them (the final multiplication by 1/scale may differ from
    /// `Money.doubleValue` in the last bit).
    struct Amount: Sendable {
        let input: Int
        /// Its position in ``amounts``: the column of scratch that holds its values for a block.
        let slot: Int
        let factor: Double
        let scale: Double
        let inverseScale: Double

        init(input: Int, slot: Int, factor: Double, scale: Double) {
            self.input = input
            self.slot = slot
            self.factor = factor
            self.scale = scale
            inverseScale = 1 / scale
        }

        @inline(__always)
        func value(_ x: Double) -> Double {
            AppraisalKernel.roundedHalfEven(AppraisalKernel.roundedHalfEven(x * scale) * factor) * inverseScale
        }
    }

    /// One valued benefit line touched by an uncertain input.
    struct Line: Sendable {
        /// Optimism-bias factor × the fixed unit value (1 when the unit value is drawn).
        let coefficient: Double
        let unitValue: Amount?
        let isFiscal: Bool
        /// Index into ``agencies`` when fiscal.
        let agency: Int
    }

    /// One evidence item with at least one line touched by an uncertain input.
    struct Evidence: Sendable {
        /// The fixed part of n(e).
        let constant: Double
        let factors: [Int]
        let complements: [Int]
        let dropOff: Int?
        /// 1 − drop-off at its base value.
        let baseRetention: Double
        /// Wₛ[k] per slot (``slotCount`` slots: value types, then undiscounted).
        let weights: [[Double]]
        /// Per slot and appraisal year, the weights of each effect year: Yₛ[t][k].
        let yearWeights: [[[Double]]]
        /// Lines by slot.
        let lines: [[Line]]
        /// Index into ``services``; its demand is drawn when `isUncertain`.
        let service: Int

        var isUncertain: Bool { !factors.isEmpty || !complements.isEmpty || dropOff != nil }
    }

    /// One cost line with a drawn amount.
    struct Cost: Sendable {
        let amount: Amount
        /// (1 + OB) × Σₜ quantity(t)·D(t).
        let coefficient: Double
        /// (1 + OB) × quantity(t)·D(t), per year.
        let yearly: [Double]
    }

    /// Discount slots: one per ``ValueType`` (in `allCases` order), then the undiscounted slot
    /// used for demand avoided.
    static let slotCount = ValueType.allCases.count + 1
    static let undiscounted = ValueType.allCases.count

    let inputCount: Int
    let horizon: Int
    /// The drawn amounts (unit costs and cost lines), computed once per block.
    let amounts: [Amount]
    let evidence: [Evidence]
    let costs: [Cost]
    /// The agencies that gain fiscal benefits, in identifier order.
    let agencies: [Agency.ID]
    /// The services whose demand falls, in identifier order.
    let services: [Service.ID]
    // Totals of the lines no input touches, from the exact engine.
    let fixedBenefits: Double
    let fixedFiscal: Double
    let fixedFiscalByAgency: [Double]
    let fixedCosts: Double
    let fixedDemand: [Double]
    let fixedYearlyBenefits: [Double]
    let fixedYearlyCosts: [Double]

    // Output rows of a block, each `stride` long.
    static let benefitsRow = 0
    static let costsRow = 1
    static let fiscalRow = 2
    var firstAgencyRow: Int { 3 }
    var firstServiceRow: Int { 3 + agencies.count }
    var paybackRow: Int { 3 + agencies.count + services.count }
    var outputRows: Int { paybackRow + 1 }
    /// `x` rounded to the nearest integer, ties to even: `x.rounded(.toNearestOrEven)`, with a
    /// fast path for the amounts the kernel meets (0 ≤ x < 2⁵²): adding and subtracting 2⁵²
    /// leaves exactly that integer, since the sum's unit in the last place is 1 and IEEE addition
    /// rounds ties to even.
    @inline(__always)
    static func roundedHalfEven(_ x: Double) -> Double {
        let magic = 0x1p52
        return x >= 0 && x < magic ? (x + magic) - magic : x.rounded(.toNearestOrEven)
    }

    /// Scratch needed for `count` draws: the drawn amounts, net, value, retention, and per-year
    /// benefits and costs.
    func scratchSize(count: Int, payback: Bool) -> Int { count * (amounts.count + 4 + (payback ? 2 * horizon : 0)) }
}
