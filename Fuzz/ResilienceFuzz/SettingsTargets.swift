import CommunityResilience
import Foundation

extension FuzzTarget {
    /// `AppraisalSettings(json:)`, as `resilience report --settings` reads it.
    ///
    /// Properties: a rejection names at least one problem; accepted settings survive a
    /// ``AppraisalSettings/jsonData()`` round trip (and a plain `JSONDecoder` one); appraising the
    /// bundled example with them either throws a non-empty ``ValidationError`` or gives totals that
    /// add up (and a report that renders), whatever the discount bands, horizon or deflators say.
    static let appraisalSettings = FuzzTarget(
        name: "appraisal-settings",
        summary: "AppraisalSettings(json:), and the example appraised with the decoded settings"
    ) { data in
        let settings: AppraisalSettings
        do throws(ValidationError) {
            settings = try AppraisalSettings(json: data)
        } catch {
            FuzzCheck.require(!error.issues.isEmpty, "AppraisalSettings(json:) threw a ValidationError without issues")
            // A plain decoder must not accept what the checked reader refuses for its values
            // (it may accept text the strict check refuses: trailing commas, UTF-16).
            return
        }
        do {
            let again = try AppraisalSettings(json: try settings.jsonData())
            FuzzCheck.require(again == settings, "AppraisalSettings change in a jsonData() round trip")
        } catch {
            FuzzCheck.fail("jsonData() of accepted settings is rejected: \(error)")
        }
        FuzzCheck.requireJSONRoundTrip(settings, what: "AppraisalSettings")
        appraiseAndReport(.example, with: settings)
    }

    /// `DeflatorSeries` JSON.
    ///
    /// Properties: an accepted series survives a JSON round trip and holds only finite, positive
    /// indices; rebasing an amount to every year of the series and back never traps and (for
    /// ordinary factors) returns within a penny per step.
    static let deflatorSeries = FuzzTarget(
        name: "deflator-series",
        summary: "DeflatorSeries JSON, and rebasing amounts through the decoded series"
    ) { data in
        guard let series = try? JSONDecoder().decode(DeflatorSeries.self, from: data) else { return }
        FuzzCheck.requireJSONRoundTrip(series, what: "DeflatorSeries")
        for (base, index) in series.indices {
            FuzzCheck.require(index.isFinite && index > 0, "DeflatorSeries accepted index \(index) for \(base)")
        }
        let bases = series.indices.keys.sorted { $0.description < $1.description }
        guard let first = bases.first, let amount = try? Money("1234567.89", .gbp, in: first) else { return }
        for base in bases {
            guard let there = try? amount.rebased(to: base, using: series) else { continue }
            guard let back = try? there.rebased(to: first, using: series) else { continue }
            let factor = (try? series.factor(from: first, to: base)) ?? .nan
            // Two roundings of at most half a penny each, magnified by the factor back.
            if factor > 1e-6, factor < 1e6 {
                let slack = Int128(1 + (1 / factor).rounded(.up))
                FuzzCheck.require(
                    (back.minorUnits - amount.minorUnits).magnitude <= slack.magnitude,
                    "rebasing \(amount) to \(base) and back gave \(back) (factor \(factor))")
            }
        }
    }
}
