#pragma once
// Findings are data: a rule, a status, a reason and the numbers used. Vietnamese and English
// text is rendered from static templates only when asked for, so checking allocates no strings.

#include <array>
#include <cstdint>
#include <ostream>
#include <sinhhoat/catalogue.hpp>
#include <sinhhoat/codes.hpp>
#include <sinhhoat/date.hpp>
#include <sinhhoat/detail/static_vector.hpp>
#include <sinhhoat/digest.hpp>
#include <string>
#include <string_view>

namespace sinhhoat {

/// One rule's answer: the rule, its status, why, and the numbers it used. 48 bytes, no heap.
struct finding {
    static constexpr std::size_t max_values = reason_info::max_values;

    rule_id rule = rule_id::pilot_window;
    finding_status status = finding_status::passed;
    sinhhoat::reason reason = sinhhoat::reason::window_inside;
    std::array<std::int64_t, max_values> values{};

    std::string_view clause() const noexcept { return clause_of(rule); }
    /// What the reason declares: its statuses and the names and kinds of `values`.
    reason_info info() const noexcept { return info_of(reason); }
    std::size_t value_count() const noexcept { return info().value_count; }
    /// The names of `values`, comma-separated (`"unable,base,exempted,suspended"`).
    std::string value_names() const {
        const auto i = info();
        std::string out;
        for (std::size_t k = 0; k < i.value_count; ++k)
            (out += k ? "," : "") += i.values[k].name;
        return out;
    }
    std::string message_vi() const;
    std::string message_en() const;

    friend bool operator==(const finding& a, const finding& b) {
        return a.rule == b.rule && a.status == b.status && a.reason == b.reason &&
               a.values == b.values;
    }
    friend bool operator!=(const finding& a, const finding& b) { return !(a == b); }
};

/// A finding without its values: what deciding a rule gives (detail::decide) before anyone asks
/// why. Two bytes.
struct ruling {
    finding_status status = finding_status::passed;
    sinhhoat::reason reason = sinhhoat::reason::window_inside;

    friend constexpr bool operator==(ruling a, ruling b) noexcept {
        return a.status == b.status && a.reason == b.reason;
    }
    friend constexpr bool operator!=(ruling a, ruling b) noexcept { return !(a == b); }
};

/// Stores a date in a finding's values.
inline std::int64_t date_value(date d) noexcept {
    return d.is_special() ? 0 : static_cast<std::int64_t>(d.day_number());
}
/// Reads back a date stored with `date_value`.
inline date value_date(std::int64_t v) {
    // Outside Boost's range (1400..9999) there is no date to give: a value read from outside
    // (JSON, Python) can hold any number.
    static const auto first = date(boost::date_time::min_date_time).day_number();
    static const auto last = date(boost::date_time::max_date_time).day_number();
    if (v < std::int64_t{first} || v > std::int64_t{last})
        return date(boost::date_time::not_a_date_time);
    return date(boost::gregorian::gregorian_calendar::from_day_number(
        static_cast<boost::gregorian::gregorian_calendar::date_int_type>(v)));
}

namespace detail {
template <class E> std::string labels(std::int64_t bits, bool vi) {
    std::string out;
    enum_set<E>::from_bits(static_cast<std::uint64_t>(bits)).for_each([&](E e) {
        out += out.empty() ? "" : "; ";
        out += vi ? label_vi(e) : label_en(e);
    });
    return out;
}

template <class E> std::string_view label_at(std::int64_t v, bool vi) {
    if (v < 0 || static_cast<std::uint64_t>(v) >= enum_count<E>())
        return "?"; // never passes for a valid code
    const auto e = static_cast<E>(v);
    return vi ? label_vi(e) : label_en(e);
}

/// Value `v` of kind `kind` as text: a date as dd/mm/yyyy (vi) or ISO (en), a code by its label.
inline std::string render_value(value_kind kind, std::int64_t v, bool vi) {
    return visit_kind(kind, [&](auto tag) -> std::string {
        using T = typename decltype(tag)::type;
        if constexpr (std::is_same_v<T, count_kind>)
            return std::to_string(v);
        else if constexpr (std::is_same_v<T, flag_kind>)
            return v ? (vi ? "có" : "yes") : (vi ? "không" : "no");
        else if constexpr (std::is_same_v<T, date_kind>)
            return vi ? to_vn(value_date(v)) : to_iso(value_date(v));
        else if constexpr (is_enum_set<T>::value)
            return labels<typename T::value_type>(v, vi);
        else
            return std::string(label_at<T>(v, vi));
    });
}

/// `tmpl` with each `{K}` replaced by value K of `f`, rendered as the reason declares. The text
/// between placeholders is copied a run at a time: messages are rendered by the million in an
/// audit's report.
inline std::string render(std::string_view tmpl, const finding& f, bool vi) {
    const auto& info = detail::reason_infos[static_cast<std::size_t>(f.reason)];
    std::string out;
    out.reserve(tmpl.size() + 32);
    std::size_t from = 0;
    for (auto at = tmpl.find('{'); at != std::string_view::npos; at = tmpl.find('{', at + 1)) {
        const std::size_t k = at + 2 < tmpl.size() && tmpl[at + 2] == '}'
                                  ? static_cast<std::size_t>(tmpl[at + 1] - '0')
                                  : finding::max_values;
        if (k >= info.value_count)
            continue;
        out.append(tmpl, from, at - from);
        out += render_value(info.values[k].kind, f.values[k], vi);
        from = at + 3;
        at += 2;
    }
    out.append(tmpl, from, std::string_view::npos);
    return out;
}
} // namespace detail

inline std::string finding::message_vi() const {
    return is_valid(reason) ? detail::render(label_vi(reason), *this, true) : std::string{};
}
inline std::string finding::message_en() const {
    return is_valid(reason) ? detail::render(label_en(reason), *this, false) : std::string{};
}

/// The findings of one rule function: at most five (group.conduct: the round's period, its tổ,
/// steps, chair, minutes), with room to spare.
using findings = detail::static_vector<finding, 8>;

/// The outcome of findings whose statuses are `seen`: not_allowed if any is violated; else
/// not_covered if any is; else incomplete if any is not_evaluated; else allowed.
constexpr outcome outcome_of(finding_status_set seen) noexcept {
    if (seen.contains(finding_status::violated))
        return outcome::not_allowed;
    if (seen.contains(finding_status::not_covered))
        return outcome::not_covered;
    return seen.contains(finding_status::not_evaluated) ? outcome::incomplete : outcome::allowed;
}

/// The answer of a check: its findings, in rule order, and the outcome they imply.
class verdict {
  public:
    static constexpr std::size_t capacity = 48;

    verdict() = default;
    /// A verdict reached under the rule set `rules` names; with the caveats its rule set attaches
    /// to the day (R32) and, for a day its successor governs, that successor's id (R29).
    explicit verdict(rule_set_ref rules, std::shared_ptr<const caveat_list> caveats = nullptr,
                     std::string governed_by = {})
        : rules_(std::move(rules)), caveats_(std::move(caveats)),
          governed_by_(std::move(governed_by)) {}

    /// The rule set the verdict was reached under: id, version, digest (replay it with them).
    const rule_set_ref& rule_set() const noexcept { return rules_; }
    /// R32: notes of the rule set for the day, in both languages; they never change the outcome.
    const caveat_list& caveats() const noexcept {
        static const caveat_list none;
        return caveats_ ? *caveats_ : none;
    }
    /// R29: the id of the rule set that governs the day, when it is not the verdict's own (a
    /// provincial set after its periods names the central continuation); empty otherwise.
    const std::string& governed_by() const noexcept { return governed_by_; }

    void add(const finding& f) { items_.push_back(f); }
    template <std::size_t M> void add(const detail::static_vector<finding, M>& fs) {
        items_.append(fs);
    }

    /// not_allowed if any finding is violated; else not_covered if any is; else incomplete if
    /// any is not_evaluated; else allowed. Missing data is never read as compliance.
    sinhhoat::outcome outcome() const noexcept {
        finding_status_set seen;
        for (const auto& f : items_)
            seen.insert(f.status);
        return outcome_of(seen);
    }
    bool allowed() const noexcept { return outcome() == outcome::allowed; }

    std::size_t size() const noexcept { return items_.size(); }
    bool empty() const noexcept { return items_.empty(); }
    const finding& operator[](std::size_t i) const noexcept { return items_[i]; }
    const finding* begin() const noexcept { return items_.begin(); }
    const finding* end() const noexcept { return items_.end(); }

    /// How `f` cites its clause under the verdict's rule set (R26: "HD Cao Bằng II.2 ý 3"); the
    /// catalogue's clause when the rule set's citations are unknown.
    std::string clause(const finding& f) const {
        const auto& table = rules_.citations;
        const auto i = static_cast<std::size_t>(f.rule);
        if (table && i < table->size())
            return (*table)[i];
        return std::string(f.clause());
    }

    /// The first finding of `rule`, or nullptr.
    const finding* find(rule_id rule) const noexcept {
        for (const auto& f : items_)
            if (f.rule == rule)
                return &f;
        return nullptr;
    }
    /// Findings with `status`.
    std::size_t count(finding_status status) const noexcept {
        std::size_t n = 0;
        for (const auto& f : items_)
            n += f.status == status;
        return n;
    }

    friend bool operator==(const verdict& a, const verdict& b) {
        return a.items_ == b.items_ && a.rules_ == b.rules_ && a.caveats() == b.caveats() &&
               a.governed_by_ == b.governed_by_;
    }
    friend bool operator!=(const verdict& a, const verdict& b) { return !(a == b); }

  private:
    detail::static_vector<finding, capacity> items_;
    rule_set_ref rules_;
    std::shared_ptr<const caveat_list> caveats_;
    std::string governed_by_;
};

inline std::ostream& operator<<(std::ostream& os, const finding& f) {
    return os << f.rule << " [" << f.clause() << "] " << f.status << ": " << f.message_en();
}
inline std::ostream& operator<<(std::ostream& os, const verdict& v) {
    os << "verdict{" << v.outcome() << ", " << v.rule_set();
    if (!v.governed_by().empty())
        os << ", governed by " << v.governed_by();
    for (const auto& f : v)
        os << "\n  " << f.rule << " [" << v.clause(f) << "] " << f.status << ": " << f.message_en();
    for (const auto& c : v.caveats())
        os << "\n  caveat (from " << to_iso(c.since) << "): " << c.en;
    return os << '}';
}

} // namespace sinhhoat
