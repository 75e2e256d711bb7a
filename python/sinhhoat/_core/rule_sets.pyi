"""
The built-in rule sets.
"""

from __future__ import annotations

import sinhhoat._core

__all__: list[str] = ["builtin", "by_id", "cao_bang", "hd03", "nghe_an_khoi"]

def builtin() -> list[sinhhoat._core.RuleSet]:
    """
    Every built-in rule set.
    """

def by_id(id: str) -> sinhhoat._core.RuleSet:
    """
    The built-in rule set with this id; sinhhoat.UnknownCode otherwise.
    """

def cao_bang() -> sinhhoat._core.RuleSet:
    """
    Hướng dẫn thí điểm of the Ban Thường vụ Tỉnh uỷ Cao Bằng.
    """

def hd03() -> sinhhoat._core.RuleSet:
    """
    Hướng dẫn 03-HD/TW of the Ban Bí thư (27/12/2022).
    """

def nghe_an_khoi() -> sinhhoat._core.RuleSet:
    """
    Hướng dẫn 08-HD/ĐUK of the Đảng ủy Khối các cơ quan tỉnh Nghệ An.
    """
