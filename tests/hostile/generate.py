#!/usr/bin/env python3
"""Writes the hostile corpus: journals and program files that Topset must
reject with a clear, located message and without changing them.

Run from this folder: python3 generate.py. The expected messages live in
expected.txt and are written by hand, not by this script.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = open(os.path.join(HERE, "..", "fixtures", "versions", "journal-v1.ron")).read()
PROGRAM = open(os.path.join(HERE, "..", "fixtures", "versions", "program-v1.ron")).read()

TOP_SET = "(kind: Top, load: Some((value: 140.0, unit: Kg)), reps: 4, rpe: Some(8.5), done: true)"


def journal(old, new, count=1):
    assert BASE.count(old) >= count, old
    return BASE.replace(old, new, count)


def program(old, new):
    assert old in PROGRAM, old
    return PROGRAM.replace(old, new, 1)


def top_set(old, new):
    return journal(TOP_SET, TOP_SET.replace(old, new))


files = {
    # Files that are not RON at all.
    "empty.ron": "",
    "whitespace-only.ron": "  \n\n\t \n",
    "binary-junk.ron": bytes(range(256)) * 4,
    "utf16-text.ron": "(version: 1)".encode("utf-16"),
    "null-bytes.ron": "(version: 1,\x00\x00 sessions: [])",
    "json-object.ron": '{"version": 1, "sessions": []}',
    "plain-text.ron": "Squat 140 kg x 4\nBench 100 kg x 5\n",
    "trailing-garbage.ron": BASE + "\n) extra\n",
    # Truncated files.
    "truncated-mid-session.ron": BASE[: BASE.index("kind: Backoff")],
    "truncated-in-string.ron": BASE[: BASE.index('"belt"') + 3],
    "truncated-after-version.ron": "(\n  version: 1,\n",
    "unclosed-list.ron": journal("  ],\n)\n", "\n)\n"),
    # Nesting.
    "deep-brackets.ron": "(version: 1, sessions: " + "[" * 100_000 + "]" * 100_000 + ")",
    "deep-options.ron": journal("active_program: Some(\"Top set squat\")", "active_program: " + "Some(" * 200 + '"x"' + ")" * 200),
    "deep-unknown-field.ron": "(version: 1, extra: " + "(" * 5_000 + ")" * 5_000 + ")",
    # Versions.
    "version-newer.ron": journal("version: 1,", "version: 2,"),
    "version-far-future.ron": journal("version: 1,", "version: 4000000000,"),
    "version-beyond-u64.ron": journal("version: 1,", "version: 99999999999999999999999,"),
    "version-negative.ron": journal("version: 1,", "version: -1,"),
    "version-string.ron": journal("version: 1,", 'version: "1",'),
    "version-float.ron": journal("version: 1,", "version: 1.5,"),
    "version-newer-unknown-layout.ron": "(version: 7, data: Chunked(parts: [(id: 1, bytes: \"AAAA\")]))",
    # Numbers.
    "load-nan.ron": top_set("value: 140.0", "value: NaN"),
    "load-infinity.ron": top_set("value: 140.0", "value: inf"),
    "load-negative.ron": top_set("value: 140.0", "value: -450.0"),
    "load-huge.ron": top_set("value: 140.0", "value: 1e300"),
    "load-over-limit.ron": top_set("value: 140.0", "value: 2500.0"),
    "load-overflowing-literal.ron": top_set("value: 140.0", "value: 1e999"),
    "reps-negative.ron": top_set("reps: 4", "reps: -4"),
    "reps-over-u32.ron": top_set("reps: 4", "reps: 4294967296"),
    "reps-over-limit.ron": top_set("reps: 4", "reps: 5000"),
    "reps-float.ron": top_set("reps: 4", "reps: 4.5"),
    "rpe-nan.ron": top_set("rpe: Some(8.5)", "rpe: Some(NaN)"),
    "rpe-negative-infinity.ron": top_set("rpe: Some(8.5)", "rpe: Some(-inf)"),
    "rpe-eleven.ron": top_set("rpe: Some(8.5)", "rpe: Some(11.0)"),
    "rpe-zero.ron": top_set("rpe: Some(8.5)", "rpe: Some(0.0)"),
    "drop-band-nan.ron": journal("drop_band: (10.0, 15.0)", "drop_band: (NaN, 15.0)"),
    "drop-band-reversed.ron": journal("drop_band: (10.0, 15.0)", "drop_band: (15.0, 10.0)"),
    "drop-band-over-100.ron": journal("drop_band: (10.0, 15.0)", "drop_band: (10.0, 150.0)"),
    "plate-size-zero.ron": journal("(size: 25.0, pairs: 4)", "(size: 0.0, pairs: 4)"),
    "plate-pairs-huge.ron": journal("(size: 25.0, pairs: 4)", "(size: 25.0, pairs: 4000000)"),
    "bar-infinity.ron": journal("bar: 20.0", "bar: inf"),
    "planned-week-huge.ron": journal("week: 0", "week: 18446744073709551615"),
    # Dates.
    "date-year-2999.ron": journal('start: "2025-03-03T18:05:00"', 'start: "2999-03-03T18:05:00"'),
    "date-year-1800.ron": journal('start: "2025-03-03T18:05:00"', 'start: "1800-03-03T18:05:00"'),
    "date-february-30.ron": journal('start: "2025-03-03T18:05:00"', 'start: "2025-02-30T18:05:00"'),
    "date-words.ron": journal('start: "2025-03-03T18:05:00"', 'start: "yesterday"'),
    "date-number.ron": journal('start: "2025-03-03T18:05:00"', "start: 20250303"),
    "start-year-zero.ron": journal('start: Some("2025-03-03")', 'start: Some("0000-03-03")'),
    # Types and structure.
    "sessions-string.ron": "(version: 1, sessions: \"many\")",
    "sessions-map.ron": "(version: 1, sessions: {1: \"a\"})",
    "reps-string.ron": top_set("reps: 4", 'reps: "4"'),
    "unknown-set-kind.ron": top_set("kind: Top", "kind: Heavy"),
    "unknown-unit.ron": top_set("unit: Kg", "unit: Stone"),
    "set-missing-reps.ron": top_set("reps: 4, ", ""),
    "session-missing-id.ron": journal("      id: 2,\n", ""),
    "exercises-unit-value.ron": journal("exercises: [\n    (name: \"Squat\"", "exercises: ()\n  , garbage: [\n    (name: \"Squat\""),
    # Identity and text.
    "duplicate-session-id.ron": journal("id: 2,", "id: 1,"),
    "duplicate-exercise-name.ron": journal('(name: "Bench press", muscles', '(name: "Squat", muscles'),
    "empty-exercise-name.ron": journal('(name: "Bench press", muscles', '(name: "  ", muscles'),
    "logged-exercise-empty-name.ron": journal('(exercise: "Bench press", sets', '(exercise: "", sets'),
    "long-note.ron": journal('note: "travel gym"', 'note: "' + "x" * 70_000 + '"'),
    "very-long-string.ron": journal('note: "travel gym"', 'note: "' + "é" * 1_000_000 + '"'),
    "long-name.ron": journal('name: "Day A",\n      planned', 'name: "' + "A" * 2_000 + '",\n      planned'),
    "unterminated-string.ron": journal('note: "travel gym"', 'note: "travel gym'),
    "bad-escape.ron": journal('note: "travel gym"', 'note: "travel \\q gym"'),
    # Counts.
    "too-many-sets.ron": journal(TOP_SET, ",\n".join([TOP_SET] * 1001)),
    "too-many-weeks-in-journal.ron": journal("      weeks: [\n", "      weeks: [\n" + "(days: []),\n" * 1001),
    # Program files.
    "program-newer-version.ron": program("version: 1,", "version: 2,"),
    "program-missing-version.ron": program("  version: 1,\n", ""),
    "program-rule-nan.ron": program("PercentDrop(12.0)", "PercentDrop(NaN)"),
    "program-drop-negative.ron": program("PercentDrop(12.0)", "PercentDrop(-12.0)"),
    "program-rpe-target-twelve.ron": program("RpeTarget(8.0)", "RpeTarget(12.0)"),
    "program-top-sets-huge.ron": program("top_sets: 1, top_reps: 5", "top_sets: 100000, top_reps: 5"),
    "straight-reps-reversed.ron": journal("reps_min: 8, reps_max: 10", "reps_min: 12, reps_max: 10"),
    "program-empty-name.ron": program('name: "Top set squat"', 'name: ""'),
    "program-duplicate-exercise.ron": program("  exercises: [\n", '  exercises: [\n    (name: "Safety bar squat"),\n'),
    "program-too-many-days.ron": program('(days: [\n        (name: "Day A"', "(days: [\n" + '(name: "Rest", slots: []),\n' * 15 + '        (name: "Day A"'),
    "program-deep-nesting.ron": "(version: 1, program: " + "(" * 50_000 + ")" * 50_000 + ")",
    "program-slot-list-of-numbers.ron": program('slots: [\n          (exercise: "Bench press"', 'slots: [1, 2, 3,\n          (exercise: "Bench press"'),
}

for name, content in files.items():
    data = content if isinstance(content, bytes) else content.encode("utf-8")
    with open(os.path.join(HERE, name), "wb") as handle:
        handle.write(data)
print(len(files), "files")
