"""Dates cross as datetime.date; a bad date is a ValueError from sinhhoat, never IndexError."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

import sinhhoat as sh

D = datetime.date


def test_dates_in_and_out() -> None:
    m = sh.Meeting(date=D(2024, 2, 29))
    assert m.date == D(2024, 2, 29)
    assert type(m.date) is datetime.date
    assert m.to_dict()["date"] == "2024-02-29"


def test_optional_dates() -> None:
    g = sh.GroupMeeting(date=D(2024, 3, 1))
    assert g.report_date is None
    assert g.replace(report_date=D(2024, 3, 2)).report_date == D(2024, 3, 2)


def test_a_datetime_is_not_a_day() -> None:
    untyped: Any = sh.Meeting
    with pytest.raises(TypeError):
        untyped(date=datetime.datetime(2024, 1, 1, 12, 0))


def test_year_boost_cannot_hold_is_invalid_date_not_index_error() -> None:
    # datetime.date allows years 1..9999; Boost.Date_Time 1400..9999. Boost throws
    # bad_year (a std::out_of_range), which must not become IndexError.
    with pytest.raises(sh.InvalidDate) as info:
        sh.Meeting(date=D(1399, 12, 31))
    assert isinstance(info.value, ValueError)
    assert not isinstance(info.value, IndexError)


@pytest.mark.parametrize("text", ["2023-02-29", "2024-13-01", "2024-04-31", "24-01-01", "", "x"])
def test_bad_iso_dates_name_the_field(text: str) -> None:
    with pytest.raises(sh.InvalidDate) as info:
        sh.Meeting.from_dict({"date": text})
    assert info.value.field == "meeting.date"


def test_unknown_dates_are_none() -> None:
    # Cao Bằng's own guidance has no issue date: Boost's not-a-date-time crosses as None.
    cao_bang_text = sh.rule_sets.cao_bang().sources[0]
    assert cao_bang_text.issued is None
    assert cao_bang_text.to_dict()["issued"] is None
    # Open ends of a dated parameter too.
    assert sh.rule_sets.cao_bang().online_quota_cell.periods == ((None, None, 3),)


def test_report_due_and_dated_lookup() -> None:
    rules = sh.rule_sets.hd03()
    assert sh.report_due(sh.GroupMeeting(date=D(2024, 12, 31)), rules) == D(2025, 1, 1)
    quota = sh.DatedInt([(None, D(2023, 12, 31), 3), (D(2024, 1, 1), D(2024, 12, 31), 2)])
    assert quota.at(D(2023, 12, 31)) == 3
    assert quota.at(D(2024, 1, 1)) == 2
    assert quota.at(D(2025, 1, 1)) is None
