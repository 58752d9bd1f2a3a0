extension UncertainInput.Target: Codable {
    private enum Kind: String, CaseIterable, Codable {
        case unitCost, costLine, evidenceEffect, baseline, eligible, engagement, success, additionality, dropOff
        init(from decoder: any Decoder) throws {
            self = try decoder.decodeName(Kind.self, placeholder: .unitCost)
        }
    }

    private enum CodingKeys: String, CodingKey { case kind, unitCost, intervention, index, evidence, component }

    /// Decodes `{"kind": "unitCost", "unitCost": "uc-ae"}`, `{"kind": "costLine", "intervention":
    /// "hsc", "index": 1}`, `{"kind": "additionality", "evidence": "ev-ae", "component":
    /// "deadweight"}`, or `{"kind": "evidenceEffect", "evidence": "ev-ae"}` (likewise `baseline`,
    /// `eligible`, `engagement`, `success`, `dropOff`).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func evidence() throws -> OutcomeEvidence.ID {
            try container.decode(OutcomeEvidence.ID.self, forKey: .evidence)
        }
        switch try container.decode(Kind.self, forKey: .kind) {
        case .unitCost:
            self = .unitCost(try container.decode(UnitCost.ID.self, forKey: .unitCost))
        case .costLine:
            self = .costLine(
                intervention: try container.decode(Intervention.ID.self, forKey: .intervention),
                index: try container.decode(Int.self, forKey: .index))
        case .evidenceEffect: self = .evidenceEffect(try evidence())
        case .baseline: self = .baseline(try evidence())
        case .eligible: self = .eligible(try evidence())
        case .engagement: self = .engagement(try evidence())
        case .success: self = .success(try evidence())
        case .additionality:
            self = .additionality(
                try evidence(), try container.decode(UncertainInput.AdditionalityComponent.self, forKey: .component))
        case .dropOff: self = .dropOff(try evidence())
        }
    }

    /// Encodes the form ``init(from:)`` reads.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .unitCost(let id):
            try container.encode(Kind.unitCost, forKey: .kind)
            try container.encode(id, forKey: .unitCost)
        case .costLine(let intervention, let index):
            try container.encode(Kind.costLine, forKey: .kind)
            try container.encode(intervention, forKey: .intervention)
            try container.encode(index, forKey: .index)
        case .evidenceEffect(let id): try encode(.evidenceEffect, id, into: &container)
        case .baseline(let id): try encode(.baseline, id, into: &container)
        case .eligible(let id): try encode(.eligible, id, into: &container)
        case .engagement(let id): try encode(.engagement, id, into: &container)
        case .success(let id): try encode(.success, id, into: &container)
        case .additionality(let id, let component):
            try encode(.additionality, id, into: &container)
            try container.encode(component, forKey: .component)
        case .dropOff(let id): try encode(.dropOff, id, into: &container)
        }
    }

    private func encode(
        _ kind: Kind, _ evidence: OutcomeEvidence.ID, into container: inout KeyedEncodingContainer<CodingKeys>
    ) throws {
        try container.encode(kind, forKey: .kind)
        try container.encode(evidence, forKey: .evidence)
    }
}
