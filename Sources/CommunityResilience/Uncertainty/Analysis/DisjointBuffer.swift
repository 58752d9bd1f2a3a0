/// A buffer that parallel workers write to at disjoint positions.
///
/// `@unchecked Sendable` by contract: each worker writes only the elements assigned to it (a
/// block's draws, one output's summary), and nobody reads them until all workers have finished.
struct DisjointBuffer<Element>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Element>

    subscript(index: Int) -> Element {
        get { base[index] }
        nonmutating set { base[index] = newValue }
    }
}
