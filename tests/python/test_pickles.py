"""Pickles made by earlier releases keep loading (tests/pickles/, written by make_pickles.py with
that release installed): each value equals the one its release's own dict form gives today."""

from __future__ import annotations

import datetime
import pathlib
import pickle

import pytest

import sinhhoat as sh

D = datetime.date
PICKLES = pathlib.Path(__file__).parents[1] / "pickles"


def contains(new: object, old: object) -> bool:
    """`new` holds everything `old` held (fields added since may hold more)."""
    if isinstance(old, dict) and isinstance(new, dict):
        return all(k in new and contains(new[k], v) for k, v in old.items())
    if isinstance(old, list) and isinstance(new, list):
        return len(old) == len(new) and all(contains(n, o) for n, o in zip(new, old, strict=True))
    return new == old


@pytest.mark.parametrize("file", sorted(PICKLES.glob("v*.pickle")), ids=lambda p: p.stem)
def test_old_pickles_load(file: pathlib.Path) -> None:
    values = pickle.loads(file.read_bytes())
    assert len(values) >= 14
    for name, (value, old_dict) in values.items():
        assert type(value).from_dict(old_dict) == value, name
        # What the release knew is unchanged: every field it wrote reads back the same.
        new_dict = value.to_dict()
        for key in old_dict:
            if key == "window":  # R27: the single window of 0.2 and earlier is one period now
                (period,) = new_dict["periods"]
                assert contains(period, old_dict[key]), (name, key)
            elif name not in ("finding", "verdict"):  # their messages were reworded since
                assert contains(new_dict[key], old_dict[key]), (name, key)
    assert values["meeting"][0].form is sh.MeetingForm.HYBRID
    # A rule set pickled before rule sets had versions, notes and covers: what it had is kept,
    # what it lacked takes the documented default.
    old_rules = values["rule_set"][0]
    today = sh.rule_sets.cao_bang()
    assert not old_rules.interp.committee_meetings_count  # the 0.1.0 default, kept as pickled
    # R10 changed the default reading; R6 added the students' ground to the lists; R26 gave the
    # rule set its own citations; R27-R29 named the texts that open and close its period and its
    # successor; everything else the release had is today's.
    (period,) = old_rules.periods
    assert (period.first, period.last) == (D(2023, 8, 1), D(2025, 6, 30))
    assert old_rules.succeeded_by is None
    assert sh.Ground.STUDENT_SUMMER_BREAK not in old_rules.grounds.at(D(2024, 7, 1))
    assert old_rules.citation_of(sh.RuleId.ONLINE_QUOTA) == "II.2 ý 3"  # the catalogue's
    assert (
        old_rules.replace(
            version=today.version,
            notes=today.notes,
            interp=today.interp,
            grounds=today.grounds,
            citation_prefix=today.citation_prefix,
            citations=today.citations,
            periods=today.periods,
            succeeded_by=today.succeeded_by,
        )
        == today
    )
    assert old_rules.summer_break == sh.AnnualPeriod()  # R6's default, 1/6 to 31/8
    # A meeting of the release states no online attendance: R9 cannot be told, never passed.
    assert values["meeting"][0].members_online is None
    assert values["verdict"][0].outcome is sh.Outcome.NOT_ALLOWED


def test_a_pickle_without_state_is_refused() -> None:
    with pytest.raises(sh.InvalidValue):
        sh.Meeting.__new__(sh.Meeting).__setstate__((1,))
