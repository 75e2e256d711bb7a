"""Bad input of every kind a hostile caller can make ends in a sinhhoat.Error naming the field
(a TypeError only for a wrong Python type): never a crash, a silent acceptance or a verdict that
cannot be read."""

from __future__ import annotations

import decimal
import inspect
import pickle
from typing import Any, cast

import pytest

import sinhhoat as sh
from builders import D, by_group_meeting, full_round, group_cell, online_meeting, pilot_cell

# Every bound value type: the described ones, the history, findings, verdicts, dated values.
VALUE_TYPES = [
    cls for _, cls in inspect.getmembers(sh._core, inspect.isclass) if hasattr(cls, "to_dict")
]
assert len(VALUE_TYPES) >= 25


def no_state_pickle(cls: type[Any]) -> bytes:
    """A pickle that makes `cls.__new__(cls)` and gives it no state (NEWOBJ, no BUILD)."""
    return b"\x80\x02c%s\n%s\n)\x81." % (cls.__module__.encode(), cls.__qualname__.encode())


@pytest.mark.parametrize("cls", VALUE_TYPES, ids=lambda c: c.__name__)
def test_an_uninitialised_object_is_refused_wherever_it_is_used(cls: type[Any]) -> None:
    uninitialised = cast(Any, cls).__new__(cls)
    for obj in (uninitialised, pickle.loads(no_state_pickle(cls))):
        with pytest.raises(sh.InvalidValue) as info:
            obj.to_dict()
        assert info.value.field == cls.__name__
        assert info.value.value == "(uninitialised)"
        with pytest.raises(sh.InvalidValue):
            repr(obj)


def test_a_check_with_an_uninitialised_argument_raises_and_never_reads_garbage() -> None:
    meeting = online_meeting(D(2024, 9, 10))
    cell = pilot_cell()
    rules = sh.rule_sets.cao_bang()
    for args in (
        (meeting, cell, sh.MeetingHistory.__new__(sh.MeetingHistory), rules),
        (meeting, cell, sh.MeetingHistory(), sh.RuleSet.__new__(sh.RuleSet)),
        (sh.Meeting.__new__(sh.Meeting), cell, sh.MeetingHistory(), rules),
        (meeting, sh.Organisation.__new__(sh.Organisation), sh.MeetingHistory(), rules),
    ):
        with pytest.raises(sh.InvalidValue):
            sh.check(*args)
    with pytest.raises(sh.InvalidValue):
        len(sh.MeetingHistory.__new__(sh.MeetingHistory))


@pytest.mark.parametrize(
    "bad",
    [decimal.Decimal("7.9"), True, None, 7.0, "7"],
    ids=["Decimal", "bool", "None", "float", "str"],
)
def test_a_count_must_be_an_int(bad: Any) -> None:
    with pytest.raises(TypeError):
        sh.MemberRoll(members=bad)
    data = sh.MemberRoll(members=7).to_dict()
    with pytest.raises(sh.InvalidValue) as info:
        sh.MemberRoll.from_dict({**data, "members": bad})
    assert info.value.field == "roll.members"


@pytest.mark.parametrize("bad", [None, 1, 0, "yes"], ids=["None", "1", "0", "str"])
def test_a_flag_must_be_a_bool(bad: Any) -> None:
    with pytest.raises(TypeError):
        sh.Organisation(has_party_groups=bad)
    with pytest.raises(sh.InvalidValue) as info:
        sh.Organisation.from_dict({"has_party_groups": bad})
    assert info.value.field == "organisation.has_party_groups"


def test_values_a_field_cannot_hold_name_the_field() -> None:
    for huge in (2**31, -(2**31) - 1, 10**30):
        with pytest.raises(sh.InvalidValue) as info:
            sh.MemberRoll(members=huge)
        assert info.value.field == "roll.members"
    with pytest.raises(sh.InvalidValue) as surrogate:
        sh.Organisation(name="Chi bộ \ud800")
    assert surrogate.value.field == "organisation.name"
    with pytest.raises(sh.InvalidDate) as early:
        sh.PilotSelection(online=True, online_selected_on=D(1399, 12, 31))
    assert early.value.field == "pilot.online_selected_on"
    with pytest.raises(sh.InvalidDate) as as_of:
        sh.pilot_reporting(sh.rule_sets.cao_bang(), D(1300, 1, 1))
    assert as_of.value.field == "as_of"
    rules = sh.rule_sets.cao_bang()
    old = D(1300, 1, 1)
    for call in (
        lambda: sh.online_eligibility(pilot_cell(), sh.Ground.EPIDEMIC, old, rules),
        lambda: sh.online_quota_left(pilot_cell(), sh.MeetingHistory(), old, rules),
        lambda: sh.group_quota_left(sh.MeetingHistory(), old, rules),
        lambda: rules.group_quota.at(old),
        lambda: rules.periods[0].contains(old),
        lambda: old in rules.periods[0],
        lambda: rules.applies_on(old),
        lambda: rules.period_at(old),
        lambda: sh.rule_sets.governing("cao_bang", old),
    ):
        with pytest.raises(sh.InvalidDate) as day:
            call()
        assert day.value.field == "day"
    with pytest.raises(sh.InvalidDate) as sent:
        sh.pilot_reporting(sh.rule_sets.cao_bang(), D(2025, 9, 1), D(1300, 1, 1))
    assert sent.value.field == "report_date"


def test_contradictions_are_refused() -> None:
    with pytest.raises(sh.InconsistentInput) as past:
        sh.PastMeeting(date=D(2024, 1, 1), form=sh.MeetingForm.BY_GROUP)
    assert past.value.field == "past_meeting.form / past_meeting.body"
    with pytest.raises(sh.InvalidValue) as group:
        sh.GroupMeeting(group=-1, date=D(2024, 1, 1))
    assert group.value.field == "group_meeting.group"
    cell = pilot_cell()
    with pytest.raises(sh.InconsistentInput) as twice:
        sh.UnitSelection(unit="Huyện uỷ Hà Quảng", online=[cell, cell])
    assert twice.value.field == "unit_selection.online[1]"
    period = sh.PilotWindow(first=D(2024, 1, 1), last=D(2024, 12, 31))
    with pytest.raises(sh.InvalidValue) as negative:
        sh.QuotaStatus(limit=3, used=-1, remaining=4, period=period)
    assert negative.value.field == "quota_status.used"
    with pytest.raises(sh.InconsistentInput):
        sh.QuotaStatus(limit=3, used=1, remaining=5, period=period)


def test_findings_and_verdicts_that_contradict_themselves_are_refused() -> None:
    with pytest.raises(sh.InvalidValue) as code:
        sh.Finding(
            rule=sh.RuleId.ONLINE_SCOPE_GROUND,
            status=sh.FindingStatus.PASSED,
            reason=sh.Reason.GROUND_LISTED,
            values=[200],
        )
    assert code.value.field == "finding.values.ground"
    with pytest.raises(sh.InconsistentInput) as status:
        sh.Finding(
            rule=sh.RuleId.ONLINE_QUOTA,
            status=sh.FindingStatus.VIOLATED,
            reason=sh.Reason.QUOTA_WITHIN,
            values=[1, 3, 0, 0],
        )
    assert status.value.field == "finding.status"
    verdict = sh.check(
        online_meeting(D(2024, 9, 10)), pilot_cell(), sh.MeetingHistory(), sh.rule_sets.cao_bang()
    )
    data = verdict.to_dict()
    data["findings"][0]["status"] = "violated"  # window_inside goes with passed only
    with pytest.raises(sh.InconsistentInput) as edited:
        sh.Verdict.from_dict(data)
    assert edited.value.field == "verdict.findings[0].status"


def test_dates_at_boosts_limits_give_a_readable_answer_or_name_the_field() -> None:
    rules = sh.rule_sets.cao_bang().with_interp(year=sh.YearBasis.ROLLING_YEAR)
    rules = rules.replace(
        periods=[sh.CoveragePeriod(first=D(1400, 1, 1), last=D(9999, 12, 31))], succeeded_by=None
    )
    early = sh.check(online_meeting(D(1400, 3, 1)), pilot_cell(), sh.MeetingHistory(), rules)
    quota = early.find(sh.RuleId.ONLINE_QUOTA)
    assert quota is not None
    assert quota.values["period_first"] == D(1400, 1, 1)  # the year cannot reach before 1400
    assert "01/01/1400" in quota.message_vi
    late = sh.GroupMeeting(date=D(9999, 12, 31))
    with pytest.raises(sh.InvalidDate) as due:
        sh.report_due(late, rules)
    assert due.value.field == "group_meeting.date"
    with pytest.raises(sh.InvalidRuleSet) as days:
        rules.replace(report_deadline_days=sh.DatedInt.always(10**6))
    assert days.value.field == "rule_set(cao_bang).report_deadline_days[0].value"


def test_every_entry_point_refuses_the_same_bad_count_the_same_way() -> None:
    good = group_cell().to_dict()
    bad = {**good, "roll": {**good["roll"], "members": -1}}
    with pytest.raises(sh.InvalidValue) as ctor:
        sh.MemberRoll(members=-1)
    with pytest.raises(sh.InvalidValue) as from_dict:
        sh.Organisation.from_dict(bad)
    import json

    with pytest.raises(sh.InvalidValue) as from_json:
        sh.Organisation.from_json(json.dumps(bad))
    assert ctor.value.message_en == from_dict.value.message_en == from_json.value.message_en
    assert from_dict.value.field == "organisation.roll.members"
    assert from_json.value.field == "/roll/members"
    # The round and its meeting are fine: only the organisation was bad.
    day = D(2024, 3, 4)
    assert sh.check(
        by_group_meeting(day),
        group_cell(),
        sh.MeetingHistory(),
        sh.rule_sets.hd03(),
        full_round(day),
    )


def test_the_readings_new_fields_are_refused_like_the_old_ones() -> None:
    # Issue 7's fields take the same strictness: a bool is not a count, a huge or negative count
    # names its field, contradictions are refused, and from_dict agrees with the constructor.
    with pytest.raises(TypeError):
        sh.Meeting(date=D(2024, 1, 1), members_online=True)
    with pytest.raises(TypeError):
        sh.Organisation(party_groups=decimal.Decimal(3))  # type: ignore[arg-type]
    with pytest.raises(sh.InvalidValue) as negative:
        sh.Meeting(date=D(2024, 1, 1), members_online=-1)
    assert negative.value.field == "meeting.members_online"
    with pytest.raises(sh.InvalidValue) as huge:
        sh.Organisation.from_dict({"party_groups": 2**40})
    assert huge.value.field == "organisation.party_groups"
    with pytest.raises(sh.InconsistentInput) as groups:
        sh.Organisation(has_party_groups=False, party_groups=3)
    assert groups.value.field == "organisation.party_groups / organisation.has_party_groups"
    with pytest.raises(sh.InconsistentInput) as dates:
        sh.PilotSelection(online=True, selected_on=D(2023, 1, 1), online_selected_on=D(2023, 1, 1))
    assert dates.value.field == "pilot.selected_on / pilot.online_selected_on"
    with pytest.raises(sh.InconsistentInput):
        sh.Organisation(parent_pilot=sh.PilotSelection(online=True))  # not a subordinate cell
    with pytest.raises(sh.InvalidValue) as form:
        sh.GroupMeeting(date=D(2024, 1, 1), form=sh.MeetingForm.BY_GROUP)
    assert form.value.field == "group_meeting.form"
    with pytest.raises(sh.InvalidValue) as day:
        sh.AnnualPeriod(first_month=2, first_day=30)
    assert day.value.field == "annual_period.first_day"
    with pytest.raises(sh.InconsistentInput):
        sh.UnitSelection(none_eligible={sh.PilotKind.ONLINE}, online=[pilot_cell()])
    with pytest.raises(sh.InvalidRuleSet):
        sh.rule_sets.cao_bang().replace(round_max_days=-1)
    with pytest.raises(sh.InvalidRuleSet):
        sh.rule_sets.cao_bang().replace(
            citations=[sh.Citation(rule=sh.RuleId.ONLINE_FORM, clause="a")] * 2
        )
