"""The readings of the third review (RULES.md §6c) other than R38 (test_evidence.py), through
the Python API: each test names its reading and tries it at its boundary, the review's experiment
among the cases. Implausible figures are `sinhhoat.Error` naming the field; outcomes are
findings."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

import sinhhoat as sh
from builders import by_group_meeting, full_round, group_cell, online_meeting, pilot_cell

D = datetime.date
DAY = D(2024, 9, 10)
NONE = sh.MeetingHistory()


def review_cell(**changes: Any) -> sh.Organisation:
    """The review's cell: 20 members, 11 unable for dispersal, listed 20/7/2023."""
    return pilot_cell(members=20, unable=11, **changes)


# R35 — plausible records


@pytest.mark.parametrize("present", [21, 500])
def test_r35_members_present_beyond_the_roll_is_an_error(present: int) -> None:
    m = online_meeting(DAY, members_online=3)
    m = m.replace(minutes=m.minutes.replace(members_present=present))  # type: ignore[union-attr]
    with pytest.raises(sh.InconsistentInput) as info:
        sh.check(m, review_cell(), NONE, sh.rule_sets.cao_bang())
    assert (info.value.field, info.value.value) == ("meeting.minutes.members_present", str(present))
    assert "20 members on the organisation's roll" in str(info.value)


def test_r35_the_whole_roll_present_is_plausible() -> None:
    m = online_meeting(DAY, members_online=3)
    m = m.replace(minutes=m.minutes.replace(members_present=20))  # type: ignore[union-attr]
    assert sh.check(m, review_cell(), NONE, sh.rule_sets.cao_bang()).outcome is sh.Outcome.ALLOWED


def test_r35_online_within_present_at_every_entry_point() -> None:
    good = online_meeting(DAY, members_online=20)  # 20 present in the builder's minutes
    assert good.members_online == 20
    with pytest.raises(sh.InconsistentInput) as made:
        good.replace(members_online=21)
    assert made.value.field == "meeting.members_online"
    data = good.to_dict()
    data["members_online"] = 21
    with pytest.raises(sh.InconsistentInput) as loaded:
        sh.Meeting.from_dict(data)
    assert (loaded.value.field, loaded.value.value) == ("meeting.members_online", "21")
    with pytest.raises(sh.InconsistentInput):
        sh.Meeting.from_json(good.to_json().replace('"members_online":20', '"members_online":21'))


def test_r35_the_reviews_fully_online_meeting_with_3_of_20_present_online() -> None:
    m = online_meeting(
        DAY, form=sh.MeetingForm.FULLY_ONLINE, gathering_impossible=True, members_online=20
    )
    with pytest.raises(sh.InconsistentInput) as info:
        m.replace(members_online=3)
    assert (info.value.field, info.value.value) == ("meeting.members_online", "3")
    with pytest.raises(sh.InconsistentInput):
        m.replace(members_online=19)
    # Not recorded (0 present, or no minutes): nothing to compare.
    assert m.replace(minutes=None, members_online=3).members_online == 3


def test_r35_a_tổ_meeting_beyond_the_cell_roll() -> None:
    day = D(2024, 3, 4)
    r = full_round(day)
    rules = sh.rule_sets.hd03()
    at_roll = r.replace(groups=[r.groups[0].replace(members_present=50), r.groups[1]])
    assert sh.check(by_group_meeting(day), group_cell(50), NONE, rules, at_roll)
    over = r.replace(groups=[r.groups[0], r.groups[1].replace(members_present=51)])
    with pytest.raises(sh.InconsistentInput) as info:
        sh.check(by_group_meeting(day), group_cell(50), NONE, rules, over)
    assert (info.value.field, info.value.value) == ("round.groups[1].members_present", "51")


def test_r35_committee_size_bounds_a_committee_meeting() -> None:
    rules = sh.rule_sets.cao_bang()
    committee = online_meeting(
        DAY, body=sh.MeetingBody.COMMITTEE, agenda=sh.committee_meeting_steps(), members_online=3
    )
    # The review's whole cell labelled `committee`: 20 present. Unstated size: plausible.
    assert sh.check(committee, review_cell(), NONE, rules).outcome is sh.Outcome.ALLOWED
    with pytest.raises(sh.InconsistentInput) as info:
        sh.check(committee, review_cell(committee_size=5), NONE, rules)
    assert (info.value.field, info.value.value) == ("meeting.minutes.members_present", "20")
    assert "organisation.committee_size" in info.value.message_en
    at_size = committee.replace(minutes=committee.minutes.replace(members_present=5))  # type: ignore[union-attr]
    assert (
        sh.check(at_size, review_cell(committee_size=5), NONE, rules).outcome is sh.Outcome.ALLOWED
    )
    with pytest.raises(sh.InconsistentInput) as size:
        review_cell(committee_size=21)
    assert (size.value.field, size.value.value) == ("organisation.committee_size", "21")
    with pytest.raises(sh.InvalidValue):
        review_cell(committee_size=0)
    with pytest.raises(TypeError):  # a bool is not a count (the constructor's convention)
        review_cell(committee_size=True)
    with pytest.raises(sh.InvalidValue) as flag:
        sh.Organisation.from_dict({**review_cell().to_dict(), "committee_size": True})
    assert flag.value.field == "organisation.committee_size"
    # Records written before R35 leave it out: not stated.
    data = review_cell(committee_size=5).to_dict()
    del data["committee_size"]
    assert sh.Organisation.from_dict(data).committee_size is None


# R37 — R5 is a majority reading


def mixed_cell(dispersed: int, epidemic: int, *, decided: bool = True) -> sh.Organisation:
    decisions = (
        [
            sh.CircumstanceDecision(
                ground=sh.Ground.EPIDEMIC,
                decided_on=D(2024, 1, 5),
                from_=D(2024, 1, 5),
                reference="12-QĐ/HU",
            )
        ]
        if decided
        else []
    )
    roll = sh.MemberRoll(
        members=20,
        unable=[
            sh.UnableMembers(grounds={sh.Ground.DISPERSED_WIDE_AREA}, count=dispersed),
            sh.UnableMembers(grounds={sh.Ground.EPIDEMIC}, count=epidemic),
        ],
    )
    return review_cell(roll=roll, decisions=decisions)


def form_reason(m: sh.Meeting, org: sh.Organisation) -> sh.Reason:
    f = sh.check(m, org, NONE, sh.rule_sets.cao_bang()).find(sh.RuleId.ONLINE_FORM)
    assert f is not None
    return f.reason


def test_r37_the_reviews_fully_online_meeting_of_15_dispersed_and_5_epidemic() -> None:
    m = online_meeting(
        DAY, form=sh.MeetingForm.FULLY_ONLINE, members_online=20, circumstance_ongoing=True
    )
    assert form_reason(m, mixed_cell(15, 5)) is sh.Reason.FORM_FULLY_ONLINE_JUSTIFIED
    assert form_reason(m, mixed_cell(15, 4)) is sh.Reason.FORM_FULLY_ONLINE_NOT_JUSTIFIED
    v = sh.check(m, mixed_cell(15, 5), NONE, sh.rule_sets.cao_bang())
    majority = v.find(sh.RuleId.ONLINE_SCOPE_MAJORITY)
    assert majority is not None
    assert majority.values["unable"] == 15  # its own kind only


def test_r37_the_epidemic_members_may_join_a_hybrid_meeting_online() -> None:
    assert form_reason(online_meeting(DAY, members_online=17), mixed_cell(12, 5)) is (
        sh.Reason.FORM_HYBRID_WITHIN
    )
    assert form_reason(online_meeting(DAY, members_online=18), mixed_cell(12, 5)) is (
        sh.Reason.FORM_ONLINE_EXCEEDS_UNABLE
    )
    # R4 still: with no decision covering the day, only the 12 dispersed members count.
    assert form_reason(
        online_meeting(DAY, members_online=13), mixed_cell(12, 5, decided=False)
    ) is (sh.Reason.FORM_ONLINE_EXCEEDS_UNABLE)
