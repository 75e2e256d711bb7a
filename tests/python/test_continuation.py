"""RULES.md §6b, the pilot goes on: R27 (Chỉ thị 50-CT/TW continues HD03 from 23/7/2025 with no
end), R28 (the gap of 1/7-22/7/2025), R29 (which rule set governs a day), R30 (selections carry
over), R31 (no district level from 1/7/2025) and R32 (caveats), at the days the readings name."""

from __future__ import annotations

import datetime
import json
import pathlib
import pickle

import jsonschema
import pytest

import sinhhoat as sh
from builders import by_group_meeting, full_round, group_cell, online_meeting, pilot_cell

D = datetime.date
NONE = sh.MeetingHistory()
SCHEMAS = pathlib.Path(sh.__file__).parent / "schema" / "v2"


def online_on(
    day: datetime.date, rules: sh.RuleSet, cell: sh.Organisation | None = None
) -> sh.Verdict:
    return sh.check(online_meeting(day), cell or pilot_cell(), NONE, rules)


def round_on(
    day: datetime.date, rules: sh.RuleSet, cell: sh.Organisation | None = None
) -> sh.Verdict:
    # Consolidated the day after the reports, so that every day of the round is the meeting's.
    r = full_round(day)
    assert r.consolidation is not None
    r = r.replace(consolidation=r.consolidation.replace(date=day + datetime.timedelta(days=1)))
    return sh.check(by_group_meeting(day), cell or group_cell(), NONE, rules, r)


@pytest.mark.parametrize(
    ("day", "outcome", "reason"),
    [
        (D(2025, 6, 29), sh.Outcome.ALLOWED, sh.Reason.WINDOW_INSIDE),
        (D(2025, 7, 1), sh.Outcome.NOT_COVERED, sh.Reason.WINDOW_GAP),
        (D(2025, 7, 22), sh.Outcome.NOT_COVERED, sh.Reason.WINDOW_GAP),
        (D(2025, 7, 23), sh.Outcome.ALLOWED, sh.Reason.WINDOW_INSIDE_OPEN),
        (D(2026, 3, 3), sh.Outcome.ALLOWED, sh.Reason.WINDOW_INSIDE_OPEN),
    ],
)
def test_r27_r28_hd03_goes_on_after_a_gap(
    day: datetime.date, outcome: sh.Outcome, reason: sh.Reason
) -> None:
    rules = sh.rule_sets.hd03()
    for verdict in (online_on(day, rules), round_on(day, rules)):
        assert verdict.outcome is outcome
        window = verdict.find(sh.RuleId.PILOT_WINDOW)
        assert window is not None
        assert window.reason is reason
        assert verdict.governed_by is None
    assert rules.applies_on(day) == (outcome is sh.Outcome.ALLOWED)


def test_r27_the_continuation_is_hd03_with_chi_thi_50_cited() -> None:
    rules = sh.rule_sets.hd03()
    first, second = rules.periods
    assert (first.first, first.last) == (D(2022, 12, 27), D(2025, 6, 30))
    assert (second.first, second.last, second.opened_by) == (D(2025, 7, 23), None, "50-CT/TW")
    assert "50-CT/TW" in [s.code for s in rules.sources]
    assert rules.period_at(D(2026, 3, 3)) == second
    assert rules.period_at(D(2025, 7, 10)) is None
    v = online_on(D(2026, 3, 3), rules)
    window = v.find(sh.RuleId.PILOT_WINDOW)
    assert window is not None
    assert v.clause(window) == "Chỉ thị 50-CT/TW Mục 2"
    assert window.values == {"first": D(2025, 7, 23), "date": D(2026, 3, 3)}
    assert "đến khi có quy định, hướng dẫn mới" in window.message_vi
    quota = v.find(sh.RuleId.ONLINE_QUOTA)
    assert quota is not None
    assert v.clause(quota) == "HD 03-HD/TW II.2 ý 3"
    assert json.loads(v.to_json())["findings"][0]["clause"] == "Chỉ thị 50-CT/TW Mục 2"
    # While the pilot goes on no final report is due.
    report = sh.pilot_reporting(rules, D(2026, 3, 3), None)
    assert report.reason is sh.Reason.REPORTING_PILOT_ONGOING


@pytest.mark.parametrize("day", [D(2025, 7, 1), D(2025, 7, 22)])
def test_r28_the_questions_asked_alone_answer_as_check(day: datetime.date) -> None:
    rules = sh.rule_sets.hd03()
    cell = pilot_cell()
    assert (
        sh.online_eligibility(cell, sh.Ground.DISPERSED_WIDE_AREA, day, rules).outcome
        is sh.Outcome.NOT_COVERED
    )
    assert sh.online_quota_left(cell, NONE, day, rules) is None
    assert sh.group_quota_left(NONE, day, rules) is None
    assert sh.report_due(sh.GroupMeeting(group=1, date=day), rules) is None
    # The days around the gap have their quotas and deadlines.
    for covered in (D(2025, 6, 30), D(2025, 7, 23)):
        quota = sh.online_quota_left(cell, NONE, covered, rules)
        assert quota is not None
        assert quota.remaining == 3
        due = sh.report_due(sh.GroupMeeting(group=1, date=covered), rules)
        assert due == covered + datetime.timedelta(days=1)


@pytest.mark.parametrize("rule_set", ["cao_bang", "nghe_an_khoi", "dong_nai"])
def test_r29_provincial_sets_name_the_central_continuation(rule_set: str) -> None:
    rules = sh.rule_sets.by_id(rule_set)
    assert rules.succeeded_by == sh.Successor(
        rule_set="hd03", since=D(2025, 7, 1), basis="Chỉ thị 50-CT/TW Mục 2"
    )
    assert sh.rule_sets.governing(rule_set, D(2025, 6, 30)).id == rule_set
    for day in (D(2025, 7, 1), D(2025, 7, 23), D(2026, 3, 3)):
        assert sh.rule_sets.governing(rule_set, day) == sh.rule_sets.hd03()
        check = round_on if rule_set == "dong_nai" else online_on
        cell = group_cell().replace(pilot=sh.PilotSelection()) if rule_set == "dong_nai" else None
        v = check(day, rules, cell)
        assert v.outcome is sh.Outcome.NOT_COVERED
        assert v.governed_by == "hd03"
        window = v.find(sh.RuleId.PILOT_WINDOW)
        assert window is not None
        assert window.reason is sh.Reason.WINDOW_SUCCEEDED
        assert window.values["since"] == D(2025, 7, 1)
        assert v.clause(window).endswith("; từ 01/07/2025: hd03 (Chỉ thị 50-CT/TW Mục 2)")
        assert sh.Verdict.from_json(v.to_json()) == v
        assert "governed_by='hd03'" in repr(v)
        assert "hd03" in v._repr_html_()


def test_r29_governing_as_the_issue_asks() -> None:
    assert sh.rule_sets.governing("cao_bang", D(2024, 9, 10)).id == "cao_bang"
    assert sh.rule_sets.governing("cao_bang", D(2026, 3, 3)).id == "hd03"
    assert sh.rule_sets.governing("hd03", D(2025, 7, 10)).id == "hd03"
    with pytest.raises(sh.InvalidValue):
        sh.rule_sets.governing("../hd03", D(2026, 3, 3))
    with pytest.raises(sh.UnknownCode):
        sh.rule_sets.governing("ha_noi", D(2026, 3, 3))


def test_r29_a_loop_of_successors_is_refused(
    tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = sh.rule_sets.cao_bang()
    for me, other in (("tinh_a", "tinh_b"), ("tinh_b", "tinh_a")):
        rules = base.replace(id=me, succeeded_by=sh.Successor(rule_set=other, since=D(2025, 7, 1)))
        (tmp_path / f"{me}.json").write_text(rules.to_json(), encoding="utf-8")
    monkeypatch.setenv("SINHHOAT_RULE_SETS", str(tmp_path))
    assert sh.rule_sets.governing("tinh_a", D(2025, 6, 30)).id == "tinh_a"
    with pytest.raises(sh.InconsistentInput) as loop:
        sh.rule_sets.governing("tinh_a", D(2026, 1, 1))
    assert loop.value.value == "tinh_a -> tinh_b -> tinh_a"


def test_r27_an_old_rule_set_file_with_one_window_still_loads(tmp_path: pathlib.Path) -> None:
    data = sh.rule_sets.cao_bang().to_dict()
    for key in ("periods", "succeeded_by", "caveats"):
        del data[key]
    data["window"] = {"first": "2023-08-01", "last": "2025-06-30"}
    file = tmp_path / "cao_bang_cu.json"
    file.write_text(json.dumps({**data, "id": "cao_bang_cu"}), encoding="utf-8")
    rules = sh.rule_sets.load(file)
    (period,) = rules.periods
    assert (period.first, period.last) == (D(2023, 8, 1), D(2025, 6, 30))
    assert online_on(D(2025, 6, 30), rules).allowed
    after = online_on(D(2025, 7, 1), rules)
    window = after.find(sh.RuleId.PILOT_WINDOW)
    assert window is not None
    assert window.reason is sh.Reason.WINDOW_OUTSIDE
    with pytest.raises(sh.InconsistentInput) as both:
        sh.RuleSet.from_dict({**data, "periods": [{"first": "2023-08-01", "last": None}]})
    assert both.value.field == "rule_set.window / rule_set.periods"


def test_new_values_pickle_and_validate_against_the_schema() -> None:
    rules = sh.rule_sets.hd03()
    for value in (rules, rules.periods[1], rules.caveats[0], sh.rule_sets.cao_bang().succeeded_by):
        assert pickle.loads(pickle.dumps(value)) == value
        assert type(value).from_dict(value.to_dict()) == value
    schema = json.loads((SCHEMAS / "verdict.schema.json").read_text(encoding="utf-8"))
    for day in (D(2026, 8, 1), D(2025, 7, 10)):
        jsonschema.validate(json.loads(online_on(day, rules).to_json()), schema)
    jsonschema.validate(
        json.loads(online_on(D(2026, 3, 3), sh.rule_sets.cao_bang()).to_json()), schema
    )
    rule_schema = json.loads((SCHEMAS / "rule_set.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(rules.to_json()), rule_schema)


def test_periods_are_refused_when_they_overlap_or_an_open_one_is_not_last() -> None:
    rules = sh.rule_sets.hd03()
    first, second = rules.periods
    with pytest.raises(sh.InvalidRuleSet) as overlap:
        rules.replace(periods=[first, second.replace(first=D(2025, 6, 30))])
    assert overlap.value.field == "rule_set(hd03).periods[1].first"
    with pytest.raises(sh.InvalidRuleSet) as open_first:
        rules.replace(periods=[second, first])
    assert open_first.value.field == "rule_set(hd03).periods[0].last"
    with pytest.raises(sh.InvalidRuleSet) as none:
        rules.replace(periods=[])
    assert none.value.field == "rule_set(hd03).periods"


@pytest.mark.parametrize("carry_over", [True, False])
def test_r30_selections_carry_over_both_ways(carry_over: bool) -> None:
    rules = sh.rule_sets.hd03().with_interp(selections_carry_over=carry_over)
    old = pilot_cell()  # chosen on 20/7/2023
    v = online_on(D(2026, 3, 3), rules, old)
    authorisation = v.find(sh.RuleId.ONLINE_AUTHORISATION)
    assert authorisation is not None
    if carry_over:
        assert v.allowed
    else:
        assert v.outcome is sh.Outcome.NOT_ALLOWED
        assert authorisation.reason is sh.Reason.PILOT_LISTED_BEFORE_PERIOD
        assert authorisation.values == {
            "selected_on": D(2023, 7, 20),
            "period_first": D(2025, 7, 23),
        }
    # The first period is no continuation: a 2023 selection serves it either way.
    assert online_on(D(2025, 6, 30), rules, old).allowed
    for chosen, allowed in ((D(2025, 7, 22), carry_over), (D(2025, 7, 23), True)):
        cell = old.replace(pilot=sh.PilotSelection(online=True, online_selected_on=chosen))
        assert online_on(D(2026, 3, 3), rules, cell).allowed == allowed
        big = group_cell().replace(
            pilot=sh.PilotSelection(by_group=True, by_group_selected_on=chosen)
        )
        assert round_on(D(2026, 3, 3), rules, big).allowed == allowed


def test_r31_no_district_level_from_1_7_2025() -> None:
    rules = sh.rule_sets.cao_bang()
    base = sh.UnitSelection(unit="Huyện uỷ Hà Quảng", online=[pilot_cell()])
    late = sh.check_selection(base.replace(submitted_on=D(2025, 6, 30)), rules)
    # The 2023 minimum and deadline still bind it.
    assert sh.Reason.SELECTION_LATE in [f.reason for f in late]
    with pytest.raises(sh.InconsistentInput) as gone:
        base.replace(submitted_on=D(2025, 7, 1))
    assert gone.value.field == "unit_selection.submitted_on"
    assert "294-QĐ/TW" in gone.value.message_vi
    for kind in (
        sh.SelectingUnitKind.COMMUNE_COMMITTEE,
        sh.SelectingUnitKind.WARD_COMMITTEE,
        sh.SelectingUnitKind.SPECIAL_ZONE_COMMITTEE,
    ):
        with pytest.raises(sh.InconsistentInput):
            sh.UnitSelection(unit="Đảng uỷ xã", kind=kind, submitted_on=D(2025, 6, 30))
        for sent in (D(2025, 7, 1), None):
            s = sh.UnitSelection(unit="Đảng uỷ xã", kind=kind, submitted_on=sent)
            (only,) = sh.check_selection(s, rules)
            assert only.status is sh.FindingStatus.NOT_APPLICABLE
            assert only.reason is sh.Reason.SELECTION_AFTER_REORGANISATION
    direct = base.replace(kind=sh.SelectingUnitKind.PROVINCIAL_DIRECT, submitted_on=D(2025, 8, 1))
    assert sh.check_selection(direct, rules)[0].reason is sh.Reason.SELECTION_AFTER_REORGANISATION


@pytest.mark.parametrize(
    ("day", "count"),
    [(D(2026, 5, 18), 0), (D(2026, 5, 19), 1), (D(2026, 7, 25), 1), (D(2026, 7, 26), 2)],
)
def test_r32_caveats_from_their_day_outcome_unchanged(day: datetime.date, count: int) -> None:
    rules = sh.rule_sets.hd03()
    v = online_on(day, rules)
    assert v.allowed
    assert len(v.caveats) == count
    assert v.caveats == rules.caveats[:count]
    html = v._repr_html_()
    assert ("01-HD/TW" in html) == (count >= 1)
    assert ("208-QĐ/TW" in html) == (count == 2)
    assert ("caveats=" in repr(v)) == (count > 0)
    assert ("caveats" in json.loads(v.to_json())) == (count > 0)
    assert json.loads(v.to_json()) == v.to_dict()
    assert sh.Verdict.from_json(v.to_json()) == v
    assert pickle.loads(pickle.dumps(v)) == v
    # A verdict made in Python with them equals the one check() gave.
    assert sh.Verdict(list(v), v.rule_set, caveats=v.caveats) == v
    assert (
        sh.online_eligibility(pilot_cell(), sh.Ground.DISPERSED_WIDE_AREA, day, rules).caveats
        == v.caveats
    )


def test_r32_a_verdict_names_a_governing_set_only_by_id() -> None:
    with pytest.raises(sh.InvalidValue) as bad:
        sh.Verdict(governed_by="../hd03")
    assert bad.value.field == "verdict.governed_by"
    assert sh.Verdict(governed_by="hd03").governed_by == "hd03"
