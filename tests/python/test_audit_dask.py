"""sinhhoat.dask.audit: the audit partition by partition, on Dask's local scheduler and on a
cluster of two worker processes, finds what one sinhhoat.audit of the whole input finds.

The meetings are shuffled and cut into several input partitions, so that an organisation's
meetings (among them those of a pilot cell that holds more online meetings than its quota, two of
them on one day) arrive in different partitions; there are bad rows of several tables, and two
rows of one organisation with one meeting id.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest

import sinhhoat as sh

np = pytest.importorskip("numpy")
pd = pytest.importorskip("pandas")
pa = pytest.importorskip("pyarrow")
dask = pytest.importorskip("dask")
dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

import sinhhoat.dask as shd  # noqa: E402  (after the skips: it needs Dask)
from builders import D, by_group_meeting, full_round, group_cell, online_meeting, pilot_cell  # noqa: E402
from test_audit import Year, _flat  # noqa: E402

# Columns as given: Dask's default would turn object columns (lists, flags with None) into
# their string forms.
NO_STRING_CONVERSION = {"dataframe.convert-string": False}


def _tables() -> dict[str, Any]:
    """A year of records in pandas frames, rows of one organisation scattered over the table."""
    frames = Year(seed=21, n=60).frames()
    organisations = [frames["organisations"]]
    unable = [frames["unable"]]
    meetings = [frames["meetings"]]
    rounds: list[dict[str, Any]] = []
    groups: list[dict[str, Any]] = []

    # A pilot cell with six online meetings in 2024, two of them on one day: beyond its quota.
    organisations.append(pd.DataFrame([{"id": "PILOT", **_flat(pilot_cell())}]))
    unable.append(
        pd.DataFrame([{"organisation": "PILOT", "grounds": ["dispersed_wide_area"], "count": 13}])
    )
    days = [D(2024, 2, 5), D(2024, 4, 5), D(2024, 6, 5), D(2024, 9, 10), D(2024, 9, 10)]
    meetings.append(
        pd.DataFrame([{"organisation": "PILOT", **_flat(online_meeting(d))} for d in days])
    )
    # A cell meeting by tổ đảng: its rounds and tổ meetings refer to meetings by id.
    organisations.append(pd.DataFrame([{"id": "GROUPS", **_flat(group_cell())}]))
    for k, day in enumerate([D(2024, 3, 4), D(2024, 6, 3), D(2024, 9, 2)]):
        meetings.append(pd.DataFrame([{"organisation": "GROUPS", **_flat(by_group_meeting(day))}]))
        rounds.append({"meeting": f"G{k}", **_flat(full_round(day))})
        groups.extend({"meeting": f"G{k}", **_flat(g)} for g in full_round(day).groups)
    rounds.append({"meeting": "G0", **_flat(full_round(D(2024, 3, 4)))})  # a second round row
    rounds.append({"meeting": "G-none", **_flat(full_round(D(2024, 3, 4)))})  # no such meeting
    # A tổ meeting of "TWICE", an id two meetings of two other organisations have.
    groups.append({"meeting": "TWICE", **_flat(full_round(D(2024, 3, 4)).groups[0])})

    organisations_frame = pd.concat(organisations, ignore_index=True)
    # Bad rows: an id given twice, a negative count, an unknown code, an unknown organisation.
    organisations_frame = pd.concat(
        [organisations_frame, organisations_frame.iloc[[7]]], ignore_index=True
    )
    unable_frame = pd.concat(unable, ignore_index=True)
    unable_frame.loc[3, "count"] = -2
    meetings_frame = pd.concat(meetings, ignore_index=True)
    meetings_frame.loc[0, "form"] = "by_carrier_pigeon"
    meetings_frame.loc[1, "organisation"] = "CB-9999"
    ids = [f"M{k:04d}" for k in range(len(meetings_frame))]
    ids[-3:] = ["G0", "G1", "G2"]  # the tổ đảng cell's meetings, the last three
    org = meetings_frame["organisation"]
    ids[2] = ids[int(np.flatnonzero(org != org[2])[1])] = "TWICE"  # of two organisations
    # One meeting exported twice: two rows of one organisation with one id.
    same = np.flatnonzero(org == org[10])
    ids[same[0]] = ids[same[1]] = "SAME"
    meetings_frame.insert(0, "id", ids)
    return {
        "meetings": meetings_frame.sample(frac=1, random_state=7).reset_index(drop=True),
        "organisations": organisations_frame,
        "unable": unable_frame,
        "decisions": frames["decisions"],
        "earlier": frames["earlier"],
        "rounds": pd.DataFrame(rounds),
        "groups": pd.DataFrame(groups),
    }


def _dask(frame: Any, npartitions: int) -> Any:
    with dask.config.set(NO_STRING_CONVERSION):
        return dd.from_pandas(frame, npartitions=npartitions, sort=False)


def _problem_rows(result: sh.AuditResult) -> list[tuple[Any, ...]]:
    return sorted(tuple(p.values()) for p in result.problems.to_pylist())


def _outcome_problems(result: sh.AuditResult) -> list[tuple[Any, ...] | None]:
    """Each meeting's problem, as the problem's row rather than its index."""
    problems = result.problems.to_pylist()
    return [
        None if k is None else tuple(problems[k].values())
        for k in result.outcomes["problem"].to_pylist()
    ]


def _assert_same(got: sh.AuditResult, want: sh.AuditResult) -> None:
    assert got.findings.column_names == want.findings.column_names
    assert got.findings.to_pylist() == want.findings.to_pylist()
    keep = [c for c in want.outcomes.column_names if c != "problem"]
    assert got.outcomes.select(keep).to_pylist() == want.outcomes.select(keep).to_pylist()
    assert _problem_rows(got) == _problem_rows(want)
    assert _outcome_problems(got) == _outcome_problems(want)


def _check_the_year(result: sh.AuditResult) -> None:
    """What the records hold is found: the quota overrun, the bad rows, the rounds."""
    quota = [
        f["status"]
        for f in result.findings.to_pylist()
        if f["organisation"] == "PILOT" and f["rule"] == "online.quota"
    ]
    assert "violated" in quota
    problems = {(p["table"], p["column"], p["value"]) for p in result.problems.to_pylist()}
    assert ("meetings", "form", "by_carrier_pigeon") in problems
    assert ("meetings", "organisation", "CB-9999") in problems
    assert ("organisations", "id", "CB-0007") in problems
    assert ("rounds", "meeting", "G-none") in problems
    assert ("rounds", "meeting", "G0") in problems
    # The tổ row of an id two meetings have: reported, and neither meeting is spoiled by it.
    twice = [p for p in result.problems.to_pylist() if p["value"] == "TWICE"]
    assert [(p["table"], p["column"], p["message_en"]) for p in twice] == [
        ("groups", "meeting", sh._audit.TWICE_EN)
    ]
    assert any(t == "unable" and c == "count" for t, c, _ in problems)
    same = [p for p in result.problems.to_pylist() if p["value"] == "SAME"]
    assert [(p["table"], p["column"]) for p in same] == [("meetings", "id")] * 2
    rows = sorted(p["row"] for p in same)
    assert {p["message_en"] for p in same} == {
        f"two meetings of one organisation with one id (rows {rows[0]} and {rows[1]})"
    }
    two = next(p for p in result.problems.to_pylist() if p["table"] == "organisations")
    assert two["message_en"] == "two organisations with one id (rows 7 and 62)"
    groups = result.outcomes.filter(pa.compute.equal(result.outcomes["organisation"], "GROUPS"))
    assert groups["outcome"].to_pylist().count("invalid_input") == 1  # G0, its round twice


@pytest.fixture(scope="module")
def tables() -> dict[str, Any]:
    return _tables()


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with (
        distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


def test_local_scheduler_finds_what_one_audit_finds(tables: dict[str, Any]) -> None:
    t = dict(tables)
    want = sh.audit(t.pop("meetings"), t.pop("organisations"), "cao_bang", messages=True, **t)
    _check_the_year(want)
    meetings = _dask(tables["meetings"], 4)
    pilot = meetings.map_partitions(lambda d: int((d["organisation"] == "PILOT").sum()))
    assert sum(1 for n in pilot.compute(scheduler="sync") if n) > 1  # in several partitions
    lazy = shd.audit(
        meetings,
        tables["organisations"],
        "cao_bang",  # a jurisdiction: each meeting under the set of its day
        unable=_dask(tables["unable"], 2),
        decisions=tables["decisions"],
        earlier=_dask(tables["earlier"], 3),
        rounds=_dask(tables["rounds"], 2),
        groups=tables["groups"],
        messages=True,
        npartitions=3,
    )
    got = lazy.compute(scheduler="threads")
    _assert_same(got, want)
    # The Dask DataFrames hold the same rows, partition by partition.
    findings, outcomes, problems = dask.compute(
        lazy.findings, lazy.outcomes, lazy.problems, scheduler="threads"
    )
    assert len(findings) == want.findings.num_rows
    assert sorted(findings["meeting"]) == sorted(want.findings["meeting"].to_pylist())
    assert sorted(outcomes["meeting"]) == sorted(want.outcomes["meeting"].to_pylist())
    assert len(problems) == want.problems.num_rows
    bad = outcomes.dropna(subset=["problem"])
    assert set(problems.iloc[bad["problem"].astype(int)]["table"]) <= {
        "meetings",
        "organisations",
        "unable",
        "rounds",
    }


def test_two_worker_processes_find_what_one_audit_finds(
    tables: dict[str, Any], client: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    rules = sh.rule_sets.cao_bang()  # a RuleSet goes to the workers pickled
    t = dict(tables)
    want = sh.audit(t.pop("meetings"), t.pop("organisations"), rules, all_findings=True, **t)
    lazy = shd.audit(
        _dask(tables["meetings"], 4),
        _dask(tables["organisations"], 2),
        rules,
        unable=tables["unable"],
        decisions=tables["decisions"],
        earlier=_dask(tables["earlier"], 2),
        rounds=tables["rounds"],
        groups=_dask(tables["groups"], 2),
        all_findings=True,
        npartitions=4,
    )
    persisted = client.persist(lazy)  # as on a real cluster: the workers start at once
    distributed.progress(persisted, notebook=False)  # returns when the audit is done
    assert "100% Completed" in capsys.readouterr().out
    got = persisted.compute()
    _assert_same(got, want)
    _check_the_year(got)
    assert len(persisted.findings.compute()) == want.findings.num_rows


def test_meetings_without_ids_are_numbered_as_in_the_whole_input(tables: dict[str, Any]) -> None:
    meetings = tables["meetings"].drop(columns=["id"])
    want = sh.audit(meetings, tables["organisations"], "hd03", unable=tables["unable"])
    got = shd.audit(
        _dask(meetings, 3), tables["organisations"], "hd03", unable=tables["unable"]
    ).compute(scheduler="sync")
    _assert_same(got, want)
    with pytest.raises(sh.InvalidValue, match=r"meetings\.id"):
        shd.audit(_dask(meetings, 3), tables["organisations"], "hd03", rounds=tables["rounds"])


def test_errors_in_the_call_come_before_any_work(tables: dict[str, Any]) -> None:
    meetings = _dask(tables["meetings"].assign(colour=1), 2)
    with pytest.raises(sh.InvalidValue, match=r"meetings\.colour"):
        shd.audit(meetings, tables["organisations"], "hd03")
    with pytest.raises(sh.InvalidValue, match="npartitions"):
        shd.audit(tables["meetings"], tables["organisations"], "hd03", npartitions=0)
    with pytest.raises(sh.InvalidValue, match="organisations"):
        shd.audit(tables["meetings"], None, "hd03")
    for bad in ({"threads": 0}, {"threads": True}, {"messages": "no"}, {"all_findings": 1}):
        with pytest.raises(sh.InvalidValue, match=f"^{next(iter(bad))} = "):
            shd.audit(tables["meetings"], tables["organisations"], "hd03", **bad)


def test_dask_is_an_extra() -> None:
    """`import sinhhoat` imports none of the optional libraries; `import sinhhoat.dask` without
    Dask says how to install it."""
    code = (
        "import sys, sinhhoat\n"
        "print(sorted({'dask', 'distributed', 'pandas', 'polars', 'pyarrow', 'numpy'}"
        " & set(sys.modules)))\n"
        "sys.modules['dask'] = None\n"
        "try:\n"
        "    import sinhhoat.dask\n"
        "except ImportError as e:\n"
        "    print(e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert out.stdout.splitlines() == [
        "[]",
        'sinhhoat.dask needs Dask: pip install "sinhhoat[dask]" (dask[dataframe], distributed)',
    ]
