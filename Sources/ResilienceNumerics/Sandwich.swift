// The "meat" of sandwich covariance estimators, shared by OLS and the Poisson GLM.
//
// Every robust covariance here has the form  V = c · B M B,  with B the bread (inverse
// Hessian, (XᵀWX)⁻¹) and M a sum of outer products of per-observation scores
// sᵢ = uᵢ xᵢ, where uᵢ is a scalar per row: wᵢeᵢ for (weighted) least squares and
// wᵢ(yᵢ − μᵢ) for a log-link Poisson GLM (Cameron & Miller 2015, "A Practitioner's Guide to
// Cluster-Robust Inference", J. Human Resources 50(2), §II; Zeileis 2006, "Object-oriented
// computation of sandwich estimators", J. Stat. Software 16(9)). The meat is computed over
// the original column-major design, in row blocks so that the block stays in cache.

enum Sandwich {
    /// M = Σᵢ uᵢ² xᵢxᵢᵀ (White / HC0 meat), `k × k` column-major.
    static func heteroskedasticMeat(design x: Matrix, scores u: [Double]) -> [Double] {
        let n = x.rows
        let k = x.columns
        let block = 256
        var meat = [Double](repeating: 0, count: k * k)
        var scaled = [Double](repeating: 0, count: block * k)
        x.elements.withUnsafeBufferPointer { xb in
            u.withUnsafeBufferPointer { ub in
                scaled.withUnsafeMutableBufferPointer { tb in
                    meat.withUnsafeMutableBufferPointer { mb in
                        guard let xp = xb.baseAddress, let up = ub.baseAddress,
                            let t = tb.baseAddress, let m = mb.baseAddress
                        else { return }
                        var start = 0
                        while start < n {
                            let rows = min(block, n - start)
                            for a in 0..<k {
                                let column = xp + (a * n + start)
                                for i in 0..<rows {
                                    let score = up[start + i]
                                    t[a * block + i] = score * score * column[i]
                                }
                            }
                            for b in 0..<k {
                                let column = xp + (b * n + start)
                                for a in 0...b {
                                    m[b * k + a] += Householder.dot(t + a * block, column, rows)
                                }
                            }
                            start += rows
                        }
                        for b in 0..<k { for a in 0..<b { m[a * k + b] = m[b * k + a] } }
                    }
                }
            }
        }
        return meat
    }

    /// M = Σ_g s_g s_gᵀ with s_g = Σ_{i ∈ g} uᵢxᵢ, and the number of clusters G.
    static func clusteredMeat(
        design x: Matrix, scores u: [Double], clusters: [Int]
    ) throws(NumericsError) -> (meat: [Double], clusterCount: Int) {
        let n = x.rows
        let k = x.columns
        guard clusters.count == n else {
            throw .dimensionMismatch("clusters has \(clusters.count) labels but the model has \(n) observations")
        }
        let (group, count) = denseLabels(clusters)
        guard count >= 2 else {
            throw .invalidParameter(
                name: "clusters", value: Double(count),
                requirement: "at least 2 distinct cluster labels for a cluster-robust covariance")
        }
        var sums = [Double](repeating: 0, count: count * k)  // row-major: sums[g * k + a]
        for a in 0..<k {
            let offset = a * n
            for i in 0..<n { sums[group[i] * k + a] += x.elements[offset + i] * u[i] }
        }
        var meat = [Double](repeating: 0, count: k * k)
        for g in 0..<count {
            let base = g * k
            for b in 0..<k {
                let sb = sums[base + b]
                if sb == 0 { continue }
                for a in 0...b { meat[b * k + a] += sums[base + a] * sb }
            }
        }
        for b in 0..<k { for a in 0..<b { meat[a * k + b] = meat[b * k + a] } }
        return (meat, count)
    }

    /// Newey–West meat with Bartlett weights w_l = 1 − l/(L + 1):
    /// M = Γ₀ + Σ_{l=1}^{L} w_l (Γ_l + Γ_lᵀ), Γ_l = Σ_{i ≥ l} sᵢ s_{i−l}ᵀ, rows in time order
    /// (Newey & West 1987, Econometrica 55(3); statsmodels `S_hac_simple`).
    static func neweyWestMeat(design x: Matrix, scores u: [Double], maximumLag: Int) -> [Double] {
        let n = x.rows
        let k = x.columns
        let lags = min(maximumLag, n - 1)
        var s = [Double](repeating: 0, count: n * k)
        for a in 0..<k { for i in 0..<n { s[a * n + i] = x.elements[a * n + i] * u[i] } }
        var meat = [Double](repeating: 0, count: k * k)
        s.withUnsafeBufferPointer { sb in
            guard let sp = sb.baseAddress else { return }
            for lag in 0...max(lags, 0) {
                let weight = 1 - Double(lag) / (Double(maximumLag) + 1)
                let length = n - lag
                for b in 0..<k {
                    for a in 0..<k {
                        // Γ_l[a, b] = Σ_{i=lag}^{n−1} s[i, a] · s[i − lag, b]
                        let gamma = Householder.dot(sp + (a * n + lag), sp + b * n, length)
                        if lag == 0 {
                            meat[b * k + a] += gamma
                        } else {
                            meat[b * k + a] += weight * gamma
                            meat[a * k + b] += weight * gamma
                        }
                    }
                }
            }
        }
        return meat
    }

    /// c · B M B for symmetric `k × k` bread and meat, symmetrised exactly.
    static func sandwich(bread: [Double], meat: [Double], size k: Int, factor: Double) -> Matrix {
        var left = [Double](repeating: 0, count: k * k)  // B M
        for j in 0..<k {
            for l in 0..<k {
                let m = meat[j * k + l]
                if m == 0 { continue }
                for i in 0..<k { left[j * k + i] += bread[l * k + i] * m }
            }
        }
        var result = [Double](repeating: 0, count: k * k)
        for j in 0..<k {
            for i in 0...j {
                var sum = 0.0
                for l in 0..<k { sum += left[l * k + i] * bread[j * k + l] }
                result[j * k + i] = factor * sum
                result[i * k + j] = factor * sum
            }
        }
        return Matrix(uncheckedRows: k, columns: k, elements: result)
    }

    /// Maps arbitrary integer labels to 0..<G in order of first appearance.
    static func denseLabels(_ labels: [Int]) -> (indices: [Int], count: Int) {
        guard let low = labels.min(), let high = labels.max() else { return ([], 0) }
        var indices = [Int](repeating: 0, count: labels.count)
        let (span, overflow) = high.subtractingReportingOverflow(low)
        if !overflow, span < 2 * labels.count + 1_024 {
            // Compact labels (community codes 0..<G): a lookup table beats hashing 4M keys.
            var table = [Int](repeating: -1, count: span + 1)
            var next = 0
            for (i, label) in labels.enumerated() {
                let slot = label &- low
                if table[slot] < 0 {
                    table[slot] = next
                    next += 1
                }
                indices[i] = table[slot]
            }
            return (indices, next)
        }
        var table: [Int: Int] = [:]
        for (i, label) in labels.enumerated() {
            if let known = table[label] {
                indices[i] = known
            } else {
                let fresh = table.count
                indices[i] = fresh
                table[label] = fresh
            }
        }
        return (indices, table.count)
    }
}
