#!/usr/bin/env bash
# Short coverage-guided fuzzing run of every target in fuzz/ (the journal and
# program-file readers and the five CSV importers), FUZZ_SECONDS each
# (default 30). Fails when a target crashes. libFuzzer prints the crashing
# input in base64 and keeps it under fuzz/artifacts/.
set -euo pipefail
cd "$(dirname "$0")/.."

# cargo-fuzz builds with -Zsanitizer and other unstable flags. A nightly
# toolchain is the normal way to allow them. When there is none and rustup
# cannot fetch one, RUSTC_BOOTSTRAP=1 makes the stable compiler accept them.
toolchain=nightly
if ! cargo +nightly --version >/dev/null 2>&1; then
    if ! rustup toolchain install nightly --profile minimal >/dev/null 2>&1; then
        echo "fuzz-check.sh: no nightly toolchain and none can be fetched;" \
            "using stable with RUSTC_BOOTSTRAP=1"
        toolchain=stable
        export RUSTC_BOOTSTRAP=1
    fi
fi
echo "fuzzing with $(cargo "+$toolchain" --version)"

if ! cargo fuzz --version >/dev/null 2>&1; then
    # The version measured in fuzz/README.md, with its own locked dependencies.
    cargo install --locked cargo-fuzz --version 0.13.2
fi

FUZZ_TOOLCHAIN="$toolchain" bash fuzz/run-short.sh
