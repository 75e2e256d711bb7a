#!/usr/bin/env bash
# Regenerates the files derived from the core's descriptions: rule-sets/<built-in id>.json and
# schema/v<N>/*.schema.json. Run it after changing a value type, a rule set or the catalogue, and
# commit the result; the CTest test generated.up_to_date fails while they differ.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev --target sinhhoat_generate
./build/dev/tests/sinhhoat_generate "$(pwd)"
