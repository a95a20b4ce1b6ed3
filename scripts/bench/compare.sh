#!/bin/sh
# Runs the peer comparison (compare.py) with a Python that has pandas: a
# virtual environment under target/bench-venv, made on first use.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
venv=${TOPSET_BENCH_VENV:-$root/target/bench-venv}
if ! "$venv/bin/python" -c 'import pandas' 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet pandas
fi
exec "$venv/bin/python" "$root/scripts/bench/compare.py" "$@"
