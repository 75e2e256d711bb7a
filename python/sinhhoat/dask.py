"""Audits over Dask DataFrames (issue 14): :func:`audit` is :func:`sinhhoat.audit` run partition by
partition, on one machine or a cluster, with the findings of one audit of everything.

Every table keyed by an organisation (``organisations``, ``unable``, ``decisions``, ``meetings``,
``earlier``) is shuffled by a hash of the organisation's id into the same ``npartitions``
partitions, and the ``rounds`` and ``groups`` rows go where their meeting went: partition k of
every table holds whole organisations, with all their rows, whichever input partitions the rows
came from. An organisation's quotas, its history and its bad rows are therefore decided on one
worker, exactly as in one audit. Each row is numbered before the shuffle and every partition is
put back in input order before it is audited, since the audit orders one organisation's meetings
of one day by row. Rows in the result (a meeting's row when ``meetings`` has no ``id``, a
problem's row) are rows of the whole input, as ``table.compute()`` numbers them.

Needs the ``dask`` extra: ``pip install "sinhhoat[dask]"`` (dask[dataframe] and distributed).
Workers import ``sinhhoat``: on a cluster it is installed where the workers run.
"""

from __future__ import annotations

import math
import numbers
import re
import warnings
from collections.abc import Callable, Mapping, Sequence
from typing import Any

try:
    import dask.dataframe as dd
    import dask.threaded
    import numpy as np
    import pandas as pd
    import pyarrow as pa
    import pyarrow.compute as pc
    from dask.base import DaskMethodsMixin, compute, replace_name_in_key, tokenize
    from dask.delayed import Delayed, delayed
    from dask.delayed import optimize as _optimize_delayed
    from dask.highlevelgraph import HighLevelGraph
except ImportError as e:  # pragma: no cover - the extra is installed in the test venv
    raise ImportError(
        'sinhhoat.dask needs Dask: pip install "sinhhoat[dask]" (dask[dataframe], distributed)'
    ) from e

from . import _audit
from ._audit import AuditResult
from ._core import RuleSet
from ._errors import InvalidValue

__all__ = ["DaskAuditResult", "audit"]

# Columns added on the way (sinhhoat.audit refuses them, so no input has them).
_IN = "_sinhhoat_in"  # the input partition a row came from
_LOCAL = "_sinhhoat_local"  # its row in that partition
_ROW = "_sinhhoat_row"  # its row in the whole table
_KEY = "_sinhhoat_key"  # the hash of a meeting's id (rounds and groups find their meeting by it)
_CODE = "_sinhhoat_code"  # a meeting's place: input partition << _ROW_BITS | row in it
_PART = "_sinhhoat_part"  # the partition of a meeting's organisation
_MEETING = "_sinhhoat_meeting"  # the place of a round's or tổ meeting's meeting; -1: none
_TWICE = -2  # a round's or tổ meeting's _MEETING: an id two meetings have (a problem)
_HELPERS = (_IN, _LOCAL, _ROW, _KEY, _CODE, _PART, _MEETING)
_ROW_BITS = 40  # rows of one input partition: fewer than 2**40

# The tables keyed by an organisation, by their key column.
_ORGANISATION_KEY = {
    "organisations": "id",
    "unable": "organisation",
    "decisions": "organisation",
    "meetings": "organisation",
    "earlier": "organisation",
}
_MEETING_KEYED = ("rounds", "groups")
_TABLES = ("organisations", "unable", "decisions", "meetings", "earlier", "rounds", "groups")

Part = dict[str, pa.Table]  # one partition's findings, outcomes and problems


def _refuse(where: str, value: object, vi: str, en: str) -> InvalidValue:
    return InvalidValue(where, str(value), vi, en)


# --- keys ---------------------------------------------------------------------------------------


def _integer_hashes(values: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    return np.asarray(pd.util.hash_array(values.astype(np.uint64)), dtype=np.uint64)


def _text_hashes(values: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    return np.asarray(pd.util.hash_array(values, categorize=False), dtype=np.uint64)


def _mixed_hashes(values: list[Any]) -> np.ndarray[Any, Any]:
    """Integral numbers hash as integers (1 and 1.0 alike), anything else as its text."""
    ints: list[int] = []
    at_int: list[int] = []
    texts: list[str] = []
    at_text: list[int] = []
    for i, v in enumerate(values):
        if isinstance(v, bool | np.bool_ | numbers.Integral):
            ints.append(int(v) & 0xFFFF_FFFF_FFFF_FFFF)
            at_int.append(i)
        elif isinstance(v, numbers.Real) and math.isfinite(v) and float(v).is_integer():
            ints.append(int(float(v)) & 0xFFFF_FFFF_FFFF_FFFF)
            at_int.append(i)
        else:
            texts.append(str(v))
            at_text.append(i)
    out = np.zeros(len(values), dtype=np.uint64)
    if ints:
        out[at_int] = _integer_hashes(np.array(ints, dtype=np.uint64))
    if texts:
        out[at_text] = _text_hashes(np.array(texts, dtype=object))
    return out


def _hashes(keys: pd.Series[Any]) -> np.ndarray[Any, Any]:
    """A 64-bit hash of each key, equal for the keys sinhhoat.audit takes as equal: by value,
    given as integers, as floats (a column with nulls), as strings or as categoricals; a null's
    hash is 0. Each distinct key is hashed once."""
    codes, uniques = pd.factorize(keys, use_na_sentinel=True)
    u = pd.Index(uniques)
    if isinstance(u.dtype, pd.CategoricalDtype):
        u = pd.Index(np.asarray(u))
    if pd.api.types.is_unsigned_integer_dtype(u.dtype):
        per = _integer_hashes(u.to_numpy(dtype=np.uint64))
    elif pd.api.types.is_bool_dtype(u.dtype) or pd.api.types.is_integer_dtype(u.dtype):
        per = _integer_hashes(u.to_numpy(dtype=np.int64))
    elif u.inferred_type == "string":
        per = _text_hashes(u.to_numpy(dtype=object))
    else:
        per = _mixed_hashes(u.tolist())
    out = np.zeros(len(codes), dtype=np.uint64)
    known = codes >= 0
    out[known] = per[codes[known]]
    return out


def _parts_of(keys: pd.Series[Any], n: int) -> np.ndarray[Any, Any]:
    return np.asarray(_hashes(keys) % np.uint64(n), dtype=np.int64)


def _buckets(df: pd.DataFrame, bucket: np.ndarray[Any, Any], n: int) -> list[pd.DataFrame]:
    """The rows of `df` by bucket (0 .. n-1), each bucket in row order."""
    order = np.argsort(bucket, kind="stable")
    ends = np.cumsum(np.bincount(bucket, minlength=n))
    starts = ends - np.bincount(bucket, minlength=n)
    ordered = df.take(order)
    return [ordered.iloc[a:b] for a, b in zip(starts, ends, strict=True)]


def _numbered(piece: pd.DataFrame, j: int) -> pd.DataFrame:
    """An input partition's rows with their place in the whole table: partition, row in it."""
    df = piece.reset_index(drop=True)
    return df.assign(**{_IN: np.full(len(df), j, dtype=np.int64), _LOCAL: np.arange(len(df))})


def _split_by_organisation(piece: pd.DataFrame, key: str, j: int, n: int) -> list[pd.DataFrame]:
    """Input partition `j` of a table keyed by an organisation, cut by the organisation's
    partition."""
    df = _numbered(piece, j)
    return _buckets(df, _parts_of(df[key], n), n)


def _code(df: pd.DataFrame) -> np.ndarray[Any, Any]:
    """A row's place as one number (input partition, row in it), ordered as the whole table."""
    code = (df[_IN].to_numpy(np.int64) << _ROW_BITS) | df[_LOCAL].to_numpy(np.int64)
    return np.asarray(code, dtype=np.int64)


def _meeting_ids(piece: pd.DataFrame, j: int, n: int) -> list[pd.DataFrame]:
    """Of input partition `j` of meetings, each meeting's id (hashed), place and partition,
    cut by the hash of the id."""
    df = _numbered(piece, j)
    key = _hashes(df["id"])
    out = pd.DataFrame(
        {_KEY: key.view(np.int64), _CODE: _code(df), _PART: _parts_of(df["organisation"], n)}
    )
    return _buckets(out, (key % np.uint64(n)).astype(np.int64), n)


def _split_by_meeting(piece: pd.DataFrame, j: int, n: int) -> list[pd.DataFrame]:
    """Input partition `j` of rounds or groups, cut by the hash of the meeting's id."""
    df = _numbered(piece, j)
    key = _hashes(df["meeting"])
    df = df.assign(**{_KEY: key.view(np.int64)})
    return _buckets(df, (key % np.uint64(n)).astype(np.int64), n)


def _concat_frames(pieces: Sequence[pd.DataFrame]) -> pd.DataFrame:
    nonempty = [p for p in pieces if len(p)] or list(pieces[:1])
    with warnings.catch_warnings():
        # pandas < 3 warns that empty or all-NA pieces will stop deciding a column's dtype.
        warnings.simplefilter("ignore", FutureWarning)
        return pd.concat(nonempty, ignore_index=True)


def _to_meetings(
    ids: Sequence[pd.DataFrame], rows: Sequence[pd.DataFrame], n: int
) -> list[pd.DataFrame]:
    """Rounds or groups of one id bucket, each with its meeting, cut by the meeting's partition.
    A row whose meeting is no meeting, or an id two meetings have (every meeting with one id is
    in its bucket), goes to partition 0, to be reported there as sinhhoat.audit reports it."""
    every = _concat_frames(ids)
    first = every.sort_values(_CODE, kind="stable").drop_duplicates(_KEY)
    twice = every[_KEY][every[_KEY].duplicated()].unique()
    df = _concat_frames(rows)
    found = df[[_KEY]].merge(first, on=_KEY, how="left")
    code = found[_CODE].to_numpy(dtype=float, na_value=np.nan)
    held_twice = df[_KEY].isin(twice).to_numpy() & df["meeting"].notna().to_numpy()
    known = ~np.isnan(code) & ~held_twice
    meeting = np.full(len(df), -1, dtype=np.int64)
    meeting[known] = code[known].astype(np.int64)
    meeting[held_twice] = _TWICE
    part = np.zeros(len(df), dtype=np.int64)
    part[known] = found[_PART].to_numpy(dtype=float, na_value=np.nan)[known].astype(np.int64)
    df = df.assign(**{_MEETING: meeting})
    return _buckets(df, part, n)


# --- the graph ----------------------------------------------------------------------------------


def _pieces(obj: Any, name: str) -> tuple[list[Any], pd.DataFrame]:
    """A table's input partitions (Delayed, or one pandas DataFrame) and its empty metadata."""
    if isinstance(obj, dd.DataFrame):
        frame: Any = obj  # Dask's own methods are not all typed
        return list(frame.to_delayed()), frame._meta
    if not isinstance(obj, pd.DataFrame):
        obj = _audit._arrow_table(obj, name).to_pandas()
    return [obj], obj.iloc[:0]


def _partition_count(npartitions: object, pieces: Mapping[str, Sequence[Any]]) -> int:
    if npartitions is None:
        return max(len(p) for p in pieces.values())
    if (
        isinstance(npartitions, bool)
        or not isinstance(npartitions, int)
        or not 0 < npartitions < 2**16
    ):
        raise _refuse(
            "npartitions",
            npartitions,
            "phải là số nguyên từ 1 đến 65535",
            "must be an integer from 1 to 65535",
        )
    return npartitions


def _offsets(lengths: Sequence[int]) -> list[int]:
    return [0, *np.cumsum(lengths, dtype=np.int64).tolist()]


def _lazy(value: Any) -> bool:
    if isinstance(value, Delayed):
        return True
    if isinstance(value, list | tuple):
        return any(_lazy(v) for v in value)
    return False


def _call(f: Callable[..., Any], *args: Any, nout: int | None = None) -> Any:
    """`f(*args)` now, or as a task when an argument is one."""
    if any(_lazy(a) for a in args):
        return delayed(f, pure=True, nout=nout)(*args)
    return f(*args)


def audit(
    meetings: Any,
    organisations: Any,
    rules: RuleSet | str,
    *,
    unable: Any = None,
    decisions: Any = None,
    earlier: Any = None,
    rounds: Any = None,
    groups: Any = None,
    all_findings: bool = False,
    messages: bool = False,
    threads: int | None = None,
    npartitions: int | None = None,
) -> DaskAuditResult:
    """Audits every meeting of `meetings` as :func:`sinhhoat.audit` does, partition by partition.

    The tables are Dask DataFrames, pandas DataFrames or anything :func:`sinhhoat.audit` takes,
    with its columns; ``rounds`` and ``groups`` need the ``id`` column of ``meetings`` (a row
    number means nothing once the rows are shuffled). `npartitions`: how many partitions the
    organisations are spread over (default: as many as the table with most). `threads`: each
    partition's audit's threads (default 1: Dask's workers run the partitions side by side).

    Nothing is computed but the call's own checks (an unknown or missing column, a column of a
    type that cannot hold the field, an unknown rule set), on the tables' empty metadata. The
    result is lazy: its ``findings``, ``outcomes`` and ``problems`` are Dask DataFrames, and
    ``compute()`` gives the :class:`sinhhoat.AuditResult` of one audit of the whole input (its
    problems ordered by table, then row, and ``outcomes.problem`` numbered to match).
    """
    given = {
        "organisations": organisations,
        "unable": unable,
        "decisions": decisions,
        "meetings": meetings,
        "earlier": earlier,
        "rounds": rounds,
        "groups": groups,
    }
    for name in ("organisations", "meetings"):
        if given[name] is None:
            raise _refuse(name, "None", "bảng bắt buộc", "a required table")
    pieces: dict[str, list[Any]] = {}
    metas: dict[str, pd.DataFrame] = {}
    for name, obj in given.items():
        if obj is not None:
            pieces[name], metas[name] = _pieces(obj, name)
    n = _partition_count(npartitions, pieces)
    for name, meta in metas.items():
        key = _ORGANISATION_KEY.get(name, "meeting")
        if key not in meta.columns:
            raise _refuse(
                f"{name}.{key}", "?", "thiếu cột bắt buộc", "a required column is missing"
            )
    by_meeting = [name for name in _MEETING_KEYED if name in pieces]
    if by_meeting and "id" not in metas["meetings"].columns:
        raise _refuse(
            "meetings.id",
            "?",
            f"cần cột id: {' và '.join(by_meeting)} tham chiếu cuộc họp theo id",
            f"the id column is needed: {' and '.join(by_meeting)} refer to meetings by id "
            "in sinhhoat.dask (a row number changes when the rows are shuffled)",
        )
    options = {
        "rules": rules,
        "all_findings": _audit._flag("all_findings", all_findings),
        "messages": _audit._flag("messages", messages),
        "threads": 1 if threads is None else _audit._thread_count(threads),
        "ids": "id" in metas["meetings"].columns,
    }

    # The call's own checks, and the result's metadata: the audit of no rows, cut the same way.
    meta_in: dict[str, list[pd.DataFrame]] = {}
    for name, key in _ORGANISATION_KEY.items():
        if name in metas:
            meta_in[name] = _split_by_organisation(metas[name], key, 0, 1)
    for name in by_meeting:
        ids = _meeting_ids(metas["meetings"], 0, 1)
        meta_in[name] = _to_meetings(ids, _split_by_meeting(metas[name], 0, 1), 1)
    zero = {name: [0, 0] for name in meta_in}
    meta = _audit_partition(meta_in, zero, options)

    # The graph: each input partition cut in n, partition k of the audit gathers the k-th
    # pieces. Rounds and groups first meet the meetings' ids in buckets by id. What is given as
    # pandas is cut here, once; the rest in tasks.
    token = tokenize(pieces, options, n)
    lengths = {name: _call(_offsets, [_call(len, p) for p in ps]) for name, ps in pieces.items()}
    cut: dict[str, list[Any]] = {}
    for name, key in _ORGANISATION_KEY.items():
        if name in pieces:
            cut[name] = [
                _call(_split_by_organisation, p, key, j, n, nout=n)
                for j, p in enumerate(pieces[name])
            ]
    if by_meeting:
        ids = [_call(_meeting_ids, p, j, n, nout=n) for j, p in enumerate(pieces["meetings"])]
        for name in by_meeting:
            rows = [_call(_split_by_meeting, p, j, n, nout=n) for j, p in enumerate(pieces[name])]
            cut[name] = [
                _call(_to_meetings, [i[b] for i in ids], [r[b] for r in rows], n, nout=n)
                for b in range(n)
            ]
    audit_part = delayed(_audit_partition, pure=True)
    parts = [
        audit_part(
            {name: [c[k] for c in cs] for name, cs in cut.items()},
            lengths,
            options,
            dask_key_name=f"sinhhoat-audit-{token}-{k}",
        )
        for k in range(n)
    ]
    return DaskAuditResult(parts, meta)


# --- one partition ------------------------------------------------------------------------------


def _arrow_column(series: pd.Series[Any]) -> pa.Array:
    """A column as sinhhoat.audit reads it (pandas' conversion to Arrow, one chunk)."""
    table = pa.Table.from_pandas(series.to_frame("c"), preserve_index=False)
    return _audit._chunk(table["c"])


_GLOBAL_ROWS = re.compile(r"(?<=dòng )\d+|(?<=rows )\d+|(?<=row )\d+|(?<= and )\d+")


def _meeting_rows(df: pd.DataFrame, meeting_offsets: Sequence[int]) -> pd.Series[Any]:
    """A round's or tổ meeting's meeting as its row of the whole `meetings`: -1 for an id no
    meeting has (a problem), null for a null that is no meeting's id."""
    code = df[_MEETING].to_numpy(np.int64)
    known = code >= 0
    rows = np.full(len(df), -1, dtype=np.int64)
    at = np.asarray(meeting_offsets, dtype=np.int64)
    rows[known] = at[code[known] >> _ROW_BITS] + (code[known] & ((1 << _ROW_BITS) - 1))
    out = pd.array(rows, dtype="Int64")
    out[(~known) & df["meeting"].isna().to_numpy()] = pd.NA
    return pd.Series(out, index=df.index)


def _audit_partition(
    pieces: Mapping[str, Sequence[pd.DataFrame]],
    offsets: Mapping[str, Sequence[int]],
    options: Mapping[str, Any],
) -> Part:
    """sinhhoat.audit of one partition, from its pieces of every input partition (`offsets`:
    where each input partition starts in its table). Rows are rows of the whole input, the
    meetings' in `_ROW` (findings, outcomes); `outcomes.problem` is a row of this partition's
    problems."""
    rows: dict[str, np.ndarray[Any, Any]] = {}
    tables: dict[str, pd.DataFrame] = {}
    given_meeting: dict[str, pd.Series[Any]] = {}
    twice: dict[str, np.ndarray[Any, Any]] = {}  # rows that refer to an id two meetings have
    ids: pa.Array | None = None
    for name, ps in pieces.items():
        df = _concat_frames(ps)
        at = np.asarray(offsets[name], dtype=np.int64)
        row = at[df[_IN].to_numpy(np.int64)] + df[_LOCAL].to_numpy(np.int64)
        # In input order: the audit orders one organisation's meetings of one day by row.
        order = np.argsort(row, kind="stable")
        df = df.take(order).reset_index(drop=True)
        rows[name] = row[order]
        if name == "meetings":
            # The audit refers to each meeting by its row in the whole input; its id is put back.
            if options["ids"]:
                ids = _audit._decoded(_arrow_column(df["id"]))
            df = df.assign(id=rows[name])
        elif name in _MEETING_KEYED:
            given_meeting[name] = df["meeting"]
            twice[name] = df[_MEETING].to_numpy(np.int64) == _TWICE
            df = df.assign(meeting=_meeting_rows(df, offsets["meetings"]))
        tables[name] = df.drop(columns=[c for c in _HELPERS if c in df.columns])
    result = _audit._audit_tables(
        tables,
        options["rules"],
        options["all_findings"],
        options["messages"],
        options["threads"],
        same_meeting=ids,
    )
    meeting_rows = rows["meetings"]

    def with_meeting(table: pa.Table) -> pa.Table:
        row = _audit._chunk(table["meeting"]).cast(pa.int64())
        if ids is not None:
            local = np.searchsorted(meeting_rows, row.to_numpy())
            table = table.set_column(0, "meeting", ids.take(pa.array(local, pa.int64())))
        return table.append_column(_ROW, row)

    outcomes = with_meeting(result.outcomes)
    findings = with_meeting(result.findings)
    if "clause" in findings.column_names:  # each partition has a dictionary of its own
        at = findings.column_names.index("clause")
        findings = findings.set_column(at, "clause", pc.cast(findings["clause"], pa.large_string()))
    return {
        "findings": findings,
        "outcomes": outcomes,
        "problems": _global_problems(result.problems, rows, given_meeting, twice, ids),
    }


def _global_problems(
    problems: pa.Table,
    rows: Mapping[str, np.ndarray[Any, Any]],
    given_meeting: Mapping[str, pd.Series[Any]],
    twice: Mapping[str, np.ndarray[Any, Any]],
    ids: pa.Array | None,
) -> pa.Table:
    """The problems of a partition, each naming its row of the whole input and, for a round's
    or tổ meeting's meeting, the id as given (and why it is none: `twice`); a meeting's id as
    given (`ids`: the partition's meetings held their rows as ids)."""
    out = problems.to_pydict()
    originals = {name: _arrow_column(s) for name, s in given_meeting.items()}
    for i, (table, row, column) in enumerate(
        zip(out["table"], out["row"], out["column"], strict=True)
    ):
        local = rows[table]
        out["row"][i] = int(local[row])
        if table in originals and column == "meeting":
            value = originals[table][row].as_py()
            out["value"][i] = str(value) if value is not None else "null"
            if twice[table][row]:
                out["message_vi"][i] = _audit.TWICE_VI
                out["message_en"][i] = _audit.TWICE_EN
        if (table, column) == ("meetings", "id") and ids is not None:
            value = ids[row].as_py()
            out["value"][i] = str(value) if value is not None else "null"
        if out["error"][i] == "inconsistent_input" and (table, column) in (
            ("organisations", "id"),
            ("meetings", "id"),
            ("rounds", "meeting"),
        ):
            # "two organisations with one id (rows 3 and 7)", "two round rows ... (row 5)"
            def renumber(m: re.Match[str], local: np.ndarray[Any, Any] = local) -> str:
                return str(int(local[int(m.group(0))]))

            for lang in ("message_vi", "message_en"):
                out[lang][i] = _GLOBAL_ROWS.sub(renumber, out[lang][i])
    return pa.table(out, schema=problems.schema)


# --- the result ---------------------------------------------------------------------------------


def _pandas_type(t: pa.DataType) -> Any:
    # Codes as categoricals; the rest as Arrow types, which Dask keeps (an object column, such
    # as dates or values, it would make strings).
    return None if pa.types.is_dictionary(t) else pd.ArrowDtype(t)


def _frame(table: pa.Table) -> pd.DataFrame:
    return table.to_pandas(types_mapper=_pandas_type)


def _findings_frame(part: Part) -> pd.DataFrame:
    return _frame(part["findings"].drop_columns([_ROW]))


def _problems_frame(part: Part) -> pd.DataFrame:
    return _frame(part["problems"])


def _problem_count(part: Part) -> int:
    return int(part["problems"].num_rows)


def _renumbered(
    outcomes: pa.Table, offset: int, new_of_old: np.ndarray[Any, Any] | None = None
) -> pa.Table:
    """`outcomes.problem` as a row of all partitions' problems (this one's first at `offset`),
    renumbered by `new_of_old` if given."""
    problem = _audit._chunk(outcomes["problem"])
    valid = np.asarray(problem.is_valid(), dtype=bool)
    index = np.asarray(problem.fill_null(0), dtype=np.int64) + offset
    if new_of_old is not None:
        index[valid] = new_of_old[index[valid]]
    new = pa.array(index, type=pa.int32(), mask=~valid)
    return outcomes.set_column(outcomes.column_names.index("problem"), "problem", new)


def _outcomes_frame(part: Part, offsets: Sequence[int], k: int) -> pd.DataFrame:
    outcomes = _renumbered(part["outcomes"], offsets[k])
    return _frame(outcomes.drop_columns([_ROW]))


def _concat(tables: Sequence[pa.Table]) -> pa.Table:
    return pa.concat_tables(tables, promote_options="permissive").unify_dictionaries()


def _assemble(parts: Sequence[Part]) -> AuditResult:
    """One AuditResult from the partitions': findings and outcomes in input order, the problems
    by table and row."""
    problems = _concat([p["problems"] for p in parts])
    order_of_table = {name: k for k, name in enumerate(_TABLES)}
    table_rank = np.array([order_of_table[t] for t in problems["table"].to_pylist()], np.int64)
    order = np.lexsort((problems["row"].to_numpy(), table_rank))
    new_of_old = np.empty(len(order), dtype=np.int64)
    new_of_old[order] = np.arange(len(order))
    offsets = _offsets([p["problems"].num_rows for p in parts])
    outcomes = _concat(
        [_renumbered(p["outcomes"], offsets[k], new_of_old) for k, p in enumerate(parts)]
    )
    findings = _concat([p["findings"] for p in parts])
    outcomes = outcomes.take(pc.sort_indices(outcomes[_ROW])).drop_columns([_ROW])
    findings = findings.take(pc.sort_indices(findings[_ROW])).drop_columns([_ROW])
    if "clause" in findings.column_names:
        at = findings.column_names.index("clause")
        clause = _audit._chunk(findings["clause"]).dictionary_encode()
        findings = findings.set_column(at, "clause", clause)
    return AuditResult(
        findings.combine_chunks(), outcomes.combine_chunks(), problems.take(order).combine_chunks()
    )


def _finish(results: Sequence[Part]) -> AuditResult:
    return _assemble(results)


class DaskAuditResult(DaskMethodsMixin):
    """What :func:`audit` will find: a Dask collection of one task per partition.

    - ``findings``, ``outcomes``, ``problems``: Dask DataFrames with the columns of
      :class:`sinhhoat.AuditResult`'s tables (one partition each per audited partition; a
      ``problem`` of ``outcomes`` is the row of ``problems.compute()``);
    - ``compute()`` (or ``dask.compute(result)``, ``client.compute(result)``): the
      :class:`sinhhoat.AuditResult` of the whole input, as one audit of it gives it (its
      problems ordered by table, then row);
    - ``persist()``: the partitions' results kept in memory (on a cluster, in the workers),
      e.g. for ``distributed.progress(result.persist())``.
    """

    def __init__(self, parts: Sequence[Delayed], meta: Part) -> None:
        self._parts = list(parts)
        self._meta = meta
        self.npartitions = len(self._parts)
        counts = [delayed(_problem_count, pure=True)(p) for p in self._parts]
        offsets = delayed(_offsets, pure=True)(counts)
        self.findings: dd.DataFrame = dd.from_delayed(
            [delayed(_findings_frame, pure=True)(p) for p in self._parts],
            meta=_findings_frame(meta),
            verify_meta=False,
        )
        self.outcomes: dd.DataFrame = dd.from_delayed(
            [delayed(_outcomes_frame, pure=True)(p, offsets, k) for k, p in enumerate(self._parts)],
            meta=_outcomes_frame(meta, [0], 0),
            verify_meta=False,
        )
        self.problems: dd.DataFrame = dd.from_delayed(
            [delayed(_problems_frame, pure=True)(p) for p in self._parts],
            meta=_problems_frame(meta),
            verify_meta=False,
        )

    # The Dask collection protocol: the keys are the partitions' audits.
    def __dask_graph__(self) -> Any:
        return HighLevelGraph.merge(*(p.__dask_graph__() for p in self._parts))

    def __dask_keys__(self) -> list[Any]:
        return [p.key for p in self._parts]

    def __dask_layers__(self) -> tuple[str, ...]:
        return tuple(layer for p in self._parts for layer in p.__dask_layers__())

    def __dask_tokenize__(self) -> Any:
        return ("sinhhoat.dask.DaskAuditResult", *self.__dask_keys__())

    __dask_optimize__ = staticmethod(_optimize_delayed)
    __dask_scheduler__ = staticmethod(dask.threaded.get)

    def __dask_postcompute__(self) -> tuple[Callable[..., AuditResult], tuple[()]]:
        return _finish, ()

    def __dask_postpersist__(self) -> tuple[Callable[..., DaskAuditResult], tuple[()]]:
        return self._rebuild, ()

    def _rebuild(self, dsk: Any, *, rename: Mapping[str, str] | None = None) -> DaskAuditResult:
        graph = dict(dsk)
        keys = [replace_name_in_key(k, rename) if rename else k for k in self.__dask_keys__()]
        make: Any = Delayed  # untyped
        return DaskAuditResult([make(k, graph) for k in keys], self._meta)

    def compute(self, **kwargs: Any) -> AuditResult:
        """The :class:`sinhhoat.AuditResult` of the whole input."""
        run: Any = compute  # untyped
        (result,) = run(self, **kwargs)
        assert isinstance(result, AuditResult)
        return result

    def __repr__(self) -> str:
        return f"DaskAuditResult({self.npartitions} partitions)"
