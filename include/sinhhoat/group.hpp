#pragma once
// Meetings by party group (sinh hoạt đảng theo tổ đảng): catalogue §3.

#include <algorithm>
#include <optional>
#include <sinhhoat/detail/support.hpp>
#include <sinhhoat/finding.hpp>
#include <sinhhoat/history.hpp>
#include <sinhhoat/meeting.hpp>
#include <sinhhoat/organisation.hpp>
#include <sinhhoat/rule_set.hpp>
#include <vector>

namespace sinhhoat {
namespace group {

/// Members counted against the 50 of II.1.2 under interp.group_member_count.
inline std::int32_t counted_members(const organisation& org, const rule_set& rules) {
    return rules.interp.group_member_count == member_count_basis::all_on_roll ? org.roll.members
                                                                              : org.roll.base();
}

/// Whether `org` may meet by tổ đảng on `d`, leaving aside the pilot list (II.1.2): adds the
/// findings that say it may not to `out` and, when there are none and `met` is given, the passed
/// finding with that reason.
template <class Sink>
void eligibility(Sink& out, const organisation& org, date d, const parameters& at,
                 const rule_set& rules, std::optional<reason> met) {
    constexpr auto rule = rule_id::group_scope;
    bool fault = false;
    const auto add = [&](auto&& kernel) {
        detail::add_rule(out, kernel);
        fault = true;
    };
    if (org.kind != organisation_kind::grassroots_cell &&
        org.kind != organisation_kind::subordinate_cell)
        add([&](auto as) {
            return as.violated(rule, reason::group_not_a_cell, {detail::code(org.kind)});
        });
    const auto minimum = at.group_min_members;
    if (!minimum) {
        add([&](auto as) { return as.no_parameter(rule, d); });
        return;
    }
    const auto members = counted_members(org, rules);
    if (members < *minimum)
        add([&](auto as) {
            return as.violated(rule, reason::group_too_few_members, {members, *minimum});
        });
    if (!org.has_party_groups)
        add([&](auto as) { return as.violated(rule, reason::group_no_party_groups); });
    else if (org.party_groups && *org.party_groups < 2) // R36: "các tổ đảng"
        add([&](auto as) {
            return as.violated(rule, reason::group_too_few_groups, {*org.party_groups});
        });
    if (!fault && met)
        detail::add_rule(out, [&](auto as) { return as.passed(rule, *met, {members, *minimum}); });
}
inline findings eligibility(const organisation& org, date d, const rule_set& rules) {
    detail::collected c;
    eligibility(c, org, d, rules.parameters_on(d), rules, reason::group_scope_met);
    return c.out;
}

/// III.1 for group.scope: why `org` does not show that it was chosen for the tổ đảng pilot
/// before `d` (R1, R2, R30, R34); nothing when it does.
template <class As = detail::explain>
auto selection_fault(const organisation& org, date d, const rule_set& rules, As as = {}) noexcept
    -> std::optional<decltype(as.passed(rule_id::group_scope, reason::group_scope_met))> {
    constexpr auto rule = rule_id::group_scope;
    if (!org.pilot.by_group)
        return as.violated(rule, reason::group_not_selected);
    const auto selected_on = org.pilot.date_for(pilot_kind::by_group); // R2: its own date
    if (selected_on && d < *selected_on)
        return as.violated(rule, reason::group_selected_after_meeting,
                           {date_value(*selected_on), date_value(d)});
    if (!selected_on) // R1: no date is no evidence of a choice before the meeting
        return as.not_evaluated(rule, reason::group_selected_undated);
    if (const auto first = detail::predates_guidance(*selected_on, rules)) // R34
        return as.not_evaluated(rule, reason::group_listed_before_guidance,
                                {date_value(*selected_on), date_value(*first)});
    if (const auto from = detail::selection_must_follow(d, rules); from && *selected_on < *from)
        return as.violated(rule, reason::group_selected_before_period,
                           {date_value(*selected_on), date_value(*from)});
    return std::nullopt;
}

/// group.scope — II.1.2: a chi bộ with 50 or more members (interp.group_member_count) that has
/// established tổ đảng, chosen for the tổ đảng pilot (III.1) where the rule set asks for a list.
/// Adds its findings to `out`.
template <class Sink>
void scope(Sink& out, const organisation& org, date d, const parameters& at,
           const rule_set& rules) {
    // A text that asks for no list: every chi bộ meeting the conditions may use the form, and
    // the passed finding says so (same members and minimum).
    if (!rules.list_required.contains(pilot_kind::by_group)) {
        eligibility(out, org, d, at, rules, reason::group_scope_met_unlisted);
        return;
    }
    if (!selection_fault(org, d, rules, detail::decide{})) {
        eligibility(out, org, d, at, rules, reason::group_scope_met);
        return;
    }
    // Not shown chosen: what else is wrong, then why.
    eligibility(out, org, d, at, rules, std::nullopt);
    detail::add_rule(out, [&](auto as) { return *selection_fault(org, d, rules, as); });
}
inline findings scope(const organisation& org, date d, const rule_set& rules) {
    detail::collected c;
    scope(c, org, d, rules.parameters_on(d), rules);
    return c.out;
}

/// Whether an earlier meeting uses the tổ đảng quota: a round, dated on or after the cell's
/// selection for the tổ đảng pilot when that is known (R43).
inline bool uses_quota(const past_meeting& p, std::optional<date> listed_since) {
    return p.form == meeting_form::by_group && (!listed_since || *listed_since <= p.date);
}

/// group.quota — II.2 ý 5: at most 3 rounds by tổ đảng instead of the whole-cell meeting a year.
/// R43: only rounds on or after the cell's selection for the tổ đảng pilot count (`uses_quota`).
/// `count(span)` gives the uses among the cell's meetings before this one dated within `span`;
/// `at` holds the parameters on the meeting's day.
template <class Count, class As = detail::explain>
auto quota(const meeting& m, const parameters& at, const rule_set& rules, Count&& count,
           As as = {}) {
    constexpr auto rule = rule_id::group_quota;
    if (m.form != meeting_form::by_group)
        return as.not_applicable(rule, reason::not_group_meeting, {detail::code(m.form)});
    return detail::quota_finding(rule, at.group_quota, m.date, rules, count, as);
}
template <class Count, class As = detail::explain>
auto quota(const meeting& m, const rule_set& rules, Count&& count, As as = {}) {
    return quota(m, rules.parameters_on(m.date), rules, count, as);
}

/// group.quota where the earlier meetings are those of `history`.
inline finding quota(const meeting& m, const organisation& org, const meeting_history& history,
                     const rule_set& rules) {
    const auto since = org.pilot.date_for(pilot_kind::by_group);
    return quota(m, rules, [&](pilot_window span) {
        return detail::count_uses(history, span, rules,
                                  [&](const past_meeting& p) { return uses_quota(p, since); });
    });
}

/// group.quota for a cell whose selection date is not known: every earlier round counts.
inline finding quota(const meeting& m, const meeting_history& history, const rule_set& rules) {
    return quota(m, organisation{}, history, rules);
}

/// Everything the round's tổ meetings dealt with.
inline topic_set round_agenda(const group_round& round) {
    topic_set all;
    for (const auto& g : round.groups)
        all = all | g.agenda;
    return all;
}

/// group.preparation — II.4.2 ý 1: before the tổ meetings the chi uỷ and the tổ trưởng meet, set
/// the content and assign a chi uỷ member to each tổ meeting. R36: a preparation more than
/// `round_max_days` before the first tổ meeting prepares some other round, not this one.
template <class As = detail::explain>
auto preparation(const group_round& round, const rule_set& rules, As as = {}) noexcept {
    constexpr auto rule = rule_id::group_preparation;
    if (!round.preparation) // R38: stated not held violates; not stated is not evaluated
        return round.preparation_held == false
                   ? as.violated(rule, reason::preparation_missing)
                   : as.not_evaluated(rule, reason::preparation_not_stated);
    const auto& p = *round.preparation;
    if (const auto first = round.first_date()) {
        if (*first < p.date)
            return as.violated(rule, reason::preparation_after_group_meeting,
                               {date_value(p.date), date_value(*first)});
        if ((*first - p.date).days() > rules.round_max_days)
            return as.violated(rule, reason::preparation_too_early,
                               {date_value(p.date), date_value(*first), rules.round_max_days});
    }
    std::int64_t unassigned = 0, unstated = 0, first_unstated = 0;
    for (const auto& g : round.groups) {
        unassigned += g.committee_member_assigned == false;
        if (!g.committee_member_assigned && unstated++ == 0)
            first_unstated = g.group;
    }
    if (!p.group_leaders_attended || !p.content_set || unassigned > 0)
        return as.violated(rule, reason::preparation_incomplete,
                           {!p.group_leaders_attended, !p.content_set, unassigned});
    if (unstated) // R38
        return as.not_evaluated(rule, reason::preparation_assignment_not_stated,
                                {unstated, first_unstated});
    return as.passed(rule, reason::preparation_held, {date_value(p.date)});
}

/// Whether a tổ meeting's minutes record what II.4.2 ý 2 lists (the same test as an online
/// meeting's minutes, R16).
inline bool minutes_complete(const group_meeting& g) {
    return meeting_minutes{g.members_present, g.opinions_recorded, g.differing_opinions_recorded,
                           g.reserved_opinions_recorded}
        .complete();
}

/// The distinct tổ that met in a round. A round holds a few tổ meetings, compared pairwise
/// without allocating; a round of hostile size is sorted instead of compared pairwise.
inline std::int64_t groups_met(const group_round& round) {
    const auto& gs = round.groups;
    if (gs.size() <= 16) {
        std::int64_t n = 0;
        for (std::size_t i = 0; i < gs.size(); ++i) {
            bool seen = false;
            for (std::size_t j = 0; j < i && !seen; ++j)
                seen = gs[j].group == gs[i].group;
            n += !seen;
        }
        return n;
    }
    std::vector<std::int32_t> numbers;
    numbers.reserve(gs.size());
    for (const auto& g : gs)
        numbers.push_back(g.group);
    std::sort(numbers.begin(), numbers.end());
    return std::unique(numbers.begin(), numbers.end()) - numbers.begin();
}

/// R17 — II.2 ý 5: a round replaces one whole-cell meeting, so its tổ meetings fall in one
/// meeting period: the first one's calendar month (interp.round_period = month) or
/// `rule_set::round_max_days` from it (days). Nothing when they do.
template <class As = detail::explain>
auto round_period(const group_round& round, const rule_set& rules, As as = {})
    -> std::optional<decltype(as.passed(rule_id::group_conduct, reason::conduct_in_order))> {
    const auto first = round.first_date();
    const auto last = round.last_date();
    if (!first || !last)
        return std::nullopt;
    switch (rules.interp.round_period) {
    case round_period_basis::month:
        if (first->year() != last->year() || first->month() != last->month())
            return as.violated(rule_id::group_conduct, reason::round_spans_months,
                               {date_value(*first), date_value(*last)});
        break;
    case round_period_basis::days:
        if ((*last - *first).days() > rules.round_max_days)
            return as.violated(rule_id::group_conduct, reason::round_too_long,
                               {date_value(*first), date_value(*last), rules.round_max_days});
        break;
    }
    return std::nullopt;
}

/// group.conduct — II.4.2 ý 2: each tổ meeting follows the full order of a cell meeting, is
/// chaired by the tổ trưởng, and its minutes record attendance and opinions; R17: the round's tổ
/// meetings fall in one meeting period; R18: every one of the cell's `party_groups` tổ meets
/// (unknown: that point is not evaluated). Adds its findings to `out`.
template <class Sink>
void conduct(Sink& out, const group_round& round, const rule_set& rules,
             std::optional<std::int32_t> party_groups) {
    constexpr auto rule = rule_id::group_conduct;
    if (round.groups.empty()) {
        detail::add_rule(out,
                         [&](auto as) { return as.violated(rule, reason::no_group_meetings); });
        return;
    }
    bool violated = false;
    const auto fault = [&](auto&& kernel) {
        violated |= detail::add_rule(out, kernel).status == finding_status::violated;
    };
    if (round_period(round, rules, detail::decide{}))
        fault([&](auto as) { return *round_period(round, rules, as); });
    const auto met = groups_met(round);
    if (!party_groups)
        fault([&](auto as) { return as.not_evaluated(rule, reason::round_groups_unknown, {met}); });
    else if (met < *party_groups)
        fault([&](auto as) {
            return as.violated(rule, reason::round_groups_missing, {met, *party_groups});
        });
    std::int64_t steps_bad = 0, chair_bad = 0, chair_unstated = 0, minutes_bad = 0;
    const group_meeting *first_steps = nullptr, *first_chair = nullptr, *first_minutes = nullptr,
                        *first_unstated = nullptr;
    topic_set first_missing;
    for (const auto& g : round.groups) {
        const topic_set* steps = rules.required_steps.at(g.date);
        if (!steps) {
            detail::add_rule(out, [&](auto as) { return as.no_parameter(rule, g.date); });
            return;
        }
        if (const auto missing = *steps - g.agenda; !missing.empty()) {
            if (!first_steps) {
                first_steps = &g;
                first_missing = missing;
            }
            ++steps_bad;
        }
        if (g.chaired_by_group_leader == false) {
            first_chair = first_chair ? first_chair : &g;
            ++chair_bad;
        } else if (!g.chaired_by_group_leader) { // R38: not stated
            first_unstated = first_unstated ? first_unstated : &g;
            ++chair_unstated;
        }
        if (!minutes_complete(g)) {
            first_minutes = first_minutes ? first_minutes : &g;
            ++minutes_bad;
        }
    }
    if (steps_bad)
        fault([&](auto as) {
            return as.violated(rule, reason::conduct_steps_missing,
                               {steps_bad, first_steps->group, detail::bits(first_missing)});
        });
    if (chair_bad)
        fault([&](auto as) {
            return as.violated(rule, reason::conduct_chair_not_group_leader,
                               {chair_bad, first_chair->group});
        });
    if (minutes_bad)
        fault([&](auto as) {
            return as.violated(rule, reason::conduct_minutes_incomplete,
                               {minutes_bad, first_minutes->group});
        });
    if (chair_unstated)
        fault([&](auto as) {
            return as.not_evaluated(rule, reason::conduct_chair_not_stated,
                                    {chair_unstated, first_unstated->group});
        });
    // "In order, chaired by the group leader" is said only when the record shows it.
    if (chair_unstated == 0 && !violated)
        detail::add_rule(out, [&](auto as) {
            return as.passed(rule, reason::conduct_in_order,
                             {static_cast<std::int64_t>(round.groups.size())});
        });
}
inline findings conduct(const group_round& round, const rule_set& rules,
                        std::optional<std::int32_t> party_groups) {
    detail::collected c;
    conduct(c, round, rules, party_groups);
    return c.out;
}

/// The last day a tổ trưởng's report is on time: the meeting's date + the deadline in force
/// that day (II.4.2 ý 2: "chậm nhất 01 ngày sau khi họp tổ đảng"). Nothing if no deadline is in
/// force, or the rule set does not cover tổ đảng meetings on that day (as `check()` of it
/// answers not covered).
inline std::optional<date> report_due(const group_meeting& g, const rule_set& rules) {
    detail::require_date(g.date, "group_meeting.date");
    if (!rules.applies_on(g.date) || !rules.covers.contains(pilot_kind::by_group))
        return std::nullopt;
    const std::int32_t* n = rules.report_deadline_days.at(g.date);
    if (!n)
        return std::nullopt;
    return detail::report_due_after(g.date, *n);
}

/// group.report_deadline — II.4.2 ý 2: each tổ trưởng reports to the chi uỷ no later than
/// 1 day after the tổ meeting. Adds its findings to `out`.
template <class Sink>
void report_deadline(Sink& out, const group_round& round, const rule_set& rules) {
    constexpr auto rule = rule_id::group_report_deadline;
    if (round.groups.empty()) {
        detail::add_rule(out,
                         [&](auto as) { return as.violated(rule, reason::no_group_meetings); });
        return;
    }
    std::int64_t late = 0, missing = 0, unstated = 0;
    const group_meeting *first_late = nullptr, *first_missing = nullptr, *first_unstated = nullptr;
    date first_missing_due;
    std::int64_t deadline_days = 0;
    for (std::size_t i = 0; i < round.groups.size(); ++i) {
        const auto& g = round.groups[i];
        detail::require_date(g.date, "group_meeting.date");
        const std::int32_t* n = rules.report_deadline_days.at(g.date);
        if (!n) {
            detail::add_rule(out, [&](auto as) { return as.no_parameter(rule, g.date); });
            return;
        }
        const auto due = detail::report_due_after(g.date, *n, i);
        deadline_days = *n;
        if (!g.report_date && g.reported != false) {
            // R38: not stated, or stated sent on a day not given: on time cannot be told.
            first_unstated = first_unstated ? first_unstated : &g;
            ++unstated;
        } else if (!g.report_date) {
            if (!first_missing) {
                first_missing = &g;
                first_missing_due = due;
            }
            ++missing;
        } else if (due < *g.report_date) {
            first_late = first_late ? first_late : &g;
            ++late;
        }
    }
    if (late) {
        const auto due = detail::report_due_after(first_late->date,
                                                  *rules.report_deadline_days.at(first_late->date));
        detail::add_rule(out, [&](auto as) {
            return as.violated(rule, reason::report_late,
                               {late, first_late->group, date_value(first_late->date),
                                date_value(*first_late->report_date),
                                (due - first_late->date).days()});
        });
    }
    if (missing)
        detail::add_rule(out, [&](auto as) {
            return as.violated(rule, reason::report_missing,
                               {missing, first_missing->group, date_value(first_missing_due)});
        });
    if (late || missing)
        return;
    if (unstated)
        detail::add_rule(out, [&](auto as) {
            return as.not_evaluated(rule, reason::report_not_stated,
                                    {unstated, first_unstated->group});
        });
    else
        detail::add_rule(out, [&](auto as) {
            return as.passed(rule, reason::reports_on_time,
                             {static_cast<std::int64_t>(round.groups.size()), deadline_days});
        });
}
inline findings report_deadline(const group_round& round, const rule_set& rules) {
    detail::collected c;
    report_deadline(c, round, rules);
    return c.out;
}

/// group.consolidation — II.4.2 ý 3: after every tổ meeting the chi uỷ and the tổ trưởng meet,
/// complete the drafts, pass the cell's resolution and assign tasks. R20: "chi uỷ tổng hợp kết
/// quả": on or after the last tổ trưởng report too (the window is check()'s to say). R36: no
/// more than `round_max_days` after the last report, else it consolidates nothing of this round.
template <class As = detail::explain>
auto consolidation(const group_round& round, const rule_set& rules, As as = {}) noexcept {
    constexpr auto rule = rule_id::group_consolidation;
    if (!round.consolidation) // R38
        return round.consolidation_held == false
                   ? as.violated(rule, reason::consolidation_missing)
                   : as.not_evaluated(rule, reason::consolidation_not_stated);
    const auto& c = *round.consolidation;
    if (const auto last = round.last_date(); last && c.date < *last)
        return as.violated(rule, reason::consolidation_before_group_meeting,
                           {date_value(c.date), date_value(*last)});
    // The last report, or where a tổ sent none (stated not sent) its meeting: the latest day
    // known to be of this round. A report whose day is not stated may be later.
    std::optional<date> last_report, last_known = round.last_date();
    std::int64_t reports_unstated = 0;
    for (const auto& g : round.groups) {
        if (g.report_date && (!last_report || *last_report < *g.report_date))
            last_report = g.report_date;
        reports_unstated += !g.report_date && g.reported != false;
    }
    if (last_report && c.date < *last_report)
        return as.violated(rule, reason::consolidation_before_report,
                           {date_value(c.date), date_value(*last_report)});
    if (last_report && (!last_known || *last_known < *last_report))
        last_known = last_report;
    const bool too_late = last_known && (c.date - *last_known).days() > rules.round_max_days;
    if (too_late && !reports_unstated)
        return as.violated(rule, reason::consolidation_too_late,
                           {date_value(c.date), date_value(*last_known), rules.round_max_days});
    if (!c.group_leaders_attended || !c.resolution_passed || !c.tasks_assigned)
        return as.violated(rule, reason::consolidation_incomplete,
                           {!c.group_leaders_attended, !c.resolution_passed, !c.tasks_assigned});
    if (too_late) // R38: the day of a report not stated could bring it within the bound
        return as.not_evaluated(rule, reason::consolidation_timing_not_stated,
                                {date_value(c.date), reports_unstated, rules.round_max_days});
    return as.passed(rule, reason::consolidation_held, {date_value(c.date)});
}

} // namespace group
} // namespace sinhhoat
