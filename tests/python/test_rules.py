"""A few rules through Python, at their boundaries. The C++ unit tests cover them in depth; here
the point is that the numbers, dates and readings cross the binding intact."""

from __future__ import annotations

import datetime

import pytest

import sinhhoat as sh
from builders import by_group_meeting, full_round, group_cell, online_meeting, pilot_cell

D = datetime.date
NONE = sh.MeetingHistory()


def finding(verdict: sh.Verdict, rule: sh.RuleId) -> sh.Finding:
    f = verdict.find(rule)
    assert f is not None, rule
    return f


@pytest.mark.parametrize(("unable", "status"), [(12, "violated"), (13, "passed")])
def test_majority_exactly_half_fails(unable: int, status: str) -> None:
    # 25 members, 1 exempted: a base of 24; 12 is exactly half, 13 more than half.
    cell = pilot_cell(members=25, exempted=1, unable=unable)
    v = sh.check(online_meeting(D(2024, 9, 10)), cell, NONE, sh.rule_sets.cao_bang())
    f = finding(v, sh.RuleId.ONLINE_SCOPE_MAJORITY)
    assert f.status is sh.FindingStatus.from_code(status)
    assert f.values["unable"] == unable
    assert f.values["base"] == 24
    assert f.values["exempted"] == 1
    if status == "violated":
        assert f.reason is sh.Reason.MAJORITY_NOT_MET
        assert f.values["required"] == 13
        assert "13" in f.message_en
        assert "12" in f.message_vi


@pytest.mark.parametrize(("members", "status"), [(49, "violated"), (50, "passed")])
def test_fifty_members_for_party_groups(members: int, status: str) -> None:
    day = D(2024, 4, 10)
    v = sh.check(
        by_group_meeting(day), group_cell(members), NONE, sh.rule_sets.hd03(), full_round(day)
    )
    f = finding(v, sh.RuleId.GROUP_SCOPE)
    assert f.status is sh.FindingStatus.from_code(status)
    assert f.values["members"] == members
    assert f.values["minimum"] == 50
    assert v.outcome is (sh.Outcome.ALLOWED if members == 50 else sh.Outcome.NOT_ALLOWED)


@pytest.mark.parametrize(("after", "status"), [(0, "passed"), (1, "passed"), (2, "violated")])
def test_report_deadline_day_after(after: int, status: str) -> None:
    day = D(2024, 12, 31)
    v = sh.check_round(full_round(day, report_after_days=after), sh.rule_sets.hd03())
    f = finding(v, sh.RuleId.GROUP_REPORT_DEADLINE)
    assert f.status is sh.FindingStatus.from_code(status)
    if status == "violated":
        assert f.reason is sh.Reason.REPORT_LATE
        assert f.values["meeting_date"] == day
        assert f.values["report_date"] == D(2025, 1, 2)
        assert f.values["deadline_days"] == 1
        assert "02/01/2025" in f.message_vi
        assert "2025-01-02" in f.message_en


def three_online_meetings_in_2024() -> sh.MeetingHistory:
    return sh.MeetingHistory([online_meeting(D(2024, m, 10)) for m in (2, 5, 7)])


@pytest.mark.parametrize(
    ("day", "year", "ordinal", "status"),
    [
        (D(2024, 12, 31), sh.YearBasis.CALENDAR_YEAR, 4, "violated"),
        (D(2025, 1, 1), sh.YearBasis.CALENDAR_YEAR, 1, "passed"),
        (D(2025, 1, 1), sh.YearBasis.ROLLING_YEAR, 4, "violated"),
        (D(2025, 7, 10), sh.YearBasis.ROLLING_YEAR, 1, "not_covered"),
    ],
)
def test_quota_at_the_turn_of_the_year(
    day: datetime.date, year: sh.YearBasis, ordinal: int, status: str
) -> None:
    rules = sh.rule_sets.cao_bang().with_interp(year=year)
    v = sh.check(online_meeting(day), pilot_cell(), three_online_meetings_in_2024(), rules)
    if status == "not_covered":
        assert v.outcome is sh.Outcome.NOT_COVERED
        assert v.find(sh.RuleId.ONLINE_QUOTA) is None
        return
    f = finding(v, sh.RuleId.ONLINE_QUOTA)
    assert f.status is sh.FindingStatus.from_code(status)
    assert f.values["ordinal"] == ordinal
    assert f.values["limit"] == 3
    if year is sh.YearBasis.CALENDAR_YEAR:
        assert f.values["period_first"] == D(day.year, 1, 1)
        # R39: the year as R12 counts it, to the window's last day (30/6/2025).
        assert f.values["period_last"] == min(D(day.year, 12, 31), D(2025, 6, 30))


def test_quota_left() -> None:
    rules = sh.rule_sets.cao_bang()
    q = sh.online_quota_left(pilot_cell(), three_online_meetings_in_2024(), D(2024, 9, 1), rules)
    assert q == sh.QuotaStatus(
        limit=3,
        used=3,
        remaining=0,
        period=sh.PilotWindow(first=D(2024, 1, 1), last=D(2024, 12, 31)),
    )
    g = sh.group_quota_left(NONE, D(2024, 9, 1), rules)
    assert g is not None
    assert (g.limit, g.used, g.remaining) == (3, 0, 3)


@pytest.mark.parametrize(
    ("day", "outcome"),
    [
        (D(2023, 7, 31), sh.Outcome.NOT_COVERED),
        (D(2023, 8, 1), sh.Outcome.ALLOWED),
        (D(2025, 6, 30), sh.Outcome.ALLOWED),
        (D(2025, 7, 1), sh.Outcome.NOT_COVERED),
    ],
)
def test_pilot_window_edges(day: datetime.date, outcome: sh.Outcome) -> None:
    v = sh.check(online_meeting(day), pilot_cell(), NONE, sh.rule_sets.cao_bang())
    assert v.outcome is outcome
    window = finding(v, sh.RuleId.PILOT_WINDOW)
    # Before the window: its first day; inside: both ends; after: its last day and the day its
    # successor governs from (R29).
    assert window.values.get("first", D(2023, 8, 1)) == D(2023, 8, 1)
    assert window.values.get("last", D(2025, 6, 30)) == D(2025, 6, 30)
    assert v.governed_by == ("hd03" if day == D(2025, 7, 1) else None)
    covered = outcome is sh.Outcome.ALLOWED
    assert window.status is (sh.FindingStatus.PASSED if covered else sh.FindingStatus.NOT_COVERED)


def test_excluded_content_decodes_topics() -> None:
    m = online_meeting(D(2024, 9, 10)).replace(
        agenda=sh.cell_meeting_steps() | {sh.Topic.ADMISSION, sh.Topic.DISCIPLINE}
    )
    v = sh.check(m, pilot_cell(), NONE, sh.rule_sets.cao_bang())
    f = finding(v, sh.RuleId.CONTENT_EXCLUDED)
    assert f.status is sh.FindingStatus.VIOLATED
    assert f.values == {"topics": frozenset({sh.Topic.ADMISSION, sh.Topic.DISCIPLINE})}
    assert f.to_dict()["values"] == {"topics": ["admission", "discipline"]}
    assert f.clause == "II.3.2"  # R25
    assert "xét kết nạp đảng viên" in f.message_vi


def test_online_eligibility_and_reporting() -> None:
    rules = sh.rule_sets.cao_bang()
    v = sh.online_eligibility(pilot_cell(), sh.Ground.DISPERSED_WIDE_AREA, D(2024, 9, 10), rules)
    assert v.allowed
    f = sh.pilot_reporting(rules, D(2025, 7, 15))
    assert f.rule is sh.RuleId.PILOT_REPORTING
    # R40: no text held sets a deadline: an unsent report after the window is not evaluated.
    assert f.status is sh.FindingStatus.NOT_EVALUATED
    assert f.reason is sh.Reason.REPORTING_NO_DEADLINE
    assert (
        sh.pilot_reporting(rules, D(2025, 7, 15), D(2025, 7, 1)).status is sh.FindingStatus.PASSED
    )
    # R22: a report dated within the pilot (1/9/2023, or its last day) is not the final report,
    # late only under a stated deadline (R40).
    due = rules.replace(final_report_due=D(2025, 9, 30))
    for early in (D(2023, 9, 1), D(2025, 6, 30)):
        assert (
            sh.pilot_reporting(rules, D(2025, 10, 1), early).reason
            is sh.Reason.REPORTING_NO_DEADLINE
        )
        f = sh.pilot_reporting(due, D(2025, 10, 1), early)
        assert f.reason is sh.Reason.REPORTING_BEFORE_END
        assert f.values == {"report_date": early, "last": D(2025, 6, 30)}
    f = sh.pilot_reporting(due, D(2025, 10, 1))
    assert f.reason is sh.Reason.REPORTING_OVERDUE
    assert f.values == {"last": D(2025, 6, 30), "due": D(2025, 9, 30)}


def test_check_selection() -> None:
    selection = sh.UnitSelection(
        unit="Huyện uỷ Hà Quảng",
        submitted_on=D(2023, 7, 30),
        online=[pilot_cell()],
        by_group=[group_cell(60)],
    )
    v = sh.check_selection(selection, sh.rule_sets.cao_bang())
    f = finding(v, sh.RuleId.PILOT_SELECTION)
    assert f.reason is sh.Reason.SELECTION_LATE
    assert f.values == {"submitted_on": D(2023, 7, 30), "deadline": D(2023, 7, 30)}
    ok = sh.check_selection(selection.replace(submitted_on=D(2023, 7, 29)), sh.rule_sets.cao_bang())
    assert ok.allowed


def test_r18_check_round_needs_the_number_of_to_dang() -> None:
    # R18 (II.2 ý 5): every tổ meets; how many there are is the caller's to say.
    rules = sh.rule_sets.cao_bang()
    round_ = full_round(D(2024, 5, 7))
    assert sh.check_round(round_, rules).outcome is sh.Outcome.INCOMPLETE
    assert sh.check_round(round_, rules, party_groups=2).outcome is sh.Outcome.ALLOWED
    missing = sh.check_round(round_, rules, party_groups=3)
    assert missing.outcome is sh.Outcome.NOT_ALLOWED
    assert finding(missing, sh.RuleId.GROUP_CONDUCT).reason is sh.Reason.ROUND_GROUPS_MISSING
    with pytest.raises(sh.InconsistentInput):
        sh.check_round(round_, rules, party_groups=1)
    with pytest.raises(TypeError):
        sh.check_round(round_, rules, party_groups=True)
    with pytest.raises(sh.InvalidValue):
        sh.check_round(round_, rules, party_groups=2**40)


def test_r16_amended_minutes_not_stated_are_not_evaluated() -> None:
    rules = sh.rule_sets.cao_bang()
    day = datetime.date(2024, 9, 10)
    unstated = online_meeting(day, minutes=None)
    verdict = sh.check(unstated, pilot_cell(), sh.MeetingHistory(), rules)
    procedure = [f for f in verdict if f.rule == sh.RuleId.ONLINE_PROCEDURE]
    assert [(f.status, f.reason) for f in procedure] == [
        (sh.FindingStatus.NOT_EVALUATED, sh.Reason.PROCEDURE_MINUTES_NOT_STATED)
    ]
    assert verdict.outcome == sh.Outcome.INCOMPLETE
    # Stated minutes with no members present are a fault; stated and complete pass.
    empty = sh.MeetingMinutes(
        members_present=0,
        opinions_recorded=True,
        differing_opinions_recorded=True,
        reserved_opinions_recorded=True,
    )
    stated = online_meeting(day, minutes=empty)
    assert sh.check(stated, pilot_cell(), sh.MeetingHistory(), rules).outcome == (
        sh.Outcome.NOT_ALLOWED
    )
    assert sh.check(online_meeting(day), pilot_cell(), sh.MeetingHistory(), rules).outcome == (
        sh.Outcome.ALLOWED
    )


@pytest.mark.parametrize(
    ("day", "answers"),
    [
        (D(2023, 7, 31), False),  # the day before Cao Bằng's window
        (D(2023, 8, 1), True),
        (D(2025, 6, 30), True),
        (D(2025, 7, 1), False),  # the day after
        (D(2026, 3, 3), False),
    ],
)
def test_quota_questions_agree_with_a_check_of_the_same_day(
    day: datetime.date, answers: bool
) -> None:
    rules = sh.rule_sets.cao_bang()
    online = sh.online_quota_left(pilot_cell(), NONE, day, rules)
    group = sh.group_quota_left(NONE, day, rules)
    assert (online is not None) == answers
    assert (group is not None) == answers
    covered = sh.check(online_meeting(day), pilot_cell(), NONE, rules).outcome
    assert (covered is not sh.Outcome.NOT_COVERED) == answers


def test_no_group_quota_under_a_rule_set_that_does_not_speak_of_party_groups() -> None:
    rules = sh.rule_sets.cao_bang().replace(covers={sh.PilotKind.ONLINE})
    assert sh.group_quota_left(NONE, D(2024, 9, 1), rules) is None
    assert sh.online_quota_left(pilot_cell(), NONE, D(2024, 9, 1), rules) is not None
