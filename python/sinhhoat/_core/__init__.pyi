"""
Bindings of the sinhhoat C++ library; use the `sinhhoat` package instead.
"""

from __future__ import annotations

import collections.abc
import datetime
import typing

import sinhhoat._enum

from . import rule_sets

__all__: list[str] = [
    "AnnualPeriod",
    "Caveat",
    "CircumstanceDecision",
    "Citation",
    "CoveragePeriod",
    "DatedGroundSet",
    "DatedInt",
    "DatedTopicSet",
    "Finding",
    "FindingStatus",
    "FullyOnlineBasis",
    "Ground",
    "GroundKind",
    "GroupConsolidation",
    "GroupMeeting",
    "GroupPreparation",
    "GroupRound",
    "InfrastructureItem",
    "Interpretations",
    "Meeting",
    "MeetingBody",
    "MeetingForm",
    "MeetingHistory",
    "MeetingKind",
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
    "ValueKind",
    "Verdict",
    "YearBasis",
    "cell_meeting_steps",
    "check",
    "check_reporting",
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
    "thematic_meeting_steps",
    "version",
]

class OrganisationKind(sinhhoat._enum.CodeEnum):
    """
    Kind of party organisation.
    """

    ABOVE_GRASSROOTS = 3
    GRASSROOTS_CELL = 1
    GRASSROOTS_COMMITTEE = 0
    SUBORDINATE_CELL = 2

class MeetingBody(sinhhoat._enum.CodeEnum):
    """
    Who meets.
    """

    COMMITTEE = 1
    PARTY_GROUP_ROUND = 2
    WHOLE_ORGANISATION = 0

class MeetingForm(sinhhoat._enum.CodeEnum):
    """
    How the meeting is held.
    """

    BY_GROUP = 3
    FULLY_ONLINE = 2
    HYBRID = 1
    IN_PERSON = 0

class GroundKind(sinhhoat._enum.CodeEnum):
    """
    The two families of grounds of II.1.1.
    """

    SPECIAL_CIRCUMSTANCE = 1
    SPECIAL_NATURE = 0

class Ground(sinhhoat._enum.CodeEnum):
    """
    Why members cannot meet in person (online.scope.ground).
    """

    ABROAD = 1
    CANNOT_LEAVE_POST = 4
    DISPERSED_WIDE_AREA = 0
    EPIDEMIC = 8
    NATURAL_DISASTER = 6
    NOT_REGULARLY_SAME_PLACE = 2
    PROLONGED_ISOLATION = 7
    SEAFARER_OFFSHORE_ISLAND = 5
    STUDENT_SUMMER_BREAK = 9
    TEACHER_SUMMER_BREAK = 3

class Topic(sinhhoat._enum.CodeEnum):
    """
    Agenda items: the ordinary steps, then the topics of II.3.2 that may not be dealt with online or by tổ đảng.
    """

    ADMISSION = 9
    CURRENT_AFFAIRS = 3
    DISCIPLINE = 14
    DISCUSSION_VOTE = 5
    DRAFT_DOCUMENTS = 4
    EMULATION_COMMENDATION = 15
    INSPECTION_SUPERVISION = 13
    INTERNAL_POLITICAL_PROTECTION = 17
    MAJOR_POLICY_DECISION = 22
    OFFICIAL_MEMBERSHIP = 10
    ORGANISATION_AND_PERSONNEL = 8
    PARTY_DUES = 0
    PROGRAMME = 1
    QUALITY_GRADING = 21
    REMOVAL_FROM_ROLLS = 11
    RESIGNATION = 12
    SCREENING_UNQUALIFIED = 16
    SECRET_BALLOT = 19
    SELF_CRITICISM_REVIEW = 20
    STATE_PARTY_SECRETS = 18
    SUPERIOR_DOCUMENTS = 2
    TASK_ASSIGNMENT = 7
    THEMATIC = 6

class InfrastructureItem(sinhhoat._enum.CodeEnum):
    """
    What the members joining online have (II.2 ý 1).
    """

    MEMBER_DEVICES = 1
    ORGANISATION_DEVICES = 0
    STABLE_CONNECTION = 2

class PlatformItem(sinhhoat._enum.CodeEnum):
    """
    What the meeting software's provider must be (II.2 ý 1).
    """

    CYBERSECURITY_COMPLIANT = 2
    HEADQUARTERED_IN_VIETNAM = 0
    UNDER_VIETNAMESE_LAW = 1

class MemberStatus(sinhhoat._enum.CodeEnum):
    """
    A member's standing on the roll.
    """

    ACTIVE = 0
    EXEMPTED = 1
    SUSPENDED = 2

class MeetingKind(sinhhoat._enum.CodeEnum):
    """
    R41: a regular (thường kỳ) or thematic (chuyên đề) meeting.
    """

    REGULAR = 0
    THEMATIC = 1

class SelectingUnitKind(sinhhoat._enum.CodeEnum):
    """
    Who draws up a pilot list (III.1).
    """

    COMMUNE_COMMITTEE = 2
    DISTRICT_COMMITTEE = 0
    PROVINCIAL_DIRECT = 1
    SPECIAL_ZONE_COMMITTEE = 4
    WARD_COMMITTEE = 3

class YearBasis(sinhhoat._enum.CodeEnum):
    """
    interp.year: what 'a year' means for quotas.
    """

    CALENDAR_YEAR = 0
    ROLLING_YEAR = 1

class FullyOnlineBasis(sinhhoat._enum.CodeEnum):
    """
    interp.fully_online: when members cannot be gathered at all.
    """

    ALL_MEMBERS_UNABLE = 1
    BY_GROUND_KIND = 2
    GATHERING_IMPOSSIBLE_OR_NONE_IN_PERSON = 0

class MemberCountBasis(sinhhoat._enum.CodeEnum):
    """
    interp.group_member_count: whom the 50 members count.
    """

    ALL_ON_ROLL = 0
    EXCLUDING_EXEMPT_SUSPENDED = 1

class RoundPeriodBasis(sinhhoat._enum.CodeEnum):
    """
    interp.round_period: what one round of tổ meetings may span.
    """

    DAYS = 1
    MONTH = 0

class PilotKind(sinhhoat._enum.CodeEnum):
    """
    The two pilots: online meetings, meetings by tổ đảng.
    """

    BY_GROUP = 1
    ONLINE = 0

class ValueKind(sinhhoat._enum.CodeEnum):
    """
    What a finding's value is (date, count, code, ...).
    """

    COUNT = 0
    DATE = 2
    FLAG = 1
    GROUND = 4
    INFRASTRUCTURE = 7
    MEETING_FORM = 5
    ORGANISATION_KIND = 3
    PILOT = 9
    PLATFORM = 8
    TOPICS = 6

class RuleId(sinhhoat._enum.CodeEnum):
    """
    The catalogue's rule IDs; .code is the ID ('online.quota').
    """

    CONTENT_EXCLUDED = 16
    GROUP_CONDUCT = 13
    GROUP_CONSOLIDATION = 15
    GROUP_PREPARATION = 12
    GROUP_QUOTA = 11
    GROUP_REPORT_DEADLINE = 14
    GROUP_SCOPE = 10
    ONLINE_AUTHORISATION = 3
    ONLINE_FORM = 6
    ONLINE_INFRASTRUCTURE = 4
    ONLINE_PLATFORM = 5
    ONLINE_PROCEDURE = 9
    ONLINE_QUOTA = 7
    ONLINE_RETURN_IN_PERSON = 8
    ONLINE_SCOPE_GROUND = 2
    ONLINE_SCOPE_MAJORITY = 1
    ONLINE_SCOPE_ORG_KIND = 0
    PILOT_REGISTRATION = 19
    PILOT_REPORTING = 20
    PILOT_SELECTION = 18
    PILOT_WINDOW = 17

class FindingStatus(sinhhoat._enum.CodeEnum):
    """
    What a finding says of its rule.
    """

    NOT_APPLICABLE = 2
    NOT_COVERED = 3
    NOT_EVALUATED = 4
    PASSED = 0
    VIOLATED = 1

class Outcome(sinhhoat._enum.CodeEnum):
    """
    The overall answer of a check.
    """

    ALLOWED = 0
    INCOMPLETE = 3
    INVALID_INPUT = 4
    NOT_ALLOWED = 1
    NOT_COVERED = 2

class Reason(sinhhoat._enum.CodeEnum):
    """
    Why a finding has its status; the labels are the message templates.
    """

    CONDUCT_CHAIR_NOT_GROUP_LEADER = 43
    CONDUCT_CHAIR_NOT_STATED = 111
    CONDUCT_IN_ORDER = 41
    CONDUCT_MINUTES_INCOMPLETE = 44
    CONDUCT_STEPS_MISSING = 42
    CONSOLIDATION_BEFORE_GROUP_MEETING = 51
    CONSOLIDATION_BEFORE_REPORT = 78
    CONSOLIDATION_HELD = 49
    CONSOLIDATION_INCOMPLETE = 52
    CONSOLIDATION_MISSING = 50
    CONSOLIDATION_NOT_STATED = 114
    CONSOLIDATION_TIMING_NOT_STATED = 127
    CONSOLIDATION_TOO_LATE = 126
    CONTENT_ALLOWED = 54
    CONTENT_EXCLUDED_TOPICS = 55
    DECISION_BEFORE_GUIDANCE = 120
    DECISION_IN_FORCE = 11
    DECISION_IN_FORCE_OPEN = 123
    DECISION_IN_FORCE_UNTIL = 122
    DECISION_MISSING = 12
    DECISION_UNREFERENCED = 121
    FORM_DECISION_NOT_EVIDENCE = 137
    FORM_FULLY_ONLINE_DECIDED = 116
    FORM_FULLY_ONLINE_JUSTIFIED = 19
    FORM_FULLY_ONLINE_NOT_JUSTIFIED = 20
    FORM_GATHERING_NOT_STATED = 117
    FORM_HYBRID = 18
    FORM_HYBRID_WITHIN = 84
    FORM_IN_PERSON = 17
    FORM_ONLINE_ATTENDANCE_UNKNOWN = 82
    FORM_ONLINE_EXCEEDS_UNABLE = 83
    GROUND_LISTED = 4
    GROUND_MISSING = 5
    GROUND_NOT_LISTED = 6
    GROUND_OUT_OF_SEASON = 81
    GROUP_LISTED_BEFORE_GUIDANCE = 119
    GROUP_MEETING_ONLINE = 92
    GROUP_NOT_A_CELL = 32
    GROUP_NOT_SELECTED = 35
    GROUP_NO_PARTY_GROUPS = 34
    GROUP_SCOPE_MET = 31
    GROUP_SCOPE_MET_UNLISTED = 75
    GROUP_SELECTED_AFTER_MEETING = 36
    GROUP_SELECTED_BEFORE_PERIOD = 105
    GROUP_SELECTED_UNDATED = 77
    GROUP_TOO_FEW_GROUPS = 128
    GROUP_TOO_FEW_MEMBERS = 33
    INFRASTRUCTURE_MISSING = 14
    INFRASTRUCTURE_NOT_STATED = 108
    INFRASTRUCTURE_READY = 13
    MAJORITY_DECISION_NOT_EVIDENCE = 136
    MAJORITY_MET = 2
    MAJORITY_NOT_MET = 3
    NOT_GROUP_MEETING = 72
    NOT_ONLINE_MEETING = 71
    NO_GROUP_MEETINGS = 45
    ORG_KIND_IN_SCOPE = 0
    ORG_KIND_OUT_OF_SCOPE = 1
    PARAMETER_NOT_IN_FORCE = 73
    PILOT_COVERED = 76
    PILOT_LISTED = 7
    PILOT_LISTED_AFTER_MEETING = 10
    PILOT_LISTED_BEFORE_GUIDANCE = 118
    PILOT_LISTED_BEFORE_PERIOD = 104
    PILOT_LISTED_THROUGH_PARENT = 96
    PILOT_LISTED_UNDATED = 8
    PILOT_LIST_NOT_REQUIRED = 80
    PILOT_NOT_COVERED = 74
    PILOT_NOT_LISTED = 9
    PLATFORM_COMPLIANT = 15
    PLATFORM_NOT_COMPLIANT = 16
    PLATFORM_NOT_STATED = 107
    PREPARATION_AFTER_GROUP_MEETING = 39
    PREPARATION_ASSIGNMENT_NOT_STATED = 112
    PREPARATION_HELD = 37
    PREPARATION_INCOMPLETE = 40
    PREPARATION_MISSING = 38
    PREPARATION_NOT_STATED = 113
    PREPARATION_TOO_EARLY = 125
    PROCEDURE_COMPLETE = 29
    PROCEDURE_MINUTES_INCOMPLETE = 95
    PROCEDURE_MINUTES_MISSING = 94
    PROCEDURE_MINUTES_NOT_STATED = 98
    PROCEDURE_STEPS_MISSING = 30
    QUOTA_COMMITTEE_NOT_COUNTED = 25
    QUOTA_EXCEEDED = 22
    QUOTA_EXEMPTION_NOT_SHOWN = 135
    QUOTA_HYBRID_NOT_COUNTED = 24
    QUOTA_NOT_SPECIAL_NATURE = 26
    QUOTA_OUTSIDE_SPECIAL_CIRCUMSTANCE = 23
    QUOTA_WITHIN = 21
    REGISTRATION_DONE = 64
    REGISTRATION_GENERAL_MEETING_NOT_LISTED = 124
    REGISTRATION_GROUP_MISSING = 93
    REGISTRATION_GROUP_NOT_STATED = 110
    REGISTRATION_MISSING = 65
    REGISTRATION_NOT_REQUIRED = 66
    REGISTRATION_NOT_STATED = 109
    REPORTING_BEFORE_END = 79
    REPORTING_DONE = 68
    REPORTING_DUE_LATER = 131
    REPORTING_DUTY_NOT_STATED = 129
    REPORTING_NOT_DUE = 67
    REPORTING_NOT_REQUIRED = 70
    REPORTING_NO_DEADLINE = 130
    REPORTING_OUTSTANDING = 69
    REPORTING_OVERDUE = 132
    REPORTING_PILOT_ONGOING = 103
    REPORTS_ON_TIME = 46
    REPORT_LATE = 47
    REPORT_MISSING = 48
    REPORT_NOT_STATED = 115
    RETURN_CIRCUMSTANCE_OPEN = 86
    RETURN_CIRCUMSTANCE_STATED = 85
    RETURN_CIRCUMSTANCE_UNKNOWN = 87
    RETURN_IN_PERSON_REQUIRED = 28
    RETURN_NOT_REQUIRED = 27
    ROUND_GROUPS_MISSING = 91
    ROUND_GROUPS_UNKNOWN = 90
    ROUND_NOT_GIVEN = 53
    ROUND_SPANS_MONTHS = 88
    ROUND_TOO_LONG = 89
    SELECTION_AFTER_REORGANISATION = 106
    SELECTION_CHOICE_NOT_SHOWN = 134
    SELECTION_LATE = 61
    SELECTION_MET = 58
    SELECTION_NONE_ELIGIBLE = 97
    SELECTION_NOT_REQUIRED = 63
    SELECTION_NOT_SENT = 62
    SELECTION_NOT_YET_DUE = 133
    SELECTION_TOO_FEW_GROUP = 60
    SELECTION_TOO_FEW_ONLINE = 59
    WINDOW_BEFORE = 100
    WINDOW_GAP = 101
    WINDOW_INSIDE = 56
    WINDOW_INSIDE_OPEN = 99
    WINDOW_OUTSIDE = 57
    WINDOW_SUCCEEDED = 102

class UnableMembers:
    """
    `count` active members who cannot attend in person, each for every ground in `grounds`.
    """
    @staticmethod
    def from_dict(data: dict[str, typing.Any]) -> UnableMembers:
        """
        The inverse of to_dict(); raises sinhhoat.Error naming the field for bad data.
        """
    @staticmethod
    def from_json(text: str) -> UnableMembers:
        """
        The value of JSON text; raises sinhhoat.Error naming the JSON Pointer of bad data.
        """
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __getstate__(self) -> tuple[int, typing.Any]: ...
    def __hash__(self) -> int: ...
    def __init__(
        self, *, grounds: collections.abc.Iterable[Ground] = ..., count: int = 0
    ) -> None: ...
    def __ne__(self, other: typing.Any) -> typing.Any: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None: ...
    def replace(self, **kwargs: typing.Any) -> UnableMembers:
        """
        A copy with the given fields changed (validated like the constructor).
        """
    def to_dict(self) -> dict[str, typing.Any]:
        """
        A dict of plain data: dates as ISO strings, enums as codes, sets as lists of codes (the JSON form).
        """
    def to_json(self, *, indent: typing.SupportsInt | typing.SupportsIndex | None = None) -> str:
        """
        JSON text (UTF-8, compact unless `indent` is given).
        """
    @property
    def count(self) -> int:
        """
        How many members.
        """
    @property
    def grounds(self) -> frozenset[Ground]:
        """
        The grounds each of these members has.
        """

class Member:
    """
    One member, for rolls kept member by member.
    """
    @staticmethod
    def from_dict(data: dict[str, typing.Any]) -> Member:
        """
        The inverse of to_dict(); raises sinhhoat.Error naming the field for bad data.
        """
    @staticmethod
    def from_json(text: str) -> Member:
        """
        The value of JSON text; raises sinhhoat.Error naming the JSON Pointer of bad data.
        """
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __getstate__(self) -> tuple[int, typing.Any]: ...
    def __hash__(self) -> int: ...
    def __init__(
        self, *, status: MemberStatus = ..., unable_grounds: collections.abc.Iterable[Ground] = ...
    ) -> None: ...
    def __ne__(self, other: typing.Any) -> typing.Any: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None: ...
    def replace(self, **kwargs: typing.Any) -> Member:
        """
        A copy with the given fields changed (validated like the constructor).
        """
    def to_dict(self) -> dict[str, typing.Any]:
        """
        A dict of plain data: dates as ISO strings, enums as codes, sets as lists of codes (the JSON form).
        """
    def to_json(self, *, indent: typing.SupportsInt | typing.SupportsIndex | None = None) -> str:
        """
        JSON text (UTF-8, compact unless `indent` is given).
        """
    @property
    def status(self) -> MemberStatus:
        """
        Standing on the roll.
        """
    @property
    def unable_grounds(self) -> frozenset[Ground]:
        """
        Why the member cannot attend in person; empty: can attend.
        """

class MemberRoll:
    """
    The member roll as counts.
    """
    @staticmethod
    def from_dict(data: dict[str, typing.Any]) -> MemberRoll:
        """
        The inverse of to_dict(); raises sinhhoat.Error naming the field for bad data.
        """
    @staticmethod
    def from_json(text: str) -> MemberRoll:
        """
        The value of JSON text; raises sinhhoat.Error naming the JSON Pointer of bad data.
        """
    @staticmethod
    def from_members(members: collections.abc.Sequence[Member]) -> MemberRoll:
        """
        Counts a roll kept member by member.
        """
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __getstate__(self) -> tuple[int, typing.Any]: ...
    def __hash__(self) -> int: ...
    def __init__(
        self,
        *,
        members: int = 0,
        exempted: int = 0,
        suspended: int = 0,
        unable: collections.abc.Sequence[UnableMembers] = (),
    ) -> None: ...
    def __ne__(self, other: typing.Any) -> typing.Any: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None: ...
    def replace(self, **kwargs: typing.Any) -> MemberRoll:
        """
        A copy with the given fields changed (validated like the constructor).
        """
    def to_dict(self) -> dict[str, typing.Any]:
        """
        A dict of plain data: dates as ISO strings, enums as codes, sets as lists of codes (the JSON form).
        """
    def to_json(self, *, indent: typing.SupportsInt | typing.SupportsIndex | None = None) -> str:
        """
        JSON text (UTF-8, compact unless `indent` is given).
        """
    def unable_for(self, accepted: collections.abc.Iterable[Ground]) -> int:
        """
        Distinct members unable to attend for at least one ground in `accepted`.
        """
    @property
    def base(self) -> int:
        """
        The II.1.1 base: members less exempted and suspended ones.
        """
    @property
    def exempted(self) -> int:
        """
        Miễn công tác và sinh hoạt đảng.
        """
    @property
    def members(self) -> int:
        """
        Everyone on the roll, exempted and suspended members included.
        """
    @property
    def suspended(self) -> int:
        """
        Bị đình chỉ sinh hoạt đảng.
        """
    @property
    def unable(self) -> tuple[UnableMembers, ...]:
        """
        Members unable to attend in person, grouped by their set of grounds.
        """

class PilotSelection:
    """
    The superior committee's choice of this organisation for the pilots (III.1).
    """
    @staticmethod
    def from_dict(data: dict[str, typing.Any]) -> PilotSelection:
        """
        The inverse of to_dict(); raises sinhhoat.Error naming the field for bad data.
        """
    @staticmethod
    def from_json(text: str) -> PilotSelection:
        """
        The value of JSON text; raises sinhhoat.Error naming the JSON Pointer of bad data.
        """
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __getstate__(self) -> tuple[int, typing.Any]: ...
    def __hash__(self) -> int: ...
    def __init__(
        self,
        *,
        online: bool = False,
        by_group: bool = False,
        online_selected_on: datetime.date | None = None,
        by_group_selected_on: datetime.date | None = None,
        selected_on: datetime.date | None = None,
    ) -> None: ...
    def __ne__(self, other: typing.Any) -> typing.Any: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None: ...
    def replace(self, **kwargs: typing.Any) -> PilotSelection:
        """
        A copy with the given fields changed (validated like the constructor).
        """
    def to_dict(self) -> dict[str, typing.Any]:
        """
        A dict of plain data: dates as ISO strings, enums as codes, sets as lists of codes (the JSON form).
        """
    def to_json(self, *, indent: typing.SupportsInt | typing.SupportsIndex | None = None) -> str:
        """
        JSON text (UTF-8, compact unless `indent` is given).
        """
    @property
    def by_group(self) -> bool:
        """
        Chosen for the tổ đảng pilot.
        """
    @property
    def by_group_selected_on(self) -> datetime.date | None:
        """
        When chosen for the tổ đảng pilot; None: not known (R1, R2).
        """
    @property
    def online(self) -> bool:
        """
        Chosen for the online-meeting pilot.
        """
    @property
    def online_selected_on(self) -> datetime.date | None:
        """
        When chosen for the online pilot; None: not known, and the rules that need it are not evaluated (R1, R2).
        """
    @property
    def selected_on(self) -> datetime.date | None:
        """
        Deprecated (0.1): one date for both; it dates a pilot only when the organisation was chosen for that one alone (R2).
        """

class CircumstanceDecision:
    """
    A decision of the directly superior committee allowing online meetings on a special-circumstance ground.
    """
    @staticmethod
    def from_dict(data: dict[str, typing.Any]) -> CircumstanceDecision:
        """
        The inverse of to_dict(); raises sinhhoat.Error naming the field for bad data.
        """
    @staticmethod
    def from_json(text: str) -> CircumstanceDecision:
        """
        The value of JSON text; raises sinhhoat.Error naming the JSON Pointer of bad data.
        """
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __getstate__(self) -> tuple[int, typing.Any]: ...
    def __hash__(self) -> int: ...
    def __init__(
        self,
        *,
        ground: Ground,
        decided_on: datetime.date,
        from_: datetime.date,
        until: datetime.date | None = None,
        reference: str = "",
        gathering_impossible: bool | None = None,
    ) -> None: ...
    def __ne__(self, other: typing.Any) -> typing.Any: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None: ...
    def covers(self, day: datetime.date) -> bool:
        """
        Whether the decision is in force on `day`.
        """
    def replace(self, **kwargs: typing.Any) -> CircumstanceDecision:
        """
        A copy with the given fields changed (validated like the constructor).
        """
    def to_dict(self) -> dict[str, typing.Any]:
        """
        A dict of plain data: dates as ISO strings, enums as codes, sets as lists of codes (the JSON form).
        """
    def to_json(self, *, indent: typing.SupportsInt | typing.SupportsIndex | None = None) -> str:
        """
        JSON text (UTF-8, compact unless `indent` is given).
        """
    @property
    def decided_on(self) -> datetime.date:
        """
        The decision's date.
        """
    @property
    def from_(self) -> datetime.date:
        """
        First day of the circumstance.
        """
    @property
    def gathering_impossible(self) -> bool | None:
        """
        The decision finds that members cannot be gathered at one place (R42: what justifies a fully online meeting on its ground); None: it does not say.
        """
    @property
    def ground(self) -> Ground:
        """
        A special-circumstance ground.
        """
    @property
    def reference(self) -> str:
        """
        The decision's number, e.g. '123-QĐ/HU'.
        """
    @property
    def until(self) -> datetime.date | None:
        """
        Last day of the circumstance; None while it lasts.
        """

class Organisation:
    """
    A đảng bộ cơ sở or chi bộ.
    """
    @staticmethod
    def from_dict(data: dict[str, typing.Any]) -> Organisation:
        """
        The inverse of to_dict(); raises sinhhoat.Error naming the field for bad data.
        """
    @staticmethod
    def from_json(text: str) -> Organisation:
        """
        The value of JSON text; raises sinhhoat.Error naming the JSON Pointer of bad data.
        """
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __getstate__(self) -> tuple[int, typing.Any]: ...
    def __hash__(self) -> int: ...
    def __init__(
        self,
        *,
        name: str = "",
        kind: OrganisationKind = ...,
        roll: MemberRoll = ...,
        has_party_groups: bool = False,
        party_groups: int | None = None,
        pilot: PilotSelection = ...,
        parent_pilot: PilotSelection | None = None,
        decisions: collections.abc.Sequence[CircumstanceDecision] = (),
        committee_size: int | None = None,
    ) -> None: ...
    def __ne__(self, other: typing.Any) -> typing.Any: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None: ...
    def replace(self, **kwargs: typing.Any) -> Organisation:
        """
        A copy with the given fields changed (validated like the constructor).
        """
    def to_dict(self) -> dict[str, typing.Any]:
        """
        A dict of plain data: dates as ISO strings, enums as codes, sets as lists of codes (the JSON form).
        """
    def to_json(self, *, indent: typing.SupportsInt | typing.SupportsIndex | None = None) -> str:
        """
        JSON text (UTF-8, compact unless `indent` is given).
        """
    @property
    def committee_size(self) -> int | None:
        """
        Members of its cấp uỷ; None: not stated (R35).
        """
    @property
    def decisions(self) -> tuple[CircumstanceDecision, ...]:
        """
        The superior committee's special-circumstance decisions.
        """
    @property
    def has_party_groups(self) -> bool:
        """
        Has established tổ đảng.
        """
    @property
    def kind(self) -> OrganisationKind:
        """
        Đảng bộ cơ sở, chi bộ, ...
        """
    @property
    def name(self) -> str:
        """
        The organisation's name.
        """
    @property
    def parent_pilot(self) -> PilotSelection | None:
        """
        For a chi bộ trực thuộc: its đảng bộ cơ sở's pilot selection (R3).
        """
    @property
    def party_groups(self) -> int | None:
        """
        How many tổ đảng; None: not stated (R18).
        """
    @property
    def pilot(self) -> PilotSelection:
        """
        The superior committee's pilot selection.
        """
    @property
    def roll(self) -> MemberRoll:
        """
        The member roll as counts.
        """

class MeetingMinutes:
    """
    What the minutes of a meeting record.
    """
    @staticmethod
    def from_dict(data: dict[str, typing.Any]) -> MeetingMinutes:
        """
        The inverse of to_dict(); raises sinhhoat.Error naming the field for bad data.
        """
    @staticmethod
    def from_json(text: str) -> MeetingMinutes:
        """
        The value of JSON text; raises sinhhoat.Error naming the JSON Pointer of bad data.
        """
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __getstate__(self) -> tuple[int, typing.Any]: ...
    def __hash__(self) -> int: ...
    def __init__(
        self,
        *,
        members_present: int = 0,
        opinions_recorded: bool = False,
        differing_opinions_recorded: bool = False,
        reserved_opinions_recorded: bool = False,
    ) -> None: ...
    def __ne__(self, other: typing.Any) -> typing.Any: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None: ...
    def replace(self, **kwargs: typing.Any) -> MeetingMinutes:
        """
        A copy with the given fields changed (validated like the constructor).
        """
    def to_dict(self) -> dict[str, typing.Any]:
        """
        A dict of plain data: dates as ISO strings, enums as codes, sets as lists of codes (the JSON form).
        """
    def to_json(self, *, indent: typing.SupportsInt | typing.SupportsIndex | None = None) -> str:
        """
        JSON text (UTF-8, compact unless `indent` is given).
        """
    @property
    def differing_opinions_recorded(self) -> bool:
        """
        Differing or not-yet-agreed opinions.
        """
    @property
    def members_present(self) -> int:
        """
        Members present (0: not recorded).
        """
    @property
    def opinions_recorded(self) -> bool:
        """
        The opinions given.
        """
    @property
    def reserved_opinions_recorded(self) -> bool:
        """
        Opinions reserved.
        """

class Meeting:
    """
    One meeting of an organisation. For a tổ đảng round, `date` is its first tổ meeting and the round's details are a group round.
    """
    @staticmethod
    def from_dict(data: dict[str, typing.Any]) -> Meeting:
        """
        The inverse of to_dict(); raises sinhhoat.Error naming the field for bad data.
        """
    @staticmethod
    def from_json(text: str) -> Meeting:
        """
        The value of JSON text; raises sinhhoat.Error naming the JSON Pointer of bad data.
        """
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __getstate__(self) -> tuple[int, typing.Any]: ...
    def __hash__(self) -> int: ...
    def __init__(
        self,
        *,
        date: datetime.date,
        body: MeetingBody = ...,
        form: MeetingForm = ...,
        ground: Ground | None = None,
        agenda: collections.abc.Iterable[Topic] = ...,
        platform: collections.abc.Iterable[PlatformItem] | None = None,
        infrastructure: collections.abc.Iterable[InfrastructureItem] | None = None,
        gathering_impossible: bool = False,
        registered: bool | None = None,
        members_online: int | None = None,
        circumstance_ongoing: bool = False,
        minutes: MeetingMinutes | None = None,
        kind: MeetingKind = ...,
    ) -> None: ...
    def __ne__(self, other: typing.Any) -> typing.Any: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None: ...
    def replace(self, **kwargs: typing.Any) -> Meeting:
        """
        A copy with the given fields changed (validated like the constructor).
        """
    def to_dict(self) -> dict[str, typing.Any]:
        """
        A dict of plain data: dates as ISO strings, enums as codes, sets as lists of codes (the JSON form).
        """
    def to_json(self, *, indent: typing.SupportsInt | typing.SupportsIndex | None = None) -> str:
        """
        JSON text (UTF-8, compact unless `indent` is given).
        """
    @property
    def agenda(self) -> frozenset[Topic]:
        """
        The agenda items.
        """
    @property
    def body(self) -> MeetingBody:
        """
        Who meets.
        """
    @property
    def circumstance_ongoing(self) -> bool:
        """
        The meeting states that its special circumstance is still going on that day (R14).
        """
    @property
    def date(self) -> datetime.date:
        """
        The meeting's date; for a tổ đảng round, its first tổ meeting.
        """
    @property
    def form(self) -> MeetingForm:
        """
        How the meeting is held.
        """
    @property
    def gathering_impossible(self) -> bool:
        """
        Members cannot be gathered at one place at all.
        """
    @property
    def ground(self) -> Ground | None:
        """
        The ground an online meeting is held on.
        """
    @property
    def infrastructure(self) -> frozenset[InfrastructureItem] | None:
        """
        What is in place for the online members; None: not stated (R38).
        """
    @property
    def is_online(self) -> bool:
        """
        Hybrid or fully online.
        """
    @property
    def kind(self) -> MeetingKind:
        """
        Regular (thường kỳ) or thematic (chuyên đề): which steps it holds (R41).
        """
    @property
    def members_online(self) -> int | None:
        """
        Members who joined online; None: not stated (R9).
        """
    @property
    def minutes(self) -> MeetingMinutes | None:
        """
        An online meeting's minutes; None: none recorded (R16).
        """
    @property
    def platform(self) -> frozenset[PlatformItem] | None:
        """
        What the meeting software's provider satisfies; None: not stated (R38), not the empty set.
        """
    @property
    def registered(self) -> bool | None:
        """
        Schedule registered with the superior committee; None: not stated (R38).
        """

class GroupPreparation:
    """
    The chi uỷ's meeting with the tổ trưởng before the tổ meetings (group.preparation).
    """
    @staticmethod
    def from_dict(data: dict[str, typing.Any]) -> GroupPreparation:
        """
        The inverse of to_dict(); raises sinhhoat.Error naming the field for bad data.
        """
    @staticmethod
    def from_json(text: str) -> GroupPreparation:
        """
        The value of JSON text; raises sinhhoat.Error naming the JSON Pointer of bad data.
        """
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __getstate__(self) -> tuple[int, typing.Any]: ...
    def __hash__(self) -> int: ...
    def __init__(
        self,
        *,
        date: datetime.date,
        group_leaders_attended: bool = False,
        content_set: bool = False,
    ) -> None: ...
    def __ne__(self, other: typing.Any) -> typing.Any: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None: ...
    def replace(self, **kwargs: typing.Any) -> GroupPreparation:
        """
        A copy with the given fields changed (validated like the constructor).
        """
    def to_dict(self) -> dict[str, typing.Any]:
        """
        A dict of plain data: dates as ISO strings, enums as codes, sets as lists of codes (the JSON form).
        """
    def to_json(self, *, indent: typing.SupportsInt | typing.SupportsIndex | None = None) -> str:
        """
        JSON text (UTF-8, compact unless `indent` is given).
        """
    @property
    def content_set(self) -> bool:
        """
        The content of the tổ meetings was set.
        """
    @property
    def date(self) -> datetime.date:
        """
        The preparation meeting's date.
        """
    @property
    def group_leaders_attended(self) -> bool:
        """
        The tổ trưởng who are not chi uỷ members took part.
        """

class GroupMeeting:
    """
    One tổ meeting of a round.
    """
    @staticmethod
    def from_dict(data: dict[str, typing.Any]) -> GroupMeeting:
        """
        The inverse of to_dict(); raises sinhhoat.Error naming the field for bad data.
        """
    @staticmethod
    def from_json(text: str) -> GroupMeeting:
        """
        The value of JSON text; raises sinhhoat.Error naming the JSON Pointer of bad data.
        """
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __getstate__(self) -> tuple[int, typing.Any]: ...
    def __hash__(self) -> int: ...
    def __init__(
        self,
        *,
        group: int = 0,
        date: datetime.date,
        chaired_by_group_leader: bool | None = None,
        committee_member_assigned: bool | None = None,
        agenda: collections.abc.Iterable[Topic] = ...,
        members_present: int = 0,
        opinions_recorded: bool = False,
        differing_opinions_recorded: bool = False,
        reserved_opinions_recorded: bool = False,
        report_date: datetime.date | None = None,
        reported: bool | None = None,
        form: MeetingForm = ...,
        registered: bool | None = None,
    ) -> None: ...
    def __ne__(self, other: typing.Any) -> typing.Any: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None: ...
    def replace(self, **kwargs: typing.Any) -> GroupMeeting:
        """
        A copy with the given fields changed (validated like the constructor).
        """
    def to_dict(self) -> dict[str, typing.Any]:
        """
        A dict of plain data: dates as ISO strings, enums as codes, sets as lists of codes (the JSON form).
        """
    def to_json(self, *, indent: typing.SupportsInt | typing.SupportsIndex | None = None) -> str:
        """
        JSON text (UTF-8, compact unless `indent` is given).
        """
    @property
    def agenda(self) -> frozenset[Topic]:
        """
        The agenda items.
        """
    @property
    def chaired_by_group_leader(self) -> bool | None:
        """
        The tổ trưởng chaired; None: not stated (R38).
        """
    @property
    def committee_member_assigned(self) -> bool | None:
        """
        A chi uỷ member was assigned at the preparation; None: not stated (R38).
        """
    @property
    def date(self) -> datetime.date:
        """
        The tổ meeting's date.
        """
    @property
    def differing_opinions_recorded(self) -> bool:
        """
        Minutes: differing or not-yet-agreed opinions.
        """
    @property
    def form(self) -> MeetingForm:
        """
        How the tổ meeting was held: in person, or online (hybrid, fully online; R19).
        """
    @property
    def group(self) -> int:
        """
        The tổ's number within the cell.
        """
    @property
    def members_present(self) -> int:
        """
        Minutes: members present (0: not recorded).
        """
    @property
    def opinions_recorded(self) -> bool:
        """
        Minutes: the opinions given.
        """
    @property
    def registered(self) -> bool | None:
        """
        Registered with the superior committee, where the rule set asks (R21); None: not stated (R38).
        """
    @property
    def report_date(self) -> datetime.date | None:
        """
        The tổ trưởng's report to the chi uỷ; None: not sent, or not stated (see reported).
        """
    @property
    def reported(self) -> bool | None:
        """
        False: the record states no report was sent. With no report_date, None (not stated) or true (a day not given) leave the deadline not evaluated (R38).
        """
    @property
    def reserved_opinions_recorded(self) -> bool:
        """
        Minutes: opinions reserved.
        """

class GroupConsolidation:
    """
    The chi uỷ's meeting with the tổ trưởng after the round (group.consolidation).
    """
    @staticmethod
    def from_dict(data: dict[str, typing.Any]) -> GroupConsolidation:
        """
        The inverse of to_dict(); raises sinhhoat.Error naming the field for bad data.
        """
    @staticmethod
    def from_json(text: str) -> GroupConsolidation:
        """
        The value of JSON text; raises sinhhoat.Error naming the JSON Pointer of bad data.
        """
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __getstate__(self) -> tuple[int, typing.Any]: ...
    def __hash__(self) -> int: ...
    def __init__(
        self,
        *,
        date: datetime.date,
        group_leaders_attended: bool = False,
        resolution_passed: bool = False,
        tasks_assigned: bool = False,
    ) -> None: ...
    def __ne__(self, other: typing.Any) -> typing.Any: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None: ...
    def replace(self, **kwargs: typing.Any) -> GroupConsolidation:
        """
        A copy with the given fields changed (validated like the constructor).
        """
    def to_dict(self) -> dict[str, typing.Any]:
        """
        A dict of plain data: dates as ISO strings, enums as codes, sets as lists of codes (the JSON form).
        """
    def to_json(self, *, indent: typing.SupportsInt | typing.SupportsIndex | None = None) -> str:
        """
        JSON text (UTF-8, compact unless `indent` is given).
        """
    @property
    def date(self) -> datetime.date:
        """
        The consolidation meeting's date.
        """
    @property
    def group_leaders_attended(self) -> bool:
        """
        The tổ trưởng took part.
        """
    @property
    def resolution_passed(self) -> bool:
        """
        The chi bộ resolution was passed.
        """
    @property
    def tasks_assigned(self) -> bool:
        """
        Tasks were assigned.
        """

class GroupRound:
    """
    A round of sinh hoạt theo tổ đảng: preparation, the tổ meetings, consolidation.
    """
    @staticmethod
    def from_dict(data: dict[str, typing.Any]) -> GroupRound:
        """
        The inverse of to_dict(); raises sinhhoat.Error naming the field for bad data.
        """
    @staticmethod
    def from_json(text: str) -> GroupRound:
        """
        The value of JSON text; raises sinhhoat.Error naming the JSON Pointer of bad data.
        """
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __getstate__(self) -> tuple[int, typing.Any]: ...
    def __hash__(self) -> int: ...
    def __init__(
        self,
        *,
        preparation: GroupPreparation | None = None,
        groups: collections.abc.Sequence[GroupMeeting] = (),
        consolidation: GroupConsolidation | None = None,
        preparation_held: bool | None = None,
        consolidation_held: bool | None = None,
    ) -> None: ...
    def __ne__(self, other: typing.Any) -> typing.Any: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None: ...
    def replace(self, **kwargs: typing.Any) -> GroupRound:
        """
        A copy with the given fields changed (validated like the constructor).
        """
    def to_dict(self) -> dict[str, typing.Any]:
        """
        A dict of plain data: dates as ISO strings, enums as codes, sets as lists of codes (the JSON form).
        """
    def to_json(self, *, indent: typing.SupportsInt | typing.SupportsIndex | None = None) -> str:
        """
        JSON text (UTF-8, compact unless `indent` is given).
        """
    @property
    def consolidation(self) -> GroupConsolidation | None:
        """
        The consolidation meeting, if held.
        """
    @property
    def consolidation_held(self) -> bool | None:
        """
        False: the record states no consolidation meeting was held; None with no consolidation: not stated (R38).
        """
    @property
    def first_date(self) -> datetime.date | None:
        """
        The first tổ meeting's date.
        """
    @property
    def groups(self) -> tuple[GroupMeeting, ...]:
        """
        The tổ meetings.
        """
    @property
    def last_date(self) -> datetime.date | None:
        """
        The last tổ meeting's date.
        """
    @property
    def preparation(self) -> GroupPreparation | None:
        """
        The preparation meeting, if held.
        """
    @property
    def preparation_held(self) -> bool | None:
        """
        False: the record states no preparation meeting was held; None with no preparation: not stated (R38).
        """

class PastMeeting:
    """
    What the quotas need to know of an earlier meeting.
    """
    @staticmethod
    def from_dict(data: dict[str, typing.Any]) -> PastMeeting:
        """
        The inverse of to_dict(); raises sinhhoat.Error naming the field for bad data.
        """
    @staticmethod
    def from_json(text: str) -> PastMeeting:
        """
        The value of JSON text; raises sinhhoat.Error naming the JSON Pointer of bad data.
        """
    @staticmethod
    def of(meeting: Meeting) -> PastMeeting:
        """
        The PastMeeting of a Meeting.
        """
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __getstate__(self) -> tuple[int, typing.Any]: ...
    def __hash__(self) -> int: ...
    def __init__(
        self,
        *,
        date: datetime.date,
        body: MeetingBody = ...,
        form: MeetingForm = ...,
        ground: Ground | None = None,
        circumstance_ongoing: bool = False,
    ) -> None: ...
    def __ne__(self, other: typing.Any) -> typing.Any: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None: ...
    def replace(self, **kwargs: typing.Any) -> PastMeeting:
        """
        A copy with the given fields changed (validated like the constructor).
        """
    def to_dict(self) -> dict[str, typing.Any]:
        """
        A dict of plain data: dates as ISO strings, enums as codes, sets as lists of codes (the JSON form).
        """
    def to_json(self, *, indent: typing.SupportsInt | typing.SupportsIndex | None = None) -> str:
        """
        JSON text (UTF-8, compact unless `indent` is given).
        """
    @property
    def body(self) -> MeetingBody:
        """
        Who met.
        """
    @property
    def circumstance_ongoing(self) -> bool:
        """
        The record states its special circumstance was still ongoing on its date (R33).
        """
    @property
    def date(self) -> datetime.date:
        """
        The meeting's date.
        """
    @property
    def form(self) -> MeetingForm:
        """
        How it was held.
        """
    @property
    def ground(self) -> Ground | None:
        """
        Its ground, if online.
        """

class MeetingHistory:
    """
    An organisation's earlier meetings, sorted by date (stable for equal dates). Built from PastMeeting or Meeting values.
    """
    @staticmethod
    def from_dict(data: dict[str, typing.Any]) -> MeetingHistory:
        """
        The inverse of to_dict(); raises sinhhoat.Error naming the field for bad data.
        """
    @staticmethod
    def from_json(text: str) -> MeetingHistory:
        """
        The value of JSON text; raises sinhhoat.Error naming the JSON Pointer of bad data.
        """
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __getitem__(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> PastMeeting: ...
    def __getstate__(self) -> tuple[int, typing.Any]: ...
    def __hash__(self) -> int: ...
    def __init__(self, meetings: collections.abc.Sequence[PastMeeting | Meeting] = ()) -> None: ...
    def __iter__(self) -> collections.abc.Iterator[PastMeeting]: ...
    def __len__(self) -> int: ...
    def __ne__(self, other: typing.Any) -> typing.Any: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None: ...
    def to_dict(self) -> dict[str, typing.Any]:
        """
        A dict of plain data: dates as ISO strings, enums as codes, sets as lists of codes (the JSON form).
        """
    def to_json(self, *, indent: typing.SupportsInt | typing.SupportsIndex | None = None) -> str:
        """
        JSON text (UTF-8, compact unless `indent` is given).
        """
    @property
    def meetings(self) -> tuple[PastMeeting, ...]:
        """
        The meetings, sorted by date.
        """

class Interpretations:
    """
    The readings of ambiguous text (interp.* in the catalogue).
    """
    @staticmethod
    def from_dict(data: dict[str, typing.Any]) -> Interpretations:
        """
        The inverse of to_dict(); raises sinhhoat.Error naming the field for bad data.
        """
    @staticmethod
    def from_json(text: str) -> Interpretations:
        """
        The value of JSON text; raises sinhhoat.Error naming the JSON Pointer of bad data.
        """
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __getstate__(self) -> tuple[int, typing.Any]: ...
    def __hash__(self) -> int: ...
    def __init__(
        self,
        *,
        year: YearBasis = ...,
        hybrid_counts: bool = True,
        special_circumstance_outside_quota: bool = True,
        fully_online: FullyOnlineBasis = ...,
        group_member_count: MemberCountBasis = ...,
        committee_meetings_count: bool = True,
        quota_counts_window_only: bool = True,
        majority_mixes_kinds: bool = False,
        round_period: RoundPeriodBasis = ...,
        subordinate_cells_inherit: bool = True,
        selections_carry_over: bool = True,
    ) -> None: ...
    def __ne__(self, other: typing.Any) -> typing.Any: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None: ...
    def replace(self, **kwargs: typing.Any) -> Interpretations:
        """
        A copy with the given fields changed (validated like the constructor).
        """
    def to_dict(self) -> dict[str, typing.Any]:
        """
        A dict of plain data: dates as ISO strings, enums as codes, sets as lists of codes (the JSON form).
        """
    def to_json(self, *, indent: typing.SupportsInt | typing.SupportsIndex | None = None) -> str:
        """
        JSON text (UTF-8, compact unless `indent` is given).
        """
    @property
    def committee_meetings_count(self) -> bool:
        """
        interp.committee_meetings_count
        """
    @property
    def fully_online(self) -> FullyOnlineBasis:
        """
        interp.fully_online
        """
    @property
    def group_member_count(self) -> MemberCountBasis:
        """
        interp.group_member_count
        """
    @property
    def hybrid_counts(self) -> bool:
        """
        interp.hybrid_counts
        """
    @property
    def majority_mixes_kinds(self) -> bool:
        """
        interp.majority_mixes_kinds
        """
    @property
    def quota_counts_window_only(self) -> bool:
        """
        interp.quota_counts_window_only
        """
    @property
    def round_period(self) -> RoundPeriodBasis:
        """
        interp.round_period
        """
    @property
    def selections_carry_over(self) -> bool:
        """
        interp.selections_carry_over
        """
    @property
    def special_circumstance_outside_quota(self) -> bool:
        """
        interp.special_circumstance_outside_quota
        """
    @property
    def subordinate_cells_inherit(self) -> bool:
        """
        interp.subordinate_cells_inherit
        """
    @property
    def year(self) -> YearBasis:
        """
        interp.year
        """

class SourceDocument:
    """
    A text a rule set rests on.
    """
    @staticmethod
    def from_dict(data: dict[str, typing.Any]) -> SourceDocument:
        """
        The inverse of to_dict(); raises sinhhoat.Error naming the field for bad data.
        """
    @staticmethod
    def from_json(text: str) -> SourceDocument:
        """
        The value of JSON text; raises sinhhoat.Error naming the JSON Pointer of bad data.
        """
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __getstate__(self) -> tuple[int, typing.Any]: ...
    def __hash__(self) -> int: ...
    def __init__(
        self,
        *,
        code: str = "",
        title: str = "",
        issuer: str = "",
        issued: datetime.date | None = None,
    ) -> None: ...
    def __ne__(self, other: typing.Any) -> typing.Any: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None: ...
    def replace(self, **kwargs: typing.Any) -> SourceDocument:
        """
        A copy with the given fields changed (validated like the constructor).
        """
    def to_dict(self) -> dict[str, typing.Any]:
        """
        A dict of plain data: dates as ISO strings, enums as codes, sets as lists of codes (the JSON form).
        """
    def to_json(self, *, indent: typing.SupportsInt | typing.SupportsIndex | None = None) -> str:
        """
        JSON text (UTF-8, compact unless `indent` is given).
        """
    @property
    def code(self) -> str:
        """
        The document's number, e.g. '03-HD/TW'.
        """
    @property
    def issued(self) -> datetime.date | None:
        """
        When it was issued; None if unknown.
        """
    @property
    def issuer(self) -> str:
        """
        Who issued it.
        """
    @property
    def title(self) -> str:
        """
        Its title.
        """

class Citation:
    """
    A rule set's own citation of one rule (R26).
    """
    @staticmethod
    def from_dict(data: dict[str, typing.Any]) -> Citation:
        """
        The inverse of to_dict(); raises sinhhoat.Error naming the field for bad data.
        """
    @staticmethod
    def from_json(text: str) -> Citation:
        """
        The value of JSON text; raises sinhhoat.Error naming the JSON Pointer of bad data.
        """
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __getstate__(self) -> tuple[int, typing.Any]: ...
    def __hash__(self) -> int: ...
    def __init__(self, *, rule: RuleId, clause: str) -> None: ...
    def __ne__(self, other: typing.Any) -> typing.Any: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None: ...
    def replace(self, **kwargs: typing.Any) -> Citation:
        """
        A copy with the given fields changed (validated like the constructor).
        """
    def to_dict(self) -> dict[str, typing.Any]:
        """
        A dict of plain data: dates as ISO strings, enums as codes, sets as lists of codes (the JSON form).
        """
    def to_json(self, *, indent: typing.SupportsInt | typing.SupportsIndex | None = None) -> str:
        """
        JSON text (UTF-8, compact unless `indent` is given).
        """
    @property
    def clause(self) -> str:
        """
        The clause as the rule set cites it.
        """
    @property
    def rule(self) -> RuleId:
        """
        The rule.
        """

class SelectionRule:
    """
    pilot.selection: what the lists of pilot organisations must meet.
    """
    @staticmethod
    def from_dict(data: dict[str, typing.Any]) -> SelectionRule:
        """
        The inverse of to_dict(); raises sinhhoat.Error naming the field for bad data.
        """
    @staticmethod
    def from_json(text: str) -> SelectionRule:
        """
        The value of JSON text; raises sinhhoat.Error naming the JSON Pointer of bad data.
        """
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __getstate__(self) -> tuple[int, typing.Any]: ...
    def __hash__(self) -> int: ...
    def __init__(
        self, *, deadline: datetime.date, min_online: int = 1, min_by_group: int = 1
    ) -> None: ...
    def __ne__(self, other: typing.Any) -> typing.Any: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None: ...
    def replace(self, **kwargs: typing.Any) -> SelectionRule:
        """
        A copy with the given fields changed (validated like the constructor).
        """
    def to_dict(self) -> dict[str, typing.Any]:
        """
        A dict of plain data: dates as ISO strings, enums as codes, sets as lists of codes (the JSON form).
        """
    def to_json(self, *, indent: typing.SupportsInt | typing.SupportsIndex | None = None) -> str:
        """
        JSON text (UTF-8, compact unless `indent` is given).
        """
    @property
    def deadline(self) -> datetime.date:
        """
        Lists must arrive strictly before this day.
        """
    @property
    def min_by_group(self) -> int:
        """
        Per district committee.
        """
    @property
    def min_online(self) -> int:
        """
        Per district committee.
        """

class PilotWindow:
    """
    A period of days, both ends included.
    """
    @staticmethod
    def from_dict(data: dict[str, typing.Any]) -> PilotWindow:
        """
        The inverse of to_dict(); raises sinhhoat.Error naming the field for bad data.
        """
    @staticmethod
    def from_json(text: str) -> PilotWindow:
        """
        The value of JSON text; raises sinhhoat.Error naming the JSON Pointer of bad data.
        """
    def __contains__(self, day: datetime.date) -> bool: ...
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __getstate__(self) -> tuple[int, typing.Any]: ...
    def __hash__(self) -> int: ...
    def __init__(self, *, first: datetime.date, last: datetime.date) -> None: ...
    def __ne__(self, other: typing.Any) -> typing.Any: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None: ...
    def contains(self, day: datetime.date) -> bool:
        """
        Whether `day` falls within the window.
        """
    def replace(self, **kwargs: typing.Any) -> PilotWindow:
        """
        A copy with the given fields changed (validated like the constructor).
        """
    def to_dict(self) -> dict[str, typing.Any]:
        """
        A dict of plain data: dates as ISO strings, enums as codes, sets as lists of codes (the JSON form).
        """
    def to_json(self, *, indent: typing.SupportsInt | typing.SupportsIndex | None = None) -> str:
        """
        JSON text (UTF-8, compact unless `indent` is given).
        """
    @property
    def first(self) -> datetime.date:
        """
        First day, included.
        """
    @property
    def last(self) -> datetime.date:
        """
        Last day, included.
        """

class CoveragePeriod:
    """
    A period a rule set covers, both ends included; no last day: until a new text ends it.
    """
    @staticmethod
    def from_dict(data: dict[str, typing.Any]) -> CoveragePeriod:
        """
        The inverse of to_dict(); raises sinhhoat.Error naming the field for bad data.
        """
    @staticmethod
    def from_json(text: str) -> CoveragePeriod:
        """
        The value of JSON text; raises sinhhoat.Error naming the JSON Pointer of bad data.
        """
    def __contains__(self, day: datetime.date) -> bool: ...
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __getstate__(self) -> tuple[int, typing.Any]: ...
    def __hash__(self) -> int: ...
    def __init__(
        self,
        *,
        first: datetime.date,
        last: datetime.date | None,
        opened_by: str = "",
        closed_by: str = "",
        citation: str = "",
    ) -> None: ...
    def __ne__(self, other: typing.Any) -> typing.Any: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None: ...
    def contains(self, day: datetime.date) -> bool:
        """
        Whether `day` falls within the period.
        """
    def replace(self, **kwargs: typing.Any) -> CoveragePeriod:
        """
        A copy with the given fields changed (validated like the constructor).
        """
    def to_dict(self) -> dict[str, typing.Any]:
        """
        A dict of plain data: dates as ISO strings, enums as codes, sets as lists of codes (the JSON form).
        """
    def to_json(self, *, indent: typing.SupportsInt | typing.SupportsIndex | None = None) -> str:
        """
        JSON text (UTF-8, compact unless `indent` is given).
        """
    @property
    def citation(self) -> str:
        """
        How pilot.window cites a day of the period; empty: the rule set's citation.
        """
    @property
    def closed_by(self) -> str:
        """
        The text that closes it, where known.
        """
    @property
    def first(self) -> datetime.date:
        """
        First day, included.
        """
    @property
    def last(self) -> datetime.date | None:
        """
        Last day, included; None: open-ended (until new rules).
        """
    @property
    def opened_by(self) -> str:
        """
        The text that opens it, e.g. '50-CT/TW'.
        """

class Successor:
    """
    The rule set that governs the same jurisdiction from a day after this one's periods (R29).
    """
    @staticmethod
    def from_dict(data: dict[str, typing.Any]) -> Successor:
        """
        The inverse of to_dict(); raises sinhhoat.Error naming the field for bad data.
        """
    @staticmethod
    def from_json(text: str) -> Successor:
        """
        The value of JSON text; raises sinhhoat.Error naming the JSON Pointer of bad data.
        """
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __getstate__(self) -> tuple[int, typing.Any]: ...
    def __hash__(self) -> int: ...
    def __init__(self, *, rule_set: str, since: datetime.date, basis: str = "") -> None: ...
    def __ne__(self, other: typing.Any) -> typing.Any: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None: ...
    def replace(self, **kwargs: typing.Any) -> Successor:
        """
        A copy with the given fields changed (validated like the constructor).
        """
    def to_dict(self) -> dict[str, typing.Any]:
        """
        A dict of plain data: dates as ISO strings, enums as codes, sets as lists of codes (the JSON form).
        """
    def to_json(self, *, indent: typing.SupportsInt | typing.SupportsIndex | None = None) -> str:
        """
        JSON text (UTF-8, compact unless `indent` is given).
        """
    @property
    def basis(self) -> str:
        """
        The text it rests on.
        """
    @property
    def rule_set(self) -> str:
        """
        Its id, e.g. 'hd03'.
        """
    @property
    def since(self) -> datetime.date:
        """
        The first day it governs.
        """

class Caveat:
    """
    A note carried by every verdict for a day on or after `since`, without changing its outcome (R32).
    """
    @staticmethod
    def from_dict(data: dict[str, typing.Any]) -> Caveat:
        """
        The inverse of to_dict(); raises sinhhoat.Error naming the field for bad data.
        """
    @staticmethod
    def from_json(text: str) -> Caveat:
        """
        The value of JSON text; raises sinhhoat.Error naming the JSON Pointer of bad data.
        """
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __getstate__(self) -> tuple[int, typing.Any]: ...
    def __hash__(self) -> int: ...
    def __init__(self, *, since: datetime.date, vi: str, en: str) -> None: ...
    def __ne__(self, other: typing.Any) -> typing.Any: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None: ...
    def replace(self, **kwargs: typing.Any) -> Caveat:
        """
        A copy with the given fields changed (validated like the constructor).
        """
    def to_dict(self) -> dict[str, typing.Any]:
        """
        A dict of plain data: dates as ISO strings, enums as codes, sets as lists of codes (the JSON form).
        """
    def to_json(self, *, indent: typing.SupportsInt | typing.SupportsIndex | None = None) -> str:
        """
        JSON text (UTF-8, compact unless `indent` is given).
        """
    @property
    def en(self) -> str:
        """
        The note in English.
        """
    @property
    def since(self) -> datetime.date:
        """
        The first day it applies to.
        """
    @property
    def vi(self) -> str:
        """
        The note in Vietnamese.
        """

class AnnualPeriod:
    """
    Days of every year from a first to a last month and day, both included, within one calendar year.
    """
    @staticmethod
    def from_dict(data: dict[str, typing.Any]) -> AnnualPeriod:
        """
        The inverse of to_dict(); raises sinhhoat.Error naming the field for bad data.
        """
    @staticmethod
    def from_json(text: str) -> AnnualPeriod:
        """
        The value of JSON text; raises sinhhoat.Error naming the JSON Pointer of bad data.
        """
    def __contains__(self, day: datetime.date) -> bool: ...
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __getstate__(self) -> tuple[int, typing.Any]: ...
    def __hash__(self) -> int: ...
    def __init__(
        self, *, first_month: int = 6, first_day: int = 1, last_month: int = 8, last_day: int = 31
    ) -> None: ...
    def __ne__(self, other: typing.Any) -> typing.Any: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None: ...
    def contains(self, day: datetime.date) -> bool:
        """
        Whether `day` falls within the period of its year.
        """
    def replace(self, **kwargs: typing.Any) -> AnnualPeriod:
        """
        A copy with the given fields changed (validated like the constructor).
        """
    def to_dict(self) -> dict[str, typing.Any]:
        """
        A dict of plain data: dates as ISO strings, enums as codes, sets as lists of codes (the JSON form).
        """
    def to_json(self, *, indent: typing.SupportsInt | typing.SupportsIndex | None = None) -> str:
        """
        JSON text (UTF-8, compact unless `indent` is given).
        """
    @property
    def first_day(self) -> int:
        """
        Day of the month of the first day.
        """
    @property
    def first_month(self) -> int:
        """
        Month of the first day.
        """
    @property
    def last_day(self) -> int:
        """
        Day of the month of the last day.
        """
    @property
    def last_month(self) -> int:
        """
        Month of the last day.
        """

class DatedInt:
    """
    A count parameter with the dates it is in force.
    """
    @staticmethod
    def always(value: int) -> DatedInt:
        """
        One value, always in force.
        """
    @staticmethod
    def from_dict(data: dict[str, typing.Any]) -> DatedInt:
        """
        The inverse of to_dict(); raises sinhhoat.Error naming the field for bad data.
        """
    @staticmethod
    def from_json(text: str) -> DatedInt:
        """
        The value of JSON text; raises sinhhoat.Error naming the JSON Pointer of bad data.
        """
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __getstate__(self) -> tuple[int, typing.Any]: ...
    def __hash__(self) -> int: ...
    def __init__(
        self,
        periods: collections.abc.Sequence[tuple[datetime.date | None, datetime.date | None, int]],
    ) -> None:
        """
        From `(from, until, value)` periods, both ends included; None for an open end.
        """
    def __ne__(self, other: typing.Any) -> typing.Any: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None: ...
    def at(self, day: datetime.date) -> int | None:
        """
        The value in force on `day`, or None.
        """
    def to_dict(self) -> dict[str, typing.Any]:
        """
        A dict of plain data: dates as ISO strings, enums as codes, sets as lists of codes (the JSON form).
        """
    def to_json(self, *, indent: typing.SupportsInt | typing.SupportsIndex | None = None) -> str:
        """
        JSON text (UTF-8, compact unless `indent` is given).
        """
    @property
    def periods(self) -> tuple[tuple[datetime.date | None, datetime.date | None, int], ...]:
        """
        The `(from, until, value)` periods, sorted.
        """

class DatedGroundSet:
    """
    A set of grounds with the dates it is in force.
    """
    @staticmethod
    def always(value: collections.abc.Iterable[Ground]) -> DatedGroundSet:
        """
        One value, always in force.
        """
    @staticmethod
    def from_dict(data: dict[str, typing.Any]) -> DatedGroundSet:
        """
        The inverse of to_dict(); raises sinhhoat.Error naming the field for bad data.
        """
    @staticmethod
    def from_json(text: str) -> DatedGroundSet:
        """
        The value of JSON text; raises sinhhoat.Error naming the JSON Pointer of bad data.
        """
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __getstate__(self) -> tuple[int, typing.Any]: ...
    def __hash__(self) -> int: ...
    def __init__(
        self,
        periods: collections.abc.Sequence[
            tuple[datetime.date | None, datetime.date | None, collections.abc.Iterable[Ground]]
        ],
    ) -> None:
        """
        From `(from, until, value)` periods, both ends included; None for an open end.
        """
    def __ne__(self, other: typing.Any) -> typing.Any: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None: ...
    def at(self, day: datetime.date) -> frozenset[Ground] | None:
        """
        The value in force on `day`, or None.
        """
    def to_dict(self) -> dict[str, typing.Any]:
        """
        A dict of plain data: dates as ISO strings, enums as codes, sets as lists of codes (the JSON form).
        """
    def to_json(self, *, indent: typing.SupportsInt | typing.SupportsIndex | None = None) -> str:
        """
        JSON text (UTF-8, compact unless `indent` is given).
        """
    @property
    def periods(
        self,
    ) -> tuple[tuple[datetime.date | None, datetime.date | None, frozenset[Ground]], ...]:
        """
        The `(from, until, value)` periods, sorted.
        """

class DatedTopicSet:
    """
    A set of topics with the dates it is in force.
    """
    @staticmethod
    def always(value: collections.abc.Iterable[Topic]) -> DatedTopicSet:
        """
        One value, always in force.
        """
    @staticmethod
    def from_dict(data: dict[str, typing.Any]) -> DatedTopicSet:
        """
        The inverse of to_dict(); raises sinhhoat.Error naming the field for bad data.
        """
    @staticmethod
    def from_json(text: str) -> DatedTopicSet:
        """
        The value of JSON text; raises sinhhoat.Error naming the JSON Pointer of bad data.
        """
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __getstate__(self) -> tuple[int, typing.Any]: ...
    def __hash__(self) -> int: ...
    def __init__(
        self,
        periods: collections.abc.Sequence[
            tuple[datetime.date | None, datetime.date | None, collections.abc.Iterable[Topic]]
        ],
    ) -> None:
        """
        From `(from, until, value)` periods, both ends included; None for an open end.
        """
    def __ne__(self, other: typing.Any) -> typing.Any: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None: ...
    def at(self, day: datetime.date) -> frozenset[Topic] | None:
        """
        The value in force on `day`, or None.
        """
    def to_dict(self) -> dict[str, typing.Any]:
        """
        A dict of plain data: dates as ISO strings, enums as codes, sets as lists of codes (the JSON form).
        """
    def to_json(self, *, indent: typing.SupportsInt | typing.SupportsIndex | None = None) -> str:
        """
        JSON text (UTF-8, compact unless `indent` is given).
        """
    @property
    def periods(
        self,
    ) -> tuple[tuple[datetime.date | None, datetime.date | None, frozenset[Topic]], ...]:
        """
        The `(from, until, value)` periods, sorted.
        """

class RuleSet:
    """
    One jurisdiction's rules as data: documents, pilot window, quotas, grounds, excluded topics, deadlines and readings.
    """
    @staticmethod
    def from_dict(data: dict[str, typing.Any]) -> RuleSet:
        """
        The inverse of to_dict(); raises sinhhoat.Error naming the field for bad data.
        """
    @staticmethod
    def from_json(text: str) -> RuleSet:
        """
        The value of JSON text; raises sinhhoat.Error naming the JSON Pointer of bad data.
        """
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __getstate__(self) -> tuple[int, typing.Any]: ...
    def __hash__(self) -> int: ...
    def __init__(
        self,
        *,
        id: str,
        name: str = "",
        version: str = "",
        sources: collections.abc.Sequence[SourceDocument] = (),
        notes: collections.abc.Sequence[str] = (),
        periods: collections.abc.Sequence[CoveragePeriod],
        succeeded_by: Successor | None = None,
        caveats: collections.abc.Sequence[Caveat] = (),
        covers: collections.abc.Iterable[PilotKind] = ...,
        list_required: collections.abc.Iterable[PilotKind] = ...,
        online_quota_committee: DatedInt,
        online_quota_cell: DatedInt,
        group_quota: DatedInt,
        group_min_members: DatedInt,
        report_deadline_days: DatedInt,
        grounds: DatedGroundSet,
        excluded_topics: DatedTopicSet,
        required_steps: DatedTopicSet,
        committee_steps: DatedTopicSet = ...,
        thematic_steps: DatedTopicSet = ...,
        summer_break: AnnualPeriod = ...,
        round_max_days: int = 30,
        citation_prefix: str = "",
        citations: collections.abc.Sequence[Citation] = (),
        interp: Interpretations = ...,
        selection: SelectionRule | None = None,
        registration_required: bool = False,
        final_report_required: bool | None = False,
        final_report_due: datetime.date | None = None,
        registration_general_meeting: bool = True,
    ) -> None: ...
    def __ne__(self, other: typing.Any) -> typing.Any: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None: ...
    def applies_on(self, day: datetime.date) -> bool:
        """
        Whether a period of the rule set covers `day` (R27, R28).
        """
    def citation_of(self, rule: RuleId) -> str:
        """
        How findings of `rule` cite their clause under this rule set (R26).
        """
    def earliest_source(self) -> datetime.date | None:
        """
        The day of the earliest dated source (R34): a decision or a pilot selection dated before it was not made under the guidance and is no evidence.
        """
    def period_at(self, day: datetime.date) -> CoveragePeriod | None:
        """
        The period containing `day`, or None: the rule set does not cover it.
        """
    def replace(self, **kwargs: typing.Any) -> RuleSet:
        """
        A copy with the given fields changed (validated like the constructor).
        """
    def to_dict(self) -> dict[str, typing.Any]:
        """
        A dict of plain data: dates as ISO strings, enums as codes, sets as lists of codes (the JSON form).
        """
    def to_json(self, *, indent: typing.SupportsInt | typing.SupportsIndex | None = None) -> str:
        """
        JSON text (UTF-8, compact unless `indent` is given).
        """
    def with_interp(
        self,
        *,
        year: YearBasis | None = None,
        hybrid_counts: bool | None = None,
        special_circumstance_outside_quota: bool | None = None,
        fully_online: FullyOnlineBasis | None = None,
        group_member_count: MemberCountBasis | None = None,
        committee_meetings_count: bool | None = None,
        quota_counts_window_only: bool | None = None,
        majority_mixes_kinds: bool | None = None,
        round_period: RoundPeriodBasis | None = None,
        subordinate_cells_inherit: bool | None = None,
        selections_carry_over: bool | None = None,
    ) -> RuleSet:
        """
        A copy with the given readings switched; the others are kept.
        """
    @property
    def caveats(self) -> tuple[Caveat, ...]:
        """
        Notes carried by every verdict for a day on or after theirs (R32).
        """
    @property
    def citation_prefix(self) -> str:
        """
        How findings cite a clause: this before the catalogue's clause, e.g. 'HD Cao Bằng' (R26).
        """
    @property
    def citations(self) -> tuple[Citation, ...]:
        """
        Citations of rules whose clause the rule set numbers otherwise (R26).
        """
    @property
    def committee_steps(self) -> DatedTopicSet:
        """
        Steps of an online cấp uỷ meeting and of a đảng bộ cơ sở's general meeting (R15; II.4.1).
        """
    @property
    def covers(self) -> frozenset[PilotKind]:
        """
        The pilots the texts speak of; others not covered.
        """
    @property
    def digest(self) -> str | None:
        """
        SHA-256 of the canonical JSON (to_json()), 64 hex digits: what verdicts name.
        """
    @property
    def excluded_topics(self) -> DatedTopicSet:
        """
        Topics not dealt with online or by tổ đảng (II.3.2).
        """
    @property
    def final_report_due(self) -> datetime.date | None:
        """
        The last day for the final report, where a text states one; None: no deadline is stated (a report not yet sent after the window is not evaluated, R40).
        """
    @property
    def final_report_required(self) -> bool | None:
        """
        Units send a final evaluation report; None: the texts held do not say (not evaluated, R40).
        """
    @property
    def grounds(self) -> DatedGroundSet:
        """
        Grounds accepted for online meetings (II.1.1).
        """
    @property
    def group_min_members(self) -> DatedInt:
        """
        Members a chi bộ needs to meet by tổ đảng (II.1.2).
        """
    @property
    def group_quota(self) -> DatedInt:
        """
        Tổ đảng rounds a year (II.2 ý 5).
        """
    @property
    def id(self) -> str:
        """
        Stable identifier, e.g. 'cao_bang'.
        """
    @property
    def interp(self) -> Interpretations:
        """
        The readings of ambiguous text.
        """
    @property
    def list_required(self) -> frozenset[PilotKind]:
        """
        Pilots for which an organisation must be on its superior's list (III.1).
        """
    @property
    def name(self) -> str:
        """
        Human name, in Vietnamese.
        """
    @property
    def notes(self) -> tuple[str, ...]:
        """
        Readings the rule set takes where the texts it holds are silent.
        """
    @property
    def online_quota_cell(self) -> DatedInt:
        """
        Online meetings a year of a special-nature chi bộ (II.2 ý 3).
        """
    @property
    def online_quota_committee(self) -> DatedInt:
        """
        Online meetings a year of a special-nature đảng bộ cơ sở (II.2 ý 3).
        """
    @property
    def periods(self) -> tuple[CoveragePeriod, ...]:
        """
        The periods the rule set covers, in order (R27, R28); files with the single 'window' of earlier versions read as one period.
        """
    @property
    def registration_general_meeting(self) -> bool:
        """
        Where registration is required, whether a đảng bộ cơ sở's general meeting registers too (R44).
        """
    @property
    def registration_required(self) -> bool:
        """
        Meeting schedules are registered with the superior committee.
        """
    @property
    def report_deadline_days(self) -> DatedInt:
        """
        Days after a tổ meeting by which the tổ trưởng reports (II.4.2 ý 2).
        """
    @property
    def required_steps(self) -> DatedTopicSet:
        """
        Steps every online and tổ meeting holds (II.4.1, II.4.2 ý 2).
        """
    @property
    def round_max_days(self) -> int:
        """
        Under interp.round_period = days: the last tổ meeting of a round is at most this many days after the first (R17).
        """
    @property
    def selection(self) -> SelectionRule | None:
        """
        What the units' pilot lists must meet; None: the text sets no requirement.
        """
    @property
    def sources(self) -> tuple[SourceDocument, ...]:
        """
        The texts the rule set rests on.
        """
    @property
    def succeeded_by(self) -> Successor | None:
        """
        The rule set that governs the jurisdiction after the last period (R29); None: none named.
        """
    @property
    def summer_break(self) -> AnnualPeriod:
        """
        When the teacher and student grounds hold, each year (R6; II.1.1 a).
        """
    @property
    def thematic_steps(self) -> DatedTopicSet:
        """
        Steps of an online thematic meeting (sinh hoạt chuyên đề) of any body (R41; II.4.1; a reading: the texts held list only the regular order).
        """
    @property
    def version(self) -> str:
        """
        The rule set's own version; a changed rule set has a new one.
        """

class Finding:
    """
    One rule's answer: the rule, its status, why, and the numbers it used. The messages are rendered when asked for.
    """
    @staticmethod
    def from_dict(data: dict[str, typing.Any]) -> Finding:
        """
        The inverse of to_dict(); raises sinhhoat.Error naming the field for bad data.
        """
    @staticmethod
    def from_json(text: str) -> Finding:
        """
        The value of JSON text; raises sinhhoat.Error naming the JSON Pointer of bad data.
        """
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __getstate__(self) -> tuple[int, typing.Any]: ...
    def __hash__(self) -> int: ...
    def __init__(
        self,
        *,
        rule: RuleId,
        status: FindingStatus,
        reason: Reason,
        values: dict[str, typing.Any] | list[int] | tuple[int, ...] = (),
    ) -> None:
        """
        `values` is `{name: value}` as `Finding.values` gives it (dates, enums, sets, flags, numbers), or the raw numbers in the order of the reason's value names.
        """
    def __ne__(self, other: typing.Any) -> typing.Any: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None: ...
    def to_dict(self) -> dict[str, typing.Any]:
        """
        A dict of plain data: dates as ISO strings, enums as codes, sets as lists of codes (the JSON form).
        """
    def to_json(self, *, indent: typing.SupportsInt | typing.SupportsIndex | None = None) -> str:
        """
        JSON text (UTF-8, compact unless `indent` is given).
        """
    @property
    def clause(self) -> str:
        """
        The clause the rule rests on, e.g. 'II.2 ý 3'.
        """
    @property
    def message_en(self) -> str:
        """
        The message in English.
        """
    @property
    def message_vi(self) -> str:
        """
        The message in Vietnamese.
        """
    @property
    def raw_values(self) -> tuple[int, ...]:
        """
        The values as stored (dates as day numbers, sets as bits).
        """
    @property
    def reason(self) -> Reason:
        """
        Why: selects the message template.
        """
    @property
    def rule(self) -> RuleId:
        """
        The catalogue rule ID.
        """
    @property
    def status(self) -> FindingStatus: ...
    @property
    def value_names(self) -> tuple[str, ...]:
        """
        The names of the values, in order.
        """
    @property
    def values(self) -> dict[str, typing.Any]:
        """
        {name: value}, by the reason's declaration: dates as datetime.date (None if unknown), grounds, forms and kinds as enums, sets as frozensets, flags as bool, numbers as int.
        """

class RuleSetRef:
    """
    The rule set a verdict was reached under: id, version and the SHA-256 of its canonical JSON.
    """
    @staticmethod
    def from_dict(data: dict[str, typing.Any]) -> RuleSetRef:
        """
        The inverse of to_dict(); raises sinhhoat.Error naming the field for bad data.
        """
    @staticmethod
    def from_json(text: str) -> RuleSetRef:
        """
        The value of JSON text; raises sinhhoat.Error naming the JSON Pointer of bad data.
        """
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __getstate__(self) -> tuple[int, typing.Any]: ...
    def __hash__(self) -> int: ...
    def __init__(self, *, id: str = "", version: str = "", digest: str | None = None) -> None: ...
    def __ne__(self, other: typing.Any) -> typing.Any: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None: ...
    def replace(self, **kwargs: typing.Any) -> RuleSetRef:
        """
        A copy with the given fields changed (validated like the constructor).
        """
    def to_dict(self) -> dict[str, typing.Any]:
        """
        A dict of plain data: dates as ISO strings, enums as codes, sets as lists of codes (the JSON form).
        """
    def to_json(self, *, indent: typing.SupportsInt | typing.SupportsIndex | None = None) -> str:
        """
        JSON text (UTF-8, compact unless `indent` is given).
        """
    @property
    def digest(self) -> str | None:
        """
        SHA-256 of its canonical JSON, 64 hex digits; None when unknown.
        """
    @property
    def id(self) -> str:
        """
        The rule set's id, e.g. 'cao_bang'.
        """
    @property
    def version(self) -> str:
        """
        Its version.
        """

class Verdict:
    """
    The answer of a check: its findings, in rule order, and the outcome they imply. Iterable over its findings.
    """
    @staticmethod
    def from_dict(data: dict[str, typing.Any]) -> Verdict:
        """
        The inverse of to_dict(); raises sinhhoat.Error naming the field for bad data.
        """
    @staticmethod
    def from_json(text: str) -> Verdict:
        """
        The value of JSON text; raises sinhhoat.Error naming the JSON Pointer of bad data.
        """
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __getitem__(self, index: typing.SupportsInt | typing.SupportsIndex) -> Finding: ...
    def __getstate__(self) -> tuple[int, typing.Any]: ...
    def __hash__(self) -> int: ...
    def __init__(
        self,
        findings: collections.abc.Sequence[Finding] = (),
        rule_set: RuleSetRef | None = None,
        *,
        caveats: collections.abc.Sequence[Caveat] = (),
        governed_by: str | None = None,
    ) -> None: ...
    def __iter__(self) -> collections.abc.Iterator[Finding]: ...
    def __len__(self) -> int: ...
    def __ne__(self, other: typing.Any) -> typing.Any: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None: ...
    def _repr_html_(self) -> str:
        """
        A table for Jupyter: the outcome, the rule set (and the one that governs the day, R29),
            the caveats (R32), and each finding in both languages.
        """
    def clause(self, finding: Finding) -> str:
        """
        How `finding` cites its clause under the verdict's rule set (R26: 'HD Cao Bằng II.2 ý 3'); the catalogue's clause when the rule set's citations are not known.
        """
    def count(self, status: FindingStatus) -> int:
        """
        How many findings have `status`.
        """
    def find(self, rule: RuleId) -> Finding | None:
        """
        The first finding of `rule`, or None.
        """
    def to_dict(self) -> dict[str, typing.Any]:
        """
        A dict of plain data: dates as ISO strings, enums as codes, sets as lists of codes (the JSON form).
        """
    def to_json(self, *, indent: typing.SupportsInt | typing.SupportsIndex | None = None) -> str:
        """
        JSON text (UTF-8, compact unless `indent` is given).
        """
    @property
    def allowed(self) -> bool:
        """
        outcome is ALLOWED.
        """
    @property
    def caveats(self) -> tuple[Caveat, ...]:
        """
        R32: the rule set's notes for the day, in both languages; they never change the outcome.
        """
    @property
    def findings(self) -> tuple[Finding, ...]:
        """
        The findings, in rule order.
        """
    @property
    def governed_by(self) -> str | None:
        """
        R29: the id of the rule set that governs the day when it is not the verdict's own (a provincial set after its window names the central continuation); None otherwise.
        """
    @property
    def outcome(self) -> Outcome:
        """
        NOT_ALLOWED if any finding is violated; else NOT_COVERED if any is; else ALLOWED.
        """
    @property
    def rule_set(self) -> RuleSetRef:
        """
        The rule set the verdict was reached under: id, version, digest.
        """

class QuotaStatus:
    """
    What is used and left of a yearly quota.
    """
    @staticmethod
    def from_dict(data: dict[str, typing.Any]) -> QuotaStatus:
        """
        The inverse of to_dict(); raises sinhhoat.Error naming the field for bad data.
        """
    @staticmethod
    def from_json(text: str) -> QuotaStatus:
        """
        The value of JSON text; raises sinhhoat.Error naming the JSON Pointer of bad data.
        """
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __getstate__(self) -> tuple[int, typing.Any]: ...
    def __hash__(self) -> int: ...
    def __init__(
        self,
        *,
        limit: int = 0,
        used: int = 0,
        remaining: int = 0,
        period: PilotWindow,
        undetermined: int = 0,
    ) -> None: ...
    def __ne__(self, other: typing.Any) -> typing.Any: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None: ...
    def replace(self, **kwargs: typing.Any) -> QuotaStatus:
        """
        A copy with the given fields changed (validated like the constructor).
        """
    def to_dict(self) -> dict[str, typing.Any]:
        """
        A dict of plain data: dates as ISO strings, enums as codes, sets as lists of codes (the JSON form).
        """
    def to_json(self, *, indent: typing.SupportsInt | typing.SupportsIndex | None = None) -> str:
        """
        JSON text (UTF-8, compact unless `indent` is given).
        """
    @property
    def limit(self) -> int:
        """
        The quota in force.
        """
    @property
    def period(self) -> PilotWindow:
        """
        The quota year (interp.year) containing the date asked about, clamped to the days the rule set's periods cover (R12).
        """
    @property
    def remaining(self) -> int:
        """
        What is left whatever the undetermined meetings turn out to be (never negative).
        """
    @property
    def undetermined(self) -> int:
        """
        Meetings that use it unless their special circumstance is shown to have lasted on their day (R33).
        """
    @property
    def used(self) -> int:
        """
        Meetings of the period that use it.
        """

class UnitSelection:
    """
    A district committee's (or a đảng uỷ trực thuộc Tỉnh uỷ's) list of pilot organisations.
    """
    @staticmethod
    def from_dict(data: dict[str, typing.Any]) -> UnitSelection:
        """
        The inverse of to_dict(); raises sinhhoat.Error naming the field for bad data.
        """
    @staticmethod
    def from_json(text: str) -> UnitSelection:
        """
        The value of JSON text; raises sinhhoat.Error naming the JSON Pointer of bad data.
        """
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __getstate__(self) -> tuple[int, typing.Any]: ...
    def __hash__(self) -> int: ...
    def __init__(
        self,
        *,
        unit: str = "",
        kind: SelectingUnitKind = ...,
        submitted_on: datetime.date | None = None,
        online: collections.abc.Sequence[Organisation] = (),
        by_group: collections.abc.Sequence[Organisation] = (),
        none_eligible: collections.abc.Iterable[PilotKind] = ...,
    ) -> None: ...
    def __ne__(self, other: typing.Any) -> typing.Any: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None: ...
    def replace(self, **kwargs: typing.Any) -> UnitSelection:
        """
        A copy with the given fields changed (validated like the constructor).
        """
    def to_dict(self) -> dict[str, typing.Any]:
        """
        A dict of plain data: dates as ISO strings, enums as codes, sets as lists of codes (the JSON form).
        """
    def to_json(self, *, indent: typing.SupportsInt | typing.SupportsIndex | None = None) -> str:
        """
        JSON text (UTF-8, compact unless `indent` is given).
        """
    @property
    def by_group(self) -> tuple[Organisation, ...]:
        """
        Chosen for tổ đảng meetings.
        """
    @property
    def kind(self) -> SelectingUnitKind:
        """
        District committee or đảng uỷ trực thuộc; from 1/7/2025 a đảng uỷ xã, phường or đặc khu (R31).
        """
    @property
    def none_eligible(self) -> frozenset[PilotKind]:
        """
        Pilots for which the unit states that none of its organisations is eligible (R23).
        """
    @property
    def online(self) -> tuple[Organisation, ...]:
        """
        Chosen for online meetings.
        """
    @property
    def submitted_on(self) -> datetime.date | None:
        """
        When the list reached the Tỉnh uỷ; None if not sent.
        """
    @property
    def unit(self) -> str:
        """
        E.g. 'Huyện uỷ Hà Quảng'.
        """

class _AuditRun:
    def __init__(
        self,
        tables: dict[str, typing.Any],
        chain: collections.abc.Sequence[RuleSet],
        follow: bool,
        all_findings: bool,
        threads: typing.SupportsInt | typing.SupportsIndex,
    ) -> None: ...
    def clauses(self) -> tuple[typing.Any, ...]: ...
    def columns(self) -> dict[str, typing.Any]: ...
    def messages(self, language: str) -> tuple[typing.Any, ...]: ...
    def problems(self) -> list[tuple[str, int, str, str, str, str, str]]: ...

def _audit_columns(table: str) -> list[dict[str, typing.Any]]:
    """
    The columns of an audit table, derived from the descriptions.
    """

def cell_meeting_steps() -> frozenset[Topic]:
    """
    The order of a cell meeting (II.4.2 ý 2), required of online and tổ meetings.
    """

def check(
    meeting: Meeting,
    organisation: Organisation,
    history: MeetingHistory,
    rules: RuleSet,
    round: GroupRound | None = None,
) -> Verdict:
    """
    Checks one meeting of `organisation` against `rules`, given its earlier meetings (and, for a meeting by tổ đảng, its round). Raises sinhhoat.Error for invalid input; every rule's outcome is a finding of the verdict.
    """

def check_reporting(
    rules: RuleSet, as_of: datetime.date, report_date: datetime.date | None = None
) -> Verdict:
    """
    Has the final evaluation report been sent, asked on `as_of`: pilot.reporting under the rule set's citations (R39), a report dated after `as_of` refused (R40: with no deadline stated, an unsent report is not evaluated).
    """

@typing.overload
def check_round(round: GroupRound, rules: RuleSet, party_groups: int | None = None) -> Verdict:
    """
    Is this tổ đảng round in order: its days within the pilot, preparation, conduct, reports, consolidation, excluded content and registration, as check() decides them (R39). `party_groups`: how many tổ đảng the cell has (R18; None: that point is not evaluated; R36: given, the tổ are numbered 1..N).
    """

@typing.overload
def check_round(round: GroupRound, organisation: Organisation, rules: RuleSet) -> Verdict:
    """
    The same for a round of `organisation`: its tổ đảng, its roll (R35) and its kind (R44) are the organisation's, as in check().
    """

def check_selection(
    selection: UnitSelection, rules: RuleSet, as_of: datetime.date | None = None
) -> Verdict:
    """
    Does a district's (or a đảng uỷ's) pilot selection meet III.1, asked on `as_of` (R39: before the deadline a list not yet sent is not due; None: judged as after it). An organisation counts when its own record says it was chosen for that pilot by the list's day.
    """

def clause_of(rule: RuleId) -> str:
    """
    The clause a rule rests on, e.g. 'II.2 ý 3'.
    """

def committee_meeting_steps() -> frozenset[Topic]:
    """
    The order of a cấp uỷ meeting and of a đảng bộ cơ sở's general meeting (R15).
    """

def excluded_topics_ii32() -> frozenset[Topic]:
    """
    The II.3.2 list of excluded topics.
    """

def ground_class(ground: Ground) -> Ground:
    """
    The catalogue class of a ground (abroad -> dispersed_wide_area, ...).
    """

def grounds_of(kind: GroundKind) -> frozenset[Ground]:
    """
    Every ground of one kind.
    """

@typing.overload
def group_quota_left(
    history: MeetingHistory, day: datetime.date, rules: RuleSet
) -> QuotaStatus | None:
    """
    The tổ đảng rounds used and left in the quota year containing `day`, every round of `history` counting (a cell whose selection date is not known).
    """

@typing.overload
def group_quota_left(
    organisation: Organisation, history: MeetingHistory, day: datetime.date, rules: RuleSet
) -> QuotaStatus | None:
    """
    The tổ đảng rounds of `organisation` used and left in the quota year containing `day`: those on or after its selection for the tổ đảng pilot (R43), as check() counts them.
    """

def kind_of(ground: Ground) -> GroundKind:
    """
    Special nature or special circumstances.
    """

def online_eligibility(
    organisation: Organisation, ground: Ground, day: datetime.date, rules: RuleSet
) -> Verdict:
    """
    May `organisation` meet online on `ground` on `day`: kind, ground, majority, authorisation and the pilot window.
    """

def online_quota_left(
    organisation: Organisation, history: MeetingHistory, day: datetime.date, rules: RuleSet
) -> QuotaStatus | None:
    """
    The special-nature online meetings used and left in the quota year containing `day`; None when no quota applies.
    """

def pilot_reporting(
    rules: RuleSet, as_of: datetime.date, report_date: datetime.date | None = None
) -> Finding:
    """
    pilot.reporting alone: has the final evaluation report been sent, asked on `as_of` (the finding cites the catalogue's clause; check_reporting() cites the rule set's).
    """

def report_due(group_meeting: GroupMeeting, rules: RuleSet) -> datetime.date | None:
    """
    The last day a tổ trưởng's report is on time; None if no deadline is in force.
    """

def seasonal_grounds() -> frozenset[Ground]:
    """
    The grounds that hold only within a rule set's summer break (R6).
    """

def thematic_meeting_steps() -> frozenset[Topic]:
    """
    The steps of a thematic meeting by default (R41, a reading): programme, the thematic topic, discussion and vote.
    """

def version() -> str:
    """
    The version of the C++ headers compiled in.
    """

__version__: str = "0.2.0"
