"""How fast sinhhoat.audit decides a synthetic year from pandas, beside a row loop calling sh.check.

Usage: python bench/audit_bench.py [--quick] [--organisations N]   (needs the audit extra)

The year: N organisations (default 300,000; --quick 20,000), 12 meetings each; most meetings in
person; 4% of organisations online pilots (every third meeting online, hybrid or fully online);
a few percent of meetings with an excluded topic; one bad row in 5,000. Measured side by side on
the same data: the audit from categorical code columns, from plain string columns, and the row
loop (on a sample, extrapolated). The last line is one JSON object. Not a timed test.
"""

from __future__ import annotations

import argparse
import datetime
import json
import resource
import time
from typing import Any

import numpy as np
import pandas as pd

import sinhhoat as sh


def make_year(n: int, seed: int = 20261202) -> dict[str, pd.DataFrame]:
    rng = np.random.default_rng(seed)
    ids = np.arange(n)
    online = rng.random(n) < 0.04
    members = rng.integers(8, 78, n)
    organisations = pd.DataFrame(
        {
            "id": ids,
            "kind": np.where(ids % 12 == 0, "grassroots_committee", "grassroots_cell"),
            "roll.members": members,
            "pilot.online": online,
            "pilot.online_selected_on": pd.Series(
                np.where(online, np.datetime64("2023-07-20"), np.datetime64("NaT"))
            ),
        }
    )
    unable = pd.DataFrame(
        {
            "organisation": ids[online],
            "grounds": ["dispersed_wide_area"] * int(online.sum()),
            "count": members[online] // 2 + 1,
        }
    )
    m = n * 12
    org = np.repeat(ids, 12)
    month = np.tile(np.arange(1, 13), n)
    day = rng.integers(1, 29, m)
    dates = pd.to_datetime(pd.DataFrame({"year": 2024, "month": month, "day": day})).to_numpy(
        dtype="datetime64[D]"
    )
    is_online = online[org] & (month % 3 == 0)
    form = np.where(is_online, np.where(rng.random(m) < 0.7, "hybrid", "fully_online"), "in_person")
    steps = ";".join(t.code for t in sh.cell_meeting_steps())
    agenda = np.where(rng.random(m) < 0.03, steps + ";discipline", steps)
    present = np.minimum(members[org], 9)
    members_online = np.where(form == "fully_online", present, 4).astype("float64")
    members_online[~is_online] = np.nan
    members_online[rng.random(m) < 0.0002] = -1  # bad rows
    meetings = pd.DataFrame(
        {
            "organisation": org,
            "date": dates,
            "form": form,
            "ground": pd.Series(np.where(is_online, "dispersed_wide_area", "")).replace("", None),
            "agenda": agenda,
            "platform": pd.Series(
                np.where(is_online, ";".join(p.code for p in sh.PlatformItem), "")
            ).replace("", None),
            "infrastructure": pd.Series(
                np.where(is_online, ";".join(i.code for i in sh.InfrastructureItem), "")
            ).replace("", None),
            "members_online": members_online,
            "minutes.members_present": present,
            "minutes.opinions_recorded": True,
            "minutes.differing_opinions_recorded": True,
            "minutes.reserved_opinions_recorded": True,
        }
    )
    return {"meetings": meetings, "organisations": organisations, "unable": unable}


def best_of(runs: int, f: Any) -> tuple[float, Any]:
    best, out = float("inf"), None
    for _ in range(runs):
        start = time.perf_counter()
        out = f()
        best = min(best, time.perf_counter() - start)
    return best, out


def check_loop(year: dict[str, pd.DataFrame], rules: sh.RuleSet, sample: int) -> float:
    """The caller's way: objects per row, each organisation's history by hand, sh.check."""
    meetings = year["meetings"].head(sample)
    orgs = year["organisations"].set_index("id")
    unable = year["unable"].set_index("organisation")["count"]
    start = time.perf_counter()
    history: dict[int, list[sh.Meeting]] = {}
    for row in meetings.itertuples(index=False):
        o = int(row.organisation)
        record = orgs.loc[o]
        roll = sh.MemberRoll(
            members=int(record["roll.members"]),
            unable=[sh.UnableMembers(grounds={sh.Ground.DISPERSED_WIDE_AREA}, count=int(unable[o]))]
            if o in unable.index
            else [],
        )
        organisation = sh.Organisation(
            kind=sh.OrganisationKind.from_code(record["kind"]),
            roll=roll,
            pilot=sh.PilotSelection(
                online=bool(record["pilot.online"]),
                online_selected_on=datetime.date(2023, 7, 20) if record["pilot.online"] else None,
            ),
        )
        try:
            meeting = sh.Meeting(
                date=pd.Timestamp(row.date).date(),
                form=sh.MeetingForm.from_code(row.form),
                ground=sh.Ground.from_code(row.ground) if isinstance(row.ground, str) else None,
                agenda={sh.Topic.from_code(t) for t in row.agenda.split(";")},
                members_online=None if np.isnan(row.members_online) else int(row.members_online),
            )
            verdict = sh.check(meeting, organisation, sh.MeetingHistory(history.get(o, [])), rules)
            [(f.rule, f.status) for f in verdict]
            history.setdefault(o, []).append(meeting)
        except sh.Error:
            pass
    return sample / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a smaller year, under a minute")
    parser.add_argument("--organisations", type=int, default=None)
    args = parser.parse_args()
    n = args.organisations or (20_000 if args.quick else 300_000)
    year = make_year(n)
    rows = len(year["meetings"])
    rules = sh.rule_sets.hd03()
    input_mb = sum(df.memory_usage(deep=True).sum() for df in year.values()) / 2**20

    strings = year["meetings"]
    categorical = strings.copy()
    for column in ("form", "ground", "agenda", "platform", "infrastructure"):
        categorical[column] = categorical[column].astype("category")
    runs = 1 if rows > 1_000_000 else 3
    t_cat, result = best_of(
        runs, lambda: sh.audit(categorical, year["organisations"], rules, unable=year["unable"])
    )
    t_str, _ = best_of(
        runs, lambda: sh.audit(strings, year["organisations"], rules, unable=year["unable"])
    )
    t_one, _ = best_of(
        runs,
        lambda: sh.audit(
            categorical, year["organisations"], rules, unable=year["unable"], threads=1
        ),
    )
    loop = check_loop(year, rules, min(rows, 3000))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    figures = {
        "bench": "audit_bench",
        "rows": rows,
        "findings": result.findings.num_rows,
        "problems": result.problems.num_rows,
        "audit_rows_per_s": round(rows / t_cat),
        "audit_one_thread_rows_per_s": round(rows / t_one),
        "audit_strings_rows_per_s": round(rows / t_str),
        "check_loop_rows_per_s": round(loop),
        "peak_rss_mb": round(peak_mb),
        "input_mb": round(input_mb, 1),
    }
    print(f"{rows:,} meetings of {n:,} organisations ({input_mb:.1f} MB in pandas)")
    print(f"sinhhoat.audit, categoricals, all cores: {rows / t_cat / 1e6:.2f} M meetings/s")
    print(f"sinhhoat.audit, categoricals, 1 thread:  {rows / t_one / 1e6:.2f} M meetings/s")
    print(f"sinhhoat.audit, strings, all cores:      {rows / t_str / 1e6:.2f} M meetings/s")
    print(f"row loop with sh.check (sampled):        {loop / 1e6:.4f} M meetings/s")
    print(f"peak memory {peak_mb:.0f} MB")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
