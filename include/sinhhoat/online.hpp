#pragma once
// Online meetings (sinh hoạt đảng trực tuyến): catalogue §2. One rule, one function; each says
// its rule ID and clause. The functions are pure and safe to call from many threads.

#include <optional>
#include <sinhhoat/detail/support.hpp>
#include <sinhhoat/finding.hpp>
#include <sinhhoat/history.hpp>
#include <sinhhoat/meeting.hpp>
#include <sinhhoat/organisation.hpp>
#include <sinhhoat/rule_set.hpp>

namespace sinhhoat {
namespace online {

/// R34: whether a decision is evidence under the rule set: it has a reference and was made on or
/// after the rule set's earliest source (a decision made before the guidance was not made under
/// it; a reference and a date are the evidence, §2).
inline bool is_evidence(const circumstance_decision& dec, const rule_set& rules) noexcept {
    return !dec.reference.empty() && !detail::predates_guidance(dec.decided_on, rules);
}

/// Of `org`'s decisions for `g` covering `d`, the first that is evidence (R34), else the first
/// that is not; `decision` is nullptr when none covers the day.
struct covering_decision {
    const circumstance_decision* decision = nullptr;
    bool evidence = false;
};
inline covering_decision decision_covering(const organisation& org, ground g, date d,
                                           const rule_set& rules) noexcept {
    covering_decision out;
    for (const auto& dec : org.decisions) {
        if (dec.ground != g || !dec.covers(d))
            continue;
        if (is_evidence(dec, rules))
            return {&dec, true};
        if (!out.decision)
            out.decision = &dec;
    }
    return out;
}

/// The not-evaluated finding of `rule` where what decides rests on `dec`, a decision that is no
/// evidence (R34): dated before the rule set's earliest source, or with no reference.
inline finding decision_not_evidence(rule_id rule, const circumstance_decision& dec,
                                     const rule_set& rules) {
    const auto g = detail::code(dec.ground);
    if (const auto first = detail::predates_guidance(dec.decided_on, rules))
        return detail::make(rule, finding_status::not_evaluated, reason::decision_before_guidance,
                            {g, date_value(dec.decided_on), date_value(*first)});
    return detail::make(rule, finding_status::not_evaluated, reason::decision_unreferenced,
                        {g, date_value(dec.decided_on)});
}

/// Members unable to attend in person on the grounds that count for a meeting whose ground is of
/// `kind` (any kind when it has none) on `d`: the rule set's list on `d`, less
/// - R5: grounds of the other kind (unless interp.majority_mixes_kinds),
/// - R6: the teacher and student grounds outside the summer break,
/// - R4: special-circumstance grounds that no decision of the superior committee covers on `d`.
/// `shown` counts a special-circumstance ground only under a decision that is evidence (R34);
/// `at_most` also counts those whose covering decisions are not, which may or may not count.
struct unable_members {
    std::int32_t shown = 0;
    std::int32_t at_most = 0;
};
inline unable_members unable_on(const organisation& org, const rule_set& rules, date d,
                                std::optional<ground_kind> kind) {
    const ground_set* listed = rules.grounds.at(d);
    if (!listed)
        return {};
    auto shown =
        (kind && !rules.interp.majority_mixes_kinds) ? (*listed & grounds_of(*kind)) : *listed;
    if (!rules.summer_break.contains(d))
        shown = shown - seasonal_grounds();
    ground_set doubtful;
    (shown & grounds_of(ground_kind::special_circumstance)).for_each([&](ground g) {
        const auto c = decision_covering(org, g, d, rules);
        if (!c.evidence) {
            shown.erase(g);
            if (c.decision)
                doubtful.insert(g);
        }
    });
    return {org.roll.unable_for(shown), org.roll.unable_for(shown | doubtful)};
}

/// The kind of a meeting's ground, if it has one.
inline std::optional<ground_kind> kind_of(std::optional<ground> g) {
    return g ? std::optional<ground_kind>(sinhhoat::kind_of(*g)) : std::nullopt;
}

/// online.scope.org_kind — II.1.1; II.2 ý 1: only a đảng bộ cơ sở or a chi bộ.
inline finding scope_org_kind(const organisation& org) {
    const auto k = detail::code(org.kind);
    if (org.kind == organisation_kind::above_grassroots)
        return detail::violated(rule_id::online_scope_org_kind, reason::org_kind_out_of_scope, {k});
    return detail::passed(rule_id::online_scope_org_kind, reason::org_kind_in_scope, {k});
}

/// online.scope.majority — II.1.1: members unable to meet in person for an accepted ground (of
/// `kind`, or of either kind) are strictly more than half of the members less exempted and
/// suspended ones (2·unable > base). R34: where counting the members on a ground whose covering
/// decisions are no evidence decides, not evaluated.
inline finding scope_majority(const organisation& org, date d, std::optional<ground_kind> kind,
                              const rule_set& rules) {
    if (!rules.grounds.at(d))
        return detail::no_parameter(rule_id::online_scope_majority, d);
    const auto unable = unable_on(org, rules, d, kind);
    const auto base = org.roll.base();
    const std::int64_t required = base / 2 + 1;
    if (std::int64_t{2} * unable.shown > base)
        return detail::passed(rule_id::online_scope_majority, reason::majority_met,
                              {unable.shown, base, org.roll.exempted, org.roll.suspended});
    if (std::int64_t{2} * unable.at_most > base) // R34: it rests on decisions that are no evidence
        return detail::make(rule_id::online_scope_majority, finding_status::not_evaluated,
                            reason::majority_decision_not_evidence,
                            {unable.shown, unable.at_most - unable.shown, base, required});
    return detail::violated(rule_id::online_scope_majority, reason::majority_not_met,
                            {unable.shown, base, org.roll.exempted, org.roll.suspended, required});
}

/// online.scope.majority for a meeting held on `meeting_ground`: grounds of its kind count. R39:
/// a meeting that states no ground leaves it not evaluated (which kind counts is not known).
inline finding scope_majority(const organisation& org, date d, std::optional<ground> meeting_ground,
                              const rule_set& rules) {
    if (!meeting_ground)
        return detail::make(rule_id::online_scope_majority, finding_status::not_evaluated,
                            reason::ground_missing);
    return scope_majority(org, d, kind_of(meeting_ground), rules);
}

/// online.scope.ground — II.1.1 a), b): the meeting's ground is one the rule set lists; R6: the
/// teacher and student grounds only within the summer break.
inline finding scope_ground(std::optional<ground> meeting_ground, date d, const rule_set& rules) {
    const ground_set* listed = rules.grounds.at(d);
    if (!listed)
        return detail::no_parameter(rule_id::online_scope_ground, d);
    if (!meeting_ground)
        return detail::violated(rule_id::online_scope_ground, reason::ground_missing);
    const auto g = detail::code(*meeting_ground);
    if (!listed->contains(*meeting_ground))
        return detail::violated(rule_id::online_scope_ground, reason::ground_not_listed, {g});
    if (seasonal_grounds().contains(*meeting_ground) && !rules.summer_break.contains(d)) {
        const auto& s = rules.summer_break;
        return detail::violated(rule_id::online_scope_ground, reason::ground_out_of_season,
                                {g, s.first_day, s.first_month, s.last_day, s.last_month});
    }
    return detail::passed(rule_id::online_scope_ground, reason::ground_listed, {g});
}

/// online.authorisation — III.1: special nature needs the superior committee's pilot list
/// (where the rule set asks for one: `rule_set::list_required`), chosen for the online pilot on
/// or before the day (R1, R2; R30: within the continuation period, where selections do not carry
/// over), directly or through its đảng bộ cơ sở (R3); special circumstances
/// need the directly superior committee's decision, in force that day. R34: a selection or a
/// decision dated before the rule set's earliest source, or a decision with no reference, is
/// no evidence (not evaluated).
inline finding authorisation(const organisation& org, date d, std::optional<ground> meeting_ground,
                             const rule_set& rules) {
    constexpr auto rule = rule_id::online_authorisation;
    if (!meeting_ground)
        return detail::make(rule, finding_status::not_evaluated, reason::ground_missing);
    if (kind_of(*meeting_ground) == ground_kind::special_nature) {
        if (!rules.list_required.contains(pilot_kind::online))
            return detail::passed(rule, reason::pilot_list_not_required);
        // R3: a chi bộ trực thuộc is listed through its listed đảng bộ cơ sở; R39: listed both
        // ways, from the earlier dated listing.
        const auto listing =
            org.listing_for(pilot_kind::online, rules.interp.subordinate_cells_inherit);
        if (!listing.listed)
            return detail::violated(rule, reason::pilot_not_listed);
        const bool through_parent = listing.through_parent;
        const auto selected_on = listing.since; // R2: its own date
        if (selected_on && d < *selected_on)
            return detail::violated(rule, reason::pilot_listed_after_meeting,
                                    {date_value(*selected_on), date_value(d)});
        if (!selected_on) // R1: no date is no evidence of a choice before the meeting
            return detail::make(rule, finding_status::not_evaluated, reason::pilot_listed_undated);
        if (const auto first = detail::predates_guidance(*selected_on, rules)) // R34
            return detail::make(rule, finding_status::not_evaluated,
                                reason::pilot_listed_before_guidance,
                                {date_value(*selected_on), date_value(*first)});
        if (const auto from = detail::selection_must_follow(d, rules); from && *selected_on < *from)
            return detail::violated(rule, reason::pilot_listed_before_period,
                                    {date_value(*selected_on), date_value(*from)});
        return detail::passed(
            rule, through_parent ? reason::pilot_listed_through_parent : reason::pilot_listed,
            {date_value(*selected_on)});
    }
    // R34: a reference and a date made under the guidance are the evidence; the span is the
    // superior committee's to set, shown and not second-guessed.
    const auto c = decision_covering(org, *meeting_ground, d, rules);
    if (!c.decision)
        return detail::violated(rule, reason::decision_missing, {detail::code(*meeting_ground)});
    if (!c.evidence)
        return decision_not_evidence(rule, *c.decision, rules);
    const auto& dec = *c.decision;
    const auto g = detail::code(dec.ground);
    if (dec.until)
        return detail::passed(
            rule, reason::decision_in_force_until,
            {g, date_value(dec.decided_on), date_value(dec.from), date_value(*dec.until)});
    return detail::passed(rule, reason::decision_in_force_open,
                          {g, date_value(dec.decided_on), date_value(dec.from)});
}

/// online.infrastructure — II.2 ý 1: devices connected to the internet, a stable connection.
inline finding infrastructure(const meeting& m) {
    if (!m.infrastructure) // R38: a record that says nothing is no evidence either way
        return detail::make(rule_id::online_infrastructure, finding_status::not_evaluated,
                            reason::infrastructure_not_stated);
    const auto missing = infrastructure_set::all() - *m.infrastructure;
    if (!missing.empty())
        return detail::violated(rule_id::online_infrastructure, reason::infrastructure_missing,
                                {detail::bits(missing)});
    return detail::passed(rule_id::online_infrastructure, reason::infrastructure_ready);
}

/// online.platform — II.2 ý 1: software of a provider headquartered in Vietnam, under
/// Vietnamese law, complying with the Cybersecurity Law.
inline finding platform(const meeting& m) {
    if (!m.platform) // R38
        return detail::make(rule_id::online_platform, finding_status::not_evaluated,
                            reason::platform_not_stated);
    const auto missing = platform_set::all() - *m.platform;
    if (!missing.empty())
        return detail::violated(rule_id::online_platform, reason::platform_not_compliant,
                                {detail::bits(missing)});
    return detail::passed(rule_id::online_platform, reason::platform_compliant);
}

/// online.form of a meeting held in person: the normal form, passed whatever else its record
/// says.
inline finding form_in_person() {
    return detail::passed(rule_id::online_form, reason::form_in_person);
}

/// online.form — II.2 ý 2: hybrid is the normal form, and only members unable on an accepted
/// ground join online (R9); fully online only when the members cannot be gathered at one place
/// at all (interp.fully_online; R8: on a special-nature ground, every member unable). R42: on a
/// special-circumstance ground, that members cannot be gathered is the superior committee's
/// finding, stated by the decision covering the day; the meeting's own flag no longer suffices.
/// R37: R5's kind filter is a reading of the majority only; here a member unable on any ground
/// the rule set accepts that day counts, of either kind (R4 and R6 still apply).
inline finding form(const meeting& m, const organisation& org, const rule_set& rules) {
    constexpr auto rule = rule_id::online_form;
    switch (m.form) {
    case meeting_form::in_person:
        return form_in_person();
    case meeting_form::by_group:
        return detail::not_applicable(rule, reason::not_online_meeting, {detail::code(m.form)});
    case meeting_form::hybrid:
    case meeting_form::fully_online:
        break;
    }
    if (!rules.grounds.at(m.date)) // who counts as unable rests on the grounds in force
        return detail::no_parameter(rule, m.date);
    const auto unable = unable_on(org, rules, m.date, std::nullopt);
    // R34: where counting members under decisions that are no evidence decides, not evaluated.
    const auto rests_on_doubtful = [&](std::int64_t needed) {
        return detail::make(rule, finding_status::not_evaluated, reason::form_decision_not_evidence,
                            {unable.shown, unable.at_most - unable.shown, needed});
    };
    if (m.form == meeting_form::hybrid) {
        if (!m.members_online)
            return detail::make(rule, finding_status::not_evaluated,
                                reason::form_online_attendance_unknown);
        if (*m.members_online > unable.at_most)
            return detail::violated(rule, reason::form_online_exceeds_unable,
                                    {*m.members_online, unable.shown});
        if (*m.members_online > unable.shown)
            return rests_on_doubtful(*m.members_online);
        return detail::passed(rule, reason::form_hybrid_within, {*m.members_online, unable.shown});
    }
    const auto base = org.roll.base();
    const std::initializer_list<std::int64_t> values = {unable.shown, base, m.gathering_impossible};
    if (base > 0 && unable.shown == base) // nobody can attend in person: every reading allows it
        return detail::passed(rule, reason::form_fully_online_justified, values);
    if (!m.ground) // R39: what justifies it depends on the ground's kind
        return detail::make(rule, finding_status::not_evaluated, reason::ground_missing);
    const auto basis = rules.interp.fully_online;
    const bool circumstance = sinhhoat::kind_of(*m.ground) == ground_kind::special_circumstance;
    if (circumstance && basis != fully_online_basis::all_members_unable) {
        // Of the decisions covering the day that are evidence (R34), one that finds gathering
        // impossible decides; else one that does not say leaves it open (R38); else one that
        // is no evidence and does not say it is possible leaves it open too.
        const circumstance_decision* silent = nullptr;
        const circumstance_decision* doubtful = nullptr;
        for (const auto& dec : org.decisions) {
            if (dec.ground != *m.ground || !dec.covers(m.date) || dec.gathering_impossible == false)
                continue;
            if (!is_evidence(dec, rules)) {
                if (!doubtful)
                    doubtful = &dec;
            } else if (dec.gathering_impossible == true) {
                return detail::passed(rule, reason::form_fully_online_decided,
                                      {detail::code(*m.ground), date_value(dec.decided_on)});
            } else if (!silent) {
                silent = &dec;
            }
        }
        if (silent)
            return detail::make(rule, finding_status::not_evaluated,
                                reason::form_gathering_not_stated,
                                {detail::code(*m.ground), date_value(silent->decided_on)});
        if (doubtful)
            return decision_not_evidence(rule, *doubtful, rules);
    } else if (basis == fully_online_basis::gathering_impossible_or_none_in_person &&
               m.gathering_impossible) {
        // The alternative reading: the meeting's statement counts on a special-nature ground
        // (no decision speaks of one).
        return detail::passed(rule, reason::form_fully_online_justified, values);
    }
    if (base > 0 && unable.at_most == base)
        return rests_on_doubtful(base);
    return detail::violated(rule, reason::form_fully_online_not_justified, values);
}

/// Whether a meeting on `g` on `d` is outside the special-nature quota: a special-circumstance
/// ground under interp.special_circumstance_outside_quota, and (R11, II.2 ý 3) a decision of the
/// superior committee for that ground covering the day: a label alone does not take it out. Not
/// known (nothing) where the covering decisions are no evidence (R34).
inline std::optional<bool> outside_quota(std::optional<ground> g, date d, const organisation& org,
                                         const rule_set& rules) {
    if (!g || kind_of(*g) != ground_kind::special_circumstance ||
        !rules.interp.special_circumstance_outside_quota)
        return false;
    const auto c = decision_covering(org, *g, d, rules);
    if (!c.decision)
        return false;
    return c.evidence ? std::optional<bool>(true) : std::nullopt;
}

/// R33: whether an earlier meeting on a special-circumstance ground is outside the special-nature
/// quota: yes when a decision for its ground that is evidence (R34) covers its date and the
/// circumstance is known to be ongoing then (that decision's stated span, or the record's
/// statement); not known (nothing) under a decision with no end and no statement, or only
/// decisions that are no evidence; no without a decision covering the day (R11).
inline std::optional<bool> exempt_from_quota(const past_meeting& p, const organisation& org,
                                             const rule_set& rules) {
    const auto outside = outside_quota(p.ground, p.date, org, rules);
    if (outside != true)
        return outside;
    if (p.circumstance_ongoing)
        return true;
    for (const auto& dec : org.decisions)
        if (dec.ground == *p.ground && dec.covers(p.date) && dec.until && is_evidence(dec, rules))
            return true;
    return std::nullopt;
}

/// Whether an earlier meeting of `org` uses the special-nature online quota under the rule
/// set's readings: yes, no, or not known (R33: a circumstance not shown to last on its day). R43:
/// a meeting before the organisation was listed for the online pilot was not a pilot meeting
/// and uses none of it (with no dated listing, every meeting counts).
inline std::optional<bool> quota_use(const past_meeting& p, const organisation& org,
                                     const rule_set& rules) {
    const auto& interp = rules.interp;
    const bool online = p.form == meeting_form::fully_online ||
                        (p.form == meeting_form::hybrid && interp.hybrid_counts);
    const bool body = p.body == meeting_body::whole_organisation ||
                      (p.body == meeting_body::committee && interp.committee_meetings_count);
    if (!online || !body)
        return false;
    const auto since = org.listing_for(pilot_kind::online, interp.subordinate_cells_inherit).since;
    if (since && p.date < *since)
        return false;
    const auto exempt = exempt_from_quota(p, org, rules);
    return exempt ? std::optional<bool>(!*exempt) : std::nullopt;
}

/// Whether an earlier meeting of `org` certainly uses the special-nature online quota.
inline bool uses_quota(const past_meeting& p, const organisation& org, const rule_set& rules) {
    return quota_use(p, org, rules) == true;
}

/// The quota that applies to `org`'s special-nature online meetings on `d` (nullptr: none).
inline const std::int32_t* quota_limit(const organisation& org, date d, const rule_set& rules) {
    switch (org.kind) {
    case organisation_kind::grassroots_committee:
        return rules.online_quota_committee.at(d);
    case organisation_kind::grassroots_cell:
    case organisation_kind::subordinate_cell:
        return rules.online_quota_cell.at(d);
    default:
        return nullptr;
    }
}

/// online.quota — II.2 ý 3: a special-nature đảng bộ cơ sở at most 1 online meeting a year, a
/// chi bộ at most 3 (interp.year, interp.hybrid_counts,
/// interp.special_circumstance_outside_quota). `count(span)` gives the uses (`quota_use`) among
/// the organisation's meetings before this one dated within `span` (a `detail::earlier_uses`).
template <class Count>
finding quota(const meeting& m, const organisation& org, const rule_set& rules, Count&& count) {
    constexpr auto rule = rule_id::online_quota;
    if (!m.is_online())
        return detail::not_applicable(rule, reason::not_online_meeting, {detail::code(m.form)});
    const auto& interp = rules.interp;
    const auto outside = outside_quota(m.ground, m.date, org, rules);
    if (outside == true)
        return detail::not_applicable(rule, reason::quota_outside_special_circumstance);
    if (m.form == meeting_form::hybrid && !interp.hybrid_counts)
        return detail::not_applicable(rule, reason::quota_hybrid_not_counted);
    if (m.body == meeting_body::committee && !interp.committee_meetings_count)
        return detail::not_applicable(rule, reason::quota_committee_not_counted);
    if (org.kind == organisation_kind::above_grassroots)
        return detail::not_applicable(rule, reason::org_kind_out_of_scope,
                                      {detail::code(org.kind)});
    if (!m.ground) // R39: on a special-circumstance ground it might be outside the quota
        return detail::make(rule, finding_status::not_evaluated, reason::ground_missing);
    auto f = detail::quota_finding(rule, quota_limit(org, m.date, rules), m.date, rules, count);
    // R34: counted, it would not pass, and the decision that would leave it out is no evidence.
    if (!outside.has_value() &&
        (f.status == finding_status::violated || f.reason == reason::quota_exemption_not_shown))
        return decision_not_evidence(
            rule, *decision_covering(org, *m.ground, m.date, rules).decision, rules);
    return f;
}

/// online.quota where the earlier meetings are those of `history` dated on or before the
/// meeting within its quota period.
inline finding quota(const meeting& m, const organisation& org, const meeting_history& history,
                     const rule_set& rules) {
    return quota(m, org, rules, [&](pilot_window span) {
        return detail::count_uses(history, span, rules,
                                  [&](const past_meeting& p) { return quota_use(p, org, rules); });
    });
}

/// online.return_in_person — II.2 ý 4: once a special circumstance has ended, meetings must be in
/// person. R14: the circumstance must be known to be ongoing on the day: within a decision's
/// stated span, or stated by the meeting (`circumstance_ongoing`); a decision with no end and no
/// statement is not evidence that it still lasts (not evaluated). An online meeting on that
/// ground after a decision's stated end (and no decision covering the day) is a violation. R34:
/// a decision that is no evidence shows neither that the circumstance lasts nor that it ended;
/// covering the day, it leaves the point not evaluated.
inline finding return_in_person(const organisation& org, date d, ground meeting_ground,
                                bool circumstance_ongoing, const rule_set& rules) {
    constexpr auto rule = rule_id::online_return_in_person;
    if (kind_of(meeting_ground) != ground_kind::special_circumstance)
        return detail::passed(rule, reason::return_not_required);
    const auto g = detail::code(meeting_ground);
    std::optional<date> ended;
    const circumstance_decision* open = nullptr;
    const circumstance_decision* doubtful = nullptr; // covers the day, but is no evidence (R34)
    for (const auto& dec : org.decisions) {
        if (dec.ground != meeting_ground)
            continue;
        if (!is_evidence(dec, rules)) {
            if (dec.covers(d) && !doubtful)
                doubtful = &dec;
            continue;
        }
        if (dec.covers(d)) {
            if (dec.until)
                return detail::passed(rule, reason::return_not_required);
            open = &dec;
        } else if (dec.until && *dec.until < d && (!ended || *ended < *dec.until)) {
            ended = *dec.until;
        }
    }
    if (circumstance_ongoing && (open || !ended))
        return detail::passed(rule, reason::return_circumstance_stated, {g});
    if (open)
        return detail::make(rule, finding_status::not_evaluated, reason::return_circumstance_open,
                            {g, date_value(open->from)});
    if (doubtful) // it may yet be the decision that shows the circumstance lasts
        return decision_not_evidence(rule, *doubtful, rules);
    if (ended)
        return detail::violated(rule, reason::return_in_person_required, {g, date_value(*ended)});
    return detail::make(rule, finding_status::not_evaluated, reason::return_circumstance_unknown,
                        {g});
}

/// online.return_in_person for a meeting: nothing to return from in person; R39: an online
/// meeting that states no ground leaves it not evaluated.
inline finding return_in_person(const meeting& m, const organisation& org, const rule_set& rules) {
    if (!m.is_online())
        return detail::passed(rule_id::online_return_in_person, reason::return_not_required);
    if (!m.ground)
        return detail::make(rule_id::online_return_in_person, finding_status::not_evaluated,
                            reason::ground_missing);
    return return_in_person(org, m.date, *m.ground, m.circumstance_ongoing, rules);
}

/// R15: the steps of the same body's in-person meeting: a cấp uỷ meeting and a đảng bộ cơ sở's
/// general meeting hold `committee_steps`, a chi bộ's meeting `required_steps`; R41: a thematic
/// meeting of any body `thematic_steps` (nullptr: none in force on the day).
inline const topic_set* steps_for(const meeting& m, const organisation& org,
                                  const rule_set& rules) {
    if (m.kind == meeting_kind::thematic)
        return rules.thematic_steps.at(m.date);
    const bool committee_order =
        m.body == meeting_body::committee || org.kind == organisation_kind::grassroots_committee;
    return (committee_order ? rules.committee_steps : rules.required_steps).at(m.date);
}

/// online.procedure — II.4.1: all the steps of the same body's in-person meeting (R15), and the
/// minutes record attendance and opinions like a tổ meeting's (R16, with II.4.2 ý 2; minutes not
/// stated: not evaluated, R16 amended).
inline findings procedure(const meeting& m, const organisation& org, const rule_set& rules) {
    constexpr auto rule = rule_id::online_procedure;
    findings out;
    const topic_set* steps = steps_for(m, org, rules);
    if (!steps) {
        out.push_back(detail::no_parameter(rule, m.date));
        return out;
    }
    if (const auto missing = *steps - m.agenda; !missing.empty())
        out.push_back(
            detail::violated(rule, reason::procedure_steps_missing, {detail::bits(missing)}));
    // R16 amended (RULES.md §6b): a record that does not state its minutes is no evidence that
    // there were none; only minutes stated and incomplete are a fault.
    if (!m.minutes)
        out.push_back(detail::make(rule, finding_status::not_evaluated,
                                   reason::procedure_minutes_not_stated));
    else if (!m.minutes->complete())
        out.push_back(detail::violated(
            rule, reason::procedure_minutes_incomplete,
            {m.minutes->members_present == 0, !m.minutes->opinions_recorded,
             !m.minutes->differing_opinions_recorded, !m.minutes->reserved_opinions_recorded}));
    if (out.empty())
        out.push_back(detail::passed(rule, reason::procedure_complete));
    return out;
}

} // namespace online
} // namespace sinhhoat
