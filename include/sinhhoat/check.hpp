#pragma once
// The entry points: one check of a meeting, and the questions people ask on their own. They call
// the rule functions of online.hpp, group.hpp, content.hpp and pilot.hpp; nothing is decided here.

#include <algorithm>
#include <limits>
#include <optional>
#include <sinhhoat/content.hpp>
#include <sinhhoat/finding.hpp>
#include <sinhhoat/group.hpp>
#include <sinhhoat/history.hpp>
#include <sinhhoat/meeting.hpp>
#include <sinhhoat/online.hpp>
#include <sinhhoat/organisation.hpp>
#include <sinhhoat/pilot.hpp>
#include <sinhhoat/rule_set.hpp>

namespace sinhhoat {

namespace detail {
/// An empty verdict for day `d` naming the rule set it is reached under, with what the rule set
/// says of that day: its citations (R27: a period's own), its caveats (R32) and the successor
/// that governs it (R29).
inline verdict verdict_under(const rule_set& rules, date d) {
    const auto* next = rules.successor_on(d);
    return verdict(rule_set_ref{rules.id, rules.version, rules.digest, rules.citations_on(d)},
                   rules.caveats_on(d), next ? next->rule_set : std::string());
}
/// For a question about no one day (a round with no date, an unsent selection): the rule set's
/// own citations, no caveat.
inline verdict verdict_under(const rule_set& rules, std::optional<date> d) {
    if (d)
        return verdict_under(rules, *d);
    return verdict(rule_set_ref{rules.id, rules.version, rules.digest, rules.cited});
}

/// Where the cell states N tổ, a round's tổ are numbered 1..N (R36), so it cannot hold more tổ
/// than the cell has (R18).
inline void require_groups_within(const group_round& round, std::optional<std::int32_t> groups) {
    if (!groups)
        return;
    for (std::size_t i = 0; i < round.groups.size(); ++i)
        if (const auto n = round.groups[i].group; n < 1 || n > *groups)
            throw inconsistent_input(
                ((path("round") / "groups")[i] / "group").str(), std::to_string(n),
                "tổ đảng được đánh số từ 1 đến " + std::to_string(*groups) + " (số tổ của chi bộ)",
                "tổ đảng are numbered 1 to " + std::to_string(*groups) +
                    " (the cell's party_groups)");
}

constexpr std::string_view on_roll_vi = "đảng viên trong danh sách của tổ chức";
constexpr std::string_view on_roll_en = "members on the organisation's roll";

/// `n` at `field` is no more than `limit` of what `vi` / `en` name.
inline void require_within(const path& field, std::int32_t n, std::int32_t limit,
                           std::string_view vi, std::string_view en) {
    if (n > limit)
        throw inconsistent_input(field.str(), std::to_string(n),
                                 "vượt quá " + std::to_string(limit) + " " + std::string(vi),
                                 "exceeds the " + std::to_string(limit) + " " + std::string(en));
}

/// R35: a round's tổ meetings hold no more members present than the cell's roll; where the cell
/// states N tổ, they are numbered 1..N (R36).
inline void require_plausible(const group_round& round, const organisation& org) {
    require_groups_within(round, org.party_groups);
    for (std::size_t i = 0; i < round.groups.size(); ++i)
        require_within((path("round") / "groups")[i] / "members_present",
                       round.groups[i].members_present, org.roll.members, on_roll_vi, on_roll_en);
}

/// What an organisation can hold of a meeting's figures (R35): its roll, and its cấp uỷ at a
/// committee meeting when its size is stated. An audit keeps it apart from the organisation.
struct capacity {
    std::int32_t roll = 0;
    std::optional<std::int32_t> committee;

    static capacity of(const organisation& org) noexcept {
        return {org.roll.members, org.committee_size};
    }
};

/// R35: whether a meeting's figures (members present, 0 when not recorded, and online) are
/// within what an organisation can hold: what require_plausible(meeting, ...) asks, as a yes or
/// no.
inline bool plausible(meeting_body body, std::int32_t present, std::optional<std::int32_t> online,
                      capacity c) noexcept {
    const auto n = online.value_or(0);
    if (present > c.roll || n > c.roll)
        return false;
    return body != meeting_body::committee || !c.committee ||
           (present <= *c.committee && n <= *c.committee);
}

/// R35: a meeting's figures within what its organisation can hold: nobody present or online
/// beyond the roll, nor beyond the cấp uỷ at a committee meeting when its size is stated.
inline void require_plausible(const meeting& m, const organisation& org, const group_round* round) {
    const auto roll = org.roll.members;
    const path at("meeting");
    const auto present = m.minutes ? m.minutes->members_present : 0;
    if (!plausible(m.body, present, m.members_online, capacity::of(org))) { // which, beyond what
        require_within(at / "minutes" / "members_present", present, roll, on_roll_vi, on_roll_en);
        require_within(at / "members_online", m.members_online.value_or(0), roll, on_roll_vi,
                       on_roll_en);
        if (m.body == meeting_body::committee && org.committee_size) {
            constexpr std::string_view vi = "uỷ viên cấp uỷ (organisation.committee_size)";
            constexpr std::string_view en = "committee members (organisation.committee_size)";
            require_within(at / "minutes" / "members_present", present, *org.committee_size, vi,
                           en);
            require_within(at / "members_online", m.members_online.value_or(0), *org.committee_size,
                           vi, en);
        }
    }
    if (round)
        require_plausible(*round, org);
}

/// Adds pilot.window's findings for `pilot` on `d` (the window, then whether the rule set speaks
/// of that pilot); true when both pass and the other rules are to be evaluated.
template <class Sink> bool covered_on(Sink& v, date d, pilot_kind pilot, const rule_set& rules) {
    if (add_rule(v, [&](auto as) { return pilot::window(d, rules, as); }).status !=
        finding_status::passed)
        return false;
    if (pilot::covered(pilot, rules, decide{}).status == finding_status::passed)
        return true;
    add_rule(v, [&](auto as) { return pilot::covered(pilot, rules, as); });
    return false;
}

/// A round runs over several days: every tổ meeting is a meeting by party group and falls
/// within the pilot, and so does the consolidation, which passes the chi bộ's resolution of the
/// round (R20); no tổ meeting is held online (R19). Adds the finding that says otherwise and
/// answers false; preparation is a chi uỷ meeting before it.
template <class Sink>
bool round_in_pilot(Sink& v, const group_round& round, const rule_set& rules) {
    if (const auto last = round.last_date(); last && !rules.applies_on(*last)) {
        v.add(pilot::window(*last, rules));
        return false;
    }
    if (round.consolidation && !rules.applies_on(round.consolidation->date)) {
        v.add(pilot::window(round.consolidation->date, rules));
        return false;
    }
    if (const auto online = pilot::online_group_meeting(round)) {
        v.add(*online);
        return false;
    }
    return true;
}

/// The findings of a round's own rules.
template <class Sink>
void add_round(Sink& v, const group_round& round, const rule_set& rules,
               std::optional<std::int32_t> party_groups) {
    add_rule(v, [&](auto as) { return group::preparation(round, rules, as); });
    group::conduct(v, round, rules, party_groups);
    group::report_deadline(v, round, rules);
    add_rule(v, [&](auto as) { return group::consolidation(round, rules, as); });
}

/// check_round(): what check() decides of a round, its tổ meetings' days covered by the pilot
/// (R39), where the cell's scope and quota are not asked.
inline verdict round_verdict(const group_round& round, const rule_set& rules,
                             std::optional<std::int32_t> party_groups,
                             std::optional<organisation_kind> kind) {
    const auto first = round.first_date();
    verdict v = detail::verdict_under(rules, first);
    if (first &&
        (!covered_on(v, *first, pilot_kind::by_group, rules) || !round_in_pilot(v, round, rules)))
        return v;
    add_round(v, round, rules, party_groups);
    if (first)
        v.add(content::excluded(group::round_agenda(round), *first, rules));
    if (rules.registration_required && first) {
        // The round's record is its tổ meetings': registered when each of them is (R21).
        meeting m;
        m.date = *first;
        m.body = meeting_body::party_group_round;
        m.form = meeting_form::by_group;
        v.add(pilot::registration(m, rules, &round, kind));
    }
    return v;
}

/// What check() refuses of a (validated) meeting of a (validated) organisation and a (validated)
/// round beyond their own fields: a round that is not its own, figures beyond the organisation's
/// roll (R35). An audit validates a round's row and each tổ row as it reads them.
inline void require_fits(const meeting& m, const organisation& org, const group_round* round) {
    if (round) {
        if (m.form != meeting_form::by_group)
            throw inconsistent_input("meeting.form", std::string(to_code(m.form)),
                                     "chỉ đợt sinh hoạt theo tổ đảng mới có dữ liệu tổ đảng",
                                     "only a meeting by party group has a round");
        if (const auto first = round->first_date(); first && *first != m.date)
            throw inconsistent_input("meeting.date", to_iso(m.date),
                                     "phải là ngày họp tổ đầu tiên " + to_vn(*first),
                                     "must be the first group meeting's date " + to_iso(*first));
    }
    require_plausible(m, org, round);
}

/// require_fits, the round validated first.
inline void require_valid(const meeting& m, const organisation& org, const group_round* round) {
    if (round)
        round->validate();
    require_fits(m, org, round);
}

/// Whether an earlier meeting `p` of `org` uses the yearly quota of pilot `k` under `rules`
/// (online::quota_use, group::uses_quota): what check()'s scan of a history and an audit's
/// running sums both count.
inline std::optional<bool> quota_use(pilot_kind k, const past_meeting& p,
                                     const online::decision_lookup& decisions,
                                     const rule_set& rules) {
    if (k == pilot_kind::online)
        return online::quota_use(p, decisions, rules);
    return group::uses_quota(p, decisions.org().pilot.date_for(pilot_kind::by_group));
}

/// Adds to `v` the findings of a valid meeting held in person: only online.form speaks of it,
/// on the form alone. An audit decides such a meeting without reading the rest of its row, so a
/// rule that comes to need more of it takes it here, as an argument.
template <class Sink> void decide_in_person(Sink& v) {
    add_rule(v, [](auto as) { return online::form_in_person(as); });
}

/// Adds to `v` (a verdict, or anything with its `add`) the findings of a meeting whose input is
/// valid (require_valid), of the organisation whose decisions `decisions` asks under `rules`,
/// whose parameters on the meeting's day are `at`. `count(pilot, span)` gives the uses of that
/// pilot's quota among the organisation's meetings before this one dated within `span`
/// (earlier_uses).
template <class Sink, class Count>
void decide_meeting(Sink& v, const meeting& m, const online::decision_lookup& decisions,
                    const parameters& at, const rule_set& rules, const group_round* round,
                    Count&& count) {
    const auto& org = decisions.org();
    if (m.form == meeting_form::in_person) {
        decide_in_person(v);
        return;
    }
    if (!covered_on(v, m.date, m.is_online() ? pilot_kind::online : pilot_kind::by_group, rules))
        return;
    if (round && !round_in_pilot(v, *round, rules))
        return;
    if (m.is_online()) {
        // Resolved once: what the online rules ask of the organisation on the day.
        const auto f =
            online::resolve(decisions, at, m.date, m.ground, rules, online::kind_of(m.ground));
        add_rule(v, [&](auto as) { return online::scope_org_kind(org.kind, as); });
        add_rule(v, [&](auto as) { return online::scope_majority(f, as); });
        add_rule(v, [&](auto as) { return online::scope_ground(f, rules, as); });
        add_rule(v, [&](auto as) { return online::authorisation(f, rules, as); });
        add_rule(v, [&](auto as) { return online::infrastructure(m, as); });
        add_rule(v, [&](auto as) { return online::platform(m, as); });
        add_rule(v, [&](auto as) { return online::form(m, f, rules, as); });
        // An audit's count is asked again only when the finding is explained: it is the same.
        const auto uses = [&](pilot_window span) { return count(pilot_kind::online, span); };
        add_rule(v, [&](auto as) { return online::quota(m, f, rules, uses, as); });
        add_rule(v, [&](auto as) { return online::return_in_person(m, f, rules, as); });
        online::procedure(v, m, org.kind, at);
    } else {
        group::scope(v, org, m.date, at, rules);
        const auto uses = [&](pilot_window span) { return count(pilot_kind::by_group, span); };
        add_rule(v, [&](auto as) { return group::quota(m, at, rules, uses, as); });
        if (round) {
            add_round(v, *round, rules, org.party_groups);
        } else {
            for (auto r : {rule_id::group_preparation, rule_id::group_conduct,
                           rule_id::group_report_deadline, rule_id::group_consolidation})
                add_rule(v, [&](auto as) { return as.not_evaluated(r, reason::round_not_given); });
        }
    }
    // II.3.2 binds each tổ meeting of the round as much as the round's planned agenda.
    const auto agenda = round ? m.agenda | group::round_agenda(*round) : m.agenda;
    add_rule(v, [&](auto as) { return content::excluded(agenda, m.date, at, as); });
    // Only rule sets that ask for registration speak of it; elsewhere it would be noise.
    if (rules.registration_required)
        add_rule(v, [&](auto as) { return pilot::registration(m, rules, round, org.kind, as); });
}

inline verdict check_meeting(const meeting& m, const organisation& org, const meeting_history& h,
                             const rule_set& rules, const group_round* round) {
    m.validate();
    org.validate();
    require_valid(m, org, round);
    verdict v = detail::verdict_under(rules, m.date);
    // The history's meetings each ask the decisions of their own day; the meeting, twice.
    const auto decisions = online::decision_lookup::for_days(org, rules, h.size() + 2);
    const auto at = rules.parameters_on(m.date);
    decide_meeting(v, m, decisions, at, rules, round, [&](pilot_kind k, pilot_window span) {
        return count_uses(h, span, rules,
                          [&](const past_meeting& p) { return quota_use(k, p, decisions, rules); });
    });
    return v;
}
} // namespace detail

/// Checks one meeting of `org` against `rules`, given the organisation's earlier meetings.
/// Throws a `sinhhoat::error` for invalid input; every rule outcome is a finding.
///
/// **Example**
/// ```cpp
/// auto v = sinhhoat::check(m, org, history, sinhhoat::rule_sets::cao_bang());
/// if (v.outcome() == sinhhoat::outcome::not_allowed)
///     for (const auto& f : v) std::cout << f.rule << ": " << f.message_vi() << '\n';
/// ```
inline verdict check(const meeting& m, const organisation& org, const meeting_history& history,
                     const rule_set& rules) {
    return detail::check_meeting(m, org, history, rules, nullptr);
}

/// Checks a meeting by tổ đảng together with its round (preparation, tổ meetings,
/// consolidation). `m.date` must be the round's first tổ meeting.
inline verdict check(const meeting& m, const organisation& org, const meeting_history& history,
                     const rule_set& rules, const group_round& round) {
    return detail::check_meeting(m, org, history, rules, &round);
}

/// Is `org` eligible to meet online on `g` on day `d`: kind, ground, majority, authorisation,
/// R14's return to in person (for a meeting that states nothing more), and the pilot window:
/// what `check()` of such a meeting decides of the organisation (R39).
inline verdict online_eligibility(const organisation& org, ground g, date d,
                                  const rule_set& rules) {
    org.validate();
    detail::require_date(d, "date");
    if (!is_valid(g))
        throw invalid_value("ground", std::to_string(int(g)), "không hợp lệ", "not a valid ground");
    verdict v = detail::verdict_under(rules, d);
    if (!detail::covered_on(v, d, pilot_kind::online, rules))
        return v;
    const auto f = online::resolve(org, d, g, rules);
    v.add(online::scope_org_kind(org.kind));
    v.add(online::scope_majority(f));
    v.add(online::scope_ground(f, rules));
    v.add(online::authorisation(f, rules));
    v.add(online::return_in_person(f, false, rules));
    return v;
}

/// What is used and left of a yearly quota.
struct quota_status {
    std::int32_t limit = 0;
    std::int32_t used = 0;
    std::int32_t remaining = 0;
    /// The quota year (interp.year) containing the date asked about, as R12 counts it: clamped
    /// to the days the rule set's periods cover.
    pilot_window period;
    /// R33: meetings that use it unless their circumstance is shown to have lasted on their day.
    std::int32_t undetermined = 0;
};
template <> struct describe<quota_status> {
    static constexpr std::string_view name = "quota_status";
    static constexpr std::string_view doc = "What is used and left of a yearly quota.";
    static constexpr auto fields = std::make_tuple(
        field("limit", &quota_status::limit, "The quota in force.").at_least(0),
        field("used", &quota_status::used, "Meetings of the period that use it.").at_least(0),
        field("remaining", &quota_status::remaining,
              "What is left whatever the undetermined meetings turn out to be (never negative).")
            .at_least(0),
        field("period", &quota_status::period,
              "The quota year (interp.year) containing the date asked about, clamped to the days "
              "the rule set's periods cover (R12).")
            .required(),
        field("undetermined", &quota_status::undetermined,
              "Meetings that use it unless their special circumstance is shown to have lasted "
              "on their day (R33).")
            .at_least(0));
    static void check(const quota_status& q, const path& at) {
        const auto left = std::max<std::int64_t>(0, std::int64_t{q.limit} - std::int64_t{q.used} -
                                                        std::int64_t{q.undetermined});
        if (q.remaining != left)
            throw inconsistent_input((at / "remaining").str(), std::to_string(q.remaining),
                                     "phải bằng giới hạn trừ số đã dùng và số chưa xác định "
                                     "(không âm)",
                                     "must be the limit less what is used and undetermined "
                                     "(never negative)");
    }
};

namespace detail {
/// Nothing for a day the rule set does not cover for `pilot` (outside its window, or a pilot its
/// texts do not speak of): a check of that day is not covered, so no quota is in force.
inline std::optional<quota_status> quota_left(pilot_kind pilot, std::optional<std::int32_t> limit,
                                              const organisation& org, const meeting_history& h,
                                              date d, const rule_set& rules) {
    if (!limit || !rules.applies_on(d) || !rules.covers.contains(pilot))
        return std::nullopt;
    quota_status q;
    q.limit = *limit;
    q.period = counted_period(d, rules);
    const auto decisions = online::decision_lookup::for_days(org, rules, h.size());
    const auto n = count_uses(h, q.period, rules, [&](const past_meeting& p) {
        return quota_use(pilot, p, decisions, rules);
    });
    q.used = n.sure;
    q.undetermined = n.unknown;
    q.remaining = static_cast<std::int32_t>(std::max<std::int64_t>(
        0, std::int64_t{q.limit} - std::int64_t{q.used} - std::int64_t{q.undetermined}));
    return q;
}
} // namespace detail

/// The special-nature online meetings `org` has used and has left in the quota year containing
/// `d` (every meeting of that year in `history` counts, before or after `d`). Nothing when no
/// quota applies: an organisation outside the scope, no value in force, or a day the rule set
/// does not cover (as `check()` of that day answers not covered).
inline std::optional<quota_status> online_quota_left(const organisation& org,
                                                     const meeting_history& history, date d,
                                                     const rule_set& rules) {
    org.validate();
    detail::require_date(d, "date");
    return detail::quota_left(pilot_kind::online, online::quota_limit(org, d, rules), org, history,
                              d, rules);
}

/// The tổ đảng rounds of `org` used and left in the quota year containing `d` (R43: those on
/// or after its selection for the tổ đảng pilot); nothing for a day the rule set does not cover.
inline std::optional<quota_status> group_quota_left(const organisation& org,
                                                    const meeting_history& history, date d,
                                                    const rule_set& rules) {
    org.validate();
    detail::require_date(d, "date");
    return detail::quota_left(pilot_kind::by_group, rules.parameters_on(d).group_quota, org,
                              history, d, rules);
}

/// The same for a cell whose selection date is not known: every round of the history counts.
inline std::optional<quota_status> group_quota_left(const meeting_history& history, date d,
                                                    const rule_set& rules) {
    return group_quota_left(organisation{}, history, d, rules);
}

/// Is this tổ đảng round in order: preparation, conduct, reports, consolidation, excluded
/// content and, where the rule set asks, registration; its days within the pilot (R39: as
/// `check()` decides them; nothing else is asked outside the window). `party_groups` is how many
/// tổ đảng the cell has (R18: unknown leaves "every tổ meets" not evaluated; R36: given, the tổ
/// are numbered 1..N).
inline verdict check_round(const group_round& round, const rule_set& rules,
                           std::optional<std::int32_t> party_groups = std::nullopt) {
    round.validate();
    // The same refusal as the field `organisation.party_groups` (at_least(0)).
    detail::validate_value(party_groups, path("party_groups"), 0,
                           std::numeric_limits<std::int32_t>::max(), false);
    detail::require_groups_within(round, party_groups);
    return detail::round_verdict(round, rules, party_groups, std::nullopt);
}

/// The same for a round of `org`: its tổ đảng (`party_groups`), its roll (R35: no tổ meeting
/// holds more members than the cell) and its kind (R44) are the organisation's, as in `check()`.
inline verdict check_round(const group_round& round, const organisation& org,
                           const rule_set& rules) {
    round.validate();
    org.validate();
    detail::require_plausible(round, org);
    return detail::round_verdict(round, rules, org.party_groups, org.kind);
}

/// Does a district's (or a đảng uỷ's) pilot selection meet III.1, asked on `as_of` (R39: before
/// the deadline a list not yet sent is not due; with no day, it is judged as after it).
inline verdict check_selection(const unit_selection& s, const rule_set& rules,
                               std::optional<date> as_of = std::nullopt) {
    verdict v = detail::verdict_under(rules, s.submitted_on);
    v.add(pilot::selection(s, rules, as_of));
    return v;
}

/// Has the final evaluation report been sent, asked on `as_of` (pilot.reporting), with the rule
/// set's citation (R26, R39): the verdict names the rule set as `check()`'s do.
inline verdict check_reporting(const rule_set& rules, date as_of,
                               std::optional<date> report_date = std::nullopt) {
    verdict v = detail::verdict_under(rules, std::optional<date>());
    v.add(pilot::reporting(rules, as_of, report_date));
    return v;
}

} // namespace sinhhoat
