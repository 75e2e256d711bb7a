"""sinhhoat: rules-as-code for Vietnam's pilot rules on online party meetings (sinh hoạt đảng
trực tuyến) and meetings by party group (sinh hoạt đảng theo tổ đảng).

A thin Python layer over the C++ library: the rules live in C++ (``sinhhoat._core``), Python adds
``datetime.date`` for dates, real ``enum.Enum`` classes, keyword constructors, reprs, pickling and
``to_dict()``/``from_dict()``. Value types are immutable; ``replace(**changes)`` makes a changed,
validated copy.

**Example**

>>> import datetime
>>> import sinhhoat as sh
>>> cell = sh.Organisation(
...     name="Chi bộ Hạt Kiểm lâm",
...     kind=sh.OrganisationKind.GRASSROOTS_CELL,
...     roll=sh.MemberRoll(
...         members=24,
...         exempted=1,
...         unable=[sh.UnableMembers(grounds={sh.Ground.DISPERSED_WIDE_AREA}, count=13)],
...     ),
...     pilot=sh.PilotSelection(online=True),
... )
>>> meeting = sh.Meeting(
...     date=datetime.date(2024, 9, 10),
...     form=sh.MeetingForm.HYBRID,
...     ground=sh.Ground.DISPERSED_WIDE_AREA,
...     agenda=sh.cell_meeting_steps() | {sh.Topic.ADMISSION},
...     platform=set(sh.PlatformItem),
...     infrastructure=set(sh.InfrastructureItem),
...     members_online=13,
...     minutes=sh.MeetingMinutes(
...         members_present=22,
...         opinions_recorded=True,
...         differing_opinions_recorded=True,
...         reserved_opinions_recorded=True,
...     ),
... )
>>> verdict = sh.check(meeting, cell, sh.MeetingHistory(), sh.rule_sets.cao_bang())
>>> verdict.outcome
Outcome.NOT_ALLOWED
>>> [f.rule.code for f in verdict if f.status is sh.FindingStatus.VIOLATED]
['content.excluded']
"""

from __future__ import annotations

# _enum and _errors first: sinhhoat._core builds its enums on CodeEnum and raises these errors.
from ._enum import CodeEnum
from ._errors import (
    Error,
    InconsistentInput,
    InvalidDate,
    InvalidRuleSet,
    InvalidValue,
    UnknownCode,
)

from . import _core  # isort: skip
from ._core import (  # isort: skip
    AnnualPeriod,
    Caveat,
    Citation,
    CoveragePeriod,
    CircumstanceDecision,
    DatedGroundSet,
    DatedInt,
    DatedTopicSet,
    Finding,
    FindingStatus,
    FullyOnlineBasis,
    Ground,
    GroundKind,
    GroupConsolidation,
    GroupMeeting,
    GroupPreparation,
    GroupRound,
    InfrastructureItem,
    Interpretations,
    Meeting,
    MeetingBody,
    MeetingForm,
    MeetingHistory,
    MeetingMinutes,
    Member,
    MemberCountBasis,
    MemberRoll,
    MemberStatus,
    Organisation,
    OrganisationKind,
    Outcome,
    PastMeeting,
    PilotKind,
    PilotSelection,
    PilotWindow,
    PlatformItem,
    QuotaStatus,
    Reason,
    RoundPeriodBasis,
    RuleId,
    RuleSet,
    RuleSetRef,
    SelectingUnitKind,
    SelectionRule,
    SourceDocument,
    Successor,
    Topic,
    UnableMembers,
    UnitSelection,
    ValueKind,
    Verdict,
    YearBasis,
    cell_meeting_steps,
    committee_meeting_steps,
    check,
    check_round,
    check_selection,
    clause_of,
    excluded_topics_ii32,
    ground_class,
    group_quota_left,
    grounds_of,
    kind_of,
    online_eligibility,
    online_quota_left,
    pilot_reporting,
    report_due,
    seasonal_grounds,
    version,
)
from . import rule_sets  # isort: skip
from . import _display  # isort: skip

_display.install()

__version__: str = _core.__version__

__all__ = [
    "AnnualPeriod",
    "Caveat",
    "CircumstanceDecision",
    "Citation",
    "CodeEnum",
    "CoveragePeriod",
    "DatedGroundSet",
    "DatedInt",
    "DatedTopicSet",
    "Error",
    "Finding",
    "FindingStatus",
    "FullyOnlineBasis",
    "Ground",
    "GroundKind",
    "GroupConsolidation",
    "GroupMeeting",
    "GroupPreparation",
    "GroupRound",
    "InconsistentInput",
    "InfrastructureItem",
    "Interpretations",
    "InvalidDate",
    "InvalidRuleSet",
    "InvalidValue",
    "Meeting",
    "MeetingBody",
    "MeetingForm",
    "MeetingHistory",
    "MeetingMinutes",
    "Member",
    "MemberCountBasis",
    "MemberRoll",
    "MemberStatus",
    "Organisation",
    "OrganisationKind",
    "Outcome",
    "PastMeeting",
    "PilotKind",
    "PilotSelection",
    "PilotWindow",
    "PlatformItem",
    "QuotaStatus",
    "Reason",
    "RoundPeriodBasis",
    "RuleId",
    "RuleSet",
    "RuleSetRef",
    "SelectingUnitKind",
    "SelectionRule",
    "SourceDocument",
    "Successor",
    "Topic",
    "UnableMembers",
    "UnitSelection",
    "UnknownCode",
    "ValueKind",
    "Verdict",
    "YearBasis",
    "__version__",
    "cell_meeting_steps",
    "check",
    "check_round",
    "check_selection",
    "clause_of",
    "committee_meeting_steps",
    "excluded_topics_ii32",
    "ground_class",
    "grounds_of",
    "group_quota_left",
    "kind_of",
    "online_eligibility",
    "online_quota_left",
    "pilot_reporting",
    "report_due",
    "rule_sets",
    "seasonal_grounds",
    "version",
]
