"""P1 reference: the national-panel workloads as an analyst would write them in Python, on the
data `resilience-benchmarks --write-data DIR` wrote, timed in the same session as the Swift run.

    python Benchmarks/reference/p1_reference.py DIR/P1-x1 [--repetitions 5] [--skip-pandas]

(a) aggregation to (local authority, service, month): pandas `groupby(...).sum()` and numpy
    `bincount` (key computation included in both, as the Swift kernel maps LSOA → authority too);
(b) one quasi-Poisson ITS per authority × service with statsmodels `GLM(family=Poisson())`,
    `fit(scale='X2')` — the same 8 terms and log-population offset as the library;
(c) the two-way fixed-effects DiD per service by the within transformation in numpy, with
    community-clustered CR1 standard errors (the dummy-variable regression's degrees of freedom);
then checks the answers against the Swift ones (swift-results.json) and prints the ratios against
the Swift timings (swift-timings.json) — medians of the repetitions on both sides.

Needs numpy, pandas and statsmodels (a virtual environment outside the repository).
"""
import argparse
import json
import statistics
import time
from pathlib import Path

import numpy as np


def load(directory):
    header = json.loads((directory / "p1.json").read_text())
    columns = {name: np.fromfile(directory / name, dtype=np.dtype(dtype)) for name, dtype in header["columns"].items()}
    return header, columns


def timed(function, repetitions):
    times, result = [], None
    for _ in range(repetitions):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return statistics.median(times), times, result


def aggregate_numpy(header, c):
    S, M = len(header["services"]), header["months"]
    G = header["authorities"]
    authority = c["authority_of_lsoa.i32"][c["community.i32"]]
    key = (authority.astype(np.int64) * S + c["service.i32"]) * M + (c["month.i32"] - header["firstMonthIndex"])
    counts = np.bincount(key, weights=c["count.f64"], minlength=G * S * M)
    populations = np.bincount(key, weights=c["population.f64"], minlength=G * S * M)
    return counts, populations


def aggregate_pandas(frame):
    return frame.groupby(["authority", "service", "month"], sort=True)[["count", "population"]].sum()


def design(header):
    """intercept, time, level change, slope change, sin/cos of 1 and 2 cycles a year (calendar month)."""
    M, start = header["months"], header["interventionOffset"]
    t = np.arange(M)
    calendar = (header["firstMonthIndex"] + t) % 12 + 1
    columns = [np.ones(M), t + 1.0, (t >= start).astype(float), np.maximum(0, t - start).astype(float)]
    for k in (1, 2):
        angle = 2 * np.pi * k * calendar / 12
        columns += [np.sin(angle), np.cos(angle)]
    return np.column_stack(columns)


def its_statsmodels(header, counts, populations):
    import statsmodels.api as sm
    X = design(header)
    M = header["months"]
    cube_counts = counts.reshape(-1, M)
    cube_offsets = np.log(populations.reshape(-1, M))
    level, level_se, dispersion = [], [], []
    for y, offset in zip(cube_counts, cube_offsets):
        result = sm.GLM(y, X, family=sm.families.Poisson(), offset=offset).fit(scale="X2")
        level.append(result.params[2])
        level_se.append(result.bse[2])
        dispersion.append(result.scale)
    return np.array(level), np.array(level_se), np.array(dispersion)


def did_numpy(header, c):
    L, S, M = header["lsoas"], len(header["services"]), header["months"]
    start = header["interventionOffset"]
    treated = c["treated_authority.u8"][c["authority_of_lsoa.i32"]].astype(float)
    post = (np.arange(M) >= start).astype(float)
    cube = c["count.f64"].reshape(L, S, M)
    estimates, errors = [], []
    for s in range(S):
        Y = cube[:, s, :]
        Yt = Y - Y.mean(axis=1)[:, None] - Y.mean(axis=0)[None, :] + Y.mean()
        D = np.outer(treated, post)
        Dt = D - D.mean(axis=1)[:, None] - D.mean(axis=0)[None, :] + D.mean()
        sxx = (Dt * Dt).sum()
        delta = (Dt * Yt).sum() / sxx
        e = Yt - delta * Dt
        scores = (Dt * e).sum(axis=1)
        n, K = L * M, 1 + L + M - 1
        variance = L / (L - 1) * (n - 1) / (n - K) * (scores ** 2).sum() / sxx ** 2
        estimates.append(delta)
        errors.append(np.sqrt(variance))
    return np.array(estimates), np.array(errors)


def worst_relative(a, b):
    a, b = np.asarray(a, float), np.asarray(b, float)
    return float(np.max(np.abs(a - b) / np.maximum(np.abs(b), 1e-300)))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("directory", type=Path)
    parser.add_argument("--repetitions", type=int, default=5)
    parser.add_argument("--its-repetitions", type=int, default=3)
    parser.add_argument("--skip-pandas", action="store_true")
    args = parser.parse_args()
    header, c = load(args.directory)
    swift = json.loads((args.directory / "swift-results.json").read_text())
    rows = header["rows"]
    timings = {}

    median, times, (counts, populations) = timed(lambda: aggregate_numpy(header, c), args.repetitions)
    timings["a. numpy bincount"] = times
    print(f"a. numpy bincount (key + counts + populations)  {median * 1e3:8.1f} ms  {rows / median / 1e6:7.1f} M rows/s")
    assert np.isclose(counts.sum(), swift["totalCount"], rtol=1e-12), "totals differ from Swift's"
    assert np.allclose(counts[: len(swift["firstCells"])], swift["firstCells"], rtol=1e-12)

    if not args.skip_pandas:
        import pandas as pd
        frame = pd.DataFrame({
            "authority": c["authority_of_lsoa.i32"][c["community.i32"]], "service": c["service.i32"],
            "month": c["month.i32"], "count": c["count.f64"], "population": c["population.f64"],
        })
        median, times, grouped = timed(lambda: aggregate_pandas(frame), max(3, args.repetitions // 2))
        timings["a. pandas groupby sum"] = times
        print(f"a. pandas groupby(...).sum()                     {median * 1e3:8.1f} ms  {rows / median / 1e6:7.1f} M rows/s")
        assert np.isclose(grouped["count"].to_numpy().sum(), swift["totalCount"], rtol=1e-12)
        del frame, grouped

    fits = counts.size // header["months"]
    median, times, (level, level_se, dispersion) = timed(lambda: its_statsmodels(header, counts, populations), args.its_repetitions)
    timings["b. statsmodels GLM quasi-Poisson"] = times
    print(f"b. statsmodels GLM(Poisson).fit(scale='X2')      {median * 1e3:8.1f} ms  {fits / median:7.0f} fits/s")
    print(f"   vs Swift: level change worst relative difference {worst_relative(level, swift['itsLevel']):.1e}, "
          f"its SE {worst_relative(level_se, swift['itsLevelStandardError']):.1e}, dispersion {worst_relative(dispersion, swift['itsDispersion']):.1e}")

    median, times, (estimates, errors) = timed(lambda: did_numpy(header, c), max(3, args.repetitions // 2))
    timings["c. numpy within-transformation DiD"] = times
    print(f"c. numpy within-transformation DiD, 10 services {median * 1e3:8.1f} ms  {rows / median / 1e6:7.1f} M rows/s")
    print(f"   vs Swift: δ worst relative difference {worst_relative(estimates, swift['didEstimate']):.1e}, "
          f"SE {worst_relative(errors, swift['didStandardError']):.1e}")

    (args.directory / "python-timings.json").write_text(json.dumps(timings, indent=2))
    ratios(args.directory, timings, rows, fits)


def ratios(directory, python, rows, fits):
    path = directory / "swift-timings.json"
    if not path.exists():
        return
    swift = {m["name"]: statistics.median(m["seconds"]) for m in json.loads(path.read_text())}

    def find(prefix):
        return next((value for name, value in swift.items() if name.startswith(prefix)), None)

    aggregate, its, did = find("a. aggregate to LA × service × month, warm"), find("b. "), find("c. ")
    floor = find("floor")
    print("\nratios (Python median ÷ Swift median, same session):")
    targets = [
        ("a. aggregate vs pandas groupby", "a. pandas groupby sum", aggregate, 20),
        ("a. aggregate vs numpy bincount", "a. numpy bincount", aggregate, 3),
        ("b. ITS vs statsmodels", "b. statsmodels GLM quasi-Poisson", its, 30),
        ("c. DiD vs numpy within", "c. numpy within-transformation DiD", did, 10),
    ]
    for label, key, mine, target in targets:
        if key in python and mine:
            ratio = statistics.median(python[key]) / mine
            print(f"  {label:34s} {ratio:7.1f}×  (target ≥ {target}×: {'met' if ratio >= target else 'NOT met'})")
    if floor and aggregate:
        print(f"  a. aggregate ÷ memory floor        {aggregate / floor:7.2f}   (1.0 = one pass at memory bandwidth)")


if __name__ == "__main__":
    main()
