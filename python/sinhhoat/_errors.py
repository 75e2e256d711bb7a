"""The exceptions sinhhoat raises for invalid input.

Every C++ ``sinhhoat::error`` arrives as one of these classes (the bindings translate them), and
so does a bad date: all are :class:`ValueError` subclasses. A rule that is not satisfied is never
an exception but a finding of the verdict.
"""

from __future__ import annotations

from typing import ClassVar


class Error(ValueError):
    """Base of every sinhhoat error: names the field and the value, in Vietnamese and English.

    ``str(error)`` is the C++ ``what()``: ``"<field> = <value>: <vi> | <en>"``.
    """

    #: The C++ ``sinhhoat::error_code`` as a string.
    code: ClassVar[str] = "error"

    field: str
    value: str
    message_vi: str
    message_en: str

    def __init__(self, field: str, value: str, message_vi: str, message_en: str) -> None:
        super().__init__(f"{field} = {value}: {message_vi} | {message_en}")
        self.field = field
        self.value = value
        self.message_vi = message_vi
        self.message_en = message_en

    def __reduce__(self) -> tuple[type[Error], tuple[str, str, str, str]]:
        return (type(self), (self.field, self.value, self.message_vi, self.message_en))


class InvalidValue(Error):
    """Out of range: a negative count, an empty ground set, a field of the wrong type."""

    code = "invalid_value"


class UnknownCode(Error):
    """A code string that names no enumerator (or no built-in rule set)."""

    code = "unknown_code"


class InvalidDate(Error):
    """An impossible or missing date."""

    code = "invalid_date"


class InconsistentInput(Error):
    """Fields that contradict each other."""

    code = "inconsistent_input"


class InvalidRuleSet(Error):
    """A rule set that fails its own validation."""

    code = "invalid_rule_set"


# Tracebacks and pickles name the public package, where these are re-exported.
for _cls in (Error, InvalidValue, UnknownCode, InvalidDate, InconsistentInput, InvalidRuleSet):
    _cls.__module__ = "sinhhoat"
del _cls

__all__ = [
    "Error",
    "InconsistentInput",
    "InvalidDate",
    "InvalidRuleSet",
    "InvalidValue",
    "UnknownCode",
]
