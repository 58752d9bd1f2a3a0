#!/usr/bin/env python3
"""Regenerates the bad-input catalogue: json/ from json/valid-small.json, settings/ from
settings/valid-example.json, and csv/ (demand and unit-cost imports) from the small tables below.

Each case is one deliberately broken (or deliberately awkward but valid) scenario file. The
expected outcome of every file — the exact problem kinds and paths, or acceptance — is written by
hand in expected.json, not generated: this script only makes the inputs reproducible.

    python3 Tests/CommunityResilienceTests/Hardening/BadInputs/generate.py

Standard library only. The Swift test reads every folder named in expected.json.
"""
import copy
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "json")
BASE_TEXT = open(os.path.join(OUT, "valid-small.json"), encoding="utf-8").read()
BASE = json.loads(BASE_TEXT)


def dumps(value):
    return json.dumps(value, indent=2, ensure_ascii=False, sort_keys=True)


def write_bytes(name, data):
    with open(os.path.join(OUT, name), "wb") as handle:
        handle.write(data)


def write_text(name, text):
    write_bytes(name, text.encode("utf-8"))


def case(name, edit):
    """Writes BASE after `edit(scenario)` (which changes it in place)."""
    scenario = copy.deepcopy(BASE)
    edit(scenario)
    write_text(name, dumps(scenario))


def setter(*path_and_value):
    *path, value = path_and_value

    def edit(scenario):
        target = scenario
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
    return edit


def deleter(*path):
    def edit(scenario):
        target = scenario
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]
    return edit


def replaced(old, new, count=1):
    """The base text with `old` replaced by `new` (for edits json.dumps cannot express)."""
    assert BASE_TEXT.count(old) >= count, old
    return BASE_TEXT.replace(old, new, count)


# --- Whole-file and encoding problems -------------------------------------------------------
write_bytes("empty.json", b"")
write_bytes("whitespace-only.json", b" \r\n\t \n")
write_bytes("bom-only.json", b"\xef\xbb\xbf")
write_bytes("bom-then-valid.json", b"\xef\xbb\xbf" + BASE_TEXT.encode("utf-8"))          # accepted
write_bytes("utf16le-with-bom.json", b"\xff\xfe" + BASE_TEXT.encode("utf-16-le"))
write_bytes("utf16be-with-bom.json", b"\xfe\xff" + BASE_TEXT.encode("utf-16-be"))
write_bytes("utf16le-without-bom.json", BASE_TEXT.encode("utf-16-le"))
write_bytes("utf32le-with-bom.json", b"\xff\xfe\x00\x00" + BASE_TEXT.encode("utf-32-le"))
write_bytes("latin1-name.json", replaced('"Knowsley 001A"', '"Knowsley Caf\u00e9"').encode("latin-1"))
write_bytes("windows1252-quotes.json", replaced('"One year"', '"\u201cOne year\u201d"').encode("cp1252"))
write_bytes("overlong-utf8-slash.json", replaced('"Pilot length"', '"Pilot length"').encode("utf-8")
            .replace(b'"Pilot length"', b'"Pilot \xc0\xaf length"'))
write_text("truncated-mid-string.json", BASE_TEXT[: BASE_TEXT.index('"Knowsley 001A"') + 6])
write_text("truncated-mid-number.json", BASE_TEXT[: BASE_TEXT.index("154500") + 3])
write_text("truncated-after-key.json", BASE_TEXT[: BASE_TEXT.index('"name" : "Small"') + 8])
write_text("trailing-garbage.json", BASE_TEXT + "\n}x")
write_text("two-documents.json", BASE_TEXT + "\n" + BASE_TEXT)
write_bytes("nul-byte-in-string.json", replaced('"Pilot length"', '"Pilot\u0000length"').encode("utf-8"))
write_text("raw-newline-in-string.json", replaced('"Pilot length"', '"Pilot\r\nlength"'))
write_text("crlf-and-lf-mixed.json", "\r\n".join(BASE_TEXT.split("\n")[:40]) + "\n" + "\n".join(BASE_TEXT.split("\n")[40:]))  # accepted
write_text("single-quotes.json", replaced('"name" : "Small"', "'name' : 'Small'"))
write_text("comment.json", replaced('"name" : "Small",', '"name" : "Small", // the name'))
write_text("trailing-comma.json", replaced('"Visits"\n', '"Visits",\n'))
write_text("top-level-array.json", "[" + BASE_TEXT + "]")
write_text("top-level-string.json", '"scenario"')
write_text("top-level-null.json", "null")

# --- Nesting, size and duplicate keys --------------------------------------------------------
depth = 100_000
write_text("nested-arrays-100000.json", "[" * depth + "]" * depth)
write_text("nested-arrays-in-unknown-field.json", replaced('"name" : "Small",', '"name" : "Small", "extra" : ' + "[" * depth + "]" * depth + ","))
write_text("nested-objects-600.json", replaced('"summary" : "",\n  "unitCosts"', '"summary" : "", "extra" : ' + '{"a":' * 600 + "1" + "}" * 600 + ',\n  "unitCosts"'))
write_text("very-long-currency-code.json", replaced('"currency" : "GBP",\n        "priceBase" : "2023-24"\n      },\n      "cashable"', '"currency" : "' + "G" * 200_000 + '",\n        "priceBase" : "2023-24"\n      },\n      "cashable"'))
write_text("very-long-line.json", json.dumps(BASE, separators=(",", ":")).replace('"Pilot length"', '"' + "Pilot length " * 20_000 + '"'))  # accepted
write_text("duplicate-key.json", replaced('"name" : "Small",', '"name" : "Small",\n  "name" : "Large",'))
write_text("duplicate-key-escaped.json", replaced('"participants" : 200,', '"participants" : 200,\n      "p\\u0061rticipants" : 2000000,'))
write_text("duplicate-population-year.json", replaced('"2021" : 1500', '"2021" : 1500,\n        "02021" : 150000'))

# --- Wrong types -------------------------------------------------------------------------------
case("schema-version-missing.json", deleter("schemaVersion"))
case("schema-version-2.json", setter("schemaVersion", 2))
case("schema-version-string.json", setter("schemaVersion", "1"))
write_text("schema-version-1e400.json", replaced('"schemaVersion" : 1', '"schemaVersion" : 1e400'))
case("name-missing.json", deleter("name"))
case("name-number.json", setter("name", 42))
case("name-null.json", setter("name", None))
case("interventions-object.json", setter("interventions", {"hsc": BASE["interventions"][0]}))
case("intervention-null.json", setter("interventions", [None]))
case("participants-string.json", setter("interventions", 0, "participants", "200"))
case("participants-fraction.json", setter("interventions", 0, "participants", 200.5))
case("agency-id-number.json", setter("agencies", 0, "id", 5))
case("grade-word.json", setter("interventions", 0, "costs", 0, "grade", "four"))
case("cashable-string.json", setter("unitCosts", 0, "cashable", "no"))

# --- Numbers: negative, non-finite, huge, tiny, overflow -------------------------------------
case("participants-negative.json", setter("interventions", 0, "participants", -5))
write_text("participants-overflow.json", replaced('"participants" : 200', '"participants" : 9223372036854775808'))
write_text("participants-1e400.json", replaced('"participants" : 200', '"participants" : 1e400'))
write_text("population-overflow.json", replaced('"2021" : 1500', '"2021" : 99999999999999999999'))
case("population-negative.json", setter("communities", 1, "population", {"2021": -1500}))
case("population-year-1700.json", setter("communities", 1, "population", {"1700": 1500}))
case("population-year-word.json", setter("communities", 1, "population", {"last year": 1500}))
case("amount-NaN-text.json", setter("interventions", 0, "costs", 0, "amount", "amount", "NaN"))
case("amount-1e400-text.json", setter("interventions", 0, "costs", 0, "amount", "amount", "1e400"))
write_text("amount-1e400-number.json", replaced('"amount" : "75.00"', '"amount" : 1e400'))
write_text("amount-tiny-number.json", replaced('"amount" : "75.00"', '"amount" : 1e-400'))
case("amount-negative.json", setter("interventions", 0, "costs", 0, "amount", "amount", "-75.00"))
case("amount-three-decimals.json", setter("interventions", 0, "costs", 0, "amount", "amount", "75.001"))
case("amount-beyond-limit.json", setter("interventions", 0, "costs", 0, "amount", "amount", "1000000000000000000.01"))
case("amount-grouped.json", setter("interventions", 0, "costs", 0, "amount", "amount", "1,075.00"))
case("amount-with-symbol.json", setter("interventions", 0, "costs", 0, "amount", "amount", "\u00a375.00"))
case("unit-cost-negative.json", setter("unitCosts", 0, "amount", "amount", "-109.00"))
case("effect-units-huge-number.json", setter("evidence", 0, "effect", "units", 1e300))
write_text("effect-units-1e400.json", replaced('"units" : 13', '"units" : 1e400'))
case("relative-reduction-150-percent.json", setter("evidence", 0, "effect", {"kind": "relativeReduction", "reduction": 1.5, "baselinePerYear": 100}))
case("baseline-negative.json", setter("evidence", 0, "effect", {"kind": "relativeReduction", "reduction": 0.2, "baselinePerYear": -100}))
case("latitude-91.json", setter("communities", 0, "centroid", {"latitude": 91, "longitude": -2.8}))

# --- Codes, names and periods ----------------------------------------------------------------
case("currency-typo.json", setter("unitCosts", 0, "amount", "currency", "GPB"))
case("currency-lowercase.json", setter("unitCosts", 0, "amount", "currency", "gbp"))
case("price-base-wrong-years.json", setter("unitCosts", 0, "amount", "priceBase", "2023-25"))
case("gss-code-short.json", setter("communities", 1, "gssCode", "E0100641"))
case("area-kind-unknown.json", setter("communities", 0, "kind", "county"))
case("month-13.json", setter("interventions", 0, "start", "2023-13"))
case("month-one-digit.json", setter("interventions", 0, "end", "2024-3"))
case("period-wrong-years.json", setter("evidence", 0, "period", "2023-25"))
case("grade-7.json", setter("interventions", 0, "costs", 0, "grade", 7))
case("strength-9.json", setter("evidence", 0, "strength", 9))
case("effect-kind-unknown.json", setter("evidence", 0, "effect", "kind", "magic"))
case("effect-units-missing.json", deleter("evidence", 0, "effect", "units"))
case("basis-unknown.json", setter("interventions", 0, "costs", 0, "basis", "monthly"))

# --- Identifiers and references --------------------------------------------------------------
case("duplicate-community-id.json", setter("communities", 1, "id", "la"))
case("duplicate-agency-id.json", setter("agencies", 1, "id", "fire-rescue"))
case("intervention-id-empty.json", setter("interventions", 0, "id", ""))
case("intervention-id-blank.json", setter("interventions", 0, "id", "   "))
case("dangling-unit-cost-service.json", setter("unitCosts", 0, "service", "gp"))
case("dangling-parent.json", setter("communities", 1, "parent", "liverpool"))
case("dangling-evidence-intervention.json", setter("evidence", 0, "intervention", "hsc2"))
case("dangling-funder.json", setter("interventions", 0, "costs", 0, "funder", "police"))
case("parent-cycle.json", setter("communities", 0, "parent", "lsoa"))
case("end-before-start.json", setter("interventions", 0, "end", "2023-03"))
case("additionality-over-100-percent.json", setter("evidence", 0, "additionality", {
    "deadweight": {"share": 0.6, "source": "survey", "rationale": ""},
    "displacement": {"share": 0.5, "source": "survey", "rationale": ""}}))
case("duration-zero-years.json", setter("evidence", 0, "persistence", {"durationYears": 0, "dropOff": 0, "rationale": ""}))
case("estimate-outside-interval.json", setter("evidence", 0, "effect", {
    "kind": "estimate", "unitsAvoided": 20, "lower": 5, "upper": 10, "confidenceLevel": 0.95,
    "method": "ITS", "data": "monthly A&E"}))
case("comparison-half-missing.json", setter("evidence", 0, "effect", {
    "kind": "beforeAndAfter", "baseline": 100, "followUp": 80, "comparisonBaseline": 90}))
case("many-problems-at-once.json", lambda s: (
    s["unitCosts"][0]["amount"].__setitem__("currency", "GPB"),
    s["interventions"][0]["costs"][0].__setitem__("grade", 7),
    s["unitCosts"][0].__setitem__("service", "gp"),
    s["communities"][1].__setitem__("population", {"2021": -1})))


# --- Appraisal settings (resilience report --settings) ---------------------------------------
SETTINGS_OUT = os.path.join(HERE, "settings")
SETTINGS_TEXT = open(os.path.join(SETTINGS_OUT, "valid-example.json"), encoding="utf-8").read()
SETTINGS = json.loads(SETTINGS_TEXT)


def settings_case(name, edit):
    value = copy.deepcopy(SETTINGS)
    edit(value)
    with open(os.path.join(SETTINGS_OUT, name), "wb") as handle:
        handle.write(dumps(value).encode("utf-8"))


def settings_text(name, text):
    with open(os.path.join(SETTINGS_OUT, name), "wb") as handle:
        handle.write(text.encode("utf-8") if isinstance(text, str) else text)


settings_text("empty.json", b"")
settings_text("utf16le-with-bom.json", b"\xff\xfe" + SETTINGS_TEXT.encode("utf-16-le"))
settings_text("duplicate-horizon.json", SETTINGS_TEXT.replace('"horizonYears" : 10,', '"horizonYears" : 10,\n  "horizonYears" : 50,', 1))
settings_text("horizon-1e400.json", SETTINGS_TEXT.replace('"horizonYears" : 10', '"horizonYears" : 1e400', 1))
settings_case("currency-typo.json", setter("currency", "GPB"))
settings_case("price-base-not-in-deflators.json", setter("priceBase", "2030-31"))
settings_case("horizon-zero.json", setter("horizonYears", 0))
settings_case("horizon-fraction.json", setter("horizonYears", 10.5))
settings_case("horizon-missing.json", deleter("horizonYears"))
settings_case("deflator-negative.json", setter("deflators", "indices", "2023-24", -96.1117))
settings_case("deflator-year-twice.json", setter("deflators", "indices", "2023/24", 50.0))
settings_case("deflator-key-not-a-year.json", setter("deflators", "indices", "2023-25", 97.0))
settings_case("bands-out-of-order.json", setter("discounting", "bands", 2, "firstYear", 500))
settings_case("bands-empty.json", setter("discounting", "bands", []))
settings_case("band-rate-minus-100-percent.json", setter("discounting", "bands", 0, "rate", -1))
settings_case("band-year-fraction.json", setter("discounting", "bands", 1, "firstYear", 31.5))
settings_case("timing-unknown.json", setter("timing", "midYear"))
settings_case("optimism-grade-written-01.json", setter("optimismBias", "adjustments", {"01": 0, "2": 0.05, "3": 0.1, "4": 0.15, "5": 0.25}))
settings_case("optimism-150-percent.json", setter("optimismBias", "adjustments", "3", 1.5))
settings_case("first-year-wrong.json", setter("firstYear", "2024-26"))
settings_case("many-problems-at-once.json", lambda s: (
    s.__setitem__("currency", "GPB"), s.__setitem__("horizonYears", 0), s.__setitem__("timing", "midYear"),
    s["deflators"]["indices"].__setitem__("2019-20", 0)))


# --- CSV imports (resilience validate --demand / --unit-costs) ---------------------------------
# Files named demand-*.csv go through DemandCSVImporter, unit-costs-*.csv through
# UnitCostCSVImporter. Lines are numbered from 1 (the header); the rows of each base table start
# on line 2.
CSV_OUT = os.path.join(HERE, "csv")
os.makedirs(CSV_OUT, exist_ok=True)

DEMAND_HEADER = "community,service,month,count,population"
DEMAND_ROWS = [
    "E01006412,ae,2024-01,41,1500",   # line 2
    "E01006412,ae,2024-02,38,1500",   # line 3
    "E01006413,gp,2024-01,120,1800",  # line 4
    "E01006413,gp,2024-02,97,1800",   # line 5
]
UNIT_COST_HEADER = "id,service,agency,amount,currency,price year,value type,cashable,grade,source"
UNIT_COST_ROWS = [
    "uc-ae,ae,nhs-acute,109.00,GBP,2023-24,fiscal,yes,3,GMCA Unit Cost Database",  # line 2
    "uc-gp,gp,nhs-primary,42.00,GBP,2023-24,fiscal,no,2,PSSRU 2024",               # line 3
    'uc-fire,fire,fire-rescue,2100.50,GBP,2024,social,no,4,"Home Office, 2024"',   # line 4
]


def csv_bytes(name, data):
    with open(os.path.join(CSV_OUT, name), "wb") as handle:
        handle.write(data)


def csv_text(name, text):
    csv_bytes(name, text.encode("utf-8"))


def table(header, rows, line_end="\n"):
    return line_end.join([header] + rows) + line_end


def demand(name, *edits, header=DEMAND_HEADER, line_end="\n"):
    """The demand table with rows replaced: each edit is (line, new row text)."""
    rows = list(DEMAND_ROWS)
    for line, row in edits:
        rows[line - 2] = row
    csv_text(name, table(header, rows, line_end))


def unit_costs(name, *edits, header=UNIT_COST_HEADER, line_end="\n"):
    rows = list(UNIT_COST_ROWS)
    for line, row in edits:
        rows[line - 2] = row
    csv_text(name, table(header, rows, line_end))


DEMAND_TEXT = table(DEMAND_HEADER, DEMAND_ROWS)
UNIT_COST_TEXT = table(UNIT_COST_HEADER, UNIT_COST_ROWS)

# Demand: accepted, awkward but valid.
demand("demand-valid.csv")
demand("demand-valid-crlf.csv", line_end="\r\n")
csv_bytes("demand-bom.csv", b"\xef\xbb\xbf" + DEMAND_TEXT.encode("utf-8"))
csv_text("demand-crlf-lf-cr-mixed.csv", DEMAND_HEADER + "\r\n" + DEMAND_ROWS[0] + "\n" + DEMAND_ROWS[1] + "\r"
         + DEMAND_ROWS[2] + "\r\n\r\n" + DEMAND_ROWS[3])
demand("demand-count-minus-zero.csv", (3, "E01006412,ae,2024-02,-0,1500"))
demand("demand-count-huge.csv", (3, "E01006412,ae,2024-02,1e300,1500"))
demand("demand-count-tiny.csv", (3, "E01006412,ae,2024-02,1e-400,1500"))
demand("demand-count-overflows-int64.csv", (3, "E01006412,ae,2024-02,99999999999999999999,1500"))
demand("demand-spaces-around-values.csv", (3, " E01006412 ,\tae , 2024-02 , 38 , 1500 "))
demand("demand-embedded-newline-in-quotes.csv", (3, '"E01006412\r\nannex",ae,2024-02,38,1500'),
       (5, "E01006413,gp,2024-02,-97,1800"))
demand("demand-very-long-line.csv", (3, "E" * 100_000 + ",ae,2024-02,38,1500"))
demand("demand-duplicate-rows.csv", (3, DEMAND_ROWS[0]))
csv_text("demand-header-only.csv", DEMAND_HEADER + "\r\n")
# Demand: bad values.
demand("demand-count-word.csv", (3, "E01006412,ae,2024-02,thirty-eight,1500"))
demand("demand-count-negative.csv", (3, "E01006412,ae,2024-02,-38,1500"))
demand("demand-count-NaN.csv", (3, "E01006412,ae,2024-02,NaN,1500"))
demand("demand-count-inf.csv", (3, "E01006412,ae,2024-02,inf,1500"))
demand("demand-count-1e400.csv", (3, "E01006412,ae,2024-02,1e400,1500"))
demand("demand-count-grouped.csv", (3, 'E01006412,ae,2024-02,"1,038",1500'))
demand("demand-count-100000-digits.csv", (3, "E01006412,ae,2024-02,1" + "0" * 99_999 + ",1500"))
demand("demand-population-negative.csv", (4, "E01006413,gp,2024-01,120,-1800"))
demand("demand-population-overflows-int64.csv", (4, "E01006413,gp,2024-01,120,9223372036854775808"))
demand("demand-month-13.csv", (3, "E01006412,ae,2024-13,38,1500"))
demand("demand-month-one-digit.csv", (3, "E01006412,ae,2024-2,38,1500"))
demand("demand-month-as-date.csv", (3, "E01006412,ae,02/2024,38,1500"))
demand("demand-community-blank.csv", (3, ",ae,2024-02,38,1500"))
demand("demand-many-problems-in-one-row.csv", (3, "  ,ae,2024-14,-1,x"))
# Demand: structure and encoding.
csv_bytes("demand-empty.csv", b"")
csv_bytes("demand-blank-lines-only.csv", b"\r\n\n\r\n")
demand("demand-missing-header-column.csv", header="community,month,count,population")
demand("demand-duplicate-header-column.csv", header="community,service,month,count,Count")
csv_text("demand-tab-separated.csv", DEMAND_TEXT.replace(",", "\t"))
demand("demand-missing-field.csv", (3, "E01006412,ae,2024-02,38"))
demand("demand-extra-field.csv", (3, "E01006412,ae,2024-02,38,1500,note"))
demand("demand-quote-inside-field.csv", (3, 'E01006412,a"e,2024-02,38,1500'))
demand("demand-text-after-closing-quote.csv", (3, 'E01006412,"ae" x,2024-02,38,1500'))
demand("demand-unbalanced-quote.csv", (3, 'E01006412,"ae,2024-02,38,1500'))
csv_text("demand-truncated-mid-quoted-field.csv", DEMAND_TEXT + 'E01006414,"a')
csv_bytes("demand-utf16le-with-bom.csv", b"\xff\xfe" + DEMAND_TEXT.encode("utf-16-le"))
csv_bytes("demand-utf16be-without-bom.csv", DEMAND_TEXT.encode("utf-16-be"))
csv_bytes("demand-latin1.csv", table(DEMAND_HEADER, [DEMAND_ROWS[0], "Knowsley Caf\u00e9,ae,2024-02,38,1500"]
                                     + DEMAND_ROWS[2:]).encode("latin-1"))

# Unit costs: accepted, awkward but valid.
unit_costs("unit-costs-valid.csv")
csv_bytes("unit-costs-bom.csv", b"\xef\xbb\xbf" + UNIT_COST_TEXT.encode("utf-8"))
csv_text("unit-costs-crlf-lf-mixed.csv", UNIT_COST_HEADER + "\r\n" + UNIT_COST_ROWS[0] + "\n" + UNIT_COST_ROWS[1]
         + "\r\n" + UNIT_COST_ROWS[2] + "\n")
unit_costs("unit-costs-unknown-service.csv", (3, "uc-gp,dentist,nhs-primary,42.00,GBP,2023-24,fiscal,no,2,PSSRU 2024"))
unit_costs("unit-costs-very-long-line.csv", (3, "uc-gp,gp,nhs-primary,42.00,GBP,2023-24,fiscal,no,2," + "PSSRU " * 20_000))
csv_text("unit-costs-header-only.csv", UNIT_COST_HEADER + "\n")
# Unit costs: bad values.
unit_costs("unit-costs-amount-negative.csv", (3, "uc-gp,gp,nhs-primary,-42.00,GBP,2023-24,fiscal,no,2,PSSRU 2024"))
unit_costs("unit-costs-amount-NaN.csv", (3, "uc-gp,gp,nhs-primary,NaN,GBP,2023-24,fiscal,no,2,PSSRU 2024"))
unit_costs("unit-costs-amount-inf.csv", (3, "uc-gp,gp,nhs-primary,inf,GBP,2023-24,fiscal,no,2,PSSRU 2024"))
unit_costs("unit-costs-amount-1e400.csv", (3, "uc-gp,gp,nhs-primary,1e400,GBP,2023-24,fiscal,no,2,PSSRU 2024"))
unit_costs("unit-costs-amount-beyond-limit.csv",
           (3, "uc-gp,gp,nhs-primary,1000000000000000000.01,GBP,2023-24,fiscal,no,2,PSSRU 2024"))
unit_costs("unit-costs-amount-tiny.csv", (3, "uc-gp,gp,nhs-primary,0.000000001,GBP,2023-24,fiscal,no,2,PSSRU 2024"))
unit_costs("unit-costs-amount-grouped.csv", (3, 'uc-gp,gp,nhs-primary,"1,042.00",GBP,2023-24,fiscal,no,2,PSSRU 2024'))
unit_costs("unit-costs-amount-with-symbol.csv",
           (3, "uc-gp,gp,nhs-primary,\u00a342.00,GBP,2023-24,fiscal,no,2,PSSRU 2024"))
unit_costs("unit-costs-grade-7.csv", (3, "uc-gp,gp,nhs-primary,42.00,GBP,2023-24,fiscal,no,7,PSSRU 2024"))
unit_costs("unit-costs-grade-overflows-int64.csv",
           (3, "uc-gp,gp,nhs-primary,42.00,GBP,2023-24,fiscal,no,99999999999999999999,PSSRU 2024"))
unit_costs("unit-costs-currency-typo.csv", (3, "uc-gp,gp,nhs-primary,42.00,GPB,2023-24,fiscal,no,2,PSSRU 2024"))
unit_costs("unit-costs-price-year-wrong.csv", (3, "uc-gp,gp,nhs-primary,42.00,GBP,2023-25,fiscal,no,2,PSSRU 2024"))
unit_costs("unit-costs-value-type-unknown.csv", (3, "uc-gp,gp,nhs-primary,42.00,GBP,2023-24,cashable,no,2,PSSRU 2024"))
unit_costs("unit-costs-cashable-maybe.csv", (3, "uc-gp,gp,nhs-primary,42.00,GBP,2023-24,fiscal,maybe,2,PSSRU 2024"))
unit_costs("unit-costs-duplicate-id.csv", (3, "uc-ae,gp,nhs-primary,42.00,GBP,2023-24,fiscal,no,2,PSSRU 2024"))
unit_costs("unit-costs-id-blank.csv", (3, " ,gp,nhs-primary,42.00,GBP,2023-24,fiscal,no,2,PSSRU 2024"))
unit_costs("unit-costs-many-problems-in-one-row.csv", (3, "uc-gp,,nhs-primary,42.001,GPB,2023-24,fiscal,no,three,"))
# Unit costs: structure and encoding.
csv_bytes("unit-costs-empty.csv", b"")
unit_costs("unit-costs-missing-header-columns.csv", header="id,service,agency,amount,currency,price year,value type,cashable")
unit_costs("unit-costs-missing-field.csv", (3, "uc-gp,gp,nhs-primary,42.00,GBP,2023-24"))
unit_costs("unit-costs-extra-fields.csv", (3, UNIT_COST_ROWS[1] + ",extra,more"))
csv_text("unit-costs-truncated-mid-quoted-field.csv", UNIT_COST_TEXT + 'uc-police,police,police,55.00,GBP,2024,fiscal,yes,3,"Home')
csv_bytes("unit-costs-utf16le-with-bom.csv", b"\xff\xfe" + UNIT_COST_TEXT.encode("utf-16-le"))
csv_bytes("unit-costs-latin1.csv", table(UNIT_COST_HEADER, UNIT_COST_ROWS[:1]
                                         + ["uc-gp,gp,nhs-primary,42.00,GBP,2023-24,fiscal,no,2,Caf\u00e9 survey"]
                                         + UNIT_COST_ROWS[2:]).encode("latin-1"))
