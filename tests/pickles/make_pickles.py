"""Writes tests/pickles/v0.1.0.pickle: one value of each type, pickled by sinhhoat 0.1.0.

Run once with the release installed (it was, to make the committed file); the test suite only
loads the file (tests/python/test_pickles.py) and compares each value with its expected dict.
"""

from __future__ import annotations

import datetime
import pathlib
import pickle
import sys

import sinhhoat as sh

D = datetime.date

cell = sh.Organisation(
    name="Chi bộ Hạt Kiểm lâm",
    kind=sh.OrganisationKind.GRASSROOTS_CELL,
    roll=sh.MemberRoll(
        members=24,
        exempted=1,
        suspended=1,
        unable=[sh.UnableMembers(grounds={sh.Ground.DISPERSED_WIDE_AREA}, count=13)],
    ),
    has_party_groups=True,
    pilot=sh.PilotSelection(online=True, selected_on=D(2023, 7, 20)),
    decisions=[
        sh.CircumstanceDecision(
            ground=sh.Ground.EPIDEMIC,
            decided_on=D(2024, 1, 2),
            from_=D(2024, 1, 1),
            until=D(2024, 2, 1),
            reference="7-QĐ/HU",
        )
    ],
)
meeting = sh.Meeting(
    date=D(2024, 9, 10),
    form=sh.MeetingForm.HYBRID,
    ground=sh.Ground.DISPERSED_WIDE_AREA,
    agenda=sh.cell_meeting_steps() | {sh.Topic.ADMISSION},
    platform=set(sh.PlatformItem),
    infrastructure=set(sh.InfrastructureItem),
    registered=True,
)
group = sh.GroupMeeting(
    group=2,
    date=D(2024, 3, 1),
    chaired_by_group_leader=True,
    agenda=sh.cell_meeting_steps(),
    members_present=15,
    report_date=D(2024, 3, 2),
)
round_ = sh.GroupRound(
    preparation=sh.GroupPreparation(date=D(2024, 2, 28), group_leaders_attended=True),
    groups=[group],
    consolidation=sh.GroupConsolidation(date=D(2024, 3, 3), resolution_passed=True),
)
history = sh.MeetingHistory([sh.PastMeeting(date=D(2024, 2, 1), form=sh.MeetingForm.FULLY_ONLINE)])
rules = sh.rule_sets.cao_bang()
verdict = sh.check(meeting, cell, history, rules)
values = {
    "organisation": cell,
    "meeting": meeting,
    "group_meeting": group,
    "round": round_,
    "history": history,
    "past_meeting": history[0],
    "member": sh.Member(status=sh.MemberStatus.EXEMPTED),
    "rule_set": rules,
    "interp": rules.interp,
    "dated_int": rules.online_quota_cell,
    "verdict": verdict,
    "finding": verdict[0],
    "quota": sh.online_quota_left(cell, history, D(2024, 9, 10), rules),
    "selection": sh.UnitSelection(
        unit="Huyện uỷ Hà Quảng", submitted_on=D(2023, 7, 29), online=[cell]
    ),
}
out = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "v0.1.0.pickle")
out.write_bytes(pickle.dumps({k: (v, v.to_dict()) for k, v in values.items()}, protocol=4))
print("wrote", out, sh.__version__)
