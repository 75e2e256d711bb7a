#!/usr/bin/env bash
# The one command that builds and runs every test: configure, build and ctest the `dev`
# preset (Debug, -Werror) and then the `sanitize` preset (ASan + UBSan).
# Usage: scripts/test.sh [preset...]   (default: dev sanitize)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/deps.sh

jobs="$(nproc 2>/dev/null || echo 2)"
presets=("$@")
[ ${#presets[@]} -gt 0 ] || presets=(dev sanitize)

# Any sanitizer report fails the run, with a stack trace to act on.
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export ASAN_OPTIONS="detect_leaks=1"

for preset in "${presets[@]}"; do
    echo "=== preset: ${preset} ==="
    cmake --preset "${preset}"
    cmake --build --preset "${preset}" -j "${jobs}"
    ctest --preset "${preset}" -j "${jobs}"
done
