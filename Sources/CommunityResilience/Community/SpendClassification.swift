/// Whether spend on a service meets demand that has already arisen, or invests in preventing it.
///
/// The split follows the demand-management framing of Locality Matters' *Eight characteristics
/// of councils that are building stronger more resilient communities* (councils "see community
/// empowerment as a part of budget and demand management approaches") and the Early Intervention Foundation's
/// distinction between late, reactive spend and early, preventative spend (EIF, *The cost of late
/// intervention*, 2016). The library does not guess: the caller classifies each service.
public enum SpendPurpose: String, Hashable, Sendable, CaseIterable, Codable {
    /// Meeting demand that has arisen: A&E attendances, emergency call-outs, crisis placements.
    case reactive
    /// Preventative work and community investment: grants to community groups, home safety
    /// visits, social prescribing.
    case preventative
    /// The caller did not classify the service; reported separately, never folded into either.
    case unclassified
}

/// The caller's classification of services as reactive or preventative spend.
///
/// ```swift
/// let purposes = try SpendClassification(reactive: ["ae", "ambulance"], preventative: ["community-grants"])
/// purposes.purpose(of: "ae")          // .reactive
/// purposes.purpose(of: "libraries")   // .unclassified
/// ```
public struct SpendClassification: Hashable, Sendable, Codable {
    /// The purpose of each classified service.
    public let purposes: [Service.ID: SpendPurpose]

    /// Classifies the services listed; any other service is ``SpendPurpose/unclassified``.
    ///
    /// - Throws: ``ValidationError`` at `preventative.<service>` for a service listed as both.
    public init(reactive: Set<Service.ID>, preventative: Set<Service.ID>) throws(ValidationError) {
        let both = reactive.intersection(preventative).sorted()
        guard both.isEmpty else {
            throw ValidationError(
                issues: both.map { service in
                    ValidationIssue(
                        .inconsistent("service '\(service)' is classified as both reactive and preventative"),
                        at: FieldPath.root.appending("preventative").appending(service.rawValue))
                })
        }
        var purposes: [Service.ID: SpendPurpose] = [:]
        for service in reactive { purposes[service] = .reactive }
        for service in preventative { purposes[service] = .preventative }
        self.purposes = purposes
    }

    /// A classification known to be consistent (for the bundled example).
    init(unchecked purposes: [Service.ID: SpendPurpose]) {
        self.purposes = purposes
    }

    /// The purpose of spend on `service`.
    public func purpose(of service: Service.ID) -> SpendPurpose {
        purposes[service] ?? .unclassified
    }
}
