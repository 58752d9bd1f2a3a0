extension DemandPanel {
    /// The arrangement of a panel whose rows form a complete community × service × month grid
    /// in order: community by community (in code order), within a community service by service
    /// (in code order), within a service every month from ``firstMonth`` on, once.
    ///
    /// Extracts of national data usually come sorted this way ("every LSOA, every service, every
    /// month"). Knowing it, a kernel finds the series of community `c` and service `s` as the
    /// ``monthCount`` rows from ``firstRow(community:service:)`` on, and never reads the code
    /// columns — a third of the bytes of a panel with populations.
    public struct GridLayout: Hashable, Sendable {
        /// The number of communities (every code in the panel's community table).
        public let communityCount: Int
        /// The number of services (every code in the panel's service table).
        public let serviceCount: Int
        /// The number of consecutive months in every series.
        public let monthCount: Int
        /// The first month of every series.
        public let firstMonth: Month

        /// The row holding the first month of community `community`'s series for `service`.
        ///
        /// - Parameters:
        ///   - community: A community code, `0..<communityCount`.
        ///   - service: A service code, `0..<serviceCount`.
        /// - Returns: `(community × serviceCount + service) × monthCount`; the series occupies
        ///   that row and the `monthCount − 1` rows after it. `nil` when a code is out of range.
        public func firstRow(community: Int, service: Int) -> Int? {
            guard (0..<communityCount).contains(community), (0..<serviceCount).contains(service) else { return nil }
            return uncheckedFirstRow(community: community, service: service)
        }

        /// ``firstRow(community:service:)`` for codes the caller knows are in range.
        func uncheckedFirstRow(community: Int, service: Int) -> Int {
            (community * serviceCount + service) * monthCount
        }
    }
}
