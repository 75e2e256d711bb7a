#!/usr/bin/env bash
# Regenerates the typing stubs of the extension, python/sinhhoat/_core/*.pyi, from the module as
# built and installed by scripts/test-python.sh (pip install .[test] into build/venv, which brings
# pybind11-stubgen and ruff at the versions the stubs test expects). Run it after changing
# bindings/ and commit the result; tests/python/test_stubs.py fails while they differ.
# Usage: scripts/gen-stubs.sh    PYTHON=python3.12 picks the interpreter of a new venv.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root="$(pwd)"

# Build and install the package (and the test extra) the way the Python stage does, without
# running the tests: the stubs describe what is installed, not python/ in the checkout.
SINHHOAT_PYTHON_INSTALL_ONLY=1 bash scripts/test-python.sh

# From outside the tree, so that `sinhhoat` is the installed package.
work="$(mktemp -d)"
trap 'rm -rf "${work}"' EXIT
cd "${work}"
"${root}/build/venv/bin/python" "${root}/scripts/gen_stubs.py" "${root}/python/sinhhoat/_core"
