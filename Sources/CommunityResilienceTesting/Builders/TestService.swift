import CommunityResilience

/// A service together with what one unit of its demand is worth and to whom: the ``CommunityResilience/Service`` and
/// the ``CommunityResilience/UnitCost`` a test needs, described in one value.
///
/// Each standard ``CommunityResilience/DemandMeasure`` has a ready-made service with a round unit cost in 2024-25
/// prices, borne by the agency that runs it:
///
/// | Service | Identifier | Agency | Unit cost |
/// |---|---|---|---|
/// | ``accidentAndEmergencyAttendance`` | `ae` | NHS acute trust | £100 |
/// | ``nonElectiveAdmission`` | `non-elective` | NHS acute trust | £2,000 |
/// | ``gpAppointment`` | `gp` | Primary care | £50 |
/// | ``hospitalBedDay`` | `bed-day` | NHS acute trust | £400 |
/// | ``delayedDischargeDay`` | `delayed-discharge` | NHS acute trust | £400 |
/// | ``ambulanceCallOut`` | `ambulance` | Ambulance service | £400 |
/// | ``fireIncident`` | `fire` | Fire and rescue service | £2,000 |
/// | ``policeCallOut`` | `police` | Police | £200 |
/// | ``testing(_:unitCost:agency:id:)`` with a custom measure | the unit name, hyphenated | ``TestDefaults/customAgency`` | £100 |
///
/// The figures are round so that results can be checked by hand; they are of the order of
/// published unit costs but are **not** sourced, and say so in every explanation. Every unit cost
/// is fiscal, non-cashable (the cautious GMCA default: capacity is freed, budgets are not
/// released) and of confidence grade 1 (no optimism bias).
///
/// ```swift
/// .ambulanceCallOut                              // £400 a call-out, to the ambulance service
/// .ambulanceCallOut.valued(at: "412.50")         // the test's own figure
/// .testing(.custom(unit: "home visit"), unitCost: 60, agency: .adultSocialCare)
/// ```
public struct TestService: Hashable, Sendable {
    /// The service's identifier in the scenario (made unique by ``CommunityResilience/Scenario/testing(name:interventions:communities:)``
    /// if two different services would share it).
    public var id: Service.ID
    /// A readable name, e.g. "Ambulance call-outs".
    public var name: String
    /// What one unit of demand is.
    public var measure: DemandMeasure
    /// The agency that runs the service and bears the cost of its demand (so gains when it falls).
    public var agency: Agency
    /// The value of one unit of demand; a literal is in ``TestDefaults/priceBase``.
    public var unitCost: TestAmount
    /// Fiscal, economic or social.
    public var valueType: ValueType
    /// Whether avoiding the demand releases budget.
    public var isCashable: Bool
    /// The unit cost's confidence grade.
    public var grade: ConfidenceGrade
    /// The unit cost's source.
    public var source: String

    /// Creates a service with its unit cost; the defaults are the ones in the table above.
    ///
    /// - Parameters:
    ///   - measure: what one unit of demand is.
    ///   - unitCost: the value of one unit, or `nil` for the measure's default.
    ///   - agency: the agency that runs the service and bears the cost, or `nil` for the
    ///     measure's default.
    ///   - id: the service's identifier, or `nil` for the measure's default.
    /// - Returns: a fiscal, non-cashable, grade-1 service.
    public static func testing(
        _ measure: DemandMeasure, unitCost: TestAmount? = nil, agency: Agency? = nil, id: Service.ID? = nil
    ) -> TestService {
        let defaults = TestService.defaults(for: measure)
        let plural = measure.pluralUnitName
        return TestService(
            id: id ?? defaults.id, name: plural.prefix(1).uppercased() + plural.dropFirst(), measure: measure,
            agency: agency ?? defaults.agency, unitCost: unitCost ?? defaults.unitCost, valueType: .fiscal,
            isCashable: false, grade: .one, source: TestDefaults.source)
    }

    /// The same service with another unit cost: `.ambulanceCallOut.valued(at: 350)`.
    ///
    /// - Parameter amount: the value of one unit of demand.
    /// - Returns: a copy with ``unitCost`` replaced.
    public func valued(at amount: TestAmount) -> TestService {
        var copy = self
        copy.unitCost = amount
        return copy
    }

    /// A&E attendances: £100 each, to the NHS acute trust.
    public static var accidentAndEmergencyAttendance: TestService { .testing(.accidentAndEmergencyAttendance) }
    /// Non-elective admissions: £2,000 each, to the NHS acute trust.
    public static var nonElectiveAdmission: TestService { .testing(.nonElectiveAdmission) }
    /// GP appointments: £50 each, to primary care.
    public static var gpAppointment: TestService { .testing(.gpAppointment) }
    /// Hospital bed days: £400 each, to the NHS acute trust.
    public static var hospitalBedDay: TestService { .testing(.hospitalBedDay) }
    /// Delayed discharge days: £400 each, to the NHS acute trust.
    public static var delayedDischargeDay: TestService { .testing(.delayedDischargeDay) }
    /// Ambulance call-outs: £400 each, to the ambulance service.
    public static var ambulanceCallOut: TestService { .testing(.ambulanceCallOut) }
    /// Fire incidents: £2,000 each, to the fire and rescue service.
    public static var fireIncident: TestService { .testing(.fireIncident) }
    /// Police call-outs: £200 each, to the police.
    public static var policeCallOut: TestService { .testing(.policeCallOut) }

    /// The identifier, agency and unit cost the table above gives a measure.
    static func defaults(for measure: DemandMeasure) -> (id: Service.ID, agency: Agency, unitCost: TestAmount) {
        switch measure {
        case .accidentAndEmergencyAttendance: return ("ae", .nhsAcuteTrust, 100)
        case .nonElectiveAdmission: return ("non-elective", .nhsAcuteTrust, 2_000)
        case .gpAppointment: return ("gp", .primaryCare, 50)
        case .hospitalBedDay: return ("bed-day", .nhsAcuteTrust, 400)
        case .delayedDischargeDay: return ("delayed-discharge", .nhsAcuteTrust, 400)
        case .ambulanceCallOut: return ("ambulance", .ambulanceService, 400)
        case .fireIncident: return ("fire", .fireAndRescue, 2_000)
        case .policeCallOut: return ("police", .police, 200)
        case .custom(let unit): return (Service.ID(slug(unit)), TestDefaults.customAgency, 100)
        }
    }

    /// "home visit" → "home-visit": lower-case letters and digits, other runs as one hyphen.
    static func slug(_ text: String) -> String {
        var result = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                result.append(character)
            } else if !result.isEmpty, result.last != "-" {
                result.append("-")
            }
        }
        while result.last == "-" { result.removeLast() }
        return result.isEmpty ? "custom" : result
    }
}
