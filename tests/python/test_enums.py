"""Enums: real enum.Enum subclasses with stable codes, labels and from_code()."""

from __future__ import annotations

import pickle
from typing import Any

import pytest

import sinhhoat as sh

ENUMS = [
    sh.OrganisationKind,
    sh.MeetingBody,
    sh.MeetingForm,
    sh.GroundKind,
    sh.Ground,
    sh.Topic,
    sh.InfrastructureItem,
    sh.PlatformItem,
    sh.MemberStatus,
    sh.SelectingUnitKind,
    sh.YearBasis,
    sh.FullyOnlineBasis,
    sh.MemberCountBasis,
    sh.RoundPeriodBasis,
    sh.RuleId,
    sh.FindingStatus,
    sh.Outcome,
    sh.Reason,
]


@pytest.mark.parametrize("cls", ENUMS, ids=lambda c: c.__name__)
def test_every_member_round_trips_through_its_code(cls: type[sh.CodeEnum]) -> None:
    codes = [m.code for m in cls]
    assert len(set(codes)) == len(codes)
    for member in cls:
        assert cls.from_code(member.code) is member
        assert member.name == member.code.replace(".", "_").upper()
        assert str(member) == member.code
        assert repr(member) == f"{cls.__name__}.{member.name}"
        assert member.label_vi
        assert member.label_en
        assert pickle.loads(pickle.dumps(member)) is member


def test_codes_and_labels() -> None:
    assert sh.Ground.EPIDEMIC.code == "epidemic"
    assert sh.RuleId.ONLINE_QUOTA.code == "online.quota"
    assert sh.Outcome.NOT_ALLOWED.label_vi == "không được phép"
    assert sh.Outcome.NOT_ALLOWED.label_en == "not allowed"
    assert sh.MeetingForm.from_code("hybrid") is sh.MeetingForm.HYBRID


def test_unknown_code_lists_the_known_ones() -> None:
    with pytest.raises(sh.UnknownCode) as info:
        sh.Ground.from_code("flood")
    assert isinstance(info.value, ValueError)
    assert info.value.field == "ground"
    assert info.value.value == "'flood'"
    assert "epidemic" in info.value.message_en


def test_from_code_wants_a_string() -> None:
    untyped: Any = sh.Ground
    with pytest.raises(TypeError):
        untyped.from_code(3)


def test_helpers() -> None:
    assert sh.kind_of(sh.Ground.EPIDEMIC) is sh.GroundKind.SPECIAL_CIRCUMSTANCE
    assert sh.ground_class(sh.Ground.ABROAD) is sh.Ground.DISPERSED_WIDE_AREA
    assert sh.Ground.EPIDEMIC in sh.grounds_of(sh.GroundKind.SPECIAL_CIRCUMSTANCE)
    assert sh.clause_of(sh.RuleId.ONLINE_QUOTA) == "II.2 ý 3"
    assert len(sh.excluded_topics_ii32()) == 15
    assert isinstance(sh.cell_meeting_steps(), frozenset)
    assert sh.Topic.PARTY_DUES in sh.cell_meeting_steps()
