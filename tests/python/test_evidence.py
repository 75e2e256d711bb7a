"""R38 (RULES.md §6c): a record that says nothing is not evidence of a fault. Each evidence field
has a *not stated* state (None): not stated leaves that point not evaluated; stated false, or an
empty set, is a violation. Old records that left a field out read as not stated."""

from __future__ import annotations

import datetime
import json

import pytest

import sinhhoat as sh
from builders import by_group_meeting, full_round, group_cell, online_meeting, pilot_cell

D = datetime.date
DAY = D(2024, 9, 10)
NONE = sh.MeetingHistory()


@pytest.mark.parametrize(
    ("field", "rule", "reason"),
    [
        ("platform", sh.RuleId.ONLINE_PLATFORM, sh.Reason.PLATFORM_NOT_STATED),
        ("infrastructure", sh.RuleId.ONLINE_INFRASTRUCTURE, sh.Reason.INFRASTRUCTURE_NOT_STATED),
    ],
)
def test_meeting_sets_not_stated_or_stated_none(
    field: str, rule: sh.RuleId, reason: sh.Reason
) -> None:
    rules = sh.rule_sets.cao_bang()
    silent = online_meeting(DAY).replace(**{field: None})
    v = sh.check(silent, pilot_cell(), NONE, rules)
    f = v.find(rule)
    assert f is not None
    assert (f.status, f.reason) == (sh.FindingStatus.NOT_EVALUATED, reason)
    assert v.outcome is sh.Outcome.INCOMPLETE
    none = online_meeting(DAY).replace(**{field: frozenset()})
    assert sh.check(none, pilot_cell(), NONE, rules).outcome is sh.Outcome.NOT_ALLOWED
    # A record that leaves the key out (as records written before R38 could) says nothing.
    data = online_meeting(DAY).to_dict()
    del data[field]
    assert getattr(sh.Meeting.from_dict(data), field) is None
    data[field] = []
    assert getattr(sh.Meeting.from_dict(data), field) == frozenset()
    assert json.loads(silent.to_json())[field] is None


def test_a_meeting_made_with_defaults_states_nothing() -> None:
    m = sh.Meeting(date=DAY, form=sh.MeetingForm.HYBRID, ground=sh.Ground.DISPERSED_WIDE_AREA)
    assert (m.platform, m.infrastructure, m.registered) == (None, None, None)
    v = sh.check(m, pilot_cell(), NONE, sh.rule_sets.cao_bang())
    for rule in (sh.RuleId.ONLINE_PLATFORM, sh.RuleId.ONLINE_INFRASTRUCTURE):
        f = v.find(rule)
        assert f is not None
        assert f.status is sh.FindingStatus.NOT_EVALUATED


def test_registration_not_stated_meeting_and_group_meetings() -> None:
    rules = sh.rule_sets.nghe_an_khoi()
    v = sh.check(online_meeting(DAY).replace(registered=None), pilot_cell(), NONE, rules)
    f = v.find(sh.RuleId.PILOT_REGISTRATION)
    assert f is not None
    assert f.reason is sh.Reason.REGISTRATION_NOT_STATED
    stated_no = sh.check(online_meeting(DAY).replace(registered=False), pilot_cell(), NONE, rules)
    assert stated_no.outcome is sh.Outcome.NOT_ALLOWED
    r = full_round(DAY)
    groups = [r.groups[0].replace(registered=None), r.groups[1]]
    round_ = r.replace(groups=groups)
    verdict = sh.check(
        by_group_meeting(DAY).replace(registered=True), group_cell(), NONE, rules, round_
    )
    g = verdict.find(sh.RuleId.PILOT_REGISTRATION)
    assert g is not None
    assert g.reason is sh.Reason.REGISTRATION_GROUP_NOT_STATED
    assert g.values == {"groups_affected": 1, "first_group": 1}


def test_chair_and_assignment_not_stated() -> None:
    rules = sh.rule_sets.cao_bang()
    r = full_round(DAY)
    silent = r.replace(
        groups=[
            r.groups[0].replace(chaired_by_group_leader=None, committee_member_assigned=None),
            r.groups[1],
        ]
    )
    v = sh.check_round(silent, rules, 2)
    conduct = v.find(sh.RuleId.GROUP_CONDUCT)
    preparation = v.find(sh.RuleId.GROUP_PREPARATION)
    assert conduct is not None
    assert preparation is not None
    assert conduct.reason is sh.Reason.CONDUCT_CHAIR_NOT_STATED
    assert preparation.reason is sh.Reason.PREPARATION_ASSIGNMENT_NOT_STATED
    assert v.outcome is sh.Outcome.INCOMPLETE
    said_no = r.replace(groups=[r.groups[0].replace(chaired_by_group_leader=False), r.groups[1]])
    assert sh.check_round(said_no, rules, 2).outcome is sh.Outcome.NOT_ALLOWED
    data = r.groups[0].to_dict()
    del data["chaired_by_group_leader"]
    assert sh.GroupMeeting.from_dict(data).chaired_by_group_leader is None


def test_report_preparation_and_consolidation_not_stated_or_not_held() -> None:
    rules = sh.rule_sets.cao_bang()
    r = full_round(DAY)
    silent = r.replace(
        groups=[r.groups[0].replace(report_date=None), r.groups[1]],
        preparation=None,
        consolidation=None,
    )
    v = sh.check_round(silent, rules, 2)
    assert v.outcome is sh.Outcome.INCOMPLETE
    reasons = {f.rule: f.reason for f in v}
    assert reasons[sh.RuleId.GROUP_REPORT_DEADLINE] is sh.Reason.REPORT_NOT_STATED
    assert reasons[sh.RuleId.GROUP_PREPARATION] is sh.Reason.PREPARATION_NOT_STATED
    assert reasons[sh.RuleId.GROUP_CONSOLIDATION] is sh.Reason.CONSOLIDATION_NOT_STATED
    said = silent.replace(
        groups=[silent.groups[0].replace(reported=False), silent.groups[1]],
        preparation_held=False,
        consolidation_held=False,
    )
    w = sh.check_round(said, rules, 2)
    reasons = {f.rule: f.reason for f in w}
    assert reasons[sh.RuleId.GROUP_REPORT_DEADLINE] is sh.Reason.REPORT_MISSING
    assert reasons[sh.RuleId.GROUP_PREPARATION] is sh.Reason.PREPARATION_MISSING
    assert reasons[sh.RuleId.GROUP_CONSOLIDATION] is sh.Reason.CONSOLIDATION_MISSING
    with pytest.raises(sh.InconsistentInput) as both:
        r.groups[0].replace(reported=False)
    assert both.value.field == "group_meeting.reported / group_meeting.report_date"
    with pytest.raises(sh.InconsistentInput):
        r.replace(consolidation_held=False)
