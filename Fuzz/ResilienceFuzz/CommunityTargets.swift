import CommunityResilience
import Foundation

extension FuzzTarget {
    /// The other JSON forms the library reads: spend records, composite index definitions,
    /// self-assessments, exchange rates, discount schedules and optimism-bias tables. The first
    /// byte picks the form, the rest is the JSON.
    ///
    /// Properties: whatever decodes survives a JSON round trip and satisfies the rules its
    /// throwing initialiser enforces (a decoder must not be a way round validation); spend records
    /// apportioned over the example's communities add up to each record exactly; an index
    /// definition evaluates over the example and a self-assessment profiles without trapping.
    static let communityRecords = FuzzTarget(
        name: "community-json",
        summary: "Spend records, index definitions, self-assessments, exchange rates, discount schedules, optimism bias"
    ) { data in
        var input = FuzzInput(data)
        let form = input.byte() % 6
        let json = input.rest()
        let decoder = JSONDecoder()
        switch form {
        case 0:
            guard let records = try? decoder.decode([SpendRecord].self, from: json) else { return }
            FuzzCheck.requireJSONRoundTrip(records, what: "[SpendRecord]")
            checkApportionment(records)
        case 1:
            guard let definition = try? decoder.decode(CompositeIndexDefinition.self, from: json) else { return }
            FuzzCheck.requireJSONRoundTrip(definition, what: "CompositeIndexDefinition")
            if let index = try? definition.evaluate(in: .example) {
                _ = try? index.quantiles(5)
            }
        case 2:
            guard let assessment = try? decoder.decode(SelfAssessment.self, from: json) else { return }
            FuzzCheck.requireJSONRoundTrip(assessment, what: "SelfAssessment")
            _ = try? assessment.profile()
            _ = try? assessment.gaps()
        case 3:
            guard let rate = try? decoder.decode(ExchangeRate.self, from: json) else { return }
            FuzzCheck.requireJSONRoundTrip(rate, what: "ExchangeRate")
            FuzzCheck.require(
                (try? ExchangeRate(from: rate.source, to: rate.target, rate: rate.rate)) == rate,
                "decoding accepted an exchange rate the initialiser rejects: \(rate)")
        case 4:
            guard let schedule = try? decoder.decode(DiscountSchedule.self, from: json) else { return }
            FuzzCheck.requireJSONRoundTrip(schedule, what: "DiscountSchedule")
            FuzzCheck.require(
                (try? DiscountSchedule(name: schedule.name, bands: schedule.bands)) == schedule,
                "decoding accepted a discount schedule the initialiser rejects: \(schedule.bands)")
            _ = schedule.factors(count: 100)
        default:
            guard let table = try? decoder.decode(OptimismBiasTable.self, from: json) else { return }
            FuzzCheck.requireJSONRoundTrip(table, what: "OptimismBiasTable")
        }
    }

    /// Apportions decoded spend records over the example's communities by population and checks
    /// that every record's lines add up to it exactly.
    static func checkApportionment(_ records: [SpendRecord]) {
        let scenario = Scenario.example
        guard
            let ledger = try? SpendLedger(
                records: records, scenario: scenario, additionalServices: SpendRecord.exampleServices,
                in: .financialYear(2023))
        else { return }
        for level in [ApportionmentLevel.smallestAreas, .kind(.ward)] {
            guard let lines = try? ledger.apportioned(by: .population(year: 2023), to: level) else { continue }
            let byRecord = Dictionary(grouping: lines, by: \.record)
            for record in records {
                let total = (byRecord[record.id] ?? []).reduce(Int128(0)) { $0 + $1.amount.minorUnits }
                FuzzCheck.require(
                    total == record.amount.minorUnits,
                    "record \(record.id) of \(record.amount) apportioned to lines summing to \(total)")
            }
        }
    }
}
