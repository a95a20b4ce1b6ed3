#!/usr/bin/env python3
"""The peer in Topset's speed comparison: a pandas analysis of a Strong
export, written the way lifters write their own scripts.

For every session and exercise with a top set it prints the top set, its
Epley e1RM and the backoff volume, as CSV on standard output, and the time
spent reading and computing (pandas import left out) on standard error.

Definitions, the same as Topset's importer (topset::import::classify_sets):
- a session is one (Date, Workout Name) pair; an exercise is its name
  compared without case and with runs of spaces as one space;
- rest timer rows and rows without reps are dropped. Sets with more than
  100 reps or heavier than 1000 kg are implausible and left out;
- working sets are the numbered sets: warm-up (W), drop (D) and failure (F)
  sets take no part; a load of 0 or an assisted exercise means no load;
- the top set is the first heaviest working set with a load;
- backoff sets are the working sets after it with a lower load;
- e1RM = load * (1 + reps / 30) (Epley), and the load itself for a single;
- backoff volume = sum of load * reps over the backoff sets.

Usage: peer_strong.py FILE [kg|lb]   (loads stay in the file's unit)
"""

import sys
import time

import pandas as pd

LB_PER_KG = 2.20462262185
MAX_REPS = 100
MAX_LOAD_KG = 1000.0


def series(path, unit):
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    df = df[df["Set Order"].str.strip().str.lower() != "rest timer"].copy()

    df["reps"] = pd.to_numeric(df["Reps"], errors="coerce")
    df["load"] = pd.to_numeric(df["Weight"], errors="coerce")
    df = df[df["reps"] > 0]
    load_kg = df["load"] / LB_PER_KG if unit == "lb" else df["load"]
    df = df[(df["reps"] <= MAX_REPS) & ~(load_kg > MAX_LOAD_KG)].copy()

    df["session"] = df["Date"].str.strip() + "|" + df["Workout Name"].str.strip()
    df["exercise"] = (
        df["Exercise Name"].str.strip().str.lower().str.replace(r"\s+", " ", regex=True)
    )
    unloaded = (df["load"] <= 0) | df["exercise"].str.contains("assisted")
    df.loc[unloaded, "load"] = float("nan")
    df["order"] = range(len(df))

    working = df[df["Set Order"].str.strip().str.isdigit() & df["load"].notna()]
    keys = ["session", "exercise"]
    top = working.loc[working.groupby(keys, sort=False)["load"].idxmax()]
    top = top[keys + ["Date", "Workout Name", "order", "load", "reps"]].rename(
        columns={"order": "top_order", "load": "top_load", "reps": "top_reps"}
    )

    sets = working.merge(top[keys + ["top_order", "top_load"]], on=keys)
    backoffs = sets[(sets["order"] > sets["top_order"]) & (sets["load"] < sets["top_load"])]
    volume = (
        (backoffs["load"] * backoffs["reps"])
        .groupby([backoffs["session"], backoffs["exercise"]])
        .sum()
        .rename("backoff_volume")
        .reset_index()
    )

    table = top.merge(volume, on=keys, how="left").fillna({"backoff_volume": 0.0})
    table["e1rm"] = table["top_load"].where(
        table["top_reps"] == 1, table["top_load"] * (1 + table["top_reps"] / 30)
    )
    table["start"] = pd.to_datetime(table["Date"].str.strip()).dt.strftime("%Y-%m-%d %H:%M:%S")
    table["workout"] = table["Workout Name"].str.strip()
    table["top_reps"] = table["top_reps"].astype(int)
    table = table.sort_values(["start", "workout", "exercise"])
    return table[["start", "workout", "exercise", "top_load", "top_reps", "e1rm", "backoff_volume"]]


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: peer_strong.py FILE [kg|lb]")
    unit = sys.argv[2] if len(sys.argv) > 2 else "lb"
    started, cpu_started = time.perf_counter(), time.process_time()
    table = series(sys.argv[1], unit)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    table.to_csv(sys.stdout, index=False, float_format="%.3f")
    print(
        f"pandas: {len(table)} rows in {elapsed * 1000:.2f} ms wall, {cpu * 1000:.2f} ms CPU"
        " (read + series)",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
