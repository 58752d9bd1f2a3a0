#!/usr/bin/env bash
# Runs the Swift benchmarks at one scale, writes their data, then runs the Python references on
# the same files in the same session and prints the ratios.
#
#   PYTHON=/path/to/venv/bin/python [ONLY=P1,P3,P4] Benchmarks/reference/compare.sh [DIR] [SCALE]
#
# DIR defaults to a fresh temporary directory (P1 at ×1 writes about 1.1 GB there, P4 a 365 MB
# CSV, deleted once pandas has read it); SCALE to 1; ONLY to P1,P3,P4.
set -euo pipefail
cd "$(dirname "$0")/../.."
python="${PYTHON:-python3}"
dir="${1:-$(mktemp -d -t resilience-benchmarks.XXXXXX)}"
scale="${2:-1}"
only="${ONLY:-P1,P3,P4}"
label="$(python3 -c "s=float('$scale'); print(int(s) if s == int(s) else s)")"

swift build -c release --product resilience-benchmarks
.build/release/resilience-benchmarks --only "$only" --scale "$scale" --write-data "$dir"
if [[ ",$only," == *",P1,"* ]]; then
    echo
    echo "== Python reference, P1 (data in $dir/P1-x$label)"
    "$python" Benchmarks/reference/p1_reference.py "$dir/P1-x$label"
fi
if [[ ",$only," == *",P3,"* ]]; then
    echo
    echo "== Python reference, P3"
    "$python" Benchmarks/reference/p3_reference.py "$dir/P3-x$label"
fi
if [[ ",$only," == *",P4,"* ]]; then
    echo
    echo "== Python reference, P4 (pandas read_csv of $dir/P4-x$label/demand.csv)"
    "$python" Benchmarks/reference/p4_reference.py "$dir/P4-x$label"
    rm -f "$dir/P4-x$label/demand.csv"
fi
