import CommunityResilience
import Foundation

extension FuzzTarget {
    /// ``UnitCostCSVImporter`` on raw bytes.
    ///
    /// Properties, as for `demand-csv`: a rejected file names at least one problem, each at a line
    /// and column; rows read are the reader's records after the header and each rejected row has
    /// issues on a line of its own; accepted unit costs are non-negative with unique ids; reading
    /// in small chunks gives the same result; stopping at the first issue throws exactly that
    /// issue; and the accepted unit costs, written back with ``CSVWriter``, import again to equal
    /// values with no issues.
    static let unitCostCSV = FuzzTarget(
        name: "unit-cost-csv",
        summary: "UnitCostCSVImporter: no row lost, every problem located, streaming = whole, CSV round trip"
    ) { data in
        let result: CSVImportResult<[UnitCost]>
        do throws(ValidationError) {
            result = try UnitCostCSVImporter().read(CSVReader(data: data))
        } catch {
            CSVImportCheck.requireLocated(error, what: "a rejected unit-cost file")
            return
        }
        let costs = result.value
        CSVImportCheck.requireAccounted(result, data: data, accepted: costs.count)
        FuzzCheck.require(Set(costs.map(\.id)).count == costs.count, "two accepted unit costs share an id")
        for cost in costs {
            FuzzCheck.require(!cost.amount.isNegative, "a negative unit cost was accepted: \(cost.amount)")
        }

        do {
            let streamed = try UnitCostCSVImporter().read(
                CSVReader(CSVDataInput(data, chunkSize: 1 + data.count % 11), bufferSize: 1 + data.count % 13))
            FuzzCheck.require(
                streamed.value == costs && streamed.issues == result.issues && streamed.rowsRead == result.rowsRead,
                "read in chunks the import differs: \(streamed.issues) against \(result.issues)")
        } catch {
            FuzzCheck.fail("read in chunks the file is refused (\(error)), read at once it is not")
        }

        CSVImportCheck.requireStopsAtFirst(result.issues.first) { () throws(ValidationError) in
            _ = try UnitCostCSVImporter(options: .stopAtFirstIssue).read(CSVReader(data: data))
        }

        guard !costs.isEmpty else { return }
        var writer = CSVWriter(lineEnding: data.count % 2 == 0 ? .crlf : .lf)
        writer.writeRecord([
            "id", "service", "agency", "amount", "currency", "price year", "value type", "cashable", "grade", "source",
        ])
        for cost in costs {
            writer.writeRecord([
                cost.id.rawValue, cost.service.rawValue, cost.agency.rawValue, cost.amount.amountText,
                cost.amount.currency.code, cost.amount.priceBase.description, cost.valueType.rawValue,
                cost.isCashable ? "yes" : "no", "\(cost.grade.rawValue)", cost.source,
            ])
        }
        do {
            let again = try UnitCostCSVImporter().read(CSVReader(data: writer.data))
            FuzzCheck.require(again.isComplete, "the accepted unit costs written back are refused: \(again.issues)")
            FuzzCheck.require(
                again.value == costs,
                "the accepted unit costs written back import to others: \(writer.text.prefix(300))")
        } catch {
            FuzzCheck.fail("the accepted unit costs written back do not import: \(error)\n\(writer.text.prefix(300))")
        }
    }
}
