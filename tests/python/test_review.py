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


# R42 — gathering impossible is the superior's finding


def epidemic_cell(finding: bool | None) -> sh.Organisation:
    """20 members, 11 unable under an epidemic (9 could attend); a decision over 1/9–10/9/2024."""
    roll = sh.MemberRoll(
        members=20, unable=[sh.UnableMembers(grounds={sh.Ground.EPIDEMIC}, count=11)]
    )
    decision = sh.CircumstanceDecision(
        ground=sh.Ground.EPIDEMIC,
        decided_on=D(2024, 9, 1),
        from_=D(2024, 9, 1),
        until=D(2024, 9, 10),
        reference="31-QĐ/ĐU",
        gathering_impossible=finding,
    )
    return review_cell(roll=roll, decisions=[decision])


def fully_online_epidemic(day: datetime.date, *, flag: bool) -> sh.Meeting:
    return online_meeting(
        day,
        form=sh.MeetingForm.FULLY_ONLINE,
        ground=sh.Ground.EPIDEMIC,
        gathering_impossible=flag,
        members_online=20,
    )


@pytest.mark.parametrize(
    ("finding", "flag", "status", "reason"),
    [
        (True, False, sh.FindingStatus.PASSED, sh.Reason.FORM_FULLY_ONLINE_DECIDED),
        (None, True, sh.FindingStatus.NOT_EVALUATED, sh.Reason.FORM_GATHERING_NOT_STATED),
        (False, True, sh.FindingStatus.VIOLATED, sh.Reason.FORM_FULLY_ONLINE_NOT_JUSTIFIED),
    ],
    ids=["decision-finds-it", "decision-silent", "decision-says-gatherable"],
)
def test_r42_the_decision_not_the_meeting_finds_gathering_impossible(
    finding: bool | None, flag: bool, status: sh.FindingStatus, reason: sh.Reason
) -> None:
    v = sh.check(
        fully_online_epidemic(DAY, flag=flag), epidemic_cell(finding), NONE, sh.rule_sets.cao_bang()
    )
    f = v.find(sh.RuleId.ONLINE_FORM)
    assert f is not None
    assert (f.status, f.reason) == (status, reason)


def test_r42_the_day_after_the_decision_the_meetings_flag_alone_fails() -> None:
    after = fully_online_epidemic(DAY + datetime.timedelta(days=1), flag=True)
    assert form_reason(after, epidemic_cell(True)) is sh.Reason.FORM_FULLY_ONLINE_NOT_JUSTIFIED


def test_r42_old_decisions_do_not_say() -> None:
    data = epidemic_cell(True).decisions[0].to_dict()
    del data["gathering_impossible"]
    assert sh.CircumstanceDecision.from_dict(data).gathering_impossible is None


# R34 — made under the guidance


def decision_cell(decided_on: datetime.date, reference: str) -> sh.Organisation:
    return epidemic_cell(True).replace(
        pilot=sh.PilotSelection(),
        decisions=[
            sh.CircumstanceDecision(
                ground=sh.Ground.EPIDEMIC,
                decided_on=decided_on,
                from_=decided_on,
                reference=reference,
                gathering_impossible=True,
            )
        ],
    )


def authorisation(org: sh.Organisation, m: sh.Meeting) -> sh.Finding:
    f = sh.check(m, org, NONE, sh.rule_sets.cao_bang()).find(sh.RuleId.ONLINE_AUTHORISATION)
    assert f is not None
    return f


EPIDEMIC_MEETING = online_meeting(D(2024, 3, 1), ground=sh.Ground.EPIDEMIC, members_online=3)


@pytest.mark.parametrize(
    ("decided_on", "reference", "reason"),
    [
        (D(2021, 8, 1), "5-QĐ/HU", sh.Reason.DECISION_BEFORE_GUIDANCE),
        (D(2022, 12, 26), "5-QĐ/HU", sh.Reason.DECISION_BEFORE_GUIDANCE),
        (D(2022, 12, 27), "5-QĐ/HU", sh.Reason.DECISION_IN_FORCE_OPEN),
        (D(2024, 2, 1), "", sh.Reason.DECISION_UNREFERENCED),
    ],
    ids=["review-2021", "day-before-hd03", "hd03-day", "no-reference"],
)
def test_r34_a_decision_is_evidence_when_made_under_the_guidance_with_a_reference(
    decided_on: datetime.date, reference: str, reason: sh.Reason
) -> None:
    f = authorisation(decision_cell(decided_on, reference), EPIDEMIC_MEETING)
    assert f.reason is reason
    passed = reason is sh.Reason.DECISION_IN_FORCE_OPEN
    assert f.status is (sh.FindingStatus.PASSED if passed else sh.FindingStatus.NOT_EVALUATED)


@pytest.mark.parametrize(
    ("decided_on", "reference", "evidence"),
    [
        (D(2021, 8, 1), "5-QĐ/HU", False),
        (D(2022, 12, 27), "5-QĐ/HU", True),
        (D(2024, 2, 1), "", False),
    ],
    ids=["review-2021", "hd03-day", "no-reference"],
)
def test_r34_a_decision_that_is_no_evidence_counts_no_member_and_exempts_nothing(
    decided_on: datetime.date, reference: str, evidence: bool
) -> None:
    # 11 of 20 unable under the epidemic decision: a majority, and room for 3 online, only if
    # the decision counts.
    org = decision_cell(decided_on, reference)
    v = sh.check(EPIDEMIC_MEETING, org, NONE, sh.rule_sets.cao_bang())
    majority = v.find(sh.RuleId.ONLINE_SCOPE_MAJORITY)
    form = v.find(sh.RuleId.ONLINE_FORM)
    assert majority is not None
    assert form is not None
    if evidence:
        assert majority.reason is sh.Reason.MAJORITY_MET
        assert form.reason is sh.Reason.FORM_HYBRID_WITHIN
        return
    assert majority.status is sh.FindingStatus.NOT_EVALUATED
    assert majority.reason is sh.Reason.MAJORITY_DECISION_NOT_EVIDENCE
    assert majority.values == {"unable": 0, "doubtful": 11, "base": 20, "required": 11}
    assert "0/20 đảng viên" in majority.message_vi
    assert form.reason is sh.Reason.FORM_DECISION_NOT_EVIDENCE
    assert form.values == {"unable": 0, "doubtful": 11, "needed": 3}
    assert v.outcome is not sh.Outcome.ALLOWED


def test_r34_the_verdict_shows_the_decisions_date_and_span() -> None:
    org = epidemic_cell(True)  # decided 1/9/2024 for 1/9–10/9/2024
    f = authorisation(org, fully_online_epidemic(DAY, flag=False))
    assert f.reason is sh.Reason.DECISION_IN_FORCE_UNTIL
    assert f.values["from"] == D(2024, 9, 1)
    assert f.values["until"] == D(2024, 9, 10)
    assert "từ 01/09/2024 đến 10/09/2024" in f.message_vi


@pytest.mark.parametrize(
    ("chosen", "status"),
    [
        (D(2019, 5, 1), sh.FindingStatus.NOT_EVALUATED),
        (D(2022, 12, 26), sh.FindingStatus.NOT_EVALUATED),
        (D(2022, 12, 27), sh.FindingStatus.PASSED),
    ],
)
def test_r34_the_reviews_selection_dated_2019(
    chosen: datetime.date, status: sh.FindingStatus
) -> None:
    org = review_cell(pilot=sh.PilotSelection(online=True, online_selected_on=chosen))
    f = authorisation(org, online_meeting(D(2024, 3, 1), members_online=3))
    assert f.status is status
    if status is sh.FindingStatus.NOT_EVALUATED:
        assert f.reason is sh.Reason.PILOT_LISTED_BEFORE_GUIDANCE
        assert f.values["earliest_source"] == D(2022, 12, 27)
    assert sh.rule_sets.cao_bang().earliest_source() == D(2022, 12, 27)


# R43 — quotas count the organisation's pilot meetings


def test_r43_meetings_before_the_listing_use_no_quota() -> None:
    rules = sh.rule_sets.cao_bang()
    org = review_cell(pilot=sh.PilotSelection(online=True, online_selected_on=D(2024, 3, 1)))
    before = [online_meeting(D(2024, 2, day), members_online=3) for day in (27, 28, 29)]
    m = online_meeting(DAY, members_online=3)
    v = sh.check(m, org, sh.MeetingHistory(before), rules)
    quota = v.find(sh.RuleId.ONLINE_QUOTA)
    assert quota is not None
    assert quota.values["ordinal"] == 1
    left = sh.online_quota_left(org, sh.MeetingHistory(before), DAY, rules)
    assert left is not None
    assert left.used == 0
    on_the_day = [*before, online_meeting(D(2024, 3, 1), members_online=3)]
    left = sh.online_quota_left(org, sh.MeetingHistory(on_the_day), DAY, rules)
    assert left is not None
    assert left.used == 1


def test_r43_group_quota_left_with_the_cell_agrees_with_check() -> None:
    rules = sh.rule_sets.hd03()
    cell = group_cell().replace(
        pilot=sh.PilotSelection(by_group=True, by_group_selected_on=D(2024, 3, 1))
    )
    rounds = sh.MeetingHistory([by_group_meeting(D(2024, m, 5)) for m in (1, 2, 3)])
    day = D(2024, 9, 10)
    v = sh.check(by_group_meeting(day), cell, rounds, rules, full_round(day))
    quota = v.find(sh.RuleId.GROUP_QUOTA)
    assert quota is not None
    assert quota.values["ordinal"] == 2  # only the round of 5/3 was a pilot round
    with_cell = sh.group_quota_left(cell, rounds, day, rules)
    assert with_cell is not None
    assert with_cell.used == 1
    without = sh.group_quota_left(rounds, day, rules)  # selection unknown: every round
    assert without is not None
    assert without.used == 3


def test_r39_a_cell_listed_twice_counts_from_the_earlier_listing() -> None:
    org = review_cell(
        kind=sh.OrganisationKind.SUBORDINATE_CELL,
        pilot=sh.PilotSelection(online=True, online_selected_on=D(2024, 6, 1)),
        parent_pilot=sh.PilotSelection(online=True, online_selected_on=D(2024, 3, 1)),
    )
    f = authorisation(org, online_meeting(D(2024, 4, 1), members_online=3))
    assert f.reason is sh.Reason.PILOT_LISTED_THROUGH_PARENT
    assert f.values["selected_on"] == D(2024, 3, 1)


# R41 — thematic meetings


THEMATIC_AGENDA = {sh.Topic.PROGRAMME, sh.Topic.THEMATIC, sh.Topic.DISCUSSION_VOTE}


def test_r41_the_reviews_thematic_meeting_needs_no_dues_nor_documents() -> None:
    rules = sh.rule_sets.cao_bang()
    m = online_meeting(DAY, kind=sh.MeetingKind.THEMATIC, agenda=THEMATIC_AGENDA, members_online=3)
    assert sh.check(m, review_cell(), NONE, rules).outcome is sh.Outcome.ALLOWED
    regular = m.replace(kind=sh.MeetingKind.REGULAR)
    f = sh.check(regular, review_cell(), NONE, rules).find(sh.RuleId.ONLINE_PROCEDURE)
    assert f is not None
    assert f.reason is sh.Reason.PROCEDURE_STEPS_MISSING
    assert sh.Topic.PARTY_DUES in f.values["missing"]
    without_topic = m.replace(agenda=THEMATIC_AGENDA - {sh.Topic.THEMATIC})
    f = sh.check(without_topic, review_cell(), NONE, rules).find(sh.RuleId.ONLINE_PROCEDURE)
    assert f is not None
    assert f.values["missing"] == frozenset({sh.Topic.THEMATIC})


def test_r41_the_steps_are_rule_set_data_and_old_meetings_are_regular() -> None:
    rules = sh.rule_sets.cao_bang()
    assert rules.thematic_steps.at(DAY) == frozenset(THEMATIC_AGENDA)
    assert sh.thematic_meeting_steps() == frozenset(THEMATIC_AGENDA)
    data = online_meeting(DAY).to_dict()
    del data["kind"]
    assert sh.Meeting.from_dict(data).kind is sh.MeetingKind.REGULAR


# R44 — Nghệ An Khối registration


def test_r44_a_general_meeting_of_a_đảng_bộ_cơ_sở_is_not_registered_in_nghệ_an() -> None:
    rules = sh.rule_sets.nghe_an_khoi()
    assert rules.registration_general_meeting is False
    general = review_cell(kind=sh.OrganisationKind.GRASSROOTS_COMMITTEE)
    m = online_meeting(D(2024, 3, 5), members_online=3, registered=False)
    f = sh.check(m, general, NONE, rules).find(sh.RuleId.PILOT_REGISTRATION)
    assert f is not None
    assert f.reason is sh.Reason.REGISTRATION_GENERAL_MEETING_NOT_LISTED
    committee = m.replace(body=sh.MeetingBody.COMMITTEE, agenda=sh.committee_meeting_steps())
    f = sh.check(committee, general, NONE, rules).find(sh.RuleId.PILOT_REGISTRATION)
    assert f is not None
    assert f.status is sh.FindingStatus.VIOLATED


# R36 — a round is one whole


def round_verdict(r: sh.GroupRound, org: sh.Organisation | None = None) -> sh.Verdict:
    day = r.groups[0].date
    return sh.check(by_group_meeting(day), org or group_cell(), NONE, sh.rule_sets.cao_bang(), r)


@pytest.mark.parametrize(("before", "reason"), [(30, None), (31, "PREPARATION_TOO_EARLY")])
def test_r36_preparation_within_round_max_days_of_the_first_tổ_meeting(
    before: int, reason: str | None
) -> None:
    day = D(2024, 3, 4)
    assert sh.rule_sets.cao_bang().round_max_days == 30
    r = full_round(day)
    assert r.preparation is not None
    r = r.replace(preparation=r.preparation.replace(date=day - datetime.timedelta(days=before)))
    f = round_verdict(r).find(sh.RuleId.GROUP_PREPARATION)
    assert f is not None
    if reason is None:
        assert f.status is sh.FindingStatus.PASSED
    else:
        assert f.reason is sh.Reason[reason]
        assert f.status is sh.FindingStatus.VIOLATED


def test_r36_the_reviews_january_preparation_serves_no_later_round() -> None:
    for day in (D(2024, 3, 4), D(2024, 5, 6), D(2024, 9, 9)):
        r = full_round(day)
        assert r.preparation is not None
        r = r.replace(preparation=r.preparation.replace(date=D(2024, 1, 15)))
        assert round_verdict(r).outcome is sh.Outcome.NOT_ALLOWED
        assert sh.check_round(r, sh.rule_sets.cao_bang(), 2).outcome is sh.Outcome.NOT_ALLOWED


def test_r36_the_reviews_resolution_of_20_june_for_tổ_meetings_of_march() -> None:
    day = D(2024, 3, 2)
    r = full_round(day)  # reports on 3/3
    assert r.consolidation is not None
    last_report = day + datetime.timedelta(days=1)
    on_time = r.replace(
        consolidation=r.consolidation.replace(date=last_report + datetime.timedelta(days=30))
    )
    f = round_verdict(on_time).find(sh.RuleId.GROUP_CONSOLIDATION)
    assert f is not None
    assert f.status is sh.FindingStatus.PASSED
    late = r.replace(consolidation=r.consolidation.replace(date=D(2024, 6, 20)))
    f = round_verdict(late).find(sh.RuleId.GROUP_CONSOLIDATION)
    assert f is not None
    assert f.reason is sh.Reason.CONSOLIDATION_TOO_LATE
    assert f.status is sh.FindingStatus.VIOLATED


def test_r36_a_report_without_its_day_leaves_the_timing_not_evaluated() -> None:
    day = D(2024, 3, 2)
    r = full_round(day)
    assert r.consolidation is not None
    r = r.replace(
        groups=[r.groups[0], r.groups[1].replace(report_date=None)],
        consolidation=r.consolidation.replace(date=day + datetime.timedelta(days=40)),
    )
    f = round_verdict(r).find(sh.RuleId.GROUP_CONSOLIDATION)
    assert f is not None
    assert f.reason is sh.Reason.CONSOLIDATION_TIMING_NOT_STATED
    assert f.status is sh.FindingStatus.NOT_EVALUATED


def test_r36_the_reviews_tổ_numbered_1_2_and_7_of_3() -> None:
    day = D(2024, 3, 4)
    r = full_round(day)
    r = r.replace(groups=[r.groups[0], r.groups[1], r.groups[1].replace(group=7)])
    org = group_cell().replace(party_groups=3)
    with pytest.raises(sh.InconsistentInput) as info:
        round_verdict(r, org)
    assert (info.value.field, info.value.value) == ("round.groups[2].group", "7")
    with pytest.raises(sh.InconsistentInput):
        sh.check_round(r, sh.rule_sets.cao_bang(), 3)
    numbered = r.replace(groups=[*r.groups[:2], r.groups[1].replace(group=3)])
    assert round_verdict(numbered, org).outcome is sh.Outcome.ALLOWED


def test_r36_meeting_by_party_groups_needs_two_tổ() -> None:
    day = D(2024, 3, 4)
    one = group_cell().replace(party_groups=1)
    r = full_round(day)
    v = round_verdict(r.replace(groups=[r.groups[0]]), one)
    f = v.find(sh.RuleId.GROUP_SCOPE)
    assert f is not None
    assert f.reason is sh.Reason.GROUP_TOO_FEW_GROUPS
    assert v.outcome is sh.Outcome.NOT_ALLOWED
    f = round_verdict(r).find(sh.RuleId.GROUP_SCOPE)
    assert f is not None
    assert f.status is sh.FindingStatus.PASSED


# R40 — citations say what is a reading


def test_r40_đồng_nai_final_report_is_not_evaluated_and_its_window_end_is_a_reading() -> None:
    rules = sh.rule_sets.by_id("dong_nai")
    assert rules.final_report_required is None
    v = sh.check_reporting(rules, D(2026, 1, 1))
    f = v.find(sh.RuleId.PILOT_REPORTING)
    assert f is not None
    assert f.reason is sh.Reason.REPORTING_DUTY_NOT_STATED
    assert f.status is sh.FindingStatus.NOT_EVALUATED
    assert "không có trong trang tin" in v.clause(f)


def test_r40_nghệ_an_window_cites_the_items_tổng_kết() -> None:
    v = sh.check(online_meeting(D(2024, 3, 5)), review_cell(), NONE, sh.rule_sets.nghe_an_khoi())
    f = v.find(sh.RuleId.PILOT_WINDOW)
    assert f is not None
    assert "tổng kết, rút kinh nghiệm vào quý II năm 2025" in v.clause(f)
    assert "sơ kết" not in v.clause(f)


def test_r40_an_unsent_report_the_day_after_the_window_is_not_late_without_a_deadline() -> None:
    rules = sh.rule_sets.cao_bang()
    assert rules.final_report_due is None
    v = sh.check_reporting(rules, D(2025, 7, 1))
    assert v.outcome is sh.Outcome.INCOMPLETE
    f = v.find(sh.RuleId.PILOT_REPORTING)
    assert f is not None
    assert f.reason is sh.Reason.REPORTING_NO_DEADLINE
    assert v.clause(f) == "HD Cao Bằng III (đoạn cuối)"  # R39: the rule set's citation


def test_r39_a_report_dated_after_the_day_asked_about_is_refused() -> None:
    rules = sh.rule_sets.cao_bang()
    for ask in (sh.pilot_reporting, sh.check_reporting):
        with pytest.raises(sh.InconsistentInput) as info:
            ask(rules, D(2025, 8, 1), D(2025, 8, 2))
        assert (info.value.field, info.value.value) == ("report_date", "2025-08-02")


# R33 — a quota exemption needs evidence


def epidemic_history(*, stated: bool) -> sh.MeetingHistory:
    """The review's year: 8 fully online epidemic meetings, 2 special-nature ones."""
    epidemic = [
        sh.PastMeeting(
            date=D(2024, month, 20),
            form=sh.MeetingForm.FULLY_ONLINE,
            ground=sh.Ground.EPIDEMIC,
            circumstance_ongoing=stated,
        )
        for month in range(1, 9)
    ]
    nature = [
        sh.PastMeeting(
            date=D(2024, month, 25),
            form=sh.MeetingForm.HYBRID,
            ground=sh.Ground.DISPERSED_WIDE_AREA,
        )
        for month in (2, 4)
    ]
    return sh.MeetingHistory(epidemic + nature)


def open_decision_cell(**changes: Any) -> sh.Organisation:
    """The review's cell under an epidemic decision of 5/1/2024 that states no end."""
    return review_cell(
        **changes,
        decisions=[
            sh.CircumstanceDecision(
                ground=sh.Ground.EPIDEMIC,
                decided_on=D(2024, 1, 5),
                from_=D(2024, 1, 5),
                reference="12-QĐ/HU",
            )
        ],
    )


def test_r33_the_reviews_eleventh_meeting_is_not_passed_as_the_third() -> None:
    rules = sh.rule_sets.cao_bang()
    org = open_decision_cell()
    m = online_meeting(DAY, members_online=3)
    f = sh.check(m, org, epidemic_history(stated=False), rules).find(sh.RuleId.ONLINE_QUOTA)
    assert f is not None
    assert f.status is sh.FindingStatus.NOT_EVALUATED
    assert f.reason is sh.Reason.QUOTA_EXEMPTION_NOT_SHOWN
    assert (f.values["lowest"], f.values["highest"], f.values["limit"]) == (3, 11, 3)
    left = sh.online_quota_left(org, epidemic_history(stated=False), DAY, rules)
    assert left is not None
    assert (left.used, left.undetermined, left.remaining) == (2, 8, 0)
    # Each earlier record stating the epidemic went on takes it out: the 3rd.
    f = sh.check(m, org, epidemic_history(stated=True), rules).find(sh.RuleId.ONLINE_QUOTA)
    assert f is not None
    assert f.reason is sh.Reason.QUOTA_WITHIN
    assert f.values["ordinal"] == 3


def test_r33_a_past_meeting_keeps_its_statement_through_every_form() -> None:
    p = sh.PastMeeting(
        date=D(2024, 3, 20),
        form=sh.MeetingForm.FULLY_ONLINE,
        ground=sh.Ground.EPIDEMIC,
        circumstance_ongoing=True,
    )
    assert sh.PastMeeting.from_dict(p.to_dict()) == p
    assert sh.PastMeeting.from_json(p.to_json()) == p
    # Old records leave it out: not stated.
    data = p.to_dict()
    del data["circumstance_ongoing"]
    assert sh.PastMeeting.from_dict(data).circumstance_ongoing is False


# R39 — entry points agree


def test_r39_check_round_with_the_cell_is_not_covered_outside_the_window() -> None:
    rules = sh.rule_sets.cao_bang()
    before = D(2023, 7, 31)
    v = sh.check_round(full_round(before), group_cell(), rules)
    assert v.outcome is sh.Outcome.NOT_COVERED  # was allowed
    assert sh.check_round(full_round(before), rules, 2).outcome is sh.Outcome.NOT_COVERED
    whole = sh.check(by_group_meeting(before), group_cell(), NONE, rules, full_round(before))
    assert whole.outcome is sh.Outcome.NOT_COVERED


def test_r39_check_round_with_the_cell_bounds_the_tổ_by_its_roll() -> None:
    r = full_round(D(2024, 3, 4))
    over = r.replace(groups=[r.groups[0].replace(members_present=51), r.groups[1]])
    with pytest.raises(sh.InconsistentInput) as info:
        sh.check_round(over, group_cell(50), sh.rule_sets.cao_bang())
    assert info.value.field == "round.groups[0].members_present"


def test_r39_check_selection_asked_before_the_deadline() -> None:
    rules = sh.rule_sets.cao_bang()
    unsent = sh.UnitSelection(
        unit="Huyện uỷ Hà Quảng", online=[pilot_cell()], by_group=[group_cell(60)]
    )
    v = sh.check_selection(unsent, rules, D(2023, 7, 29))
    assert v.findings[0].reason is sh.Reason.SELECTION_NOT_YET_DUE
    assert v.outcome is sh.Outcome.ALLOWED
    assert sh.check_selection(unsent, rules, D(2023, 7, 30)).outcome is sh.Outcome.NOT_ALLOWED
    assert sh.check_selection(unsent, rules).outcome is sh.Outcome.NOT_ALLOWED
    sent = unsent.replace(submitted_on=D(2023, 7, 25))
    with pytest.raises(sh.InconsistentInput):
        sh.check_selection(sent, rules, D(2023, 7, 24))


def test_r39_a_selection_counts_only_organisations_whose_record_says_chosen() -> None:
    rules = sh.rule_sets.cao_bang()
    not_chosen = pilot_cell(pilot=sh.PilotSelection())
    s = sh.UnitSelection(
        unit="Huyện uỷ Hà Quảng",
        submitted_on=D(2023, 7, 25),
        online=[not_chosen],
        by_group=[group_cell(60)],
    )
    v = sh.check_selection(s, rules)
    assert any(f.reason is sh.Reason.SELECTION_TOO_FEW_ONLINE for f in v.findings)
    undated = pilot_cell(pilot=sh.PilotSelection(online=True))
    v = sh.check_selection(s.replace(online=[undated]), rules)
    assert v.outcome is sh.Outcome.INCOMPLETE
    assert any(f.reason is sh.Reason.SELECTION_CHOICE_NOT_SHOWN for f in v.findings)


def test_r39_an_online_meeting_with_no_ground_never_passes_what_rests_on_it() -> None:
    v = sh.check(
        online_meeting(DAY, ground=None, members_online=3),
        review_cell(),
        NONE,
        sh.rule_sets.cao_bang(),
    )
    for rule in (
        sh.RuleId.ONLINE_SCOPE_MAJORITY,
        sh.RuleId.ONLINE_QUOTA,
        sh.RuleId.ONLINE_RETURN_IN_PERSON,
        sh.RuleId.ONLINE_AUTHORISATION,
    ):
        f = v.find(rule)
        assert f is not None
        assert f.status is sh.FindingStatus.NOT_EVALUATED
        assert f.reason is sh.Reason.GROUND_MISSING


def test_r39_online_eligibility_asks_r14_as_check_does() -> None:
    rules = sh.rule_sets.cao_bang()
    org = open_decision_cell(
        roll=sh.MemberRoll(
            members=20, unable=[sh.UnableMembers(grounds={sh.Ground.EPIDEMIC}, count=11)]
        )
    )
    asked = sh.online_eligibility(org, sh.Ground.EPIDEMIC, DAY, rules)
    checked = sh.check(
        online_meeting(DAY, ground=sh.Ground.EPIDEMIC, members_online=3), org, NONE, rules
    )
    assert asked.find(sh.RuleId.ONLINE_RETURN_IN_PERSON) == checked.find(
        sh.RuleId.ONLINE_RETURN_IN_PERSON
    )
    assert asked.outcome is sh.Outcome.INCOMPLETE
