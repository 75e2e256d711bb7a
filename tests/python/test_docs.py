"""The examples in the docstrings and in README.md run as written."""

from __future__ import annotations

import contextlib
import doctest
import io
import pathlib
import re
from types import ModuleType

import pytest

import sinhhoat
import sinhhoat._enum
import sinhhoat.rule_sets

README = pathlib.Path(__file__).resolve().parents[2] / "README.md"


@pytest.mark.parametrize(
    "module", [sinhhoat, sinhhoat._enum, sinhhoat.rule_sets], ids=lambda m: m.__name__
)
def test_docstring_examples(module: ModuleType) -> None:
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0


def test_readme_python_example() -> None:
    match = re.search(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.DOTALL)
    assert match is not None
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(match.group(1), "README.md", "exec"), {})
    assert out.getvalue().startswith(
        "content.excluded II.3.1; II.3.2 {'topics': frozenset({Topic.ADMISSION})}"
    )
