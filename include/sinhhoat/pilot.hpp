#pragma once
// The pilot itself: its window, the selection of pilot organisations, the registration of
// schedules and the final report (catalogue §5).

#include <algorithm>
#include <optional>
#include <ostream>
#include <sinhhoat/detail/support.hpp>
#include <sinhhoat/finding.hpp>
#include <sinhhoat/group.hpp>
#include <sinhhoat/meeting.hpp>
#include <sinhhoat/online.hpp>
#include <sinhhoat/organisation.hpp>
#include <sinhhoat/rule_set.hpp>
#include <string>
#include <vector>

namespace sinhhoat {

/// R31: the day the district level is gone and the đảng uỷ xã, phường and đặc khu become the
/// directly superior committees (Quy định 294-QĐ/TW, 26/5/2025, in force from 1/7/2025).
inline date reorganisation_day() {
    return make_date(2025, 7, 1);
}

/// Whether `k` is a committee of the 2025 reorganisation (đảng uỷ xã, phường, đặc khu).
constexpr bool is_reorganised_unit(selecting_unit_kind k) noexcept {
    return k == selecting_unit_kind::commune_committee ||
           k == selecting_unit_kind::ward_committee ||
           k == selecting_unit_kind::special_zone_committee;
}

/// A district committee's (or a đảng uỷ trực thuộc Tỉnh uỷ's, or from 1/7/2025 a đảng uỷ xã's,
/// phường's or đặc khu's) list of pilot organisations.
struct unit_selection {
    std::string unit; ///< e.g. "Huyện uỷ Hà Quảng"
    selecting_unit_kind kind = selecting_unit_kind::district_committee;
    std::optional<sinhhoat::date> submitted_on; ///< when the list reached the Tỉnh uỷ
    std::vector<organisation> online;           ///< chosen for online meetings
    std::vector<organisation> by_group;         ///< chosen for tổ đảng meetings
    /// R23 (III.1 "ít nhất từ 01 tổ chức đảng đủ điều kiện"): the pilots for which the unit states
    /// that none of its organisations is eligible; that minimum does not apply.
    pilot_set none_eligible;

    /// Throws a `sinhhoat::error` naming `unit_selection.<field>`.
    void validate() const;
};
template <> struct describe<unit_selection> {
    static constexpr std::string_view name = "unit_selection";
    static constexpr std::string_view doc =
        "A district committee's (or a đảng uỷ trực thuộc Tỉnh uỷ's) list of pilot organisations.";
    static constexpr auto fields = std::make_tuple(
        field("unit", &unit_selection::unit, "E.g. 'Huyện uỷ Hà Quảng'."),
        field("kind", &unit_selection::kind,
              "District committee or đảng uỷ trực thuộc; from 1/7/2025 a đảng uỷ xã, phường or "
              "đặc khu (R31)."),
        field("submitted_on", &unit_selection::submitted_on,
              "When the list reached the Tỉnh uỷ; None if not sent."),
        field("online", &unit_selection::online, "Chosen for online meetings."),
        field("by_group", &unit_selection::by_group, "Chosen for tổ đảng meetings."),
        field("none_eligible", &unit_selection::none_eligible,
              "Pilots for which the unit states that none of its organisations is eligible "
              "(R23)."));
    /// An organisation listed twice in one list would be counted twice towards the minimum.
    static void check(const unit_selection& s, const path& at) {
        const auto distinct = [&](const std::vector<organisation>& list, std::string_view name) {
            for (std::size_t i = 0; i < list.size(); ++i)
                for (std::size_t j = 0; j < i; ++j)
                    if (list[i] == list[j] ||
                        (!list[i].name.empty() && list[i].name == list[j].name))
                        throw inconsistent_input(
                            (at / name)[i].str(), "'" + list[i].name + "'",
                            "tổ chức đã có trong danh sách ở vị trí " + std::to_string(j),
                            "the organisation is already listed at " + std::to_string(j));
        };
        distinct(s.online, "online");
        distinct(s.by_group, "by_group");
        const auto stated_empty = [&](pilot_kind k, const std::vector<organisation>& list,
                                      std::string_view name) {
            if (s.none_eligible.contains(k) && !list.empty())
                throw inconsistent_input(
                    (at / "none_eligible").str() + " / " + (at / name).str(),
                    std::string(to_code(k)) + " / " + std::to_string(list.size()),
                    "đơn vị nêu không có tổ chức đủ điều kiện nhưng vẫn chọn tổ chức",
                    "the unit states none is eligible yet lists organisations");
        };
        stated_empty(pilot_kind::online, s.online, "online");
        stated_empty(pilot_kind::by_group, s.by_group, "by_group");
        // R31: no district committee from 1/7/2025, and no commune, ward or special-zone
        // committee choosing before it.
        if (!s.submitted_on)
            return;
        const auto refuse = [&](const char* vi, const char* en) {
            throw inconsistent_input((at / "submitted_on").str(), to_iso(*s.submitted_on), vi, en);
        };
        const bool after = !(*s.submitted_on < reorganisation_day());
        if (after && s.kind == selecting_unit_kind::district_committee)
            refuse("từ 01/07/2025 không còn cấp huyện (Quy định 294-QĐ/TW): huyện uỷ, thành uỷ "
                   "không thể lập danh sách",
                   "from 2025-07-01 there is no district level (Quy định 294-QĐ/TW): a district "
                   "committee cannot make a list");
        if (!after && is_reorganised_unit(s.kind))
            refuse("đảng uỷ xã, phường, đặc khu là cấp trên trực tiếp từ 01/07/2025 (Quy định "
                   "294-QĐ/TW)",
                   "commune, ward and special-zone committees are the superior committees from "
                   "2025-07-01 (Quy định 294-QĐ/TW)");
    }
};

inline void unit_selection::validate() const {
    sinhhoat::validate(*this);
}

namespace pilot {

/// pilot.window — Cao Bằng III: the pilot rules cover meetings on the days of the rule set's
/// periods, both ends included; outside them they do not apply (not "allowed"). R27: a period
/// may run until new rules ("đến khi có quy định, hướng dẫn mới"); R28: a day between two
/// periods has no rule basis; R29: a day after them is the successor's, when one is named.
template <class As = detail::explain>
auto window(date d, const rule_set& rules, As as = {}) noexcept {
    constexpr auto rule = rule_id::pilot_window;
    const auto day = date_value(d);
    const auto& periods = rules.periods;
    if (periods.empty()) // validation refuses it: nothing is covered
        return as.not_covered(rule, reason::window_before, {0, day});
    if (d < periods.front().first)
        return as.not_covered(rule, reason::window_before,
                              {date_value(periods.front().first), day});
    for (std::size_t i = 0; i < periods.size(); ++i) {
        const auto& p = periods[i];
        if (p.contains(d))
            return p.last ? as.passed(rule, reason::window_inside,
                                      {date_value(p.first), date_value(*p.last), day})
                          : as.passed(rule, reason::window_inside_open, {date_value(p.first), day});
        if (i + 1 < periods.size() && d < periods[i + 1].first)
            return as.not_covered(
                rule, reason::window_gap,
                {date_value(p.last.value_or(d)), date_value(periods[i + 1].first), day});
    }
    const auto last = date_value(periods.back().last.value_or(d));
    if (const auto* next = rules.successor_on(d))
        return as.not_covered(rule, reason::window_succeeded, {last, date_value(next->since), day});
    return as.not_covered(rule, reason::window_outside,
                          {date_value(periods.front().first), last, day});
}

/// pilot.window — R19: tổ meetings are in person; a round with a tổ meeting held online is covered
/// by neither pilot. The finding for the first such tổ meeting; nothing when all are in person.
inline std::optional<finding> online_group_meeting(const group_round& round) {
    constexpr detail::explain as{};
    for (const auto& g : round.groups)
        if (g.form != meeting_form::in_person)
            return as.not_covered(rule_id::pilot_window, reason::group_meeting_online,
                                  {g.group, detail::code(g.form)});
    return std::nullopt;
}

/// pilot.window — what a rule set speaks of: a pilot its texts do not cover (Đồng Nai's guidance
/// speaks of tổ đảng only) is not covered, which is not the same as not allowed.
template <class As = detail::explain>
auto covered(pilot_kind pilot, const rule_set& rules, As as = {}) noexcept {
    if (!rules.covers.contains(pilot))
        return as.not_covered(rule_id::pilot_window, reason::pilot_not_covered,
                              {static_cast<std::int64_t>(pilot)});
    return as.passed(rule_id::pilot_window, reason::pilot_covered,
                     {static_cast<std::int64_t>(pilot)});
}

/// Whether an organisation on a list can pilot online meetings on a special-nature ground: kind
/// and majority (II.1.1) on `d`.
inline bool eligible_online(const organisation& org, date d, const rule_set& rules) {
    return online::scope_org_kind(org).status == finding_status::passed &&
           online::scope_majority(org, d, ground_kind::special_nature, rules).status ==
               finding_status::passed;
}

/// Whether an organisation on a list can pilot tổ đảng meetings on `d` (II.1.2).
inline bool eligible_by_group(const organisation& org, date d, const rule_set& rules) {
    const auto fs = group::eligibility(org, d, rules);
    return fs.size() == 1 && fs[0].status == finding_status::passed;
}

/// Whether an organisation on a list counts as chosen for `pilot` by `on`, the list's day (R39:
/// its own record says so, dated on or before that day); nothing when its record does not show
/// it (no date, or one before the guidance, R1 and R34).
inline std::optional<bool> chosen_by(const organisation& org, pilot_kind pilot, date on,
                                     const rule_set& rules) {
    const auto listing = org.listing_for(pilot, false);
    if (!listing.listed)
        return false;
    if (!listing.since || detail::predates_guidance(*listing.since, rules))
        return std::nullopt;
    return !(on < *listing.since);
}

/// pilot.selection — Cao Bằng III.1: each huyện uỷ / thành uỷ chooses at least 1 eligible
/// organisation for each pilot; đảng uỷ directly under the Tỉnh uỷ choose by their conditions;
/// every list reaches the Tỉnh uỷ before 30/7/2023. Eligibility is judged on the day the list
/// was sent (or the deadline's eve when it was not). R39: an organisation counts only when its
/// own record says it was chosen for that pilot by then; asked on `as_of` before the deadline, a
/// list not yet sent is not due (with no day asked, it is judged as after the deadline).
inline findings selection(const unit_selection& s, const rule_set& rules,
                          std::optional<date> as_of = std::nullopt) {
    constexpr detail::explain as{};
    constexpr auto rule = rule_id::pilot_selection;
    s.validate();
    if (as_of) {
        detail::require_date(*as_of, "as_of");
        if (s.submitted_on && *as_of < *s.submitted_on)
            throw inconsistent_input("unit_selection.submitted_on", to_iso(*s.submitted_on),
                                     "gửi sau ngày hỏi " + to_vn(*as_of),
                                     "sent after the day asked about, " + to_iso(*as_of));
    }
    findings out;
    if (!rules.selection) {
        out.push_back(as.not_applicable(rule, reason::selection_not_required));
        return out;
    }
    // R31: the III.1 minimum and the list deadline bound the districts of 2023; a list made by
    // the committees after the reorganisation is held to neither.
    if (is_reorganised_unit(s.kind) ||
        (s.submitted_on && !(*s.submitted_on < reorganisation_day()))) {
        out.push_back(as.not_applicable(rule, reason::selection_after_reorganisation));
        return out;
    }
    const auto& req = *rules.selection;
    if (!s.submitted_on && as_of && *as_of < req.deadline) {
        out.push_back(
            as.not_applicable(rule, reason::selection_not_yet_due, {date_value(req.deadline)}));
        return out;
    }
    const date on = s.submitted_on ? *s.submitted_on : req.deadline - days(1);
    // Eligible and shown chosen by `on`; eligible and not shown either way.
    const auto tally = [&](const std::vector<organisation>& list, pilot_kind pilot, auto eligible) {
        std::pair<std::int64_t, std::int64_t> n{0, 0};
        for (const auto& o : list)
            if (eligible(o, on, rules)) {
                const auto chosen = chosen_by(o, pilot, on, rules);
                n.first += chosen == true;
                n.second += !chosen;
            }
        return n;
    };
    const auto online = tally(s.online, pilot_kind::online, eligible_online);
    const auto by_group = tally(s.by_group, pilot_kind::by_group, eligible_by_group);
    if (s.kind == selecting_unit_kind::district_committee) {
        const auto minimum = [&](pilot_kind pilot, std::pair<std::int64_t, std::int64_t> n,
                                 std::int64_t min, reason too_few) {
            if (s.none_eligible.contains(pilot)) // R23: a minimum the unit states it cannot meet
                out.push_back(as.not_applicable(rule, reason::selection_none_eligible,
                                                {detail::code(pilot)}));
            else if (n.first < min && n.first + n.second >= min)
                out.push_back(as.not_evaluated(rule, reason::selection_choice_not_shown,
                                               {detail::code(pilot), n.first, n.second, min}));
            else if (n.first < min)
                out.push_back(as.violated(rule, too_few, {n.first, min}));
        };
        minimum(pilot_kind::online, online, req.min_online, reason::selection_too_few_online);
        minimum(pilot_kind::by_group, by_group, req.min_by_group, reason::selection_too_few_group);
    }
    if (!s.submitted_on)
        out.push_back(as.violated(rule, reason::selection_not_sent, {date_value(req.deadline)}));
    else if (!(*s.submitted_on < req.deadline))
        out.push_back(as.violated(rule, reason::selection_late,
                                  {date_value(*s.submitted_on), date_value(req.deadline)}));
    if (std::none_of(out.begin(), out.end(), [](const finding& f) {
            return f.status == finding_status::violated ||
                   f.status == finding_status::not_evaluated;
        }))
        out.push_back(as.passed(rule, reason::selection_met, {online.first, by_group.first}));
    return out;
}

/// pilot.registration — Nghệ An Khối (08-HD/ĐUK): pilot units register their online and tổ đảng
/// meeting schedules with the Đảng ủy Khối so that it can send attendees. R44: a đảng bộ cơ sở's
/// general meeting (`kind` grassroots_committee, the whole organisation meeting) only where the
/// rule set lists it (`registration_general_meeting`).
template <class As = detail::explain>
auto registration(const meeting& m, const rule_set& rules, const group_round* round = nullptr,
                  std::optional<organisation_kind> kind = std::nullopt, As as = {}) noexcept {
    constexpr auto rule = rule_id::pilot_registration;
    if (!rules.registration_required)
        return as.not_applicable(rule, reason::registration_not_required);
    if (kind == organisation_kind::grassroots_committee &&
        m.body == meeting_body::whole_organisation && !rules.registration_general_meeting)
        return as.not_applicable(rule, reason::registration_general_meeting_not_listed);
    if (m.registered == false)
        return as.violated(rule, reason::registration_missing);
    std::int64_t missing = 0, first_missing = 0, unstated = 0, first_unstated = 0;
    if (round) // R21: each tổ meeting, not only the round
        for (const auto& g : round->groups) {
            if (g.registered == false && missing++ == 0)
                first_missing = g.group;
            if (!g.registered && unstated++ == 0)
                first_unstated = g.group;
        }
    if (missing)
        return as.violated(rule, reason::registration_group_missing, {missing, first_missing});
    // R38: not stated is not evaluated, never passed. A round whose record does not say is
    // registered when each of its tổ meetings is (R21: the schedule is theirs).
    if (unstated)
        return as.not_evaluated(rule, reason::registration_group_not_stated,
                                {unstated, first_unstated});
    if (!m.registered && !(round && !round->groups.empty()))
        return as.not_evaluated(rule, reason::registration_not_stated);
    return as.passed(rule, reason::registration_done);
}

/// pilot.reporting — Cao Bằng III, last paragraph: when the pilot ends ("hết thời gian trên"),
/// units send an evaluation report. Asked on `as_of`, with the report's date if one was sent.
/// R22: only a report dated after the last period's last day is that report; one sent before is
/// not. R27: while the last period runs until new rules, no report is due. R40: no text held
/// gives a day by which it is late unless the rule set states one (`final_report_due`), and a
/// rule set whose texts do not speak of the report leaves it not evaluated.
inline finding reporting(const rule_set& rules, date as_of, std::optional<date> report_date) {
    constexpr detail::explain as{};
    constexpr auto rule = rule_id::pilot_reporting;
    detail::require_date(as_of, "as_of");
    if (report_date) {
        detail::require_date(*report_date, "report_date");
        if (as_of < *report_date) // R39: a record cannot show a report not yet sent
            throw inconsistent_input("report_date", to_iso(*report_date),
                                     "đề ngày sau ngày hỏi " + to_vn(as_of),
                                     "dated after the day asked about, " + to_iso(as_of));
    }
    if (!rules.final_report_required)
        return as.not_evaluated(rule, reason::reporting_duty_not_stated);
    if (!*rules.final_report_required)
        return as.not_applicable(rule, reason::reporting_not_required);
    if (rules.periods.empty() || !rules.periods.back().last) // R27: the pilot goes on
        return as.not_applicable(
            rule, reason::reporting_pilot_ongoing,
            {rules.periods.empty() ? 0 : date_value(rules.periods.back().first)});
    const date end = *rules.periods.back().last;
    const auto last = date_value(end);
    if (report_date && end < *report_date)
        return as.passed(rule, reason::reporting_done, {date_value(*report_date)});
    if (!(end < as_of))
        return as.not_applicable(rule, reason::reporting_not_due, {last});
    if (!rules.final_report_due) // R40: sent or not, nothing says it is late
        return as.not_evaluated(rule, reason::reporting_no_deadline, {last});
    const auto due = date_value(*rules.final_report_due);
    if (!(*rules.final_report_due < as_of))
        return as.not_applicable(rule, reason::reporting_due_later, {last, due});
    if (report_date)
        return as.violated(rule, reason::reporting_before_end, {date_value(*report_date), last});
    return as.violated(rule, reason::reporting_overdue, {last, due});
}

} // namespace pilot
} // namespace sinhhoat
