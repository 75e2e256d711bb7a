"""The base of every sinhhoat enum.

Each enum of the C++ library (``sinhhoat::ground``, ``sinhhoat::topic``, ...) arrives in Python
as a subclass of :class:`CodeEnum`, made by ``pybind11::native_enum`` in ``sinhhoat._core``.
A member's ``value`` is the C++ enumerator's number; what is stable across releases is its
``code``, the catalogue's spelling (``"epidemic"``, ``"online.quota"``), which is also what
``to_dict()`` writes and ``from_code()`` reads.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import NamedTuple, TypeVar

_E = TypeVar("_E", bound="CodeEnum")


class _Table(NamedTuple):
    codes: tuple[str, ...]
    labels_vi: tuple[str, ...]
    labels_en: tuple[str, ...]
    by_code: dict[str, int]
    # The C++ from_code<E>: raises sinhhoat.UnknownCode with the library's own message.
    from_code: Callable[[str], object]


# Filled by sinhhoat._core when it registers each enum; read-only afterwards.
_TABLES: dict[type[CodeEnum], _Table] = {}


def _register(
    cls: type[CodeEnum],
    codes: tuple[str, ...],
    labels_vi: tuple[str, ...],
    labels_en: tuple[str, ...],
    from_code: Callable[[str], object],
) -> None:
    by_code = {code: i for i, code in enumerate(codes)}
    _TABLES[cls] = _Table(codes, labels_vi, labels_en, by_code, from_code)


class CodeEnum(enum.Enum):
    """An enum of the catalogue: a stable ``code`` and Vietnamese and English labels.

    **Example**

    >>> from sinhhoat import Ground
    >>> Ground.from_code("epidemic")
    Ground.EPIDEMIC
    >>> Ground.EPIDEMIC.code, Ground.EPIDEMIC.label_en
    ('epidemic', 'epidemic: quarantine, distancing, gatherings forbidden')
    """

    @classmethod
    def _table(cls) -> _Table:
        return _TABLES[cls]

    @property
    def code(self) -> str:
        """The stable code, as the catalogue spells it (``"epidemic"``, ``"online.quota"``)."""
        index: int = self.value
        return _TABLES[type(self)].codes[index]

    @property
    def label_vi(self) -> str:
        """The Vietnamese label."""
        index: int = self.value
        return _TABLES[type(self)].labels_vi[index]

    @property
    def label_en(self) -> str:
        """The English label."""
        index: int = self.value
        return _TABLES[type(self)].labels_en[index]

    @classmethod
    def from_code(cls: type[_E], code: str) -> _E:
        """The member whose code is ``code``; :class:`sinhhoat.UnknownCode` otherwise."""
        table = _TABLES[cls]
        index = table.by_code.get(code)
        if index is None:
            table.from_code(code)  # raises UnknownCode (or TypeError for a non-string)
            raise AssertionError("unreachable")  # pragma: no cover
        return cls(index)

    def __repr__(self) -> str:
        # Reads like the code that names it, so reprs of value types can be pasted back.
        return f"{type(self).__name__}.{self.name}"

    def __str__(self) -> str:
        # Like the C++ operator<<: the code.
        return self.code
