"""sinhhoat.audit from polars: DataFrames read through the Arrow PyCapsule interface (which gives
strings as Arrow string views), codes as Categorical or Enum, sets as List(Utf8), dates as
pl.Date; the findings are those found from pandas, and AuditResult.to_polars() gives them back.
Columns that hold no value at all are read as nulls whatever their type."""

from __future__ import annotations

from typing import Any

import pytest

import sinhhoat as sh

pd = pytest.importorskip("pandas")
pa = pytest.importorskip("pyarrow")
pl = pytest.importorskip("polars")

from test_audit import Year  # noqa: E402

COMPARED = ["meeting", "organisation", "date", "rule", "clause", "status", "reason", "values"]


def _enum(cls: type[sh.CodeEnum]) -> Any:
    return pl.Enum([member.code for member in cls])


def _polars(frame: Any, casts: dict[str, Any], dates: tuple[str, ...] = ()) -> Any:
    out = pl.from_pandas(frame)
    return out.with_columns(
        *(pl.col(c).cast(t) for c, t in casts.items()),
        *(pl.col(c).str.to_date("%Y-%m-%d") for c in dates),
    )


def test_polars_frames_give_the_findings_of_pandas_frames() -> None:
    frames = Year(seed=17, n=60).frames()
    rules = sh.rule_sets.cao_bang()
    want = sh.audit(
        frames["meetings"],
        frames["organisations"],
        rules,
        unable=frames["unable"],
        decisions=frames["decisions"],
        earlier=frames["earlier"],
    )
    meetings = _polars(
        frames["meetings"],
        {
            "organisation": pl.Categorical,  # keys as categoricals
            "form": _enum(sh.MeetingForm),
            "body": pl.Categorical,
            "ground": _enum(sh.Ground),
            "kind": pl.Categorical,
            "agenda": pl.List(pl.Utf8),
        },
        ("date",),
    )
    organisations = _polars(
        frames["organisations"],
        {"id": pl.Categorical, "kind": _enum(sh.OrganisationKind)},
        ("pilot.online_selected_on", "pilot.by_group_selected_on"),
    )
    unable = _polars(frames["unable"], {"grounds": pl.List(pl.Utf8)})
    decisions = _polars(
        frames["decisions"], {"ground": _enum(sh.Ground)}, ("decided_on", "from", "until")
    )
    earlier = _polars(frames["earlier"], {"form": pl.Categorical}, ("date",))
    assert meetings.schema["date"] == pl.Date
    assert meetings.schema["agenda"] == pl.List(pl.Utf8)
    got = sh.audit(
        meetings, organisations, rules, unable=unable, decisions=decisions, earlier=earlier
    )
    assert want.findings.num_rows > 100
    assert got.findings.select(COMPARED).to_pylist() == want.findings.select(COMPARED).to_pylist()
    assert got.outcomes.to_pylist() == want.outcomes.to_pylist()
    assert got.problems.num_rows == want.problems.num_rows == 0

    findings = got.to_polars()
    assert isinstance(findings, pl.DataFrame)
    assert findings.height == got.findings.num_rows
    assert findings.columns == got.findings.column_names
    assert findings["rule"].cast(pl.Utf8).to_list() == got.findings["rule"].to_pylist()
    assert findings["values"].to_list() == got.findings["values"].to_pylist()


def test_columns_without_a_value_are_nulls_whatever_their_type() -> None:
    organisations = {"id": [1], "roll.members": [10]}
    meetings = pd.DataFrame(
        {
            "organisation": [1, 1],
            "date": ["2024-09-10", "2024-09-11"],
            "form": ["in_person", "in_person"],
            # No value, typed as strings (pandas' string dtype, Dask's conversion): nulls.
            "members_online": pd.Series([None, None], dtype="string"),
        }
    )
    empty_unable = pd.DataFrame(
        {
            "organisation": pd.Series([], dtype=object),
            "grounds": pd.Series([], dtype=object),
            "count": pd.Series([], dtype="int64"),
        }
    )
    result = sh.audit(meetings, organisations, "hd03", unable=empty_unable)
    assert result.outcomes["outcome"].to_pylist() == ["allowed", "allowed"]
    # A key column of nulls only: each row a problem, not an error of the call.
    unknown = meetings.assign(organisation=[None, None])
    result = sh.audit(unknown, pl.DataFrame(organisations), "hd03")
    assert result.outcomes["outcome"].to_pylist() == ["invalid_input", "invalid_input"]
    assert [(p["row"], p["column"], p["value"]) for p in result.problems.to_pylist()] == [
        (0, "organisation", "null"),
        (1, "organisation", "null"),
    ]


def test_a_filtered_pandas_frame_is_read_without_its_index() -> None:
    frames = Year(seed=4, n=20).frames()
    meetings = frames["meetings"]
    kept = meetings[meetings["form"] != "by_group"]  # an index with gaps: not a column
    assert not kept.index.equals(pd.RangeIndex(len(kept)))
    got = sh.audit(kept, frames["organisations"], "hd03")
    want = sh.audit(kept.reset_index(drop=True), frames["organisations"], "hd03")
    assert got.findings.equals(want.findings)
    assert got.outcomes.equals(want.outcomes)
