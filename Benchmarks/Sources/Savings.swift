import CommunityResilience
import Foundation
import ResilienceNumerics

/// Step (d) of P1: demand avoided by service — summed over the treated authorities' interrupted
/// time series (standard errors combined as independent) and from the national DiD — and its
/// value at each service's unit cost, in exact money.
struct Savings {
    struct Line {
        var service: Service.ID
        var seriesAvoided: Double
        var seriesStandardError: Double
        var seriesSaving: Money
        var panelAvoided: Double
        var panelSaving: Money
    }

    var lines: [Line]
    var totalSeriesSaving: Money
    var totalPanelSaving: Money

    init(
        fits: [InterruptedTimeSeriesResult], totals: DemandTotals, treatedAuthority: [Bool],
        estimates: [PanelDifferenceInDifferencesResult], services: [ServiceProfile]
    ) throws {
        let base = PriceBase.financialYear(2024)
        let serviceCount = totals.services.count
        var avoided = [Double](repeating: 0, count: serviceCount)
        var variance = [Double](repeating: 0, count: serviceCount)
        for group in totals.groups.indices where treatedAuthority[group] {
            for service in 0..<serviceCount {
                let fit = fits[group * serviceCount + service].avoided
                avoided[service] += fit.units
                variance[service] += fit.standardError * fit.standardError
            }
        }
        var lines: [Line] = []
        var seriesTotal = Money.zero(.gbp, in: base)
        var panelTotal = Money.zero(.gbp, in: base)
        for (service, profile) in services.enumerated() {
            let unitCost = try Money(Int(profile.unitCost), .gbp, in: base)
            let seriesSaving = try unitCost.multiplied(by: avoided[service])
            let panelSaving = try unitCost.multiplied(by: estimates[service].avoided.units)
            try seriesTotal += seriesSaving
            try panelTotal += panelSaving
            lines.append(
                Line(
                    service: profile.id, seriesAvoided: avoided[service],
                    seriesStandardError: variance[service].squareRoot(),
                    seriesSaving: seriesSaving, panelAvoided: estimates[service].avoided.units, panelSaving: panelSaving
                ))
        }
        self.lines = lines
        self.totalSeriesSaving = seriesTotal
        self.totalPanelSaving = panelTotal
    }

    var summary: String {
        let first =
            lines.first.map {
                "\($0.service): \(String(format: "%.0f", $0.seriesAvoided)) ± \(String(format: "%.0f", $0.seriesStandardError)) avoided by ITS, \(String(format: "%.0f", $0.panelAvoided)) by DiD; "
            } ?? ""
        return
            "\(first)savings £\(totalSeriesSaving.amountText) (ITS, treated authorities) and £\(totalPanelSaving.amountText) (DiD)"
    }
}
