// XCTest adapters keep XCTest's own naming (XCTAssert…), which callers of XCTest expect.
// swift-format-ignore-file: AlwaysUseLowerCamelCase
#if canImport(XCTest)
    import CommunityResilience
    import XCTest

    // XCTest adapters, for teams that have not moved to Swift Testing: each runs the plain check and
    // reports its failure with `XCTFail` at the caller's file and line.

    /// Asserts that a money figure equals an amount to the penny; see ``FigureCheck/money(_:equals:)-(Figure<Money>,_)``.
    ///
    /// - Parameters:
    ///   - figure: the actual figure.
    ///   - expected: the amount it should be; a literal is read in the figure's currency and price base.
    ///   - file: where to report a failure; leave the default.
    ///   - line: where to report a failure; leave the default.
    public func XCTAssertMoney(
        _ figure: Figure<Money>, equals expected: TestAmount, file: StaticString = #filePath, line: UInt = #line
    ) {
        fail(FigureCheck.money(figure, equals: expected), file: file, line: line)
    }

    /// Asserts that an amount that is not a figure equals an amount to the penny; see
    /// ``FigureCheck/money(_:equals:label:)``.
    ///
    /// - Parameters:
    ///   - amount: the actual amount; `nil` fails.
    ///   - expected: the amount it should be.
    ///   - label: what the amount is, for the message.
    ///   - file: where to report a failure; leave the default.
    ///   - line: where to report a failure; leave the default.
    public func XCTAssertMoney(
        _ amount: Money?, equals expected: TestAmount, label: String = "Amount", file: StaticString = #filePath,
        line: UInt = #line
    ) {
        fail(FigureCheck.money(amount, equals: expected, label: label), file: file, line: line)
    }

    /// Asserts that a ratio figure equals a value within a relative tolerance; see
    /// ``FigureCheck/ratio(_:equals:relativeTolerance:)``.
    ///
    /// - Parameters:
    ///   - figure: the actual figure.
    ///   - expected: the ratio it should be.
    ///   - relativeTolerance: the largest acceptable relative difference.
    ///   - file: where to report a failure; leave the default.
    ///   - line: where to report a failure; leave the default.
    public func XCTAssertRatio(
        _ figure: Figure<Double?>, equals expected: Double, relativeTolerance: Double, file: StaticString = #filePath,
        line: UInt = #line
    ) {
        fail(FigureCheck.ratio(figure, equals: expected, relativeTolerance: relativeTolerance), file: file, line: line)
    }

    /// Asserts that a number equals a value within a relative tolerance; see
    /// ``FigureCheck/approximately(_:equals:relativeTolerance:label:)``.
    ///
    /// - Parameters:
    ///   - value: the actual value; `nil` fails.
    ///   - expected: the value it should be.
    ///   - relativeTolerance: the largest acceptable relative difference.
    ///   - label: what the value is, for the message.
    ///   - file: where to report a failure; leave the default.
    ///   - line: where to report a failure; leave the default.
    public func XCTAssertApproximately(
        _ value: Double?, equals expected: Double, relativeTolerance: Double, label: String = "Value",
        file: StaticString = #filePath, line: UInt = #line
    ) {
        fail(
            FigureCheck.approximately(value, equals: expected, relativeTolerance: relativeTolerance, label: label),
            file: file, line: line)
    }

    /// Asserts that a payback figure equals a payback, months within a relative tolerance; see
    /// ``FigureCheck/payback(_:equals:relativeTolerance:)``.
    ///
    /// - Parameters:
    ///   - figure: the actual figure.
    ///   - expected: the payback it should be.
    ///   - relativeTolerance: the largest acceptable relative difference in months.
    ///   - file: where to report a failure; leave the default.
    ///   - line: where to report a failure; leave the default.
    public func XCTAssertPayback(
        _ figure: Figure<Payback>, equals expected: Payback, relativeTolerance: Double, file: StaticString = #filePath,
        line: UInt = #line
    ) {
        fail(
            FigureCheck.payback(figure, equals: expected, relativeTolerance: relativeTolerance), file: file, line: line)
    }

    /// Asserts that an appraisal's headline figures match the golden file `Goldens/<name>.txt`
    /// beside the test file; see ``GoldenFile`` and ``GoldenPolicy``.
    ///
    /// - Parameters:
    ///   - appraisal: the appraisal whose figures are pinned.
    ///   - name: the golden file's name without `.txt`.
    ///   - record: `true` to write the actual figures, `false` never to, `nil` to follow
    ///     `RESILIENCE_RECORD_GOLDENS`. Nothing is written when `CI` is set.
    ///   - filePath: the test file's path, which locates the `Goldens` folder; leave the default.
    ///   - file: where to report a failure; leave the default.
    ///   - line: where to report a failure; leave the default.
    public func XCTAssertGolden(
        _ appraisal: Appraisal, named name: String, record: Bool? = nil, filePath: String = #filePath,
        file: StaticString = #filePath, line: UInt = #line
    ) {
        XCTAssertGolden(
            text: AppraisalSnapshot(appraisal).description, named: name, record: record, filePath: filePath,
            file: file, line: line)
    }

    /// Asserts that any text matches the golden file `Goldens/<name>.txt` beside the test file.
    ///
    /// - Parameters:
    ///   - text: the actual text.
    ///   - name: the golden file's name without `.txt`.
    ///   - record: `true` to write the actual text, `false` never to, `nil` to follow
    ///     `RESILIENCE_RECORD_GOLDENS`. Nothing is written when `CI` is set.
    ///   - filePath: the test file's path, which locates the `Goldens` folder; leave the default.
    ///   - file: where to report a failure; leave the default.
    ///   - line: where to report a failure; leave the default.
    public func XCTAssertGolden(
        text: String, named name: String, record: Bool? = nil, filePath: String = #filePath,
        file: StaticString = #filePath, line: UInt = #line
    ) {
        do {
            let golden = try GoldenFile(named: name, besideSourceFile: filePath)
            fail(golden.check(text, policy: .current(record: record)), file: file, line: line)
        } catch {
            fail(error, file: file, line: line)
        }
    }

    /// Reports a failure with `XCTFail`; nothing when there is none.
    private func fail(_ failure: CheckFailure?, file: StaticString, line: UInt) {
        guard let failure else { return }
        XCTFail(failure.message, file: file, line: line)
    }
#endif
