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


def test_readme_python_examples() -> None:
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.DOTALL)
    assert len(blocks) >= 2
    outputs = []
    for i, block in enumerate(blocks):
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(compile(block, f"README.md python block {i}", "exec"), {})
        outputs.append(out.getvalue())
    assert outputs[0].startswith(
        "content.excluded HD Cao Bằng II.3.2 {'topics': frozenset({Topic.ADMISSION})}"
    )
    verdict_line, error_line = outputs[1].splitlines()
    assert verdict_line == "incomplete dong_nai"
    assert error_line == "/roll/members 7.5"


def test_rules_md_rule_ids_and_clauses_are_the_catalogues() -> None:
    """docs/rules.md's ID and clause columns are tested against the catalogue table."""
    text = (README.parent / "docs" / "rules.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| `([a-z_]+(?:\.[a-z_]+)+)` \| ([^|]+?) \|", text, re.MULTILINE))
    rows = {rule: clause for rule, clause in rows.items() if not rule.startswith("interp.")}
    catalogue = {rule.code: sinhhoat.clause_of(rule) for rule in sinhhoat.RuleId}
    assert rows == catalogue


def test_every_text_the_docs_cite_is_in_the_repository() -> None:
    """A clone holds the catalogue and its sources: no doc, header or module points outside it,
    and every relative link in the Markdown docs leads to a file or folder of the repository."""
    root = README.parent
    texts = [root / "README.md", *(root / "docs").rglob("*.md")]
    code = [*(root / "include").rglob("*.hpp"), *(root / "python").rglob("*.py")]
    for path in texts + code:
        assert "../shared" not in path.read_text(encoding="utf-8"), path
    for path in texts:
        for target in re.findall(r"\]\(([^)#:]+)(?:#[^)]*)?\)", path.read_text(encoding="utf-8")):
            assert (path.parent / target).exists(), (path, target)
    catalogue = (root / "docs" / "catalogue" / "RULES.md").read_text(encoding="utf-8")
    for source in re.findall(r"`sources/([a-z0-9-]+\.txt)`", catalogue):
        assert (root / "docs" / "catalogue" / "sources" / source).is_file(), source
