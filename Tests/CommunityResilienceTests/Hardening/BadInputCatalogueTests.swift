import CommunityResilience
import Foundation
import ResilienceCommandLine
import Testing

/// The bad-input catalogue: deliberately broken files in `BadInputs/<format>/`, each run through
/// the library reader and through the `resilience` command in-process, with the exact problems
/// (kind and path) each must produce written by hand in `BadInputs/expected.json`. Never a trap,
/// never a silent success: a file is accepted only where the manifest says `"valid": true`.
///
/// Expectations were derived by reading each file against the rules (RFC 8259 for the text, the
/// scenario schema and ``Scenario/validate()`` for the rest; RFC 4180 and the importers' rules for
/// CSV); `generate.py` beside the files rebuilds them. Three readers are catalogued: scenario JSON
/// (`json/`, `resilience validate`), appraisal settings (`settings/`, `resilience report
/// --settings`) and the CSV imports (`csv/`: `demand-*.csv` through ``DemandCSVImporter`` and
/// `resilience validate --demand`, `unit-costs-*.csv` through ``UnitCostCSVImporter`` and
/// `resilience validate --unit-costs`). A CSV expectation also gives the rows read and accepted
/// (`"rows": [read, accepted]`) whenever the import gets as far as the rows. To add a reader: put
/// its files in `BadInputs/<format>/`, their expectations under `"<format>"` in the manifest, and
/// one entry in ``CatalogueReader/all``.
@Suite("Bad-input catalogue")
struct BadInputCatalogueTests {
    @Test("every catalogue file has an expectation and every expectation a file")
    func manifestMatchesFiles() throws {
        for (format, expectations) in Catalogue.manifest {
            let files = try FileManager.default.contentsOfDirectory(
                atPath: Catalogue.folder.appendingPathComponent(format).path
            )
            .filter { !$0.hasPrefix(".") }
            #expect(
                Set(files) == Set(expectations.keys),
                "\(format): files without expectations or expectations without files")
            #expect(CatalogueReader.all[format] != nil, "no reader for the catalogue folder '\(format)'")
        }
        let broken = Catalogue.cases.filter { !$0.expectation.isValid }
        #expect(broken.count >= 50, "the catalogue should hold at least 50 broken inputs")
        let csv = Catalogue.cases.filter { $0.format == "csv" }
        #expect(csv.count >= 25, "the CSV catalogue should hold at least 25 files")
        for prefix in ["demand-", "unit-costs-"] {
            #expect(csv.filter { $0.file.hasPrefix(prefix) && !$0.expectation.isValid }.count >= 20, "\(prefix)")
        }
        #expect(csv.allSatisfy { $0.file.hasPrefix("demand-") || $0.file.hasPrefix("unit-costs-") })
    }

    @Test("the library reports exactly the expected problems", arguments: Catalogue.cases)
    func library(_ entry: CatalogueCase) throws {
        let reader = try #require(CatalogueReader.all[entry.format])
        let outcome = reader.read(entry.file, try entry.data())
        #expect(outcome.rows == entry.expectation.rows, "\(entry): rows read and accepted")
        switch outcome.result {
        case .success:
            #expect(
                entry.expectation.isValid, "\(entry) was accepted, but the manifest expects \(entry.expectation.issues)"
            )
        case .failure(let error):
            let actual = error.issues.map {
                ExpectedIssue(path: $0.path.description, kind: Catalogue.kind(of: $0.problem))
            }
            #expect(actual == entry.expectation.issues.map(\.withoutDetail), "\(entry): \(error)")
            for (issue, expected) in zip(error.issues, entry.expectation.issues) {
                if let detail = expected.detail {
                    #expect(issue.description.contains(detail), "\(entry): '\(issue)' does not mention '\(detail)'")
                }
                // Messages stay readable whatever the input: one line, and short.
                #expect(!issue.description.contains("\n"))
                #expect(
                    issue.problem.description.count <= 400,
                    "\(entry): a message of \(issue.problem.description.count) characters")
            }
        }
    }

    @Test("the resilience command reports the same problems, with status 1", arguments: Catalogue.cases)
    func command(_ entry: CatalogueCase) throws {
        let reader = try #require(CatalogueReader.all[entry.format])
        let folder = Catalogue.folder.appendingPathComponent(entry.format)
        let result = ResilienceCommand(currentDirectory: folder).run(reader.command(entry.file) + [entry.file])
        let outcome = reader.read(entry.file, try entry.data())
        switch outcome.result {
        case .success:
            #expect(result.status == .success, "\(entry): \(result.errorOutput)")
            #expect(result.errorOutput.isEmpty)
            #expect(result.output.hasPrefix(reader.acceptedOutput(entry.file)))
        case .failure(let error):
            #expect(result.status == .failure)
            #expect(result.output.isEmpty)
            #expect(result.errorOutput == reader.failureOutput(entry.file, error, outcome.rows))
        }
    }

    @Test(
        "accepted awkward files appraise as expected",
        arguments: Catalogue.cases.filter { $0.expectation.isValid && CatalogueReader.all[$0.format]?.appraise != nil })
    func acceptedFilesAppraise(_ entry: CatalogueCase) throws {
        let reader = try #require(CatalogueReader.all[entry.format])
        let appraise = try #require(reader.appraise)
        let data = try entry.data()
        do throws(ValidationError) {
            try appraise(data)
            #expect(
                entry.expectation.appraisal.isEmpty,
                "\(entry) appraised, but the manifest expects \(entry.expectation.appraisal)")
        } catch {
            let actual = error.issues.map {
                ExpectedIssue(path: $0.path.description, kind: Catalogue.kind(of: $0.problem))
            }
            #expect(actual == entry.expectation.appraisal.map(\.withoutDetail), "\(entry): \(error)")
        }
    }
}

/// What the library made of one catalogue file: accepted, or the problems; and for a CSV import
/// that got as far as the rows, how many it read and accepted.
struct CatalogueOutcome: Sendable {
    var result: Result<Void, ValidationError>
    var rows: [Int]?

    /// The outcome of a CSV import: accepted only when every row was.
    init<Value>(_ read: () throws(ValidationError) -> CSVImportResult<Value>) {
        do {
            let imported = try read()
            rows = [imported.rowsRead, imported.rowsAccepted]
            result = Result { () throws(ValidationError) in _ = try imported.get() }
        } catch {
            result = .failure(error)
        }
    }

    init(_ read: () throws(ValidationError) -> Void) {
        result = Result { () throws(ValidationError) in try read() }
    }
}

/// How one catalogue folder's files are read: by the library and by the command.
struct CatalogueReader: Sendable {
    /// The library reader for a file of the folder; a thrown ``ValidationError`` is the expected
    /// answer to bad input.
    let read: @Sendable (_ file: String, Data) -> CatalogueOutcome
    /// The command that reads a file of this format, without the file name.
    let command: @Sendable (_ file: String) -> [String]
    /// The start of what the command prints for an accepted file.
    let acceptedOutput: @Sendable (_ file: String) -> String
    /// Everything the command prints to standard error for a rejected file.
    let failureOutput: @Sendable (_ file: String, ValidationError, _ rows: [Int]?) -> String
    /// Appraises what an accepted file holds (the scenario with the example settings, or the
    /// example with the settings); `nil` for files that are not appraised.
    let appraise: (@Sendable (Data) throws(ValidationError) -> Void)?

    /// The reader of each catalogue folder.
    static let all: [String: CatalogueReader] = [
        "json": CatalogueReader(
            read: { _, data in CatalogueOutcome { () throws(ValidationError) in _ = try Scenario(json: data) } },
            command: { _ in ["validate"] },
            acceptedOutput: { file in "\(file): valid" },
            failureOutput: { file, error, _ in "\(file): \(error)\n" },
            appraise: { data throws(ValidationError) in _ = try Scenario(json: data).appraise(with: .example) }),
        "settings": CatalogueReader(
            read: { _, data in CatalogueOutcome { () throws(ValidationError) in _ = try AppraisalSettings(json: data) }
            },
            command: { _ in ["report", "--settings"] },
            acceptedOutput: { _ in "# Appraisal: " },
            failureOutput: { file, error, _ in "\(file): not valid appraisal settings: \(error)\n" },
            appraise: { data throws(ValidationError) in
                _ = try Scenario.example.appraise(with: AppraisalSettings(json: data))
            }),
        // Demand files and unit-cost tables, told apart by their names. The command streams the
        // file from disk; the library reads the same bytes from memory.
        "csv": CatalogueReader(
            read: { file, data in
                file.hasPrefix("demand-")
                    ? CatalogueOutcome { () throws(ValidationError) in
                        try DemandCSVImporter().read(CSVReader(data: data))
                    }
                    : CatalogueOutcome { () throws(ValidationError) in
                        try UnitCostCSVImporter().read(CSVReader(data: data))
                    }
            },
            command: { file in ["validate", file.hasPrefix("demand-") ? "--demand" : "--unit-costs"] },
            acceptedOutput: { file in "\(file): valid (" },
            failureOutput: { file, error, rows in
                guard let rows else { return "\(file): \(error)\n" }
                return "\(file): \(rows[0] - rows[1]) of \(rows[0]) row\(rows[0] == 1 ? "" : "s") rejected; \(error)\n"
            },
            appraise: nil),
    ]
}

/// One problem the manifest expects: its path, its kind (the ``ValidationIssue/Problem`` case
/// name) and optionally text its message must contain.
struct ExpectedIssue: Hashable, Sendable, Decodable, CustomStringConvertible {
    var path: String
    var kind: String
    var detail: String?

    init(path: String, kind: String, detail: String? = nil) {
        self.path = path
        self.kind = kind
        self.detail = detail
    }

    /// `[path, kind]` or `[path, kind, detail]`.
    init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        path = try container.decode(String.self)
        kind = try container.decode(String.self)
        detail = try container.decodeIfPresent(String.self)
    }

    var withoutDetail: ExpectedIssue { ExpectedIssue(path: path, kind: kind) }

    var description: String { "\(path.isEmpty ? "(root)" : path): \(kind)" }
}

/// What the manifest expects of one file.
struct Expectation: Hashable, Sendable, Decodable {
    /// The problems, in the order the reader reports them; empty when the file is valid.
    var issues: [ExpectedIssue] = []
    /// Whether the file is deliberately accepted (awkward but not broken: a byte-order mark, mixed
    /// line endings, a very long line).
    var isValid = false
    /// For an accepted file, the problems appraising it with the example settings must report.
    var appraisal: [ExpectedIssue] = []
    /// For a CSV import that gets as far as the rows: `[rows read, rows accepted]`; `nil` when the
    /// whole file is refused (and for other formats).
    var rows: [Int]?

    private enum CodingKeys: String, CodingKey { case issues, valid, appraisal, rows }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        issues = try container.decodeIfPresent([ExpectedIssue].self, forKey: .issues) ?? []
        isValid = try container.decodeIfPresent(Bool.self, forKey: .valid) ?? false
        appraisal = try container.decodeIfPresent([ExpectedIssue].self, forKey: .appraisal) ?? []
        rows = try container.decodeIfPresent([Int].self, forKey: .rows)
    }
}

/// One catalogue file and its expectation.
struct CatalogueCase: Sendable, CustomTestStringConvertible, CustomStringConvertible {
    let format: String
    let file: String
    let expectation: Expectation

    func data() throws -> Data {
        try Data(contentsOf: Catalogue.folder.appendingPathComponent(format).appendingPathComponent(file))
    }

    var testDescription: String { "\(format)/\(file)" }
    var description: String { "\(format)/\(file)" }
}

/// The catalogue on disk, found next to this source file so that the tests run from a fresh clone.
enum Catalogue {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("BadInputs")

    /// format → file → expectation, from `expected.json`.
    static let manifest: [String: [String: Expectation]] = {
        let url = folder.appendingPathComponent("expected.json")
        guard let data = try? Data(contentsOf: url),
            let manifest = try? JSONDecoder().decode([String: [String: Expectation]].self, from: data)
        else { return [:] }
        return manifest.filter { !$0.key.hasPrefix("_") }
    }()

    static let cases: [CatalogueCase] = manifest.flatMap { format, files in
        files.map { CatalogueCase(format: format, file: $0.key, expectation: $0.value) }
    }.sorted { ($0.format, $0.file) < ($1.format, $1.file) }

    /// The name of a problem's case, as the manifest writes it.
    static func kind(of problem: ValidationIssue.Problem) -> String {
        switch problem {
        case .negative: return "negative"
        case .notFinite: return "notFinite"
        case .outOfRange: return "outOfRange"
        case .malformed: return "malformed"
        case .unknownCurrency: return "unknownCurrency"
        case .duplicateIdentifier: return "duplicateIdentifier"
        case .danglingReference: return "danglingReference"
        case .endBeforeStart: return "endBeforeStart"
        case .inconsistentMoney: return "inconsistentMoney"
        case .missing: return "missing"
        case .wrongType: return "wrongType"
        case .empty: return "empty"
        case .unsupportedSchemaVersion: return "unsupportedSchemaVersion"
        case .unreadable: return "unreadable"
        case .inconsistent: return "inconsistent"
        case .duplicateKey: return "duplicateKey"
        case .tooDeeplyNested: return "tooDeeplyNested"
        }
    }
}
