#pragma once
// Small pieces shared by the rule functions.

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <sinhhoat/finding.hpp>
#include <sinhhoat/history.hpp>
#include <sinhhoat/rule_set.hpp>
#include <type_traits>
#include <utility>

namespace sinhhoat::detail {

/// How a rule kernel answers. A kernel is written once, against an `As`: `explain` gives the
/// whole finding, `decide` only its status and reason (a `ruling`), so that a batch decides every
/// rule of a meeting and fills in the values of the findings someone reads, which are few. The
/// values a kernel passes are plain arithmetic on what it was given: where `decide` drops them,
/// an inlined kernel never computes them.
template <class Self, class Out> struct answer {
    Out passed(rule_id r, reason why, std::initializer_list<std::int64_t> v = {}) const noexcept {
        return self().make(r, finding_status::passed, why, v);
    }
    Out violated(rule_id r, reason why, std::initializer_list<std::int64_t> v = {}) const noexcept {
        return self().make(r, finding_status::violated, why, v);
    }
    Out not_applicable(rule_id r, reason why,
                       std::initializer_list<std::int64_t> v = {}) const noexcept {
        return self().make(r, finding_status::not_applicable, why, v);
    }
    Out not_evaluated(rule_id r, reason why,
                      std::initializer_list<std::int64_t> v = {}) const noexcept {
        return self().make(r, finding_status::not_evaluated, why, v);
    }
    Out not_covered(rule_id r, reason why,
                    std::initializer_list<std::int64_t> v = {}) const noexcept {
        return self().make(r, finding_status::not_covered, why, v);
    }
    /// A parameter with no value on `d`: the rule set does not cover the day.
    Out no_parameter(rule_id r, date d) const noexcept {
        return not_covered(r, reason::parameter_not_in_force, {date_value(d)});
    }

  private:
    const Self& self() const noexcept { return static_cast<const Self&>(*this); }
};

/// The whole finding: rule, status, reason and values.
struct explain : answer<explain, finding> {
    static finding make(rule_id r, finding_status s, reason why,
                        std::initializer_list<std::int64_t> values) noexcept {
        finding f;
        f.rule = r;
        f.status = s;
        f.reason = why;
        std::size_t i = 0;
        for (auto v : values)
            if (i < finding::max_values)
                f.values[i++] = v;
        return f;
    }
};

/// The status and reason alone (two bytes); the values are not computed.
struct decide : answer<decide, ruling> {
    static constexpr ruling make(rule_id, finding_status s, reason why,
                                 std::initializer_list<std::int64_t>) noexcept {
        return {s, why};
    }
};

template <class Sink, class = void> struct decides_first : std::false_type {};
template <class Sink>
struct decides_first<Sink, std::void_t<decltype(std::declval<Sink&>().wants(ruling{}))>>
    : std::true_type {};

/// Adds the answer of a rule kernel (`kernel(as)`, see detail::answer) to `v`, and answers its
/// ruling (for a rule whose outcome decides what is asked next). A sink that says which rulings
/// it `wants` (an audit keeps those not passed unless asked for all) has the rule decided, and
/// explained only when it keeps the finding; any other (a verdict) takes the finding.
template <class Sink, class Kernel> ruling add_rule(Sink& v, Kernel&& kernel) {
    if constexpr (decides_first<Sink>::value) {
        const ruling r = kernel(decide{});
        if (v.wants(r))
            v.add(kernel(explain{}));
        return r;
    } else {
        const finding f = kernel(explain{});
        v.add(f);
        return {f.status, f.reason};
    }
}

/// A sink that keeps every finding it is given: what a rule that adds several findings answers
/// when called on its own (`findings procedure(...)`).
struct collected {
    findings out;
    void add(const finding& f) { out.push_back(f); }
};

inline std::int64_t code(organisation_kind k) {
    return static_cast<std::int64_t>(k);
}
inline std::int64_t code(ground g) {
    return static_cast<std::int64_t>(g);
}
inline std::int64_t code(meeting_form f) {
    return static_cast<std::int64_t>(f);
}
inline std::int64_t code(pilot_kind p) {
    return static_cast<std::int64_t>(p);
}
template <class E> std::int64_t bits(enum_set<E> s) {
    return static_cast<std::int64_t>(s.bits());
}

/// The quota period containing `d` under interp.year, both ends included. A rolling year that
/// would reach before Boost's first day (1/1/1400) starts on it: no meeting can be earlier.
inline pilot_window quota_period(date d, year_basis basis) {
    if (basis == year_basis::rolling_year) {
        if (d.year() == 1400)
            return {date(boost::date_time::min_date_time), d};
        // The same day a year earlier, capped at the month's end; Boost's years(1) would snap an
        // end-of-month date to the end of the month and lose 29/2 from the year ending 28/2.
        const int y = d.year() - 1;
        const auto last = boost::gregorian::gregorian_calendar::end_of_month_day(
            static_cast<unsigned short>(y), d.month());
        const auto day = std::min<unsigned short>(d.day(), last);
        return {date(static_cast<unsigned short>(y), d.month(), day) + days(1), d};
    }
    // From the day's place in its year, not Boost's checked constructor twice (about 45
    // instructions of every online check).
    constexpr int before_month[12] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
    const auto ymd = d.year_month_day();
    const bool leap = boost::gregorian::gregorian_calendar::is_leap_year(ymd.year);
    const int day_of_year = before_month[ymd.month - 1] + ymd.day + (leap && ymd.month > 2);
    const date first = d - days(day_of_year - 1);
    return {first, first + days(leap ? 365 : 364)};
}

/// The last day a report on a tổ meeting of day `d` is on time under a deadline of `n` days;
/// `group`: the meeting's place in its round, which a refusal names.
inline date report_due_after(date d, std::int32_t n,
                             std::optional<std::size_t> group = std::nullopt) {
    // Boost's calendar ends on 31/12/9999: a due day after it cannot be named.
    if (n < 0 || date(boost::date_time::max_date_time) - d < days(n))
        throw invalid_date(
            group ? "round.groups[" + std::to_string(*group) + "].date"
                  : std::string("group_meeting.date"),
            to_iso(d), "hạn báo cáo (" + std::to_string(n) + " ngày sau) vượt quá 31/12/9999",
            "the report is due " + std::to_string(n) + " day(s) later, after 9999-12-31");
    return d + days(n);
}

/// R34: the rule set's earliest source when `d` is before it (a decision or a selection of that
/// day was not made under the guidance); nothing otherwise.
inline std::optional<date> predates_guidance(date d, const rule_set& rules) {
    const auto first = rules.earliest_source();
    if (first && d < *first)
        return first;
    return std::nullopt;
}

/// R30: under interp.selections_carry_over = false, the first day of the continuation period
/// (a period after the first) that contains `d`: a selection dated before it does not reach
/// the meeting. Nothing otherwise.
inline std::optional<date> selection_must_follow(date d, const rule_set& rules) {
    if (rules.interp.selections_carry_over)
        return std::nullopt;
    const auto* p = rules.period_at(d);
    if (!p || p == &rules.periods.front())
        return std::nullopt;
    return p->first;
}

/// R12 (interp.quota_counts_window_only): whether a meeting on `d` counts toward a quota at all:
/// only those within the rule set's periods, the pilot's, do.
inline bool counted_day(date d, const rule_set& rules) noexcept {
    return !rules.interp.quota_counts_window_only || rules.applies_on(d);
}

/// The quota year containing `d` (interp.year) as R12 counts it: under
/// interp.quota_counts_window_only, from the first to the last of its days the rule set's
/// periods cover.
inline pilot_window counted_period(date d, const rule_set& rules) {
    const auto year = quota_period(d, rules.interp.year);
    if (!rules.interp.quota_counts_window_only)
        return year;
    std::optional<pilot_window> hull;
    for (const auto& p : rules.periods) {
        const auto first = std::max(year.first, p.first);
        const auto last = p.last ? std::min(year.last, *p.last) : year.last;
        if (last < first)
            continue;
        if (!hull)
            hull = pilot_window{first, last};
        hull->last = last;
    }
    return hull ? *hull : year;
}

/// How many earlier meetings of a quota's span use it: surely, and perhaps (R33: a circumstance
/// not shown to last on the day). What the quota decision needs of the history, however it is
/// counted: a scan of a `meeting_history` in check(), running sums over sorted rows in an audit.
struct earlier_uses {
    std::int32_t sure = 0;
    std::int32_t unknown = 0;
};
inline void add_use(earlier_uses& n, bool uses) noexcept {
    n.sure += uses;
}
inline void add_use(earlier_uses& n, std::optional<bool> uses) noexcept {
    if (uses)
        n.sure += *uses;
    else
        ++n.unknown;
}

/// The meetings of `history` within `span` on days R12 counts that use a quota: `uses` answers
/// yes or no (bool), or yes, no or not known (optional<bool>).
template <class Uses>
earlier_uses count_uses(const meeting_history& history, pilot_window span, const rule_set& rules,
                        Uses&& uses) {
    earlier_uses n;
    history.for_each_in(span.first, span.last, [&](const past_meeting& p) {
        if (counted_day(p.date, rules))
            add_use(n, uses(p));
    });
    return n;
}

/// A quota rule's finding for a meeting on `d`: it is the next after the meetings of its quota
/// period dated on or before it that use it, and may not pass `limit` (none: no value in
/// force). `count(span)` gives the uses among the meetings before this one within `span`. R13:
/// those are the organisation's *other* meetings, never this one, so another meeting of the same
/// day counts (two same-day meetings must not both be "the first"). R33: where meetings whose use
/// is not known decide it, not evaluated.
template <class Count, class As = explain>
auto quota_finding(rule_id rule, std::optional<std::int32_t> limit, date d, const rule_set& rules,
                   Count&& count, As as = {}) {
    if (!limit)
        return as.no_parameter(rule, d);
    const auto period = counted_period(d, rules);
    const earlier_uses n = count(pilot_window{period.first, d});
    const std::int64_t lowest = std::int64_t{n.sure} + 1, highest = lowest + n.unknown;
    const auto first = date_value(period.first), last = date_value(period.last);
    if (highest <= *limit)
        return as.passed(rule, reason::quota_within, {highest, *limit, first, last});
    if (lowest > *limit)
        return as.violated(rule, reason::quota_exceeded, {lowest, *limit, first, last});
    return as.not_evaluated(rule, reason::quota_exemption_not_shown,
                            {lowest, highest, *limit, first, last});
}

} // namespace sinhhoat::detail
