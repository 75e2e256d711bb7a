"""Checks release the GIL and are pure: many threads at once give the same answers."""

from __future__ import annotations

import datetime
from concurrent.futures import ThreadPoolExecutor

import sinhhoat as sh
from builders import by_group_meeting, full_round, group_cell, online_meeting, pilot_cell

D = datetime.date


def test_many_threads_checking_at_once_agree() -> None:
    rules = sh.rule_sets.cao_bang()
    history = sh.MeetingHistory([online_meeting(D(2024, m, 10)) for m in (2, 5, 7)])
    cases = [
        (
            online_meeting(D(2023, 8, 1) + datetime.timedelta(days=7 * i)),
            pilot_cell(unable=10 + i % 6),
        )
        for i in range(100)
    ]

    def run(i: int) -> list[sh.Verdict]:
        out = []
        for meeting, cell in cases[i % 7 :: 7]:
            out.append(sh.check(meeting, cell, history, rules))
        out.append(
            sh.check(
                by_group_meeting(D(2024, 4, 10)),
                group_cell(50),
                history,
                rules,
                full_round(D(2024, 4, 10)),
            )
        )
        return out

    expected = [run(i) for i in range(7)]
    with ThreadPoolExecutor(max_workers=32) as pool:
        results = list(pool.map(run, [i % 7 for i in range(224)]))
    for i, got in enumerate(results):
        assert got == expected[i % 7]
    outcomes = {v.outcome for vs in expected for v in vs}
    assert outcomes == {sh.Outcome.ALLOWED, sh.Outcome.NOT_ALLOWED}
