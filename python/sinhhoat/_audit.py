"""Audits of many meetings at once, from columns (issue 14): pandas DataFrames, pyarrow Tables and
RecordBatches, polars DataFrames (any Arrow producer) or dicts of NumPy arrays.

Each meeting's findings are those of :func:`sinhhoat.check` with that meeting, its organisation,
its round and as history its organisation's earlier meetings (the ``earlier`` table and the
audited meetings ordered before it: by date, then ``sequence``, then row). The rules are decided
in C++ with the GIL released; this module only turns columns into the layouts the C++ audit reads
(no Python object per row) and its result into Arrow tables.

The columns of each table are derived from the descriptions of the C++ types
(:func:`audit_columns`, docs/audit-columns.md). Codes are given as their catalogue strings
(``"hybrid"``, ``"epidemic"``), as pandas categoricals or Arrow dictionaries, or as numbers;
sets (``agenda``, ``platform``, ``infrastructure``, ``grounds``) as lists of codes, as strings
delimited by ``;`` or as bit masks; dates as ``datetime64``, Arrow ``date32`` / timestamps,
``datetime.date`` or ISO strings. A row that cannot be read is a problem (``AuditResult.problems``)
and the meetings that depend on it have the outcome ``invalid_input``; every other meeting is
audited as if it were absent.

Needs the ``audit`` extra: ``pip install "sinhhoat[audit]"`` (numpy, pyarrow, pandas).
"""

from __future__ import annotations

import functools
import html
import re
import sys
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import _core, _errors
from ._core import RuleSet
from ._enum import _TABLES, CodeEnum
from ._errors import InvalidValue
from .rule_sets import by_id

if TYPE_CHECKING:
    import pyarrow

# NumPy arrays: numpy is imported when an audit runs (the extra), so its values are Any here.
NDArray = Any

__all__ = ["AuditResult", "audit", "audit_columns"]

# The tables keyed by a meeting: by its `id` when `meetings` has one, else by its row.
_MEETING_KEYED = ("rounds", "groups")
# A round's or tổ meeting's row whose meeting is an id two meetings have: which of them it belongs
# to is not known, so it is a problem (as an organisation id given twice is), not the first's.
TWICE_VI = "hai cuộc họp trở lên cùng mang id này: không biết dòng này thuộc cuộc họp nào"
TWICE_EN = "two or more meetings have this id: the meeting this row belongs to is not known"


def audit_columns(table: str) -> list[dict[str, Any]]:
    """The columns of an audit table: name, type, whether required and nullable, range, codes.

    >>> [c["name"] for c in audit_columns("unable")]
    ['organisation', 'grounds', 'count']
    """
    return list(_core._audit_columns(table))


def _libraries() -> tuple[Any, Any, Any]:
    try:
        import numpy as np
        import pyarrow as pa
        import pyarrow.compute as pc
    except ImportError as e:  # pragma: no cover - the extra is installed in the test venv
        raise ImportError(
            'sinhhoat.audit needs numpy and pyarrow: pip install "sinhhoat[audit]"'
        ) from e
    return np, pa, pc


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _enum_named(name: str) -> type[CodeEnum]:
    for cls in _TABLES:
        if _snake(cls.__name__) == name:
            return cls
    raise KeyError(name)  # pragma: no cover - every column's enum is registered


def _refuse(where: str, value: object, vi: str, en: str) -> InvalidValue:
    return InvalidValue(where, str(value), vi, en)


def _without_views(t: pyarrow.DataType) -> pyarrow.DataType:
    """`t` with Arrow's view types (polars exports strings as string_view, through the PyCapsule
    interface) as the large types the readers know."""
    _, pa, _ = _libraries()
    is_view = getattr(pa.types, "is_string_view", None)  # pyarrow >= 16
    if is_view is None:
        return t
    if is_view(t):
        return pa.large_string()
    if pa.types.is_binary_view(t):
        return pa.large_binary()
    if pa.types.is_list_view(t) or pa.types.is_large_list_view(t):
        return pa.large_list(_without_views(t.value_type))
    if pa.types.is_list(t):
        return pa.list_(_without_views(t.value_type))
    if pa.types.is_large_list(t):
        return pa.large_list(_without_views(t.value_type))
    if pa.types.is_dictionary(t):
        return pa.dictionary(t.index_type, _without_views(t.value_type), t.ordered)
    return t


# What Arrow raises for a column of Python objects it cannot convert: values of several types, a
# string with a lone surrogate, a number beyond 64 bits, a date beyond Python's, a type no column
# has (complex numbers: NotImplementedError).
_UNCONVERTIBLE = (TypeError, ValueError, OverflowError, ArithmeticError, NotImplementedError)


def _without_surrogates(values: Iterable[Any]) -> list[Any]:
    """Each string with its lone surrogates written as escapes (a code then is an unknown one,
    a bad row like any other); the other values as they are."""
    return [
        v.encode("utf-8", "backslashreplace").decode("utf-8") if isinstance(v, str) else v
        for v in values
    ]


def _frozensets_as_lists(values: Iterable[Any]) -> list[Any] | None:
    """A frozenset as the list of its members (Arrow reads a set as a list, not a frozenset);
    None when no value is one (or `values` is no column)."""
    try:
        out = list(values)
    except TypeError:
        return None
    if not any(isinstance(v, frozenset) for v in out):
        return None
    return [list(v) if isinstance(v, frozenset) else v for v in out]


def _column_array(
    values: Any, where: str, count: bool = False
) -> pyarrow.Array | pyarrow.ChunkedArray:
    """One column of Python objects (a pandas column, a list) or a NumPy array as Arrow: values
    it cannot hold together are an error naming the column, before any work. A `count` held as
    floats that are integers is read as pandas' is (_pandas_fast)."""
    np, pa, _ = _libraries()
    if isinstance(values, pa.Array | pa.ChunkedArray):
        return values
    if isinstance(values, np.ndarray):
        if values.ndim != 1:
            raise _refuse(
                where,
                f"{values.ndim}-D array",
                "một cột là mảng một chiều",
                "a column is a one-dimensional array",
            )
        if values.dtype.kind == "b":
            return _bools(values)
        if count and values.dtype.kind == "f" and (ints := _integral_floats(values)) is not None:
            return ints
        if values.dtype.kind not in "OU":
            try:
                # Numbers and dates without a copy; NaN and NaT none, as in pandas.
                return pa.array(values, from_pandas=True)
            except (pa.ArrowInvalid, pa.ArrowNotImplementedError, pa.ArrowTypeError):
                raise _refuse(
                    where,
                    values.dtype,
                    "không có kiểu cột nào chứa được kiểu này",
                    "no column type holds this type",
                ) from None
    try:
        return pa.array(values, from_pandas=True)
    except UnicodeError:
        return pa.array(_without_surrogates(values), from_pandas=True)
    except OverflowError as e:
        if (wide := _wide_integers(values)) is not None:
            return wide
        error: Exception = e
    except _UNCONVERTIBLE as e:
        error = e
        if (lists := _frozensets_as_lists(values)) is not None:
            return _column_array(lists, where)
    try:
        kinds = ", ".join(sorted({type(v).__name__ for v in values if v is not None}))
    except TypeError:  # not a column at all (a single value)
        kinds = type(values).__name__
    why = str(error)[:160]  # Arrow quotes the value, which may be of any size
    raise _refuse(
        where,
        kinds,
        f"các giá trị không đọc được thành một cột ({why})",
        f"values that cannot make one column ({why})",
    ) from None


def _wide_integers(values: Iterable[Any]) -> pyarrow.Array | None:
    """Python integers some of which 64 bits do not hold, as 76-digit decimals: each such value
    then is a bad row (a count out of range, an id no row has) shown as it was given, like a
    uint64 beyond int64. None when a value is no integer or has more digits."""
    _, pa, _ = _libraries()
    limit = 10**76
    as_decimals: list[Decimal | None] = []
    for v in values:
        if v is None:
            as_decimals.append(None)
        elif type(v) is int and -limit < v < limit:
            as_decimals.append(Decimal(v))
        else:
            return None
    return pa.array(as_decimals, type=pa.decimal256(76, 0))


def _with_validity(values: NDArray, valid: NDArray, type_: pyarrow.DataType) -> pyarrow.Array:
    """`values` (NumPy, of `type_`'s width) as Arrow, null where not `valid`: its buffer as it
    is and the bitmap packed by NumPy (Arrow's mask builds it bit by bit, and a cast copies)."""
    np, pa, _ = _libraries()
    values = np.ascontiguousarray(values)
    bitmap = None if valid.all() else pa.py_buffer(np.packbits(valid, bitorder="little"))
    return pa.Array.from_buffers(type_, len(values), [bitmap, pa.py_buffer(values)])


def _pandas_fast(column: Any, count: bool) -> pyarrow.Array | None:
    """A categorical as a dictionary on its codes, a naive datetime64 as timestamps on its
    values, neither copied (Arrow's conversion copies them and builds their bitmaps bit by bit:
    4 to 6 ms a column of 3.6 M rows); booleans packed by NumPy; for a `count`, floats holding
    integers (NaN for none) as int64. None for any other column."""
    np, pa, _ = _libraries()
    pd = sys.modules["pandas"]
    dtype = column.dtype
    if isinstance(dtype, np.dtype) and dtype.kind == "b":
        return _bools(column.to_numpy())
    if count and isinstance(dtype, np.dtype) and dtype.kind == "f":
        return _integral_floats(column.to_numpy())
    if isinstance(dtype, pd.CategoricalDtype):
        codes = column.array.codes
        try:
            dictionary = pa.array(column.array.categories.to_numpy(), from_pandas=True)
        except _UNCONVERTIBLE:
            return None
        if dictionary.null_count or pa.types.is_dictionary(dictionary.type):
            return None
        if pa.types.is_string(dictionary.type):
            dictionary = dictionary.cast(pa.large_string())  # as Arrow's conversion gives it
        indices = _with_validity(codes, codes >= 0, pa.from_numpy_dtype(codes.dtype))
        # pandas keeps its codes within its categories: Arrow's check of each is not needed.
        return pa.DictionaryArray.from_arrays(indices, dictionary, safe=False)
    if isinstance(dtype, np.dtype) and dtype.kind == "M":
        unit, step = np.datetime_data(dtype)
        if step != 1 or unit not in ("s", "ms", "us", "ns"):
            return None
        ticks = column.to_numpy().view(np.int64)
        return _with_validity(ticks, ticks != np.iinfo(np.int64).min, pa.timestamp(unit))  # NaT
    return None


def _bools(values: NDArray) -> pyarrow.Array:
    """NumPy's booleans as Arrow's, packed by NumPy (20 times Arrow's packing)."""
    np, pa, _ = _libraries()
    bits = np.packbits(values, bitorder="little")
    return pa.Array.from_buffers(pa.bool_(), len(values), [None, pa.py_buffer(bits)])


def _integral_floats(values: NDArray) -> pyarrow.Array | None:
    """Floats that are integers (NaN: none; a pandas column of counts with a gap) as int64 with
    its validity, 0 under a null; None when a value is another number (the slower checks then
    say which: a fraction, infinity, 1e30)."""
    np, pa, _ = _libraries()
    missing = np.isnan(values)
    with np.errstate(invalid="ignore", over="ignore"):  # NaN and 1e30 are caught next
        ints = values.astype(np.int64)
        if not ((ints == values) | missing).all():
            return None
    ints[missing] = 0
    return _with_validity(ints, ~missing, pa.int64())


def _pandas_column(column: Any, where: str, count: bool) -> pyarrow.Array | pyarrow.ChunkedArray:
    """A pandas column as Arrow; one Arrow cannot take as it is, through its Python values."""
    _, pa, _ = _libraries()
    if (fast := _pandas_fast(column, count)) is not None:
        return fast
    try:
        return pa.Array.from_pandas(column)
    except _UNCONVERTIBLE:
        return _column_array(column.tolist(), where)


def _arrow_table(obj: object, name: str) -> pyarrow.Table:
    _, pa, _ = _libraries()
    pd = sys.modules.get("pandas")  # a pandas DataFrame is one only once pandas is imported
    if isinstance(obj, pa.Table):
        table = obj
    elif isinstance(obj, pa.RecordBatch):
        table = pa.Table.from_batches([obj])
    elif pd is not None and isinstance(obj, pd.DataFrame):
        if obj.columns.duplicated().any():
            twice = str(obj.columns[obj.columns.duplicated()][0])
            raise _refuse(f"{name}.{twice}", twice, "cột có hai lần", "a column given twice")
        # Column by column, not through the Arrow stream (pandas >= 2.2 has one): not the
        # index, which a filtered frame would give as a column `__index_level_0__`; a column
        # that cannot be converted named; categoricals and dates without a copy.
        counts = _count_columns(name)
        table = pa.table(
            {str(c): _pandas_column(obj[c], f"{name}.{c}", c in counts) for c in obj.columns}
        )
    elif isinstance(obj, Mapping):
        counts = _count_columns(name)
        columns = {str(k): _column_array(v, f"{name}.{k}", k in counts) for k, v in obj.items()}
        rows = {len(v) for v in columns.values()}
        if len(rows) > 1:
            first = len(next(iter(columns.values())))
            k, v = next((k, v) for k, v in columns.items() if len(v) != first)
            raise _refuse(
                f"{name}.{k}",
                f"{len(v)} rows",
                f"các cột phải cùng số dòng: cột đầu có {first}",
                f"every column must have as many rows: the first has {first}",
            )
        table = pa.table(columns)
    elif hasattr(obj, "__arrow_c_stream__") and not (pd is not None and isinstance(obj, pd.Series)):
        # polars, any Arrow producer; a stream of something else than records (a column) is
        # not a table.
        try:
            table = pa.table(obj)
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError, pa.ArrowTypeError, TypeError):
            raise _refuse(
                name,
                type(obj).__name__,
                "luồng Arrow không phải là một bảng",
                "an Arrow stream that is not a table",
            ) from None
    else:
        raise _refuse(
            name,
            type(obj).__name__,
            "cần DataFrame, bảng Arrow hoặc dict các mảng",
            "expected a DataFrame, an Arrow table or a dict of arrays",
        )
    seen: set[str] = set()
    for column in table.column_names:
        if column in seen:
            raise _refuse(f"{name}.{column}", column, "cột có hai lần", "a column given twice")
        seen.add(column)
    schema = pa.schema(
        [f.with_type(_without_views(f.type)) for f in table.schema], table.schema.metadata
    )
    return table if schema.equals(table.schema) else table.cast(schema)


def _decoded(arr: pyarrow.Array) -> pyarrow.Array:
    """A dictionary array (a pandas categorical) as its plain values: keys compare by value."""
    _, pa, _ = _libraries()
    return arr.dictionary_decode() if pa.types.is_dictionary(arr.type) else arr


def _chunk(col: pyarrow.ChunkedArray | pyarrow.Array) -> pyarrow.Array:
    _, pa, _ = _libraries()
    if isinstance(col, pa.ChunkedArray):
        return col.combine_chunks() if col.num_chunks != 1 else col.chunk(0)
    return col


def _filled(arr: pyarrow.Array, value: Any) -> pyarrow.Array:
    """`arr` with `value` for its nulls: `arr` itself when it has none (Arrow's fill_null copies
    even then, and a column is millions of rows)."""
    return arr if arr.null_count == 0 else arr.fill_null(value)


def _bytes_of_bits(buffer: pyarrow.Buffer | None, offset: int, n: int) -> NDArray:
    """Arrow's bits (a validity bitmap, a boolean column's values) from bit `offset` on, one
    byte each, 0 or 1: NumPy's unpacking, ten times Arrow's conversion to bool."""
    np, _, _ = _libraries()
    if buffer is None:  # no rows
        return np.zeros(n, dtype=np.uint8)
    first, skip = divmod(offset, 8)
    bits = np.frombuffer(buffer, dtype=np.uint8)[first : first + (skip + n + 7) // 8]
    return np.unpackbits(bits, bitorder="little")[skip : skip + n]


def _valid(arr: pyarrow.Array) -> NDArray | None:
    np, pa, _ = _libraries()
    if arr.null_count == 0:
        return None
    plain = arr.indices if pa.types.is_dictionary(arr.type) else arr
    bitmap = plain.buffers()[0] if plain.type.num_buffers > 1 else None
    if bitmap is None:  # no bitmap of its own (a column of nulls)
        return np.asarray(arr.is_valid(), dtype=np.uint8)
    return _bytes_of_bits(bitmap, plain.offset, len(plain))


def _codes(arr: pyarrow.Array, enum: type[CodeEnum]) -> pyarrow.Array:
    """String codes as their numbers (int32, null kept); an unknown code is -1."""
    _, pa, pc = _libraries()
    codes = pa.array(_TABLES[enum].codes)
    index = pc.index_in(arr.cast(pa.large_string()), value_set=codes.cast(pa.large_string()))
    unknown = pc.and_(pc.is_null(index), pc.is_valid(arr))
    return pc.if_else(unknown, pa.scalar(-1, pa.int32()), index.cast(pa.int32()))


def _as_int(arr: pyarrow.Array, where: str, lo: int, hi: int, out: str) -> NDArray:
    """Integers, or floats holding integers, as `out` (a value beyond [lo, hi] becomes lo - 1
    or hi + 1 clamped to `out`, so the C++ audit reports the row)."""
    np, pa, _ = _libraries()
    t = arr.type
    if pa.types.is_boolean(t):
        raise _refuse(where, "bool", "cần số, không phải đúng/sai", "a number is due, not a bool")
    if pa.types.is_decimal(t) or pa.types.is_floating(t):
        try:
            # In one pass (a pandas column of counts with NaN for none is float): Arrow's safe
            # cast refuses a fraction, NaN and infinity, and what int64 cannot hold.
            values = np.asarray(_filled(arr.cast(pa.int64()), 0))
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
            filled = _filled(arr, 0)
            as_float = np.asarray(filled.cast(pa.float64()))
            if not np.all(np.isfinite(as_float)) or not np.all(np.floor(as_float) == as_float):
                raise _refuse(
                    where, t, "có giá trị không phải số nguyên", "holds a non-integral value"
                ) from None
            values = as_float
    elif pa.types.is_integer(t):
        values = _values_view(arr)  # what is under a null is not read
    else:
        raise _refuse(where, t, "cần cột số nguyên", "an integer column is due")
    info = np.iinfo(out)
    low, high = max(lo - 1, info.min), min(hi + 1, info.max)
    # Clipped only when a value is beyond, and not copied when it is already `out`: a column of
    # counts is millions of rows.
    if len(values) and (values.min() < low or values.max() > high):
        values = np.clip(values, low, high)
    return np.ascontiguousarray(values.astype(out, copy=False))


# Rows of all the tables from which their columns are converted on the worker threads.
_PARALLEL_ROWS = 1 << 17

# A string that is no real day reaches the engine as this day, outside its calendar: the row is
# bad, whether the date is required or not (as null, an optional date would read as not stated).
_NOT_A_DAY = -(2**31)


def _date_column(arr: pyarrow.Array, where: str) -> tuple[NDArray, NDArray | None]:
    """Days since 1970-01-01 (int32) and the valid mask; a string that is no ISO date as
    _NOT_A_DAY."""
    np, pa, pc = _libraries()
    t = arr.type
    if pa.types.is_string(t) or pa.types.is_large_string(t):
        parsed = pc.strptime(arr, format="%Y-%m-%d", unit="s", error_is_null=True)
        # strptime moves an impossible day on (30/2 becomes 1/3): only a day that reads back
        # as written is taken.
        same = pc.equal(pc.strftime(parsed, format="%Y-%m-%d"), arr.cast(pa.string()))
        read = same.fill_null(False)
        unread = np.asarray(pc.and_(pc.is_valid(arr), pc.invert(read)))
        days, valid = _date_column(pc.if_else(read, parsed, pa.scalar(None, parsed.type)), where)
        if unread.any():
            days = days.copy()
            days[unread] = _NOT_A_DAY
            valid = np.ones(len(days), np.uint8) if valid is None else valid.copy()
            valid[unread] = 1
        return days, valid
    if pa.types.is_timestamp(t) or pa.types.is_date64(t):
        arr = pc.cast(arr, pa.date32())
    elif pa.types.is_integer(t):
        return _as_int(arr, where, -(2**31), 2**31 - 1, "int32"), _valid(arr)
    elif not pa.types.is_date32(t):
        raise _refuse(where, t, "cần cột ngày", "a date column is due")
    values = np.asarray(_filled(arr, 0).cast(pa.int32()))
    return np.ascontiguousarray(values), _valid(arr)


def _set_column(arr: pyarrow.Array, where: str, enum: type[CodeEnum]) -> NDArray:
    np, pa, pc = _libraries()
    t = arr.type
    if pa.types.is_integer(t):
        return np.ascontiguousarray(np.asarray(_filled(arr, 0).cast(pa.uint64())))
    if pa.types.is_string(t) or pa.types.is_large_string(t):
        arr = pc.split_pattern(arr, ";")
        t = arr.type
    if not (pa.types.is_list(t) or pa.types.is_large_list(t)) or not (
        pa.types.is_string(t.value_type)
        or pa.types.is_large_string(t.value_type)
        or pa.types.is_integer(t.value_type)
        or pa.types.is_null(t.value_type)
    ):
        raise _refuse(where, t, "cần cột danh sách mã", "a list of codes is due")
    flat = pc.utf8_trim_whitespace(pc.list_flatten(arr).cast(pa.large_string()))
    parents = np.asarray(pc.list_parent_indices(arr))
    keep = np.asarray(pc.not_equal(flat, "").fill_null(False))
    index = np.asarray(_codes(flat, enum).fill_null(-1))
    bits = np.zeros(len(arr), dtype=np.uint64)
    index = np.where(index < 0, 63, index)[keep]  # an unknown code: a bit no code has
    np.bitwise_or.at(bits, parents[keep], np.left_shift(np.uint64(1), index.astype(np.uint64)))
    return bits


def _code_values(arr: pyarrow.Array, where: str, enum: type[CodeEnum]) -> NDArray:
    """Codes (strings or numbers) as their numbers, int32; an unknown string is -1."""
    np, pa, _ = _libraries()
    if pa.types.is_integer(arr.type):
        values = _as_int(arr, where, 0, 2**31 - 2, "int32")
    elif pa.types.is_string(arr.type) or pa.types.is_large_string(arr.type):
        values = np.asarray(_codes(arr, enum).fill_null(0))
    else:
        raise _refuse(
            where, arr.type, "cần mã (chuỗi hoặc số)", "codes (strings or numbers) are due"
        )
    return np.ascontiguousarray(values, dtype=np.int32)


def _values_view(arr: pyarrow.Array) -> NDArray:
    """A primitive Arrow array's values as NumPy, without a copy (a null's slot holds anything:
    the validity goes beside it)."""
    np, _, _ = _libraries()
    dtype = np.dtype(arr.type.to_pandas_dtype())
    data = arr.buffers()[1]
    if data is None or len(arr) == 0:
        return np.zeros(len(arr), dtype=dtype)
    return np.frombuffer(data, dtype=dtype)[arr.offset : arr.offset + len(arr)]


# Arrow's unsigned dictionary indices (polars uses uint32) as the signed type that holds them.
_SIGNED_INDEX = {"uint8": "int16", "uint16": "int32", "uint32": "int32", "uint64": "int64"}


def _encoded(arr: pyarrow.DictionaryArray, spec: Mapping[str, Any], where: str) -> tuple[Any, ...]:
    """A dictionary column as the C++ audit reads it: the indices as they are (no copy when
    they are signed) and the dictionary's values, each converted once."""
    np, pa, _ = _libraries()
    kind = spec["type"]
    enum = _enum_named(spec["codes"])
    dictionary = _chunk(arr.dictionary)
    if kind == "codes":
        values = np.ascontiguousarray(_set_column(dictionary, where, enum))
    else:
        values = _code_values(dictionary, where, enum)
    indices = arr.indices
    if not pa.types.is_signed_integer(indices.type):
        indices = indices.cast(getattr(pa, _SIGNED_INDEX[str(indices.type)])())
    return (kind, _values_view(indices), _valid(arr), None, values)


def _column(arr: pyarrow.Array, spec: Mapping[str, Any], where: str) -> tuple[Any, ...]:
    """One column in the layout the C++ audit reads: (type, values, valid, offsets)."""
    np, pa, pc = _libraries()
    kind = spec["type"]
    textual = pa.types.is_string(arr.type) or pa.types.is_large_string(arr.type)
    # Every row null: a column of None, or one given a string type for it (pandas' string
    # dtype, Dask's conversion of object columns), which says nothing of the values.
    if pa.types.is_null(arr.type) or (textual and arr.null_count == len(arr)):
        dtype = {"date": np.int32, "flag": np.uint8, "code": np.int32, "codes": np.uint64}
        none = np.zeros(len(arr), dtype=np.uint8)
        if kind == "text":
            return ("text", np.zeros(0, np.uint8), none, np.zeros(len(arr) + 1, np.int64))
        return (kind, np.zeros(len(arr), dtype=dtype.get(kind, np.int64)), none, None)
    if kind in ("code", "codes") and (
        (kind == "codes" and textual) or pa.types.is_dictionary(arr.type)
    ):
        # Each distinct value once (an agenda repeats): a categorical is passed as it is, its
        # codes and its categories' values, so a row costs its code's byte and nothing more.
        encoded = arr if pa.types.is_dictionary(arr.type) else pc.dictionary_encode(arr)
        if encoded.dictionary.null_count == 0:
            return _encoded(encoded, spec, where)
        arr = encoded.dictionary_decode()
    if pa.types.is_dictionary(arr.type):
        arr = arr.dictionary_decode()
    valid = _valid(arr)
    if kind == "date":
        values, valid = _date_column(arr, where)
        return ("date", values, valid, None)
    if kind == "flag":
        if pa.types.is_boolean(arr.type):
            # A null's byte is never read: the validity goes beside it.
            values = _bytes_of_bits(arr.buffers()[1], arr.offset, len(arr))
        elif pa.types.is_integer(arr.type) or pa.types.is_floating(arr.type):
            values = _as_int(arr, where, 0, 1, "uint8")  # 0 and 1; 2 is a bad row
        else:
            raise _refuse(
                where, arr.type, "cần cột đúng/sai (hoặc 0/1)", "a bool (or 0/1) column is due"
            )
        return ("flag", np.ascontiguousarray(values), valid, None)
    if kind == "code":
        return ("code", _code_values(arr, where, _enum_named(spec["codes"])), valid, None)
    if kind == "codes":
        return ("codes", _set_column(arr, where, _enum_named(spec["codes"])), valid, None)
    if kind == "integer":
        return ("integer", _as_int(arr, where, spec["min"], spec["max"], "int64"), valid, None)
    # text
    if not (pa.types.is_string(arr.type) or pa.types.is_large_string(arr.type)):
        raise _refuse(where, arr.type, "cần cột chuỗi", "a text column is due")
    big = arr.cast(pa.large_string())
    _, offsets_buf, data_buf = big.buffers()
    offsets = np.frombuffer(offsets_buf, dtype=np.int64)[big.offset : big.offset + len(big) + 1]
    data = (
        np.frombuffer(data_buf, dtype=np.uint8) if data_buf is not None else np.zeros(0, np.uint8)
    )
    return ("text", data, valid, np.ascontiguousarray(offsets))


def _integer_keys(arr: pyarrow.Array) -> tuple[Any, ...] | None:
    """An integer key column as the engine's int64 column, without a copy when it is one
    already; None for any other type, or integers int64 does not hold."""
    _, pa, _ = _libraries()
    if not pa.types.is_integer(arr.type):
        return None
    try:
        as_int64 = arr.cast(pa.int64())
    except pa.ArrowInvalid:
        return None
    return ("integer", _values_view(as_int64), _valid(as_int64), None)


def _keys(values: pyarrow.Array, universe: pyarrow.Array, where: str) -> pyarrow.Array:
    """Each key as the index of its value in `universe`; one in no row of it as len(universe)
    (a number no row has); null as null."""
    _, pa, pc = _libraries()
    values = _decoded(values)
    if values.null_count == len(values) or pa.types.is_null(universe.type):
        # No key at all (an empty column, or one of nulls whatever its type), or no id to refer
        # to: nothing to compare, each key is unknown and each null null, row by row.
        return pc.if_else(
            pc.is_valid(values),
            pa.scalar(len(universe), pa.int64()),
            pa.nulls(len(values), pa.int64()),
        )
    try:
        index = pc.index_in(values, value_set=universe)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, pa.ArrowTypeError) as e:
        raise _refuse(
            where,
            values.type,
            "khoá không cùng kiểu với id được tham chiếu",
            f"keys of another type than the ids they refer to ({e})",
        ) from None
    unknown = pc.and_(pc.is_null(index), pc.is_valid(values))
    index = pc.if_else(unknown, pa.scalar(len(universe), pa.int64()), index.cast(pa.int64()))
    return index


def _count(table: pyarrow.Table, keys: list[str], name: str) -> pyarrow.Table:
    """Rows of `table` counted by `keys` (codes as plain strings), sorted by them."""
    _, pa, pc = _libraries()
    plain = {
        k: pc.cast(table[k], table[k].type.value_type)
        if pa.types.is_dictionary(table[k].type)
        else table[k]
        for k in keys
    }
    counted = (
        pa.table({**plain, "meeting": table["meeting"]})
        .group_by(keys)
        .aggregate([("meeting", "count")])
    )
    return (
        counted.select([*keys, "meeting_count"])
        .rename_columns([*keys, name])
        .sort_by([(k, "ascending") for k in keys])
    )


class AuditResult:
    """What :func:`audit` finds, as Arrow tables.

    - ``findings``: one row per finding (by default those that are not passed): ``meeting`` (the
      meeting's ``id``, or its row), ``organisation``, ``date``, ``rule``, ``clause`` (as the
      meeting's rule set cites it), ``status``, ``reason``, ``values`` (the numbers the reason
      declares, ``sinhhoat.Reason``), and ``message_vi`` / ``message_en`` when asked for;
    - ``outcomes``: one row per meeting: ``meeting``, ``organisation``, ``date``, ``outcome``,
      ``rule_set`` and ``problem`` (the row of ``problems`` for ``invalid_input``);
    - ``problems``: one row per input row that could not be read, by table and then row:
      ``table``, ``row``, ``column``, ``value``, ``error`` and the messages in both languages.
    """

    def __init__(
        self,
        findings: pyarrow.Table,
        outcomes: pyarrow.Table,
        problems: pyarrow.Table,
    ) -> None:
        self.findings = findings
        self.outcomes = outcomes
        self.problems = problems

    def summary(self) -> dict[str, pyarrow.Table]:
        """Counts by rule and status (findings), by organisation and outcome, and by month and
        outcome (meetings)."""
        _, pa, pc = _libraries()
        month = pc.strftime(self.outcomes["date"].cast(pa.timestamp("s")), format="%Y-%m")
        return {
            "by_rule": _count(self.findings, ["rule", "status"], "findings"),
            "by_organisation": _count(self.outcomes, ["organisation", "outcome"], "meetings"),
            "by_month": _count(
                self.outcomes.append_column("month", month), ["month", "outcome"], "meetings"
            ),
        }

    def to_pandas(self) -> Any:
        """The findings as a pandas DataFrame."""
        return self.findings.to_pandas()

    def to_polars(self) -> Any:
        """The findings as a polars DataFrame (needs polars)."""
        import polars as pl

        return pl.from_arrow(self.findings)

    def write_parquet(self, directory: str | Path) -> None:
        """Writes findings.parquet, outcomes.parquet and problems.parquet into `directory`."""
        import pyarrow.parquet as pq

        out = Path(directory)
        out.mkdir(parents=True, exist_ok=True)
        for name in ("findings", "outcomes", "problems"):
            pq.write_table(getattr(self, name), out / f"{name}.parquet")

    def write_csv(self, directory: str | Path) -> None:
        """Writes findings.csv, outcomes.csv and problems.csv into `directory` (values as text)."""
        _, pa, pc = _libraries()
        import pyarrow.csv as pcsv

        out = Path(directory)
        out.mkdir(parents=True, exist_ok=True)
        for name in ("findings", "outcomes", "problems"):
            table = getattr(self, name)
            if "values" in table.column_names:
                text = pc.binary_join(pc.cast(table["values"], pa.list_(pa.string())), " ")
                table = table.set_column(table.column_names.index("values"), "values", text)
            pcsv.write_csv(table, out / f"{name}.csv")

    def __repr__(self) -> str:
        return (
            f"AuditResult({self.outcomes.num_rows} meetings, {self.findings.num_rows} findings, "
            f"{self.problems.num_rows} problems)"
        )

    def _repr_html_(self) -> str:
        rows = "".join(
            f"<tr><td>{html.escape(str(r['rule']))}</td><td>{html.escape(str(r['status']))}</td>"
            f"<td style='text-align:right'>{r['findings']}</td></tr>"
            for r in self.summary()["by_rule"].to_pylist()
        )
        return (
            f"<p><b>{html.escape(repr(self))}</b></p>"
            "<table><tr><th>rule</th><th>status</th><th>findings</th></tr>"
            f"{rows}</table>"
        )


def _flag(name: str, value: object) -> bool:
    """A switch: True or False (NumPy's too), never a value merely truthy (`"no"` is)."""
    np, _, _ = _libraries()
    if not isinstance(value, bool | np.bool_):
        raise _refuse(name, repr(value), "phải là True hoặc False", "must be True or False")
    return bool(value)


def _thread_count(threads: object) -> int:
    """0 (one per core) for None; else a count from 1 to 65535."""
    if threads is None:
        return 0
    if isinstance(threads, bool) or not isinstance(threads, int) or not 0 < threads < 2**16:
        raise _refuse(
            "threads",
            threads,
            "phải là số nguyên từ 1 đến 65535",
            "must be an integer from 1 to 65535",
        )
    return threads


def _rule_chain(rules: RuleSet | str) -> tuple[list[RuleSet], bool]:
    if isinstance(rules, RuleSet):
        return [rules], False
    if not isinstance(rules, str):
        raise _refuse(
            "rules", type(rules).__name__, "cần RuleSet hoặc id", "a RuleSet or an id is due"
        )
    chain: list[RuleSet] = []
    current: RuleSet = by_id(rules)
    while True:
        chain.append(current)
        successor = current.succeeded_by
        if successor is None or any(r.id == successor.rule_set for r in chain):
            return chain, True
        current = by_id(successor.rule_set)


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
) -> AuditResult:
    """Audits every meeting of `meetings` (a DataFrame, Arrow table or dict of arrays).

    `rules` is one rule set (each meeting as :func:`sinhhoat.check` with it decides), or a rule
    set's id: the jurisdiction, each meeting under the set that governs its day (R29,
    :func:`sinhhoat.rule_sets.governing`). `organisations` has an ``id`` column (any type) that
    ``meetings.organisation`` and the ``organisation`` columns of `unable`, `decisions` and
    `earlier` refer to; `meetings` may have an ``id`` column that ``rounds.meeting`` and
    ``groups.meeting`` refer to (else they give the meeting's row, from 0). Two meetings of one
    organisation with one id are both problems (one meeting exported twice would count twice
    toward a quota); organisations may share meeting ids. A column the table
    does not have is an error, naming it (:func:`audit_columns` lists them).

    `all_findings`: passed findings too. `messages`: the findings' messages in both languages.
    `threads`: worker threads (default: one per core); the result does not depend on it.
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
    return _audit_tables(given, rules, all_findings, messages, threads)


def _audit_tables(
    given: Mapping[str, Any],
    rules: RuleSet | str,
    all_findings: bool,
    messages: bool,
    threads: int | None,
    same_meeting: pyarrow.Array | None = None,
) -> AuditResult:
    """:func:`audit` of the tables by name. `same_meeting` (sinhhoat.dask's partitions, whose
    meetings' ids are rows of the whole input): the ids two meetings of one organisation must
    not share, in place of ``meetings.id``."""
    np, pa, pc = _libraries()
    all_findings, messages = _flag("all_findings", all_findings), _flag("messages", messages)
    threads = _thread_count(threads)
    arrow = {name: _arrow_table(obj, name) for name, obj in given.items() if obj is not None}
    for name in ("organisations", "meetings"):
        if name not in arrow:
            raise _refuse(name, "None", "bảng bắt buộc", "a required table")
    org_ids = (
        _decoded(_chunk(arrow["organisations"]["id"]))
        if "id" in arrow["organisations"].column_names
        else None
    )
    if org_ids is None:
        raise _refuse("organisations.id", "?", "thiếu cột bắt buộc", "a required column is missing")
    # Integer ids referred to by integer keys only go to the engine as they are (it looks them
    # up); any other mix is matched by value here (7, 7.0 and a categorical's 7 alike), every
    # key column alike.
    raw_keys: dict[str, tuple[Any, ...] | None] = {
        name: _integer_keys(_chunk(table["id" if name == "organisations" else "organisation"]))
        for name, table in arrow.items()
        if name == "organisations" or "organisation" in table.column_names
    }
    integer_ids = all(raw is not None for raw in raw_keys.values())
    meeting_ids = (
        _decoded(_chunk(arrow["meetings"]["id"]))
        if "id" in arrow["meetings"].column_names
        else None
    )
    # Rows that refer to meetings by id: each key as its meeting's row, the meetings' ids and
    # the keys hashed together once.
    refs = {
        name: _chunk(arrow[name]["meeting"])
        for name in _MEETING_KEYED
        if name in arrow and "meeting" in arrow[name].column_names
    }
    shared = _MeetingKeys.of(meeting_ids, refs) if meeting_ids is not None and refs else None
    ambiguous: dict[str, set[int]] = {}  # rows of rounds and groups that refer to one of them
    # The distinct ids, when keys are matched by value.
    universe = None if integer_ids else pc.unique(org_ids.filter(pc.is_valid(org_ids)))

    def key_column(arr: pyarrow.Array, name: str, where: str) -> tuple[Any, ...]:
        raw = raw_keys[name]
        if universe is None and raw is not None:  # every key an integer: the engine looks it up
            return raw
        assert universe is not None
        index = _keys(arr, universe, where)
        return ("integer", np.asarray(_filled(index, 0)), _valid(index), None)

    def meeting_column(arr: pyarrow.Array, name: str, where: str) -> tuple[Any, ...]:
        assert shared is not None
        index, twice = shared.rows(name, arr, where)
        # A key two meetings have goes to the engine as a key no meeting has; its problem says
        # why.
        ambiguous[name] = set(np.flatnonzero(twice).tolist())
        return ("integer", np.asarray(_filled(index, 0)), _valid(index), None)

    def own_ids(where: str) -> tuple[Any, ...]:
        """A meeting's id as the engine compares them: an integer as it is, any other value
        as the number of its distinct value."""
        ids = meeting_ids if same_meeting is None else same_meeting
        assert ids is not None
        raw = _integer_keys(ids)
        if raw is not None:
            return raw
        if same_meeting is None and shared is not None and shared.codes is not None:
            codes = shared.codes
        elif pa.types.is_null(ids.type):
            codes = pa.nulls(len(ids), pa.int64())
        else:
            try:
                codes = pc.dictionary_encode(ids).indices.cast(pa.int64())
            except (pa.ArrowInvalid, pa.ArrowNotImplementedError, pa.ArrowTypeError) as e:
                raise _refuse(
                    where,
                    ids.type,
                    "id không so sánh được với nhau",
                    f"ids of a type that cannot be compared ({e})",
                ) from None
        return ("integer", np.asarray(_filled(codes, 0)), _valid(codes), None)

    def unknown(where: str) -> tuple[Any, ...]:
        raise _refuse(
            where,
            "?",
            "bảng không có cột này (xem sinhhoat.audit_columns)",
            "the table has no such column (see sinhhoat.audit_columns)",
        )

    # Each column's conversion, in table and column order: run in that order, or on the worker
    # threads for a large input (Arrow and NumPy let go of the GIL; hashing a column of strings
    # is tens of milliseconds), the first error in that order raised either way.
    work: list[tuple[str, str, Callable[[], tuple[Any, ...]]]] = []
    for name, table in arrow.items():
        specs = {c["name"]: c for c in audit_columns(name)}
        for col_name in table.column_names:
            where = f"{name}.{col_name}"
            arr = _chunk(table[col_name])
            if name == "meetings" and col_name == "id":
                step = functools.partial(own_ids, where)
            elif col_name not in specs:
                step = functools.partial(unknown, where)
            elif (name == "organisations" and col_name == "id") or col_name == "organisation":
                step = functools.partial(key_column, arr, name, where)
            elif col_name == "meeting" and name in _MEETING_KEYED and meeting_ids is not None:
                step = functools.partial(meeting_column, arr, name, where)
            else:
                step = functools.partial(_column, arr, specs[col_name], where)
            work.append((name, col_name, step))
    rows = sum(t.num_rows for t in arrow.values())
    if threads > 1 and rows >= _PARALLEL_ROWS:
        with ThreadPoolExecutor(max(1, min(threads, len(work)))) as pool:
            futures = [pool.submit(step) for _, _, step in work]
            done = [f.result() for f in futures]
    else:
        done = [step() for _, _, step in work]
    tables: dict[str, dict[str, tuple[Any, ...]]] = {name: {} for name in arrow}
    for (name, col_name, _), converted in zip(work, done, strict=True):
        tables[name][col_name] = converted
    chain, follow = _rule_chain(rules)
    run = _core._AuditRun(tables, chain, follow, all_findings, threads)
    return _result(run, arrow, meeting_ids, messages, ambiguous)


def _same_type(a: pyarrow.DataType, b: pyarrow.DataType) -> pyarrow.DataType | None:
    """The type two key columns are compared as: theirs when it is one, large strings for two
    kinds of string, int64 for two widths of integer; None for any other pair."""
    _, pa, _ = _libraries()
    if a == b:
        return a
    strings = (pa.types.is_string, pa.types.is_large_string)
    if any(f(a) for f in strings) and any(f(b) for f in strings):
        return pa.large_string()
    if pa.types.is_integer(a) and pa.types.is_integer(b):
        return pa.int64()
    return None


def _rising(ids: pyarrow.Array) -> NDArray | None:
    """Integer ids as int64 when each is above the one before (so no two are one); else None."""
    np, pa, _ = _libraries()
    try:
        values = np.asarray(ids.cast(pa.int64()), dtype=np.int64)
    except pa.ArrowInvalid:  # beyond int64
        return None
    return values if bool(np.all(values[1:] > values[:-1])) else None


class _MeetingKeys:
    """The meetings' ids and the keys of the rows that refer to them (`rounds.meeting`,
    `groups.meeting`) hashed together, once: each id's code (the number of its distinct value,
    numbered in order of first appearance, meetings first), the first meeting that holds each
    code and how many do. A table whose keys are of another type is matched by `_keys` (which
    refuses what cannot be compared)."""

    def __init__(
        self,
        n: int,
        codes: pyarrow.Array | None,
        first: NDArray,
        count: NDArray,
        refs: dict[str, NDArray],
        ids: pyarrow.Array,
    ) -> None:
        self.n = n  # meetings; a key's row when no meeting, or two, have it
        self.codes = codes  # the meetings' codes, when hashed
        self.first = first  # by code, the first meeting that holds it
        self.count = count  # by code, how many meetings hold it
        self.refs = refs  # by table, its keys' codes (-1: null; len(first) or more: no meeting)
        self.ids = ids

    @classmethod
    def of(cls, ids: pyarrow.Array, keys: Mapping[str, pyarrow.Array]) -> _MeetingKeys:
        np, pa, pc = _libraries()
        n = len(ids)
        kind = ids.type
        together: dict[str, pyarrow.Array] = {}
        refs: dict[str, NDArray] = {}
        for name, arr in keys.items():
            arr = _decoded(arr)
            common = None if pa.types.is_null(kind) else _same_type(kind, arr.type)
            if common is not None and not pa.types.is_null(arr.type):
                kind = common
                together[name] = arr
        if not together:
            return cls(n, None, np.zeros(0, np.int64), np.zeros(0, np.int64), {}, ids)
        if pa.types.is_integer(kind) and ids.null_count == 0:
            rising = _rising(ids)
            try:
                wide = {name: arr.cast(pa.int64()) for name, arr in together.items()}
            except pa.ArrowInvalid:  # a key beyond int64: hashed with the rest below
                rising = None
            if rising is not None:  # a database's ids: each key found by a binary search
                for name, column in wide.items():
                    values = np.asarray(_filled(column, 0), dtype=np.int64)
                    at = np.searchsorted(rising, values)
                    found = at < n
                    found[found] = rising[at[found]] == values[found]
                    code = np.where(found, at, n)
                    code[column.is_null().to_numpy(zero_copy_only=False)] = -1
                    refs[name] = code
                return cls(n, None, np.arange(n), np.ones(n, np.int64), refs, ids)
        try:
            parts = [a.cast(kind) for a in (ids, *together.values())]
            codes = pc.dictionary_encode(pa.concat_arrays(parts)).indices.cast(pa.int64())
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError, pa.ArrowTypeError):
            return cls(n, None, np.zeros(0, np.int64), np.zeros(0, np.int64), {}, ids)
        every = np.asarray(_filled(codes, -1), dtype=np.int64)
        mine = every[:n]
        # The meetings come first, so their codes first appear in order, 0, 1, 2, ...: where
        # the running maximum rises.
        first = np.flatnonzero(np.diff(np.maximum.accumulate(mine), prepend=-1) > 0)
        count = np.bincount(mine[mine >= 0], minlength=len(first))
        refs = {}
        at = n
        for name, arr in together.items():
            refs[name] = every[at : at + len(arr)]
            at += len(arr)
        return cls(n, codes.slice(0, n), first, count, refs, ids)

    def rows(self, name: str, arr: pyarrow.Array, where: str) -> tuple[pyarrow.Array, NDArray]:
        """Each key of table `name` as its meeting's row (n: no meeting has it, or two do; null
        for null) and whether two meetings have it."""
        np, pa, pc = _libraries()
        code = self.refs.get(name)
        if code is None:
            index = _keys(arr, self.ids, where)
            counts = pc.value_counts(self.ids.filter(pc.is_valid(self.ids)))
            held = counts.field("values").filter(pc.greater(counts.field("counts"), 1))
            twice = np.asarray(
                pc.fill_null(pc.is_in(_decoded(arr), value_set=held), False), dtype=bool
            )
            index = pc.if_else(pa.array(twice), pa.scalar(self.n, pa.int64()), index)
            return index, twice
        known = (code >= 0) & (code < len(self.first))
        held = np.zeros(len(code), np.int64)
        held[known] = self.count[code[known]]
        twice = held > 1
        row = np.full(len(code), self.n, np.int64)
        once = held == 1
        row[once] = self.first[code[once]]
        return _with_validity(row, code >= 0, pa.int64()), twice


def _dictionary(indices: NDArray, enum: type[CodeEnum]) -> pyarrow.Array:
    """The engine's codes (unsigned) as a dictionary of `enum`'s codes. Arrow's indices are
    signed: the codes are viewed as the signed type of their width, without a copy, when every
    code fits it (an outcome a meeting, millions of them)."""
    np, pa, _ = _libraries()
    codes = _TABLES[enum].codes
    signed = np.dtype(f"int{indices.dtype.itemsize * 8}")
    fits = len(codes) <= int(np.iinfo(signed).max) + 1
    index = indices.view(signed) if fits else indices.astype("int32")
    return pa.DictionaryArray.from_arrays(pa.array(index), pa.array(codes))


def _strings(pair: tuple[Any, bytes], n: int) -> pyarrow.Array:
    _, pa, _ = _libraries()
    offsets, data = pair
    return pa.LargeStringArray.from_buffers(n, pa.py_buffer(offsets), pa.py_buffer(data))


def _result(
    run: Any,
    arrow: dict[str, pyarrow.Table],
    meeting_ids: pyarrow.Array | None,
    messages: bool,
    ambiguous: Mapping[str, set[int]],
) -> AuditResult:
    np, pa, _ = _libraries()
    from . import FindingStatus, Outcome, Reason, RuleId

    c = run.columns()
    n_meetings = len(c["outcome"])
    rows = np.arange(n_meetings, dtype=np.int64)
    meeting_of_row = meeting_ids if meeting_ids is not None else pa.array(rows)
    org_of_row = _chunk(arrow["meetings"]["organisation"])
    invalid = c["problem"] >= 0
    # An invalid meeting keeps its date when its own date could be read (a report by month).
    day = _with_validity(c["day"], c["day"] != np.iinfo(np.int32).min, pa.date32())
    rule_set_ids = pa.array(c["rule_sets"])
    outcomes = pa.table(
        {
            "meeting": meeting_of_row,
            "organisation": org_of_row,
            "date": day,
            "outcome": _dictionary(c["outcome"], Outcome),
            "rule_set": pa.DictionaryArray.from_arrays(
                _with_validity(c["rule_set"], ~invalid, pa.from_numpy_dtype(c["rule_set"].dtype)),
                rule_set_ids,
            ),
            "problem": _with_validity(c["problem"], invalid, pa.int32()),
        }
    )
    m = c["meeting"]
    n = len(m)
    take = pa.array(m)
    columns: dict[str, Any] = {
        "meeting": meeting_of_row.take(take),
        "organisation": org_of_row.take(take),
        "date": day.take(take),
        "rule": _dictionary(c["rule"], RuleId),
        "clause": _strings(run.clauses(), n).dictionary_encode(),
        "status": _dictionary(c["status"], FindingStatus),
        "reason": _dictionary(c["reason"], Reason),
        "values": pa.FixedSizeListArray.from_arrays(
            pa.array(c["values"].ravel()), c["values"].shape[1]
        ),
    }
    if messages:
        columns["message_vi"] = _strings(run.messages("vi"), n)
        columns["message_en"] = _strings(run.messages("en"), n)
    findings = pa.table(columns)
    problems = _problems(run.problems(), arrow, ambiguous)
    return AuditResult(findings, outcomes, problems)


def _as_python(scalar: pyarrow.Scalar) -> Any:
    """A value of the input as Python has it, or as Arrow writes it where Python has no such
    value (a timestamp of the year -200000)."""
    _, pa, _ = _libraries()
    try:
        return scalar.as_py()
    except _UNCONVERTIBLE:
        pass
    t = scalar.type
    try:
        if pa.types.is_string(t) or pa.types.is_large_string(t):  # not UTF-8: its bytes
            return scalar.cast(pa.large_binary()).as_py().decode("utf-8", "backslashreplace")
        return f"{t}: {scalar.cast(pa.int64()).as_py()}"
    except (*_UNCONVERTIBLE, pa.ArrowException):
        return str(t)


@functools.cache
def _count_columns(table: str) -> frozenset[str]:
    """The integer columns of `table` that are no key (a key of floats is matched by value)."""
    keys = {"id", "organisation", "meeting"}
    return frozenset(
        c["name"] for c in audit_columns(table) if c["type"] == "integer" and c["name"] not in keys
    )


@functools.cache
def _date_columns(table: str) -> frozenset[str]:
    return frozenset(c["name"] for c in audit_columns(table) if c["type"] == "date")


def _problems(
    raw: list[tuple[Any, ...]],
    arrow: dict[str, pyarrow.Table],
    ambiguous: Mapping[str, set[int]],
) -> pyarrow.Table:
    """The problems, each value as the input gave it (a code's string, a key's id); a row of
    `ambiguous` refers to an id two meetings have."""
    _, pa, _ = _libraries()
    out: dict[str, list[Any]] = {
        k: [] for k in ("table", "row", "column", "value", "error", "message_vi", "message_en")
    }
    # The values given, a column at a time (a scalar a problem: a year's export may have
    # thousands).
    shape = {name: (set(t.column_names), t.num_rows) for name, t in arrow.items()}
    wanted: dict[tuple[str, str], list[int]] = {}
    for table, row, column, *_ in raw:
        names, n = shape.get(table, ((), 0))
        if column in names and row < n:
            wanted.setdefault((table, column), []).append(row)
    given: dict[tuple[str, str, int], Any] = {}
    for (table, column), rows in wanted.items():
        taken = arrow[table][column].take(pa.array(rows, pa.int64()))
        try:
            values = taken.to_pylist()
        except _UNCONVERTIBLE:  # a value Python has no such value for: each as it can be
            values = [_as_python(scalar) for scalar in taken]
        given.update(((table, column, row), v) for row, v in zip(rows, values, strict=True))
    for table, row, column, value, error_class, vi, en in raw:
        if (table, column, row) in given:
            original = given[table, column, row]
            # The engine writes the day number, then what it counts from.
            not_a_day = value.split(" ", 1)[0] == str(_NOT_A_DAY)
            if not_a_day and isinstance(original, str) and column in _date_columns(table):
                vi = "không phải ngày có thật dạng YYYY-MM-DD"
                en = "not a real day written YYYY-MM-DD"
            value = str(original) if original is not None else "null"
        if column == "meeting" and row in ambiguous.get(table, ()):
            vi, en = TWICE_VI, TWICE_EN
        out["table"].append(table)
        out["row"].append(row)
        out["column"].append(column)
        out["value"].append(value)
        out["error"].append(getattr(_errors, error_class).code)
        out["message_vi"].append(vi)
        out["message_en"].append(en)
    return pa.table(
        out,
        schema=pa.schema(
            [
                ("table", pa.string()),
                ("row", pa.int64()),
                ("column", pa.string()),
                ("value", pa.string()),
                ("error", pa.string()),
                ("message_vi", pa.string()),
                ("message_en", pa.string()),
            ]
        ),
    )
