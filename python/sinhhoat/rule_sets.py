"""Rule sets: the built-in constants, and rule sets as JSON files.

``hd03()``, ``cao_bang()`` and ``nghe_an_khoi()`` return copies of the built-in constants. Rule sets
also ship as files (``rule-sets/<id>.json`` inside the package, the built-in ones generated from the
constants); a province adds its own as a file, with no new release: :func:`load` reads any file,
:func:`by_id` finds ``<id>.json`` in the directories of ``$SINHHOAT_RULE_SETS`` (separated by
``os.pathsep``) and then the package's own, and :func:`available` lists the ids found there.
:func:`governing` gives the rule set in force for a jurisdiction on a day (R29).
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

import datetime
import os
from pathlib import Path

from ._core import RuleSet
from ._core import rule_sets as _impl
from ._errors import InvalidValue

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


def load(file: str | bytes | os.PathLike[str] | os.PathLike[bytes]) -> RuleSet:
    """The rule set in a JSON file, validated.

    A bad value raises :class:`sinhhoat.Error` naming the file and the JSON Pointer of the value
    (``dong_nai.json#/group_quota/0/value``); a path that is not a readable regular file (or holds
    a NUL character) raises :class:`sinhhoat.InvalidValue` naming ``file``.
    """
    path = os.fsdecode(file)  # bytes as the file system names them, surrogate-escaped
    if "\0" in path:
        raise InvalidValue(
            "file",
            ascii(path)[:80],
            "đường dẫn chứa ký tự NUL",
            "the path contains a NUL character",
        )
    return _impl.load(Path(path))


#: What a rule-set id may be: a name, never a path (:func:`is_id`).
ID_PATTERN: str = _impl.ID_PATTERN

is_id = _impl.is_id


def by_id(id: str) -> RuleSet:
    """The rule set ``<id>.json`` from the first directory of :func:`search_path` that has it.

    ``id`` is a name (:data:`ID_PATTERN`): anything else, such as a path, raises
    :class:`sinhhoat.InvalidValue` naming it before any file is opened. The file must lie inside
    its directory once links are resolved. An id with no file raises
    :class:`sinhhoat.UnknownCode` listing the ids there are. To read a file by its path, use
    :func:`load`.
    """
    return _impl.load_by_id(id, search_path())


def governing(id: str, day: datetime.date) -> RuleSet:
    """The rule set that governs the jurisdiction of rule set ``id`` on ``day`` (R29).

    That rule set itself, or, for a day after its periods, the successor it names
    (``succeeded_by``), followed as far as they go; each found as :func:`by_id` finds it. Cao
    Bằng's guidance ended on 30/6/2025 and names the central continuation after it:

    >>> import datetime
    >>> governing("cao_bang", datetime.date(2024, 9, 10)).id
    'cao_bang'
    >>> governing("cao_bang", datetime.date(2026, 3, 3)).id
    'hd03'
    """
    return _impl.governing(id, day, search_path())


def available() -> list[str]:
    """The ids :func:`by_id` can load from :func:`search_path`, sorted.

    Entries whose name is not ``<id>.json`` with a valid id, and entries that are not readable
    files inside their directory (folders, broken or outside links), are skipped.
    """
    return _impl.available(search_path())


__all__ = [
    "ID_PATTERN",
    "PACKAGE_DIR",
    "available",
    "builtin",
    "by_id",
    "cao_bang",
    "governing",
    "hd03",
    "is_id",
    "load",
    "nghe_an_khoi",
    "search_path",
]
