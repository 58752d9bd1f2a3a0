"""P3 reference: Python's json module on the same scenario file the Swift benchmark wrote.

    python Benchmarks/reference/p3_reference.py DIR/P3-x1 [--repetitions 5]

Times `json.loads` of the file's bytes and `json.dumps(..., indent=2, sort_keys=True)` of the
result (the layout the library writes), and prints them beside the Swift figures from
swift-timings.json: Foundation's JSONDecoder/JSONEncoder on Codable types versus Python's C
parser building plain dicts — the throughput an analyst's script gets, not an equivalent workload
(the Swift side also builds typed, validated values).
"""
import argparse
import json
import statistics
import time
from pathlib import Path


def timed(function, repetitions):
    times, result = [], None
    for _ in range(repetitions):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("directory", type=Path)
    parser.add_argument("--repetitions", type=int, default=5)
    args = parser.parse_args()
    data = (args.directory / "scenario.json").read_bytes()
    megabytes = len(data) / 1e6
    decode, scenario = timed(lambda: json.loads(data), args.repetitions)
    encode, _ = timed(lambda: json.dumps(scenario, indent=2, sort_keys=True).encode(), args.repetitions)
    print(f"scenario.json: {megabytes:.2f} MB, {len(scenario['interventions'])} interventions")
    print(f"json.loads  {decode * 1e3:7.1f} ms  {megabytes / decode:6.1f} MB/s")
    print(f"json.dumps  {encode * 1e3:7.1f} ms  {megabytes / encode:6.1f} MB/s")
    path = args.directory / "swift-timings.json"
    if path.exists():
        swift = {m["name"]: statistics.median(m["seconds"]) for m in json.loads(path.read_text())}
        decoding = swift.get("decode only (JSONDecoder)")
        encoding = swift.get("encode scenario to JSON")
        whole = next((v for k, v in swift.items() if k.startswith("whole P3")), None)
        added = sum(swift.get(k, 0) for k in ("validate", "appraise", "headline report"))
        if decoding and encoding:
            print(f"Swift JSONDecoder {megabytes / decoding:6.1f} MB/s ({decode / decoding:.2f}× Python's speed), "
                  f"JSONEncoder {megabytes / encoding:6.1f} MB/s ({encode / encoding:.2f}× Python's speed)")
        if decoding and whole:
            print(f"whole P3 {whole * 1e3:.0f} ms (target < 1000 ms: {'met' if whole < 1 else 'NOT met'}); "
                  f"validate + appraise + report = {added / decoding * 100:.0f}% of decoding (target < 25%: "
                  f"{'met' if added < 0.25 * decoding else 'NOT met'})")


if __name__ == "__main__":
    main()
