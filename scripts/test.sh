#!/usr/bin/env bash
# The one command that builds and runs every test: configure, build and ctest the `dev`
# preset (Debug, -Werror) and then the `sanitize` preset (ASan + UBSan); then the Python stage
# (scripts/test-python.sh: pip install into build/venv, pytest on the installed package).
# Usage: scripts/test.sh [preset...]   (default: dev sanitize)
#        SINHHOAT_TEST_PYTHON=0 scripts/test.sh   skips the Python stage
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

if [ "${SINHHOAT_TEST_PYTHON:-1}" != 0 ]; then
    bash scripts/test-python.sh
fi
