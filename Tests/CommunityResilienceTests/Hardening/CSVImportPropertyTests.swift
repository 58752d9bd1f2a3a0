import Foundation
import Testing

@testable import CommunityResilience

/// Properties of the CSV imports over generated files: the order of the rows changes nothing but
/// the lines issues name. Each file mixes good rows (values with spaces, decimals, quoted fields)
/// with bad ones (negative, NaN, `1e400`, bad months, blank identifiers, stray quotes, missing or
/// extra fields), every record on one line so that a row keeps its identity when shuffled. Each
/// expectation names its seed; `PROPERTY_SEED=<seed>` replays one.
@Suite("Properties: CSV imports do not depend on the order of the rows")
struct CSVImportPropertyTests {
    /// A generated CSV file: the header and the data rows, one line each.
    struct GeneratedFile {
        var header: String
        var rows: [String]
        var lineEnd: String

        func text(order: [Int]) -> String {
            ([header] + order.map { rows[$0] }).joined(separator: lineEnd) + lineEnd
        }
    }

    /// An issue with its line replaced by the index of the row it is about in the unshuffled file
    /// (line L of a file written in `order` holds row `order[L − 2]`), so that the issues of two
    /// orders compare exactly.
    static func byRow(_ issues: [ValidationIssue], order: [Int]) -> [String] {
        issues.map { issue in
            guard case .line(let line)? = issue.path.components.first, order.indices.contains(line - 2) else {
                return "(not a row) \(issue)"
            }
            let rest = FieldPath(components: Array(issue.path.components.dropFirst()))
            return "row \(order[line - 2]), \(rest): \(issue.problem)"
        }.sorted()
    }

    /// A count or population: mostly whole numbers or quarters (exact in binary, so totals do not
    /// depend on the order of addition), written in several ways, sometimes bad.
    static func number(_ generator: inout ScenarioGenerator, bad: Bool) -> String {
        if bad { return generator.pick(["-3", "NaN", "inf", "1e400", "x", "1,200", "", "0x10", "--1"]) }
        let value = Double(generator.int(0...10_000)) + Double(generator.int(0...3)) / 4
        switch generator.int(0...4) {
        case 0: return " \(value) "
        case 1: return "\"\(Int(value))\""
        case 2: return "\(Int(value * 4) * 25)e-2"  // value × 100, exactly, as hundredths
        default: return "\(Int(value))"
        }
    }

    static func demandFile(_ generator: inout ScenarioGenerator) -> GeneratedFile {
        let communities = (0..<generator.int(1...6)).map { "E0100\(6400 + $0)" }
        let services = ["ae", "gp", "fire", "a, \"quoted\" service"]
        var rows: [String] = []
        let count = generator.int(10...80)
        let surelyBad = generator.int(0...(count - 1))  // at least one bad row
        for index in 0..<count {
            let bad = generator.int(0...5) == 0 || index == surelyBad
            var fields = [
                generator.pick(communities), CSVWriter.encode(generator.pick(services)),
                String(format: "2024-%02d", generator.int(1...12)), number(&generator, bad: false),
                number(&generator, bad: false),
            ]
            if bad {
                switch generator.int(0...6) {
                case 0: fields[3] = number(&generator, bad: true)
                case 1: fields[4] = number(&generator, bad: true)
                case 2: fields[2] = generator.pick(["2024-13", "2024-1", "March", "", "2024/01"])
                case 3: fields[0] = generator.pick(["", "  "])
                case 4: fields[1] = "a\"e"
                case 5: fields.removeLast()
                default: fields.append("extra")
                }
            }
            rows.append(fields.joined(separator: ","))
        }
        return GeneratedFile(
            header: "community,service,month,count,population", rows: rows, lineEnd: generator.pick(["\n", "\r\n"]))
    }

    /// Totals of the panel by community, service and month (exact: the counts are quarters).
    static func totals(_ panel: DemandPanel) -> [String: Double] {
        var totals: [String: Double] = [:]
        for row in 0..<panel.count {
            guard let observation = panel.observation(at: row) else { continue }
            let key = "\(observation.community)|\(observation.service)|\(observation.month)"
            totals[key, default: 0] += observation.count
            totals[key + "|population", default: 0] += observation.population ?? 0
        }
        return totals
    }

    /// The rows of a panel as `community|service|month` keys, each once.
    static func keys(_ panel: DemandPanel) -> Set<String> {
        Set(
            (0..<panel.count).compactMap { row in
                panel.observation(at: row).map { "\($0.community)|\($0.service)|\($0.month)" }
            })
    }

    /// The issues that are not about a repeated row, by row.
    static func nonRepeats(_ issues: [ValidationIssue], order: [Int]) -> [String] {
        byRow(issues.filter { if case .duplicateIdentifier = $0.problem { false } else { true } }, order: order)
    }

    @Test(
        "a shuffled demand file gives the same panel totals, row counts and problems",
        arguments: PropertySeeds.seeds(40)
    )
    func demandOrder(seed: UInt64) throws {
        var generator = ScenarioGenerator(seed: seed)
        let file = Self.demandFile(&generator)
        let order = Array(file.rows.indices)
        let shuffled = generator.shuffled(order)
        // Keeping repeated rows: which of two rows with one key comes first then does not matter.
        let original = try DemandCSVImporter(parallelism: 1, repeatedRows: .keep).read(string: file.text(order: order))
        let reordered = try DemandCSVImporter(parallelism: 2, repeatedRows: .keep).read(
            string: file.text(order: shuffled))
        #expect(original.rowsRead == file.rows.count, "seed \(seed)")
        #expect(reordered.rowsRead == original.rowsRead, "seed \(seed)")
        #expect(reordered.rowsAccepted == original.rowsAccepted, "seed \(seed)")
        #expect(original.value.count == original.rowsAccepted, "seed \(seed)")
        // The generator makes about one bad row in six: both kinds are there to compare.
        #expect(original.rowsAccepted > 0 && original.rowsRejected > 0, "seed \(seed)")
        #expect(!original.issues.isEmpty || original.rowsRejected == 0, "seed \(seed)")
        #expect(
            Self.byRow(reordered.issues, order: shuffled) == Self.byRow(original.issues, order: order), "seed \(seed)")
        #expect(Self.totals(reordered.value) == Self.totals(original.value), "seed \(seed)")
    }

    @Test(
        "rejecting repeated rows, a shuffled demand file keeps the same keys and rejects as many rows",
        arguments: PropertySeeds.seeds(40)
    )
    func demandOrderRejectingRepeats(seed: UInt64) throws {
        var generator = ScenarioGenerator(seed: seed)
        let file = Self.demandFile(&generator)
        let order = Array(file.rows.indices)
        let shuffled = generator.shuffled(order)
        let original = try DemandCSVImporter(parallelism: 1).read(string: file.text(order: order))
        let reordered = try DemandCSVImporter(parallelism: 2).read(string: file.text(order: shuffled))
        let kept = try DemandCSVImporter(parallelism: 1, repeatedRows: .keep).read(string: file.text(order: order))
        // Which row of a key is first depends on the order; that each key is kept once, how many
        // rows are rejected, and every other problem do not.
        #expect(reordered.rowsAccepted == original.rowsAccepted, "seed \(seed)")
        #expect(Self.keys(reordered.value) == Self.keys(original.value), "seed \(seed)")
        #expect(Self.keys(original.value) == Self.keys(kept.value), "seed \(seed)")
        #expect(original.value.count == Self.keys(original.value).count, "seed \(seed)")
        let repeats = original.issues.count { if case .duplicateIdentifier = $0.problem { true } else { false } }
        #expect(repeats == kept.value.repeatedRows().count, "seed \(seed)")
        #expect(original.rowsAccepted + repeats == kept.rowsAccepted, "seed \(seed)")
        #expect(
            Self.nonRepeats(reordered.issues, order: shuffled) == Self.nonRepeats(original.issues, order: order),
            "seed \(seed)")
    }

    static func unitCostFile(_ generator: inout ScenarioGenerator) -> GeneratedFile {
        var rows: [String] = []
        let count = generator.int(5...40)
        let surelyBad = generator.int(1...(count - 1))  // at least one bad row, and a good first one
        for index in 0..<count {
            let pence = generator.int(0...10_000_000)
            var fields = [
                "uc-\(index)", generator.pick(["ae", "gp", "fire"]), generator.pick(["nhs-acute", "police"]),
                "\(pence / 100).\(String(format: "%02d", pence % 100))", generator.pick(["GBP", " GBP", "EUR"]),
                generator.pick(["2023-24", "2024", "2019/20"]), generator.pick(["fiscal", "Economic", "social"]),
                generator.pick(["yes", "no", "1", "non-cashable"]), "\(generator.int(1...5))",
                CSVWriter.encode(generator.pick(["GMCA", "PSSRU, 2024", ""])),
            ]
            if (generator.int(0...4) == 0 && index > 0) || index == surelyBad {
                switch generator.int(0...6) {
                case 0:
                    fields[3] = generator.pick([
                        "-5.00", "NaN", "1e400", "1.001", "\"1,200.00\"", "99999999999999999999999",
                    ])
                case 1: fields[4] = "GPB"
                case 2: fields[5] = "2023-25"
                case 3: fields[8] = generator.pick(["7", "three", "99999999999999999999"])
                case 4: fields[0] = ""
                case 5: fields.removeLast(3)
                default: fields[7] = "maybe"
                }
            }
            rows.append(fields.joined(separator: ","))
            // An exact copy now and then: its second occurrence is the duplicate, whichever it is.
            if generator.int(0...9) == 0 { rows.append(rows[rows.count - 1]) }
        }
        return GeneratedFile(
            header: "id,service,agency,amount,currency,price year,value type,cashable,grade,source", rows: rows,
            lineEnd: generator.pick(["\n", "\r\n"]))
    }

    @Test(
        "a shuffled unit-cost file gives the same unit costs, totals, row counts and problems",
        arguments: PropertySeeds.seeds(40))
    func unitCostOrder(seed: UInt64) throws {
        var generator = ScenarioGenerator(seed: seed)
        let file = Self.unitCostFile(&generator)
        let order = Array(file.rows.indices)
        let shuffled = generator.shuffled(order)
        let original = try UnitCostCSVImporter().read(string: file.text(order: order))
        let reordered = try UnitCostCSVImporter().read(string: file.text(order: shuffled))
        #expect(original.rowsRead == file.rows.count, "seed \(seed)")
        #expect(reordered.rowsRead == original.rowsRead, "seed \(seed)")
        #expect(reordered.rowsAccepted == original.rowsAccepted, "seed \(seed)")
        #expect(original.rowsAccepted > 0 && original.rowsRejected > 0, "seed \(seed)")
        // The same unit costs, whatever order they come in.
        #expect(Set(reordered.value) == Set(original.value), "seed \(seed)")
        // The same problems: by row, except that of two identical rows the later one is the
        // duplicate, so those compare by problem and column only.
        let withoutLines = { (issues: [ValidationIssue]) in
            issues.map { "\(FieldPath(components: Array($0.path.components.dropFirst()))): \($0.problem)" }.sorted()
        }
        #expect(withoutLines(reordered.issues) == withoutLines(original.issues), "seed \(seed)")
        let unique = { (issues: [ValidationIssue], order: [Int]) in
            Self.byRow(
                issues.filter { if case .duplicateIdentifier = $0.problem { false } else { true } }, order: order)
        }
        #expect(unique(reordered.issues, shuffled) == unique(original.issues, order), "seed \(seed)")
        // Totals by agency, currency and price base, to the penny.
        let totals = { (costs: [UnitCost]) in
            costs.reduce(into: [String: Int128]()) { totals, cost in
                totals["\(cost.agency)|\(cost.amount.currency.code)|\(cost.amount.priceBase)", default: 0] +=
                    cost.amount.minorUnits
            }
        }
        #expect(totals(reordered.value) == totals(original.value), "seed \(seed)")
    }
}
