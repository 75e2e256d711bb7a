"""Checks a few meetings of a pilot cell against the Cao Bằng rule set and prints each verdict
with its findings, in Vietnamese and English: the Python twin of examples/check_meeting.cpp.

Run it with the package installed (``pip install .``): ``python examples/check_meeting.py``.
"""

from __future__ import annotations

import datetime

import sinhhoat as sh


def show(title: str, verdict: sh.Verdict) -> None:
    outcome = verdict.outcome
    print(f"\n== {title} -> {outcome.label_vi} / {outcome.label_en}")
    for f in verdict:
        if f.status is sh.FindingStatus.PASSED:
            continue  # keep the output to what needs attention
        print(f"  [{f.rule} | {f.clause}] {f.status}")
        print(f"    vi: {f.message_vi}")
        print(f"    en: {f.message_en}")
    print(f"  ({verdict.count(sh.FindingStatus.PASSED)} rule(s) passed)")


def main() -> None:
    rules = sh.rule_sets.cao_bang()

    # A cell of 24 members, 1 exempted: 23 count; 13 work at sites in several districts.
    cell = sh.Organisation(
        name="Chi bộ Hạt Kiểm lâm",
        kind=sh.OrganisationKind.GRASSROOTS_CELL,
        roll=sh.MemberRoll(
            members=24,
            exempted=1,
            unable=[
                sh.UnableMembers(grounds={sh.Ground.DISPERSED_WIDE_AREA}, count=12),
                sh.UnableMembers(
                    grounds={sh.Ground.DISPERSED_WIDE_AREA, sh.Ground.CANNOT_LEAVE_POST}, count=1
                ),
            ],
        ),
        pilot=sh.PilotSelection(online=True, online_selected_on=datetime.date(2023, 7, 20)),
    )

    meeting = sh.Meeting(
        date=datetime.date(2024, 9, 10),
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

    history = sh.MeetingHistory(
        [
            sh.PastMeeting(
                date=datetime.date(2024, month, 10),
                form=sh.MeetingForm.HYBRID,
                ground=sh.Ground.DISPERSED_WIDE_AREA,
            )
            for month in (2, 5, 7)
        ]
    )

    print(f"Bộ quy tắc / rule set: {rules.name}")
    quota = sh.online_quota_left(cell, history, meeting.date, rules)
    if quota is not None:
        print(f"Còn lại / left in {meeting.date.year}: {quota.remaining} of {quota.limit}")

    show("Sinh hoạt trực tuyến lần thứ tư trong năm 2024", sh.check(meeting, cell, history, rules))

    admission = meeting.replace(
        date=datetime.date(2025, 1, 8), agenda=meeting.agenda | {sh.Topic.ADMISSION}
    )
    show("Xét kết nạp đảng viên trực tuyến (8/1/2025)", sh.check(admission, cell, history, rules))

    late = meeting.replace(date=datetime.date(2025, 7, 1))
    show("Sau thời gian thí điểm (1/7/2025)", sh.check(late, cell, history, rules))


if __name__ == "__main__":
    main()
