/// A growable run of demand rows in raw columns, reused block after block by a
/// ``DemandRowParser``.
///
/// Appending to five Swift arrays costs five uniqueness checks a row; these columns belong to one
/// parser, so a row is five plain stores. The importer copies each segment into the panel's
/// arrays in one bulk append per column.
final class DemandSegment: @unchecked Sendable {
    private(set) var count = 0
    private(set) var capacity = 0
    private(set) var communityCodes = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
    private(set) var serviceCodes = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
    private(set) var monthIndices = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
    private(set) var counts = UnsafeMutablePointer<Double>.allocate(capacity: 1)
    private(set) var populations = UnsafeMutablePointer<Double>.allocate(capacity: 1)

    deinit {
        communityCodes.deallocate()
        serviceCodes.deallocate()
        monthIndices.deallocate()
        counts.deallocate()
        populations.deallocate()
    }

    /// Appends one row.
    /// - Complexity: amortised O(1).
    @inline(__always)
    func append(_ community: Int32, _ service: Int32, _ month: Int32, _ count: Double, _ population: Double) {
        if self.count == capacity { grow() }
        let row = self.count
        communityCodes[row] = community
        serviceCodes[row] = service
        monthIndices[row] = month
        counts[row] = count
        populations[row] = population
        self.count = row + 1
    }

    /// Forgets the rows, keeping the capacity.
    func removeAll() { count = 0 }

    private func grow() {
        let newCapacity = max(1024, 2 * capacity)
        communityCodes = Self.moved(communityCodes, count, newCapacity)
        serviceCodes = Self.moved(serviceCodes, count, newCapacity)
        monthIndices = Self.moved(monthIndices, count, newCapacity)
        counts = Self.moved(counts, count, newCapacity)
        populations = Self.moved(populations, count, newCapacity)
        capacity = newCapacity
    }

    private static func moved<T>(_ old: UnsafeMutablePointer<T>, _ count: Int, _ capacity: Int) -> UnsafeMutablePointer<
        T
    > {
        let new = UnsafeMutablePointer<T>.allocate(capacity: capacity)
        new.moveInitialize(from: old, count: count)
        old.deallocate()
        return new
    }
}
