// Allocation-free Householder kernels on raw column-major storage.
//
// Both least squares (`LeastSquares`, one call per 256-row chunk) and the Poisson IRLS loop
// (one call per iteration) funnel through `triangularize`, so it is written once, on unsafe
// pointers, with wrapping index arithmetic: the bounds are established by the callers, which
// own the buffers. Reductions use four independent accumulators so the compiler can keep
// several additions in flight (PERFORMANCE.md: one serial chain of additions halves the speed).

enum Householder {
    /// Reduces the leading `reflectors` columns of the `rows × columns` block at `a` to upper
    /// triangular form by Householder reflections, applying each reflection to the columns on
    /// its right (Golub & Van Loan, *Matrix Computations*, 4th ed., Algorithm 5.2.1).
    ///
    /// On return the upper triangle of the first `min(rows, columns)` rows holds `R` (diagonal
    /// signs arbitrary) and the entries below the diagonal hold the essential parts of the
    /// reflectors. When the last column holds a right-hand side `y`, its first `reflectors`
    /// entries become `Qᵀy`; with `reflectors == columns` its diagonal entry becomes ±‖residual‖.
    ///
    /// - Complexity: about 2·rows·columns·reflectors floating-point operations.
    @inline(__always)
    static func triangularize(
        _ a: UnsafeMutablePointer<Double>, rows m: Int, columns c: Int,
        leadingDimension ld: Int, reflectors r: Int
    ) {
        var j = 0
        while j < r {
            let column = a + j &* ld
            let below = m &- j &- 1
            if below <= 0 { break }
            let x0 = column[j]
            let tail = sumOfSquares(column + (j &+ 1), below)
            // A column already zero below the diagonal needs no reflection (H = I).
            if tail != 0 {
                let norm = (x0 * x0 + tail).squareRoot()
                // β takes the sign opposite to x0 so that v0 = x0 − β never cancels (LAPACK dlarfg).
                let beta = x0 >= 0 ? -norm : norm
                let v0 = x0 - beta
                scale(column + (j &+ 1), below, by: 1 / v0)
                let tau = -v0 / beta
                column[j] = beta
                var k = j &+ 1
                while k < c {
                    let target = a + k &* ld
                    let s = tau * (target[j] + dot(column + (j &+ 1), target + (j &+ 1), below))
                    target[j] -= s
                    axpy(-s, column + (j &+ 1), target + (j &+ 1), below)
                    k &+= 1
                }
            }
            j &+= 1
        }
    }

    /// Solves `R b = q` for `b`, where `R` is the leading `size × size` upper triangle at `r`
    /// (leading dimension `ld`) and `q` has `size` entries. `R` must have a non-zero diagonal.
    @inline(__always)
    static func solveUpperTriangular(
        _ r: UnsafePointer<Double>, leadingDimension ld: Int, size: Int,
        rightHandSide q: UnsafePointer<Double>, solution b: UnsafeMutablePointer<Double>
    ) {
        var j = size &- 1
        while j >= 0 {
            var sum = q[j]
            var l = j &+ 1
            while l < size {
                sum -= r[l &* ld &+ j] * b[l]
                l &+= 1
            }
            b[j] = sum / r[j &* ld &+ j]
            j &-= 1
        }
    }

    /// `(RᵀR)⁻¹ = R⁻¹R⁻ᵀ` for the leading `size × size` upper triangle at `r`, written
    /// column-major into `out` (`size × size`, symmetric). `scratch` needs `size × size` slots.
    ///
    /// With `R` from the QR factorisation of `X`, `RᵀR = XᵀX`, so this is the unscaled
    /// covariance of least squares without ever forming `XᵀX` (Björck, *Numerical Methods for
    /// Least Squares Problems*, §2.8.3).
    static func inverseGram(
        _ r: UnsafePointer<Double>, leadingDimension ld: Int, size k: Int,
        scratch inverse: UnsafeMutablePointer<Double>, into out: UnsafeMutablePointer<Double>
    ) {
        // Columns of R⁻¹ by back substitution: R · inv[:, j] = e_j, inv upper triangular.
        for j in 0..<k {
            let x = inverse + j &* k
            for i in 0..<k { x[i] = 0 }
            var i = j
            while i >= 0 {
                var sum = i == j ? 1.0 : 0.0
                var l = i &+ 1
                while l <= j {
                    sum -= r[l &* ld &+ i] * x[l]
                    l &+= 1
                }
                x[i] = sum / r[i &* ld &+ i]
                i &-= 1
            }
        }
        // out[a, b] = Σ_{l ≥ max(a, b)} inv[a, l] · inv[b, l].
        for b in 0..<k {
            for a in 0...b {
                var sum = 0.0
                for l in b..<k { sum += inverse[l &* k &+ a] * inverse[l &* k &+ b] }
                out[b &* k &+ a] = sum
                out[a &* k &+ b] = sum
            }
        }
    }

    /// Σ x[i]·y[i] for `count` elements, with four accumulators.
    @inline(__always)
    static func dot(_ x: UnsafePointer<Double>, _ y: UnsafePointer<Double>, _ count: Int) -> Double {
        var s0 = 0.0
        var s1 = 0.0
        var s2 = 0.0
        var s3 = 0.0
        var i = 0
        while i &+ 4 <= count {
            s0 += x[i] * y[i]
            s1 += x[i &+ 1] * y[i &+ 1]
            s2 += x[i &+ 2] * y[i &+ 2]
            s3 += x[i &+ 3] * y[i &+ 3]
            i &+= 4
        }
        while i < count {
            s0 += x[i] * y[i]
            i &+= 1
        }
        return (s0 + s1) + (s2 + s3)
    }

    /// Σ x[i]² for `count` elements.
    @inline(__always)
    static func sumOfSquares(_ x: UnsafePointer<Double>, _ count: Int) -> Double {
        dot(x, x, count)
    }

    /// y[i] += alpha · x[i] for `count` elements.
    @inline(__always)
    static func axpy(
        _ alpha: Double, _ x: UnsafePointer<Double>, _ y: UnsafeMutablePointer<Double>, _ count: Int
    ) {
        var i = 0
        while i < count {
            y[i] += alpha * x[i]
            i &+= 1
        }
    }

    /// x[i] *= factor for `count` elements.
    @inline(__always)
    static func scale(_ x: UnsafeMutablePointer<Double>, _ count: Int, by factor: Double) {
        var i = 0
        while i < count {
            x[i] *= factor
            i &+= 1
        }
    }

    /// The first column `j` whose diagonal satisfies `|R[j, j]| ≤ tolerance · norms[j]`, or `nil`.
    ///
    /// `|R[j, j]|` is the norm of column `j` after removing its projection on the columns before
    /// it, so the test asks whether that column is, to relative precision `tolerance`, a linear
    /// combination of earlier ones — the rule of R's `lm` (LINPACK `dqrdc2`, `tol = 1e-7`).
    static func firstDependentColumn(
        _ r: UnsafePointer<Double>, leadingDimension ld: Int, size k: Int,
        columnNorms norms: UnsafePointer<Double>, tolerance: Double
    ) -> Int? {
        for j in 0..<k {
            let diagonal = abs(r[j &* ld &+ j])
            // `!(a > b)` also catches a NaN diagonal, which must never pass as full rank.
            if !(diagonal > tolerance * norms[j]) || norms[j] == 0 { return j }
        }
        return nil
    }
}
