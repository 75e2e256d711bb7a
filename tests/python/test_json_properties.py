"""JSON round trips as property tests (Hypothesis), and a fuzz of the readers: every value of a
type survives to_json/from_json, to_dict/from_dict and pickling unchanged; any JSON-shaped input
to from_dict/from_json either gives a value that round-trips or raises sinhhoat.Error, never
another exception."""

from __future__ import annotations

import datetime
import json
import pickle
from typing import Any, TypeVar

from hypothesis import given, settings
from hypothesis import strategies as st

import sinhhoat as sh

SETTINGS = settings(max_examples=150, deadline=None)
T = TypeVar("T")

# Boost's calendar, both ends included.
dates = st.dates(min_value=datetime.date(1400, 1, 1), max_value=datetime.date(9999, 12, 31))
counts = st.integers(min_value=0, max_value=2**31 - 1)
# Text as people type it: Vietnamese, quotes, controls, emoji; never a lone surrogate.
texts = st.text(st.characters(exclude_categories=["Cs"]), max_size=20)


def codes(enum: type[sh.CodeEnum]) -> st.SearchStrategy[frozenset[Any]]:
    return st.frozensets(st.sampled_from(list(enum)))


def valid(strategy: st.SearchStrategy[T]) -> st.SearchStrategy[T]:
    """Draws of `strategy` whose constructor accepted them (random fields can contradict)."""

    def make(thunk: Any) -> Any:
        try:
            return thunk()
        except sh.Error:
            return None

    return strategy.map(make).filter(lambda v: v is not None)


meetings = valid(
    st.builds(
        lambda **kw: lambda: sh.Meeting(**kw),
        date=dates,
        body=st.sampled_from(list(sh.MeetingBody)),
        form=st.sampled_from(list(sh.MeetingForm)),
        ground=st.none() | st.sampled_from(list(sh.Ground)),
        agenda=codes(sh.Topic),
        platform=codes(sh.PlatformItem),
        infrastructure=codes(sh.InfrastructureItem),
        gathering_impossible=st.booleans(),
        registered=st.booleans(),
    )
)

unable = st.builds(
    sh.UnableMembers, grounds=codes(sh.Ground).filter(bool), count=st.integers(0, 30)
)
decisions = valid(
    st.builds(
        lambda **kw: lambda: sh.CircumstanceDecision(**kw),
        ground=st.sampled_from([sh.Ground.NATURAL_DISASTER, sh.Ground.EPIDEMIC]),
        decided_on=dates,
        from_=dates,
        until=st.none() | dates,
        reference=texts,
    )
)
organisations = valid(
    st.builds(
        lambda **kw: lambda: sh.Organisation(**kw),
        name=texts,
        kind=st.sampled_from(list(sh.OrganisationKind)),
        roll=valid(
            st.builds(
                lambda **kw: lambda: sh.MemberRoll(**kw),
                members=st.integers(0, 200),
                exempted=st.integers(0, 5),
                suspended=st.integers(0, 5),
                unable=st.lists(unable, max_size=3),
            )
        ),
        has_party_groups=st.booleans(),
        pilot=st.builds(
            sh.PilotSelection,
            online=st.booleans(),
            by_group=st.booleans(),
            online_selected_on=st.none() | dates,
            by_group_selected_on=st.none() | dates,
        ),
        party_groups=st.none() | st.integers(0, 12),
        decisions=st.lists(decisions, max_size=2),
    )
)
group_meetings = valid(
    st.builds(
        lambda **kw: lambda: sh.GroupMeeting(**kw),
        group=counts,
        date=dates,
        chaired_by_group_leader=st.booleans(),
        agenda=codes(sh.Topic),
        members_present=counts,
        opinions_recorded=st.booleans(),
        report_date=st.none() | dates,
    )
)
rounds = st.builds(
    sh.GroupRound,
    preparation=st.none() | st.builds(sh.GroupPreparation, date=dates, content_set=st.booleans()),
    groups=st.lists(group_meetings, max_size=3),
    consolidation=st.none() | st.builds(sh.GroupConsolidation, date=dates),
)


def ordered(data: Any) -> Any:
    """`data` with each dict as its list of items, so that comparing also compares key order."""
    if isinstance(data, dict):
        return [(k, ordered(v)) for k, v in data.items()]
    if isinstance(data, list):
        return [ordered(v) for v in data]
    return data


def round_trips(value: Any) -> None:
    cls = type(value)
    text = value.to_json()
    # The dict form is the JSON form, keys in the same order (a verdict's and a finding's are
    # built apart from the JSON writer, for speed).
    assert ordered(json.loads(text)) == ordered(value.to_dict())
    assert cls.from_json(text) == value
    assert cls.from_dict(value.to_dict()) == value
    assert pickle.loads(pickle.dumps(value)) == value
    assert cls.from_json(text).to_json() == text


@SETTINGS
@given(meetings)
def test_meetings_round_trip(meeting: sh.Meeting) -> None:
    round_trips(meeting)
    round_trips(sh.PastMeeting.of(meeting))


@SETTINGS
@given(organisations)
def test_organisations_round_trip(organisation: sh.Organisation) -> None:
    round_trips(organisation)


@SETTINGS
@given(rounds)
def test_rounds_round_trip(group_round: sh.GroupRound) -> None:
    round_trips(group_round)


@SETTINGS
@given(st.lists(meetings, max_size=5), organisations, meetings)
def test_histories_and_verdicts_round_trip(
    earlier: list[sh.Meeting], organisation: sh.Organisation, meeting: sh.Meeting
) -> None:
    history = sh.MeetingHistory(earlier)
    round_trips(history)
    for rules in sh.rule_sets.builtin():
        verdict = sh.check(meeting, organisation, history, rules)
        round_trips(verdict)
        for finding in verdict:
            round_trips(finding)


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False)
    | texts
    | st.sampled_from(["2024-09-10", "hybrid", "epidemic", "party_dues", "online.quota"]),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "date",
                    "form",
                    "body",
                    "ground",
                    "agenda",
                    "roll",
                    "members",
                    "unable",
                    "count",
                    "grounds",
                    "groups",
                    "name",
                    "kind",
                    "rule",
                    "status",
                    "reason",
                    "values",
                    "x",
                ]
            ),
            inner,
            max_size=5,
        )
    ),
    max_leaves=12,
)


@SETTINGS
@given(json_values)
def test_readers_refuse_with_a_sinhhoat_error_or_give_a_value_that_round_trips(data: Any) -> None:
    for cls in (
        sh.Meeting,
        sh.Organisation,
        sh.GroupRound,
        sh.MeetingHistory,
        sh.Finding,
        sh.Verdict,
    ):
        if isinstance(data, dict):
            try:
                value = cls.from_dict(data)
            except sh.Error:
                pass
            else:
                round_trips(value)
        try:
            value = cls.from_json(json.dumps(data))
        except sh.Error:
            continue
        round_trips(value)
