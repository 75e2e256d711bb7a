#pragma once
// An organisation's earlier meetings, kept sorted so that "how many in this period" is two binary
// searches and a short scan, not a pass over everything.

#include <algorithm>
#include <optional>
#include <ostream>
#include <sinhhoat/codes.hpp>
#include <sinhhoat/date.hpp>
#include <sinhhoat/describe.hpp>
#include <sinhhoat/error.hpp>
#include <sinhhoat/meeting.hpp>
#include <vector>

namespace sinhhoat {

/// What the quotas need to know of an earlier meeting.
struct past_meeting {
    sinhhoat::date date;
    meeting_body body = meeting_body::whole_organisation;
    meeting_form form = meeting_form::in_person;
    std::optional<sinhhoat::ground> ground;
    /// R33: the record states its special circumstance was still ongoing on its date (as
    /// `meeting::circumstance_ongoing`), which with a decision covering the day takes it out of
    /// the special-nature quota.
    bool circumstance_ongoing = false;

    static past_meeting of(const meeting& m) {
        return {m.date, m.body, m.form, m.ground, m.circumstance_ongoing};
    }
};
template <> struct describe<past_meeting> {
    static constexpr std::string_view name = "past_meeting";
    static constexpr std::string_view doc = "What the quotas need to know of an earlier meeting.";
    static constexpr auto fields =
        std::make_tuple(field("date", &past_meeting::date, "The meeting's date.").required(),
                        field("body", &past_meeting::body, "Who met."),
                        field("form", &past_meeting::form, "How it was held."),
                        field("ground", &past_meeting::ground, "Its ground, if online."),
                        field("circumstance_ongoing", &past_meeting::circumstance_ongoing,
                              "The record states its special circumstance was still ongoing "
                              "on its date (R33)."));
    static void check(const past_meeting& m, const path& at) {
        detail::check_group_form(m.body, m.form, at);
    }
};

/// The earlier meetings of one organisation, sorted by date (stable for equal dates).
class meeting_history {
  public:
    meeting_history() = default;
    explicit meeting_history(std::vector<past_meeting> meetings) : items_(std::move(meetings)) {
        const path root("history");
        for (std::size_t i = 0; i < items_.size(); ++i)
            validate(items_[i], root[i]);
        std::stable_sort(
            items_.begin(), items_.end(),
            [](const past_meeting& a, const past_meeting& b) { return a.date < b.date; });
    }

    void add(const past_meeting& m) {
        const path root("history");
        validate(m, root[items_.size()]);
        const auto at = std::upper_bound(
            items_.begin(), items_.end(), m.date,
            [](const sinhhoat::date& d, const past_meeting& p) { return d < p.date; });
        items_.insert(at, m);
    }
    void add(const meeting& m) { add(past_meeting::of(m)); }

    std::size_t size() const noexcept { return items_.size(); }
    bool empty() const noexcept { return items_.empty(); }
    auto begin() const noexcept { return items_.begin(); }
    auto end() const noexcept { return items_.end(); }
    const std::vector<past_meeting>& meetings() const noexcept { return items_; }

    /// Calls `f` with each meeting dated within [first, last], in order.
    template <class F> void for_each_in(sinhhoat::date first, sinhhoat::date last, F&& f) const {
        const auto lo = std::lower_bound(
            items_.begin(), items_.end(), first,
            [](const past_meeting& p, const sinhhoat::date& d) { return p.date < d; });
        for (auto it = lo; it != items_.end() && !(last < it->date); ++it)
            f(*it);
    }

    /// Meetings dated within [first, last] for which `pred` holds.
    template <class Pred>
    std::int32_t count(sinhhoat::date first, sinhhoat::date last, Pred&& pred) const {
        std::int32_t n = 0;
        for_each_in(first, last, [&](const past_meeting& p) { n += pred(p) ? 1 : 0; });
        return n;
    }

    friend bool operator==(const meeting_history& a, const meeting_history& b) {
        return a.items_ == b.items_;
    }
    friend bool operator!=(const meeting_history& a, const meeting_history& b) { return !(a == b); }

  private:
    std::vector<past_meeting> items_;
};

inline std::ostream& operator<<(std::ostream& os, const meeting_history& h) {
    os << "meeting_history[";
    bool first = true;
    for (const auto& m : h) {
        os << (first ? "" : ", ") << m;
        first = false;
    }
    return os << ']';
}

} // namespace sinhhoat
