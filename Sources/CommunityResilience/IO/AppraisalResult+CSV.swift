/// An appraisal's tables as CSV, for spreadsheets and other tools: by year, by agency, by
/// community.
///
/// Money is written as exact decimals in the appraisal's currency and price base with every
/// minor-unit digit (`1234.50`, never `1234.5` or `1.2345e3`), so totals re-add to the penny;
/// the `currency` and `price_base` columns say which. Discount factors are written in the
/// shortest form that reads back to the same `Double`. Rows are in a fixed order (years in
/// order; agencies and communities by identifier) so the same appraisal always gives the same
/// bytes. Column names are snake_case, for tools that read headers as variable names.
extension AppraisalResult {
    /// The cash flows by appraisal year (Green Book 2022, A6: real values, then discounted).
    ///
    /// Columns: `year` (financial year, `2024-25`), `discount_factor`, `costs`,
    /// `fiscal_benefits`, `economic_benefits`, `social_benefits`, `total_benefits` (real terms,
    /// undiscounted), `discounted_costs`, `discounted_fiscal_benefits`,
    /// `discounted_economic_benefits`, `discounted_social_benefits`, `discounted_total_benefits`,
    /// `net_present_value` (discounted benefits − discounted costs, so the column sums to the
    /// appraisal's NPSV), `cashable_savings` (cashable fiscal benefits, undiscounted),
    /// `currency`, `price_base`. Costs include optimism bias; benefits include additionality,
    /// persistence and optimism bias, as in ``cashFlows``.
    public var cashFlowTable: CSVTable {
        let header = [
            "year", "discount_factor", "costs", "fiscal_benefits", "economic_benefits", "social_benefits",
            "total_benefits", "discounted_costs", "discounted_fiscal_benefits", "discounted_economic_benefits",
            "discounted_social_benefits", "discounted_total_benefits", "net_present_value", "cashable_savings",
            "currency", "price_base",
        ]
        let zero = context.zero
        let rows = cashFlows.map { year -> [String] in
            let benefits = ValueType.allCases.map { year.benefits[$0]?.minorUnits ?? 0 }
            let discounted = ValueType.allCases.map { year.discountedBenefits[$0]?.minorUnits ?? 0 }
            let totalDiscounted = discounted.reduce(0, +)
            let cashable = year.cashableSavings.values.reduce(Int128(0)) { $0 + $1.minorUnits }
            return [year.year.description, "\(year.discountFactor)", year.costs.amountText]
                + benefits.map { Self.amount($0, zero) }
                + [Self.amount(benefits.reduce(0, +), zero), year.discountedCosts.amountText]
                + discounted.map { Self.amount($0, zero) }
                + [
                    Self.amount(totalDiscounted, zero),
                    Self.amount(totalDiscounted - year.discountedCosts.minorUnits, zero),
                    Self.amount(cashable, zero),
                ]
                + Self.units(zero)
        }
        return CSVTable(header: header, rows: rows)
    }

    /// Cashable fiscal savings by agency and year (real terms, undiscounted): the budget each
    /// agency could release, from ``annualCashableSavings``.
    ///
    /// Columns: `year`, `agency`, `agency_name`, `cashable_savings`, `currency`, `price_base`;
    /// one row per agency with cashable savings and year, agencies by identifier.
    public var cashableSavingsTable: CSVTable {
        let zero = context.zero
        let savings = annualCashableSavings
        var rows: [[String]] = []
        for (index, year) in years.enumerated() {
            for agency in savings.keys.sorted() {
                let amount = savings[agency].flatMap { $0.indices.contains(index) ? $0[index] : nil } ?? zero
                rows.append(
                    [year.description, agency.rawValue, context.agencyName(agency), amount.amountText]
                        + Self.units(zero))
            }
        }
        return CSVTable(
            header: ["year", "agency", "agency_name", "cashable_savings", "currency", "price_base"], rows: rows)
    }

    /// Present values by agency: what each paid and what each gained, from ``whoPaysWhoGains``.
    ///
    /// Columns: `agency`, `agency_name`, `present_value_of_costs_paid`,
    /// `present_value_of_benefits_received`, `net_position` (received − paid), `currency`,
    /// `price_base`; every agency that pays or gains, by identifier.
    public var agencyTable: CSVTable {
        let zero = context.zero
        let table = whoPaysWhoGains
        let net = table.netPosition
        let agencies = Set(table.funders).union(table.beneficiaries).sorted()
        let rows = agencies.map { agency -> [String] in
            [
                agency.rawValue, context.agencyName(agency), (table.costsByFunder[agency] ?? zero).amountText,
                (table.benefitsByBeneficiary[agency] ?? zero).amountText, Self.amount(net[agency] ?? 0, zero),
            ] + Self.units(zero)
        }
        return CSVTable(
            header: [
                "agency", "agency_name", "present_value_of_costs_paid", "present_value_of_benefits_received",
                "net_position", "currency", "price_base",
            ],
            rows: rows)
    }

    /// Who pays, who gains, one row per pair: the present value of benefits to `beneficiary`
    /// that `funder`'s money bought (see ``WhoPaysWhoGains``), funders then beneficiaries by
    /// identifier; benefits no funder paid for come last with an empty `funder`.
    ///
    /// Columns: `funder`, `funder_name`, `beneficiary`, `beneficiary_name`,
    /// `present_value_of_benefits`, `currency`, `price_base`.
    public var whoPaysWhoGainsTable: CSVTable {
        let zero = context.zero
        let table = whoPaysWhoGains
        var rows: [[String]] = []
        for funder in table.funders {
            for beneficiary in table.beneficiaries {
                guard let value = table.benefit(to: beneficiary, fundedBy: funder) else { continue }
                rows.append(
                    [
                        funder.rawValue, context.agencyName(funder), beneficiary.rawValue,
                        context.agencyName(beneficiary),
                        value.amountText,
                    ] + Self.units(zero))
            }
        }
        for beneficiary in table.unfundedBenefits.keys.sorted() {
            guard let value = table.unfundedBenefits[beneficiary] else { continue }
            rows.append(
                ["", "", beneficiary.rawValue, context.agencyName(beneficiary), value.amountText] + Self.units(zero))
        }
        return CSVTable(
            header: [
                "funder", "funder_name", "beneficiary", "beneficiary_name", "present_value_of_benefits", "currency",
                "price_base",
            ],
            rows: rows)
    }

    /// Present values by community, or by the areas of `kind` that contain them, from
    /// ``totalsByArea(_:)``.
    ///
    /// Columns: `community`, `community_name`, `area_kind`, `present_value_of_benefits`,
    /// `present_value_of_costs`, `net_present_value`, `currency`, `price_base`; by identifier.
    /// - Parameter kind: The kind of area to total by, or `nil` for the communities themselves.
    public func areaTable(_ kind: AreaKind? = nil) -> CSVTable {
        let zero = context.zero
        let totals = totalsByArea(kind)
        let communities = Dictionary(
            context.scenario.communities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let rows = totals.keys.sorted().map { id -> [String] in
            let entry = totals[id] ?? AreaTotals(benefits: zero, costs: zero)
            return [
                id.rawValue, communities[id]?.name ?? "", communities[id]?.kind.rawValue ?? "",
                entry.benefits.amountText,
                entry.costs.amountText, entry.netPresentValue.amountText,
            ] + Self.units(zero)
        }
        return CSVTable(
            header: [
                "community", "community_name", "area_kind", "present_value_of_benefits", "present_value_of_costs",
                "net_present_value", "currency", "price_base",
            ],
            rows: rows)
    }

    /// An exact amount of minor units as decimal text in the appraisal's currency.
    private static func amount(_ minorUnits: Int128, _ zero: Money) -> String {
        Money(total: minorUnits, zero.currency, zero.priceBase).amountText
    }

    /// The `currency` and `price_base` cells.
    private static func units(_ zero: Money) -> [String] {
        [zero.currency.code, zero.priceBase.description]
    }
}
