extension SpendRecord {
    /// Illustrative spend records for the bundled example's pilot ward, 2023-24, in 2023-24
    /// prices (assumption "illustrative-communities" in ``Scenario/example``): what a council's
    /// first attempt at "public sector spend at a community level" looks like.
    ///
    /// - A&E (£420,000) and repeat GP appointments (£180,000) are known only for the ward and are
    ///   apportioned to its five small areas: about 0.35 A&E attendances a resident a year ×
    ///   7,750 residents × £155 ≈ £420,000;
    /// - home fire safety visits (£25,000) are also recorded for the ward;
    /// - small grants to community groups are recorded for the small areas that received them.
    ///
    /// ``exampleServices`` lists the two services the scenario does not model.
    public static let examples: [SpendRecord] = {
        let year = Period(Month(uncheckedIndex: 2023 * 12 + 3)...Month(uncheckedIndex: 2024 * 12 + 2))
        let source = "Illustrative (assumption 'illustrative-communities')"
        func pounds(_ whole: Int128) -> Money { Money(unchecked: whole * 100, .gbp, .financialYear(2023)) }
        return [
            SpendRecord(
                id: "spend-ae", agency: Agency.nhsAcuteTrust.id, service: "ae", area: "pilot-ward",
                period: year, amount: pounds(420_000), source: source),
            SpendRecord(
                id: "spend-gp", agency: Agency.primaryCare.id, service: "gp-repeat", area: "pilot-ward",
                period: year, amount: pounds(180_000), source: source),
            SpendRecord(
                id: "spend-fire-prevention", agency: Agency.fireAndRescue.id, service: "fire-prevention",
                area: "pilot-ward", period: year, amount: pounds(25_000), source: source),
            SpendRecord(
                id: "spend-grants-b", agency: "cm-icb", service: "community-grants", area: "pilot-lsoa-b",
                period: year, amount: pounds(4_000), source: source),
            SpendRecord(
                id: "spend-grants-e", agency: "cm-icb", service: "community-grants", area: "pilot-lsoa-e",
                period: year, amount: pounds(6_000), source: source),
        ]
    }()

    /// The services ``examples`` records spend on that ``Scenario/example`` does not model, to
    /// pass as `additionalServices` to ``SpendLedger/init(records:scenario:additionalServices:in:currency:)``.
    public static let exampleServices: [Service] = [
        Service(
            id: "fire-prevention", name: "Home fire safety visits", agency: Agency.fireAndRescue.id,
            measure: .custom(unit: "home fire safety visit")),
        Service(
            id: "community-grants", name: "Small grants to community groups", agency: "cm-icb",
            measure: .custom(unit: "grant")),
    ]
}

extension SpendClassification {
    /// The example's classification: A&E and repeat GP appointments are reactive; home fire
    /// safety visits and community grants are preventative.
    public static let example: SpendClassification = {
        var purposes: [Service.ID: SpendPurpose] = [:]
        for service: Service.ID in ["ae", "gp-repeat", "delayed-discharge"] { purposes[service] = .reactive }
        for service: Service.ID in ["fire-prevention", "community-grants"] { purposes[service] = .preventative }
        return SpendClassification(unchecked: purposes)
    }()
}
