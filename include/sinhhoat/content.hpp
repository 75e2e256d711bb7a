#pragma once
// Content that may not be handled online or by tổ đảng: catalogue §4.

#include <sinhhoat/detail/support.hpp>
#include <sinhhoat/finding.hpp>
#include <sinhhoat/meeting.hpp>
#include <sinhhoat/rule_set.hpp>

namespace sinhhoat {
namespace content {

/// content.excluded — II.3.1; II.3.2: an online or tổ đảng meeting deals with none of the
/// excluded topics in force on `d`.
inline finding excluded(topic_set agenda, date d, const rule_set& rules) {
    const topic_set* excluded = rules.excluded_topics.at(d);
    if (!excluded)
        return detail::no_parameter(rule_id::content_excluded, d);
    const auto bad = agenda & *excluded;
    if (!bad.empty())
        return detail::violated(rule_id::content_excluded, reason::content_excluded_topics,
                                {detail::bits(bad)});
    return detail::passed(rule_id::content_excluded, reason::content_allowed);
}

} // namespace content
} // namespace sinhhoat
