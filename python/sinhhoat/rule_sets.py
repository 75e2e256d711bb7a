"""The built-in rule sets. Each call returns a fresh copy; rule sets are immutable values, so
``rules.with_interp(...)`` and ``rules.replace(...)`` make changed (and validated) copies.

**Example**

>>> from sinhhoat import YearBasis, rule_sets
>>> rules = rule_sets.cao_bang().with_interp(year=YearBasis.ROLLING_YEAR)
>>> rules.interp.year
YearBasis.ROLLING_YEAR
"""

from __future__ import annotations

from ._core import rule_sets as _impl

hd03 = _impl.hd03
cao_bang = _impl.cao_bang
nghe_an_khoi = _impl.nghe_an_khoi
by_id = _impl.by_id
builtin = _impl.builtin

__all__ = ["builtin", "by_id", "cao_bang", "hd03", "nghe_an_khoi"]
