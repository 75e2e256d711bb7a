"""
The built-in rule sets.
"""

from __future__ import annotations

import collections.abc
import datetime
import os

import sinhhoat._core

__all__: list[str] = [
    "ID_PATTERN",
    "available",
    "builtin",
    "cao_bang",
    "governing",
    "hd03",
    "is_id",
    "load",
    "load_by_id",
    "nghe_an_khoi",
]

def available(dirs: collections.abc.Sequence[os.PathLike[str] | str | bytes]) -> list[str]:
    """
    The ids of the rule-set files in `dirs`, sorted.
    """

def builtin() -> list[sinhhoat._core.RuleSet]:
    """
    Every built-in rule set.
    """

def cao_bang() -> sinhhoat._core.RuleSet:
    """
    Hướng dẫn thí điểm of the Ban Thường vụ Tỉnh uỷ Cao Bằng.
    """

def governing(
    id: str, day: datetime.date, dirs: collections.abc.Sequence[os.PathLike[str] | str | bytes]
) -> sinhhoat._core.RuleSet:
    """
    The rule set from `dirs` that governs the jurisdiction of `id` on `day` (R29).
    """

def hd03() -> sinhhoat._core.RuleSet:
    """
    Hướng dẫn 03-HD/TW of the Ban Bí thư (27/12/2022).
    """

def is_id(id: str) -> bool:
    """
    Whether `id` can name a rule set: 1 to 64 of a-z, 0-9, '_' and '-', starting with a letter or a digit.
    """

def load(file: os.PathLike[str] | str | bytes) -> sinhhoat._core.RuleSet:
    """
    A rule set from a JSON file, validated; sinhhoat.Error names the file and the JSON Pointer of a bad value.
    """

def load_by_id(
    id: str, dirs: collections.abc.Sequence[os.PathLike[str] | str | bytes]
) -> sinhhoat._core.RuleSet:
    """
    The rule set <id>.json from the first of `dirs` that has it; an id that is not one (a path, upper case, ...) is InvalidValue before any file is opened.
    """

def nghe_an_khoi() -> sinhhoat._core.RuleSet:
    """
    Hướng dẫn 08-HD/ĐUK of the Đảng ủy Khối các cơ quan tỉnh Nghệ An.
    """

ID_PATTERN: str = "^[a-z0-9][a-z0-9_-]{0,63}$"
