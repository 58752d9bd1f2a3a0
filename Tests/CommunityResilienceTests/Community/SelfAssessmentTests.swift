import Testing

@testable import CommunityResilience

@Suite("Council self-assessment against the eight characteristics")
struct SelfAssessmentTests {
    static func month(_ year: Int, _ month: Int) throws -> Month { try Month(year: year, month: month) }

    static func later() throws -> SelfAssessment {
        SelfAssessment(
            council: "Anytown", assessedIn: try month(2025, 3),
            responses: [
                StatementResponse("knowledge.1", .developing, evidence: "Asset map for 5 of 40 LSOAs"),
                StatementResponse("knowledge.2", .established, evidence: "Spend per LSOA for A&E and GP, 2023-24"),
                StatementResponse("knowledge.3", .notStarted),
                StatementResponse("measure.1", .embedded, evidence: "  "),
            ])
    }

    static func earlier() throws -> SelfAssessment {
        SelfAssessment(
            council: "Anytown", assessedIn: try month(2024, 3),
            responses: [
                StatementResponse("knowledge.1", .notStarted),
                StatementResponse("knowledge.2", .developing, evidence: "A&E spend by ward"),
                StatementResponse("measure.1", .embedded, evidence: "Corporate plan goals"),
                StatementResponse("culture.1", .established, evidence: "Training programme"),
            ])
    }

    @Test("the framework: eight characteristics and thirty statements from the source")
    func framework() {
        #expect(
            ResilienceCharacteristic.allCases.map(\.title) == [
                "Intent", "Approach", "Knowledge", "Commission", "Governance", "Culture", "Partnership", "Measure",
            ])
        #expect(ResilienceCharacteristic.allCases.map(\.statements.count) == [4, 7, 3, 4, 4, 2, 3, 3])
        #expect(AssessmentStatement.all.count == 30)
        #expect(Set(AssessmentStatement.all.map(\.id)).count == 30)
        #expect(
            AssessmentStatement.statement("knowledge.2")?.text
                == "Are able to define and calculate public sector spend at a community level.")
        #expect(ResilienceCharacteristic.measure.number == 8)
        #expect(MaturityLevel.allCases.map(\.score) == [0, 1, 2, 3])
    }

    /// Knowledge: developing (1), established (2), not started (0) → mean 1.0, lowest not started.
    /// Measure: one answer, embedded (3), claimed with blank evidence; two statements unanswered.
    @Test("profile per characteristic")
    func profile() throws {
        let profile = try Self.later().profile()
        #expect(profile.map(\.characteristic) == ResilienceCharacteristic.allCases)
        let knowledge = profile[2]
        #expect(knowledge.answered == 3 && knowledge.statementCount == 3)
        #expect(knowledge.counts == [.notStarted: 1, .developing: 1, .established: 1, .embedded: 0])
        #expect(knowledge.meanScore == 1.0)
        #expect(knowledge.lowest == .notStarted)
        #expect(knowledge.unanswered.isEmpty && knowledge.withoutEvidence.isEmpty)
        let measure = profile[7]
        #expect(measure.answered == 1)
        #expect(measure.meanScore == 3.0)
        #expect(measure.unanswered == ["measure.2", "measure.3"])
        #expect(measure.withoutEvidence == ["measure.1"])
        #expect(profile[0].meanScore == nil && profile[0].unanswered.count == 4)
    }

    @Test("gaps: everything below established, or unanswered, in the framework's order")
    func gaps() throws {
        let gaps = try Self.later().gaps()
        // 30 statements less knowledge.2 (established) and measure.1 (embedded).
        #expect(gaps.count == 28)
        #expect(gaps.first?.statement.id == "intent.1" && gaps.first?.level == nil)
        #expect(gaps.first { $0.statement.id == "knowledge.1" }?.level == .developing)
        #expect(
            try Self.later().gaps(below: .developing).map(\.statement.id).filter { $0.rawValue.hasPrefix("knowledge") }
                == ["knowledge.3"])
    }

    /// knowledge.1 0 → 1, knowledge.2 1 → 2, measure.1 3 → 3, knowledge.3 newly answered, culture.1
    /// answered only before. Knowledge mean (0 + 1) ÷ 2 = 0.5 → 1.0: +0.5.
    @Test("comparison between two assessments")
    func comparison() throws {
        let comparison = try Self.later().compared(with: try Self.earlier())
        #expect(comparison.improved == ["knowledge.1", "knowledge.2"])
        #expect(comparison.declined.isEmpty)
        #expect(comparison.newlyAnswered == ["knowledge.3"])
        #expect(
            comparison.statements.first { $0.statement == "culture.1" }
                == StatementChange(statement: "culture.1", before: .established, after: nil))
        #expect(comparison.statements.first { $0.statement == "measure.1" }?.change == 0)
        let knowledge = comparison.characteristics[2]
        #expect(knowledge.before == 0.5 && knowledge.after == 1.0 && knowledge.change == 0.5)
        #expect(comparison.characteristics[5].change == nil)  // culture: unanswered later
    }

    @Test("unknown and repeated statements, and assessments out of order, are typed errors")
    func errors() throws {
        var bad = try Self.later()
        bad.responses.append(StatementResponse("knowledge.4", .developing, evidence: "x"))
        bad.responses.append(StatementResponse("knowledge.1", .embedded, evidence: "y"))
        #expect(
            throws: ValidationError(issues: [
                ValidationIssue(
                    .danglingReference("knowledge.4", kind: "statement of the eight characteristics"),
                    at: "responses[4].statement"),
                ValidationIssue(.duplicateIdentifier("knowledge.1"), at: "responses[5].statement"),
            ])
        ) {
            try bad.profile()
        }
        #expect(
            throws: ValidationError(issues: [
                ValidationIssue(
                    .danglingReference("knowledge.4", kind: "statement of the eight characteristics"),
                    at: "earlier.responses[4].statement"),
                ValidationIssue(.duplicateIdentifier("knowledge.1"), at: "earlier.responses[5].statement"),
                ValidationIssue(
                    .inconsistent("the earlier assessment (2025-03) must be before this one (2025-03)"),
                    at: "earlier.assessedIn"),
            ])
        ) {
            try Self.later().compared(with: bad)
        }
    }
}
