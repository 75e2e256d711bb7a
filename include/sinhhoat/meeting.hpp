#pragma once
// A meeting to check, and the parts of a tổ đảng round. A meeting is flat (no heap) so that
// millions of them can be held in columns and copied freely.

#include <cstdint>
#include <optional>
#include <sinhhoat/codes.hpp>
#include <sinhhoat/date.hpp>
#include <sinhhoat/describe.hpp>
#include <sinhhoat/error.hpp>
#include <string>
#include <vector>

namespace sinhhoat {

/// What the minutes of a meeting record (II.4.2 ý 2; R16: an online meeting's too).
struct meeting_minutes {
    std::int32_t members_present = 0;         ///< members present (0: not recorded)
    bool opinions_recorded = false;           ///< the opinions given
    bool differing_opinions_recorded = false; ///< differing or not-yet-agreed opinions
    bool reserved_opinions_recorded = false;  ///< opinions reserved

    bool complete() const noexcept {
        return members_present > 0 && opinions_recorded && differing_opinions_recorded &&
               reserved_opinions_recorded;
    }
};
template <> struct describe<meeting_minutes> {
    static constexpr std::string_view name = "minutes";
    static constexpr std::string_view doc = "What the minutes of a meeting record.";
    static constexpr auto fields = std::make_tuple(
        field("members_present", &meeting_minutes::members_present,
              "Members present (0: not recorded).")
            .at_least(0),
        field("opinions_recorded", &meeting_minutes::opinions_recorded, "The opinions given."),
        field("differing_opinions_recorded", &meeting_minutes::differing_opinions_recorded,
              "Differing or not-yet-agreed opinions."),
        field("reserved_opinions_recorded", &meeting_minutes::reserved_opinions_recorded,
              "Opinions reserved."));
};

/// One meeting of an organisation. For a tổ đảng round, `date` is the day the round starts
/// (its first tổ meeting) and the round's details are a `group_round`.
struct meeting {
    sinhhoat::date date;
    meeting_body body = meeting_body::whole_organisation;
    meeting_form form = meeting_form::in_person;
    meeting_kind kind = meeting_kind::regular; ///< R41: regular or thematic
    std::optional<sinhhoat::ground> ground;    ///< the ground an online meeting is held on
    topic_set agenda;
    /// What the meeting software's provider satisfies; R38: None, not stated (not evaluated),
    /// is not the empty set (stated: none, a violation).
    std::optional<platform_set> platform;
    std::optional<infrastructure_set> infrastructure; ///< what is in place online (R38)
    bool gathering_impossible = false; ///< members cannot be gathered at one place at all
    std::optional<bool> registered;    ///< schedule registered with the superior (R38)
    /// R9: members who joined online; unknown (not stated) leaves that point of online.form
    /// not evaluated for a hybrid meeting.
    std::optional<std::int32_t> members_online;
    /// R14: the meeting states that its special circumstance is still going on that day.
    bool circumstance_ongoing = false;
    /// R16: an online meeting's minutes; None: none recorded (a violation of online.procedure).
    std::optional<meeting_minutes> minutes;

    bool is_online() const noexcept {
        return form == meeting_form::hybrid || form == meeting_form::fully_online;
    }

    /// Throws a `sinhhoat::error` naming `meeting.<field>`.
    void validate() const;
};

namespace detail {
/// A meeting by tổ đảng is a round of tổ meetings, and a round is held by tổ đảng: the two go
/// together (a quota could otherwise count a whole-cell meeting as a round).
inline bool group_form_ok(meeting_body body, meeting_form form) noexcept {
    return (form == meeting_form::by_group) == (body == meeting_body::party_group_round);
}
inline void check_group_form(meeting_body body, meeting_form form, const path& at) {
    if (!group_form_ok(body, form))
        throw inconsistent_input(
            (at / "form").str() + " / " + (at / "body").str(),
            std::string(to_code(form)) + " / " + std::string(to_code(body)),
            "sinh hoạt theo tổ đảng và đợt sinh hoạt tổ đảng phải đi cùng nhau",
            "form by_group goes with body party_group_round, and only with it");
}
/// R35: whether a meeting's own figures are possible together: members online within those
/// present (0 present: not recorded), and every one of them at a fully online meeting.
inline bool figures_ok(meeting_form form, std::int32_t present,
                       std::optional<std::int32_t> online) noexcept {
    if (!online || present == 0)
        return true;
    return *online <= present && (form != meeting_form::fully_online || *online == present);
}
} // namespace detail

template <> struct describe<meeting> {
    static constexpr std::string_view name = "meeting";
    static constexpr std::string_view doc =
        "One meeting of an organisation. For a tổ đảng round, `date` is its first tổ meeting and "
        "the round's details are a group round.";
    static constexpr auto fields = std::make_tuple(
        field("date", &meeting::date,
              "The meeting's date; for a tổ đảng round, its first tổ meeting.")
            .required(),
        field("body", &meeting::body, "Who meets."),
        field("form", &meeting::form, "How the meeting is held."),
        field("ground", &meeting::ground, "The ground an online meeting is held on."),
        field("agenda", &meeting::agenda, "The agenda items."),
        field("platform", &meeting::platform,
              "What the meeting software's provider satisfies; None: not stated (R38), not the "
              "empty set."),
        field("infrastructure", &meeting::infrastructure,
              "What is in place for the online members; None: not stated (R38)."),
        field("gathering_impossible", &meeting::gathering_impossible,
              "Members cannot be gathered at one place at all."),
        field("registered", &meeting::registered,
              "Schedule registered with the superior committee; None: not stated (R38)."),
        field("members_online", &meeting::members_online,
              "Members who joined online; None: not stated (R9).")
            .at_least(0),
        field("circumstance_ongoing", &meeting::circumstance_ongoing,
              "The meeting states that its special circumstance is still going on that day "
              "(R14)."),
        field("minutes", &meeting::minutes,
              "An online meeting's minutes; None: none recorded (R16)."),
        field("kind", &meeting::kind,
              "Regular (thường kỳ) or thematic (chuyên đề): which steps it holds (R41)."));
    static void check(const meeting& m, const path& at) {
        detail::check_group_form(m.body, m.form, at);
        const auto present = m.minutes ? m.minutes->members_present : 0;
        if (detail::figures_ok(m.form, present, m.members_online))
            return;
        if (*m.members_online > present)
            throw inconsistent_input(
                (at / "members_online").str(), std::to_string(*m.members_online),
                "nhiều hơn " + std::to_string(present) + " đảng viên có mặt theo biên bản",
                "more than the " + std::to_string(present) + " members present in the minutes");
        if (m.form == meeting_form::fully_online && *m.members_online != present)
            throw inconsistent_input((at / "members_online").str(),
                                     std::to_string(*m.members_online),
                                     "họp trực tuyến toàn bộ thì cả " + std::to_string(present) +
                                         " đảng viên có mặt đều dự trực tuyến",
                                     "a fully online meeting has all " + std::to_string(present) +
                                         " members present online");
    }
};

inline void meeting::validate() const {
    sinhhoat::validate(*this);
}

/// The meeting of the chi uỷ with the tổ trưởng before the tổ meetings (group.preparation).
struct group_preparation {
    sinhhoat::date date;
    bool group_leaders_attended = false; ///< the tổ trưởng who are not chi uỷ members took part
    bool content_set = false;            ///< the content of the tổ meetings was set
};
template <> struct describe<group_preparation> {
    static constexpr std::string_view name = "group_preparation";
    static constexpr std::string_view doc =
        "The chi uỷ's meeting with the tổ trưởng before the tổ meetings (group.preparation).";
    static constexpr auto fields = std::make_tuple(
        field("date", &group_preparation::date, "The preparation meeting's date.").required(),
        field("group_leaders_attended", &group_preparation::group_leaders_attended,
              "The tổ trưởng who are not chi uỷ members took part."),
        field("content_set", &group_preparation::content_set,
              "The content of the tổ meetings was set."));
};

/// One tổ meeting of a round (group.conduct, group.report_deadline).
struct group_meeting {
    std::int32_t group = 0; ///< the tổ's number within the cell
    sinhhoat::date date;
    std::optional<bool> chaired_by_group_leader; ///< the tổ trưởng chaired (R38: None, not stated)
    std::optional<bool> committee_member_assigned; ///< a chi uỷ member assigned at the preparation
    topic_set agenda;
    std::int32_t members_present = 0;          ///< minutes: members present (0: not recorded)
    bool opinions_recorded = false;            ///< minutes: the opinions given
    bool differing_opinions_recorded = false;  ///< minutes: differing or not-yet-agreed opinions
    bool reserved_opinions_recorded = false;   ///< minutes: opinions reserved
    std::optional<sinhhoat::date> report_date; ///< tổ trưởng's report to the chi uỷ
    /// R38: false, the record states no report was sent; with no `report_date`, None (it does
    /// not say) or true (sent, on a day not given) leave the deadline not evaluated.
    std::optional<bool> reported;
    /// R19: a tổ meeting is held in person; one held online is covered by neither pilot.
    meeting_form form = meeting_form::in_person;
    std::optional<bool> registered; ///< R21: registered with the superior, where asked (R38)
};
template <> struct describe<group_meeting> {
    static constexpr std::string_view name = "group_meeting";
    static constexpr std::string_view doc = "One tổ meeting of a round.";
    static constexpr auto fields = std::make_tuple(
        field("group", &group_meeting::group, "The tổ's number within the cell.").at_least(0),
        field("date", &group_meeting::date, "The tổ meeting's date.").required(),
        field("chaired_by_group_leader", &group_meeting::chaired_by_group_leader,
              "The tổ trưởng chaired; None: not stated (R38)."),
        field("committee_member_assigned", &group_meeting::committee_member_assigned,
              "A chi uỷ member was assigned at the preparation; None: not stated (R38)."),
        field("agenda", &group_meeting::agenda, "The agenda items."),
        field("members_present", &group_meeting::members_present,
              "Minutes: members present (0: not recorded).")
            .at_least(0),
        field("opinions_recorded", &group_meeting::opinions_recorded,
              "Minutes: the opinions given."),
        field("differing_opinions_recorded", &group_meeting::differing_opinions_recorded,
              "Minutes: differing or not-yet-agreed opinions."),
        field("reserved_opinions_recorded", &group_meeting::reserved_opinions_recorded,
              "Minutes: opinions reserved."),
        field("report_date", &group_meeting::report_date,
              "The tổ trưởng's report to the chi uỷ; None: not sent, or not stated (see "
              "reported)."),
        field("reported", &group_meeting::reported,
              "False: the record states no report was sent. With no report_date, None (not "
              "stated) or true (a day not given) leave the deadline not evaluated (R38)."),
        field("form", &group_meeting::form,
              "How the tổ meeting was held: in person, or online (hybrid, fully online; R19)."),
        field("registered", &group_meeting::registered,
              "Registered with the superior committee, where the rule set asks (R21); None: not "
              "stated (R38)."));
    static void check(const group_meeting& g, const path& at) {
        if (g.form == meeting_form::by_group)
            throw invalid_value((at / "form").str(), std::string(to_code(g.form)),
                                "một cuộc họp tổ là trực tiếp hoặc trực tuyến",
                                "a tổ meeting is in person or online");
        if (g.report_date && g.reported == false)
            throw inconsistent_input((at / "reported").str() + " / " + (at / "report_date").str(),
                                     "false / " + to_iso(*g.report_date),
                                     "nêu không báo cáo nhưng có ngày báo cáo",
                                     "states no report yet gives its date");
        if (g.report_date && *g.report_date < g.date)
            throw inconsistent_input((at / "report_date").str(), to_iso(*g.report_date),
                                     "báo cáo đề ngày trước cuộc họp tổ ngày " + to_vn(g.date),
                                     "report dated before its meeting on " + to_iso(g.date));
    }
};

/// The meeting of the chi uỷ with the tổ trưởng after the round (group.consolidation).
struct group_consolidation {
    sinhhoat::date date;
    bool group_leaders_attended = false;
    bool resolution_passed = false; ///< the chi bộ resolution was passed
    bool tasks_assigned = false;
};
template <> struct describe<group_consolidation> {
    static constexpr std::string_view name = "group_consolidation";
    static constexpr std::string_view doc =
        "The chi uỷ's meeting with the tổ trưởng after the round (group.consolidation).";
    static constexpr auto fields = std::make_tuple(
        field("date", &group_consolidation::date, "The consolidation meeting's date.").required(),
        field("group_leaders_attended", &group_consolidation::group_leaders_attended,
              "The tổ trưởng took part."),
        field("resolution_passed", &group_consolidation::resolution_passed,
              "The chi bộ resolution was passed."),
        field("tasks_assigned", &group_consolidation::tasks_assigned, "Tasks were assigned."));
};

/// A round of sinh hoạt theo tổ đảng: preparation, the tổ meetings, consolidation.
struct group_round {
    std::optional<group_preparation> preparation;
    std::vector<group_meeting> groups;
    std::optional<group_consolidation> consolidation;
    /// R38: false, the record states the meeting was not held; None with no meeting given, it
    /// does not say (not evaluated).
    std::optional<bool> preparation_held;
    std::optional<bool> consolidation_held;

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

    /// Throws a `sinhhoat::error` naming `round.<field>`.
    void validate() const;
};
template <> struct describe<group_round> {
    static constexpr std::string_view name = "round";
    static constexpr std::string_view doc =
        "A round of sinh hoạt theo tổ đảng: preparation, the tổ meetings, consolidation.";
    static constexpr auto fields = std::make_tuple(
        field("preparation", &group_round::preparation, "The preparation meeting, if held."),
        field("groups", &group_round::groups, "The tổ meetings."),
        field("consolidation", &group_round::consolidation, "The consolidation meeting, if held."),
        field("preparation_held", &group_round::preparation_held,
              "False: the record states no preparation meeting was held; None with no "
              "preparation: not stated (R38)."),
        field("consolidation_held", &group_round::consolidation_held,
              "False: the record states no consolidation meeting was held; None with no "
              "consolidation: not stated (R38)."));
    static void check(const group_round& r, const path& at) {
        const auto both = [&](bool given, std::optional<bool> held, std::string_view name,
                              std::string_view flag) {
            if (given && held == false)
                throw inconsistent_input((at / flag).str() + " / " + (at / name).str(),
                                         "false / " + std::string(name),
                                         "nêu không tổ chức nhưng có cuộc họp",
                                         "states it was not held yet gives the meeting");
        };
        both(r.preparation.has_value(), r.preparation_held, "preparation", "preparation_held");
        both(r.consolidation.has_value(), r.consolidation_held, "consolidation",
             "consolidation_held");
    }
};

inline void group_round::validate() const {
    sinhhoat::validate(*this);
}

} // namespace sinhhoat
