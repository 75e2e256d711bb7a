"""Rule sets: the built-in constants, and rule sets as JSON files.

``hd03()``, ``cao_bang()`` and ``nghe_an_khoi()`` return copies of the built-in constants. Rule sets
also ship as files (``rule-sets/<id>.json`` inside the package, the built-in ones generated from the
constants); a province adds its own as a file, with no new release: :func:`load` reads any file,
:func:`by_id` finds ``<id>.json`` in the directories of ``$SINHHOAT_RULE_SETS`` (separated by
``os.pathsep``) and then the package's own, and :func:`available` lists the ids found there.
Rule sets are immutable values: ``rules.with_interp(...)`` and ``rules.replace(...)`` make changed,
validated copies.

**Example**

>>> from sinhhoat import YearBasis, rule_sets
>>> rules = rule_sets.cao_bang().with_interp(year=YearBasis.ROLLING_YEAR)
>>> rules.interp.year
YearBasis.ROLLING_YEAR
>>> "dong_nai" in rule_sets.available()
True
>>> rule_sets.by_id("dong_nai").covers
frozenset({PilotKind.BY_GROUP})
"""

from __future__ import annotations

import os
from pathlib import Path

from ._core import RuleSet
from ._core import rule_sets as _impl

hd03 = _impl.hd03
cao_bang = _impl.cao_bang
nghe_an_khoi = _impl.nghe_an_khoi
builtin = _impl.builtin

#: The rule-set files shipped with the package.
PACKAGE_DIR: Path = Path(__file__).parent / "rule-sets"


def search_path() -> list[Path]:
    """Where :func:`by_id` looks, in order: ``$SINHHOAT_RULE_SETS``, then :data:`PACKAGE_DIR`."""
    extra = os.environ.get("SINHHOAT_RULE_SETS", "")
    return [Path(p) for p in extra.split(os.pathsep) if p] + [PACKAGE_DIR]


def load(file: str | os.PathLike[str]) -> RuleSet:
    """The rule set in a JSON file, validated.

    A bad value raises :class:`sinhhoat.Error` naming the file and the JSON Pointer of the value
    (``dong_nai.json#/group_quota/0/value``).
    """
    return _impl.load(Path(file))


def by_id(id: str) -> RuleSet:
    """The rule set ``<id>.json`` from the first directory of :func:`search_path` that has it.

    An id with no file raises :class:`sinhhoat.UnknownCode` listing the ids there are.
    """
    return _impl.load_by_id(id, search_path())


def available() -> list[str]:
    """The ids of the rule-set files on :func:`search_path`, sorted."""
    return _impl.available(search_path())


__all__ = [
    "PACKAGE_DIR",
    "available",
    "builtin",
    "by_id",
    "cao_bang",
    "hd03",
    "load",
    "nghe_an_khoi",
    "search_path",
]
