extension InputDistribution {
    /// One draw from the distribution.
    ///
    /// Each family's method is fixed and documented (see `DistributionSampler`): inversion for
    /// uniform, triangular, normal, log-normal and discrete draws; Marsaglia and Tsang's gamma
    /// method for beta and PERT. Only IEEE 754 basic arithmetic, square roots and the library's
    /// own logarithm and exponential (ports of fdlibm's, built from basic operations) are used, so
    /// the same generator state gives the same draw on every platform (see the Uncertainty article).
    ///
    /// - Parameter generator: The source of randomness, e.g. ``Xoshiro256StarStar``.
    /// - Returns: A value in the distribution's ``support``.
    /// - Throws: ``ValidationError`` when the parameters are invalid (see ``validate()``).
    public func sample<G: RandomNumberGenerator>(using generator: inout G) throws(ValidationError) -> Double {
        try DistributionSampler(self).draw(using: &generator)
    }

    /// `count` draws, checking the parameters once: the same values as `count` calls of
    /// ``sample(using:)``.
    ///
    /// - Parameters:
    ///   - count: The number of draws (a negative count is treated as 0).
    ///   - generator: The source of randomness.
    /// - Returns: The draws, in order.
    /// - Throws: ``ValidationError`` when the parameters are invalid.
    /// - Complexity: O(`count`) (O(`count` log n) for a discrete distribution of n values).
    public func samples<G: RandomNumberGenerator>(_ count: Int, using generator: inout G) throws(ValidationError)
        -> [Double]
    {
        let sampler = try DistributionSampler(self)
        var values: [Double] = []
        values.reserveCapacity(Swift.max(0, count))
        for _ in 0..<Swift.max(0, count) { values.append(sampler.draw(using: &generator)) }
        return values
    }
}
