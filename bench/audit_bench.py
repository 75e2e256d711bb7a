"""How fast sinhhoat.audit decides a synthetic year, beside what an analyst would write instead.

Usage: python bench/audit_bench.py [--quick] [--big] [--organisations N]   (needs the audit extra)

The year (2025, audited under HD03 and its continuation, so July 1-22 is the gap R28 leaves
uncovered): N organisations (default 300,000; --quick 20,000), 12 monthly meetings each, on a
random day 1-28. One organisation in 12 is a grassroots committee (online quota 1), the rest are
cells (quota 3); rolls of 8-77 members.

- 4% of organisations are online pilots: 85% chosen on 20/7/2023, 15% during the year (so their
  online meetings before that day are not authorised). Most hold 2-3 online meetings a year
  (committees 1); about 10% of the pilots hold more than their quota. 0.3% of the others meet
  online once without being on the list.
- 4% of the other cells are tổ đảng pilots (chosen on 20/7/2023, three tổ each): their meetings
  of February, May and September are rounds (rounds and groups tables), and for 10% of them
  November's too, beyond the quota of 3 a year: prepared three days before, three tổ meetings,
  consolidated twelve days after; 5% of the tổ trưởng report eight days late, 3% of the tổ
  meetings add an excluded topic; a round begun on the 28th ends in the next month. The
  alternatives below are about the meetings held online and read no round (their findings are
  compared on those meetings).
- Members unable to meet in person (all for the ground dispersed_wide_area): just over half the
  roll for 95% of the organisations that meet online, at most half for 5% (no majority).
- Online meetings: 70% hybrid, 30% fully online; 1% give a ground HD03 does not list (a teacher
  in the summer break is Cao Bằng's, not HD03's); platform stated complete for 90%, short of an
  item for 3%, not stated for 7%; infrastructure complete 92%, short 2%, not stated 6%.
- Every meeting: the chi bộ steps on the agenda; 3% add an excluded topic, 1% drop a step. A
  grassroots committee's general meeting leaves out party dues and current affairs in 20% of
  its meetings: its own order has neither (R15), which the alternatives below do not know.
- One row in 5,000 is bad (a negative count of members online): the audit reports it as a problem.

Measured side by side on the same data, each on one core unless said: the C++ engine alone (its
call inside sinhhoat.audit, timed by itself) from inputs already in its layout (numbers, bit
masks, date32), on one thread and on every core, and the whole call from them; sinhhoat.audit
from pandas categoricals and from plain strings; a row loop building objects and calling
sh.check (sampled); for a subset of the rules (SUBSET), a pure-Python loop, vectorised pandas,
DuckDB on one thread and an OpenFisca model (the majority, quota and excluded-content rules),
whose findings are compared with the audit's; and one pass of NumPy over the input, the floor.
Then how the cost grows with the year's size (--big adds 36 M meetings), peak memory, and as the
last line one JSON object. Not a timed test: the machine may be shared, so compare the ratios.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import importlib
import json
import os
import resource
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar

import numpy as np
import numpy.typing as npt
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

import sinhhoat as sh

YEAR = 2025
# The rules the alternatives implement; each flags a meeting where the audit's finding is
# violated (not_covered for the window).
SUBSET = (
    "pilot.window",
    "online.scope.majority",
    "online.scope.ground",
    "online.authorisation",
    "online.quota",
    "content.excluded",
    "online.procedure",
    "online.platform",
    "online.infrastructure",
)
OPENFISCA_SUBSET = ("online.scope.majority", "online.quota", "content.excluded")
ONLINE = ("hybrid", "fully_online")
BAD_ROW = 5000  # one row in BAD_ROW

Bools = npt.NDArray[np.bool_]
Ints = npt.NDArray[np.int64]
Flags = dict[str, Bools]
T = TypeVar("T")


# --- The synthetic year ---------------------------------------------------------------------


def _bits(members: Iterable[Any]) -> int:
    return sum(1 << int(m.value) for m in members)


def _category_of_codes(values: Ints, valid: Bools | None, enum: Any) -> pd.Categorical:
    codes = values.astype(np.int32)
    if valid is not None:
        codes[~valid] = -1
    return pd.Categorical.from_codes(codes, categories=[m.code for m in enum])


def _category_of_sets(values: Ints, valid: Bools | None, enum: Any) -> pd.Categorical:
    """A set column as ';'-joined codes, each distinct set once (as an export's categorical)."""
    kept = values if valid is None else values[valid]
    distinct = np.unique(kept)
    codes = np.searchsorted(distinct, values).astype(np.int32)
    if valid is not None:
        codes[~valid] = -1
    names = [";".join(m.code for m in enum if int(d) >> int(m.value) & 1) for d in distinct]
    return pd.Categorical.from_codes(codes, categories=names)


def _masked(values: Any, valid: Bools | None, type_: Any) -> Any:
    return pa.array(values, type=type_, mask=None if valid is None else ~valid)


@dataclasses.dataclass
class Year:
    """One synthetic year in three layouts, all of the same values."""

    organisations: pd.DataFrame  # kind as a categorical
    unable: pd.DataFrame
    meetings: pd.DataFrame  # codes and sets as categoricals, dates as datetime64
    rounds: pd.DataFrame  # keyed by meeting row
    groups: pd.DataFrame  # the tổ meetings of the rounds
    native: dict[str, dict[str, Any]]  # the tables as the engine reads them
    committee: Bools  # by meeting row: the organisation is a grassroots committee
    agenda_bits: Ints  # by meeting row
    online: Bools  # by meeting row: held online (hybrid or fully), what the subset is about

    @property
    def rows(self) -> int:
        return len(self.meetings)

    def categorical(self) -> dict[str, Any]:
        return {
            "meetings": self.meetings,
            "organisations": self.organisations,
            "unable": self.unable,
            "rounds": self.rounds,
            "groups": self.groups,
        }

    def strings(self) -> dict[str, Any]:
        """The same tables with every categorical as plain strings (a CSV export read as is)."""

        def plain(frame: pd.DataFrame) -> pd.DataFrame:
            out = frame.copy()
            for column in out.columns:
                if isinstance(out[column].dtype, pd.CategoricalDtype):
                    out[column] = out[column].astype("str")
            return out

        return {
            "meetings": plain(self.meetings),
            "organisations": plain(self.organisations),
            "unable": plain(self.unable),
            "rounds": self.rounds,
            "groups": plain(self.groups),
        }


def make_year(n: int, seed: int = 20261202) -> Year:
    """The year of the module's docstring, for n organisations (vectorised: 36 M rows fit)."""
    rng = np.random.default_rng(seed)
    hd03 = sh.rule_sets.hd03().to_dict()
    excluded = np.array([sh.Topic.from_code(t).value for t in hd03["excluded_topics"][0]["value"]])
    steps = sh.cell_meeting_steps()
    step_values = np.array(sorted(t.value for t in steps))

    ids = np.arange(n, dtype=np.int64)
    committee = ids % 12 == 0
    members = rng.integers(8, 78, n)
    pilot = rng.random(n) < 0.04
    # The tổ đảng pilots from a stream of their own, so that the rest is drawn as before they
    # were added; three tổ each, and 50 more members (three tổ meetings of 15).
    groups_rng = np.random.default_rng(seed + 1)
    by_group = ~pilot & ~committee & (groups_rng.random(n) < 0.04)  # cells only (group.scope)
    fourth_round = by_group & (groups_rng.random(n) < 0.1)  # beyond the quota of 3 a year
    members = np.where(by_group, members + 50, members)
    chosen_late = pilot & (rng.random(n) < 0.15)
    selected = np.where(
        chosen_late,
        np.datetime64(f"{YEAR}-02-01") + rng.integers(0, 135, n),
        np.datetime64("2023-07-20"),
    ).astype("datetime64[D]")
    unlisted_online = ~pilot & (rng.random(n) < 0.003)
    meets_online = pilot | unlisted_online
    unable = np.where(rng.random(n) < 0.05, members // 2, members // 2 + 1)
    online_count = np.where(
        pilot,
        np.where(
            committee,
            rng.choice(3, n, p=[0.1, 0.8, 0.1]),
            rng.choice(6, n, p=[0.03, 0.12, 0.30, 0.45, 0.07, 0.03]),
        ),
        unlisted_online.astype(np.int64),
    )
    # Which months are online: each organisation's months in a random order, the first k.
    month_rank = rng.random((n, 12)).argsort(axis=1).argsort(axis=1)
    is_online = (month_rank < online_count[:, None]).ravel()
    del month_rank

    m = n * 12
    org = np.repeat(ids, 12)
    month_start = np.array([f"{YEAR}-{k:02d}-01" for k in range(1, 13)], dtype="datetime64[D]")
    dates = np.tile(month_start, n) + rng.integers(0, 28, m)
    form = np.where(
        is_online,
        np.where(
            rng.random(m) < 0.7, sh.MeetingForm.HYBRID.value, sh.MeetingForm.FULLY_ONLINE.value
        ),
        sh.MeetingForm.IN_PERSON.value,
    )
    # A tổ đảng pilot's meetings of February, May and September are rounds (and November's,
    # for a tenth of them).
    month = np.tile(np.arange(1, 13), n)
    quarterly = np.isin(month, (2, 5, 9)) | ((month == 11) & fourth_round[org])
    is_round = by_group[org] & quarterly & ~is_online
    form[is_round] = sh.MeetingForm.BY_GROUP.value
    body = np.where(
        is_round,
        sh.MeetingBody.PARTY_GROUP_ROUND.value,
        sh.MeetingBody.WHOLE_ORGANISATION.value,
    )
    ground = np.where(
        rng.random(m) < 0.01,
        sh.Ground.TEACHER_SUMMER_BREAK.value,
        sh.Ground.DISPERSED_WIDE_AREA.value,
    )
    one = np.int64(1)
    agenda = np.full(m, _bits(steps), dtype=np.int64)
    add = rng.random(m) < 0.03
    agenda[add] |= one << excluded[rng.integers(0, len(excluded), int(add.sum()))]
    drop = rng.random(m) < 0.01
    agenda[drop] &= ~(one << step_values[rng.integers(0, len(step_values), int(drop.sum()))])
    committee_order = committee[org] & (rng.random(m) < 0.2)
    agenda[committee_order] &= ~_bits([sh.Topic.PARTY_DUES, sh.Topic.CURRENT_AFFAIRS])

    def stated(complete: float, short: float, items: int) -> tuple[Ints, Bools]:
        """Of the online meetings: a share complete, a share short of one item, the rest not
        stated (null)."""
        r = rng.random(m)
        full = (1 << items) - 1
        values = np.where(r < short, full & ~(one << rng.integers(0, items, m)), full)
        return values, is_online & (r < short + complete)

    platform, platform_valid = stated(0.90, 0.03, len(sh.PlatformItem))
    infrastructure, infrastructure_valid = stated(0.92, 0.02, len(sh.InfrastructureItem))
    present = np.minimum(members[org], 9)
    members_online = np.where(form == sh.MeetingForm.FULLY_ONLINE.value, present, 4)
    bad = rng.random(m) < 1 / BAD_ROW
    members_online[bad] = -1
    members_online_valid = is_online | bad

    rounds, groups, native_rounds, native_groups = make_rounds(
        groups_rng, np.flatnonzero(is_round), dates[is_round], _bits(steps)
    )
    meetings = pd.DataFrame(
        {
            "organisation": org,
            "date": dates,
            "body": _category_of_codes(body, None, sh.MeetingBody),
            "form": _category_of_codes(form, None, sh.MeetingForm),
            "ground": _category_of_codes(ground, is_online, sh.Ground),
            "agenda": _category_of_sets(agenda, None, sh.Topic),
            "platform": _category_of_sets(platform, platform_valid, sh.PlatformItem),
            "infrastructure": _category_of_sets(
                infrastructure, infrastructure_valid, sh.InfrastructureItem
            ),
            "members_online": np.where(members_online_valid, members_online, np.nan),
            "minutes.members_present": present,
            "minutes.opinions_recorded": True,
            "minutes.differing_opinions_recorded": True,
            "minutes.reserved_opinions_recorded": True,
        }
    )
    kind = np.where(
        committee,
        sh.OrganisationKind.GRASSROOTS_COMMITTEE.value,
        sh.OrganisationKind.GRASSROOTS_CELL.value,
    )
    organisations = pd.DataFrame(
        {
            "id": ids,
            "kind": _category_of_codes(kind, None, sh.OrganisationKind),
            "roll.members": members,
            "has_party_groups": by_group,
            "party_groups": pd.Series(np.full(n, 3)).where(by_group).astype("Int64"),
            "pilot.online": pilot,
            "pilot.online_selected_on": pd.Series(selected).where(pilot),
            "pilot.by_group": by_group,
            "pilot.by_group_selected_on": pd.Series(
                np.full(n, np.datetime64("2023-07-20"), "datetime64[s]")
            ).where(by_group),
        }
    )
    dispersed = _bits([sh.Ground.DISPERSED_WIDE_AREA])
    unable_rows = int(meets_online.sum())
    unable_frame = pd.DataFrame(
        {
            "organisation": ids[meets_online],
            "grounds": _category_of_sets(
                np.full(unable_rows, dispersed, np.int64), None, sh.Ground
            ),
            "count": unable[meets_online],
        }
    )
    date32 = pa.date32()
    native = {
        "organisations": {
            "id": ids,
            "kind": kind.astype(np.int32),
            "roll.members": members,
            "has_party_groups": by_group,
            "party_groups": _masked(np.full(n, 3), by_group, pa.int64()),
            "pilot.online": pilot,
            "pilot.online_selected_on": _masked(selected, pilot, date32),
            "pilot.by_group": by_group,
            "pilot.by_group_selected_on": _masked(
                np.full(n, np.datetime64("2023-07-20"), "datetime64[D]"), by_group, date32
            ),
        },
        "unable": {
            "organisation": ids[meets_online],
            "grounds": np.full(unable_rows, dispersed, np.uint64),
            "count": unable[meets_online],
        },
        "meetings": {
            "organisation": org,
            "date": dates,
            "body": body.astype(np.int32),
            "form": form.astype(np.int32),
            "ground": _masked(ground.astype(np.int32), is_online, pa.int32()),
            "agenda": agenda.astype(np.uint64),
            "platform": _masked(platform.astype(np.uint64), platform_valid, pa.uint64()),
            "infrastructure": _masked(
                infrastructure.astype(np.uint64), infrastructure_valid, pa.uint64()
            ),
            "members_online": _masked(members_online, members_online_valid, pa.int64()),
            "minutes.members_present": present,
            "minutes.opinions_recorded": np.ones(m, np.bool_),
            "minutes.differing_opinions_recorded": np.ones(m, np.bool_),
            "minutes.reserved_opinions_recorded": np.ones(m, np.bool_),
        },
        "rounds": native_rounds,
        "groups": native_groups,
    }
    online = (form == sh.MeetingForm.HYBRID.value) | (form == sh.MeetingForm.FULLY_ONLINE.value)
    return Year(
        organisations,
        unable_frame,
        meetings,
        rounds,
        groups,
        native,
        committee[org],
        agenda,
        online,
    )


def make_rounds(
    rng: np.random.Generator, rows: Ints, days: Any, steps: int
) -> tuple[pd.DataFrame, pd.DataFrame, dict[str, Any], dict[str, Any]]:
    """The rounds of the meetings at `rows` (held on `days`, the first tổ meeting's): prepared
    three days before, three tổ meetings (the 2nd and 3rd the next day), consolidated twelve
    days after. Each tổ trưởng reports the next day, 5% of them eight days late; 3% of the tổ
    meetings add an excluded topic. As pandas frames and in the engine's layout."""
    k = len(rows)
    ones = np.ones(k, np.bool_)
    prepared, consolidated = days - np.timedelta64(3, "D"), days + np.timedelta64(12, "D")
    native_rounds = {
        "meeting": rows,
        "preparation.date": prepared,
        "preparation.group_leaders_attended": ones,
        "preparation.content_set": ones,
        "consolidation.date": consolidated,
        "consolidation.group_leaders_attended": ones,
        "consolidation.resolution_passed": ones,
        "consolidation.tasks_assigned": ones,
    }
    g = 3 * k
    group_days = np.repeat(days, 3) + np.tile(np.array([0, 1, 1], "timedelta64[D]"), k)
    late = rng.random(g) < 0.05
    agenda = np.full(g, steps, np.int64)
    add = rng.random(g) < 0.03
    agenda[add] |= 1 << sh.Topic.DISCIPLINE.value
    all_of = np.ones(g, np.bool_)
    native_groups = {
        "meeting": np.repeat(rows, 3),
        "group": np.tile(np.arange(1, 4), k),
        "date": group_days,
        "chaired_by_group_leader": all_of,
        "committee_member_assigned": all_of,
        "agenda": agenda.astype(np.uint64),
        "members_present": np.full(g, 15),
        "opinions_recorded": all_of,
        "differing_opinions_recorded": all_of,
        "reserved_opinions_recorded": all_of,
        "report_date": group_days + np.where(late, 9, 1).astype("timedelta64[D]"),
    }
    rounds = pd.DataFrame(native_rounds)
    groups = pd.DataFrame({**native_groups, "agenda": _category_of_sets(agenda, None, sh.Topic)})
    return rounds, groups, native_rounds, native_groups


def frame_mb(tables: dict[str, Any]) -> float:
    return sum(float(t.memory_usage(deep=True).sum()) for t in tables.values()) / 2**20


def native_mb(tables: dict[str, Any]) -> float:
    return sum(int(c.nbytes) for t in tables.values() for c in t.values()) / 2**20


# --- Timing and memory ----------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Timing:
    """Seconds of one measurement, the best of its runs: elapsed, and the process's CPU time
    (every thread's), which other work on a shared machine moves less, split into user time
    (the work) and system time (mostly the kernel handing out fresh pages; counted in ticks, so
    0 for a short run)."""

    rows: int
    wall: float
    user: float
    sys: float

    @property
    def cpu(self) -> float:
        return self.user + self.sys


class Clock:
    def __init__(self) -> None:
        self.wall, self.usage = time.perf_counter(), resource.getrusage(resource.RUSAGE_SELF)

    def stop(self, rows: int) -> Timing:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        return Timing(
            rows,
            time.perf_counter() - self.wall,
            usage.ru_utime - self.usage.ru_utime,
            usage.ru_stime - self.usage.ru_stime,
        )


def best(times: Iterable[Timing]) -> Timing:
    """The least elapsed time, and the least CPU time (split as in its run), of several runs."""
    times = list(times)
    cpu = min(times, key=lambda t: t.cpu)
    return Timing(times[0].rows, min(t.wall for t in times), cpu.user, cpu.sys)


def best_of(runs: int, rows: int, f: Callable[[], T]) -> tuple[Timing, T]:
    times: list[Timing] = []
    out: T | None = None
    for _ in range(runs):
        clock = Clock()
        out = f()
        times.append(clock.stop(rows))
    assert out is not None
    return best(times), out


_ENGINE = "_AuditRun"  # what sinhhoat.audit calls in sinhhoat._core


class EngineClock:
    """Times each call of the engine inside sinhhoat.audit (sinhhoat._core._AuditRun: it reads
    the columns, decides every meeting and builds the result's columns, the GIL released)
    without the conversions in Python around it: the C++ engine's own figure."""

    def __init__(self, rows: int) -> None:
        self.rows = rows
        self.times: list[Timing] = []

    def __enter__(self) -> EngineClock:
        self.real = getattr(sh._core, _ENGINE)

        def timed(*args: Any) -> Any:
            clock = Clock()
            run = self.real(*args)
            self.times.append(clock.stop(self.rows))
            return run

        setattr(sh._core, _ENGINE, timed)  # by name: mypy will not have a class assigned to
        return self

    def __exit__(self, *_: object) -> None:
        setattr(sh._core, _ENGINE, self.real)

    def best(self) -> Timing:
        return best(self.times)


def _status_kb(field: str) -> int | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return None


def extra_memory_mb(f: Callable[[], T]) -> tuple[float | None, T]:
    """What f adds to the resident set at its peak (Linux: the peak is reset first; elsewhere
    None). Memory the process freed earlier and f reuses is not counted."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return None, f()
    before = _status_kb("VmRSS")
    out = f()
    peak = _status_kb("VmHWM")
    if before is None or peak is None:
        return None, out
    return (peak - before) / 1024, out


# --- The sh.check loop (the caller's way, sampled) --------------------------------------------


def _set(value: object, enum: Any) -> set[Any] | None:
    if not isinstance(value, str):
        return None
    return {enum.from_code(c) for c in value.split(";") if c}


def check_loop(year: Year, rules: sh.RuleSet, sample: int) -> Timing:
    """Objects per row, each organisation's history by hand, sh.check (on the first rows)."""
    meetings = year.meetings.head(sample)
    orgs = year.organisations.set_index("id")
    unable = year.unable.set_index("organisation")["count"]
    clock = Clock()
    rounds = year.rounds[year.rounds["meeting"] < sample].set_index("meeting")
    groups = dict(iter(year.groups[year.groups["meeting"] < sample].groupby("meeting")))
    history: dict[int, list[sh.Meeting]] = {}
    for i, row in enumerate(meetings.to_dict("records")):
        o = int(row["organisation"])
        record = orgs.loc[o]
        roll = sh.MemberRoll(
            members=int(record["roll.members"]),
            unable=[sh.UnableMembers(grounds={sh.Ground.DISPERSED_WIDE_AREA}, count=int(unable[o]))]
            if o in unable.index
            else [],
        )
        selected = record["pilot.online_selected_on"]
        by_group = bool(record["pilot.by_group"])
        organisation = sh.Organisation(
            kind=sh.OrganisationKind.from_code(record["kind"]),
            roll=roll,
            has_party_groups=by_group,
            party_groups=int(record["party_groups"]) if by_group else None,
            pilot=sh.PilotSelection(
                online=bool(record["pilot.online"]),
                online_selected_on=None if pd.isna(selected) else selected.date(),
                by_group=by_group,
                by_group_selected_on=record["pilot.by_group_selected_on"].date()
                if by_group
                else None,
            ),
        )
        try:
            meeting = sh.Meeting(
                date=row["date"].date(),
                body=sh.MeetingBody.from_code(row["body"]),
                form=sh.MeetingForm.from_code(row["form"]),
                ground=sh.Ground.from_code(row["ground"])
                if isinstance(row["ground"], str)
                else None,
                agenda=_set(row["agenda"], sh.Topic) or set(),
                platform=_set(row["platform"], sh.PlatformItem),
                infrastructure=_set(row["infrastructure"], sh.InfrastructureItem),
                members_online=None
                if np.isnan(row["members_online"])
                else int(row["members_online"]),
                minutes=sh.MeetingMinutes(
                    members_present=int(row["minutes.members_present"]),
                    opinions_recorded=bool(row["minutes.opinions_recorded"]),
                    differing_opinions_recorded=bool(row["minutes.differing_opinions_recorded"]),
                    reserved_opinions_recorded=bool(row["minutes.reserved_opinions_recorded"]),
                ),
            )
            round_ = group_round(rounds.loc[i], groups[i]) if i in groups else None
            verdict = sh.check(
                meeting, organisation, sh.MeetingHistory(history.get(o, [])), rules, round_
            )
            [(f.rule, f.status) for f in verdict]
            history.setdefault(o, []).append(meeting)
        except sh.Error:
            pass
    return clock.stop(sample)


def group_round(record: Any, groups: pd.DataFrame) -> sh.GroupRound:
    """A round's row and its tổ rows as the value check() takes."""
    return sh.GroupRound(
        preparation=sh.GroupPreparation(
            date=record["preparation.date"].date(),
            group_leaders_attended=bool(record["preparation.group_leaders_attended"]),
            content_set=bool(record["preparation.content_set"]),
        ),
        groups=[
            sh.GroupMeeting(
                group=int(g["group"]),
                date=g["date"].date(),
                chaired_by_group_leader=bool(g["chaired_by_group_leader"]),
                committee_member_assigned=bool(g["committee_member_assigned"]),
                agenda=_set(g["agenda"], sh.Topic) or set(),
                members_present=int(g["members_present"]),
                opinions_recorded=bool(g["opinions_recorded"]),
                differing_opinions_recorded=bool(g["differing_opinions_recorded"]),
                reserved_opinions_recorded=bool(g["reserved_opinions_recorded"]),
                report_date=g["report_date"].date(),
            )
            for g in groups.to_dict("records")
        ],
        consolidation=sh.GroupConsolidation(
            date=record["consolidation.date"].date(),
            group_leaders_attended=bool(record["consolidation.group_leaders_attended"]),
            resolution_passed=bool(record["consolidation.resolution_passed"]),
            tasks_assigned=bool(record["consolidation.tasks_assigned"]),
        ),
    )


# --- The subset of the rules, as an analyst would write it -----------------------------------


@dataclasses.dataclass(frozen=True)
class Params:
    """The rule set's parameters the subset needs, read once from it (as an analyst would copy
    them from the guidance)."""

    periods: tuple[tuple[datetime.date, datetime.date | None], ...]
    grounds: frozenset[str]
    excluded: frozenset[str]
    steps: frozenset[str]
    quota_cell: int
    quota_committee: int
    platform: frozenset[str]
    infrastructure: frozenset[str]

    @classmethod
    def of(cls, rules: sh.RuleSet) -> Params:
        d = rules.to_dict()

        def always(key: str) -> Any:
            [entry] = d[key]  # the built-in sets hold each of these for all time
            return entry["value"]

        def day(text: str | None) -> datetime.date | None:
            return None if text is None else datetime.date.fromisoformat(text)

        return cls(
            periods=tuple(
                (datetime.date.fromisoformat(p["first"]), day(p["last"])) for p in d["periods"]
            ),
            grounds=frozenset(always("grounds")),
            excluded=frozenset(always("excluded_topics")),
            steps=frozenset(always("required_steps")),
            quota_cell=int(always("online_quota_cell")),
            quota_committee=int(always("online_quota_committee")),
            platform=frozenset(p.code for p in sh.PlatformItem),
            infrastructure=frozenset(i.code for i in sh.InfrastructureItem),
        )

    def in_window(self, day: datetime.date) -> bool:
        return any(first <= day and (last is None or day <= last) for first, last in self.periods)


# Where these implementations read the rules more loosely than sinhhoat (each difference is
# counted in the agreement table; none of the other shortcuts changes a finding on this data):
# - online.procedure asks the chi bộ steps of II.4.2 of every meeting; sinhhoat asks the steps
#   of the body that meets (R15): a grassroots committee's general meeting has no party dues or
#   current-affairs step, so dropping one of those is no fault there.
# - the majority counts every member unable; sinhhoat counts only those unable on a ground of
#   the meeting's kind (R5), in season (R6), under a decision for a special circumstance (R4).
#   Every unable member here is dispersed_wide_area (special nature, all year).
# - the quota counts every online meeting of the year in the window from the selection on
#   (R12, R43); sinhhoat also leaves out meetings on a special-circumstance ground under a
#   superior decision (R11, R33). This year has no special-circumstance meeting.
#   Like sinhhoat, they count every online meeting of an organisation that is not on the list.
# - an online meeting with no ground or an undated selection: sinhhoat leaves the rules that need
#   them not evaluated; this year has neither.


def pure_python(
    meetings: dict[str, list[Any]],
    organisations: dict[str, list[Any]],
    unable: dict[str, list[Any]],
    p: Params,
) -> dict[str, list[bool]]:
    """The subset in plain Python (dicts, lists, one loop over the meetings): pilot.window,
    online.scope.majority, online.scope.ground, online.authorisation (the pilot list),
    online.quota, content.excluded, online.procedure (the required steps), online.platform and
    online.infrastructure. Rows come as Python lists (codes and sets as strings, dates as
    datetime.date, missing values as None), as a csv reader would give them.
    """
    orgs: dict[Any, tuple[bool, int, bool, datetime.date | None]] = {}
    for i, oid in enumerate(organisations["id"]):
        base = organisations["roll.members"][i]  # nobody exempted or suspended in this export
        orgs[oid] = (
            organisations["kind"][i] == "grassroots_committee",
            base,
            bool(organisations["pilot.online"][i]),
            organisations["pilot.online_selected_on"][i],
        )
    unable_of: dict[Any, int] = {}
    for oid, count in zip(unable["organisation"], unable["count"], strict=True):
        unable_of[oid] = unable_of.get(oid, 0) + count

    org_col, day_col, form_col = meetings["organisation"], meetings["date"], meetings["form"]
    n = len(org_col)
    flags = {rule: [False] * n for rule in SUBSET}
    window = flags["pilot.window"]
    majority = flags["online.scope.majority"]
    ground_flag = flags["online.scope.ground"]
    listed_flag = flags["online.authorisation"]
    quota_flag = flags["online.quota"]
    excluded_flag = flags["content.excluded"]
    steps_flag = flags["online.procedure"]
    platform_flag = flags["online.platform"]
    infrastructure_flag = flags["online.infrastructure"]
    used: dict[tuple[Any, int], int] = {}
    # The quota counts in date order, then row order (sorted() is stable).
    for i in sorted(range(n), key=lambda i: (org_col[i], day_col[i])):
        if form_col[i] not in ONLINE:
            continue
        online_members = meetings["members_online"][i]
        if online_members is not None and online_members < 0:
            continue  # a bad row: nobody's history
        day = day_col[i]
        if not p.in_window(day):
            window[i] = True
            continue
        oid = org_col[i]
        committee, base, listed, selected = orgs[oid]
        if 2 * unable_of.get(oid, 0) <= base:
            majority[i] = True
        ground = meetings["ground"][i]
        if ground is None or ground not in p.grounds:
            ground_flag[i] = True
        if not listed or (selected is not None and selected > day):
            listed_flag[i] = True
        if selected is None or day >= selected:
            key = (oid, day.year)
            used[key] = used.get(key, 0) + 1
            if used[key] > (p.quota_committee if committee else p.quota_cell):
                quota_flag[i] = True
        agenda = meetings["agenda"][i]
        topics = set(agenda.split(";")) if agenda else set()
        if topics & p.excluded:
            excluded_flag[i] = True
        if not p.steps <= topics:
            steps_flag[i] = True
        platform = meetings["platform"][i]
        if platform is not None and not p.platform <= set(platform.split(";")):
            platform_flag[i] = True
        infrastructure = meetings["infrastructure"][i]
        if infrastructure is not None and not p.infrastructure <= set(infrastructure.split(";")):
            infrastructure_flag[i] = True
    return flags


def python_lists(tables: dict[str, Any]) -> dict[str, dict[str, list[Any]]]:
    """The string tables as Python lists, missing values as None (not timed)."""
    out: dict[str, dict[str, list[Any]]] = {}
    for name, frame in tables.items():
        columns: dict[str, list[Any]] = {}
        for column in frame.columns:
            s = frame[column]
            if pd.api.types.is_datetime64_any_dtype(s.dtype):
                columns[column] = s.to_numpy(dtype="datetime64[D]").tolist()
            else:
                columns[column] = s.astype(object).where(s.notna(), None).tolist()
        out[name] = columns
    return out


def _by_category(column: Any, test: Callable[[str], bool], missing: bool) -> Bools:
    """A test of each distinct value of a categorical, taken by row (-1, missing, last)."""
    table = np.array([test(str(c)) for c in column.cat.categories] + [missing], dtype=np.bool_)
    codes: Ints = column.cat.codes.to_numpy()
    return table[codes]


def read_once(tables: dict[str, Any]) -> int:
    """One pass of NumPy over every column of the categorical tables (a categorical's codes, a
    date's ticks): what touching each byte of the input once costs, a floor for anything that
    checks every row."""
    total = 0
    for frame in tables.values():
        for name in frame.columns:
            column = frame[name]
            values = (
                column.cat.codes.to_numpy()
                if isinstance(column.dtype, pd.CategoricalDtype)
                else column.to_numpy()
            )
            if values.dtype.kind == "M":
                values = values.view(np.int64)
            total += bool(values.max())
    return total


def pandas_vectorised(
    meetings: pd.DataFrame, organisations: pd.DataFrame, unable: pd.DataFrame, p: Params
) -> Flags:
    """The subset in vectorised pandas: the online rows, merged with their organisations,
    per-category tests of the sets, groupby/cumcount for the quota."""
    n = len(meetings)
    online = (meetings["form"].isin(ONLINE) & ~(meetings["members_online"] < 0)).to_numpy()
    columns = ["organisation", "date", "ground", "agenda", "platform", "infrastructure"]
    x = meetings.loc[online, columns]
    orgs = organisations.set_index("id")
    orgs = pd.DataFrame(
        {
            "committee": orgs["kind"] == "grassroots_committee",
            "base": orgs["roll.members"],
            "listed": orgs["pilot.online"],
            "selected": orgs["pilot.online_selected_on"],
            "unable": unable.groupby("organisation")["count"].sum(),
        }
    )
    x = x.join(orgs, on="organisation")
    rows = x.index.to_numpy()
    day = x["date"]
    in_window = np.zeros(len(x), np.bool_)
    for first, last in p.periods:
        inside = day >= pd.Timestamp(first)
        if last is not None:
            inside &= day <= pd.Timestamp(last)
        in_window |= inside.to_numpy()
    flags = {rule: np.zeros(n, np.bool_) for rule in SUBSET}
    flags["pilot.window"][rows[~in_window]] = True
    x, rows = x[in_window], rows[in_window]

    def put(rule: str, mask: Any) -> None:
        flags[rule][rows[np.asarray(mask, dtype=np.bool_)]] = True

    put("online.scope.majority", 2 * x["unable"].fillna(0) <= x["base"])
    put("online.scope.ground", ~x["ground"].isin(p.grounds))
    put("online.authorisation", ~x["listed"] | (x["selected"] > x["date"]))
    put(
        "content.excluded",
        _by_category(x["agenda"], lambda a: bool(p.excluded & {*a.split(";")}), False),
    )
    put(
        "online.procedure",
        _by_category(x["agenda"], lambda a: not p.steps <= {*a.split(";")}, True),
    )
    put(
        "online.platform",
        _by_category(x["platform"], lambda s: not p.platform <= {*s.split(";")}, False),
    )
    put(
        "online.infrastructure",
        _by_category(x["infrastructure"], lambda s: not p.infrastructure <= {*s.split(";")}, False),
    )
    counted = x[x["selected"].isna() | (x["date"] >= x["selected"])]
    counted = counted.sort_values(["organisation", "date"], kind="stable")
    rank = counted.groupby(["organisation", counted["date"].dt.year]).cumcount() + 1
    quota = np.where(counted["committee"], p.quota_committee, p.quota_cell)
    flags["online.quota"][counted.index.to_numpy()[(rank > quota).to_numpy()]] = True
    return flags


def _module(name: str) -> ModuleType | None:
    """An optional library, or None: imported by name, so that type-checking this file needs
    neither DuckDB nor OpenFisca installed."""
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def _sql_date(day: datetime.date) -> str:
    return f"DATE '{day.isoformat()}'"


def _sql_list(values: frozenset[str]) -> str:
    return "[" + ", ".join(f"'{v}'" for v in sorted(values)) + "]"


def duckdb_sql(p: Params) -> str:
    """The subset as one query over the pandas frames (the quota by a window function)."""
    window = " OR ".join(
        f"day BETWEEN {_sql_date(first)} AND {_sql_date(last)}"
        if last is not None
        else f"day >= {_sql_date(first)}"
        for first, last in p.periods
    )
    grounds = ", ".join(f"'{g}'" for g in sorted(p.grounds))
    return f"""
WITH o AS (
    SELECT o.id, CAST(o.kind AS VARCHAR) = 'grassroots_committee' AS committee,
           o."roll.members" AS base, o."pilot.online" AS listed,
           CAST(o."pilot.online_selected_on" AS DATE) AS selected,
           COALESCE(u.unable, 0) AS unable
    FROM organisations o
    LEFT JOIN (SELECT organisation, SUM("count") AS unable FROM unable GROUP BY organisation) u
           ON u.organisation = o.id
), x AS (
    SELECT m."row", m.organisation, CAST(m."date" AS DATE) AS day,
           CAST(m.ground AS VARCHAR) AS ground,
           string_split(CAST(m.agenda AS VARCHAR), ';') AS topics,
           string_split(CAST(m.platform AS VARCHAR), ';') AS platform,
           string_split(CAST(m.infrastructure AS VARCHAR), ';') AS infrastructure,
           o.committee, o.base, o.listed, o.selected, o.unable
    FROM meetings m JOIN o ON o.id = m.organisation
    WHERE CAST(m.form AS VARCHAR) IN ('hybrid', 'fully_online')
      AND COALESCE(m.members_online >= 0, TRUE)
), w AS (
    SELECT *, ({window}) AS in_window FROM x
), q AS (
    SELECT *, in_window AND (selected IS NULL OR day >= selected) AS counted FROM w
), r AS (
    SELECT *, CASE WHEN counted THEN row_number() OVER (
        PARTITION BY organisation, year(day), counted ORDER BY day, "row") END AS used
    FROM q
)
SELECT "row",
    NOT in_window AS "pilot.window",
    in_window AND 2 * unable <= base AS "online.scope.majority",
    in_window AND (ground IS NULL OR ground NOT IN ({grounds})) AS "online.scope.ground",
    in_window AND (NOT listed OR COALESCE(selected > day, FALSE)) AS "online.authorisation",
    COALESCE(used > CASE WHEN committee THEN {p.quota_committee} ELSE {p.quota_cell} END, FALSE)
        AS "online.quota",
    in_window AND list_has_any(topics, {_sql_list(p.excluded)}) AS "content.excluded",
    in_window AND NOT list_has_all(topics, {_sql_list(p.steps)}) AS "online.procedure",
    in_window AND COALESCE(NOT list_has_all(platform, {_sql_list(p.platform)}), FALSE)
        AS "online.platform",
    in_window AND COALESCE(NOT list_has_all(infrastructure, {_sql_list(p.infrastructure)}), FALSE)
        AS "online.infrastructure"
FROM r
"""


def duckdb_run(
    duckdb: ModuleType,
    meetings: pd.DataFrame,
    organisations: pd.DataFrame,
    unable: pd.DataFrame,
    p: Params,
) -> Flags:
    n = len(meetings)
    con = duckdb.connect()
    con.execute("SET threads = 1")
    con.register("meetings", meetings.assign(row=np.arange(n)))
    con.register("organisations", organisations)
    con.register("unable", unable)
    out = con.execute(duckdb_sql(p)).fetchnumpy()
    con.close()
    rows = np.asarray(out["row"])
    flags = {rule: np.zeros(n, np.bool_) for rule in SUBSET}
    for rule in SUBSET:
        flags[rule][rows[np.asarray(out[rule], dtype=np.bool_)]] = True
    return flags


def openfisca_system(core: dict[str, ModuleType], p: Params) -> Any:
    """Meetings as OpenFisca's persons, organisations as their group entity; one simulation per
    calendar year, the quota's period. The variables are made with type(): openfisca-core is
    optional and untyped, and mypy (strict) refuses a class statement deriving from Any."""
    entities, variables, periods = core["entities"], core["variables"], core["periods"]
    meeting = entities.build_entity("meeting", "meetings", "A meeting", is_person=True)
    organisation = entities.build_entity(
        "organisation",
        "organisations",
        "A party organisation",
        roles=[{"key": "meeting", "plural": "meetings", "label": "Its meetings"}],
    )
    system = core["taxbenefitsystems"].TaxBenefitSystem([meeting, organisation])
    excluded_mask = _bits(sh.Topic.from_code(t) for t in p.excluded)
    windows = [
        (np.datetime64(first), np.datetime64(last) if last else np.datetime64("9999-12-31"))
        for first, last in p.periods
    ]

    def live(m: Any, period: Any) -> Any:
        day = m("date", period)
        inside = np.zeros(len(day), np.bool_)
        for first, last in windows:
            inside |= (day >= first) & (day <= last)
        return m("online", period) & inside

    def majority_not_met(m: Any, period: Any) -> Any:
        met = 2 * m.organisation("unable", period) > m.organisation("base", period)
        return m("live", period) & ~met

    def excluded_content(m: Any, period: Any) -> Any:
        return m("live", period) & (m("agenda", period) & excluded_mask != 0)

    def counted(m: Any, period: Any) -> Any:
        return m("live", period) & (m("date", period) >= m.organisation("selected_on", period))

    def quota_used(m: Any, period: Any) -> Any:
        # Meetings are given in date order within their organisation: the count so far is a
        # running sum over the positions.
        c = m("counted", period).astype(np.int32)
        org = m.simulation.populations["organisation"]
        position = org.members_position
        running = org.filled_array(0, dtype=np.int32)
        used = np.zeros(len(c), np.int32)
        for k in range(int(position.max()) + 1 if len(position) else 0):
            running = running + org.value_nth_person(k, c)
            at = position == k
            used[at] = org.project(running)[at]
        return used

    def quota_exceeded(m: Any, period: Any) -> Any:
        quota = np.where(m.organisation("committee", period), p.quota_committee, p.quota_cell)
        return m("counted", period) & (m("quota_used", period) > quota)

    year = periods.DateUnit.YEAR
    specs: list[tuple[str, Any, type, Callable[[Any, Any], Any] | None]] = [
        ("date", meeting, datetime.date, None),
        ("online", meeting, bool, None),
        ("agenda", meeting, int, None),
        ("base", organisation, int, None),
        ("unable", organisation, int, None),
        ("committee", organisation, bool, None),
        ("selected_on", organisation, datetime.date, None),
        ("live", meeting, bool, live),
        ("counted", meeting, bool, counted),
        ("quota_used", meeting, int, quota_used),
        ("majority_not_met", meeting, bool, majority_not_met),
        ("excluded_content", meeting, bool, excluded_content),
        ("quota_exceeded", meeting, bool, quota_exceeded),
    ]
    for name, entity, value_type, formula in specs:
        attrs: dict[str, Any] = {
            "value_type": value_type,
            "entity": entity,
            "definition_period": year,
            "label": name,
        }
        if formula is not None:
            attrs["formula"] = formula
        system.add_variable(type(name, (variables.Variable,), attrs))
    return system


def openfisca_run(
    core: dict[str, ModuleType],
    system: Any,
    meetings: pd.DataFrame,
    organisations: pd.DataFrame,
    unable: pd.DataFrame,
) -> Flags:
    """The inputs from the frames, the simulation, the three rules (all timed)."""
    n = len(meetings)
    org_index = pd.Index(organisations["id"]).get_indexer(meetings["organisation"])
    day = meetings["date"].to_numpy(dtype="datetime64[D]")
    order = np.lexsort((np.arange(n), day, org_index))  # members in date order (quota_used)
    ok = ~(meetings["members_online"] < 0).to_numpy()
    online = meetings["form"].isin(ONLINE).to_numpy() & ok
    agenda = _agenda_bits(meetings["agenda"])
    builder = core["simulations"].SimulationBuilder()
    builder.create_entities(system)
    builder.declare_person_entity("meeting", np.arange(n))
    # OpenFisca numbers a group by its rank among the groups that have members: only the
    # organisations that met are declared, so that the two numberings agree.
    present = np.unique(org_index)
    orgs = organisations.iloc[present]
    group = builder.declare_entity("organisation", present)
    builder.join_with_persons(group, org_index[order], np.zeros(n, np.int32))
    simulation = builder.build(system)
    period = str(YEAR)
    simulation.set_input("date", period, day[order])
    simulation.set_input("online", period, online[order])
    simulation.set_input("agenda", period, agenda[order])
    simulation.set_input("base", period, orgs["roll.members"].to_numpy(np.int32))
    per_org = unable.groupby("organisation")["count"].sum()
    simulation.set_input(
        "unable", period, per_org.reindex(orgs["id"], fill_value=0).to_numpy(np.int32)
    )
    simulation.set_input("committee", period, (orgs["kind"] == "grassroots_committee").to_numpy())
    listed = orgs["pilot.online"].to_numpy(np.bool_)
    selected = orgs["pilot.online_selected_on"].to_numpy(dtype="datetime64[D]")
    # Not on the list (or undated): every online meeting counts, as pure_python's None does.
    selected = np.where(listed & ~np.isnat(selected), selected, np.datetime64("1970-01-01"))
    simulation.set_input("selected_on", period, selected)
    flags = {}
    variables = ("majority_not_met", "quota_exceeded", "excluded_content")
    for rule, variable in zip(OPENFISCA_SUBSET, variables, strict=True):
        values = np.zeros(n, np.bool_)
        values[order] = simulation.calculate(variable, period)
        flags[rule] = values
    return flags


def _agenda_bits(column: Any) -> npt.NDArray[np.int32]:
    codes = [
        _bits(sh.Topic.from_code(t) for t in str(c).split(";") if t) for c in column.cat.categories
    ]
    rows: Ints = column.cat.codes.to_numpy()
    return np.array([*codes, 0], dtype=np.int32)[rows]


# --- Comparing the findings -----------------------------------------------------------------


def audit_flags(result: sh.AuditResult, online: Bools) -> tuple[Flags, Bools]:
    """The audit's findings of the subset by rule and row, of the meetings held online (a
    round's tổ meetings are asked for excluded topics and the window too, which the alternatives
    do not do); the rows it could not read."""
    n = len(online)
    f = result.findings
    rule = pc.cast(f["rule"], pa.string())
    status = pc.cast(f["status"], pa.string())
    flagged = pc.is_in(status, pa.array(["violated", "not_covered"]))
    rows = np.asarray(f["meeting"])
    flags = {}
    for code in SUBSET:
        mask = np.asarray(pc.and_(pc.equal(rule, code), flagged))
        values = np.zeros(n, np.bool_)
        values[rows[mask]] = True
        flags[code] = values & online
    invalid = np.asarray(
        pc.equal(pc.cast(result.outcomes["outcome"], pa.string()), "invalid_input")
    )
    return flags, invalid


def compare(
    found: dict[str, Flags | None], audit: Flags, year: Year, p: Params
) -> dict[str, dict[str, int] | None]:
    """Rows flagged by each, and the differences from the audit not explained by R15 (None for
    an alternative not run)."""
    names = [k for k, v in found.items() if v is not None]
    print(f"\nrows flagged ({year.rows:,} meetings; violated, or not covered for the window):")
    print(f"{'rule':24}{'sinhhoat':>10}" + "".join(f"{k:>19}" for k in names))
    # R15: a grassroots committee's general meeting holds no party dues or current affairs.
    committee_free = _bits([sh.Topic.PARTY_DUES, sh.Topic.CURRENT_AFFAIRS])
    steps = _bits(sh.Topic.from_code(t) for t in p.steps)
    missing = steps & ~year.agenda_bits
    r15 = year.committee & (missing != 0) & (missing & ~committee_free == 0)
    report: dict[str, dict[str, int]] = {
        k: {"flagged": 0, "differ": 0, "unexplained": 0} for k in names
    }
    for rule in SUBSET:
        line = f"{rule:24}{int(audit[rule].sum()):>10,}"
        for k in names:
            mine = found[k]
            assert mine is not None
            if rule not in mine:
                line += f"{'-':>19}"
                continue
            differ = mine[rule] != audit[rule]
            if rule == "online.procedure":
                explained = differ & r15 & mine[rule]
            else:
                explained = np.zeros_like(differ)
            report[k]["flagged"] += int(mine[rule].sum())
            report[k]["differ"] += int(differ.sum())
            report[k]["unexplained"] += int((differ & ~explained).sum())
            note = f" ({int(differ.sum())}≠)" if differ.any() else ""
            line += f"{f'{int(mine[rule].sum()):,}{note}':>19}"
        print(line)
    for k in names:
        r = report[k]
        print(
            f"{k}: {r['differ']:,} (meeting, rule) pairs differ from sinhhoat.audit: "
            f"{r['differ'] - r['unexplained']:,} by R15 (sinhhoat asks a committee's meeting no "
            f"dues or current affairs), {r['unexplained']:,} unexplained"
        )
    # The alternatives implement the same reading: they must agree among themselves exactly.
    base = found.get("pure_python")
    for k in names:
        mine = found[k]
        if k == "pure_python" or base is None or mine is None:
            continue
        differ = sum(int((mine[r] != base[r]).sum()) for r in mine)
        report[k]["differ_from_pure_python"] = differ
        print(f"{k} against pure_python: {differ:,} (meeting, rule) pairs differ")
    return {k: report.get(k) for k in found}


# --- The run --------------------------------------------------------------------------------

# The figures, by JSON key, with what the printed table calls them; those measured on one core
# also have a rate by CPU time.
FIGURES = {
    "cpp_rows_per_s": "C++ engine alone, native layout, 1 thread",
    "cpp_threads_rows_per_s": "C++ engine alone, native layout, all cores",
    "audit_native_rows_per_s": "sinhhoat.audit, native layout, 1 thread",
    "audit_rows_per_s": "sinhhoat.audit, categoricals, all cores",
    "audit_one_thread_rows_per_s": "sinhhoat.audit, categoricals, 1 thread",
    "audit_strings_rows_per_s": "sinhhoat.audit, strings, all cores",
    "check_loop_rows_per_s": "row loop with sh.check (sampled)",
    "pure_python_rows_per_s": "pure Python, subset",
    "pandas_vectorised_rows_per_s": "vectorised pandas, subset",
    "duckdb_rows_per_s": "DuckDB, 1 thread, subset",
    "openfisca_rows_per_s": "OpenFisca, 3 rules",
    "read_once_rows_per_s": "NumPy, one pass over every column (floor)",
}
ONE_CORE = {
    "cpp_rows_per_s",
    "audit_native_rows_per_s",
    "audit_one_thread_rows_per_s",
    "check_loop_rows_per_s",
    "pure_python_rows_per_s",
    "pandas_vectorised_rows_per_s",
    "duckdb_rows_per_s",
    "openfisca_rows_per_s",
    "read_once_rows_per_s",
}
# Per core: sinhhoat.audit on one thread from categoricals against what uses one core.
AGAINST = {
    "audit_vs_cpp": "cpp_rows_per_s",
    "audit_vs_pandas_vectorised": "pandas_vectorised_rows_per_s",
    "audit_vs_duckdb": "duckdb_rows_per_s",
    "audit_vs_pure_python": "pure_python_rows_per_s",
    "audit_vs_openfisca": "openfisca_rows_per_s",
    "audit_vs_check_loop": "check_loop_rows_per_s",
    "audit_vs_read_once": "read_once_rows_per_s",
}


def rate(t: Timing | None, cpu: bool = False) -> int | None:
    if t is None:
        return None
    return round(t.rows / (t.cpu if cpu else t.wall))


def ratio(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None or b == 0 else round(a / b, 2)


def audit(tables: dict[str, Any], rules: sh.RuleSet, threads: int | None = None) -> sh.AuditResult:
    return sh.audit(
        tables["meetings"],
        tables["organisations"],
        rules,
        unable=tables["unable"],
        rounds=tables["rounds"],
        groups=tables["groups"],
        threads=threads,
    )


@dataclasses.dataclass
class SideBySide:
    """Every alternative on one year."""

    times: dict[str, Timing | None]  # by figure key
    extra_mb: float | None  # sinhhoat.audit's, from categoricals
    input_mb: dict[str, float]  # categoricals, strings, native
    counts: dict[str, int]
    agreement: dict[str, dict[str, int] | None]
    not_installed: dict[str, str]


def from_strings(
    year: Year, rules: sh.RuleSet, runs: int, p: Params
) -> tuple[float, Timing, Timing, dict[str, list[bool]]]:
    """The audit from plain strings, and the pure-Python loop over them as Python lists: their
    size, the two times and the loop's findings (the strings are dropped on return)."""
    strings = year.strings()
    t_str, _ = best_of(runs, year.rows, lambda: audit(strings, rules))
    lists = python_lists({k: strings[k] for k in ("meetings", "organisations", "unable")})
    t_py, py = best_of(
        runs,
        year.rows,
        lambda: pure_python(lists["meetings"], lists["organisations"], lists["unable"], p),
    )
    return frame_mb(strings), t_str, t_py, py


def side_by_side(year: Year, rules: sh.RuleSet, p: Params, runs: int) -> SideBySide:
    rows, cat, native = year.rows, year.categorical(), year.native
    # What the alternatives read: the subset is about meetings held online, not about rounds.
    online_tables = {k: cat[k] for k in ("meetings", "organisations", "unable")}
    # The engine first, while little else has been allocated: its extra memory is then its own.
    extra_mb, result = extra_memory_mb(lambda: audit(cat, rules))
    times: dict[str, Timing | None] = {}
    with EngineClock(rows) as engine:
        times["audit_native_rows_per_s"], _ = best_of(
            runs, rows, lambda: audit(native, rules, threads=1)
        )
    times["cpp_rows_per_s"] = engine.best()
    with EngineClock(rows) as engine:
        best_of(runs, rows, lambda: audit(native, rules))
    times["cpp_threads_rows_per_s"] = engine.best()
    times["audit_rows_per_s"], _ = best_of(runs, rows, lambda: audit(cat, rules))
    times["audit_one_thread_rows_per_s"], _ = best_of(
        runs, rows, lambda: audit(cat, rules, threads=1)
    )
    strings_mb, times["audit_strings_rows_per_s"], times["pure_python_rows_per_s"], py = (
        from_strings(year, rules, runs, p)
    )
    times["check_loop_rows_per_s"] = check_loop(year, rules, min(rows, 3000))
    times["read_once_rows_per_s"], _ = best_of(runs, rows, lambda: read_once(cat))
    times["pandas_vectorised_rows_per_s"], by_pandas = best_of(
        runs, rows, lambda: pandas_vectorised(p=p, **online_tables)
    )

    not_installed: dict[str, str] = {}
    duckdb = _module("duckdb")
    by_duckdb: Flags | None = None
    times["duckdb_rows_per_s"] = None
    if duckdb is None:
        not_installed["duckdb"] = "pip install duckdb"
    else:
        times["duckdb_rows_per_s"], by_duckdb = best_of(
            runs, rows, lambda: duckdb_run(duckdb, p=p, **online_tables)
        )
    core = {
        name: _module(f"openfisca_core.{name}")
        for name in ("entities", "variables", "periods", "taxbenefitsystems", "simulations")
    }
    by_openfisca: Flags | None = None
    times["openfisca_rows_per_s"] = None
    if any(m is None for m in core.values()):
        not_installed["openfisca"] = "pip install openfisca-core"
    else:
        loaded = {k: v for k, v in core.items() if v is not None}
        system = openfisca_system(loaded, p)
        times["openfisca_rows_per_s"], by_openfisca = best_of(
            runs, rows, lambda: openfisca_run(loaded, system, **online_tables)
        )

    audit_found, invalid = audit_flags(result, year.online)
    found: dict[str, Flags | None] = {
        "pure_python": {k: np.array(v, dtype=np.bool_) for k, v in py.items()},
        "pandas_vectorised": by_pandas,
        "duckdb": by_duckdb,
        "openfisca": by_openfisca,
    }
    return SideBySide(
        times=times,
        extra_mb=extra_mb,
        input_mb={
            "categoricals": frame_mb(cat),
            "strings": strings_mb,
            "native": native_mb(native),
        },
        counts={
            "findings": result.findings.num_rows,
            "problems": result.problems.num_rows,
            "invalid_rows": int(invalid.sum()),
            "rounds": len(year.rounds),
            "late_reports": int(
                pc.sum(
                    pc.and_(
                        pc.equal(
                            pc.cast(result.findings["rule"], pa.string()), "group.report_deadline"
                        ),
                        pc.equal(pc.cast(result.findings["status"], pa.string()), "violated"),
                    )
                ).as_py()
                or 0
            ),
        },
        agreement=compare(found, audit_found, year, p),
        not_installed=not_installed,
    )


def scale_point(n: int, rules: sh.RuleSet, runs: int) -> dict[str, int | None]:
    year = make_year(n)
    with EngineClock(year.rows) as engine:
        best_of(runs, year.rows, lambda: audit(year.native, rules, threads=1))
    cat, _ = best_of(runs, year.rows, lambda: audit(year.categorical(), rules))
    return point(engine.best(), cat)


def point(cpp: Timing | None, cat: Timing | None) -> dict[str, int | None]:
    assert cpp is not None
    return {
        "rows": cpp.rows,
        "cpp_rows_per_s": rate(cpp),
        "cpp_cpu_rows_per_s": rate(cpp, cpu=True),
        "cpp_user_ns_per_row": round(cpp.user / cpp.rows * 1e9),
        "cpp_sys_ns_per_row": round(cpp.sys / cpp.rows * 1e9),
        "audit_rows_per_s": rate(cat),
    }


def runs_for(rows: int) -> int:
    return 3 if rows <= 1_000_000 else 2 if rows <= 10_000_000 else 1


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a smaller year, under a minute")
    parser.add_argument("--big", action="store_true", help="also 36 M meetings for the scaling")
    parser.add_argument("--organisations", type=int, default=None)
    args = parser.parse_args()
    n = args.organisations or (20_000 if args.quick else 300_000)
    rules = sh.rule_sets.hd03()
    year = make_year(n)
    rows = year.rows
    run = side_by_side(year, rules, Params.of(rules), runs_for(rows))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    del year  # the larger scale points need the memory

    # How the cost grows: the same mix at a tenth of the size and (--big) ten times the size.
    times = run.times
    scaling = []
    for size in sorted({max(n // 10, 1), n, *([n * 10] if args.big else [])}):
        if size == n:
            scaling.append(point(times["cpp_rows_per_s"], times["audit_rows_per_s"]))
        else:
            scaling.append(scale_point(size, rules, runs_for(size * 12)))

    scaling_peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    per_s = {key: rate(times[key]) for key in FIGURES}
    per_cpu_s = {key: rate(times[key], cpu=True) for key in FIGURES if key in ONE_CORE}
    one, one_cpu = per_s["audit_one_thread_rows_per_s"], per_cpu_s["audit_one_thread_rows_per_s"]
    input_mb = run.input_mb["categoricals"]
    ratios = {name: ratio(one, per_s[key]) for name, key in AGAINST.items()}
    ratios |= {
        "cpp_threads_vs_cpp": ratio(per_s["cpp_threads_rows_per_s"], per_s["cpp_rows_per_s"]),
        "audit_extra_vs_input": ratio(run.extra_mb, input_mb),
        # A meeting's cost at the largest size over its cost at the smallest (1: linear), by
        # CPU time and by user time alone (without the kernel's paging).
        "cpp_per_row_cost_growth": ratio(
            scaling[0]["cpp_cpu_rows_per_s"], scaling[-1]["cpp_cpu_rows_per_s"]
        ),
        "cpp_user_per_row_cost_growth": ratio(
            scaling[-1]["cpp_user_ns_per_row"], scaling[0]["cpp_user_ns_per_row"]
        ),
        "audit_per_row_cost_growth": ratio(
            scaling[0]["audit_rows_per_s"], scaling[-1]["audit_rows_per_s"]
        ),
    }
    figures: dict[str, Any] = {
        "bench": "audit_bench",
        "rows": rows,
        "organisations": n,
        "cores": os.cpu_count(),
        **run.counts,
        **per_s,
        "cpu_rows_per_s": per_cpu_s,
        "peak_rss_mb": round(peak_mb),  # of the side-by-side run
        "scaling_peak_rss_mb": round(scaling_peak_mb),
        "input_mb": round(input_mb, 1),
        "input_strings_mb": round(run.input_mb["strings"], 1),
        "native_input_mb": round(run.input_mb["native"], 1),
        "audit_extra_mb": None if run.extra_mb is None else round(run.extra_mb),
        "ratios": ratios,
        "ratios_cpu": {name: ratio(one_cpu, per_cpu_s[key]) for name, key in AGAINST.items()},
        "agreement": run.agreement,
        "scaling": scaling,
        "not_installed": run.not_installed,
    }

    print(
        f"\n{rows:,} meetings of {n:,} organisations, {run.counts['problems']} bad rows; input "
        f"{input_mb:.1f} MB as categoricals, {run.input_mb['strings']:.1f} MB as strings, "
        f"{run.input_mb['native']:.1f} MB in the engine's layout"
    )
    print(f"{'meetings/s':>58}{'by CPU time':>14}{'audit, 1 thread, ×':>20}")
    for key, label in FIGURES.items():
        value = per_s[key]
        shown = "—" if value is None else f"{value:,}"
        cpu = per_cpu_s.get(key)
        times_faster = ratio(one, value)
        print(
            f"{label:44}{shown:>14}{'' if cpu is None else f'{cpu:,}':>14}"
            f"{'' if times_faster is None else f'{times_faster:,.2f}':>20}"
        )
    for name, how in run.not_installed.items():
        print(f"{name}: not installed: {how}")
    print("how the cost grows (meetings/s):")
    for s in scaling:
        print(
            f"  {s['rows']:>12,} meetings: C++ engine {s['cpp_rows_per_s']:>12,} "
            f"({s['cpp_cpu_rows_per_s']:,} by CPU time; {s['cpp_user_ns_per_row']} ns user, "
            f"{s['cpp_sys_ns_per_row']} ns system a meeting), "
            f"sinhhoat.audit {s['audit_rows_per_s']:>12,}"
        )
    extra = "unknown" if run.extra_mb is None else f"{run.extra_mb:.0f} MB"
    print(
        f"peak memory {peak_mb:.0f} MB ({scaling_peak_mb:.0f} MB with the scale points); "
        f"sinhhoat.audit's extra memory at its peak {extra}"
    )
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
