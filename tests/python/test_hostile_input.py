"""Hostile input through the installed package: rule-set ids that are paths, values nested past
the stack or containing themselves, huge values, text after the value, findings and dated
parameters that contradict themselves. Each ends in a sinhhoat.Error (or a TypeError for a wrong
Python type) naming the field, small, and the process lives. The inputs are generated here.

Cases that crashed the interpreter before are run in a child process, so that a regression fails
its own test with the signal instead of ending the whole run.
"""

from __future__ import annotations

import datetime
import inspect
import json
import os
import pickle
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import sinhhoat as sh
from builders import D, online_meeting, pilot_cell, samples

MAX_VALUE = 80  # sinhhoat::max_error_value: the most bytes of a value an error quotes
MAX_FIELD = 512  # sinhhoat::max_error_field
MAX_DEPTH = 64  # sinhhoat::json::max_depth

VALUE_TYPES = [
    cls for _, cls in inspect.getmembers(sh._core, inspect.isclass) if hasattr(cls, "to_dict")
]


def assert_small(error: sh.Error) -> None:
    assert len(error.value.encode()) <= MAX_VALUE
    assert len(error.field.encode()) <= MAX_FIELD
    assert len(str(error)) < 2000


def run_child(code: str, env: dict[str, str] | None = None) -> dict[str, Any]:
    """Runs `code` in a new interpreter; its last line of output is a JSON object."""
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )
    assert done.returncode == 0, f"the child died ({done.returncode}): {done.stderr[-2000:]}"
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


CHILD_PRELUDE = """
import json, sys
import sinhhoat as sh
sys.setrecursionlimit(10**6)

def report(f):
    try:
        f()
    except sh.Error as e:
        print(json.dumps({"class": type(e).__name__, "field": e.field, "value": e.value,
                          "size": len(str(e))}))
    else:
        print(json.dumps({"class": None}))
"""


# --- rule-set ids are names ------------------------------------------------------------------


@pytest.fixture
def folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A search folder holding one good rule set; beside it, files a path-like id would reach,
    each a valid rule set so that only the id can stop it."""
    folder = tmp_path / "rule-sets"
    folder.mkdir()
    hd03 = json.loads(sh.rule_sets.hd03().to_json())
    for where, id in ((folder / "good.json", "good"), (tmp_path / "secret.json", "secret")):
        where.write_text(json.dumps({**hd03, "id": id}), encoding="utf-8")
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "app.conf").write_text("password=hunter2\n", encoding="utf-8")
    monkeypatch.setenv("SINHHOAT_RULE_SETS", str(folder))
    return tmp_path


@pytest.mark.parametrize(
    "id",
    [
        "../secret",
        "../x/app.conf\0",
        "a/b",
        "hd03\0x",
        "HD03",
        "good.json",
        "",
        "-good",
        "a" * 65,
        "tỉnh",
        "\ud800",
        "..",
    ],
)
def test_an_id_that_is_not_a_name_is_refused_before_any_file_is_opened(
    folders: Path, id: str
) -> None:
    with pytest.raises(sh.InvalidValue) as info:
        sh.rule_sets.by_id(id)
    assert info.value.field == "rule_set.id"
    assert "hunter2" not in str(info.value)
    assert_small(info.value)
    assert not sh.rule_sets.is_id(id)


def test_a_verdict_names_its_rule_set_by_an_id() -> None:
    with pytest.raises(sh.InvalidValue) as info:
        sh.RuleSetRef(id="../x")
    assert info.value.field == "rule_set_ref.id"
    assert sh.RuleSetRef(id="").id == ""  # none: a verdict stored before verdicts named one


def test_an_absolute_path_is_no_id(folders: Path) -> None:
    with pytest.raises(sh.InvalidValue):
        sh.rule_sets.by_id(str(folders / "secret"))
    with pytest.raises(TypeError):
        sh.rule_sets.by_id(3)  # type: ignore[arg-type]
    assert sh.rule_sets.by_id("good").id == "good"
    assert sh.rule_sets.is_id("0" + "a" * 60 + "_-z")  # 64, the longest
    with pytest.raises(sh.UnknownCode):
        sh.rule_sets.by_id("quang_ninh")


def test_available_lists_exactly_what_by_id_can_load(folders: Path) -> None:
    folder = folders / "rule-sets"
    (folder / "outside.json").symlink_to(folders / "secret.json")
    (folder / "loop.json").symlink_to(folder / "loop.json")
    (folder / "dangling.json").symlink_to(folder / "nowhere")
    (folder / "folder.json").mkdir()
    (folder / "Upper.json").write_text("{}")
    (folder / "inner").mkdir()
    (folder / "inner" / "inside.json").write_bytes((folder / "good.json").read_bytes())
    (folder / "inside.json").symlink_to("inner/inside.json")
    # A name that is not UTF-8 (bytes, as a file system allows).
    with open(os.path.join(os.fsencode(folder), b"bad\xff.json"), "w") as f:
        f.write("{}")
    shipped = {p.stem for p in sh.rule_sets.PACKAGE_DIR.glob("*.json")}
    assert sorted(set(sh.rule_sets.available()) - shipped) == ["good", "inside"]
    for id in ("outside", "loop", "dangling", "folder"):
        with pytest.raises(sh.UnknownCode):
            sh.rule_sets.by_id(id)
    # inside.json holds the id "good": found, and refused for naming another rule set.
    with pytest.raises(sh.InvalidRuleSet) as info:
        sh.rule_sets.by_id("inside")
    assert info.value.field == "inside.json#/id"


def test_a_file_that_is_not_a_rule_set_is_quoted_in_a_short_excerpt_at_most(
    folders: Path,
) -> None:
    secret = "hunter2-" + "x" * 500 + "-tail-secret"
    bad = folders / "rule-sets" / "bad.json"
    for text in (f"password={secret}", json.dumps({"password": secret})):
        bad.write_text(text, encoding="utf-8")
        with pytest.raises(sh.Error) as info:
            sh.rule_sets.by_id("bad")
        assert info.value.field.startswith("bad.json#")
        assert "tail-secret" not in str(info.value)
        assert_small(info.value)


# --- depth and self-containing values -------------------------------------------------------

# Each case sets `go`, the call that must raise; `deep` is JSON text 100,000 arrays deep (200 KB).
DEEP_CASES = {
    # JSON text where the type expects no such value: an unknown field, a list field, notes.
    "json-unknown-field": (
        'go = lambda: sh.Meeting.from_json(\'{"date": "2024-01-01", "zzz": \' + deep + \'}\')',
        "/zzz/0/0",
    ),
    "json-list-field": (
        'go = lambda: sh.Meeting.from_json(\'{"date": "2024-01-01", "agenda": \' + deep + \'}\')',
        "/agenda/0",
    ),
    "rule-set-notes": (
        "t = sh.rule_sets.hd03().to_json().replace('\"notes\":[', '\"notes\":[' + deep + ',', 1)\n"
        "go = lambda: sh.RuleSet.from_json(t)",
        "/notes/0/0",
    ),
    # The same as Python lists; a dict and a list that contain themselves.
    "dict-deep-list": (
        "x = []\nfor _ in range(100_000):\n    x = [x]\n"
        "go = lambda: sh.Meeting.from_dict({'date': '2024-01-01', 'agenda': x})",
        "meeting.agenda[0][0]",
    ),
    "dict-self": (
        "d = {'date': '2024-01-01'}\nd['roll'] = d\ngo = lambda: sh.Organisation.from_dict(d)",
        "organisation.roll",
    ),
    "list-self": (
        "l = []\nl.append(l)\n"
        "go = lambda: sh.Meeting.from_dict({'date': '2024-01-01', 'agenda': l})",
        "meeting.agenda[0]",
    ),
    # A pickle whose state contains itself.
    "pickle-self": (
        "d = {'date': '2024-01-01'}\nd['agenda'] = [d]\n"
        "go = lambda: sh.Meeting.__new__(sh.Meeting).__setstate__((1, d))",
        "meeting.agenda[0]",
    ),
}


@pytest.mark.parametrize(("code", "field"), DEEP_CASES.values(), ids=DEEP_CASES.keys())
def test_deep_and_self_containing_values_are_refused_naming_the_path(code: str, field: str) -> None:
    deep = "deep = '[' * 100_000 + ']' * 100_000\n"
    result = run_child(CHILD_PRELUDE + deep + code + "\nreport(go)\n")
    assert result["class"] in {"InvalidValue", "InvalidRuleSet"}, result
    assert result["field"].startswith(field), result
    assert result["size"] < 2000


def test_nesting_up_to_max_depth_is_read_and_one_more_is_refused() -> None:
    # Depth counts the containers, the top-level object included.
    inner = "[" * (MAX_DEPTH - 1) + "]" * (MAX_DEPTH - 1)
    with pytest.raises(sh.InvalidValue) as info:
        sh.Meeting.from_json(f'{{"date": "2024-01-01", "zzz": {inner}}}')
    assert info.value.field == "/zzz"  # read whole, then refused as an unknown field
    deeper = "[" + inner + "]"
    with pytest.raises(sh.InvalidValue) as info:
        sh.Meeting.from_json(f'{{"date": "2024-01-01", "zzz": {deeper}}}')
    assert info.value.field == "/zzz" + "/0" * (MAX_DEPTH - 1)
    assert "64" in info.value.message_en
    # The same bound for Python data.
    x: Any = "x"
    for _ in range(MAX_DEPTH):
        x = [x]
    with pytest.raises(sh.InvalidValue) as info:
        sh.Meeting.from_dict({"date": "2024-01-01", "agenda": x})
    assert "64" in info.value.message_en


def test_the_same_object_twice_is_not_a_cycle() -> None:
    past = {"date": "2024-03-01", "form": "hybrid", "ground": "dispersed_wide_area"}
    history = sh.MeetingHistory.from_dict({"meetings": [past, past]})
    assert len(history) == 2


# --- size: linear reading and bounded errors ------------------------------------------------


def test_a_large_object_and_a_large_array_are_read_in_one_pass() -> None:
    # No timing here (bench/ measures): the sizes that were quadratic still end in the error.
    keys = "{" + ",".join(f'"k{i}": {i}' for i in range(200_000)) + "}"
    with pytest.raises(sh.InvalidValue) as info:
        sh.Meeting.from_json(keys)
    assert info.value.field == "/k0"
    with pytest.raises(sh.InvalidValue) as info:
        sh.Meeting.from_json(keys[:-1] + ', "k7": 0}')
    assert info.value.field == "/k7"
    many = "[" + ",".join(["{}"] * 800_000) + "]"
    with pytest.raises(sh.InvalidValue) as info:
        sh.Meeting.from_json(f'{{"date": "2024-01-01", "zzz": {many}}}')
    assert info.value.field == "/zzz"
    history = sh.MeetingHistory(
        [
            sh.PastMeeting(date=D(2024, 1, 1) + datetime.timedelta(days=i % 300))
            for i in range(20000)
        ]
    )
    assert sh.MeetingHistory.from_json(history.to_json()) == history


@pytest.mark.parametrize(
    "make",
    [
        lambda big: sh.Organisation.from_json(json.dumps({"roll": {"members": big}})),
        lambda big: sh.Organisation.from_dict({"roll": {"members": big}}),
        lambda big: sh.Organisation.from_json(json.dumps({big: 1})),
        lambda big: sh.Organisation.from_dict({big: 1}),
        lambda big: sh.Organisation.from_json(json.dumps({"kind": big})),
        lambda big: sh.Meeting.from_json(json.dumps({"date": big})),
        lambda big: sh.Organisation(name=big + "\ud800"),
        lambda big: sh.RuleSet.from_dict({**sh.rule_sets.hd03().to_dict(), "id": big}),
    ],
    ids=["json-value", "dict-value", "json-key", "dict-key", "code", "date", "str", "id"],
)
def test_a_bad_value_of_10_mb_gives_a_small_error(make: Any) -> None:
    with pytest.raises(sh.Error) as info:
        make("x" * (10 << 20))
    assert_small(info.value)


@pytest.mark.parametrize(
    "bad",
    [2**100_000, set(range(100_000)), [b"x" * (10 << 20)], b"x" * (10 << 20)],
    ids=["huge-int", "huge-set", "bytes-in-list", "bytes"],
)
def test_unprintable_values_are_named_not_printed(bad: Any) -> None:
    with pytest.raises(sh.InvalidValue) as info:
        sh.Organisation.from_dict({"roll": {"members": bad}})
    assert info.value.field.startswith("organisation.roll.members")
    assert_small(info.value)
    with pytest.raises(sh.InvalidValue) as info:
        sh.Meeting.__new__(sh.Meeting).__setstate__((2, bad))
    assert info.value.field == "__setstate__"
    assert_small(info.value)


# --- strict ends ------------------------------------------------------------------------------


@pytest.mark.parametrize("cls", VALUE_TYPES, ids=lambda c: c.__name__)
def test_text_after_the_value_is_refused_by_every_type(cls: Any) -> None:
    for tail, offset in (('\0{"zzz":1}', 2), ("\0", 2), (" {}", 3), ("x", 2)):
        with pytest.raises(sh.InvalidValue) as info:
            cls.from_json("{}" + tail)
        assert info.value.field == "/"
        assert info.value.value == f"(byte {offset})"


def test_a_sample_of_every_type_round_trips_and_refuses_a_nul_tail() -> None:
    for value in samples():
        text = value.to_json()
        assert type(value).from_json(text) == value
        with pytest.raises(sh.InvalidValue) as info:
            type(value).from_json(text + "\0" + text)
        assert info.value.value == f"(byte {len(text.encode())})"


def test_a_rule_set_file_with_text_after_the_value_is_refused(folders: Path) -> None:
    text = sh.rule_sets.hd03().to_json().replace('"hd03"', '"tail"', 1)
    tail = folders / "rule-sets" / "tail.json"
    tail.write_text(text + '\0{"zzz":1}', encoding="utf-8")
    with pytest.raises(sh.InvalidRuleSet) as info:
        sh.rule_sets.load(tail)
    assert info.value.field == "tail.json#/"
    tail.write_text(text, encoding="utf-8")
    assert sh.rule_sets.by_id("tail").id == "tail"


# --- strict values ----------------------------------------------------------------------------


def quota(rule: sh.RuleId, reason: sh.Reason, ordinal: int, limit: int) -> sh.Finding:
    """A quota finding of 2024 read from its dict form."""
    return sh.Finding.from_dict(
        {
            "rule": rule.code,
            "status": "passed" if reason == sh.Reason.QUOTA_WITHIN else "violated",
            "reason": reason.code,
            "values": {
                "ordinal": ordinal,
                "limit": limit,
                "period_first": "2024-01-01",
                "period_last": "2024-12-31",
            },
        }
    )


def test_a_findings_reason_must_belong_to_its_rule() -> None:
    makers: list[Callable[[], object]] = [
        lambda: quota(sh.RuleId.CONTENT_EXCLUDED, sh.Reason.QUOTA_WITHIN, 1, 3),
        lambda: sh.Finding(
            rule=sh.RuleId.CONTENT_EXCLUDED,
            status=sh.FindingStatus.PASSED,
            reason=sh.Reason.QUOTA_WITHIN,
            values=[1, 3, 0, 0],
        ),
    ]
    for make in makers:
        with pytest.raises(sh.InconsistentInput) as info:
            make()
        assert info.value.field.endswith("reason")
        assert "online.quota, group.quota" in info.value.message_en
    assert quota(sh.RuleId.GROUP_QUOTA, sh.Reason.QUOTA_WITHIN, 1, 3).rule == sh.RuleId.GROUP_QUOTA


def test_a_findings_values_must_agree_at_the_limit() -> None:
    assert quota(sh.RuleId.ONLINE_QUOTA, sh.Reason.QUOTA_WITHIN, 3, 3).values["ordinal"] == 3
    for reason, ordinal in (
        (sh.Reason.QUOTA_WITHIN, 4),
        (sh.Reason.QUOTA_WITHIN, 99),
        (sh.Reason.QUOTA_EXCEEDED, 3),
    ):
        with pytest.raises(sh.InconsistentInput) as info:
            quota(sh.RuleId.ONLINE_QUOTA, reason, ordinal, 3)
        assert info.value.field == "finding.values.ordinal"
    assert quota(sh.RuleId.ONLINE_QUOTA, sh.Reason.QUOTA_EXCEEDED, 4, 3).values["limit"] == 3
    with pytest.raises(sh.InvalidValue) as negative:
        sh.Finding(
            rule=sh.RuleId.GROUP_SCOPE,
            status=sh.FindingStatus.VIOLATED,
            reason=sh.Reason.GROUP_TOO_FEW_MEMBERS,
            values=[-1, 50],
        )
    assert negative.value.field == "finding.values.members"


def test_every_finding_of_a_check_keeps_its_reasons_declaration() -> None:
    rules = sh.rule_sets.cao_bang()
    for n in range(5):  # up to the limit and past it
        history = sh.MeetingHistory(
            [
                sh.PastMeeting(
                    date=D(2024, 1, 2 + i),
                    form=sh.MeetingForm.HYBRID,
                    ground=sh.Ground.DISPERSED_WIDE_AREA,
                )
                for i in range(n)
            ]
        )
        verdict = sh.check(online_meeting(D(2024, 9, 10)), pilot_cell(), history, rules)
        assert sh.Verdict.from_json(verdict.to_json()) == verdict


@pytest.mark.parametrize(
    "make",
    [
        lambda: sh.Finding(
            rule=sh.RuleId.ONLINE_QUOTA,
            status=sh.FindingStatus.PASSED,
            reason=sh.Reason.QUOTA_WITHIN,
            values=[2**63],
        ),
        lambda: sh.DatedInt.always(2**31),
        lambda: sh.DatedInt([(None, None, 2**31)]),
        lambda: sh.DatedInt([(None, None, -(2**31) - 1)]),
    ],
    ids=["finding", "always", "period", "negative"],
)
def test_integers_out_of_range_are_invalid_values_naming_the_field(make: Any) -> None:
    with pytest.raises(sh.InvalidValue) as info:
        make()
    assert info.value.field in {"finding.values[0]", "value", "dated[0].value"}


def test_a_dated_parameter_is_made_and_read_the_same_way() -> None:
    # No period is no value: refused by the constructor, from_dict and from_json alike.
    empties: list[Callable[[], object]] = [
        lambda: sh.DatedGroundSet([]),
        lambda: sh.DatedGroundSet.from_dict({"periods": []}),
        lambda: sh.DatedGroundSet.from_json('{"periods": []}'),
        lambda: sh.DatedGroundSet.from_json('{"periods": null}'),
    ]
    for make in empties:
        with pytest.raises(sh.InvalidRuleSet) as info:
            make()
        assert info.value.message_en == "the parameter has no value"
    # Overlapping periods: the constructor refuses what from_dict refuses.
    overlapping = [(None, D(2024, 6, 30), 3), (D(2024, 6, 1), None, 2)]
    with pytest.raises(sh.InvalidRuleSet) as made:
        sh.DatedInt(overlapping)
    data = {
        "periods": [
            {"from": None, "until": "2024-06-30", "value": 3},
            {"from": "2024-06-01", "until": None, "value": 2},
        ]
    }
    with pytest.raises(sh.InvalidRuleSet) as read:
        sh.DatedInt.from_dict(data)
    assert made.value.message_en == read.value.message_en
    # The empty set always in force is a value, and reads back as itself.
    empty = sh.DatedGroundSet.always(set())
    assert sh.DatedGroundSet.from_dict(empty.to_dict()) == empty
    assert sh.DatedGroundSet.from_json(empty.to_json()) == empty
    assert pickle.loads(pickle.dumps(empty)) == empty


def test_errors_inside_a_dated_parameter_name_where() -> None:
    with pytest.raises(sh.InvalidValue) as info:
        sh.DatedInt.from_json('{"periods": [{"from": null, "zzz": 1, "value": 3}]}')
    assert info.value.field == "/periods/0/zzz"
    with pytest.raises(sh.InvalidValue) as info:
        sh.DatedInt.from_json('{"zzz": 1}')
    assert info.value.field == "/"
    with pytest.raises(sh.InvalidValue) as info:
        sh.Organisation.from_json(
            '{"roll": {"members": 20, "unable": '
            '[{"grounds": ["epidemic"], "count": 3, "count": 4}]}}'
        )
    assert info.value.field == "/roll/unable/0/count"


def test_load_refuses_what_is_not_a_readable_rule_set_file(tmp_path: Path) -> None:
    for path in ("a\0b", b"a\0b", tmp_path, tmp_path / "missing.json"):
        with pytest.raises(sh.InvalidValue) as info:
            sh.rule_sets.load(path)
        assert info.value.field == "file"
    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)
    with pytest.raises(sh.InvalidValue):  # not opened: a FIFO would block the read
        sh.rule_sets.load(fifo)
    with pytest.raises(TypeError):
        sh.rule_sets.load(3)  # type: ignore[arg-type]
