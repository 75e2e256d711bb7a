"""sinhhoat.audit: a year of records from columns, each meeting's findings what sh.check finds.

The records are made as value objects, written into DataFrames the way an analyst's export looks
(codes as strings, sets as lists, dates as dates, nested fields as dotted columns) and audited;
each meeting is then checked alone with the history the audit promises.
"""

from __future__ import annotations

import datetime
import importlib
import random
import re
from typing import Any

import pytest

import sinhhoat as sh
from sinhhoat import _audit

pd = pytest.importorskip("pandas")
pa = pytest.importorskip("pyarrow")
np = pytest.importorskip("numpy")

D = datetime.date
GROUNDS = list(sh.Ground)
WIDTH = 5  # a finding's values (finding::max_values)
CIRCUMSTANCES = [g for g in GROUNDS if sh.kind_of(g) is sh.GroundKind.SPECIAL_CIRCUMSTANCE]


def _org(rng: random.Random, on: datetime.date) -> sh.Organisation:
    members = rng.randint(5, 60)
    unable = []
    if rng.random() < 0.8:
        grounds = {rng.choice(GROUNDS)}
        if rng.random() < 0.3:
            grounds.add(rng.choice(GROUNDS))
        unable = [sh.UnableMembers(grounds=grounds, count=rng.randint(0, members))]
    decisions = []
    for _ in range(rng.randint(0, 2)):
        start = on - datetime.timedelta(days=rng.randint(0, 300))
        decisions.append(
            sh.CircumstanceDecision(
                ground=rng.choice(CIRCUMSTANCES),
                decided_on=start,
                from_=start,
                until=start + datetime.timedelta(days=rng.randint(0, 300))
                if rng.random() < 0.5
                else None,
                reference="12-QĐ/HU" if rng.random() < 0.7 else "",
                gathering_impossible=rng.choice([None, True, False]),
            )
        )
    return sh.Organisation(
        name=f"Chi bộ {rng.randint(0, 10**6)}",
        kind=rng.choice(
            [
                sh.OrganisationKind.GRASSROOTS_CELL,
                sh.OrganisationKind.SUBORDINATE_CELL,
                sh.OrganisationKind.GRASSROOTS_COMMITTEE,
            ]
        ),
        roll=sh.MemberRoll(members=members, unable=unable),
        pilot=sh.PilotSelection(
            online=rng.random() < 0.7,
            online_selected_on=rng.choice([None, D(2023, 7, 20), on]),
            by_group=rng.random() < 0.3,
        ),
        decisions=decisions,
    )


def _meeting(rng: random.Random, day: datetime.date, org: sh.Organisation) -> sh.Meeting:
    form = rng.choice(list(sh.MeetingForm))
    online = form in (sh.MeetingForm.HYBRID, sh.MeetingForm.FULLY_ONLINE)
    present = rng.randint(0, org.roll.members)
    minutes = (
        sh.MeetingMinutes(
            members_present=present,
            opinions_recorded=rng.random() < 0.9,
            differing_opinions_recorded=True,
            reserved_opinions_recorded=rng.random() < 0.9,
        )
        if rng.random() < 0.8
        else None
    )
    members_online = None
    if online and rng.random() < 0.7:
        members_online = (
            present
            if form is sh.MeetingForm.FULLY_ONLINE and minutes
            else rng.randint(0, present if minutes else org.roll.members)
        )
    agenda = set(sh.cell_meeting_steps())
    if rng.random() < 0.2:
        agenda.add(rng.choice(list(sh.Topic)))
    return sh.Meeting(
        date=day,
        form=form,
        body=sh.MeetingBody.PARTY_GROUP_ROUND
        if form is sh.MeetingForm.BY_GROUP
        else sh.MeetingBody.WHOLE_ORGANISATION,
        ground=rng.choice(GROUNDS) if online and rng.random() < 0.9 else None,
        agenda=agenda,
        platform=set(sh.PlatformItem) if rng.random() < 0.8 else None,
        infrastructure=set(sh.InfrastructureItem) if rng.random() < 0.7 else None,
        members_online=members_online,
        circumstance_ongoing=rng.random() < 0.3,
        minutes=minutes,
    )


def _flat(value: Any, prefix: str = "") -> dict[str, Any]:
    """A value's to_dict() as dotted columns; an absent nested value leaves its columns null."""
    out: dict[str, Any] = {}
    for key, v in value.to_dict().items() if hasattr(value, "to_dict") else value.items():
        name = prefix + key
        if isinstance(v, dict):
            out.update(_flat(v, name + "."))
        elif name in ("roll.unable", "decisions", "groups"):
            continue  # a list of values is a table of its own
        elif v is None and name in ("minutes", "parent_pilot"):
            continue
        else:
            out[name] = v
    return out


class Year:
    """Records as values and as the frames an analyst would hold."""

    def __init__(self, seed: int, n: int) -> None:
        rng = random.Random(seed)
        self.orgs: list[sh.Organisation] = []
        self.meetings: list[sh.Meeting] = []
        self.org_of: list[int] = []
        self.earlier: list[tuple[int, sh.Meeting]] = []
        for o in range(n):
            on = D(2024, 1, 1) + datetime.timedelta(days=rng.randint(0, 500))
            org = _org(rng, on)
            self.orgs.append(org)
            days = [on, D(on.year, 12, 31), D(on.year + 1, 1, 1), on]
            for _ in range(rng.randint(0, 2)):
                before = on - datetime.timedelta(days=rng.randint(1, 200))
                self.earlier.append((o, _meeting(rng, before, org)))
            for _ in range(rng.randint(0, 6)):
                self.meetings.append(_meeting(rng, rng.choice(days), org))
                self.org_of.append(o)

    def ids(self) -> list[str]:
        return [f"CB-{o:04d}" for o in range(len(self.orgs))]

    def frames(self) -> dict[str, Any]:
        ids = self.ids()
        orgs = pd.DataFrame([{"id": ids[o], **_flat(org)} for o, org in enumerate(self.orgs)])
        unable = pd.DataFrame(
            [
                {"organisation": ids[o], **_flat(u)}
                for o, org in enumerate(self.orgs)
                for u in org.roll.unable
            ]
        )
        decisions = pd.DataFrame(
            [
                {"organisation": ids[o], **_flat(d)}
                for o, org in enumerate(self.orgs)
                for d in org.decisions
            ]
        )
        meetings = pd.DataFrame(
            [
                {"organisation": ids[o], **_flat(m)}
                for o, m in zip(self.org_of, self.meetings, strict=True)
            ]
        )
        earlier = pd.DataFrame(
            [{"organisation": ids[o], **_flat(sh.PastMeeting.of(m))} for o, m in self.earlier]
        )
        return {
            "meetings": meetings,
            "organisations": orgs,
            "unable": unable if len(unable) else None,
            "decisions": decisions if len(decisions) else None,
            "earlier": earlier if len(earlier) else None,
        }

    def expected(self, rules: sh.RuleSet) -> list[sh.Verdict | None]:
        out: list[sh.Verdict | None] = [None] * len(self.meetings)
        for o, org in enumerate(self.orgs):
            mine = sorted(
                (k for k, owner in enumerate(self.org_of) if owner == o),
                key=lambda k: (self.meetings[k].date, k),
            )
            before = [m for owner, m in self.earlier if owner == o]
            for k in mine:
                try:
                    out[k] = sh.check(self.meetings[k], org, sh.MeetingHistory(before), rules)
                except sh.Error:
                    continue
                before.append(self.meetings[k])
        return out


def _by_meeting(result: sh.AuditResult) -> dict[int, list[tuple[Any, ...]]]:
    out: dict[int, list[tuple[Any, ...]]] = {}
    f = result.findings
    for m, rule, status, reason, values in zip(
        f["meeting"].to_pylist(),
        f["rule"].to_pylist(),
        f["status"].to_pylist(),
        f["reason"].to_pylist(),
        f["values"].to_pylist(),
        strict=True,
    ):
        out.setdefault(m, []).append((rule, status, reason, tuple(values)))
    return out


def _agree(year: Year, result: sh.AuditResult, rules: sh.RuleSet, all_findings: bool) -> int:
    want = year.expected(rules)
    got = _by_meeting(result)
    outcomes = result.outcomes["outcome"].to_pylist()
    decided = 0
    for k, verdict in enumerate(want):
        if verdict is None:
            assert outcomes[k] == "invalid_input", k
            assert k not in got
            continue
        decided += 1
        assert outcomes[k] == verdict.outcome.code, k
        expected = [
            (
                f.rule.code,
                f.status.code,
                f.reason.code,
                tuple(f.raw_values) + (0,) * (WIDTH - len(f.raw_values)),
            )
            for f in verdict
            if all_findings or f.status is not sh.FindingStatus.PASSED
        ]
        assert got.get(k, []) == expected, k
    return decided


@pytest.mark.parametrize("rule_set", ["hd03", "cao_bang", "nghe_an_khoi", "dong_nai"])
def test_each_meeting_as_check_finds_it(rule_set: str) -> None:
    year = Year(seed=len(rule_set), n=80)
    rules = sh.rule_sets.by_id(rule_set)
    frames = year.frames()
    result = sh.audit(frames.pop("meetings"), frames.pop("organisations"), rules, **frames)
    assert _agree(year, result, rules, all_findings=False) > 100


def test_all_findings_and_any_thread_count() -> None:
    # 300 organisations: enough for 4 workers (the audit gives each at least 64).
    year = Year(seed=3, n=300)
    rules = sh.rule_sets.hd03()
    frames = year.frames()

    def run(threads: int) -> sh.AuditResult:
        return sh.audit(
            frames["meetings"], frames["organisations"], rules, unable=frames["unable"],
            decisions=frames["decisions"], earlier=frames["earlier"], all_findings=True,
            threads=threads,
        )  # fmt: skip

    one = run(1)
    assert _agree(year, one, rules, all_findings=True) > 500
    for threads in (2, 4):
        many = run(threads)
        assert many.findings.equals(one.findings)
        assert many.outcomes.equals(one.outcomes)
    with pytest.raises(sh.InvalidValue, match="threads"):
        run(-1)


def test_the_same_from_arrow_categoricals_numpy_and_delimited_strings() -> None:
    year = Year(seed=11, n=60)
    rules = sh.rule_sets.cao_bang()
    frames = year.frames()
    base = sh.audit(
        frames["meetings"],
        frames["organisations"],
        rules,
        unable=frames["unable"],
        decisions=frames["decisions"],
    )
    meetings = frames["meetings"].copy()
    for code in ("form", "body", "kind", "ground"):
        meetings[code] = meetings[code].astype("category")
    meetings["agenda"] = meetings["agenda"].map(";".join)
    meetings["date"] = pd.to_datetime(meetings["date"])
    organisations = pa.Table.from_pandas(frames["organisations"], preserve_index=False)
    unable = {
        c: np.asarray(frames["unable"][c].to_list(), dtype=object) for c in frames["unable"].columns
    }
    unable["count"] = frames["unable"]["count"].to_numpy()
    other = sh.audit(
        meetings, organisations, rules, unable=pa.table(unable), decisions=frames["decisions"]
    )
    assert other.findings.select(["meeting", "rule", "status", "reason", "values"]).equals(
        base.findings.select(["meeting", "rule", "status", "reason", "values"])
    )
    assert other.outcomes["outcome"].equals(base.outcomes["outcome"])


def test_sliced_columns_bits_and_counts_as_floats_read_as_their_values() -> None:
    """Arrow's bits (validity, booleans) read from any offset, and counts held as floats with
    NaN for none (a pandas column with a gap) read as the integers they hold."""
    year = Year(seed=23, n=80)
    rules = sh.rule_sets.hd03()
    frames = year.frames()
    meetings = pa.Table.from_pandas(frames["meetings"], preserve_index=False)
    assert meetings.num_rows > 100
    kept = ["meeting", "rule", "status", "reason", "values"]
    for k in (1, 3, 8, 13):
        sliced = meetings.slice(k)
        # The same values in buffers of their own, from bit 0.
        fresh = pa.Table.from_pylist(sliced.to_pylist(), schema=sliced.schema)
        assert sliced.column("minutes.opinions_recorded").chunk(0).offset == k
        a = sh.audit(sliced, frames["organisations"], rules, unable=frames["unable"])
        b = sh.audit(fresh, frames["organisations"], rules, unable=frames["unable"])
        assert a.findings.select(kept).equals(b.findings.select(kept))
        assert a.outcomes["outcome"].equals(b.outcomes["outcome"])
        assert a.problems.equals(b.problems)
    # Counts as floats, with NaN for those not stated: as the integers.
    as_floats = frames["meetings"].copy()
    for column in ("members_online", "minutes.members_present"):
        as_floats[column] = pd.to_numeric(as_floats[column]).astype("float64")
    assert as_floats["members_online"].isna().any()
    base = sh.audit(frames["meetings"], frames["organisations"], rules, unable=frames["unable"])
    other = sh.audit(as_floats, frames["organisations"], rules, unable=frames["unable"])
    assert other.findings.select(kept).equals(base.findings.select(kept))
    # A float no integer type holds is a bad row; a fraction is the call's error.
    beyond = as_floats.copy()
    beyond.loc[0, "members_online"] = 1e30
    result = sh.audit(beyond, frames["organisations"], rules, unable=frames["unable"])
    assert result.outcomes["outcome"][0].as_py() == "invalid_input"
    assert result.problems.to_pylist()[0]["column"] == "members_online"
    beyond.loc[0, "members_online"] = 1.5
    with pytest.raises(sh.InvalidValue, match=r"^meetings\.members_online = double"):
        sh.audit(beyond, frames["organisations"], rules, unable=frames["unable"])


def test_pandas_booleans_and_float_counts_read_as_arrow_reads_them() -> None:
    """pandas' booleans are packed by NumPy and its counts held as floats taken as integers
    without Arrow's conversion: the same findings and problems as from Arrow's own arrays."""
    rng = random.Random(5)
    n = 29  # not a multiple of 8: the last byte of bits is partly used
    present = [rng.choice([True, False]) for _ in range(n)]
    online: list[float] = [rng.choice([float("nan"), 2.0, 9.0, 20.0]) for _ in range(n)]
    online[3] = -1.0  # a negative count: a bad row, shown as the integer
    frame = pd.DataFrame(
        {
            "organisation": [1] * n,
            "date": [f"2024-{1 + i % 12:02d}-{1 + i:02d}" for i in range(n)],
            "form": ["hybrid"] * n,
            "ground": ["dispersed_wide_area"] * n,
            "members_online": online,
            "minutes.members_present": [30] * n,
            "minutes.opinions_recorded": present,
            "registered": present[::-1],
        }
    )
    organisations: dict[str, list[Any]] = {
        "id": [1],
        "roll.members": [60],
        "pilot.online": [True],
        "pilot.online_selected_on": ["2023-07-20"],
    }
    rules = sh.rule_sets.cao_bang()
    arrow = pa.table(
        {
            **{c: pa.array(frame[c].tolist()) for c in ("organisation", "date", "form", "ground")},
            "members_online": pa.array([None if v != v else int(v) for v in online], pa.int64()),
            "minutes.members_present": pa.array([30] * n),
            "minutes.opinions_recorded": pa.array(present),
            "registered": pa.array(present[::-1]),
        }
    )
    # And the same as a dict of NumPy arrays (NaN none there too).
    arrays = {c: frame[c].to_numpy() for c in frame.columns}
    for step in (1, 2):  # every row; every other one (a strided column)
        given = frame.iloc[::step].reset_index(drop=True)
        mine = sh.audit(given, organisations, rules, all_findings=True)
        numpy = sh.audit(
            {c: a[::step] for c, a in arrays.items()}, organisations, rules, all_findings=True
        )
        assert numpy.findings.equals(mine.findings)
        assert numpy.problems.equals(mine.problems)
        theirs = sh.audit(
            arrow.take(list(range(0, n, step))), organisations, rules, all_findings=True
        )
        assert mine.findings.num_rows > 5 * len(given)
        assert mine.findings.equals(theirs.findings)
        assert mine.outcomes.equals(theirs.outcomes)
        assert mine.problems.equals(theirs.problems)
    [problem] = sh.audit(frame, organisations, rules).problems.to_pylist()
    assert (problem["row"], problem["column"], problem["value"]) == (3, "members_online", "-1")


def test_columns_converted_on_worker_threads_give_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A large input's columns are converted on the worker threads: the same result, and of
    two bad columns the first in table and column order is the error, whichever ends first."""
    frames = Year(seed=31, n=60).frames()
    rules = sh.rule_sets.hd03()
    tables = {k: frames[k] for k in ("unable", "decisions", "earlier")}
    codes = [c for c in ("form", "ground", "body") if c in frames["meetings"]]
    strings = {**frames, "meetings": frames["meetings"].astype(dict.fromkeys(codes, "str"))}
    want = sh.audit(frames["meetings"], frames["organisations"], rules, threads=1, **tables)
    monkeypatch.setattr(_audit, "_PARALLEL_ROWS", 0)
    for given in (frames, strings):
        got = sh.audit(
            given["meetings"],
            given["organisations"],
            rules,
            threads=3,
            **{k: given[k] for k in tables},
        )
        assert got.findings.equals(want.findings)
        assert got.outcomes.equals(want.outcomes)
        assert got.problems.equals(want.problems)
    # A set column of records and an unknown column after it: the set column is named, with
    # any number of threads (the unknown one's check is quick, the other's conversion is not).
    bad = frames["meetings"].assign(agenda=[[{"a": 1}]] * len(frames["meetings"]), zzz=1)
    for threads in (1, 2, 3):
        with pytest.raises(sh.InvalidValue, match=r"^meetings\.agenda = "):
            sh.audit(bad, frames["organisations"], rules, threads=threads)


def test_the_result_holds_the_engine_s_columns_after_the_call() -> None:
    """The outcomes and findings are views of the engine's columns, kept alive by the tables."""
    import gc

    year = Year(seed=5, n=40)
    rules = sh.rule_sets.hd03()
    frames = year.frames()
    result = sh.audit(
        frames["meetings"],
        frames["organisations"],
        rules,
        unable=frames["unable"],
        all_findings=True,
    )
    before = (result.outcomes.to_pylist(), result.findings.to_pylist())
    gc.collect()
    churn = [np.full(100_000, k, dtype=np.int64) for k in range(50)]  # reuse freed memory
    assert (result.outcomes.to_pylist(), result.findings.to_pylist()) == before
    assert sum(int(c[0]) for c in churn) == sum(range(50))
    assert any(v != [0] * WIDTH for v in result.findings["values"].to_pylist())


def test_pandas_categoricals_and_dates_read_without_arrow_s_conversion() -> None:
    """Categoricals (with missing values, of strings or integers) and naive datetime64 columns
    of any unit (with NaT) read as Arrow's own conversion of them reads."""
    year = Year(seed=31, n=60)
    rules = sh.rule_sets.hd03()
    frames = year.frames()
    plain = frames["meetings"].copy()
    plain.loc[[1, 4], "ground"] = None
    plain["date"] = pd.to_datetime(plain["date"])
    plain.loc[2, "date"] = pd.NaT
    kept = ["meeting", "rule", "status", "reason", "values"]
    base = sh.audit(
        pa.Table.from_pandas(plain, preserve_index=False),
        frames["organisations"],
        rules,
        unable=frames["unable"],
    )
    assert base.outcomes["outcome"][2].as_py() == "invalid_input"
    for unit in ("s", "ms", "us", "ns"):
        given = plain.copy()
        given["date"] = given["date"].astype(f"datetime64[{unit}]")
        for code in ("form", "body", "ground", "kind"):
            given[code] = given[code].astype("category")
        ids = frames["organisations"]["id"]
        number = {v: k for k, v in enumerate(ids)}
        given["organisation"] = given["organisation"].map(number).astype("category")
        orgs = frames["organisations"].assign(id=ids.map(number))
        unable = frames["unable"].assign(organisation=frames["unable"]["organisation"].map(number))
        other = sh.audit(given, orgs, rules, unable=unable)
        assert other.findings.select(kept).equals(base.findings.select(kept)), unit
        assert other.outcomes["outcome"].equals(base.outcomes["outcome"])
        assert other.problems.select(["table", "row", "column", "error"]).equals(
            base.problems.select(["table", "row", "column", "error"])
        )


def test_bad_rows_are_reported_and_the_rest_audited() -> None:
    year = Year(seed=5, n=40)
    rules = sh.rule_sets.hd03()
    frames = year.frames()
    clean = sh.audit(frames["meetings"], frames["organisations"], rules, unable=frames["unable"])
    meetings = frames["meetings"].copy()
    meetings.loc[0, "form"] = "by_carrier_pigeon"
    meetings.loc[1, "organisation"] = "CB-9999"
    dirty = sh.audit(meetings, frames["organisations"], rules, unable=frames["unable"])
    problems = dirty.problems.to_pylist()
    assert problems[0]["table"] == "meetings"
    assert problems[0]["row"] == 0
    assert problems[0]["column"] == "form"
    assert problems[0]["value"] == "by_carrier_pigeon"
    assert problems[0]["error"] == "unknown_code"
    assert problems[1]["column"] == "organisation"
    assert problems[1]["value"] == "CB-9999"
    assert "không" in problems[1]["message_vi"]
    assert "no organisation" in problems[1]["message_en"]
    outcomes = dirty.outcomes["outcome"].to_pylist()
    assert outcomes[:2] == ["invalid_input", "invalid_input"]
    assert dirty.outcomes["problem"].to_pylist()[:2] == [0, 1]
    # Meetings of other organisations are as before.
    bad_orgs = set(frames["meetings"]["organisation"][:2])
    for k, org in enumerate(frames["meetings"]["organisation"]):
        if org not in bad_orgs:
            assert outcomes[k] == clean.outcomes["outcome"][k].as_py()


def test_errors_in_the_call_name_the_table_and_column() -> None:
    year = Year(seed=2, n=5)
    frames = year.frames()
    rules = sh.rule_sets.hd03()
    with pytest.raises(sh.InvalidValue, match=r"meetings\.colour"):
        sh.audit(frames["meetings"].assign(colour=1), frames["organisations"], rules)
    with pytest.raises(sh.InvalidValue, match=r"meetings\.date"):
        sh.audit(frames["meetings"].drop(columns=["date"]), frames["organisations"], rules)
    with pytest.raises(sh.InvalidValue, match=r"meetings\.members_online"):
        sh.audit(frames["meetings"].assign(members_online=True), frames["organisations"], rules)
    with pytest.raises(sh.InvalidValue, match=r"meetings\.members_online"):
        sh.audit(frames["meetings"].assign(members_online=1.5), frames["organisations"], rules)
    # A switch is True or False: "no" is truthy, and would have been read as yes.
    switches: dict[str, Any]
    for switch in ("all_findings", "messages"):
        for value in ("no", 1, None):
            switches = {switch: value}
            with pytest.raises(sh.InvalidValue, match=rf"^{switch} = "):
                sh.audit(frames["meetings"], frames["organisations"], rules, **switches)
    told = sh.audit(frames["meetings"], frames["organisations"], rules, messages=np.True_)
    assert "message_vi" in told.findings.column_names


def test_messages_clauses_summary_and_writers(tmp_path: Any) -> None:
    year = Year(seed=8, n=50)
    frames = year.frames()
    result = sh.audit(
        frames["meetings"],
        frames["organisations"],
        "cao_bang",
        unable=frames["unable"],
        decisions=frames["decisions"],
        messages=True,
    )
    rows = result.findings.to_pylist()
    assert rows
    want = year.expected(sh.rule_sets.cao_bang())
    first = rows[0]
    verdict = want[first["meeting"]]
    assert verdict is not None
    finding = next(f for f in verdict if f.status is not sh.FindingStatus.PASSED)
    assert first["message_vi"] == finding.message_vi
    assert first["message_en"] == finding.message_en
    assert first["clause"] == verdict.clause(finding)
    summary = result.summary()
    assert sum(summary["by_rule"]["findings"].to_pylist()) == result.findings.num_rows
    assert sum(summary["by_month"]["meetings"].to_pylist()) == result.outcomes.num_rows
    assert "<table>" in result._repr_html_()
    result.write_parquet(tmp_path / "pq")
    result.write_csv(tmp_path / "csv")
    assert (tmp_path / "pq" / "findings.parquet").exists()
    assert (tmp_path / "csv" / "outcomes.csv").read_text().startswith('"meeting"')


def test_two_online_meetings_on_one_day_the_3rd_and_4th() -> None:
    cell = sh.Organisation(
        name="Chi bộ A",
        roll=sh.MemberRoll(
            members=20, unable=[sh.UnableMembers(grounds={sh.Ground.DISPERSED_WIDE_AREA}, count=15)]
        ),
        pilot=sh.PilotSelection(online=True, online_selected_on=D(2023, 7, 20)),
    )

    def meeting(day: datetime.date) -> dict[str, Any]:
        return {
            "organisation": 7,
            "date": day,
            "form": "hybrid",
            "ground": "dispersed_wide_area",
            "agenda": [t.code for t in sh.cell_meeting_steps()],
            "platform": [p.code for p in sh.PlatformItem],
            "infrastructure": [i.code for i in sh.InfrastructureItem],
            "members_online": 10,
            "minutes.members_present": 18,
            "minutes.opinions_recorded": True,
            "minutes.differing_opinions_recorded": True,
            "minutes.reserved_opinions_recorded": True,
        }

    meetings = pd.DataFrame([meeting(D(2024, 9, 10)), meeting(D(2024, 9, 10))])
    orgs = pd.DataFrame([{"id": 7, **_flat(cell)}])
    unable = pd.DataFrame([{"organisation": 7, "grounds": ["dispersed_wide_area"], "count": 15}])
    earlier = pd.DataFrame(
        [
            {
                "organisation": 7,
                "date": D(2024, m, 5),
                "form": "hybrid",
                "ground": "dispersed_wide_area",
            }
            for m in (3, 6)
        ]
    )
    result = sh.audit(
        meetings, orgs, sh.rule_sets.cao_bang(), unable=unable, earlier=earlier, all_findings=True
    )
    quota = result.findings.filter(pa.compute.equal(result.findings["rule"], "online.quota"))
    assert quota["status"].to_pylist() == ["passed", "violated"]
    assert [v[0] for v in quota["values"].to_pylist()] == [3, 4]


def test_the_benchmark_runs_and_ends_with_its_json_line() -> None:
    import json
    import pathlib
    import subprocess
    import sys

    bench = pathlib.Path(__file__).resolve().parents[2] / "bench" / "audit_bench.py"
    done = subprocess.run(
        [sys.executable, str(bench), "--organisations", "300"],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    assert figures["rows"] == 3600
    # The year has rounds, some of whose tổ trưởng report late, and the audit finds them.
    assert figures["rounds"] > 0
    assert figures["late_reports"] > 0
    for key in (
        "cpp_rows_per_s",
        "cpp_threads_rows_per_s",
        "audit_rows_per_s",
        "audit_one_thread_rows_per_s",
        "audit_strings_rows_per_s",
        "check_loop_rows_per_s",
        "pure_python_rows_per_s",
        "pandas_vectorised_rows_per_s",
        "read_once_rows_per_s",
        "peak_rss_mb",
        "input_mb",
    ):
        assert figures[key] > 0, key
    # The optional libraries: a figure when installed, else None and the line that says so.
    for key, name in (("duckdb_rows_per_s", "duckdb"), ("openfisca_rows_per_s", "openfisca")):
        if figures[key] is None:
            assert name in figures["not_installed"]
            assert f"{name}: not installed: pip install" in done.stdout
        else:
            assert figures[key] > 0
    for ratio in ("cpp", "pandas_vectorised", "duckdb", "pure_python", "openfisca", "read_once"):
        assert f"audit_vs_{ratio}" in figures["ratios"]
    assert [s["rows"] for s in figures["scaling"]] == [360, 3600]
    # The alternatives find what the audit finds, but where sinhhoat reads a rule more precisely.
    for name, agreement in figures["agreement"].items():
        assert agreement is None or agreement["unexplained"] == 0, name


def test_dates_as_iso_strings_and_impossible_days() -> None:
    meetings = {
        "organisation": [1, 1, 1],
        "date": ["2024-09-10", "2024-02-30", "2024-02-29"],
        "form": ["in_person"] * 3,
    }
    result = sh.audit(meetings, {"id": [1], "roll.members": [10]}, sh.rule_sets.hd03())
    assert result.outcomes["outcome"].to_pylist() == ["allowed", "invalid_input", "allowed"]
    assert result.outcomes["date"].to_pylist()[2] == D(2024, 2, 29)
    [problem] = result.problems.to_pylist()
    assert (problem["row"], problem["column"], problem["value"]) == (1, "date", "2024-02-30")
    # Not "a value is required": the value was given, and is no day.
    assert problem["error"] == "invalid_date"
    assert problem["message_en"] == "not a real day written YYYY-MM-DD"
    # Readable dates of invalid meetings are kept (a report by month); this one has none.
    assert result.outcomes["date"].to_pylist()[1] is None


def test_a_string_that_is_no_day_in_an_optional_date_is_a_bad_row() -> None:
    """Not a date left unstated: a tổ trưởng's report dated 31/4 was read as "not stated" (a
    finding not evaluated), an organisation chosen on 30/2 as not chosen."""
    organisations = {
        "id": [1, 2],
        "roll.members": [60, 60],
        "has_party_groups": [True, True],
        "party_groups": [1, 1],
        "pilot.by_group": [True, True],
        "pilot.by_group_selected_on": ["2023-07-20", "2023-07-20"],
    }
    meetings = {
        "id": ["a", "b", "c", "d"],
        "organisation": [1, 1, 1, 2],
        "date": ["2024-03-04", "2024-05-06", "2024-09-09", "2024-09-09"],
        "form": ["by_group"] * 4,
        "body": ["party_group_round"] * 4,
    }
    groups = {
        "meeting": ["a", "b", "c", "d"],
        "group": [1, 1, 1, 1],
        "date": meetings["date"],
        # A day, a day that does not exist, a string that is no date, none.
        "report_date": ["2024-03-05", "2024-04-31", "5/6/2024", None],
    }
    rules = sh.rule_sets.hd03()
    for given in (groups, pd.DataFrame(groups), pa.table(groups)):
        result = sh.audit(meetings, organisations, rules, groups=given, all_findings=True)
        outcomes = result.outcomes["outcome"].to_pylist()
        assert outcomes[1:3] == ["invalid_input", "invalid_input"]
        assert "invalid_input" not in (outcomes[0], outcomes[3])
        assert [
            (p["table"], p["row"], p["column"], p["value"]) for p in result.problems.to_pylist()
        ] == [
            ("groups", 1, "report_date", "2024-04-31"),
            ("groups", 2, "report_date", "5/6/2024"),
        ]
        assert set(result.problems["message_en"].to_pylist()) == {
            "not a real day written YYYY-MM-DD"
        }
        # The meeting whose tổ trưởng's report is not given at all: not stated, not evaluated.
        deadline = [
            f["reason"]
            for f in result.findings.to_pylist()
            if f["rule"] == "group.report_deadline" and f["meeting"] in ("a", "d")
        ]
        assert deadline == ["reports_on_time", "report_not_stated"]
    # A selection day that does not exist: the organisation's row, and each of its meetings.
    chosen = {**organisations, "pilot.by_group_selected_on": ["2023-07-20", "2023-02-30"]}
    result = sh.audit(meetings, chosen, rules, groups=groups)
    assert result.outcomes["outcome"].to_pylist()[3] == "invalid_input"
    [problem, *_] = [p for p in result.problems.to_pylist() if p["table"] == "organisations"]
    assert (problem["row"], problem["column"], problem["value"], problem["error"]) == (
        1,
        "pilot.by_group_selected_on",
        "2023-02-30",
        "invalid_date",
    )
    # A real day outside the calendar keeps the engine's message.
    early = {**groups, "report_date": ["1399-12-31", None, None, None]}
    [problem] = sh.audit(meetings, organisations, rules, groups=early).problems.to_pylist()
    assert problem["value"] == "1399-12-31"
    assert problem["message_en"] == "a day outside the calendar 1400-01-01 to 9999-12-31"


def test_an_invalid_meeting_keeps_its_date() -> None:
    meetings = {
        "organisation": [1, 1],
        "date": [D(2024, 9, 10), D(2024, 10, 8)],
        "form": ["in_person", "hybrid"],
        "members_online": [None, -1],
    }
    result = sh.audit(meetings, {"id": [1], "roll.members": [10]}, sh.rule_sets.hd03())
    assert result.outcomes["outcome"].to_pylist() == ["allowed", "invalid_input"]
    assert result.outcomes["date"].to_pylist() == [D(2024, 9, 10), D(2024, 10, 8)]
    assert result.outcomes["rule_set"].to_pylist() == ["hd03", None]


def test_a_meeting_refused_as_it_is_decided_is_a_bad_row() -> None:
    """A tổ meeting on 31/12/9999: its report would be due after the calendar's last day."""
    orgs = {"id": [1], "roll.members": [20], "has_party_groups": [True], "party_groups": [2]}
    meetings = {
        "organisation": [1, 1],
        "id": [10, 11],
        "date": ["9999-12-31", "9999-12-31"],
        "form": ["by_group", "hybrid"],
        "body": ["party_group_round", "whole_organisation"],
        "members_online": [None, 3],
    }
    groups = {"meeting": [10, 10], "group": [1, 2], "date": ["9999-12-31"] * 2}
    result = sh.audit(meetings, orgs, "hd03", groups=groups, rounds={"meeting": [10]})
    assert result.outcomes["outcome"].to_pylist() == ["invalid_input", "not_allowed"]
    [problem] = result.problems.to_pylist()
    assert (problem["table"], problem["row"], problem["column"]) == ("groups", 0, "date")
    assert problem["value"] == "9999-12-31"
    assert problem["error"] == "invalid_date"
    assert 10 not in result.findings["meeting"].to_pylist()


def _optional(name: str) -> Any:
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def test_hostile_objects_are_bad_rows_or_errors_naming_the_column() -> None:
    """Values Arrow cannot convert as they are: never a raw Arrow or Unicode error."""
    orgs = {"id": [1], "roll.members": [10]}
    rules = sh.rule_sets.hd03()
    # A lone surrogate in a code (a list, an object array, a NumPy string array, a pandas object
    # column): that row is a bad row with its value escaped; the other is audited.
    forms: list[Any] = [
        ["in_person\ud800", "in_person"],
        np.array(["in_person\ud800", "in_person"], dtype=object),
        np.array(["in_person\ud800", "in_person"]),
    ]
    frame = pd.DataFrame({"organisation": [1, 1], "date": ["2024-09-10", "2024-10-08"]})
    frame["form"] = pd.Series(forms[0], dtype=object)
    python_strings = frame.assign(form=pd.Series(forms[0], dtype="string[python]"))
    for given in [
        *({"organisation": [1, 1], "date": ["2024-09-10", "2024-10-08"], "form": f} for f in forms),
        frame,
        python_strings,
    ]:
        result = sh.audit(given, orgs, rules)
        assert result.outcomes["outcome"].to_pylist() == ["invalid_input", "allowed"]
        [problem] = result.problems.to_pylist()
        assert (problem["column"], problem["value"], problem["error"]) == (
            "form",
            "in_person\\ud800",
            "unknown_code",
        )
    # Values of several types in one column: the call's error, naming it.
    mixed = {"organisation": [1, "1"], "date": ["2024-09-10"] * 2, "form": ["in_person"] * 2}
    with pytest.raises(sh.InvalidValue, match=r"meetings\.organisation = int, str"):
        sh.audit(mixed, orgs, rules)
    with pytest.raises(sh.InvalidValue, match=r"meetings\.date = date, str"):
        sh.audit(
            pd.DataFrame({**mixed, "organisation": [1, 1], "date": [D(2024, 9, 10), "x"]}),
            orgs,
            rules,
        )
    # A day Python has no date for (year -200000) is a bad row, its value as Arrow writes it.
    days = np.array(["-200000-01-01", "2024-10-08"], dtype="datetime64[D]")
    result = sh.audit(pd.DataFrame({**mixed, "organisation": [1, 1], "date": days}), orgs, rules)
    assert result.outcomes["outcome"].to_pylist() == ["invalid_input", "allowed"]
    [problem] = result.problems.to_pylist()
    assert problem["column"] == "date"
    assert problem["value"].endswith(": -6373557619200")
    # Python integers beyond 64 bits, in a count or a key, as a uint64 beyond int64 is: a bad row
    # showing the value given (in a list, or a pandas object column), the rest audited.
    for column, value in [
        ("minutes.members_present", 2**70),
        ("minutes.members_present", -(2**70)),
        ("minutes.members_present", 10**75),
        ("organisation", 2**64),
    ]:
        given = {**mixed, "organisation": [1, 1], column: [value, 5 if "." in column else 1]}
        for form in (
            given,
            pd.DataFrame({k: pd.Series(v, dtype=object) for k, v in given.items()}),
        ):
            result = sh.audit(form, orgs, rules)
            assert result.outcomes["outcome"].to_pylist() == ["invalid_input", "allowed"]
            [problem] = result.problems.to_pylist()
            assert (problem["row"], problem["column"], problem["value"]) == (0, column, str(value))
    # An organisation whose id 64 bits do not hold is an organisation like another.
    wide = sh.audit(
        {**mixed, "organisation": [1, 1]}, {"id": [1, 2**70], "roll.members": [10, 9]}, rules
    )
    assert wide.outcomes["outcome"].to_pylist() == ["allowed", "allowed"]
    assert wide.problems.num_rows == 0
    # Beyond 76 digits (or an integer beside a string), the call's error naming the column.
    with pytest.raises(sh.InvalidValue, match=r"^meetings\.minutes\.members_present = int"):
        sh.audit(
            {**mixed, "organisation": [1, 1], "minutes.members_present": [10**76, 5]}, orgs, rules
        )
    with pytest.raises(sh.InvalidValue, match=r"^meetings\.organisation = int, str"):
        sh.audit({**mixed, "organisation": [2**70, "1"]}, orgs, rules)
    # A string column that is not UTF-8 (an Arrow producer's bytes): a bad row, its bytes shown.
    raw = pa.array([b"\xff\xfe", b"in_person"]).cast(pa.string(), safe=False)
    result = sh.audit({**mixed, "organisation": [1, 1], "form": raw}, orgs, rules)
    assert result.outcomes["outcome"].to_pylist() == ["invalid_input", "allowed"]
    assert result.problems["value"].to_pylist() == ["\\xff\\xfe"]
    # Lists of lists or of records where a set of codes is due, columns of unequal length, a
    # column given twice (a DataFrame, an Arrow table): the call's error, naming the column.
    calls: list[tuple[Any, str]] = [
        ({**mixed, "organisation": [1, 1], "agenda": [[["x"]], []]}, "agenda = list<item: list"),
        ({**mixed, "organisation": [1, 1], "agenda": [[{"a": 1}], []]}, "agenda = list<item: str"),
        ({**mixed, "organisation": [1, 1], "form": ["in_person"]}, "form = 1 rows"),
        ({**mixed, "organisation": 1}, "organisation = int"),
        (
            pd.DataFrame([[1, "2024-09-10", "in_person", "x"]], columns=[*mixed, "form"]),
            "form = form",
        ),
        (
            pa.table([[1], ["2024-09-10"], ["in_person"], ["x"]], names=[*mixed, "form"]),
            "form = form",
        ),
        ({**mixed, "organisation": np.ones((2, 1), np.int64)}, "organisation = 2-D array"),
        ({**mixed, "organisation": [1, 1], "registered": ["yes", "no"]}, "registered = string"),
        ({**mixed, "organisation": [1, 1], "members_online": np.ones(2, complex)}, "members_onl"),
        (
            pd.DataFrame({**mixed, "organisation": [1, 1], "members_online": np.ones(2, complex)}),
            "members_online = complex",
        ),
    ]
    for given, named in calls:
        with pytest.raises(sh.InvalidValue, match=r"^meetings\." + re.escape(named)):
            sh.audit(given, orgs, rules)
    # A column where a table is due (pandas, polars and Arrow all export one as an Arrow stream).
    columns: list[Any] = [pd.Series([1, 2]), pa.chunked_array([[1, 2]])]
    if (pl := _optional("polars")) is not None:
        columns.append(pl.Series([1, 2]))
    for column in columns:
        with pytest.raises(sh.InvalidValue, match=r"^meetings = \w*(Series|Array)"):
            sh.audit(column, orgs, rules)
    # A frozenset of codes is a set like a set, a list or a tuple.
    agendas = [{"party_dues"}, frozenset({"party_dues"}), ("party_dues",), ["party_dues"]]
    given = {**mixed, "organisation": [1] * 4, "date": ["2024-09-10"] * 4, "form": ["hybrid"] * 4}
    for agenda in (agendas, np.array(agendas, dtype=object), pd.Series(agendas, dtype=object)):
        result = sh.audit({**given, "agenda": agenda}, orgs, rules, all_findings=True)
        assert result.problems.num_rows == 0
        by_meeting = [
            [v for f in result.findings.to_pylist() if f["meeting"] == i for v in [f["status"]]]
            for i in range(4)
        ]
        assert by_meeting[0] == by_meeting[1] == by_meeting[2] == by_meeting[3]


def test_keys_of_any_type_categoricals_included() -> None:
    year = Year(seed=13, n=30)
    rules = sh.rule_sets.hd03()
    frames = year.frames()
    base = sh.audit(frames["meetings"], frames["organisations"], rules, unable=frames["unable"])
    meetings = frames["meetings"].assign(
        organisation=frames["meetings"]["organisation"].astype("category")
    )
    organisations = frames["organisations"].assign(
        id=frames["organisations"]["id"].astype("category")
    )
    unable = frames["unable"]
    other = sh.audit(meetings, organisations, rules, unable=unable)
    assert other.outcomes["outcome"].equals(base.outcomes["outcome"])
    assert other.findings["reason"].equals(base.findings["reason"])


def test_categoricals_pass_as_codes_of_any_width() -> None:
    """A categorical (an Arrow dictionary) reaches the engine as its codes and its categories'
    values: int8 and int16 codes (more than 127 categories), unsigned Arrow indices, a slice
    that starts inside its buffer, unused and unknown categories and nulls all audit as the
    plain strings do."""
    year = Year(seed=17, n=80)
    rules = sh.rule_sets.hd03()
    frames = year.frames()
    meetings = frames["meetings"].copy()
    meetings.loc[3, "form"] = "by_carrier_pigeon"  # an unknown code, used
    meetings.loc[5, "ground"] = None
    for name in ("agenda", "platform", "infrastructure"):
        meetings[name] = meetings[name].map(lambda v: None if v is None else ";".join(v))

    def audit(m: Any) -> sh.AuditResult:
        return sh.audit(m, frames["organisations"], rules, unable=frames["unable"])

    def same(a: sh.AuditResult, b: sh.AuditResult) -> None:
        keys = ["meeting", "rule", "status", "reason", "values"]
        assert a.findings.select(keys).equals(b.findings.select(keys))
        assert a.outcomes.equals(b.outcomes)
        assert a.problems.equals(b.problems)

    base = audit(meetings)
    assert base.problems.num_rows >= 1
    assert base.problems["value"].to_pylist()[0] == "by_carrier_pigeon"

    wide = meetings.copy()
    for code in ("form", "body", "kind", "ground", "agenda", "platform", "infrastructure"):
        wide[code] = wide[code].astype("category")
    # More than 127 categories: pandas keeps int16 codes; the extra ones are in no row.
    wide["ground"] = wide["ground"].cat.add_categories([f"unused_{k}" for k in range(200)])
    assert wide["ground"].cat.codes.dtype == np.int16
    assert wide["form"].cat.codes.dtype == np.int8
    same(audit(wide), base)

    # Arrow dictionaries with unsigned indices, as polars gives them.
    table = pa.Table.from_pandas(wide, preserve_index=False)
    columns = {}
    for name in table.column_names:
        col = table[name].combine_chunks()
        if pa.types.is_dictionary(col.type):
            col = pa.DictionaryArray.from_arrays(col.indices.cast(pa.uint32()), col.dictionary)
        columns[name] = col
    same(audit(pa.table(columns)), base)

    # A slice: the codes start inside their buffer.
    sliced = audit(pa.Table.from_pandas(wide, preserve_index=False).slice(7))
    rest = audit(meetings.iloc[7:].reset_index(drop=True))
    same(sliced, rest)


def test_integer_ids_go_to_the_engine_as_they_are(monkeypatch: pytest.MonkeyPatch) -> None:
    """Integer ids referred to by integer keys are looked up by the engine (no copy); a key of
    another type among them (a float) has every key matched by value instead: the audit is the
    same either way, unknown and missing keys included."""
    year = Year(seed=19, n=50)
    rules = sh.rule_sets.hd03()
    frames = year.frames()
    number = {s: 2_000_000_000 + 7 * k for k, s in enumerate(frames["organisations"]["id"])}
    meetings = frames["meetings"].copy()
    meetings["organisation"] = meetings["organisation"].astype(object)
    meetings.loc[2, "organisation"] = "CB-nowhere"
    meetings.loc[4, "organisation"] = None
    base = sh.audit(meetings, frames["organisations"], rules, unable=frames["unable"])
    assert {p["row"] for p in base.problems.to_pylist()} >= {2, 4}

    as_int = meetings.assign(organisation=meetings["organisation"].map(number).astype("Int64"))
    as_int.loc[2, "organisation"] = 5  # an id no organisation has
    orgs = frames["organisations"].assign(id=frames["organisations"]["id"].map(number))
    unable = frames["unable"].assign(
        organisation=frames["unable"]["organisation"].map(number).astype("int32")
    )
    with monkeypatch.context() as m:
        # Nothing matched by value: every key column is the engine's as it is.
        m.setattr(_audit, "_keys", lambda *a: pytest.fail("keys matched by value"))
        ints = sh.audit(as_int, orgs, rules, unable=unable)
    floats = sh.audit(
        as_int, orgs, rules, unable=unable.assign(organisation=unable["organisation"] * 1.0)
    )
    # Integer ids as a categorical: matched by value like any categorical key.
    categorical = sh.audit(
        as_int, orgs.assign(id=orgs["id"].astype("category")), rules, unable=unable
    )
    for other in (ints, floats, categorical):
        assert other.outcomes["outcome"].equals(base.outcomes["outcome"])
        assert other.findings["reason"].equals(base.findings["reason"])
        assert other.problems["row"].equals(base.problems["row"])
        assert other.problems["column"].equals(base.problems["column"])
        values = other.problems["value"].to_pylist()
        assert values[base.problems["row"].to_pylist().index(2)] == "5"
        assert other.findings["organisation"].to_pylist()[0] in number.values()


def test_engine_codes_reach_arrow_as_their_own_codes_whatever_their_width() -> None:
    """The engine's unsigned codes become Arrow dictionary indices, viewed as signed without a
    copy where every code fits, else widened: either way each decodes to its own code, the last
    ones (past 127) included."""
    from sinhhoat._enum import _TABLES

    reasons = _TABLES[sh.Reason].codes
    assert len(reasons) > 128  # so that uint8 codes do not fit int8
    for dtype in (np.uint8, np.uint16):
        picks = np.array([0, 127, 128, len(reasons) - 1], dtype=dtype)
        decoded = _audit._dictionary(picks, sh.Reason).to_pylist()
        assert decoded == [reasons[int(k)] for k in picks]
    outcomes = _TABLES[sh.Outcome].codes
    picks = np.arange(len(outcomes), dtype=np.uint8)
    assert _audit._dictionary(picks, sh.Outcome).to_pylist() == list(outcomes)


@pytest.mark.parametrize("kind", ["str", "int", "category", "arrow"])
def test_two_meetings_of_one_organisation_with_one_id_are_problems(kind: str) -> None:
    """A meeting exported twice would count twice toward a quota: both rows are problems naming
    the id and both rows, and every other meeting is audited as if they were absent. Another
    organisation may have a meeting with the same id."""
    frames = Year(seed=11, n=30).frames()
    meetings = frames["meetings"].copy()
    org = meetings["organisation"]
    first = int(np.flatnonzero(org.duplicated(keep=False))[0])
    second = int(np.flatnonzero(org == org[first])[1])
    other = int(np.flatnonzero(org != org[first])[0])
    ids: list[Any] = [900 - k for k in range(len(meetings))]  # distinct, not rising
    ids[second] = ids[other] = ids[first]
    column: Any = ids
    if kind == "str":
        column = [f"BB-{i}" for i in ids]
    elif kind == "category":
        column = pd.Categorical([f"BB-{i}" for i in ids])
    elif kind == "arrow":
        column = pd.array(ids, dtype="int64[pyarrow]")
    meetings.insert(0, "id", column)
    lists = {k: frames[k] for k in ("unable", "decisions", "earlier")}
    got = sh.audit(meetings, frames["organisations"], "hd03", all_findings=True, **lists)
    shown = str(meetings["id"][first])
    mine = [p for p in got.problems.to_pylist() if p["table"] == "meetings" and p["column"] == "id"]
    assert [(p["row"], p["value"], p["error"]) for p in mine] == [
        (first, shown, "inconsistent_input"),
        (second, shown, "inconsistent_input"),
    ]
    for p in mine:
        assert p["message_en"] == (
            f"two meetings of one organisation with one id (rows {first} and {second})"
        )
        assert p["message_vi"] == (
            f"hai cuộc họp của một tổ chức cùng một id (dòng {first} và dòng {second})"
        )
    outcomes = got.outcomes.to_pylist()
    assert outcomes[first]["outcome"] == outcomes[second]["outcome"] == "invalid_input"
    assert outcomes[other]["outcome"] != "invalid_input"
    # The rest as an audit without the two rows finds them.
    kept = meetings.drop(index=[first, second]).reset_index(drop=True)
    alone = sh.audit(kept, frames["organisations"], "hd03", all_findings=True, **lists)
    rest = [o for k, o in enumerate(outcomes) if k not in (first, second)]
    keep = ["meeting", "organisation", "date", "outcome", "rule_set"]
    assert [{c: o[c] for c in keep} for o in rest] == alone.outcomes.select(keep).to_pylist()
    assert got.findings.to_pylist() == alone.findings.to_pylist()
    # Without ids the copy is a meeting of its own.
    plain = sh.audit(frames["meetings"], frames["organisations"], "hd03", **lists)
    assert plain.outcomes["outcome"].to_pylist()[second] != "invalid_input"


@pytest.mark.parametrize(
    "kind", ["rising", "shuffled", "int32 ids", "strings", "large strings", "categorical keys"]
)
def test_keys_find_their_meeting_as_a_search_of_the_ids_does(kind: str) -> None:
    """A round's or tổ meeting's key is its meeting's row when one meeting has its id, a row no
    meeting has when none or two do (the second flagged), null when null: the ids hashed with
    the keys, or searched when they rise, agree with a plain search."""
    rng = random.Random(kind)
    n = 400
    ids: list[Any] = sorted(rng.sample(range(-(10**12), 10**12), n))
    if kind != "rising":
        rng.shuffle(ids)
        for k in rng.sample(range(n), 30):  # some ids held twice or more
            ids[k] = ids[rng.randrange(n)]
    keys: list[Any] = [
        None if rng.random() < 0.05 else rng.choice(ids) if rng.random() < 0.8 else 10**13 + k
        for k in range(300)
    ]
    id_type, key_type = pa.int64(), pa.int64()
    if kind == "int32 ids":
        ids = [i % 2**31 for i in ids]
        keys = [None if k is None else k % 2**31 for k in keys]
        id_type = pa.int32()
    elif kind in ("strings", "large strings", "categorical keys"):
        ids = [f"BB-{i}" for i in ids]
        keys = [None if k is None else f"BB-{k}" for k in keys]
        id_type = key_type = pa.string()
        if kind == "large strings":
            key_type = pa.large_string()
    id_array = pa.array(ids, id_type)
    key_array = pa.array(keys, key_type)
    if kind == "categorical keys":
        key_array = key_array.dictionary_encode()
    shared = _audit._MeetingKeys.of(id_array, {"groups": key_array})
    index, twice = shared.rows("groups", key_array, "groups.meeting")
    want_index, want_twice = [], []
    for k in keys:
        held = [r for r, i in enumerate(ids) if i == k]
        want_twice.append(len(held) > 1)
        want_index.append(None if k is None else held[0] if len(held) == 1 else n)
    assert index.to_pylist() == want_index
    assert twice.tolist() == want_twice


def test_keys_beyond_int64_or_of_another_type() -> None:
    ids = pa.array([5, 3, 9], pa.int64())
    huge = pa.array([2**64 - 1, 3, None], pa.uint64())
    shared = _audit._MeetingKeys.of(ids, {"rounds": huge})
    index, twice = shared.rows("rounds", huge, "rounds.meeting")
    assert index.to_pylist() == [3, 1, None]
    assert not twice.any()
    text = pa.array(["5"])
    shared = _audit._MeetingKeys.of(ids, {"rounds": text})
    with pytest.raises(sh.InvalidValue) as e:
        shared.rows("rounds", text, "rounds.meeting")
    assert e.value.field == "rounds.meeting"


def test_meeting_ids_of_a_type_that_cannot_be_compared_are_refused() -> None:
    frames = Year(seed=11, n=3).frames()
    meetings = frames["meetings"].copy()
    meetings.insert(0, "id", [[k] for k in range(len(meetings))])
    with pytest.raises(sh.InvalidValue) as e:
        sh.audit(meetings, frames["organisations"], "hd03")
    assert e.value.field == "meetings.id"


def test_a_row_that_refers_to_an_id_two_meetings_have_is_reported() -> None:
    """Which meeting a round or tổ row belongs to is not known when two meetings have its id:
    the row is a problem (it went to the first of them, silently), and the meetings are audited
    as if it were absent."""
    from builders import D, full_round

    frames = Year(seed=5, n=20).frames()
    meetings = frames["meetings"].copy()
    ids = [f"M{k}" for k in range(len(meetings))]
    # Meetings of two organisations (two of one are problems themselves).
    other = int(np.flatnonzero(meetings["organisation"] != meetings["organisation"][1])[0])
    ids[1] = ids[other] = "TWICE"
    meetings.insert(0, "id", ids)
    lists = {k: frames[k] for k in ("unable", "decisions", "earlier")}
    without = sh.audit(meetings, frames["organisations"], "hd03", **lists)
    assert without.problems.num_rows == 0
    round_ = full_round(D(2024, 3, 4))
    got = sh.audit(
        meetings,
        frames["organisations"],
        "hd03",
        rounds=pd.DataFrame([{"meeting": "TWICE", **_flat(round_)}]),
        groups=pd.DataFrame([{"meeting": "TWICE", **_flat(round_.groups[0])}]),
        **lists,
    )
    twice = [p for p in got.problems.to_pylist() if p["value"] == "TWICE"]
    assert [(p["table"], p["row"], p["column"]) for p in twice] == [
        ("rounds", 0, "meeting"),
        ("groups", 0, "meeting"),
    ]
    assert all(p["message_vi"] == _audit.TWICE_VI for p in twice)
    assert all(p["message_en"] == _audit.TWICE_EN for p in twice)
    # The rows' problems come after the meetings' own: the meetings' indices into them stand.
    assert got.outcomes.to_pylist() == without.outcomes.to_pylist()
    assert got.findings.to_pylist() == without.findings.to_pylist()
    # An id one meeting has still finds it.
    once = sh.audit(
        meetings,
        frames["organisations"],
        "hd03",
        groups=pd.DataFrame([{"meeting": "M5", **_flat(round_.groups[0])}]),
        **lists,
    )
    assert not any(p["value"] == "M5" for p in once.problems.to_pylist())
