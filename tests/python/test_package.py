"""The package imports from anywhere, is the installed one, and has one version."""

from __future__ import annotations

import enum
import inspect
import pathlib
import re
import subprocess
import sys

import sinhhoat as sh
import sinhhoat._core as core

REPO = pathlib.Path(__file__).resolve().parents[2]


def test_version_is_the_one_in_version_hpp() -> None:
    text = (REPO / "include" / "sinhhoat" / "version.hpp").read_text(encoding="utf-8")
    match = re.search(r'#define SINHHOAT_VERSION_STRING "([^"]+)"', text)
    assert match is not None
    assert sh.__version__ == match.group(1) == sh.version()


def test_imports_from_another_directory(tmp_path: pathlib.Path) -> None:
    code = "import sinhhoat, datetime; print(sinhhoat.Meeting(date=datetime.date(2024, 1, 2)))"
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, check=True, capture_output=True, text=True
    )
    assert out.stdout.strip() == "Meeting(date=datetime.date(2024, 1, 2))"


def test_extension_sits_in_the_package() -> None:
    extension = pathlib.Path(core.__file__)
    assert extension.parent == pathlib.Path(sh.__file__).parent
    assert (extension.parent / "py.typed").is_file()


def test_all_is_complete_and_classes_say_where_they_are_defined() -> None:
    exported = set(sh.__all__)
    for name in vars(core):
        if not name.startswith("_") and name != "rule_sets":
            assert name in exported, name
    for name in sh.__all__:
        obj = getattr(sh, name)
        if inspect.isclass(obj):
            # Bound types are defined in the extension (where generated stubs describe them);
            # the Python-defined ones say the public package or their own module.
            if issubclass(obj, sh.Error):
                assert obj.__module__ == "sinhhoat", name
            elif obj is sh.CodeEnum:
                assert obj.__module__ == "sinhhoat._enum"
            elif obj is sh.AuditResult:
                assert obj.__module__ == "sinhhoat._audit"
            else:
                assert obj.__module__ == "sinhhoat._core", name


def test_enums_are_real_enums() -> None:
    for name in sh.__all__:
        obj = getattr(sh, name)
        if inspect.isclass(obj) and issubclass(obj, sh.CodeEnum) and obj is not sh.CodeEnum:
            assert issubclass(obj, enum.Enum)
            assert len(obj) > 0
            assert obj.__module__ == "sinhhoat._core"
