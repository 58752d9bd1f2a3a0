/// One statement of the eight-characteristics framework, such as Knowledge 2: "Are able to define
/// and calculate public sector spend at a community level."
///
/// Statements are identified as `characteristic.number` (`"knowledge.2"`), numbered in the
/// source's order (Locality Matters, *Eight characteristics of councils that are building
/// stronger more resilient communities*). The texts are the source's, lightly edited only where
/// a bullet continued across lines.
public struct AssessmentStatement: Identifiable, Hashable, Sendable {
    /// A statement's identifier, e.g. `"knowledge.2"`.
    public typealias ID = Identifier<AssessmentStatement>

    /// The characteristic the statement belongs to.
    public let characteristic: ResilienceCharacteristic
    /// Its position within the characteristic, from 1.
    public let number: Int
    /// The statement as the source words it.
    public let text: String

    /// `"<characteristic>.<number>"`.
    public var id: ID { ID("\(characteristic.rawValue).\(number)") }

    /// Every statement of the framework, characteristic by characteristic (30 in all).
    public static var all: [AssessmentStatement] {
        ResilienceCharacteristic.allCases.flatMap(\.statements)
    }

    /// The statement with identifier `id`, if the framework has one.
    public static func statement(_ id: ID) -> AssessmentStatement? {
        all.first { $0.id == id }
    }

    static let texts: [ResilienceCharacteristic: [String]] = [
        .intent: [
            "Community empowerment is embedded in strategic plans.",
            "Beyond principles they have a defined approach – a way of doing things.",
            "They see community empowerment as a part of budget and demand management approaches.",
            "They recognise that people can get trapped in a service delivery world.",
        ],
        .approach: [
            "They have approaches that support communities to place less demand on public services.",
            "They are actively looking to encourage greater co-production of public services: involving communities, at the earliest possible time, in defining requirements and designing how these will be addressed (or their need prevented) and being involved in the delivery of services or demand management activity.",
            "They are working with elected members to get them to be more involved in their local communities.",
            "In unitary councils they are creating and funding ward forums.",
            "They have dedicated staff teams to undertake community work and co-ordinate activity across the council.",
            "They try to understand which staff live and work in their communities.",
            "They are devolving meaningful budgets to community control.",
        ],
        .knowledge: [
            "Have a defined way of understanding and mapping community assets (people, organisations and physical assets).",
            "Are able to define and calculate public sector spend at a community level.",
            "Have some way of measuring community capacity across all their communities.",
        ],
        .commission: [
            "Commissioners engage with communities at the earliest possible stage.",
            "Commissioners test, as part of any procurement exercise, whether the community is capable of delivering the required service or aspects of it.",
            "They have processes in place to measure the impact of community empowerment on budgets, service delivery and service demand.",
            "They understand the principles of social impact investment and are looking to apply them to community development work.",
        ],
        .governance: [
            "They have a director with specific responsibility for supporting demand management work in communities.",
            "They have an elected member with specific responsibility for supporting demand management work in communities.",
            "Political patience – an acceptance that it will take time to measure impact upon public services.",
            "They recognise, and are dealing with, the challenge that may come from encouraging greater involvement of community groups and how this may clash with the responsibilities and mandate of elected members.",
        ],
        .culture: [
            "They have programmes in place to help support and train staff.",
            "Their aspirations around community empowerment are enshrined in staff appraisals and team targets.",
        ],
        .partnership: [
            "They have processes in place to allow joint working at a locality level.",
            "They are starting conversations with partners where they say “if we can reduce demand for your service in this area will you commit to realignment of budget”.",
            "There is meaningful activity around shared budgets at a locality level between different statutory providers.",
        ],
        .measure: [
            "They have specific goals both around strengthening communities and reducing public service demand.",
            "They are able to assess whether interventions are improving services or what specific difference they are making.",
            "They have systems in place to measure the impact they are having on community resilience, and on service demand and service costs.",
        ],
    ]
}

/// How far a council has got with one statement.
///
/// A four-point maturity scale of the kind used in LGA and CIPFA self-assessment tools; the
/// score (0–3) is what profiles average.
public enum MaturityLevel: String, Hashable, Sendable, CaseIterable, Codable, Comparable, CustomStringConvertible {
    /// Nothing in place yet.
    case notStarted
    /// Work has begun but is partial or new.
    case developing
    /// In place and working across the council.
    case established
    /// Established, routine and sustained: part of how the council works.
    case embedded

    /// 0 (not started) … 3 (embedded).
    public var score: Int { MaturityLevel.allCases.firstIndex(of: self) ?? 0 }

    /// Orders values by their `score`.
    public static func < (lhs: MaturityLevel, rhs: MaturityLevel) -> Bool { lhs.score < rhs.score }

    /// "not started", "developing", "established", "embedded".
    public var description: String {
        self == .notStarted ? "not started" : rawValue
    }
}
