/// One count of demand: how many units of a service's demand arose in a community in a month
/// ("41 A&E attendances from Knowsley 004A in March 2024"), with the population at risk when known.
///
/// This is the row type for building and reading a ``DemandPanel``; the panel itself stores rows
/// in columns, not as an array of these.
public struct DemandObservation: Hashable, Sendable, Codable {
    /// The community the demand came from.
    public var community: Community.ID
    /// The service demanded.
    public var service: Service.ID
    /// The month counted.
    public var month: Month
    /// The number of units of demand (finite, non-negative).
    public var count: Double
    /// The population the count arose from (the denominator of a rate), when known.
    public var population: Double?

    /// Creates an observation.
    public init(community: Community.ID, service: Service.ID, month: Month, count: Double, population: Double? = nil) {
        self.community = community
        self.service = service
        self.month = month
        self.count = count
        self.population = population
    }
}
