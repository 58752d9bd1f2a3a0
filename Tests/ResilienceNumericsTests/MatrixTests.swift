import Foundation
import Testing

@testable import ResilienceNumerics

@Suite("Matrix and design matrix")
struct MatrixTests {
    @Test("column-major storage, subscripts and shape")
    func storage() throws {
        // [[1, 2, 3], [4, 5, 6]] stored column by column.
        let m = try Matrix(rows: [[1, 2, 3], [4, 5, 6]])
        #expect(m.elements == [1, 4, 2, 5, 3, 6])
        #expect(m[1, 2] == 6)
        #expect(m.element(row: 2, column: 0) == nil)
        #expect(Array(m.column(1)) == [2, 5])
        #expect(m.transposed == (try Matrix(rows: [[1, 4], [2, 5], [3, 6]])))
        #expect(try Matrix.identity(size: 2).elements == [1, 0, 0, 1])
    }

    /// [[1, 2], [3, 4]] · [[5, 6], [7, 8]] = [[19, 22], [43, 50]]; [[1, 2], [3, 4]] · [1, 1] = [3, 7];
    /// [1, 2] · [[2, 1], [1, 3]] · [1, 2]ᵀ = 2 + 2 + 2 + 12 = 18.
    @Test("products and the quadratic form, by hand")
    func products() throws {
        let a = try Matrix(rows: [[1, 2], [3, 4]])
        #expect(try a.multiplied(by: Matrix(rows: [[5, 6], [7, 8]])) == Matrix(rows: [[19, 22], [43, 50]]))
        #expect(try a.multiplied(by: [1, 1]) == [3, 7])
        #expect(try Matrix(rows: [[2, 1], [1, 3]]).quadraticForm([1, 2]) == 18)
        #expect(throws: NumericsError.self) { try a.multiplied(by: [1, 2, 3]) }
        #expect(throws: NumericsError.self) { try a.multiplied(by: Matrix(rows: [[1, 2, 3]])) }
        #expect(throws: NumericsError.self) { try Matrix(rows: [[1, 2, 3]]).quadraticForm([1, 2, 3]) }
    }

    @Test("shape errors")
    func shapeErrors() {
        #expect(throws: NumericsError.dimensionMismatch("a 2×2 matrix needs 4 elements, got 3")) {
            try Matrix(rows: 2, columns: 2, columnMajor: [1, 2, 3])
        }
        #expect(throws: NumericsError.self) { try Matrix(rows: -1, columns: 2) }
        #expect(throws: NumericsError.self) { try Matrix(rows: Int.max, columns: 2) }
        #expect(throws: NumericsError.self) { try Matrix(columns: [[1, 2], [3]]) }
    }

    @Test("Codable round trip, and decoding checks the shape")
    func codable() throws {
        let m = try Matrix(rows: [[1, 2], [3, 4]])
        let data = try JSONEncoder().encode(m)
        #expect(try JSONDecoder().decode(Matrix.self, from: data) == m)
        let corrupt = Data(#"{"rows":2,"columns":2,"elements":[1,2,3]}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Matrix.self, from: corrupt) }
        let design = try DesignMatrix(columns: [("a", [1, 2]), ("b", [3, 5])])
        #expect(try JSONDecoder().decode(DesignMatrix.self, from: JSONEncoder().encode(design)) == design)
    }

    @Test("design columns are named, unique and finite")
    func designValidation() throws {
        #expect(throws: NumericsError.invalidColumn(name: "x", problem: "appears more than once in the design")) {
            try DesignMatrix(columns: [("x", [1, 2]), ("x", [3, 4])])
        }
        #expect(throws: NumericsError.invalidColumn(name: "", problem: "has an empty name")) {
            try DesignMatrix(columns: [("", [1, 2])])
        }
        #expect(throws: NumericsError.nonFinite(field: "design column 'b'", index: 1)) {
            try DesignMatrix(columns: [("a", [1, 2]), ("b", [3, .infinity])])
        }
        #expect(throws: NumericsError.self) { try DesignMatrix(columns: [("a", [1, 2]), ("b", [3])]) }
        #expect(throws: NumericsError.self) { try DesignMatrix(columns: []) }
    }

    @Test("counterfactual designs overwrite only the named columns")
    func settingColumns() throws {
        let design = try DesignMatrix(columns: [("intercept", [1, 1, 1]), ("post", [0, 1, 1]), ("since", [0, 1, 2])])
        let counterfactual = try design.settingColumns(["post", "since"], to: 0)
        #expect(counterfactual.columnNames == design.columnNames)
        #expect(counterfactual.matrix.elements == [1, 1, 1, 0, 0, 0, 0, 0, 0])
        #expect(design.values(ofColumn: "since").map(Array.init) == [0, 1, 2])
        let widened = try design.appending(column: "extra", values: [5, 6, 7])
        #expect(widened.index(ofColumn: "extra") == 3)
        #expect(throws: NumericsError.self) { try design.appending(column: "post", values: [1, 2, 3]) }
    }

    @Test("error descriptions name the problem")
    func descriptions() {
        #expect(
            NumericsError.rankDeficient(column: "post", index: 2).description
                == "column 2 (post) is collinear with earlier columns; the model is not identified")
        #expect(
            NumericsError.invalidColumn(name: "month", problem: "appears more than once in the design").description
                == "column 'month' appears more than once in the design")
    }
}
