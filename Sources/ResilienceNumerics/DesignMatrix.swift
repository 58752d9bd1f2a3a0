/// The regressors of a linear or generalised linear model: a ``Matrix`` whose columns carry
/// names, so that a rank problem or a prediction can name the term involved.
///
/// Every element is checked to be finite when the design is made, so the fitting routines can
/// run their kernels without re-checking. Columns are stored column-major and contiguous,
/// the layout the Householder kernels stream through.
///
/// ```swift
/// let design = try DesignMatrix(columns: [
///     ("intercept", Array(repeating: 1, count: 4)),
///     ("month", [1, 2, 3, 4]),
/// ])
/// ```
public struct DesignMatrix: Sendable, Hashable {
    /// The names of the columns, in column order; unique and non-empty.
    public let columnNames: [String]
    /// The values, one column per regressor (rows are observations).
    public let matrix: Matrix

    /// The number of observations (rows).
    public var rowCount: Int { matrix.rows }
    /// The number of regressors (columns), including any intercept column.
    public var columnCount: Int { matrix.columns }

    /// Creates a design from named columns of equal length.
    ///
    /// - Parameter columns: `(name, values)` pairs in model order. Include an explicit
    ///   intercept column of ones if the model has one; nothing is added implicitly.
    /// - Throws: ``NumericsError/invalidColumn(name:problem:)`` for an empty or repeated name;
    ///   ``NumericsError/dimensionMismatch(_:)`` if the columns differ in length or there are
    ///   none; ``NumericsError/nonFinite(field:index:)`` naming the column and row of a NaN or
    ///   infinite value.
    /// - Complexity: O(rows × columns).
    public init(columns: [(name: String, values: [Double])]) throws(NumericsError) {
        guard let first = columns.first else {
            throw .dimensionMismatch("a design matrix needs at least one column")
        }
        var storage: [Double] = []
        storage.reserveCapacity(first.values.count * columns.count)
        for column in columns {
            guard column.values.count == first.values.count else {
                throw .dimensionMismatch(
                    "column '\(column.name)' has \(column.values.count) rows but '\(first.name)' has \(first.values.count)"
                )
            }
            storage.append(contentsOf: column.values)
        }
        let matrix = Matrix(
            uncheckedRows: first.values.count, columns: columns.count, elements: storage)
        try self.init(columnNames: columns.map(\.name), matrix: matrix)
    }

    /// Creates a design from a matrix and one name per column.
    ///
    /// - Parameters:
    ///   - columnNames: One unique, non-empty name per column of `matrix`.
    ///   - matrix: The regressor values.
    /// - Throws: As ``init(columns:)``.
    /// - Complexity: O(rows × columns).
    public init(columnNames: [String], matrix: Matrix) throws(NumericsError) {
        guard columnNames.count == matrix.columns, matrix.columns > 0 else {
            throw .dimensionMismatch(
                "\(columnNames.count) column names for a matrix with \(matrix.columns) columns")
        }
        var seen = Set<String>()
        for name in columnNames {
            guard !name.isEmpty else { throw .invalidColumn(name: name, problem: "has an empty name") }
            guard seen.insert(name).inserted else {
                throw .invalidColumn(name: name, problem: "appears more than once in the design")
            }
        }
        // Finite values are a precondition of every kernel downstream; find the first bad one.
        let rows = matrix.rows
        for (offset, value) in matrix.elements.enumerated() where !value.isFinite {
            let column = rows == 0 ? 0 : offset / rows
            throw .nonFinite(
                field: "design column '\(columnNames[column])'", index: offset - column * rows)
        }
        self.columnNames = columnNames
        self.matrix = matrix
    }

    /// The position of the column called `name`, or `nil` if there is none.
    ///
    /// - Parameter name: A column name.
    /// - Returns: The zero-based column index.
    public func index(ofColumn name: String) -> Int? { columnNames.firstIndex(of: name) }

    /// The values of the column called `name`, or `nil` if there is none.
    ///
    /// - Parameter name: A column name.
    /// - Returns: The column's values in row order.
    public func values(ofColumn name: String) -> ArraySlice<Double>? {
        index(ofColumn: name).map { matrix.column($0) }
    }

    /// A copy with another named column appended on the right.
    ///
    /// - Parameters:
    ///   - name: The new column's name, not already used.
    ///   - values: One finite value per row.
    /// - Returns: The widened design.
    /// - Throws: As ``init(columns:)``.
    /// - Complexity: O(rows × columns) for the copy.
    public func appending(column name: String, values: [Double]) throws(NumericsError) -> DesignMatrix {
        guard values.count == rowCount else {
            throw .dimensionMismatch("column '\(name)' has \(values.count) rows but the design has \(rowCount)")
        }
        let matrix = Matrix(
            uncheckedRows: rowCount, columns: columnCount + 1,
            elements: self.matrix.elements + values)
        return try DesignMatrix(columnNames: columnNames + [name], matrix: matrix)
    }

    /// A copy in which every value of the named columns is replaced by `value`.
    ///
    /// This builds the counterfactual design of an interrupted time series or
    /// difference-in-differences model: set the intervention terms (for example `post` and
    /// `monthsSinceStart`) to zero and predict with the fitted coefficients
    /// (Bernal, Cummins & Gasparrini 2017, "Interrupted time series regression…", fig. 2).
    ///
    /// - Parameters:
    ///   - names: Columns to overwrite; each must exist.
    ///   - value: The finite value to write, usually `0`.
    /// - Returns: The modified design, with the same column names and order.
    /// - Throws: ``NumericsError/invalidColumn(name:problem:)`` for an unknown name;
    ///   ``NumericsError/nonFinite(field:index:)`` if `value` is not finite.
    /// - Complexity: O(rows × names.count).
    public func settingColumns(_ names: [String], to value: Double) throws(NumericsError) -> DesignMatrix {
        guard value.isFinite else { throw .nonFinite(field: "value", index: 0) }
        var elements = matrix.elements
        for name in names {
            guard let column = index(ofColumn: name) else {
                throw .invalidColumn(
                    name: name,
                    problem: "is not in the design (its columns are \(columnNames.joined(separator: ", ")))")
            }
            for row in 0..<rowCount { elements[column * rowCount + row] = value }
        }
        let matrix = Matrix(uncheckedRows: rowCount, columns: columnCount, elements: elements)
        return try DesignMatrix(columnNames: columnNames, matrix: matrix)
    }

    /// Checks that `other` has the same column names in the same order, as prediction requires.
    func requireSameColumns(as other: [String]) throws(NumericsError) {
        guard columnNames == other else {
            throw .dimensionMismatch(
                "prediction design has columns [\(columnNames.joined(separator: ", "))] but the model was fitted with [\(other.joined(separator: ", "))]"
            )
        }
    }
}

extension DesignMatrix: Codable {
    private enum CodingKeys: String, CodingKey { case columnNames, matrix }

    /// Decodes a design and applies the same checks as ``init(columnNames:matrix:)``.
    ///
    /// - Parameter decoder: The decoder to read `columnNames` and `matrix` from.
    /// - Throws: `DecodingError.dataCorrupted` describing the ``NumericsError`` if a check fails.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let names = try container.decode([String].self, forKey: .columnNames)
        let matrix = try container.decode(Matrix.self, forKey: .matrix)
        do {
            try self.init(columnNames: names, matrix: matrix)
        } catch {
            throw DecodingError.dataCorrupted(
                .init(codingPath: container.codingPath, debugDescription: error.description))
        }
    }

    /// Encodes the column names and the matrix.
    ///
    /// - Parameter encoder: The encoder to write to.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(columnNames, forKey: .columnNames)
        try container.encode(matrix, forKey: .matrix)
    }
}
