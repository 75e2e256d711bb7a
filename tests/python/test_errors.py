"""Every C++ sinhhoat::error arrives as the sinhhoat.Error subclass of the same name."""

from __future__ import annotations

import datetime
import pickle

import pytest

import sinhhoat as sh
from builders import online_meeting, pilot_cell

D = datetime.date


def test_hierarchy() -> None:
    for cls in (
        sh.InvalidValue,
        sh.UnknownCode,
        sh.InvalidDate,
        sh.InconsistentInput,
        sh.InvalidRuleSet,
    ):
        assert issubclass(cls, sh.Error)
        assert issubclass(cls, ValueError)
    assert {c.code for c in sh.Error.__subclasses__()} == {
        "invalid_value",
        "unknown_code",
        "invalid_date",
        "inconsistent_input",
        "invalid_rule_set",
    }


def test_negative_count_names_the_field() -> None:
    with pytest.raises(sh.InvalidValue) as info:
        sh.MemberRoll(members=-1)
    e = info.value
    assert (e.field, e.value) == ("roll.members", "-1")
    assert e.message_vi == "số lượng không được âm"
    assert e.message_en == "a count cannot be negative"
    # The C++ what(): "<field> = <value>: <vi> | <en>".
    assert str(e) == "roll.members = -1: số lượng không được âm | a count cannot be negative"


def test_nested_validation_names_the_full_path() -> None:
    with pytest.raises(sh.InvalidValue) as info:
        sh.Organisation.from_dict(
            {"roll": {"members": 3, "unable": [{"count": -2, "grounds": ["epidemic"]}]}}
        )
    assert info.value.field == "organisation.roll.unable[0].count"


def test_inconsistent_input() -> None:
    with pytest.raises(sh.InconsistentInput) as info:
        sh.MemberRoll(members=3, exempted=2, suspended=2)
    assert info.value.field == "roll.exempted + roll.suspended"
    with pytest.raises(sh.InconsistentInput):
        sh.Meeting(date=D(2024, 1, 1), form=sh.MeetingForm.BY_GROUP)


def test_invalid_rule_set() -> None:
    rules = sh.rule_sets.cao_bang()
    # A period that ends before it starts is refused on its own, and inside a rule set.
    with pytest.raises(sh.InconsistentInput) as inconsistent:
        sh.CoveragePeriod(first=D(2025, 1, 1), last=D(2024, 1, 1))
    assert inconsistent.value.field == "period"
    data = rules.to_dict()
    data["periods"][0] = {"first": "2025-01-01", "last": "2024-01-01"}
    with pytest.raises(sh.InvalidRuleSet) as info:
        sh.RuleSet.from_dict(data)
    assert info.value.field == "rule_set.periods[0]"
    # The single window of earlier versions reads as one period; a bad one names the window.
    del data["periods"]
    data["window"] = {"first": "2025-01-01", "last": "2024-01-01"}
    with pytest.raises(sh.InconsistentInput) as old:
        sh.RuleSet.from_dict(data)
    assert old.value.field == "rule_set.window"
    with pytest.raises(sh.InvalidRuleSet):
        rules.replace(online_quota_cell=sh.DatedInt([(None, D(2024, 1, 1), 3)]))


def test_unknown_rule_set() -> None:
    with pytest.raises(sh.UnknownCode) as info:
        sh.rule_sets.by_id("ha_noi")
    assert info.value.field == "rule_set.id"


def test_check_raises_for_invalid_input_only() -> None:
    # An unsatisfied rule is a finding; only invalid input raises.
    cell = pilot_cell(unable=0)
    verdict = sh.check(
        online_meeting(D(2024, 9, 10)), cell, sh.MeetingHistory(), sh.rule_sets.cao_bang()
    )
    assert verdict.outcome is sh.Outcome.NOT_ALLOWED
    # A value is validated where it is made: a tổ meeting reported before it met is refused by
    # its constructor, and inside a round by the round's.
    with pytest.raises(sh.InconsistentInput) as info:
        sh.GroupMeeting(date=D(2024, 1, 2), report_date=D(2024, 1, 1))
    assert info.value.field == "group_meeting.report_date"
    with pytest.raises(sh.InconsistentInput) as nested:
        sh.GroupRound.from_dict({"groups": [{"date": "2024-01-02", "report_date": "2024-01-01"}]})
    assert nested.value.field == "round.groups[0].report_date"


@pytest.mark.parametrize(
    "error",
    [
        sh.InvalidValue("a", "1", "vi", "en"),
        sh.UnknownCode("b", "'x'", "vi", "en"),
        sh.InvalidDate("c", "?", "vi", "en"),
        sh.InconsistentInput("d", "2", "vi", "en"),
        sh.InvalidRuleSet("e", "3", "vi", "en"),
    ],
    ids=lambda e: type(e).__name__,
)
def test_errors_pickle(error: sh.Error) -> None:
    back = pickle.loads(pickle.dumps(error))
    assert type(back) is type(error)
    assert (back.field, back.value, back.message_vi, back.message_en) == (
        error.field,
        error.value,
        error.message_vi,
        error.message_en,
    )
    assert str(back) == str(error)
