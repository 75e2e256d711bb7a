"""The committed typing stubs of sinhhoat._core are the ones the installed module generates."""

from __future__ import annotations

import pathlib
import subprocess
import sys

REPO = pathlib.Path(__file__).resolve().parents[2]
COMMITTED = REPO / "python" / "sinhhoat" / "_core"


def test_committed_stubs_match_the_module(tmp_path: pathlib.Path) -> None:
    subprocess.run(
        [sys.executable, str(REPO / "scripts" / "gen_stubs.py"), str(tmp_path)],
        cwd=tmp_path,
        check=True,
        capture_output=True,
    )
    generated = {path.name: path.read_text(encoding="utf-8") for path in tmp_path.glob("*.pyi")}
    committed = {path.name: path.read_text(encoding="utf-8") for path in COMMITTED.glob("*.pyi")}
    assert generated, "pybind11-stubgen wrote no stubs"
    assert sorted(generated) == sorted(committed), "run scripts/gen-stubs.sh and commit the stubs"
    for name, text in generated.items():
        assert text == committed[name], (
            f"python/sinhhoat/_core/{name} differs from the stubs of the installed module: "
            "run scripts/gen-stubs.sh and commit the stubs"
        )


def test_stubs_are_installed_with_the_package() -> None:
    import sinhhoat

    installed = pathlib.Path(sinhhoat.__file__).parent / "_core"
    assert sorted(path.name for path in installed.glob("*.pyi")) == sorted(
        path.name for path in COMMITTED.glob("*.pyi")
    )
