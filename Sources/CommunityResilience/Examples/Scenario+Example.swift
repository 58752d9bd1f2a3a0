extension Scenario {
    /// The bundled example: two published UK case studies of community-led resilience work,
    /// completed with labelled assumptions.
    ///
    /// 1. **Fire service home safety checks.** A fire and rescue service pilot that modified its
    ///    home safety checks to include health risks reported **130 fewer A&E admissions** and a
    ///    **60% reduction in repeat GP visits** (National Consortium for Societal Resilience
    ///    [UK+], Part 9, Day 2 afternoon panel, David Norris).
    /// 2. **Voluntary partners in emergency planning.** Integrating voluntary, community and
    ///    social enterprise (VCSE) partners into NHS emergency preparedness (EPRR) in Cheshire and
    ///    Merseyside improved patient discharge, **saving over £2.5m** (same panel, Carrie McKenzie).
    ///
    /// Only those three figures are published. Everything else — the pilot's length, its reach,
    /// what a visit costs, the baseline of repeat GP visits, how the £2.5m was counted — is an
    /// ``Assumption`` in ``assumptions`` with its reasoning, and unit costs cite their tables.
    /// Appraise it with ``DeflatorSeries/gdpDeflatorsMarch2026`` to rebase unit costs to 2024-25
    /// prices.
    ///
    /// For community knowledge (asset maps, spend per community, the capacity and trust index) the
    /// pilot area also holds one ward and five small areas with assets and indicator values. These
    /// are **illustrative**, not real places or survey results (assumption
    /// "illustrative-communities"); they do not enter the appraisal. Matching spend records are in
    /// ``SpendRecord/examples``.
    public static let example: Scenario = ExampleScenario.make()
}

extension DeflatorSeries {
    /// HM Treasury GDP deflators at market prices by UK financial year, 2008-09 to 2024-25,
    /// 2024-25 = 100 (Quarterly National Accounts, March 2026 release; ONS series L8GG).
    ///
    /// Transcribed for the bundled example from a public copy of the release and cross-checked
    /// against a second independent copy for 2008-09, 2015-16, 2018-19, 2019-20, 2022-23 and
    /// 2024-25. Forecast years are deliberately left out. For real work, supply the latest
    /// release yourself.
    public static let gdpDeflatorsMarch2026 = DeflatorSeries(
        uncheckedSource: "HM Treasury GDP deflators at market prices, March 2026 (2024-25 = 100)",
        indices: [
            2008: 66.8397, 2009: 67.7042, 2010: 68.8561, 2011: 70.3261, 2012: 71.5454,
            2013: 73.0337, 2014: 74.0662, 2015: 74.5804, 2016: 76.0754, 2017: 77.0388,
            2018: 78.7948, 2019: 80.8738, 2020: 85.1002, 2021: 85.3036, 2022: 91.2996,
            2023: 96.1117, 2024: 100.0,
        ])
}

/// Builds ``Scenario/example`` from literal values checked by the test suite (which validates the
/// example), so that no initialiser in it can fail at run time.
private enum ExampleScenario {
    static func month(_ year: Int, _ month: Int) -> Month { Month(uncheckedIndex: year * 12 + month - 1) }

    static func pounds(_ pence: Int128, _ financialYear: Int) -> Money {
        Money(unchecked: pence, .gbp, .financialYear(financialYear))
    }

    static let fire = Agency.fireAndRescue
    static let acute = Agency.nhsAcuteTrust
    static let primary = Agency.primaryCare
    static let vcse = Agency.voluntarySector
    static let icb = Agency(id: "cm-icb", name: "NHS Cheshire and Merseyside ICB", sector: .integratedCareBoard)

    static func make() -> Scenario {
        Scenario(
            name: "Home safety checks and VCSE discharge support",
            summary: """
                Two published UK case studies of community-led resilience work: a fire and rescue \
                service home safety check pilot with health referrals, and voluntary sector partners \
                in NHS emergency planning improving hospital discharge in Cheshire and Merseyside.
                """,
            agencies: [fire, acute, primary, vcse, icb],
            communities: communities + illustrativeCommunities,
            assets: illustrativeAssets,
            indicators: illustrativeIndicators,
            services: services,
            unitCosts: unitCosts,
            interventions: interventions,
            evidence: evidence,
            assumptions: assumptions + [illustrativeAssumption])
    }

    static let communities: [Community] = [
        Community(
            id: "cheshire-merseyside", name: "Cheshire and Merseyside", kind: .integratedCareBoard,
            population: [2021: 2_700_000]),
        Community(
            id: "safety-check-pilot-area", name: "Home safety check pilot area (illustrative)",
            kind: .neighbourhood, population: [2023: 60_000]),
    ]

    static let services: [Service] = [
        Service(id: "ae", name: "A&E attendances", agency: acute.id, measure: .accidentAndEmergencyAttendance),
        Service(id: "gp-repeat", name: "Repeat GP appointments", agency: primary.id, measure: .gpAppointment),
        Service(
            id: "delayed-discharge", name: "Delayed discharge bed days", agency: acute.id, measure: .delayedDischargeDay
        ),
    ]

    static let unitCosts: [UnitCost] = [
        UnitCost(
            id: "uc-ae", service: "ae", amount: pounds(10_900, 2011), valueType: .fiscal, isCashable: false,
            agency: acute.id,
            source:
                "GMCA (New Economy) Unit Cost Database v1.4, HE4.0 'A&E attendance, all scenarios', £109, 2011-12 prices",
            grade: .three),
        UnitCost(
            id: "uc-gp", service: "gp-repeat", amount: pounds(4_900, 2022), valueType: .fiscal, isCashable: false,
            agency: primary.id,
            source:
                "PSSRU Unit Costs of Health and Social Care 2023, Table 9.4.2: GP consultation of 10 minutes, £49, 2022-23 prices",
            grade: .two),
        UnitCost(
            id: "uc-delayed-discharge", service: "delayed-discharge", amount: pounds(39_500, 2022), valueType: .fiscal,
            isCashable: false, agency: acute.id,
            source:
                "The King's Fund (2023), 'The hidden problems behind delayed discharges and their costs': £395 direct cost per night, 2022-23 prices",
            grade: .three),
    ]

    static let interventions: [Intervention] = [
        Intervention(
            id: "home-safety-checks", name: "Fire service home safety checks with health referral",
            summary:
                "Fire and rescue staff add health and falls risks to home safety checks and refer residents to primary care and community support.",
            deliveryPartners: [fire.id, primary.id], communities: ["safety-check-pilot-area"],
            start: month(2023, 4), end: month(2024, 3),
            costs: [
                CostLine(
                    item: "Training and referral pathway set-up", basis: .oneOff, amount: pounds(2_000_000, 2023),
                    funder: fire.id, grade: .four),
                CostLine(
                    item: "Home safety check with health module, per visit", basis: .perParticipant,
                    amount: pounds(7_500, 2023), funder: fire.id, grade: .four),
            ],
            participants: 2_000, targetServices: ["ae", "gp-repeat"]),
        Intervention(
            id: "vcse-discharge", name: "VCSE partners in emergency preparedness and discharge",
            summary:
                "Voluntary, community and social enterprise partners join NHS emergency preparedness (EPRR) and support patients home from hospital.",
            deliveryPartners: [vcse.id, acute.id], communities: ["cheshire-merseyside"],
            start: month(2022, 4), end: month(2023, 3),
            costs: [
                CostLine(
                    item: "Grants to VCSE partners for discharge support", basis: .annual,
                    amount: pounds(60_000_000, 2022), funder: icb.id, grade: .four)
            ],
            participants: 3_000, targetServices: ["delayed-discharge"]),
    ]

    /// Before-and-after figures without a comparison group: some of the fall would have happened
    /// anyway (see the "safety-check-deadweight" assumption).
    static let safetyCheckAdditionality = Additionality(
        deadweight: Additionality.Adjustment(
            Fraction(unchecked: 0.1), source: "Assumption 'safety-check-deadweight'",
            rationale:
                "Pilot figures compare before and after with no comparison group; 10% allows for demand that would have fallen anyway."
        ))

    /// Hazards fixed at a visit (alarms fitted, trip hazards removed) keep working, while the
    /// health referral's effect fades (see the "safety-check-persistence" assumption).
    static let safetyCheckPersistence = Persistence(
        durationYears: 3, dropOff: Fraction(unchecked: 0.5),
        rationale: "Assumption 'safety-check-persistence': three years, halving each year")

    static let evidence: [OutcomeEvidence] = [
        OutcomeEvidence(
            id: "ev-ae", intervention: "home-safety-checks", service: "ae",
            period: Period(month(2023, 4)...month(2024, 3)), effect: .absoluteReduction(units: 130),
            strength: .level1, grade: .four,
            source:
                "National Consortium for Societal Resilience [UK+], Part 9, Day 2 afternoon panel: '130 fewer A&E admissions'",
            additionality: safetyCheckAdditionality, persistence: safetyCheckPersistence),
        OutcomeEvidence(
            id: "ev-gp", intervention: "home-safety-checks", service: "gp-repeat",
            period: Period(month(2023, 4)...month(2024, 3)),
            effect: .relativeReduction(Fraction(unchecked: 0.6), baselinePerYear: 1_000),
            strength: .level1, grade: .four,
            source:
                "National Consortium for Societal Resilience [UK+], Part 9, Day 2 afternoon panel: '60% reduction in repeat visits from GPs'",
            additionality: safetyCheckAdditionality, persistence: safetyCheckPersistence),
        OutcomeEvidence(
            id: "ev-discharge", intervention: "vcse-discharge", service: "delayed-discharge",
            community: "cheshire-merseyside", period: Period(month(2022, 4)...month(2023, 3)),
            effect: .absoluteReduction(units: 6_329), strength: .level1, grade: .four,
            source:
                "National Consortium for Societal Resilience [UK+], Part 9: VCSE partners in EPRR in Cheshire and Merseyside 'saving over £2.5m'"
        ),
    ]

    static let assumptions: [Assumption] = [
        Assumption(
            id: "pilot-length",
            statement:
                "The home safety check pilot ran for 12 months, April 2023 to March 2024, and the 130 and 60% figures cover that year.",
            reasoning:
                "The source gives no dates or duration; one financial year is the usual length of a fire service pilot and keeps the annual figures as reported."
        ),
        Assumption(
            id: "ae-admissions-as-attendances",
            statement: "'130 fewer A&E admissions' is read as 130 fewer A&E attendances.",
            reasoning:
                "'A&E admissions' is ambiguous between attendances and emergency admissions via A&E. Attendances carry the lower unit cost (£109 against about £1,500 for a non-elective admission), so this reading is the conservative one."
        ),
        Assumption(
            id: "gp-baseline",
            statement:
                "Residents visited made 1,000 repeat GP appointments a year before the pilot (about 500 residents at higher risk, two repeat appointments each).",
            reasoning:
                "The 60% reduction is published without a base. 500 of the 2,000 residents visited being referred for health reasons (25%) and two repeat appointments each are cautious figures; change them when local data are available."
        ),
        Assumption(
            id: "visit-cost",
            statement:
                "A home safety check with the health module costs £75 per visit (2023-24 prices), plus £20,000 for training and the referral pathway.",
            reasoning:
                "No published cost per Safe and Well visit was found. £75 allows 60–90 minutes of a technician's time with travel and recording; compare £55 per client for fire-safety risk assessment in NHS Tayside with the Scottish Fire and Rescue Service (BMC Research Notes, 2015) and £16.05 an hour fire-safety labour cost (GMCA Unit Cost Database v1.4, FI7.0, 2008-09 prices).",
            source: "BMC Research Notes (2015); GMCA Unit Cost Database v1.4 FI7.0"),
        Assumption(
            id: "visits",
            statement: "The pilot made 2,000 home safety checks.",
            reasoning:
                "The source does not give the pilot's reach. Cheshire Fire and Rescue Service made 47,768 Safe and Well visits in 14 months (2017–18), so 2,000 is a modest pilot in one area.",
            source: "Cheshire Fire and Rescue Service press release (2018)"),
        Assumption(
            id: "discharge-bed-days",
            statement:
                "The '£2.5m saved' is 6,329 delayed-discharge bed days avoided in 2022-23, valued at £395 a night (2022-23 prices).",
            reasoning:
                "No published calculation was found. £2,500,000 ÷ £395 = 6,329 bed days (rounded down) reproduces the published saving with a standard, cited unit cost, so the engine's valuation can be checked against the claim."
        ),
        Assumption(
            id: "discharge-cost",
            statement:
                "The ICB funded VCSE partners £600,000 for the year (2022-23 prices) for 3,000 patients supported.",
            reasoning:
                "The programme's cost is not published. £600,000 is about £200 per patient supported, in line with VCSE 'home from hospital' services; Cheshire's Community Home First supported 1,384 people in 2024 and 2,081 in 2025."
        ),
        Assumption(
            id: "safety-check-deadweight",
            statement:
                "10% of the fall in A&E attendances and repeat GP appointments after home safety checks would have happened anyway (deadweight).",
            reasoning:
                "The pilot's figures are before-and-after with no comparison group (Maryland level 1), so part of the fall may be regression to the mean. 10% is a low deadweight in the HCA Additionality Guide's terms; a matched comparison would replace it."
        ),
        Assumption(
            id: "safety-check-persistence",
            statement:
                "The effect of a home safety check lasts three years, halving each year (100%, 50%, 25% of the first year's).",
            reasoning:
                "Smoke alarms fitted and hazards removed keep working, while the effect of a health referral fades; three years with 50% drop-off is a cautious SROI-style assumption."
        ),
        Assumption(
            id: "cashability",
            statement: "All savings are non-cashable (capacity released) unless a partner agrees to release budget.",
            reasoning:
                "The GMCA method leaves cashability to the analyst; freed A&E, GP and bed-day capacity is normally re-used rather than removed from budgets."
        ),
    ]

    // MARK: Illustrative communities (community knowledge only)

    static let illustrativeAssumption = Assumption(
        id: "illustrative-communities",
        statement:
            "The pilot area's ward 'pilot-ward' and its five small areas 'pilot-lsoa-a' to 'pilot-lsoa-e', their populations, centroids, community assets and capacity and trust indicator values, and the spend records in SpendRecord.examples, are illustrative.",
        reasoning:
            "They show how asset maps, spend per community and the capacity and trust index work on the example; they are not real LSOAs, survey results or budgets, and no appraisal figure depends on them. Replace them with the council's asset register, Community Life Survey or local survey results, and finance data."
    )

    /// A literal coordinate within range (the example's tests check every one is present).
    static func point(_ latitude: Double, _ longitude: Double) -> Coordinate? {
        try? Coordinate(latitude: latitude, longitude: longitude)
    }

    /// One ward of 7,750 residents in five small areas of about 1,550 (LSOA-sized).
    static let illustrativeCommunities: [Community] = [
        Community(
            id: "pilot-ward", name: "Pilot area ward (illustrative)", kind: .ward,
            population: [2023: 7_750], parent: "safety-check-pilot-area"),
        Community(
            id: "pilot-lsoa-a", name: "Pilot small area A (illustrative)", kind: .lsoa,
            population: [2023: 1_620], parent: "pilot-ward", centroid: point(53.4300, -2.8500)),
        Community(
            id: "pilot-lsoa-b", name: "Pilot small area B (illustrative)", kind: .lsoa,
            population: [2023: 1_480], parent: "pilot-ward", centroid: point(53.4250, -2.8400)),
        Community(
            id: "pilot-lsoa-c", name: "Pilot small area C (illustrative)", kind: .lsoa,
            population: [2023: 1_710], parent: "pilot-ward", centroid: point(53.4200, -2.8600)),
        Community(
            id: "pilot-lsoa-d", name: "Pilot small area D (illustrative)", kind: .lsoa,
            population: [2023: 1_550], parent: "pilot-ward", centroid: point(53.4350, -2.8700)),
        Community(
            id: "pilot-lsoa-e", name: "Pilot small area E (illustrative)", kind: .lsoa,
            population: [2023: 1_390], parent: "pilot-ward", centroid: point(53.4180, -2.8350)),
    ]

    /// Small area E has no meeting place, the gap the asset map should find.
    static let illustrativeAssets: [CommunityAsset] = [
        CommunityAsset(
            id: "asset-a-centre", name: "Community centre (illustrative)", kind: .communityCentre,
            community: "pilot-lsoa-a", location: point(53.4305, -2.8495)),
        CommunityAsset(
            id: "asset-a-volunteers", name: "Good neighbours scheme (illustrative)", kind: .volunteers,
            community: "pilot-lsoa-a"),
        CommunityAsset(
            id: "asset-a-faith", name: "Parish church congregation (illustrative)", kind: .faithGroup,
            community: "pilot-lsoa-a"),
        CommunityAsset(
            id: "asset-b-hall", name: "Church hall (illustrative)", kind: .venue,
            community: "pilot-lsoa-b", location: point(53.4245, -2.8410)),
        CommunityAsset(
            id: "asset-b-mutual-aid", name: "Street mutual aid group (illustrative)", kind: .mutualAidGroup,
            community: "pilot-lsoa-b"),
        CommunityAsset(
            id: "asset-c-room", name: "Library community room (illustrative)", kind: .venue,
            community: "pilot-lsoa-c", location: point(53.4195, -2.8590)),
        CommunityAsset(
            id: "asset-c-charity", name: "Older people's charity (illustrative)", kind: .voluntaryOrganisation,
            community: "pilot-lsoa-c"),
        CommunityAsset(
            id: "asset-d-cafe", name: "Community café (illustrative)", kind: .venue,
            community: "pilot-lsoa-d", location: point(53.4352, -2.8690)),
        CommunityAsset(
            id: "asset-d-enterprise", name: "Community transport social enterprise (illustrative)",
            kind: .socialEnterprise, community: "pilot-lsoa-d"),
        CommunityAsset(
            id: "asset-e-park", name: "Recreation ground (illustrative)", kind: .greenSpace,
            community: "pilot-lsoa-e", location: point(53.4182, -2.8355)),
    ]

    /// Five indicators per small area, named as ``CompositeIndexDefinition/capacityAndTrust``
    /// reads them. Venues per 1,000 residents follow the assets above (meeting places ÷
    /// population × 1,000, to two decimals); the other values are illustrative.
    static let illustrativeIndicators: [CommunityIndicator] = {
        let period = Period(month(2023, 4)...month(2024, 3))
        let source = "Illustrative value (assumption 'illustrative-communities')"
        let rows: [(Community.ID, venues: Double, groups: Double, volunteering: Double, trust: Double, civic: Double)] =
            [
                ("pilot-lsoa-a", 0.62, 4.3, 18, 41, 33),
                ("pilot-lsoa-b", 0.68, 3.4, 15, 38, 29),
                ("pilot-lsoa-c", 0.58, 5.8, 22, 47, 36),
                ("pilot-lsoa-d", 0.65, 2.6, 13, 35, 27),
                ("pilot-lsoa-e", 0.00, 1.4, 11, 29, 24),
            ]
        return rows.flatMap { row in
            [
                CommunityIndicator(
                    community: row.0, name: "venues per 1,000 residents", value: row.venues,
                    unit: .perThousandResidents, period: period, source: source),
                CommunityIndicator(
                    community: row.0, name: "active groups per 1,000 residents", value: row.groups,
                    unit: .perThousandResidents, period: period, source: source),
                CommunityIndicator(
                    community: row.0, name: "volunteering rate", value: row.volunteering,
                    unit: .percent, period: period, source: source),
                CommunityIndicator(
                    community: row.0, name: "trust in neighbours", value: row.trust,
                    unit: .percent, period: period, source: source),
                CommunityIndicator(
                    community: row.0, name: "civic participation", value: row.civic,
                    unit: .percent, period: period, source: source),
            ]
        }
    }()
}
