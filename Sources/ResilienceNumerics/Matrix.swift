/// A dense real matrix stored column by column in one contiguous `[Double]`.
///
/// Column-major order is the layout of LAPACK and of the Householder kernels in this module:
/// a column is a contiguous run of `rows` elements, so the inner loops of least squares stream
/// through memory. Element (i, j) lives at `elements[j * rows + i]`
/// (Golub & Van Loan, *Matrix Computations*, 4th ed., §1.2.5).
///
/// `Matrix` is a value type with copy-on-write storage; copying one is O(1) until one copy is
/// mutated.
public struct Matrix: Sendable, Hashable {
    /// The number of rows.
    public let rows: Int
    /// The number of columns.
    public let columns: Int
    /// The elements in column-major order: `elements[column * rows + row]`.
    public private(set) var elements: [Double]

    /// Creates a matrix with every element equal to `value`.
    ///
    /// - Parameters:
    ///   - rows: The number of rows (zero or more).
    ///   - columns: The number of columns (zero or more).
    ///   - value: The value of every element.
    /// - Throws: ``NumericsError/invalidParameter(name:value:requirement:)`` if a dimension is
    ///   negative or `rows × columns` overflows `Int`.
    public init(rows: Int, columns: Int, repeating value: Double = 0) throws(NumericsError) {
        let count = try Matrix.elementCount(rows: rows, columns: columns)
        self.rows = rows
        self.columns = columns
        self.elements = Array(repeating: value, count: count)
    }

    /// Creates a matrix from elements already in column-major order.
    ///
    /// - Parameters:
    ///   - rows: The number of rows.
    ///   - columns: The number of columns.
    ///   - columnMajor: `rows × columns` elements, column after column.
    /// - Throws: ``NumericsError/dimensionMismatch(_:)`` if the element count is not
    ///   `rows × columns`; ``NumericsError/invalidParameter(name:value:requirement:)`` for a
    ///   negative dimension.
    public init(rows: Int, columns: Int, columnMajor: [Double]) throws(NumericsError) {
        let count = try Matrix.elementCount(rows: rows, columns: columns)
        guard columnMajor.count == count else {
            throw .dimensionMismatch(
                "a \(rows)×\(columns) matrix needs \(count) elements, got \(columnMajor.count)")
        }
        self.rows = rows
        self.columns = columns
        self.elements = columnMajor
    }

    /// Creates a matrix from an array of columns of equal length.
    ///
    /// - Parameter columns: The columns, each with the same number of elements.
    /// - Throws: ``NumericsError/dimensionMismatch(_:)`` if the columns differ in length.
    /// - Complexity: O(rows × columns).
    public init(columns: [[Double]]) throws(NumericsError) {
        let rowCount = columns.first?.count ?? 0
        var storage: [Double] = []
        storage.reserveCapacity(rowCount * columns.count)
        for (index, column) in columns.enumerated() {
            guard column.count == rowCount else {
                throw .dimensionMismatch(
                    "column \(index) has \(column.count) elements but column 0 has \(rowCount)")
            }
            storage.append(contentsOf: column)
        }
        self.rows = rowCount
        self.columns = columns.count
        self.elements = storage
    }

    /// Creates a matrix from rows given as nested arrays (convenient for small literals).
    ///
    /// - Parameter rows: The rows, each with the same number of elements.
    /// - Throws: ``NumericsError/dimensionMismatch(_:)`` if the rows differ in length.
    /// - Complexity: O(rows × columns).
    public init(rows: [[Double]]) throws(NumericsError) {
        let columnCount = rows.first?.count ?? 0
        for (index, row) in rows.enumerated() where row.count != columnCount {
            throw .dimensionMismatch(
                "row \(index) has \(row.count) elements but row 0 has \(columnCount)")
        }
        var storage = [Double](repeating: 0, count: rows.count * columnCount)
        for (i, row) in rows.enumerated() {
            for (j, value) in row.enumerated() { storage[j * rows.count + i] = value }
        }
        self.rows = rows.count
        self.columns = columnCount
        self.elements = storage
    }

    /// Internal memberwise initialiser for results whose shape the caller has already checked.
    init(uncheckedRows rows: Int, columns: Int, elements: [Double]) {
        assert(rows * columns == elements.count, "shape and storage disagree")
        self.rows = rows
        self.columns = columns
        self.elements = elements
    }

    /// The `size × size` identity matrix.
    ///
    /// - Parameter size: The number of rows and columns.
    /// - Returns: A matrix with ones on the diagonal and zeros elsewhere.
    /// - Throws: ``NumericsError/invalidParameter(name:value:requirement:)`` if `size` is
    ///   negative.
    public static func identity(size: Int) throws(NumericsError) -> Matrix {
        var result = try Matrix(rows: size, columns: size)
        for i in 0..<size { result.elements[i * size + i] = 1 }
        return result
    }

    /// The element in row `row` and column `column` (both zero-based).
    ///
    /// Like `Array`'s subscript, an index outside the matrix is a programming error and stops
    /// the program (through `Array`'s own bounds check): it never reads a neighbouring element.
    /// Use ``element(row:column:)`` when the indices come from outside data.
    public subscript(row: Int, column: Int) -> Double {
        get { elements[checkedOffset(row: row, column: column)] }
        set { elements[checkedOffset(row: row, column: column)] = newValue }
    }

    /// The element at (`row`, `column`), or `nil` if the position is outside the matrix.
    ///
    /// - Parameters:
    ///   - row: The zero-based row.
    ///   - column: The zero-based column.
    /// - Returns: The element, or `nil` for an out-of-range position.
    public func element(row: Int, column: Int) -> Double? {
        guard row >= 0, row < rows, column >= 0, column < columns else { return nil }
        return elements[column * rows + row]
    }

    /// The elements of one column, in row order (a contiguous slice, no copy).
    ///
    /// - Parameter index: The zero-based column; an out-of-range index traps like `Array`.
    /// - Returns: The `rows` elements of the column.
    public func column(_ index: Int) -> ArraySlice<Double> {
        let start = checkedOffset(row: 0, column: index)
        return elements[start..<(start + rows)]
    }

    /// The elements of the main diagonal, `min(rows, columns)` of them.
    public var diagonal: [Double] {
        (0..<min(rows, columns)).map { elements[$0 * rows + $0] }
    }

    /// Whether every element is finite (no NaN or infinity).
    public var isFinite: Bool { elements.allSatisfy(\.isFinite) }

    // An out-of-range (row, column) is mapped to `elements.count`, so `Array`'s bounds check
    // traps instead of silently reading another element of the same storage.
    @inline(__always)
    private func checkedOffset(row: Int, column: Int) -> Int {
        let inside =
            UInt(bitPattern: row) < UInt(bitPattern: rows)
            && UInt(bitPattern: column) < UInt(bitPattern: columns)
        return inside ? column &* rows &+ row : elements.count
    }

    private static func elementCount(rows: Int, columns: Int) throws(NumericsError) -> Int {
        guard rows >= 0 else {
            throw .invalidParameter(name: "rows", value: Double(rows), requirement: "zero or more")
        }
        guard columns >= 0 else {
            throw .invalidParameter(
                name: "columns", value: Double(columns), requirement: "zero or more")
        }
        let (count, overflow) = rows.multipliedReportingOverflow(by: columns)
        guard !overflow else {
            throw .invalidParameter(
                name: "rows × columns", value: Double(rows) * Double(columns),
                requirement: "representable as an element count")
        }
        return count
    }
}

extension Matrix: Codable {
    private enum CodingKeys: String, CodingKey { case rows, columns, elements }

    /// Decodes a matrix and checks that its shape matches its element count.
    ///
    /// - Parameter decoder: The decoder to read `rows`, `columns` and `elements` from.
    /// - Throws: `DecodingError.dataCorrupted` if the shape and the element count disagree.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let rows = try container.decode(Int.self, forKey: .rows)
        let columns = try container.decode(Int.self, forKey: .columns)
        let elements = try container.decode([Double].self, forKey: .elements)
        do {
            self = try Matrix(rows: rows, columns: columns, columnMajor: elements)
        } catch {
            throw DecodingError.dataCorrupted(
                .init(codingPath: container.codingPath, debugDescription: error.description))
        }
    }

    /// Encodes `rows`, `columns` and the column-major `elements`.
    ///
    /// - Parameter encoder: The encoder to write to.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rows, forKey: .rows)
        try container.encode(columns, forKey: .columns)
        try container.encode(elements, forKey: .elements)
    }
}
