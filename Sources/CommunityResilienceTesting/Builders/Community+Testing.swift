import CommunityResilience

extension Community {
    /// A community for tests: by default the neighbourhood `test-area`, "Test area", with 10,000
    /// residents in 2024.
    ///
    /// Populations matter only where costs and benefits are shared among an intervention's
    /// communities (``AppraisalResult/totalsByArea(_:)``): two testing communities of 1,000 and
    /// 3,000 residents split an amount 1 : 3.
    ///
    /// - Parameters:
    ///   - id: the identifier.
    ///   - name: a readable name.
    ///   - kind: the kind of area.
    ///   - population: residents in ``CommunityResilienceTesting/TestDefaults/populationYear``.
    ///   - parent: the area this one sits inside, if any.
    /// - Returns: the community.
    public static func testing(
        id: Community.ID = "test-area", name: String = "Test area", kind: AreaKind = .neighbourhood,
        population: Int = TestDefaults.population, parent: Community.ID? = nil
    ) -> Community {
        Community(id: id, name: name, kind: kind, population: [TestDefaults.populationYear: population], parent: parent)
    }
}

extension AppraisalSettings {
    /// Settings for tests: the Green Book defaults of ``AppraisalSettings/init(currency:priceBase:deflators:firstYear:horizonYears:discounting:socialDiscounting:timing:optimismBias:)``
    /// in 2024-25 prices.
    ///
    /// Pounds sterling; HM Treasury GDP deflators, March 2026 (``DeflatorSeries/gdpDeflatorsMarch2026``),
    /// so a unit cost in older prices is rebased as in a real appraisal; year 0 is the financial
    /// year of the earliest start (2024-25 for the testing builders); ten years; the Green Book
    /// discount rate of 3.5% with year 0 undiscounted; the GMCA optimism-bias table, which adds
    /// nothing at the builders' default grade 1.
    public static let testing = AppraisalSettings(
        currency: TestDefaults.currency, priceBase: TestDefaults.priceBase, deflators: .gdpDeflatorsMarch2026)
}
