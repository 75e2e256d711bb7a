#!/usr/bin/env bash
# Installs what building and testing sinhhoat needs on Debian/Ubuntu, for C++ and for the
# Python stage. Idempotent: does nothing (not even `apt-get update`) when everything is
# already there, so it is cheap to call from every other script.
set -euo pipefail

# CMakePresets.json is version 6, which needs CMake >= 3.25 (Debian 12's is 3.25.1).
MIN_CMAKE=3.25
MIN_NINJA=1.10

# version_ge A B: true when version A >= version B.
version_ge() {
    [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1)" = "$2" ]
}

tool_version() { # first X.Y[.Z] in `<tool> --version`
    "$1" --version 2>/dev/null | grep -oE '[0-9]+\.[0-9]+(\.[0-9]+)?' | head -n1
}

pkg_installed() {
    [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]
}

wanted=(g++ libboost-date-time-dev doctest-dev nlohmann-json3-dev libssl-dev)
# A newer cmake/ninja from pip or a toolchain on PATH is as good as (or better than)
# Debian's; don't install a second, older copy next to it.
if ! { command -v cmake >/dev/null && version_ge "$(tool_version cmake)" "$MIN_CMAKE"; }; then
    wanted+=(cmake)
fi
if ! { command -v ninja >/dev/null && version_ge "$(tool_version ninja)" "$MIN_NINJA"; }; then
    wanted+=(ninja-build)
fi

# The Python stage (scripts/test-python.sh) makes a venv with python3 and compiles the extension
# against its headers; Debian ships venv/ensurepip and the headers apart from python3 itself.
if ! command -v python3 >/dev/null; then
    wanted+=(python3 python3-venv python3-dev)
else
    python3 -c 'import ensurepip, venv' 2>/dev/null || wanted+=(python3-venv)
    python3 -c 'import os, sysconfig
raise SystemExit(not os.path.isfile(os.path.join(sysconfig.get_paths()["include"], "Python.h")))' \
        2>/dev/null || wanted+=(python3-dev)
fi

missing=()
for pkg in "${wanted[@]}"; do
    pkg_installed "$pkg" || missing+=("$pkg")
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "deps.sh: all dependencies present"
    exit 0
fi

if ! command -v apt-get >/dev/null; then
    echo "deps.sh: missing ${missing[*]} and no apt-get; install them by hand" >&2
    exit 1
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then
        sudo_cmd=(sudo)
    else
        echo "deps.sh: missing ${missing[*]}; need root or sudo to install them" >&2
        exit 1
    fi
fi

echo "deps.sh: installing ${missing[*]}"
"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "${missing[@]}"
