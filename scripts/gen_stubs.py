"""Generates the typing stubs of the extension sinhhoat._core from the installed module.

pybind11-stubgen writes ``sinhhoat/_core/__init__.pyi`` and ``sinhhoat/_core/rule_sets.pyi``;
this script then normalises what it cannot express well, so that ``mypy --strict`` accepts the
stubs, and formats them with ruff, so that the output is the same on every machine:

- the enums (``pybind11::native_enum``, real ``enum.Enum`` classes) get their members as
  ``NAME = value`` (the typing spec's form for enum members in stubs) instead of
  ``NAME: ClassVar[Enum]``, and lose the untyped ``__new__`` that stubgen copies from enum.Enum;
- bare ``dict`` / ``tuple`` in signatures (``from_dict(data: dict)``, pickling) get their
  parameters, and ``replace(**kwargs)`` its ``Any``.

Usage: python scripts/gen_stubs.py OUTPUT_DIR    (writes OUTPUT_DIR/__init__.pyi, rule_sets.pyi)
scripts/gen-stubs.sh runs it into python/sinhhoat/_core; tests/python/test_stubs.py runs it into a
temporary directory and compares.
"""

from __future__ import annotations

import enum
import pathlib
import re
import subprocess
import sys
import tempfile

MODULE = "sinhhoat._core"
# The repository's ruff settings, wherever the output goes (a temporary directory has none).
PYPROJECT = pathlib.Path(__file__).resolve().parents[1] / "pyproject.toml"


def _enum_members(text: str) -> str:
    import sinhhoat._core as core

    def members(match: re.Match[str]) -> str:
        cls = getattr(core, match.group("cls"))
        assert issubclass(cls, enum.Enum), cls
        return f"{match.group('indent')}{match.group('name')} = {cls[match.group('name')].value!r}"

    text = re.sub(
        r"^(?P<indent>[ ]+)(?P<name>[A-Z][A-Z0-9_]*): typing\.ClassVar\[(?P<cls>\w+)\]$",
        members,
        text,
        flags=re.MULTILINE,
    )
    # stubgen copies enum.Enum's __new__ without annotations; the base class's is the right one.
    return re.sub(
        r"^[ ]+@classmethod\n[ ]+def __new__\(cls, value\):\n[ ]+\.\.\.\n",
        "",
        text,
        flags=re.MULTILINE,
    )


def _signatures(text: str) -> str:
    def fix(line: str) -> str:
        if not line.lstrip().startswith("def "):
            return line  # docstrings may say "dict" or "tuple" in prose
        line = re.sub(r"\bdict\b(?!\[)", "dict[str, typing.Any]", line)
        line = re.sub(r"\btuple\b(?!\[)", "tuple[typing.Any, ...]", line)
        # pybind11's std::filesystem::path caster names the bare generic.
        line = re.sub(r"\bos\.PathLike\b(?!\[)", "os.PathLike[str]", line)
        return line.replace("**kwargs)", "**kwargs: typing.Any)")

    return "\n".join(fix(line) for line in text.split("\n"))


def generate(output: pathlib.Path) -> list[pathlib.Path]:
    """Writes the normalised, formatted stubs into `output`; returns the files written."""
    output.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as raw:
        subprocess.run(
            [sys.executable, "-m", "pybind11_stubgen", MODULE, "--exit-code", "-o", raw],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        written = []
        for source in sorted((pathlib.Path(raw) / "sinhhoat" / "_core").glob("*.pyi")):
            text = _signatures(_enum_members(source.read_text(encoding="utf-8")))
            target = output / source.name
            target.write_text(text, encoding="utf-8")
            written.append(target)
    # Fixes first (import order, ...), then the formatter: the result is stable under both.
    files = [str(path) for path in written]
    ruff = [sys.executable, "-m", "ruff"]
    config = ["--config", str(PYPROJECT)]
    subprocess.run(
        [*ruff, "check", *config, "--quiet", "--fix-only", "--exit-zero", *files], check=True
    )
    subprocess.run([*ruff, "format", *config, "--quiet", *files], check=True)
    return written


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    for path in generate(pathlib.Path(sys.argv[1])):
        print(path)
