#pragma once
// A meeting to check, and the parts of a tổ đảng round. A meeting is flat (no heap) so that
// millions of them can be held in columns and copied freely.

#include <cstdint>
#include <optional>
#include <ostream>
#include <sinhhoat/codes.hpp>
#include <sinhhoat/date.hpp>
#include <sinhhoat/error.hpp>
#include <string>
#include <tuple>
#include <vector>

namespace sinhhoat {

/// One meeting of an organisation. For a tổ đảng round, `date` is the day the round starts
/// (its first tổ meeting) and the round's details are a `group_round`.
struct meeting {
    sinhhoat::date date;
    meeting_body body = meeting_body::whole_organisation;
    meeting_form form = meeting_form::in_person;
    std::optional<sinhhoat::ground> ground; ///< the ground an online meeting is held on
    topic_set agenda;
    platform_set platform;             ///< what the meeting software's provider satisfies
    infrastructure_set infrastructure; ///< what is in place for the online members
    bool gathering_impossible = false; ///< members cannot be gathered at one place at all
    bool registered = false;           ///< schedule registered with the superior committee

    bool is_online() const noexcept {
        return form == meeting_form::hybrid || form == meeting_form::fully_online;
    }

    void validate() const {
        detail::require_date(date, "meeting.date");
        if (!is_valid(body))
            throw invalid_value("meeting.body", std::to_string(int(body)), "không hợp lệ",
                                "not a valid body");
        if (!is_valid(form))
            throw invalid_value("meeting.form", std::to_string(int(form)), "không hợp lệ",
                                "not a valid form");
        if (ground && !is_valid(*ground))
            throw invalid_value("meeting.ground", std::to_string(int(*ground)), "không hợp lệ",
                                "not a valid ground");
        if ((form == meeting_form::by_group) != (body == meeting_body::party_group_round))
            throw inconsistent_input(
                "meeting.form / meeting.body",
                std::string(to_code(form)) + " / " + std::string(to_code(body)),
                "sinh hoạt theo tổ đảng và đợt sinh hoạt tổ đảng phải đi cùng nhau",
                "form by_group goes with body party_group_round, and only with it");
    }

    friend bool operator==(const meeting& a, const meeting& b) {
        return std::tie(a.date, a.body, a.form, a.ground, a.agenda, a.platform, a.infrastructure,
                        a.gathering_impossible, a.registered) ==
               std::tie(b.date, b.body, b.form, b.ground, b.agenda, b.platform, b.infrastructure,
                        b.gathering_impossible, b.registered);
    }
    friend bool operator!=(const meeting& a, const meeting& b) { return !(a == b); }
};

/// The meeting of the chi uỷ with the tổ trưởng before the tổ meetings (group.preparation).
struct group_preparation {
    sinhhoat::date date;
    bool group_leaders_attended = false; ///< the tổ trưởng who are not chi uỷ members took part
    bool content_set = false;            ///< the content of the tổ meetings was set

    friend bool operator==(const group_preparation& a, const group_preparation& b) {
        return std::tie(a.date, a.group_leaders_attended, a.content_set) ==
               std::tie(b.date, b.group_leaders_attended, b.content_set);
    }
    friend bool operator!=(const group_preparation& a, const group_preparation& b) {
        return !(a == b);
    }
};

/// One tổ meeting of a round (group.conduct, group.report_deadline).
struct group_meeting {
    std::int32_t group = 0; ///< the tổ's number within the cell
    sinhhoat::date date;
    bool chaired_by_group_leader = false;   ///< the tổ trưởng chaired
    bool committee_member_assigned = false; ///< a chi uỷ member was assigned at the preparation
    topic_set agenda;
    std::int32_t members_present = 0;          ///< minutes: members present (0: not recorded)
    bool opinions_recorded = false;            ///< minutes: the opinions given
    bool differing_opinions_recorded = false;  ///< minutes: differing or not-yet-agreed opinions
    bool reserved_opinions_recorded = false;   ///< minutes: opinions reserved
    std::optional<sinhhoat::date> report_date; ///< tổ trưởng's report to the chi uỷ

    friend bool operator==(const group_meeting& a, const group_meeting& b) {
        return std::tie(a.group, a.date, a.chaired_by_group_leader, a.committee_member_assigned,
                        a.agenda, a.members_present, a.opinions_recorded,
                        a.differing_opinions_recorded, a.reserved_opinions_recorded,
                        a.report_date) ==
               std::tie(b.group, b.date, b.chaired_by_group_leader, b.committee_member_assigned,
                        b.agenda, b.members_present, b.opinions_recorded,
                        b.differing_opinions_recorded, b.reserved_opinions_recorded, b.report_date);
    }
    friend bool operator!=(const group_meeting& a, const group_meeting& b) { return !(a == b); }
};

/// The meeting of the chi uỷ with the tổ trưởng after the round (group.consolidation).
struct group_consolidation {
    sinhhoat::date date;
    bool group_leaders_attended = false;
    bool resolution_passed = false; ///< the chi bộ resolution was passed
    bool tasks_assigned = false;

    friend bool operator==(const group_consolidation& a, const group_consolidation& b) {
        return std::tie(a.date, a.group_leaders_attended, a.resolution_passed, a.tasks_assigned) ==
               std::tie(b.date, b.group_leaders_attended, b.resolution_passed, b.tasks_assigned);
    }
    friend bool operator!=(const group_consolidation& a, const group_consolidation& b) {
        return !(a == b);
    }
};

/// A round of sinh hoạt theo tổ đảng: preparation, the tổ meetings, consolidation.
struct group_round {
    std::optional<group_preparation> preparation;
    std::vector<group_meeting> groups;
    std::optional<group_consolidation> consolidation;

    /// The first tổ meeting's date: the round's date for quotas and windows.
    std::optional<sinhhoat::date> first_date() const {
        std::optional<sinhhoat::date> d;
        for (const auto& g : groups)
            if (!d || g.date < *d)
                d = g.date;
        return d;
    }
    std::optional<sinhhoat::date> last_date() const {
        std::optional<sinhhoat::date> d;
        for (const auto& g : groups)
            if (!d || *d < g.date)
                d = g.date;
        return d;
    }

    void validate() const {
        if (preparation)
            detail::require_date(preparation->date, "round.preparation.date");
        if (consolidation)
            detail::require_date(consolidation->date, "round.consolidation.date");
        for (std::size_t i = 0; i < groups.size(); ++i) {
            const auto& g = groups[i];
            // Built only when throwing: validation runs on every check.
            const auto field = [i](const char* member) {
                return "round.groups[" + std::to_string(i) + "]." + member;
            };
            detail::require_date(g.date, [&] { return field("date"); });
            if (g.members_present < 0)
                throw invalid_value(field("members_present"), std::to_string(g.members_present),
                                    "số lượng không được âm", "a count cannot be negative");
            if (g.report_date) {
                detail::require_date(*g.report_date, [&] { return field("report_date"); });
                if (*g.report_date < g.date)
                    throw inconsistent_input(
                        field("report_date"), to_iso(*g.report_date),
                        "báo cáo đề ngày trước cuộc họp tổ ngày " + to_vn(g.date),
                        "report dated before its meeting on " + to_iso(g.date));
            }
        }
    }

    friend bool operator==(const group_round& a, const group_round& b) {
        return std::tie(a.preparation, a.groups, a.consolidation) ==
               std::tie(b.preparation, b.groups, b.consolidation);
    }
    friend bool operator!=(const group_round& a, const group_round& b) { return !(a == b); }
};

inline std::ostream& operator<<(std::ostream& os, const meeting& m) {
    os << "meeting{" << to_iso(m.date) << ", " << m.body << ", " << m.form;
    if (m.ground)
        os << ", ground=" << *m.ground;
    return os << ", agenda=" << m.agenda << ", platform=" << m.platform
              << ", infrastructure=" << m.infrastructure
              << ", gathering_impossible=" << m.gathering_impossible
              << ", registered=" << m.registered << '}';
}
inline std::ostream& operator<<(std::ostream& os, const group_preparation& p) {
    return os << "group_preparation{" << to_iso(p.date)
              << ", group_leaders_attended=" << p.group_leaders_attended
              << ", content_set=" << p.content_set << '}';
}
inline std::ostream& operator<<(std::ostream& os, const group_meeting& g) {
    os << "group_meeting{group=" << g.group << ", " << to_iso(g.date)
       << ", chaired_by_group_leader=" << g.chaired_by_group_leader
       << ", committee_member_assigned=" << g.committee_member_assigned << ", agenda=" << g.agenda
       << ", members_present=" << g.members_present << ", opinions_recorded=" << g.opinions_recorded
       << ", differing_opinions_recorded=" << g.differing_opinions_recorded
       << ", reserved_opinions_recorded=" << g.reserved_opinions_recorded;
    if (g.report_date)
        os << ", report_date=" << to_iso(*g.report_date);
    return os << '}';
}
inline std::ostream& operator<<(std::ostream& os, const group_consolidation& c) {
    return os << "group_consolidation{" << to_iso(c.date)
              << ", group_leaders_attended=" << c.group_leaders_attended
              << ", resolution_passed=" << c.resolution_passed
              << ", tasks_assigned=" << c.tasks_assigned << '}';
}
inline std::ostream& operator<<(std::ostream& os, const group_round& r) {
    os << "group_round{";
    if (r.preparation)
        os << *r.preparation << ", ";
    os << "groups=[";
    for (std::size_t i = 0; i < r.groups.size(); ++i)
        os << (i ? ", " : "") << r.groups[i];
    os << ']';
    if (r.consolidation)
        os << ", " << *r.consolidation;
    return os << '}';
}

} // namespace sinhhoat
