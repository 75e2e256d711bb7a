"""The Python sources pass `mypy --strict` (with the generated stubs), `ruff check` and
`ruff format --check`, with the settings of pyproject.toml; the tools come with the test extra."""

from __future__ import annotations

import pathlib
import subprocess
import sys

REPO = pathlib.Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=REPO, capture_output=True, text=True, check=False
    )


def test_mypy_strict(tmp_path: pathlib.Path) -> None:
    # The files are pyproject.toml's (the package with its stubs, tests, examples, scripts); the
    # cache goes to a temporary directory, not the checkout.
    out = run("mypy", "--config-file", "pyproject.toml", "--cache-dir", str(tmp_path))
    assert out.returncode == 0, out.stdout + out.stderr


def test_ruff_check() -> None:
    out = run("ruff", "check", "--no-cache", "python", "tests", "examples", "scripts", "bench")
    assert out.returncode == 0, out.stdout + out.stderr


def test_ruff_format() -> None:
    out = run(
        "ruff", "format", "--check", "--no-cache", "python", "tests", "examples", "scripts", "bench"
    )
    assert out.returncode == 0, out.stdout + out.stderr
