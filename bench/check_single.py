"""How long one check and reading its verdict take from Python (the single path of issue 14).

Usage: python bench/check_single.py   (the installed package)

One online meeting of a pilot cell under HD03 (a verdict of 12 findings): `sh.check`; reading
every finding by index and by iteration with its rule, status and reason; the same through the
`findings` tuple rebuilt per index (what indexing cost before); the messages; `to_dict()`.
Best of 5 runs of 2,000 each, side by side. The last line is one JSON object. Not a timed test.
"""

from __future__ import annotations

import datetime
import json
import timeit
from collections.abc import Callable
from typing import Any

import sinhhoat as sh

D = datetime.date


def best_us(f: Callable[[], Any], number: int = 2000) -> float:
    return min(timeit.repeat(f, number=number, repeat=5)) / number * 1e6


def main() -> None:
    org = sh.Organisation(
        kind=sh.OrganisationKind.GRASSROOTS_CELL,
        roll=sh.MemberRoll(
            members=20,
            unable=[sh.UnableMembers(grounds={sh.Ground.DISPERSED_WIDE_AREA}, count=11)],
        ),
        pilot=sh.PilotSelection(online=True, online_selected_on=D(2023, 7, 20)),
    )
    meeting = sh.Meeting(
        date=D(2024, 9, 10),
        form=sh.MeetingForm.HYBRID,
        ground=sh.Ground.DISPERSED_WIDE_AREA,
        agenda=sh.cell_meeting_steps(),
        platform=set(sh.PlatformItem),
        infrastructure=set(sh.InfrastructureItem),
        members_online=4,
        minutes=sh.MeetingMinutes(
            members_present=18,
            opinions_recorded=True,
            differing_opinions_recorded=True,
            reserved_opinions_recorded=True,
        ),
    )
    history = sh.MeetingHistory()
    rules = sh.rule_sets.hd03()
    v = sh.check(meeting, org, history, rules)
    n = len(v)

    figures = {
        "bench": "check_single",
        "findings": n,
        "check_us": best_us(lambda: sh.check(meeting, org, history, rules)),
        "index_all_us": best_us(lambda: [v[i] for i in range(n)]),
        "index_via_tuple_us": best_us(lambda: [v.findings[i] for i in range(n)]),
        "iterate_fields_us": best_us(lambda: [(f.rule, f.status, f.reason) for f in v]),
        "check_and_read_us": best_us(
            lambda: [(f.rule, f.status, f.reason) for f in sh.check(meeting, org, history, rules)]
        ),
        "messages_us": best_us(lambda: [(f.message_vi, f.message_en) for f in v], number=500),
        "to_dict_us": best_us(v.to_dict, number=500),
    }
    for key, value in figures.items():
        if key.endswith("_us"):
            print(f"{key:22} {value:8.2f} µs")
    print(json.dumps({k: round(v, 2) if isinstance(v, float) else v for k, v in figures.items()}))


if __name__ == "__main__":
    main()
