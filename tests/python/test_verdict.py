"""Verdicts: iterable findings, the outcome, and a table for Jupyter."""

from __future__ import annotations

import datetime

import pytest

import sinhhoat as sh
from builders import online_meeting, pilot_cell

D = datetime.date


@pytest.fixture
def verdict() -> sh.Verdict:
    m = online_meeting(D(2024, 9, 10)).replace(
        agenda=sh.cell_meeting_steps() | {sh.Topic.ADMISSION}
    )
    return sh.check(m, pilot_cell(), sh.MeetingHistory(), sh.rule_sets.cao_bang())


def test_iterable_findings(verdict: sh.Verdict) -> None:
    findings = list(verdict)
    assert len(findings) == len(verdict) == len(verdict.findings)
    assert findings[0].rule is sh.RuleId.PILOT_WINDOW
    assert verdict[0] == findings[0]
    assert verdict[-1] == findings[-1]
    with pytest.raises(IndexError):
        verdict[len(verdict)]
    with pytest.raises(IndexError):
        verdict[-len(verdict) - 1]
    assert verdict[-len(verdict)] == findings[0]
    assert [verdict[i] for i in range(len(verdict))] == findings
    # Enum fields are the enums' own members (taken from a table, not made anew).
    assert all(type(f.rule) is sh.RuleId and f.rule is sh.RuleId(f.rule.value) for f in verdict)
    assert all(type(f.status) is sh.FindingStatus and type(f.reason) is sh.Reason for f in verdict)
    assert verdict.outcome is sh.Outcome.NOT_ALLOWED
    assert not verdict.allowed
    assert verdict.count(sh.FindingStatus.VIOLATED) == 1
    assert verdict.find(sh.RuleId.GROUP_QUOTA) is None


def test_findings_carry_rule_clause_status_reason_values_messages(verdict: sh.Verdict) -> None:
    f = verdict.find(sh.RuleId.ONLINE_QUOTA)
    assert f is not None
    assert f.clause == "II.2 ý 3"
    assert f.status is sh.FindingStatus.PASSED
    assert f.reason is sh.Reason.QUOTA_WITHIN
    assert f.value_names == ("ordinal", "limit", "period_first", "period_last")
    assert f.values["ordinal"] == 1
    assert f.message_vi == "Lần thứ 1 trong giới hạn 3 lần (01/01/2024 – 31/12/2024)."
    assert f.message_en == "Meeting number 1 within the limit of 3 (2024-01-01 to 2024-12-31)."
    same = sh.Finding(rule=f.rule, status=f.status, reason=f.reason, values=f.raw_values)
    assert same == f


def test_verdict_from_findings(verdict: sh.Verdict) -> None:
    rebuilt = sh.Verdict(list(verdict), rule_set=verdict.rule_set)
    assert rebuilt == verdict
    # The same findings under no named rule set are another verdict.
    assert sh.Verdict(list(verdict)) != verdict
    assert rebuilt.outcome is verdict.outcome
    assert sh.Verdict().outcome is sh.Outcome.ALLOWED
    with pytest.raises(sh.InvalidValue):
        sh.Verdict([verdict[0]] * 49)
    with pytest.raises(sh.InvalidValue):
        sh.Finding(
            rule=sh.RuleId.ONLINE_QUOTA,
            status=sh.FindingStatus.PASSED,
            reason=sh.Reason.QUOTA_WITHIN,
            values=[1, 2, 3, 4, 5, 6],
        )


def test_outcome_in_dict_must_match(verdict: sh.Verdict) -> None:
    data = verdict.to_dict()
    assert data["outcome"] == "not_allowed"
    data["outcome"] = "allowed"
    with pytest.raises(sh.InconsistentInput):
        sh.Verdict.from_dict(data)


def test_repr_html(verdict: sh.Verdict) -> None:
    html = verdict._repr_html_()
    assert html.startswith("<table")
    assert html.count("<tr>") == len(verdict) + 1
    assert "<code>content.excluded</code>" in html
    assert "II.3.2" in html
    assert "vi phạm / violated" in html
    assert "không được phép" in html
    assert "xét kết nạp đảng viên" in html
    assert "admission of members" in html
    # The rule set it was reached under, with the start of its digest.
    assert "<code>cao_bang</code> 4 (sha256 <code>" in html
    assert verdict.rule_set.digest is not None
    assert verdict.rule_set.digest[:12] in html
    assert "Bộ quy tắc / rule set" not in sh.Verdict(list(verdict))._repr_html_()
    # Messages are escaped: the ground's quotes do not break the markup.
    assert "&quot;" in html
    assert '"phân tán' not in html


def test_a_findings_repr_shows_its_values_decoded_and_reads_back() -> None:
    namespace = {name: getattr(sh, name) for name in dir(sh) if not name.startswith("_")}
    namespace["datetime"] = datetime
    verdict = sh.check(
        online_meeting(datetime.date(2024, 9, 10)),
        pilot_cell(),
        sh.MeetingHistory(),
        sh.rule_sets.cao_bang(),
    )
    for finding in verdict:
        text = repr(finding)
        assert eval(text, namespace) == finding, text
    quota = next(f for f in verdict if f.rule == sh.RuleId.ONLINE_QUOTA)
    assert "'period_first': datetime.date(2024, 1, 1)" in repr(quota)
    # Decoded values by name, or the raw numbers: the same finding.
    by_name = sh.Finding(
        rule=sh.RuleId.CONTENT_EXCLUDED,
        status=sh.FindingStatus.VIOLATED,
        reason=sh.Reason.CONTENT_EXCLUDED_TOPICS,
        values={"topics": {sh.Topic.DISCIPLINE, sh.Topic.ADMISSION}},
    )
    raw = sh.Finding(
        rule=by_name.rule,
        status=by_name.status,
        reason=by_name.reason,
        values=list(by_name.raw_values),
    )
    assert by_name == raw
    assert repr(by_name).endswith("values={'topics': {Topic.ADMISSION, Topic.DISCIPLINE}})")
    # A value of the wrong kind names the value; a non-sequence is a TypeError.
    with pytest.raises(sh.InvalidDate) as info:
        sh.Finding(
            rule=sh.RuleId.ONLINE_QUOTA,
            status=sh.FindingStatus.PASSED,
            reason=sh.Reason.QUOTA_WITHIN,
            values={"ordinal": 1, "limit": 3, "period_first": "x", "period_last": None},
        )
    assert info.value.field == "finding.values.period_first"
    with pytest.raises(TypeError):
        sh.Finding(
            rule=sh.RuleId.ONLINE_QUOTA,
            status=sh.FindingStatus.PASSED,
            reason=sh.Reason.QUOTA_WITHIN,
            values="abc",  # type: ignore[arg-type]
        )
