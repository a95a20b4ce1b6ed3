#!/usr/bin/env bash
# Starts Topset on its built-in sample journal under Xvfb, saves a
# screenshot and fails unless the window rendered.
#
# Usage: window-check.sh [BINARY] [SCREENSHOT]
# Without arguments it builds and checks the release binary.
set -euo pipefail
cd "$(dirname "$0")/.."

binary="${1:-}"
screenshot="${2:-target/ci/window.png}"
if [[ -z "$binary" ]]; then
    cargo build --locked --release
    binary=./target/release/topset
fi
mkdir -p "$(dirname "$screenshot")" target/ci
export XDG_RUNTIME_DIR
XDG_RUNTIME_DIR="$(mktemp -d)"
chmod 700 "$XDG_RUNTIME_DIR"
# A fresh home so the app starts on the sample, not on a remembered journal.
export HOME
HOME="$(mktemp -d)"
export LIBGL_ALWAYS_SOFTWARE=1

display=:97
Xvfb "$display" -screen 0 1280x860x24 -nolisten tcp &
xvfb_pid=$!
cleanup() {
    [[ -n "${app_pid:-}" ]] && kill "$app_pid" 2>/dev/null || true
    kill "$xvfb_pid" 2>/dev/null || true
}
trap cleanup EXIT
sleep 2

DISPLAY="$display" "$binary" >target/ci/app.log 2>&1 &
app_pid=$!
sleep 8
if ! kill -0 "$app_pid" 2>/dev/null; then
    echo "the app exited early:"
    cat target/ci/app.log
    exit 1
fi
DISPLAY="$display" import -window root "$screenshot"

# A rendered window has many colours; an empty X screen has one or two.
colours="$(/usr/bin/convert "$screenshot" -format '%k' info:)"
echo "screenshot $screenshot has $colours colours"
if (( colours < 50 )); then
    echo "the window did not render"
    cat target/ci/app.log
    exit 1
fi
