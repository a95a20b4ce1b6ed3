#!/usr/bin/env python3
"""Run Topset's import + series (examples/peer_series.rs) and the pandas
peer (peer_strong.py) on the same Strong export, print both times and their
ratio, and check that both give the same table.

Both sides use one definition, written out in peer_strong.py. The top set is
the first heaviest working set (numbered sets, so W, D and F sets take no
part). Backoff sets are the working sets after it at a lower load. e1RM is
Epley (the load itself for a single), and the backoff volume is the sum of
load * reps over the backoff sets.

The tables must have the same sessions and exercises, the same top set
reps, e1RM equal within 0.01 and backoff volumes equal within 0.01 % (Topset
reads 264.55 lb as the 120 kg the lifter typed, which is 264.555 lb).

Usage: scripts/bench/compare.py [FILE] [--runs N]
Run it with a Python that has pandas (scripts/bench/compare.sh makes one).
"""

import argparse
import csv
import io
import os
import re
import resource
import statistics
import subprocess
import sys
import time
from math import nan

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_FILE = os.path.join(ROOT, "tests", "fixtures", "exports", "strong-lb-warmups-drops.csv")
PEER = os.path.join(ROOT, "scripts", "bench", "peer_strong.py")
TOPSET = os.path.join(ROOT, "target", "release", "examples", "peer_series")
E1RM_TOLERANCE = 0.01
VOLUME_RELATIVE_TOLERANCE = 1e-4


def children_cpu_ms():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (usage.ru_utime + usage.ru_stime) * 1000


def run(command):
    """Run `command` and return its output, then in ms its wall time, its CPU
    time (user + system), and the in-process wall and CPU times it reports on
    standard error.

    CPU time barely changes when other programs load the machine, but wall
    times grow with the load."""
    cpu_before = children_cpu_ms()
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    wall = (time.perf_counter() - started) * 1000
    cpu = children_cpu_ms() - cpu_before
    if done.returncode != 0:
        sys.exit(f"{' '.join(command)} failed:\n{done.stderr}")
    match = re.search(r"in ([0-9.]+) ms wall, ([0-9.]+) ms CPU", done.stderr)
    inner_wall, inner_cpu = (float(match.group(1)), float(match.group(2))) if match else (nan, nan)
    return done.stdout, wall, cpu, inner_wall, inner_cpu


def table(text):
    rows = {}
    for row in csv.DictReader(io.StringIO(text)):
        key = (row["start"], row["workout"], row["exercise"])
        rows[key] = row
    return rows


def compare(topset, peer):
    """List the differences between the two tables."""
    problems = []
    for key in sorted(set(topset) - set(peer)):
        problems.append(f"only in Topset: {key}")
    for key in sorted(set(peer) - set(topset)):
        problems.append(f"only in pandas: {key}")
    for key in sorted(set(topset) & set(peer)):
        ours, theirs = topset[key], peer[key]
        if int(ours["top_reps"]) != int(theirs["top_reps"]):
            problems.append(f"{key}: top set reps {ours['top_reps']} != {theirs['top_reps']}")
        if abs(float(ours["e1rm"]) - float(theirs["e1rm"])) > E1RM_TOLERANCE:
            problems.append(f"{key}: e1RM {ours['e1rm']} != {theirs['e1rm']}")
        volume, other = float(ours["backoff_volume"]), float(theirs["backoff_volume"])
        if abs(volume - other) > VOLUME_RELATIVE_TOLERANCE * max(abs(volume), abs(other), 1.0):
            problems.append(f"{key}: backoff volume {volume} != {other}")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", default=DEFAULT_FILE)
    parser.add_argument("--unit", default="lb")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    subprocess.run(
        ["cargo", "build", "--quiet", "--release", "--example", "peer_series"],
        cwd=ROOT,
        check=True,
    )
    topset_runs, peer_runs = [], []
    for _ in range(args.runs):
        topset_out, *topset_times = run([TOPSET, args.file, args.unit])
        peer_out, *peer_times = run([sys.executable, PEER, args.file, args.unit])
        topset_runs.append(topset_times)
        peer_runs.append(peer_times)

    problems = compare(table(topset_out), table(peer_out))
    rows = len(table(topset_out))
    print(f"file: {os.path.relpath(args.file, ROOT)}  ({rows} session × exercise rows)")
    print(f"load average: {' '.join(f'{value:.2f}' for value in os.getloadavg())}  runs: {args.runs}")
    print(f"{'median of the runs':34}{'Topset':>12}{'pandas':>12}{'ratio':>9}")
    rows_to_print = [
        ("process CPU time", 1),
        ("process wall time", 0),
        ("read + import + series, CPU", 3),
        ("read + import + series, wall", 2),
    ]
    for label, index in rows_to_print:
        ours = statistics.median(times[index] for times in topset_runs)
        theirs = statistics.median(times[index] for times in peer_runs)
        print(f"{label + ' (ms)':34}{ours:12.1f}{theirs:12.1f}{theirs / ours:8.1f}×")
    if problems:
        print(f"DIFFERENT: {len(problems)} differences")
        for problem in problems[:20]:
            print(f"  {problem}")
        sys.exit(1)
    print("same table: sessions, top sets, e1RM (±0.01) and backoff volumes (±0.01 %) agree")


if __name__ == "__main__":
    main()
