/// The eight characteristics of councils that are building stronger, more resilient communities.
///
/// From Locality Matters, *Eight characteristics of councils that are building stronger more
/// resilient communities* (localitymatters.co.uk): research, by desk review and structured
/// interviews, into which upper-tier English councils were "making genuine progress" in getting
/// communities to play a more active role in "designing, commissioning, delivering or critically
/// preventing demand for public services". Each characteristic has the statements the research
/// lists (``statements``), which a council scores in a ``SelfAssessment``.
public enum ResilienceCharacteristic: String, Hashable, Sendable, CaseIterable, Codable, Comparable {
    /// 1. They have very clear intent.
    case intent
    /// 2. They have a defined and consistently applied approach.
    case approach
    /// 3. They have knowledge about their communities and processes to maintain it.
    case knowledge
    /// 4. They commission from an asset basis.
    case commission
    /// 5. They have effective governance in place.
    case governance
    /// 6. They are changing the culture within their organisations.
    case culture
    /// 7. They have effective partnership working at a locality level.
    case partnership
    /// 8. They are able to measure the impact they are having.
    case measure

    /// The characteristic's number in the source, 1…8.
    public var number: Int { (ResilienceCharacteristic.allCases.firstIndex(of: self) ?? 0) + 1 }

    /// The one-word name the source capitalises, e.g. "Knowledge".
    public var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

    /// The characteristic as the source states it.
    public var summary: String {
        switch self {
        case .intent: return "They have very clear intent."
        case .approach:
            return
                "They have a defined and consistently applied approach for building stronger more resilient communities."
        case .knowledge: return "They have knowledge about their communities and processes to maintain this knowledge."
        case .commission:
            return
                "They commission from an asset basis which is underpinned by the aim of fostering greater community delivery (i.e. greater involvement of the community and voluntary sector from design through to delivery)."
        case .governance: return "They have effective governance in place."
        case .culture: return "They are changing the culture within their organisations."
        case .partnership: return "They have effective partnership working at a locality level."
        case .measure: return "They are able to measure the impact they are having."
        }
    }

    /// The statements to score under this characteristic, in the source's order.
    public var statements: [AssessmentStatement] {
        AssessmentStatement.texts[self, default: []].enumerated().map { index, text in
            AssessmentStatement(characteristic: self, number: index + 1, text: text)
        }
    }

    /// Orders values by their `number`.
    public static func < (lhs: ResilienceCharacteristic, rhs: ResilienceCharacteristic) -> Bool {
        lhs.number < rhs.number
    }
}
