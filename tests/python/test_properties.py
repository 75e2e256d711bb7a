"""Property tests: the library against a small model of four rules, written from RULES.md alone.

The model below is deliberately naive (plain integers, dates and sets) and knows nothing of the
C++ code; Hypothesis draws inputs across 2022-2026, the turn of each year included, and the
library must answer as the model does:

- online.scope.majority (II.1.1): base = members - exempted - suspended; met iff 2 * unable > base.
- online.quota (II.2 ý 3), default readings: the meeting's number in its calendar year is 1 + the
  online (hybrid counts) whole-organisation meetings held earlier that year or the same day (R13:
  the history holds the other meetings, never this one) within Cao Bằng's window (R12), less
  those held on
  a special-circumstance ground (outside the quota); allowed iff number <= limit, the
  limit being 3 for a chi bộ and 1 for a đảng bộ cơ sở.
- group.report_deadline (II.4.2 ý 2): report date <= tổ meeting date + 1 calendar day.
- pilot.window (III; R27, R28): first <= day <= last in a period of each built-in rule set.
"""

from __future__ import annotations

import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

import sinhhoat as sh
from builders import full_round, online_meeting, pilot_cell

D = datetime.date
PROPERTY_SETTINGS = settings(max_examples=200, deadline=None)

# --- the model -------------------------------------------------------------------------------

SPECIAL_CIRCUMSTANCE = {"natural_disaster", "prolonged_isolation", "epidemic"}
QUOTA_LIMIT = {"grassroots_cell": 3, "subordinate_cell": 3, "grassroots_committee": 1}
WINDOWS: dict[str, list[tuple[datetime.date, datetime.date | None]]] = {
    # RULES.md §5: "from August 2023 to the end of 30/6/2025".
    "cao_bang": [(D(2023, 8, 1), D(2025, 6, 30))],
    # RULES.md §5: from its issue (20/02/2023) to the summary in Q2 2025.
    "nghe_an_khoi": [(D(2023, 2, 20), D(2025, 6, 30))],
    # HD03 of 27/12/2022 to 30/6/2025; R27: Chỉ thị 50-CT/TW continues it from 23/7/2025 with no
    # end; R28: nothing covers the days between.
    "hd03": [(D(2022, 12, 27), D(2025, 6, 30)), (D(2025, 7, 23), None)],
}


def model_majority(members: int, exempted: int, suspended: int, unable: int) -> bool:
    return 2 * unable > members - exempted - suspended


# The superior committee's one decision of the model's cell: an epidemic, first half of 2024.
EPIDEMIC_DECISION = (D(2024, 1, 1), D(2024, 6, 30))


def model_counts_for_quota(form: str, ground: str | None, when: datetime.date) -> bool:
    # Only a special-circumstance ground takes a meeting out of the quota, and (R11) only on a day
    # a decision for that ground covers: an online meeting whose ground was not recorded, or that
    # is merely labelled with a circumstance, still counts.
    online = form in {"hybrid", "fully_online"}
    decided = ground == "epidemic" and EPIDEMIC_DECISION[0] <= when <= EPIDEMIC_DECISION[1]
    return online and not (ground in SPECIAL_CIRCUMSTANCE and decided)


def model_meeting_number(
    day: datetime.date, past: list[tuple[datetime.date, str, str | None]]
) -> int:
    return 1 + sum(
        1
        for when, form, ground in past
        if when.year == day.year
        and when <= day
        and WINDOWS["cao_bang"][0][0] <= when  # R12: only the pilot's meetings count
        and model_counts_for_quota(form, ground, when)
    )


def model_report_on_time(meeting: datetime.date, report: datetime.date) -> bool:
    return report <= meeting + datetime.timedelta(days=1)


def model_in_window(rule_set: str, day: datetime.date) -> bool:
    return any(first <= day and (last is None or day <= last) for first, last in WINDOWS[rule_set])


# --- inputs ----------------------------------------------------------------------------------

# R27, R28: the last day of HD03's first period, the gap's first and last day, the first of the
# continuation.
CONTINUATION_EDGES = [D(2025, 6, 30), D(2025, 7, 1), D(2025, 7, 22), D(2025, 7, 23)]
# Every day of 2022-2026, with the turn of each year drawn often on purpose.
YEAR_ENDS = [D(y, 12, 31) for y in range(2022, 2027)] + [D(y, 1, 1) for y in range(2022, 2027)]
# The decision's last day and the day after, too (R11).
any_day = st.one_of(
    st.dates(D(2022, 1, 1), D(2026, 12, 31)),
    st.sampled_from(
        [*YEAR_ENDS, D(2024, 6, 30), D(2024, 7, 1), *CONTINUATION_EDGES],
    ),
)
# check() speaks of the quota only inside the rule set's window (Cao Bằng: 1/8/2023-30/6/2025).
pilot_day = st.one_of(
    st.dates(D(2023, 8, 1), D(2025, 6, 30)),
    st.sampled_from([D(2023, 12, 31), D(2024, 1, 1), D(2024, 12, 31), D(2025, 1, 1)]),
)
forms = st.sampled_from(["in_person", "hybrid", "fully_online"])
grounds = st.sampled_from([g.code for g in sh.Ground])


@st.composite
def rolls(draw: st.DrawFn) -> tuple[int, int, int, int]:
    members = draw(st.integers(0, 120))
    exempted = draw(st.integers(0, members))
    suspended = draw(st.integers(0, members - exempted))
    unable = draw(st.integers(0, members - exempted - suspended))
    return members, exempted, suspended, unable


# --- the properties --------------------------------------------------------------------------


@PROPERTY_SETTINGS
@given(roll=rolls())
def test_majority_matches_the_model(roll: tuple[int, int, int, int]) -> None:
    members, exempted, suspended, unable = roll
    cell = pilot_cell(members=members, exempted=exempted, suspended=suspended, unable=unable)
    verdict = sh.online_eligibility(
        cell, sh.Ground.DISPERSED_WIDE_AREA, D(2024, 3, 1), sh.rule_sets.cao_bang()
    )
    finding = verdict.find(sh.RuleId.ONLINE_SCOPE_MAJORITY)
    assert finding is not None
    expected = model_majority(members, exempted, suspended, unable)
    assert (finding.status is sh.FindingStatus.PASSED) == expected, finding
    assert (finding.status is sh.FindingStatus.VIOLATED) == (not expected), finding


@PROPERTY_SETTINGS
@given(
    day=pilot_day,
    past=st.lists(st.tuples(any_day, forms, st.none() | grounds), max_size=8),
    kind=st.sampled_from(["grassroots_cell", "grassroots_committee"]),
)
def test_quota_matches_the_model(
    day: datetime.date, past: list[tuple[datetime.date, str, str | None]], kind: str
) -> None:
    history = sh.MeetingHistory(
        [
            sh.PastMeeting(
                date=when,
                form=sh.MeetingForm.from_code(form),
                ground=None if ground is None else sh.Ground.from_code(ground),
            )
            for when, form, ground in past
        ]
    )
    first, last = EPIDEMIC_DECISION
    # A decision with a reference, made under the guidance: evidence (R34).
    decision = sh.CircumstanceDecision(
        ground=sh.Ground.EPIDEMIC, decided_on=first, from_=first, until=last, reference="7-QĐ/HU"
    )
    cell = pilot_cell(kind=sh.OrganisationKind.from_code(kind), decisions=[decision])
    verdict = sh.check(online_meeting(day), cell, history, sh.rule_sets.cao_bang())
    finding = verdict.find(sh.RuleId.ONLINE_QUOTA)
    assert finding is not None
    within = model_meeting_number(day, past) <= QUOTA_LIMIT[kind]
    assert (finding.status is sh.FindingStatus.PASSED) == within, (finding, past)
    assert (finding.status is sh.FindingStatus.VIOLATED) == (not within), (finding, past)


@PROPERTY_SETTINGS
@given(day=any_day, lateness=st.lists(st.integers(0, 4), min_size=2, max_size=2))
def test_report_deadline_matches_the_model(day: datetime.date, lateness: list[int]) -> None:
    rules = sh.rule_sets.cao_bang()
    round_ = full_round(day)
    groups = [
        g.replace(report_date=day + datetime.timedelta(days=late))
        for g, late in zip(round_.groups, lateness, strict=True)
    ]
    round_ = round_.replace(groups=groups)
    for group in groups:
        assert group.report_date is not None
        due = sh.report_due(group, rules)
        # Item 7 of the continuation: no deadline is named for a day the rule set does not cover.
        if not model_in_window("cao_bang", group.date):
            assert due is None
            continue
        assert due is not None
        # The last good day is the model's: on time on `due`, late the day after.
        assert model_report_on_time(group.date, due)
        assert not model_report_on_time(group.date, due + datetime.timedelta(days=1))
    verdict = sh.check_round(round_, rules)
    finding = verdict.find(sh.RuleId.GROUP_REPORT_DEADLINE)
    # R39: a round whose days the rule set does not cover is not covered, as check() says.
    consolidation = round_.consolidation
    assert consolidation is not None
    if not all(model_in_window("cao_bang", x) for x in (day, consolidation.date)):
        assert verdict.outcome is sh.Outcome.NOT_COVERED
        assert finding is None
        return
    assert finding is not None
    on_time = all(model_report_on_time(g.date, g.report_date) for g in groups if g.report_date)
    assert (finding.status is sh.FindingStatus.PASSED) == on_time, finding
    assert (finding.status is sh.FindingStatus.VIOLATED) == (not on_time), finding


@PROPERTY_SETTINGS
@given(day=any_day, rule_set=st.sampled_from(sorted(WINDOWS)))
def test_pilot_window_matches_the_model(day: datetime.date, rule_set: str) -> None:
    rules = sh.rule_sets.by_id(rule_set)
    inside = model_in_window(rule_set, day)
    assert rules.applies_on(day) == inside
    verdict = sh.check(online_meeting(day), pilot_cell(), sh.MeetingHistory(), rules)
    finding = verdict.find(sh.RuleId.PILOT_WINDOW)
    assert finding is not None
    assert (finding.status is sh.FindingStatus.PASSED) == inside, finding
    if not inside:
        assert finding.status is sh.FindingStatus.NOT_COVERED
        assert verdict.outcome is sh.Outcome.NOT_COVERED
