#pragma once
// Online meetings (sinh hoạt đảng trực tuyến): catalogue §2. What the rules ask of an
// organisation on a day is resolved once (`facts`); then one kernel per rule, which says its rule
// ID and clause and decides or explains (docs/rules.md, "How a rule is written"). The functions
// are pure and safe to call from many threads.

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <limits>
#include <optional>
#include <set>
#include <sinhhoat/detail/support.hpp>
#include <sinhhoat/finding.hpp>
#include <sinhhoat/history.hpp>
#include <sinhhoat/meeting.hpp>
#include <sinhhoat/organisation.hpp>
#include <sinhhoat/rule_set.hpp>
#include <vector>

namespace sinhhoat {
namespace online {

/// R34: whether a decision is evidence under the rule set: it has a reference and was made on or
/// after the rule set's earliest source (a decision made before the guidance was not made under
/// it; a reference and a date are the evidence, §2).
inline bool is_evidence(const circumstance_decision& dec, const rule_set& rules) noexcept {
    return !dec.reference.empty() && !detail::predates_guidance(dec.decided_on, rules);
}
/// The same, given the rule set's earliest source (`rule_set::earliest_source()`), for a scan
/// of many decisions.
inline bool is_evidence(const circumstance_decision& dec, std::optional<date> earliest) noexcept {
    return !dec.reference.empty() && !(earliest && dec.decided_on < *earliest);
}

/// Of `org`'s decisions for `g` covering `d`, the first that is evidence (R34), else the first
/// that is not; `decision` is nullptr when none covers the day.
struct covering_decision {
    const circumstance_decision* decision = nullptr;
    bool evidence = false;
};

/// What `org`'s decisions for ground `g` say of day `d` (R34: a decision that is evidence first):
/// what the online rules and the quota's exemption ask of them, in one pass.
struct decision_facts {
    covering_decision covering;
    /// R14: one that is evidence covers the day with a stated end.
    bool lasts = false;
    /// R14: the last that is evidence and covers the day with no end.
    const circumstance_decision* open = nullptr;
    /// R14: the latest stated end before the day of those that are evidence.
    std::optional<sinhhoat::date> ended;
    /// R42, of those covering the day: the first that is evidence and finds that members cannot
    /// be gathered; the first that is evidence and does not say; the first that is no evidence
    /// and does not say gathering is possible.
    const circumstance_decision* gathering_decided = nullptr;
    const circumstance_decision* gathering_silent = nullptr;
    const circumstance_decision* gathering_doubtful = nullptr;
};
/// `earliest` is the rule set's earliest source (is_evidence).
inline decision_facts decisions_for(const organisation& org, ground g, date d,
                                    std::optional<date> earliest) noexcept {
    decision_facts out;
    for (const auto& dec : org.decisions) {
        if (dec.ground != g)
            continue;
        const bool evidence = is_evidence(dec, earliest);
        if (dec.covers(d)) {
            auto& c = out.covering;
            if (evidence && !c.evidence)
                c = {&dec, true};
            else if (!c.decision)
                c.decision = &dec;
            if (evidence) {
                if (dec.until)
                    out.lasts = true;
                else
                    out.open = &dec;
                if (dec.gathering_impossible == true && !out.gathering_decided)
                    out.gathering_decided = &dec;
                else if (!dec.gathering_impossible && !out.gathering_silent)
                    out.gathering_silent = &dec;
            } else if (dec.gathering_impossible != false && !out.gathering_doubtful) {
                out.gathering_doubtful = &dec;
            }
        } else if (evidence && dec.until && *dec.until < d &&
                   (!out.ended || *out.ended < *dec.until)) {
            out.ended = *dec.until;
        }
    }
    return out;
}
inline decision_facts decisions_for(const organisation& org, ground g, date d,
                                    const rule_set& rules) noexcept {
    return decisions_for(org, g, d, rules.earliest_source());
}
inline covering_decision decision_covering(const organisation& org, ground g, date d,
                                           const rule_set& rules) noexcept {
    return decisions_for(org, g, d, rules).covering;
}

/// An organisation's decisions under a rule set, asked about one day or many. Made plainly, each
/// question scans the decisions, which is what one day asks. `indexed` first sorts an
/// organisation's decisions, when it has more than a few, into the spans of days over which
/// what they say does not change: then m days asked of n decisions cost (n + m) log n, not
/// n × m, so that a hostile caller's million decisions and million meetings of one organisation
/// (an audit, or a check's history) take seconds, not days. Both answer what decisions_for
/// answers. It points into the organisation and its decisions: it lives no longer than they do.
class decision_lookup {
  public:
    decision_lookup(const sinhhoat::organisation& org, const rule_set& rules) noexcept
        : org_(&org), earliest_(rules.earliest_source()) {}
    /// Indexed when the organisation has more than `plain_at_most` decisions.
    static decision_lookup indexed(const sinhhoat::organisation& org, const rule_set& rules,
                                   std::size_t plain_at_most = 0);
    /// For about `days` questions: indexed when scanning the decisions for each would cost more
    /// than indexing them once (more than 8 decisions, more than 64 days), so that a check of an
    /// organisation with thousands of decisions and a short history does not sort them all.
    static decision_lookup for_days(const sinhhoat::organisation& org, const rule_set& rules,
                                    std::size_t days) {
        return org.decisions.size() > 8 && days > 64 ? indexed(org, rules)
                                                     : decision_lookup(org, rules);
    }

    const sinhhoat::organisation& org() const noexcept { return *org_; }
    /// The rule set's earliest source (is_evidence).
    std::optional<date> earliest() const noexcept { return earliest_; }
    bool is_indexed() const noexcept { return !by_ground_.empty(); }

    /// decisions_for(org, g, d, rules).
    decision_facts facts(ground g, date d) const noexcept {
        if (by_ground_.empty())
            return decisions_for(*org_, g, d, earliest_);
        const auto& spans = by_ground_[static_cast<std::size_t>(g)];
        if (spans.empty())
            return {};
        const auto at = std::upper_bound(spans.begin(), spans.end(), day_key(d),
                                         [](std::int64_t k, const span& s) { return k < s.first; });
        return std::prev(at)->facts; // the first span starts before any day
    }

    /// R4, R34: the grounds some decision covers on `d`, and those of them that a decision which
    /// is evidence covers.
    struct covered_grounds {
        ground_set any, evident;
    };
    covered_grounds covering(date d) const noexcept {
        covered_grounds out;
        if (by_ground_.empty()) {
            for (const auto& dec : org_->decisions)
                if (dec.covers(d)) {
                    out.any.insert(dec.ground);
                    if (is_evidence(dec, earliest_))
                        out.evident.insert(dec.ground);
                }
            return out;
        }
        for (std::size_t g = 0; g < by_ground_.size(); ++g) {
            if (by_ground_[g].empty())
                continue;
            const auto c = facts(static_cast<ground>(g), d).covering;
            if (c.decision)
                out.any.insert(static_cast<ground>(g));
            if (c.evidence)
                out.evident.insert(static_cast<ground>(g));
        }
        return out;
    }

  private:
    /// From day `first` until the next span's first day, the facts of every day are `facts`.
    struct span {
        std::int64_t first;
        decision_facts facts;
    };
    static std::int64_t day_key(date d) noexcept {
        return static_cast<std::int64_t>(d.day_number());
    }
    void index_ground(ground g);

    const sinhhoat::organisation* org_;
    std::optional<date> earliest_;
    std::vector<std::vector<span>> by_ground_; ///< by ground code; empty when not indexed
};

inline decision_lookup decision_lookup::indexed(const sinhhoat::organisation& org,
                                                const rule_set& rules, std::size_t plain_at_most) {
    decision_lookup out(org, rules);
    if (org.decisions.size() <= plain_at_most)
        return out;
    out.by_ground_.resize(std::size(enum_traits<ground>::rows));
    for (std::size_t g = 0; g < out.by_ground_.size(); ++g)
        out.index_ground(static_cast<ground>(g));
    return out;
}

inline void decision_lookup::index_ground(ground g) {
    const auto& all = org_->decisions;
    // A decision covers the days from the later of its date and its start to its end; from the
    // day after its end it is one that has ended (R14). One that ends before it is made covers
    // no day, but has still ended.
    struct event {
        std::int64_t day;
        std::uint32_t decision;
        bool starts;
    };
    std::vector<event> events;
    for (std::size_t i = 0; i < all.size(); ++i) {
        const auto& dec = all[i];
        if (dec.ground != g)
            continue;
        const auto first = day_key(std::max(dec.decided_on, dec.from));
        const auto index = static_cast<std::uint32_t>(i);
        if (!dec.until || first <= day_key(*dec.until))
            events.push_back({first, index, true});
        if (dec.until)
            events.push_back({day_key(*dec.until) + 1, index, false});
    }
    if (events.empty())
        return;
    std::sort(events.begin(), events.end(),
              [](const event& a, const event& b) { return a.day < b.day; });
    // What decisions_for keeps of the decisions covering a day: the first or the last of each
    // kind in the organisation's order, so each kind is an ordered set of their positions.
    std::set<std::uint32_t> any, evident, open, decided, silent, doubtful;
    std::size_t lasting = 0; // evidence with a stated end, covering the day
    std::optional<date> ended;
    const auto kinds = [&](std::uint32_t i, const auto& apply) {
        const auto& dec = all[i];
        apply(any);
        if (is_evidence(dec, earliest_)) {
            apply(evident);
            if (!dec.until)
                apply(open);
            if (dec.gathering_impossible == true)
                apply(decided);
            else if (!dec.gathering_impossible)
                apply(silent);
        } else if (dec.gathering_impossible != false) {
            apply(doubtful);
        }
    };
    auto& spans = by_ground_[static_cast<std::size_t>(g)];
    spans.push_back({std::numeric_limits<std::int64_t>::min(), {}});
    for (std::size_t k = 0; k < events.size();) {
        const auto day = events[k].day;
        for (; k < events.size() && events[k].day == day; ++k) {
            const auto i = events[k].decision;
            const auto& dec = all[i];
            const bool evidence = is_evidence(dec, earliest_);
            if (events[k].starts) {
                kinds(i, [i](std::set<std::uint32_t>& s) { s.insert(i); });
                lasting += evidence && dec.until;
                continue;
            }
            if (any.erase(i)) {
                kinds(i, [i](std::set<std::uint32_t>& s) { s.erase(i); });
                lasting -= evidence;
            }
            if (evidence && (!ended || *ended < *dec.until))
                ended = *dec.until;
        }
        decision_facts f;
        const auto first = [&](const std::set<std::uint32_t>& s) {
            return s.empty() ? nullptr : &all[*s.begin()];
        };
        if (!evident.empty())
            f.covering = {first(evident), true};
        else
            f.covering.decision = first(any);
        f.lasts = lasting > 0;
        f.open = open.empty() ? nullptr : &all[*open.rbegin()];
        f.ended = ended;
        f.gathering_decided = first(decided);
        f.gathering_silent = first(silent);
        f.gathering_doubtful = first(doubtful);
        spans.push_back({day, f});
    }
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

/// What the online rules ask of an organisation on one day, for a meeting on `ground` (or none),
/// resolved once: the rule set's grounds in force, the members unable (R4-R6, R34), the decisions
/// of the superior committee covering the day and the listing. The rule kernels below decide
/// from it alone, so that no rule rescans the organisation or its decisions. It points into the
/// organisation's decisions and the rule set's parameters: it lives no longer than they do.
struct facts {
    sinhhoat::date day;
    std::optional<sinhhoat::ground> ground;
    organisation_kind kind = organisation_kind::grassroots_cell;
    std::optional<ground_set> listed; ///< the grounds in force; none on the day
    bool summer = false;              ///< R6: within the summer break
    std::int32_t base = 0, exempted = 0, suspended = 0;
    /// For the majority: grounds of the meeting ground's kind (R5), or of the kind asked.
    unable_members unable;
    /// For the form (R37): grounds of either kind.
    unable_members unable_any;

    /// The decisions of the superior committee for `ground` (none without a ground).
    decision_facts decisions;

    /// R1-R3: the online listing, directly or through the parent (interp).
    pilot_listing listing;
    /// The special-nature quota in force for the organisation's kind; none.
    std::optional<std::int32_t> quota_limit;
};

/// The kind of a meeting's ground, if it has one.
inline std::optional<ground_kind> kind_of(std::optional<ground> g) {
    return g ? std::optional<ground_kind>(sinhhoat::kind_of(*g)) : std::nullopt;
}

/// The quota that applies to the special-nature online meetings of an organisation of `kind`
/// under parameters `at` (none: no quota).
inline std::optional<std::int32_t> quota_limit(organisation_kind kind,
                                               const parameters& at) noexcept {
    switch (kind) {
    case organisation_kind::grassroots_committee:
        return at.online_quota_committee;
    case organisation_kind::grassroots_cell:
    case organisation_kind::subordinate_cell:
        return at.online_quota_cell;
    default:
        return std::nullopt;
    }
}
inline std::optional<std::int32_t> quota_limit(const organisation& org, date d,
                                               const rule_set& rules) {
    return quota_limit(org.kind, rules.parameters_on(d));
}

/// The facts of an organisation on `d` for a meeting on `g`, its decisions asked through
/// `decisions` (made under `rules`, whose parameters on `d` are `at`); the majority counts
/// grounds of `kind` (by default the kind of `g`; any kind when that is nothing).
inline facts resolve(const decision_lookup& decisions, const parameters& at, date d,
                     std::optional<ground> g, const rule_set& rules,
                     std::optional<ground_kind> kind) {
    const auto& org = decisions.org();
    facts f;
    f.day = d;
    f.ground = g;
    f.kind = org.kind;
    f.listed = at.grounds;
    f.summer = rules.summer_break.contains(d);
    f.base = org.roll.base();
    f.exempted = org.roll.exempted;
    f.suspended = org.roll.suspended;
    f.listing = org.listing_for(pilot_kind::online, rules.interp.subordinate_cells_inherit);
    f.quota_limit = quota_limit(org.kind, at);
    if (g)
        f.decisions = decisions.facts(*g, d);
    if (f.listed) {
        // R4, R34: the special-circumstance grounds some decision covers on the day, and those
        // of them under a decision that is evidence.
        const auto covered = decisions.covering(d);
        const auto unable = [&](ground_set shown) {
            if (!f.summer)
                shown = shown - seasonal_grounds();
            const auto circumstance = shown & grounds_of(ground_kind::special_circumstance);
            const auto doubtful = (circumstance & covered.any) - covered.evident;
            shown = shown - (circumstance - covered.evident);
            return unable_members{org.roll.unable_for(shown),
                                  org.roll.unable_for(shown | doubtful)};
        };
        f.unable = (kind && !rules.interp.majority_mixes_kinds)
                       ? unable(*f.listed & grounds_of(*kind))
                       : unable(*f.listed);
        f.unable_any = unable(*f.listed);
    }
    return f;
}
inline facts resolve(const decision_lookup& decisions, date d, std::optional<ground> g,
                     const rule_set& rules, std::optional<ground_kind> kind) {
    return resolve(decisions, rules.parameters_on(d), d, g, rules, kind);
}
inline facts resolve(const organisation& org, date d, std::optional<ground> g,
                     const rule_set& rules, std::optional<ground_kind> kind) {
    return resolve(decision_lookup(org, rules), d, g, rules, kind);
}
inline facts resolve(const organisation& org, date d, std::optional<ground> g,
                     const rule_set& rules) {
    return resolve(org, d, g, rules, kind_of(g));
}

/// Members unable to attend in person on `d` on the grounds that count for a meeting whose
/// ground is of `kind` (any kind when it has none): what `facts::unable` holds.
inline unable_members unable_on(const organisation& org, const rule_set& rules, date d,
                                std::optional<ground_kind> kind) {
    return resolve(org, d, std::nullopt, rules, kind).unable;
}

/// online.scope.org_kind — II.1.1; II.2 ý 1: only a đảng bộ cơ sở or a chi bộ.
template <class As = detail::explain>
auto scope_org_kind(organisation_kind kind, As as = {}) noexcept {
    const auto k = detail::code(kind);
    if (kind == organisation_kind::above_grassroots)
        return as.violated(rule_id::online_scope_org_kind, reason::org_kind_out_of_scope, {k});
    return as.passed(rule_id::online_scope_org_kind, reason::org_kind_in_scope, {k});
}
inline finding scope_org_kind(const organisation& org) {
    return scope_org_kind(org.kind);
}

/// online.scope.majority — II.1.1: members unable to meet in person for an accepted ground (of
/// the kind the facts count) are strictly more than half of the members less exempted and
/// suspended ones (2·unable > base). R34: where counting the members on a ground whose covering
/// decisions are no evidence decides, not evaluated.
template <class As = detail::explain> auto scope_majority_of(const facts& f, As as = {}) noexcept {
    constexpr auto rule = rule_id::online_scope_majority;
    if (!f.listed)
        return as.no_parameter(rule, f.day);
    const auto unable = f.unable;
    const std::int64_t required = f.base / 2 + 1;
    if (std::int64_t{2} * unable.shown > f.base)
        return as.passed(rule, reason::majority_met,
                         {unable.shown, f.base, f.exempted, f.suspended});
    if (std::int64_t{2} * unable.at_most >
        f.base) // R34: it rests on decisions that are no evidence
        return as.not_evaluated(rule, reason::majority_decision_not_evidence,
                                {unable.shown, unable.at_most - unable.shown, f.base, required});
    return as.violated(rule, reason::majority_not_met,
                       {unable.shown, f.base, f.exempted, f.suspended, required});
}
/// online.scope.majority for a meeting: grounds of its ground's kind count. R39: a meeting that
/// states no ground leaves it not evaluated (which kind counts is not known).
template <class As = detail::explain> auto scope_majority(const facts& f, As as = {}) noexcept {
    if (!f.ground)
        return as.not_evaluated(rule_id::online_scope_majority, reason::ground_missing);
    return scope_majority_of(f, as);
}
inline finding scope_majority(const organisation& org, date d, std::optional<ground_kind> kind,
                              const rule_set& rules) {
    return scope_majority_of(resolve(org, d, std::nullopt, rules, kind));
}
inline finding scope_majority(const organisation& org, date d, std::optional<ground> meeting_ground,
                              const rule_set& rules) {
    return scope_majority(resolve(org, d, meeting_ground, rules));
}

/// online.scope.ground — II.1.1 a), b): the meeting's ground is one the rule set lists; R6: the
/// teacher and student grounds only within the summer break.
template <class As = detail::explain>
auto scope_ground(const facts& f, const rule_set& rules, As as = {}) noexcept {
    constexpr auto rule = rule_id::online_scope_ground;
    if (!f.listed)
        return as.no_parameter(rule, f.day);
    if (!f.ground)
        return as.violated(rule, reason::ground_missing);
    const auto g = detail::code(*f.ground);
    if (!f.listed->contains(*f.ground))
        return as.violated(rule, reason::ground_not_listed, {g});
    if (seasonal_grounds().contains(*f.ground) && !f.summer) {
        const auto& s = rules.summer_break;
        return as.violated(rule, reason::ground_out_of_season,
                           {g, s.first_day, s.first_month, s.last_day, s.last_month});
    }
    return as.passed(rule, reason::ground_listed, {g});
}
inline finding scope_ground(std::optional<ground> meeting_ground, date d, const rule_set& rules) {
    facts f;
    f.day = d;
    f.ground = meeting_ground;
    f.listed = rules.parameters_on(d).grounds;
    f.summer = rules.summer_break.contains(d);
    return scope_ground(f, rules);
}

/// The not-evaluated finding of `rule` where what decides rests on `dec`, a decision that is no
/// evidence (R34): dated before the rule set's earliest source, or with no reference.
template <class As = detail::explain>
auto decision_not_evidence(rule_id rule, const circumstance_decision& dec, const rule_set& rules,
                           As as = {}) noexcept {
    const auto g = detail::code(dec.ground);
    if (const auto first = detail::predates_guidance(dec.decided_on, rules))
        return as.not_evaluated(rule, reason::decision_before_guidance,
                                {g, date_value(dec.decided_on), date_value(*first)});
    return as.not_evaluated(rule, reason::decision_unreferenced, {g, date_value(dec.decided_on)});
}

/// online.authorisation — III.1: special nature needs the superior committee's pilot list
/// (where the rule set asks for one: `rule_set::list_required`), chosen for the online pilot on
/// or before the day (R1, R2; R30: within the continuation period, where selections do not carry
/// over), directly or through its đảng bộ cơ sở (R3); special circumstances
/// need the directly superior committee's decision, in force that day. R34: a selection or a
/// decision dated before the rule set's earliest source, or a decision with no reference, is
/// no evidence (not evaluated).
template <class As = detail::explain>
auto authorisation(const facts& f, const rule_set& rules, As as = {}) noexcept {
    constexpr auto rule = rule_id::online_authorisation;
    const auto d = f.day;
    if (!f.ground)
        return as.not_evaluated(rule, reason::ground_missing);
    if (sinhhoat::kind_of(*f.ground) == ground_kind::special_nature) {
        if (!rules.list_required.contains(pilot_kind::online))
            return as.passed(rule, reason::pilot_list_not_required);
        // R3: a chi bộ trực thuộc is listed through its listed đảng bộ cơ sở; R39: listed both
        // ways, from the earlier dated listing.
        if (!f.listing.listed)
            return as.violated(rule, reason::pilot_not_listed);
        const auto selected_on = f.listing.since; // R2: its own date
        if (selected_on && d < *selected_on)
            return as.violated(rule, reason::pilot_listed_after_meeting,
                               {date_value(*selected_on), date_value(d)});
        if (!selected_on) // R1: no date is no evidence of a choice before the meeting
            return as.not_evaluated(rule, reason::pilot_listed_undated);
        if (const auto first = detail::predates_guidance(*selected_on, rules)) // R34
            return as.not_evaluated(rule, reason::pilot_listed_before_guidance,
                                    {date_value(*selected_on), date_value(*first)});
        if (const auto from = detail::selection_must_follow(d, rules); from && *selected_on < *from)
            return as.violated(rule, reason::pilot_listed_before_period,
                               {date_value(*selected_on), date_value(*from)});
        return as.passed(rule,
                         f.listing.through_parent ? reason::pilot_listed_through_parent
                                                  : reason::pilot_listed,
                         {date_value(*selected_on)});
    }
    // R34: a reference and a date made under the guidance are the evidence; the span is the
    // superior committee's to set, shown and not second-guessed.
    const auto* dec = f.decisions.covering.decision;
    if (!dec)
        return as.violated(rule, reason::decision_missing, {detail::code(*f.ground)});
    if (!f.decisions.covering.evidence)
        return decision_not_evidence(rule, *dec, rules, as);
    const auto g = detail::code(dec->ground);
    if (dec->until)
        return as.passed(
            rule, reason::decision_in_force_until,
            {g, date_value(dec->decided_on), date_value(dec->from), date_value(*dec->until)});
    return as.passed(rule, reason::decision_in_force_open,
                     {g, date_value(dec->decided_on), date_value(dec->from)});
}
inline finding authorisation(const organisation& org, date d, std::optional<ground> meeting_ground,
                             const rule_set& rules) {
    return authorisation(resolve(org, d, meeting_ground, rules), rules);
}

/// online.infrastructure — II.2 ý 1: devices connected to the internet, a stable connection.
template <class As = detail::explain> auto infrastructure(const meeting& m, As as = {}) noexcept {
    constexpr auto rule = rule_id::online_infrastructure;
    if (!m.infrastructure) // R38: a record that says nothing is no evidence either way
        return as.not_evaluated(rule, reason::infrastructure_not_stated);
    const auto missing = infrastructure_set::all() - *m.infrastructure;
    if (!missing.empty())
        return as.violated(rule, reason::infrastructure_missing, {detail::bits(missing)});
    return as.passed(rule, reason::infrastructure_ready);
}

/// online.platform — II.2 ý 1: software of a provider headquartered in Vietnam, under
/// Vietnamese law, complying with the Cybersecurity Law.
template <class As = detail::explain> auto platform(const meeting& m, As as = {}) noexcept {
    constexpr auto rule = rule_id::online_platform;
    if (!m.platform) // R38
        return as.not_evaluated(rule, reason::platform_not_stated);
    const auto missing = platform_set::all() - *m.platform;
    if (!missing.empty())
        return as.violated(rule, reason::platform_not_compliant, {detail::bits(missing)});
    return as.passed(rule, reason::platform_compliant);
}

/// online.form of a meeting held in person: the normal form, passed whatever else its record
/// says.
template <class As = detail::explain> auto form_in_person(As as = {}) noexcept {
    return as.passed(rule_id::online_form, reason::form_in_person);
}

/// online.form — II.2 ý 2: hybrid is the normal form, and only members unable on an accepted
/// ground join online (R9); fully online only when the members cannot be gathered at one place
/// at all (interp.fully_online; R8: on a special-nature ground, every member unable). R42: on a
/// special-circumstance ground, that members cannot be gathered is the superior committee's
/// finding, stated by the decision covering the day; the meeting's own flag no longer suffices.
/// R37: R5's kind filter is a reading of the majority only; here a member unable on any ground
/// the rule set accepts that day counts, of either kind (R4 and R6 still apply).
template <class As = detail::explain>
auto form(const meeting& m, const facts& f, const rule_set& rules, As as = {}) noexcept {
    constexpr auto rule = rule_id::online_form;
    switch (m.form) {
    case meeting_form::in_person:
        return form_in_person(as);
    case meeting_form::by_group:
        return as.not_applicable(rule, reason::not_online_meeting, {detail::code(m.form)});
    case meeting_form::hybrid:
    case meeting_form::fully_online:
        break;
    }
    if (!f.listed) // who counts as unable rests on the grounds in force
        return as.no_parameter(rule, m.date);
    const auto unable = f.unable_any;
    // R34: where counting members under decisions that are no evidence decides, not evaluated.
    const auto rests_on_doubtful = [&](std::int64_t needed) {
        return as.not_evaluated(rule, reason::form_decision_not_evidence,
                                {unable.shown, unable.at_most - unable.shown, needed});
    };
    if (m.form == meeting_form::hybrid) {
        if (!m.members_online)
            return as.not_evaluated(rule, reason::form_online_attendance_unknown);
        if (*m.members_online > unable.at_most)
            return as.violated(rule, reason::form_online_exceeds_unable,
                               {*m.members_online, unable.shown});
        if (*m.members_online > unable.shown)
            return rests_on_doubtful(*m.members_online);
        return as.passed(rule, reason::form_hybrid_within, {*m.members_online, unable.shown});
    }
    const auto base = f.base;
    const auto justified = [&](finding_status s, reason why) {
        return as.make(rule, s, why, {unable.shown, base, m.gathering_impossible});
    };
    if (base > 0 && unable.shown == base) // nobody can attend in person: every reading allows it
        return justified(finding_status::passed, reason::form_fully_online_justified);
    if (!m.ground) // R39: what justifies it depends on the ground's kind
        return as.not_evaluated(rule, reason::ground_missing);
    const auto basis = rules.interp.fully_online;
    const bool circumstance = sinhhoat::kind_of(*m.ground) == ground_kind::special_circumstance;
    if (circumstance && basis != fully_online_basis::all_members_unable) {
        // Of the decisions covering the day that are evidence (R34), one that finds gathering
        // impossible decides; else one that does not say leaves it open (R38); else one that
        // is no evidence and does not say it is possible leaves it open too.
        const auto& dec = f.decisions;
        if (dec.gathering_decided)
            return as.passed(
                rule, reason::form_fully_online_decided,
                {detail::code(*m.ground), date_value(dec.gathering_decided->decided_on)});
        if (dec.gathering_silent)
            return as.not_evaluated(
                rule, reason::form_gathering_not_stated,
                {detail::code(*m.ground), date_value(dec.gathering_silent->decided_on)});
        if (dec.gathering_doubtful)
            return decision_not_evidence(rule, *dec.gathering_doubtful, rules, as);
    } else if (basis == fully_online_basis::gathering_impossible_or_none_in_person &&
               m.gathering_impossible) {
        // The alternative reading: the meeting's statement counts on a special-nature ground
        // (no decision speaks of one).
        return justified(finding_status::passed, reason::form_fully_online_justified);
    }
    if (base > 0 && unable.at_most == base)
        return rests_on_doubtful(base);
    return justified(finding_status::violated, reason::form_fully_online_not_justified);
}
inline finding form(const meeting& m, const organisation& org, const rule_set& rules) {
    return form(m, resolve(org, m.date, m.ground, rules), rules);
}

/// Whether a meeting on `g` can be outside the special-nature quota at all: a
/// special-circumstance ground under interp.special_circumstance_outside_quota.
inline bool may_be_outside_quota(std::optional<ground> g, const rule_set& rules) noexcept {
    return g && sinhhoat::kind_of(*g) == ground_kind::special_circumstance &&
           rules.interp.special_circumstance_outside_quota;
}
/// For such a meeting, (R11, II.2 ý 3) whether a decision of the superior committee for its
/// ground covers the day: a label alone does not take it out. Not known (nothing) where the
/// covering decisions are no evidence (R34).
inline std::optional<bool> outside_quota(const covering_decision& c) noexcept {
    if (!c.decision)
        return false;
    return c.evidence ? std::optional<bool>(true) : std::nullopt;
}
/// Whether a meeting on `g` on `d` is outside the special-nature quota (may_be_outside_quota,
/// and a covering decision).
inline std::optional<bool> outside_quota(const facts& f, const rule_set& rules) noexcept {
    return may_be_outside_quota(f.ground, rules) ? outside_quota(f.decisions.covering) : false;
}
inline std::optional<bool> outside_quota(std::optional<ground> g, date d, const organisation& org,
                                         const rule_set& rules) {
    return may_be_outside_quota(g, rules) ? outside_quota(decision_covering(org, *g, d, rules))
                                          : false;
}

/// R33: whether an earlier meeting on a special-circumstance ground is outside the special-nature
/// quota: yes when a decision for its ground that is evidence (R34) covers its date and the
/// circumstance is known to be ongoing then (that decision's stated span, or the record's
/// statement); not known (nothing) under a decision with no end and no statement, or only
/// decisions that are no evidence; no without a decision covering the day (R11).
inline std::optional<bool>
exempt_from_quota(const past_meeting& p, const decision_lookup& decisions, const rule_set& rules) {
    if (!may_be_outside_quota(p.ground, rules))
        return false;
    const auto dec = decisions.facts(*p.ground, p.date);
    const auto outside = outside_quota(dec.covering);
    if (outside != true)
        return outside;
    if (p.circumstance_ongoing || dec.lasts)
        return true;
    return std::nullopt;
}
inline std::optional<bool> exempt_from_quota(const past_meeting& p, const organisation& org,
                                             const rule_set& rules) {
    return exempt_from_quota(p, decision_lookup(org, rules), rules);
}

/// Whether an earlier meeting of an organisation (whose decisions `decisions` asks, under
/// `rules`) uses the special-nature online quota under the rule set's readings: yes, no, or not
/// known (R33: a circumstance not shown to last on its day). R43: a meeting before the
/// organisation was listed for the online pilot was not a pilot meeting and uses none of it
/// (with no dated listing, every meeting counts).
inline std::optional<bool> quota_use(const past_meeting& p, const decision_lookup& decisions,
                                     const rule_set& rules) {
    const auto& org = decisions.org();
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
    const auto exempt = exempt_from_quota(p, decisions, rules);
    return exempt ? std::optional<bool>(!*exempt) : std::nullopt;
}
inline std::optional<bool> quota_use(const past_meeting& p, const organisation& org,
                                     const rule_set& rules) {
    return quota_use(p, decision_lookup(org, rules), rules);
}

/// Whether an earlier meeting of `org` certainly uses the special-nature online quota.
inline bool uses_quota(const past_meeting& p, const organisation& org, const rule_set& rules) {
    return quota_use(p, org, rules) == true;
}

/// online.quota — II.2 ý 3: a special-nature đảng bộ cơ sở at most 1 online meeting a year, a
/// chi bộ at most 3 (interp.year, interp.hybrid_counts,
/// interp.special_circumstance_outside_quota). `count(span)` gives the uses (`quota_use`) among
/// the organisation's meetings before this one dated within `span` (a `detail::earlier_uses`).
template <class Count, class As = detail::explain>
auto quota(const meeting& m, const facts& f, const rule_set& rules, Count&& count, As as = {}) {
    constexpr auto rule = rule_id::online_quota;
    if (!m.is_online())
        return as.not_applicable(rule, reason::not_online_meeting, {detail::code(m.form)});
    const auto& interp = rules.interp;
    const auto outside = outside_quota(f, rules);
    if (outside == true)
        return as.not_applicable(rule, reason::quota_outside_special_circumstance);
    if (m.form == meeting_form::hybrid && !interp.hybrid_counts)
        return as.not_applicable(rule, reason::quota_hybrid_not_counted);
    if (m.body == meeting_body::committee && !interp.committee_meetings_count)
        return as.not_applicable(rule, reason::quota_committee_not_counted);
    if (f.kind == organisation_kind::above_grassroots)
        return as.not_applicable(rule, reason::org_kind_out_of_scope, {detail::code(f.kind)});
    if (!m.ground) // R39: on a special-circumstance ground it might be outside the quota
        return as.not_evaluated(rule, reason::ground_missing);
    const auto q = detail::quota_finding(rule, f.quota_limit, m.date, rules, count, as);
    // R34: counted, it would not pass, and the decision that would leave it out is no evidence.
    if (!outside.has_value() &&
        (q.status == finding_status::violated || q.reason == reason::quota_exemption_not_shown))
        return decision_not_evidence(rule, *f.decisions.covering.decision, rules, as);
    return q;
}
template <class Count>
finding quota(const meeting& m, const organisation& org, const rule_set& rules, Count&& count) {
    return quota(m, resolve(org, m.date, m.ground, rules), rules, count);
}

/// online.quota where the earlier meetings are those of `history` dated on or before the
/// meeting within its quota period.
inline finding quota(const meeting& m, const organisation& org, const meeting_history& history,
                     const rule_set& rules) {
    const auto decisions = decision_lookup::for_days(org, rules, history.size() + 2);
    return quota(m, resolve(decisions, m.date, m.ground, rules, kind_of(m.ground)), rules,
                 [&](pilot_window span) {
                     return detail::count_uses(history, span, rules, [&](const past_meeting& p) {
                         return quota_use(p, decisions, rules);
                     });
                 });
}

/// online.return_in_person — II.2 ý 4: once a special circumstance has ended, meetings must be in
/// person. R14: the circumstance must be known to be ongoing on the day: within a decision's
/// stated span, or stated by the meeting (`circumstance_ongoing`); a decision with no end and no
/// statement is not evidence that it still lasts (not evaluated). An online meeting on that
/// ground after a decision's stated end (and no decision covering the day) is a violation. R34:
/// a decision that is no evidence shows neither that the circumstance lasts nor that it ended;
/// covering the day, it leaves the point not evaluated.
template <class As = detail::explain>
auto return_in_person(const facts& f, bool circumstance_ongoing, const rule_set& rules,
                      As as = {}) noexcept {
    constexpr auto rule = rule_id::online_return_in_person;
    if (!f.ground)
        return as.not_evaluated(rule, reason::ground_missing);
    if (sinhhoat::kind_of(*f.ground) != ground_kind::special_circumstance)
        return as.passed(rule, reason::return_not_required);
    const auto g = detail::code(*f.ground);
    const auto& dec = f.decisions;
    if (dec.lasts)
        return as.passed(rule, reason::return_not_required);
    if (circumstance_ongoing && (dec.open || !dec.ended))
        return as.passed(rule, reason::return_circumstance_stated, {g});
    if (dec.open)
        return as.not_evaluated(rule, reason::return_circumstance_open,
                                {g, date_value(dec.open->from)});
    // A decision covering the day that is no evidence may yet be the one that shows the
    // circumstance lasts.
    if (dec.covering.decision && !dec.covering.evidence)
        return decision_not_evidence(rule, *dec.covering.decision, rules, as);
    if (dec.ended)
        return as.violated(rule, reason::return_in_person_required, {g, date_value(*dec.ended)});
    return as.not_evaluated(rule, reason::return_circumstance_unknown, {g});
}
inline finding return_in_person(const organisation& org, date d, ground meeting_ground,
                                bool circumstance_ongoing, const rule_set& rules) {
    return return_in_person(resolve(org, d, meeting_ground, rules), circumstance_ongoing, rules);
}

/// online.return_in_person for a meeting: nothing to return from in person; R39: an online
/// meeting that states no ground leaves it not evaluated.
template <class As = detail::explain>
auto return_in_person(const meeting& m, const facts& f, const rule_set& rules,
                      As as = {}) noexcept {
    if (!m.is_online())
        return as.passed(rule_id::online_return_in_person, reason::return_not_required);
    return return_in_person(f, m.circumstance_ongoing, rules, as);
}
inline finding return_in_person(const meeting& m, const organisation& org, const rule_set& rules) {
    return return_in_person(m, resolve(org, m.date, m.ground, rules), rules);
}

/// R15: the steps of the same body's in-person meeting: a cấp uỷ meeting and a đảng bộ cơ sở's
/// general meeting hold `committee_steps`, a chi bộ's meeting `required_steps`; R41: a thematic
/// meeting of any body `thematic_steps` (none in force under `at`, the meeting day's).
inline std::optional<topic_set> steps_for(const meeting& m, organisation_kind kind,
                                          const parameters& at) noexcept {
    if (m.kind == meeting_kind::thematic)
        return at.thematic_steps;
    const bool committee_order =
        m.body == meeting_body::committee || kind == organisation_kind::grassroots_committee;
    return committee_order ? at.committee_steps : at.required_steps;
}

/// online.procedure — II.4.1: all the steps of the same body's in-person meeting (R15), and the
/// minutes record attendance and opinions like a tổ meeting's (R16, with II.4.2 ý 2; minutes not
/// stated: not evaluated, R16 amended). Adds its findings to `out` (detail::add_rule).
template <class Sink>
void procedure(Sink& out, const meeting& m, organisation_kind kind, const parameters& at) {
    constexpr auto rule = rule_id::online_procedure;
    const auto steps = steps_for(m, kind, at);
    if (!steps) {
        detail::add_rule(out, [&](auto as) { return as.no_parameter(rule, m.date); });
        return;
    }
    bool fault = false;
    if (const auto missing = *steps - m.agenda; !missing.empty()) {
        detail::add_rule(out, [&](auto as) {
            return as.violated(rule, reason::procedure_steps_missing, {detail::bits(missing)});
        });
        fault = true;
    }
    // R16 amended (RULES.md §6b): a record that does not state its minutes is no evidence that
    // there were none; only minutes stated and incomplete are a fault.
    if (!m.minutes) {
        detail::add_rule(out, [&](auto as) {
            return as.not_evaluated(rule, reason::procedure_minutes_not_stated);
        });
        fault = true;
    } else if (!m.minutes->complete()) {
        const auto& mm = *m.minutes;
        detail::add_rule(out, [&](auto as) {
            return as.violated(rule, reason::procedure_minutes_incomplete,
                               {mm.members_present == 0, !mm.opinions_recorded,
                                !mm.differing_opinions_recorded, !mm.reserved_opinions_recorded});
        });
        fault = true;
    }
    if (!fault)
        detail::add_rule(out, [&](auto as) { return as.passed(rule, reason::procedure_complete); });
}
inline findings procedure(const meeting& m, const organisation& org, const rule_set& rules) {
    detail::collected c;
    procedure(c, m, org.kind, rules.parameters_on(m.date));
    return c.out;
}

} // namespace online
} // namespace sinhhoat
