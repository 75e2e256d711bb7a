#!/usr/bin/env bash
# The Python stage of scripts/test.sh: pip-installs the package (scikit-build-core builds the
# extension, with Boost's headers from the PyPI package boost-headers) into a venv at build/venv,
# then runs the pytest suite from outside the source tree, so that what is tested is the
# installed package and not python/ in the checkout.
# Usage: scripts/test-python.sh [pytest args...]    PYTHON=python3.12 picks the interpreter.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root="$(pwd)"

bash scripts/deps.sh

python="${PYTHON:-python3}"
venv="${root}/build/venv"

# A venv left by another interpreter (or a broken one) is made anew.
if ! "${venv}/bin/python" -c 'import sys; sys.exit(0)' 2>/dev/null ||
    [ "$("${venv}/bin/python" -c 'import sys; print(sys.version_info[:2])')" != \
      "$("${python}" -c 'import sys; print(sys.version_info[:2])')" ]; then
    echo "=== python: creating ${venv} with $("${python}" --version) ==="
    rm -rf "${venv}"
    "${python}" -m venv "${venv}"
fi

echo "=== python: pip install .[test] ==="
# pip builds the wheel from the checkout every time (scikit-build-core keeps its CMake build
# in build/<wheel tag>, so only what changed is recompiled) and replaces the installed one.
"${venv}/bin/python" -m pip install --quiet --disable-pip-version-check "${root}[test]"
# scripts/gen-stubs.sh wants the installed package and the tools of the test extra, no tests.
[ "${SINHHOAT_PYTHON_INSTALL_ONLY:-0}" = 1 ] && exit 0

echo "=== python: pytest ==="
work="$(mktemp -d)"
trap 'rm -rf "${work}"' EXIT
cd "${work}"
"${venv}/bin/python" -c 'import sinhhoat, sys; print("testing", sinhhoat.__file__)'
# No cache in the checkout; the config (strict options) is pyproject.toml's, found from the path.
exec "${venv}/bin/python" -m pytest -p no:cacheprovider "${root}/tests/python" "$@"
