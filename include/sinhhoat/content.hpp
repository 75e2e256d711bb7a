#pragma once
// Content that may not be handled online or by tổ đảng: catalogue §4.

#include <sinhhoat/detail/support.hpp>
#include <sinhhoat/finding.hpp>
#include <sinhhoat/meeting.hpp>
#include <sinhhoat/rule_set.hpp>

namespace sinhhoat {
namespace content {

/// content.excluded — II.3.1; II.3.2: an online or tổ đảng meeting deals with none of the
/// excluded topics in force on `d` (under `at`, its parameters).
template <class As = detail::explain>
auto excluded(topic_set agenda, date d, const parameters& at, As as = {}) noexcept {
    const auto& excluded = at.excluded_topics;
    if (!excluded)
        return as.no_parameter(rule_id::content_excluded, d);
    const auto bad = agenda & *excluded;
    if (!bad.empty())
        return as.violated(rule_id::content_excluded, reason::content_excluded_topics,
                           {detail::bits(bad)});
    return as.passed(rule_id::content_excluded, reason::content_allowed);
}
template <class As = detail::explain>
auto excluded(topic_set agenda, date d, const rule_set& rules, As as = {}) noexcept {
    return excluded(agenda, d, rules.parameters_on(d), as);
}

} // namespace content
} // namespace sinhhoat
