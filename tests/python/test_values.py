"""Value types: keyword constructors, repr, ==, hash, immutability, replace, to_dict/from_dict
and pickling, for every type."""

from __future__ import annotations

import copy
import datetime
import inspect
import json
import pickle
from typing import Any

import pytest

import sinhhoat as sh
from builders import online_meeting, pilot_cell, samples

D = datetime.date
SAMPLES = samples()
IDS = [f"{type(s).__name__}-{i}" for i, s in enumerate(SAMPLES)]
# Every name of the package, so that an eval'd repr finds its classes.
# For calls a type checker rightly refuses: they must fail at run time too.
untyped: Any = sh
NAMESPACE: dict[str, Any] = {"datetime": datetime, **{n: getattr(sh, n) for n in sh.__all__}}


def test_samples_cover_every_value_type() -> None:
    value_types = {
        obj
        for name in sh.__all__
        if inspect.isclass(obj := getattr(sh, name))
        and hasattr(obj, "to_dict")
        and not issubclass(obj, sh.CodeEnum)
    }
    assert value_types == {type(s) for s in SAMPLES}


@pytest.mark.parametrize("value", SAMPLES, ids=IDS)
def test_pickle_round_trip(value: Any) -> None:
    for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(value, protocol=protocol))
        assert type(back) is type(value)
        assert back == value
        assert hash(back) == hash(value)
    assert copy.deepcopy(value) == value


@pytest.mark.parametrize("value", SAMPLES, ids=IDS)
def test_dict_round_trip(value: Any) -> None:
    data = value.to_dict()
    assert type(value).from_dict(data) == value
    # Plain data only: what JSON can carry.
    assert json.loads(json.dumps(data)) == data


@pytest.mark.parametrize("value", SAMPLES, ids=IDS)
def test_repr_reads_like_the_constructor_call(value: Any) -> None:
    text = repr(value)
    assert text.startswith(type(value).__name__)
    assert eval(text, dict(NAMESPACE)) == value


@pytest.mark.parametrize("value", SAMPLES, ids=IDS)
def test_equality_and_hash(value: Any) -> None:
    other = pickle.loads(pickle.dumps(value))
    assert value == other
    assert not (value != other)  # noqa: SIM202 (__ne__ is bound on its own)
    assert hash(value) == hash(other)
    assert value != object()
    assert {value, other} == {value}


def test_keyword_constructor_defaults() -> None:
    m = sh.Meeting(date=D(2024, 9, 10))
    assert m.body is sh.MeetingBody.WHOLE_ORGANISATION
    assert m.form is sh.MeetingForm.IN_PERSON
    assert m.ground is None
    assert m.agenda == frozenset()
    assert not m.registered
    assert repr(m) == "Meeting(date=datetime.date(2024, 9, 10))"
    with pytest.raises(TypeError):
        untyped.Meeting(D(2024, 9, 10))
    with pytest.raises(TypeError):
        untyped.Meeting()


def test_sets_of_enums_in_and_out() -> None:
    agenda = {sh.Topic.PARTY_DUES, sh.Topic.THEMATIC}
    for given in (agenda, frozenset(agenda), list(agenda), tuple(agenda)):
        m = sh.Meeting(date=D(2024, 9, 10), agenda=given)
        assert m.agenda == agenda
        assert isinstance(m.agenda, frozenset)
    assert "agenda={Topic.PARTY_DUES, Topic.THEMATIC}" in repr(m)
    assert m.to_dict()["agenda"] == ["party_dues", "thematic"]
    with pytest.raises(TypeError):
        untyped.Meeting(date=D(2024, 9, 10), agenda={"party_dues"})
    with pytest.raises(TypeError):
        untyped.Meeting(date=D(2024, 9, 10), agenda=sh.Topic.PARTY_DUES)


def test_values_are_immutable() -> None:
    cell: Any = pilot_cell()
    with pytest.raises(AttributeError):
        cell.name = "x"
    with pytest.raises(AttributeError):
        cell.roll.members = 3
    assert isinstance(cell.decisions, tuple)


def test_replace_makes_a_validated_copy() -> None:
    m = online_meeting(D(2024, 9, 10))
    later = m.replace(date=D(2024, 10, 1))
    assert later.date == D(2024, 10, 1)
    assert m.date == D(2024, 9, 10)
    assert later.form is m.form
    with pytest.raises(TypeError, match="unexpected field"):
        m.replace(colour="red")
    with pytest.raises(sh.InconsistentInput):
        m.replace(form=sh.MeetingForm.BY_GROUP)


def test_from_dict_rejects_unknown_fields_and_wrong_types() -> None:
    with pytest.raises(sh.InvalidValue) as info:
        sh.Meeting.from_dict({"date": "2024-09-10", "colour": "red"})
    assert info.value.field == "meeting.colour"
    with pytest.raises(sh.InvalidValue) as info:
        sh.Organisation.from_dict({"roll": {"members": "many"}})
    assert info.value.field == "organisation.roll.members"
    with pytest.raises(sh.UnknownCode) as code_info:
        sh.Meeting.from_dict({"date": "2024-09-10", "form": "telepathy"})
    assert code_info.value.field == "meeting.form"
    with pytest.raises(sh.InvalidValue) as info:
        sh.Meeting.from_dict({"form": "hybrid"})
    assert info.value.field == "meeting.date"


def test_member_roll_from_members() -> None:
    roll = sh.MemberRoll.from_members(
        [
            sh.Member(),
            sh.Member(status=sh.MemberStatus.EXEMPTED),
            sh.Member(unable_grounds={sh.Ground.EPIDEMIC}),
            sh.Member(unable_grounds={sh.Ground.EPIDEMIC}),
        ]
    )
    assert roll == sh.MemberRoll(
        members=4, exempted=1, unable=[sh.UnableMembers(grounds={sh.Ground.EPIDEMIC}, count=2)]
    )
    assert roll.base == 3
    assert roll.unable_for({sh.Ground.EPIDEMIC}) == 2


def test_history_accepts_meetings_and_sorts() -> None:
    a = online_meeting(D(2024, 5, 1))
    b = sh.PastMeeting(date=D(2024, 1, 1), form=sh.MeetingForm.FULLY_ONLINE)
    history = sh.MeetingHistory([a, b])
    assert [p.date for p in history] == [D(2024, 1, 1), D(2024, 5, 1)]
    assert len(history) == 2
    assert history[-1] == sh.PastMeeting.of(a)
    assert history.meetings == (b, sh.PastMeeting.of(a))


def test_rule_sets_are_copies_with_readable_fields() -> None:
    rules = sh.rule_sets.cao_bang()
    assert rules.id == "cao_bang"
    assert rules.periods == (
        sh.CoveragePeriod(
            first=D(2023, 8, 1),
            last=D(2025, 6, 30),
            opened_by="HD-TU Cao Bằng",
            closed_by="HD-TU Cao Bằng",
        ),
    )
    assert D(2025, 6, 30) in rules.periods[0]
    assert rules.applies_on(D(2025, 6, 30))
    assert not rules.applies_on(D(2025, 7, 1))
    assert rules.period_at(D(2025, 7, 1)) is None
    assert rules.online_quota_cell.at(D(2024, 1, 1)) == 3
    grounds = rules.grounds.at(D(2024, 1, 1))
    assert grounds is not None
    assert sh.Ground.TEACHER_SUMMER_BREAK in grounds
    assert rules.selection is not None
    assert rules.selection.deadline == D(2023, 7, 30)
    assert sh.rule_sets.by_id("hd03") == sh.rule_sets.hd03()
    assert [r.id for r in sh.rule_sets.builtin()] == ["hd03", "cao_bang", "nghe_an_khoi"]


def test_interpretations_switch_on_a_copy() -> None:
    rules = sh.rule_sets.cao_bang()
    rolling = rules.with_interp(year=sh.YearBasis.ROLLING_YEAR, hybrid_counts=False)
    assert rolling.interp == sh.Interpretations(year=sh.YearBasis.ROLLING_YEAR, hybrid_counts=False)
    assert rules.interp == sh.Interpretations()
    assert rolling != rules
    assert rolling.replace(interp=sh.Interpretations()) == rules
