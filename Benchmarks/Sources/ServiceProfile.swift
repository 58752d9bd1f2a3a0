import CommunityResilience

/// One of the ten services of the synthetic national panel: its demand rate per resident a
/// month, its seasonality and trend, the programme's effect on it, and what a unit costs.
///
/// Rates and costs are round figures of the right order (A&E ~260 attendances per 1,000
/// residents a year; GP appointments ~5 per resident a year; unit costs of the order of the
/// GMCA Unit Cost Database and PSSRU tables); they shape the data, they are not evidence.
struct ServiceProfile: Sendable {
    var id: Service.ID
    var name: String
    var ratePerResident: Double
    var seasonalAmplitude: Double
    /// Calendar month of the seasonal peak.
    var peakMonth: Int
    var annualTrend: Double
    /// The programme's fall in demand at its start (0.04 = 4% fewer).
    var levelEffect: Double
    /// Pounds per unit of demand, 2024-25 prices.
    var unitCost: Double

    static let all: [ServiceProfile] = [
        ServiceProfile(
            id: "ae", name: "A&E attendances", ratePerResident: 0.022, seasonalAmplitude: 0.08, peakMonth: 7,
            annualTrend: 0.02, levelEffect: 0.04, unitCost: 109),
        ServiceProfile(
            id: "emergency-admissions", name: "Emergency admissions", ratePerResident: 0.008, seasonalAmplitude: 0.10,
            peakMonth: 1, annualTrend: 0.015, levelEffect: 0.05, unitCost: 1_650),
        ServiceProfile(
            id: "gp", name: "GP appointments", ratePerResident: 0.45, seasonalAmplitude: 0.08, peakMonth: 11,
            annualTrend: 0.01, levelEffect: 0.02, unitCost: 42),
        ServiceProfile(
            id: "nhs-111", name: "NHS 111 calls", ratePerResident: 0.016, seasonalAmplitude: 0.12, peakMonth: 12,
            annualTrend: 0.03, levelEffect: 0.03, unitCost: 13),
        ServiceProfile(
            id: "ambulance", name: "Ambulance incidents", ratePerResident: 0.011, seasonalAmplitude: 0.10, peakMonth: 1,
            annualTrend: 0.02, levelEffect: 0.03, unitCost: 300),
        ServiceProfile(
            id: "fire", name: "Fire incidents", ratePerResident: 0.0003, seasonalAmplitude: 0.15, peakMonth: 4,
            annualTrend: -0.02, levelEffect: 0.08, unitCost: 2_800),
        ServiceProfile(
            id: "police-asb", name: "Anti-social behaviour incidents", ratePerResident: 0.010, seasonalAmplitude: 0.12,
            peakMonth: 7, annualTrend: -0.01, levelEffect: 0.04, unitCost: 400),
        ServiceProfile(
            id: "asc-contacts", name: "Adult social care contacts", ratePerResident: 0.004, seasonalAmplitude: 0.05,
            peakMonth: 1, annualTrend: 0.02, levelEffect: 0.03, unitCost: 300),
        ServiceProfile(
            id: "mh-crisis", name: "Mental health crisis contacts", ratePerResident: 0.0015, seasonalAmplitude: 0.06,
            peakMonth: 3, annualTrend: 0.04, levelEffect: 0.05, unitCost: 500),
        ServiceProfile(
            id: "delayed-discharge", name: "Delayed discharge bed days", ratePerResident: 0.003,
            seasonalAmplitude: 0.15, peakMonth: 1, annualTrend: 0.03, levelEffect: 0.06, unitCost: 395),
    ]
}
