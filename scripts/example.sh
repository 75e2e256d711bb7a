#!/usr/bin/env bash
# Builds the example program with the `release` preset and runs it; any arguments are
# passed on to the example.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/deps.sh

cmake --preset release
cmake --build --preset release --target sinhhoat_example_check -j "$(nproc 2>/dev/null || echo 2)"
exec ./build/release/examples/sinhhoat_example_check "$@"
