/// The one approximate-equality rule used by the test suite: |a − b| ≤ tolerance × max(|a|, |b|),
/// or both exactly equal (which covers zero). Tests state the relative tolerance they need.
func isApproximatelyEqual(_ a: Double, _ b: Double, relativeTolerance: Double) -> Bool {
    if a == b { return true }
    guard a.isFinite, b.isFinite else { return false }
    return abs(a - b) <= relativeTolerance * max(abs(a), abs(b))
}
