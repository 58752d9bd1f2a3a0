"""P4 reference: pandas `read_csv` on the demand CSV the Swift benchmark wrote, in the same session.

    python Benchmarks/reference/p4_reference.py DIR/P4-x1 [--repetitions 5]

Reads DIR/demand.csv the way an analyst would, into typed columns: `pandas.read_csv` (the C
engine) with explicit dtypes — the LSOA, service and month codes as categoricals (integer codes
and a table of names, as the library's panel holds its identifiers), count and population as
float64 — then the month categories turned into monthly periods and an int32 month index per row
(`year * 12 + month - 1`, the library's `Month.index`). Times the whole (median of the
repetitions, each frame dropped before the next; CPU time too, which a loaded machine disturbs
less), checks the result against the generator's
checksums in DIR/p4.json (rows, sums of counts and populations, the row-weighted checksum, the
identifiers), and prints the Swift figures from DIR/swift-timings.json beside its own: rows/s,
MB/s, and the ratio (Swift rows/s / pandas rows/s). Peak memory is this process's ru_maxrss,
with what it was before reading (the interpreter with pandas loaded) for comparison.

Needs numpy and pandas (a virtual environment outside the repository).
"""
import argparse
import gc
import json
import resource
import statistics
import time
from pathlib import Path

import numpy as np
import pandas as pd


def peak_bytes():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # Linux reports KiB


def read(path):
    frame = pd.read_csv(
        path,
        dtype={
            "lsoa_code": "category",
            "service_code": "category",
            "month": "category",
            "count": "float64",
            "population": "float64",
        },
    )
    periods = pd.PeriodIndex(frame["month"].cat.categories, freq="M")
    index_of_category = (periods.year * 12 + periods.month - 1).to_numpy().astype(np.int32)
    frame["month_index"] = index_of_category[frame["month"].cat.codes.to_numpy()]
    return frame


def check(frame, summary):
    n = summary["rows"]
    assert len(frame) == n, f"{len(frame)} rows, expected {n}"
    counts = frame["count"].to_numpy()
    populations = frame["population"].to_numpy()
    assert np.all(counts == np.round(counts)) and np.all(populations == np.round(populations))
    counts = counts.astype(np.uint64)
    assert int(counts.sum()) == summary["countSum"], "sum of counts"
    assert int(populations.astype(np.uint64).sum()) == summary["populationSum"], "sum of populations"
    weights = np.arange(n, dtype=np.uint64) % np.uint64(65_521) + np.uint64(1)
    weighted = int((counts * weights).sum(dtype=np.uint64))
    assert weighted == summary["weightedCountChecksum"], f"weighted checksum {weighted}"
    lsoas = frame["lsoa_code"].cat.categories
    assert len(lsoas) == summary["lsoas"] and lsoas[0] == "E01000001", "LSOA codes"
    assert sorted(frame["service_code"].cat.categories) == sorted(summary["services"]), "service codes"
    months = frame["month_index"].to_numpy()
    first = summary["firstMonthIndex"]
    assert months.min() == first and months.max() == first + summary["months"] - 1, "months"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("directory", type=Path)
    parser.add_argument("--repetitions", type=int, default=5)
    args = parser.parse_args()
    summary = json.loads((args.directory / "p4.json").read_text())
    path = args.directory / summary["file"]
    megabytes = summary["bytes"] / 1e6
    rows = summary["rows"]
    baseline = peak_bytes()
    times, cpu = [], []
    for repetition in range(args.repetitions):
        start, start_cpu = time.perf_counter(), time.process_time()
        frame = read(path)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
        if repetition == 0:
            check(frame, summary)
            typed = frame[["count", "population", "month_index"]].memory_usage(index=False, deep=True).sum()
            typed += frame["lsoa_code"].cat.codes.nbytes + frame["service_code"].cat.codes.nbytes
        del frame
        gc.collect()
    median = statistics.median(times)
    peak = peak_bytes()
    print(f"demand.csv: {rows:,} rows, {megabytes:.1f} MB; checks passed (rows, sums, weighted checksum, codes, months)")
    print(f"pandas read_csv (C engine, explicit dtypes) + month index: median {median:.3f} s "
          f"(min {min(times):.3f}, max {max(times):.3f}, n={len(times)}), {rows / median / 1e6:.2f}M rows/s, "
          f"{megabytes / median:.0f} MB/s; CPU {statistics.median(cpu):.2f} s a run "
          f"({rows / statistics.median(cpu) / 1e6:.1f}M rows a CPU-second)")
    print(f"pandas peak memory {peak / 2**20:.0f} MiB (before reading: {baseline / 2**20:.0f} MiB; its typed frame "
          f"{typed / 2**20:.0f} MiB; the panel's typed columns {summary['typedColumnBytes'] / 2**20:.0f} MiB)")
    timings = args.directory / "swift-timings.json"
    if timings.exists():
        for m in json.loads(timings.read_text()):
            if not m["name"].startswith("import"):
                continue
            swift = statistics.median(m["seconds"])
            print(f"Swift {m['name']}: median {swift:.3f} s, {rows / swift / 1e6:.2f}M rows/s, "
                  f"{megabytes / swift:.0f} MB/s, peak {m['peakBytes'] / 2**20:.0f} MiB — "
                  f"{median / swift:.2f}× pandas (target ≥ 1×; ≥ 20M rows/s: "
                  f"{'met' if rows / swift >= 20e6 else 'NOT met'})")


if __name__ == "__main__":
    main()
