"""JSON in and out through the core's implementation; the shipped JSON Schemas; rule sets as files,
Đồng Nai among them (defined by its file only)."""

from __future__ import annotations

import json
import pathlib
from typing import Any

import jsonschema
import pytest

import sinhhoat as sh
from builders import (
    D,
    by_group_meeting,
    full_round,
    group_cell,
    online_meeting,
    pilot_cell,
    samples,
)

PACKAGE = pathlib.Path(sh.__file__).parent
SCHEMAS = PACKAGE / "schema" / "v2"
SCHEMA_OF = {
    sh.Meeting: "meeting",
    sh.Organisation: "organisation",
    sh.MeetingHistory: "meeting_history",
    sh.GroupRound: "group_round",
    sh.UnitSelection: "unit_selection",
    sh.RuleSet: "rule_set",
    sh.QuotaStatus: "quota_status",
    sh.Finding: "finding",
    sh.Verdict: "verdict",
}


def validator(name: str) -> jsonschema.protocols.Validator:
    schema = json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


@pytest.mark.parametrize("value", samples(), ids=lambda v: type(v).__name__)
def test_to_json_round_trips_and_agrees_with_to_dict(value: Any) -> None:
    text = value.to_json()
    assert json.loads(text) == value.to_dict()
    back = type(value).from_json(text)
    assert back == value
    assert back.to_json() == text
    assert type(value).from_json(value.to_json(indent=2)) == value


@pytest.mark.parametrize(
    "value", [v for v in samples() if type(v) in SCHEMA_OF], ids=lambda v: type(v).__name__
)
def test_every_document_sample_is_valid_against_its_schema(value: Any) -> None:
    validator(SCHEMA_OF[type(value)]).validate(value.to_dict())


def test_the_schema_refuses_what_the_reader_refuses() -> None:
    v = validator("meeting")
    good = online_meeting(D(2024, 9, 10)).to_dict()
    v.validate(good)
    for bad in (
        {**good, "colour": "red"},
        {**good, "form": "online"},
        {**good, "date": 20240910},
        {k: x for k, x in good.items() if k != "date"},
    ):
        assert not v.is_valid(bad)
        with pytest.raises(sh.Error):
            sh.Meeting.from_dict(bad)


@pytest.mark.parametrize("rule_set_id", ["hd03", "cao_bang", "nghe_an_khoi", "dong_nai"])
def test_every_shipped_rule_set_is_valid_against_the_schema(rule_set_id: str) -> None:
    data = json.loads((PACKAGE / "rule-sets" / f"{rule_set_id}.json").read_text(encoding="utf-8"))
    validator("rule_set").validate(data)


def test_shipped_examples_are_valid_against_the_schemas() -> None:
    examples = pathlib.Path(__file__).parents[2] / "examples" / "json"
    files = sorted(examples.glob("*.json"))
    assert files, "examples/json holds the README's JSON examples"
    for file in files:
        name = file.stem.split(".")[0]
        validator(name).validate(json.loads(file.read_text(encoding="utf-8")))


def test_from_json_names_the_json_pointer() -> None:
    with pytest.raises(sh.InvalidValue) as info:
        sh.Organisation.from_json('{"roll": {"unable": [{"grounds": ["epidemic"], "count": 1.5}]}}')
    assert info.value.field == "/roll/unable/0/count"
    assert info.value.value == "1.5"
    with pytest.raises(sh.InvalidValue) as dup:
        sh.Meeting.from_json('{"date": "2024-01-01", "date": "2024-01-02"}')
    assert dup.value.value == "'date'"
    with pytest.raises(sh.InvalidDate) as date:
        sh.Meeting.from_json('{"date": "2023-02-29"}')
    assert date.value.field == "/date"


def test_from_dict_names_the_dotted_path_and_refuses_what_json_cannot_say() -> None:
    import decimal

    good = pilot_cell().to_dict()
    for bad_value, field in (
        (decimal.Decimal("7.9"), "organisation.roll.members"),
        (10**30, "organisation.roll.members"),
        (True, "organisation.roll.members"),
        (None, "organisation.roll.members"),
        (7.0, "organisation.roll.members"),
    ):
        data = {**good, "roll": {**good["roll"], "members": bad_value}}
        with pytest.raises(sh.InvalidValue) as info:
            sh.Organisation.from_dict(data)
        assert info.value.field == field
    with pytest.raises(sh.InvalidValue) as surrogate:
        sh.Organisation.from_dict({**good, "name": "Chi bộ \ud800"})
    assert surrogate.value.field == "organisation.name"


def test_rule_sets_built_in_files_equal_the_constants() -> None:
    for rules in sh.rule_sets.builtin():
        assert sh.rule_sets.by_id(rules.id) == rules
        assert sh.RuleSet.from_json(rules.to_json()) == rules
    assert {"hd03", "cao_bang", "nghe_an_khoi", "dong_nai"} <= set(sh.rule_sets.available())
    with pytest.raises(sh.UnknownCode) as info:
        sh.rule_sets.by_id("quang_ninh")
    assert "dong_nai" in info.value.message_en


def test_rule_sets_load_a_file_and_name_the_bad_value(tmp_path: pathlib.Path) -> None:
    data = sh.rule_sets.cao_bang().to_dict()
    data["id"] = "tinh_moi"
    good = tmp_path / "tinh_moi.json"
    good.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert sh.rule_sets.load(good).id == "tinh_moi"
    data["group_quota"] = [{"from": None, "until": None, "value": -1}]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(sh.InvalidRuleSet) as info:
        sh.rule_sets.load(bad)
    assert info.value.field == "bad.json#/group_quota/0/value"


def test_a_province_adds_a_rule_set_as_a_file(
    tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = sh.rule_sets.by_id("dong_nai").to_dict()
    data["id"] = "tinh_moi"
    data["group_quota"] = 2
    (tmp_path / "tinh_moi.json").write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setenv("SINHHOAT_RULE_SETS", str(tmp_path))
    assert "tinh_moi" in sh.rule_sets.available()
    rules = sh.rule_sets.by_id("tinh_moi")
    assert rules.group_quota.at(D(2024, 1, 1)) == 2


def test_dong_nai_from_its_file_only() -> None:
    rules = sh.rule_sets.by_id("dong_nai")
    cell = group_cell(50).replace(pilot=sh.PilotSelection())  # on no list: none is asked for
    day = D(2024, 3, 4)
    verdict = sh.check(by_group_meeting(day), cell, sh.MeetingHistory(), rules, full_round(day))
    assert verdict.outcome is sh.Outcome.ALLOWED, verdict
    scope = verdict.find(sh.RuleId.GROUP_SCOPE)
    assert scope is not None
    assert scope.reason is sh.Reason.GROUP_SCOPE_MET_UNLISTED
    small = cell.replace(roll=sh.MemberRoll(members=49))
    small_verdict = sh.check(
        by_group_meeting(day), small, sh.MeetingHistory(), rules, full_round(day)
    )
    assert small_verdict.outcome is sh.Outcome.NOT_ALLOWED
    online = sh.check(online_meeting(day), pilot_cell(), sh.MeetingHistory(), rules)
    assert online.outcome is sh.Outcome.NOT_COVERED
    assert any(f.reason is sh.Reason.PILOT_NOT_COVERED for f in online)
    before = D(2023, 5, 31)
    early = sh.check(by_group_meeting(before), cell, sh.MeetingHistory(), rules, full_round(before))
    assert early.outcome is sh.Outcome.NOT_COVERED


def test_a_rule_set_is_named_by_the_sha256_of_its_canonical_json() -> None:
    import hashlib

    for rules in [*sh.rule_sets.builtin(), sh.rule_sets.by_id("dong_nai")]:
        assert rules.digest is not None
        # The same digest from C++ (the constants' table, made with OpenSSL) and from Python
        # (hashlib over the same canonical text).
        assert rules.digest == hashlib.sha256(rules.to_json().encode()).hexdigest()
    assert sh.rule_sets.cao_bang().digest == sh.rule_sets.by_id("cao_bang").digest
    rolling = sh.rule_sets.cao_bang().with_interp(year=sh.YearBasis.ROLLING_YEAR)
    assert rolling.digest != sh.rule_sets.cao_bang().digest
    assert rolling.digest == hashlib.sha256(rolling.to_json().encode()).hexdigest()
    renamed = sh.rule_sets.cao_bang().replace(version="2")
    assert renamed.digest == hashlib.sha256(renamed.to_json().encode()).hexdigest()


def test_a_stored_verdict_names_its_rule_set_and_replays() -> None:
    rules = sh.rule_sets.by_id("dong_nai")
    day = D(2024, 3, 4)
    cell = group_cell(50).replace(pilot=sh.PilotSelection())
    verdict = sh.check(by_group_meeting(day), cell, sh.MeetingHistory(), rules, full_round(day))
    assert verdict.rule_set == sh.RuleSetRef(id="dong_nai", version="4", digest=rules.digest)
    stored = verdict.to_json()
    back = sh.Verdict.from_json(stored)
    again = sh.rule_sets.by_id(back.rule_set.id)
    assert again.digest == back.rule_set.digest
    assert (
        sh.check(by_group_meeting(day), cell, sh.MeetingHistory(), again, full_round(day)) == back
    )
    with pytest.raises(sh.InvalidValue) as info:
        sh.RuleSetRef(id="x", digest="not hex")
    assert info.value.field == "rule_set_ref.digest"


def test_r2_a_0_1_selection_date_still_loads_and_dates_one_pilot_only() -> None:
    # 0.1 records have one `selected_on`; it dates the pilot the organisation is in alone (R2).
    old = pilot_cell().to_dict()
    old["pilot"] = {"online": True, "selected_on": "2023-07-20"}
    cell = sh.Organisation.from_dict(old)
    assert cell.pilot.online_selected_on is None
    rules = sh.rule_sets.cao_bang()
    v = sh.check(online_meeting(D(2024, 9, 10)), cell, sh.MeetingHistory(), rules)
    f = v.find(sh.RuleId.ONLINE_AUTHORISATION)
    assert f is not None
    assert f.status is sh.FindingStatus.PASSED
    # In both pilots, one date cannot tell which choice it dates: not evaluated (R1, R2).
    old["pilot"]["by_group"] = True
    both = sh.Organisation.from_json(json.dumps(old))
    v = sh.check(online_meeting(D(2024, 9, 10)), both, sh.MeetingHistory(), rules)
    f = v.find(sh.RuleId.ONLINE_AUTHORISATION)
    assert f is not None
    assert f.status is sh.FindingStatus.NOT_EVALUATED


def test_r26_verdicts_cite_their_rule_sets_documents() -> None:
    # R26: each rule set cites by its own document; a news item says so and names HD03's clause.
    meeting, cell = online_meeting(D(2024, 9, 10)), pilot_cell()
    for rules, cited in [
        (sh.rule_sets.cao_bang(), "HD Cao Bằng II.2 ý 3"),
        (sh.rule_sets.nghe_an_khoi(), "08-HD/ĐUK (theo tin bài; HD03) II.2 ý 3"),
    ]:
        v = sh.check(meeting, cell, sh.MeetingHistory(), rules)
        f = v.find(sh.RuleId.ONLINE_QUOTA)
        assert f is not None
        assert f.clause == "II.2 ý 3"  # the catalogue's
        assert v.clause(f) == cited
        written = json.loads(v.to_json())
        quota = [x for x in written["findings"] if x["rule"] == "online.quota"]
        assert quota[0]["clause"] == cited
        assert cited in v._repr_html_()
    dong_nai = sh.rule_sets.by_id("dong_nai")
    assert dong_nai.citation_of(sh.RuleId.GROUP_QUOTA).startswith("15-HD/BTCTU (theo trang tin)")
    assert dong_nai.citation_of(sh.RuleId.GROUP_CONDUCT) == (
        "15-HD/BTCTU (theo trang tin; HD03) II.4.2 ý 2; II.3.1"
    )
