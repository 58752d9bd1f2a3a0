#if canImport(Testing)
    import CommunityResilience
    import Testing

    // Swift Testing adapters: each runs the plain check and records its failure as an issue at the
    // caller's source location (`#_sourceLocation` is Swift Testing's default-argument form for
    // helpers, so the issue points at the test's line, not this file). Each returns whether the
    // check passed, for tests that go on to inspect more.

    /// Expects a money figure to equal an amount to the penny; see ``FigureCheck/money(_:equals:)-(Figure<Money>,_)``.
    ///
    /// ```swift
    /// expectMoney(result.presentValueOfBenefits, equals: 16_000)
    /// ```
    ///
    /// - Parameters:
    ///   - figure: the actual figure.
    ///   - expected: the amount it should be; a literal is read in the figure's currency and price base.
    ///   - sourceLocation: where to report a failure; leave the default.
    /// - Returns: whether the check passed.
    @discardableResult
    public func expectMoney(
        _ figure: Figure<Money>, equals expected: TestAmount, sourceLocation: SourceLocation = #_sourceLocation
    ) -> Bool {
        record(FigureCheck.money(figure, equals: expected), at: sourceLocation)
    }

    /// Expects an amount that is not a figure to equal an amount to the penny; see
    /// ``FigureCheck/money(_:equals:label:)``.
    ///
    /// - Parameters:
    ///   - amount: the actual amount; `nil` fails.
    ///   - expected: the amount it should be.
    ///   - label: what the amount is, for the message.
    ///   - sourceLocation: where to report a failure; leave the default.
    /// - Returns: whether the check passed.
    @discardableResult
    public func expectMoney(
        _ amount: Money?, equals expected: TestAmount, label: String = "Amount",
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> Bool {
        record(FigureCheck.money(amount, equals: expected, label: label), at: sourceLocation)
    }

    /// Expects a ratio figure to equal a value within a relative tolerance; see
    /// ``FigureCheck/ratio(_:equals:relativeTolerance:)``.
    ///
    /// ```swift
    /// expectRatio(result.benefitCostRatio, equals: 1.6, relativeTolerance: 1e-12)
    /// ```
    ///
    /// - Parameters:
    ///   - figure: the actual figure.
    ///   - expected: the ratio it should be.
    ///   - relativeTolerance: the largest acceptable relative difference.
    ///   - sourceLocation: where to report a failure; leave the default.
    /// - Returns: whether the check passed.
    @discardableResult
    public func expectRatio(
        _ figure: Figure<Double?>, equals expected: Double, relativeTolerance: Double,
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> Bool {
        record(FigureCheck.ratio(figure, equals: expected, relativeTolerance: relativeTolerance), at: sourceLocation)
    }

    /// Expects a number — units avoided, a rate — to equal a value within a relative tolerance; see
    /// ``FigureCheck/approximately(_:equals:relativeTolerance:label:)``.
    ///
    /// - Parameters:
    ///   - value: the actual value; `nil` fails.
    ///   - expected: the value it should be.
    ///   - relativeTolerance: the largest acceptable relative difference.
    ///   - label: what the value is, for the message.
    ///   - sourceLocation: where to report a failure; leave the default.
    /// - Returns: whether the check passed.
    @discardableResult
    public func expectApproximately(
        _ value: Double?, equals expected: Double, relativeTolerance: Double, label: String = "Value",
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> Bool {
        record(
            FigureCheck.approximately(value, equals: expected, relativeTolerance: relativeTolerance, label: label),
            at: sourceLocation)
    }

    /// Expects a payback figure to equal a payback, months within a relative tolerance; see
    /// ``FigureCheck/payback(_:equals:relativeTolerance:)``.
    ///
    /// - Parameters:
    ///   - figure: the actual figure.
    ///   - expected: the payback it should be.
    ///   - relativeTolerance: the largest acceptable relative difference in months.
    ///   - sourceLocation: where to report a failure; leave the default.
    /// - Returns: whether the check passed.
    @discardableResult
    public func expectPayback(
        _ figure: Figure<Payback>, equals expected: Payback, relativeTolerance: Double,
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> Bool {
        record(FigureCheck.payback(figure, equals: expected, relativeTolerance: relativeTolerance), at: sourceLocation)
    }

    /// Expects an appraisal's headline figures (an ``AppraisalSnapshot``) to match the golden file
    /// `Goldens/<name>.txt` beside the test file; see ``GoldenFile`` and ``GoldenPolicy``.
    ///
    /// ```swift
    /// expectGolden(try scenario.appraise(with: .testing), named: "falls-prevention")
    /// ```
    ///
    /// - Parameters:
    ///   - appraisal: the appraisal whose figures are pinned.
    ///   - name: the golden file's name without `.txt`.
    ///   - record: `true` to write the actual figures (accept them), `false` never to, `nil` to
    ///     follow `RESILIENCE_RECORD_GOLDENS`. Nothing is written when `CI` is set.
    ///   - filePath: the test file's path, which locates the `Goldens` folder; leave the default.
    ///   - sourceLocation: where to report a failure; leave the default.
    /// - Returns: whether the check passed.
    @discardableResult
    public func expectGolden(
        _ appraisal: Appraisal, named name: String, record: Bool? = nil, filePath: String = #filePath,
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> Bool {
        expectGolden(
            text: AppraisalSnapshot(appraisal).description, named: name, record: record, filePath: filePath,
            sourceLocation: sourceLocation)
    }

    /// Expects any text — a report, a summary — to match the golden file `Goldens/<name>.txt` beside
    /// the test file.
    ///
    /// - Parameters:
    ///   - text: the actual text.
    ///   - name: the golden file's name without `.txt`.
    ///   - record: `true` to write the actual text, `false` never to, `nil` to follow
    ///     `RESILIENCE_RECORD_GOLDENS`. Nothing is written when `CI` is set.
    ///   - filePath: the test file's path, which locates the `Goldens` folder; leave the default.
    ///   - sourceLocation: where to report a failure; leave the default.
    /// - Returns: whether the check passed.
    @discardableResult
    public func expectGolden(
        text: String, named name: String, record: Bool? = nil, filePath: String = #filePath,
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> Bool {
        do {
            let golden = try GoldenFile(named: name, besideSourceFile: filePath)
            return CommunityResilienceTesting.record(
                golden.check(text, policy: .current(record: record)), at: sourceLocation)
        } catch {
            return CommunityResilienceTesting.record(error, at: sourceLocation)
        }
    }

    /// Records a failure as a Swift Testing issue; `true` when there is none.
    private func record(_ failure: CheckFailure?, at sourceLocation: SourceLocation) -> Bool {
        guard let failure else { return true }
        Issue.record(Comment(rawValue: failure.message), sourceLocation: sourceLocation)
        return false
    }
#endif
