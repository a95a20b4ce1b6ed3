#!/bin/sh
# Start-up of the window under Xvfb with the ten-year journal: time from
# launch to the first frame on screen, and peak memory (resident set).
#
# The binary exits as soon as its first frame is drawn when
# TOPSET_EXIT_AFTER_FIRST_FRAME=1 (a hook in src/ui/shell.rs), so the wall
# time of the process is the time to the first frame. Each panel is measured
# RUNS times (default 5) after one unmeasured warm-up launch; the script
# prints every run and the median. eframe's remembered state lives in a
# temporary XDG_DATA_HOME, which also chooses the panel shown first.
#
# Needs: xvfb and xauth (xvfb-run), /usr/bin/time (package time).
# Usage: scripts/bench/startup.sh [RUNS]
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-5}
cd "$root"
cargo build --quiet --release --bin topset --example write_long_journal

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
journal="$work/ten-years.ron"
target/release/examples/write_long_journal 10 "$journal"
ls -l "$journal" | awk '{ printf "journal file: %.1f MB\n", $5 / 1e6 }'

cat > "$work/measure.sh" <<'INNER'
#!/bin/sh
# Runs inside xvfb-run: $1 binary, $2 journal, $3 work folder, $4 runs.
set -eu
binary=$1 journal=$2 work=$3 runs=$4
export TOPSET_EXIT_AFTER_FIRST_FRAME=1 RUST_LOG=warn
export XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
for panel in SessionLogger Progress; do
    export XDG_DATA_HOME="$work/data-$panel"
    mkdir -p "$XDG_DATA_HOME/topset"
    printf '{"panel":"%s"}\n' "$panel" > "$XDG_DATA_HOME/topset/app.ron"
    "$binary" "$journal" 2>/dev/null || true
    : > "$work/times-$panel"
    i=0
    while [ "$i" -lt "$runs" ]; do
        i=$((i + 1))
        start=$(date +%s%N)
        /usr/bin/time -f '%M %U %S' -o "$work/rss" "$binary" "$journal" 2>/dev/null
        end=$(date +%s%N)
        ms=$(( (end - start) / 1000000 ))
        set -- $(tail -n 1 "$work/rss")
        kb=$1
        cpu_ms=$(echo "($2 + $3) * 1000" | bc -l)
        echo "$ms $kb $cpu_ms" >> "$work/times-$panel"
        printf '%-14s run %d: first frame after %4d ms (CPU %4.0f ms), peak memory %5.1f MB  (load %s)\n' \
            "$panel" "$i" "$ms" "$cpu_ms" "$(echo "$kb / 1024" | bc -l)" "$(cut -d' ' -f1-3 /proc/loadavg)"
    done
    median() { sort -n -k"$1" "$work/times-$panel" | awk -v c="$1" '{ v[NR] = $c } END { print v[int((NR + 1) / 2)] }'; }
    printf '%-14s median: first frame after %d ms, CPU %.0f ms; largest peak memory %.1f MB\n' \
        "$panel" "$(median 1)" "$(median 3)" \
        "$(sort -n -k2 "$work/times-$panel" | tail -n 1 | awk '{ print $2 / 1024 }')"
done
INNER
chmod +x "$work/measure.sh"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
xvfb-run -a -s "-screen 0 1400x1000x24" "$work/measure.sh" \
    "$root/target/release/topset" "$journal" "$work" "$runs"
