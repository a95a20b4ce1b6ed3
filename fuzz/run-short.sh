#!/usr/bin/env bash
# Short fuzzing run for CI: each target for FUZZ_SECONDS (default 30) with
# the committed seed corpus. Exits non-zero when a target crashes; the input
# that crashed is saved under fuzz/artifacts/TARGET/.
#
# Needs cargo-fuzz (`cargo install cargo-fuzz`) and a nightly toolchain
# (`rustup toolchain install nightly`), because libFuzzer builds use
# sanitizer flags that stable Rust rejects. FUZZ_TOOLCHAIN names another
# toolchain (.ci/fuzz-check.sh passes `stable` with RUSTC_BOOTSTRAP=1 when
# no nightly can be installed).
set -euo pipefail

cd "$(dirname "$0")"
seconds="${FUZZ_SECONDS:-30}"
toolchain="${FUZZ_TOOLCHAIN:-nightly}"
targets=(journal program_file import_strong import_hevy import_fitnotes import_liftosaur import_topset)

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "run-short.sh: cargo-fuzz is not installed; run: cargo install cargo-fuzz" >&2
    exit 2
fi
if ! cargo "+$toolchain" --version >/dev/null 2>&1; then
    echo "run-short.sh: no $toolchain toolchain; run: rustup toolchain install $toolchain" >&2
    exit 2
fi

# Build every target once, so the timed runs below measure fuzzing only.
cargo "+$toolchain" fuzz build -O

for target in "${targets[@]}"; do
    # Fuzz into a scratch copy so the committed corpus only changes on purpose.
    scratch="$(mktemp -d)"
    cp -r "corpus/$target/." "$scratch/"
    log="$(mktemp)"
    echo "fuzzing $target for ${seconds}s"
    # libFuzzer reports every new input it keeps; show its log only on a crash.
    if ! cargo "+$toolchain" fuzz run -O "$target" "$scratch" -- \
        -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        >"$log" 2>&1; then
        tail -n 80 "$log"
        echo "run-short.sh: $target crashed; the input is in fuzz/artifacts/$target/" >&2
        exit 1
    fi
    grep -E '^(INFO: Seed|Done )' "$log" || true
    rm -rf "$scratch" "$log"
done
echo "fuzzing finished without crashes"
