"""Builders shared by the Python tests: a pilot cell, meetings, rounds, one sample of every type."""

from __future__ import annotations

import datetime
from typing import Any

import sinhhoat as sh

D = datetime.date


def pilot_cell(
    *,
    members: int = 24,
    exempted: int = 0,
    suspended: int = 0,
    unable: int = 13,
    **changes: Any,
) -> sh.Organisation:
    """A chi bộ on the online pilot list whose `unable` members work in several districts."""
    roll = sh.MemberRoll(
        members=members,
        exempted=exempted,
        suspended=suspended,
        unable=[sh.UnableMembers(grounds={sh.Ground.DISPERSED_WIDE_AREA}, count=unable)]
        if unable
        else [],
    )
    cell = sh.Organisation(
        name="Chi bộ Hạt Kiểm lâm",
        kind=sh.OrganisationKind.GRASSROOTS_CELL,
        roll=roll,
        pilot=sh.PilotSelection(online=True, online_selected_on=D(2023, 7, 20)),
    )
    return cell.replace(**changes)


def online_meeting(day: datetime.date, **changes: Any) -> sh.Meeting:
    """A hybrid meeting on a special-nature ground that meets every other online rule."""
    m = sh.Meeting(
        date=day,
        form=sh.MeetingForm.HYBRID,
        ground=sh.Ground.DISPERSED_WIDE_AREA,
        agenda=sh.cell_meeting_steps(),
        platform=set(sh.PlatformItem),
        infrastructure=set(sh.InfrastructureItem),
        members_online=13,
        minutes=sh.MeetingMinutes(
            members_present=20,
            opinions_recorded=True,
            differing_opinions_recorded=True,
            reserved_opinions_recorded=True,
        ),
    )
    return m.replace(**changes)


def group_cell(members: int = 50) -> sh.Organisation:
    """A chi bộ with tổ đảng, on the tổ đảng pilot list."""
    return sh.Organisation(
        name="Chi bộ Chi cục Thuế Bắc Vinh",
        kind=sh.OrganisationKind.SUBORDINATE_CELL,
        roll=sh.MemberRoll(members=members),
        has_party_groups=True,
        party_groups=2,  # as many as full_round() holds (R18)
        pilot=sh.PilotSelection(by_group=True, by_group_selected_on=D(2022, 12, 27)),
    )


def group_meeting(group: int, day: datetime.date, report: datetime.date | None) -> sh.GroupMeeting:
    """A tổ meeting held in full order, reported on `report`."""
    return sh.GroupMeeting(
        group=group,
        date=day,
        chaired_by_group_leader=True,
        committee_member_assigned=True,
        agenda=sh.cell_meeting_steps(),
        members_present=17,
        opinions_recorded=True,
        differing_opinions_recorded=True,
        reserved_opinions_recorded=True,
        report_date=report,
        registered=True,
    )


def full_round(day: datetime.date, report_after_days: int = 1) -> sh.GroupRound:
    """A round in order: preparation the day before, two tổ meetings, consolidation after."""
    report = day + datetime.timedelta(days=report_after_days)
    return sh.GroupRound(
        preparation=sh.GroupPreparation(
            date=day - datetime.timedelta(days=1), group_leaders_attended=True, content_set=True
        ),
        groups=[group_meeting(1, day, report), group_meeting(2, day, report)],
        consolidation=sh.GroupConsolidation(
            date=day + datetime.timedelta(days=3),
            group_leaders_attended=True,
            resolution_passed=True,
            tasks_assigned=True,
        ),
    )


def by_group_meeting(day: datetime.date) -> sh.Meeting:
    return sh.Meeting(
        date=day,
        body=sh.MeetingBody.PARTY_GROUP_ROUND,
        form=sh.MeetingForm.BY_GROUP,
        agenda=sh.cell_meeting_steps(),
    )


def samples() -> list[Any]:
    """One non-default value of every value type the package exports."""
    day = D(2024, 9, 10)
    cell = pilot_cell(
        decisions=[
            sh.CircumstanceDecision(
                ground=sh.Ground.EPIDEMIC,
                decided_on=D(2024, 3, 1),
                from_=D(2024, 3, 1),
                until=D(2024, 4, 30),
                reference="12-QĐ/HU",
            )
        ]
    )
    meeting = online_meeting(day)
    rules = sh.rule_sets.cao_bang()
    verdict = sh.check(meeting, cell, sh.MeetingHistory(), rules)
    quota = sh.online_quota_left(cell, sh.MeetingHistory([meeting]), day, rules)
    assert quota is not None
    return [
        verdict.rule_set,
        sh.UnableMembers(grounds={sh.Ground.EPIDEMIC, sh.Ground.NATURAL_DISASTER}, count=3),
        sh.Member(status=sh.MemberStatus.EXEMPTED),
        sh.Member(unable_grounds={sh.Ground.ABROAD}),
        cell.roll,
        cell.pilot,
        cell.decisions[0],
        cell,
        meeting,
        full_round(day).preparation,
        full_round(day).groups[0],
        full_round(day).consolidation,
        full_round(day),
        sh.PastMeeting.of(meeting),
        sh.MeetingHistory([meeting, meeting.replace(date=D(2024, 2, 1))]),
        sh.Interpretations(year=sh.YearBasis.ROLLING_YEAR, hybrid_counts=False),
        rules.sources[0],
        sh.Citation(rule=sh.RuleId.PILOT_WINDOW, clause="HD Cao Bằng III"),
        rules.sources[1],
        sh.SelectionRule(deadline=D(2023, 7, 30), min_online=2),
        rules.periods[0],
        sh.rule_sets.hd03().periods[1],
        rules.succeeded_by,
        sh.rule_sets.hd03().caveats[0],
        sh.PilotWindow(first=D(2024, 1, 1), last=D(2024, 12, 31)),
        meeting.minutes,
        sh.AnnualPeriod(first_month=7, first_day=1, last_month=8, last_day=15),
        sh.DatedInt.always(3),
        sh.DatedInt([(None, D(2023, 12, 31), 3), (D(2024, 1, 1), None, 2)]),
        sh.DatedGroundSet.always(frozenset({sh.Ground.EPIDEMIC})),
        sh.DatedTopicSet([(None, None, sh.excluded_topics_ii32())]),
        rules,
        sh.rule_sets.hd03().with_interp(year=sh.YearBasis.ROLLING_YEAR),
        sh.rule_sets.nghe_an_khoi(),
        verdict[0],
        verdict,
        sh.Verdict(),
        quota,
        sh.UnitSelection(
            unit="Huyện uỷ Hà Quảng",
            submitted_on=D(2023, 7, 25),
            online=[cell],
            by_group=[group_cell(60)],
        ),
    ]
