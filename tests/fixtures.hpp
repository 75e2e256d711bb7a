#pragma once
// Builders shared by the unit tests: a meeting or organisation that passes every rule, which a
// test then changes in the one respect it is about.

#include <cstdint>
#include <doctest/doctest.h>
#include <sinhhoat/sinhhoat.hpp>
#include <stdexcept>
#include <string>

// doctest prints enums as numbers; these overloads, found by ADL, print their codes instead so a
// failed CHECK on an enum reads "quota_exceeded == quota_within", not "21 == 20".
namespace sinhhoat {
#define SINHHOAT_TEST_PRINT(E)                                                                     \
    inline doctest::String toString(E e) {                                                         \
        return doctest::String(std::string(to_code(e)).c_str());                                   \
    }
SINHHOAT_TEST_PRINT(organisation_kind)
SINHHOAT_TEST_PRINT(meeting_body)
SINHHOAT_TEST_PRINT(meeting_form)
SINHHOAT_TEST_PRINT(ground_kind)
SINHHOAT_TEST_PRINT(ground)
SINHHOAT_TEST_PRINT(topic)
SINHHOAT_TEST_PRINT(infrastructure_item)
SINHHOAT_TEST_PRINT(platform_item)
SINHHOAT_TEST_PRINT(member_status)
SINHHOAT_TEST_PRINT(meeting_kind)
SINHHOAT_TEST_PRINT(selecting_unit_kind)
SINHHOAT_TEST_PRINT(year_basis)
SINHHOAT_TEST_PRINT(fully_online_basis)
SINHHOAT_TEST_PRINT(member_count_basis)
SINHHOAT_TEST_PRINT(round_period_basis)
SINHHOAT_TEST_PRINT(rule_id)
SINHHOAT_TEST_PRINT(finding_status)
SINHHOAT_TEST_PRINT(outcome)
SINHHOAT_TEST_PRINT(reason)
SINHHOAT_TEST_PRINT(pilot_kind)
SINHHOAT_TEST_PRINT(value_kind)
#undef SINHHOAT_TEST_PRINT
} // namespace sinhhoat

namespace fixtures {

using namespace sinhhoat;

inline date d(int y, int m, int day) {
    return make_date(y, m, day);
}

/// A cell of `members` (none exempted or suspended) of whom `unable` cannot attend for `g`,
/// selected for both pilots.
inline organisation cell(std::int32_t members, std::int32_t unable,
                         ground g = ground::dispersed_wide_area,
                         organisation_kind kind = organisation_kind::grassroots_cell) {
    organisation o;
    // Named by its numbers: a pilot list may not hold one organisation twice.
    o.name = "Chi bộ kiểm thử " + std::to_string(members) + "/" + std::to_string(unable) + " " +
             std::string(to_code(g)) + " " + std::string(to_code(kind));
    o.kind = kind;
    o.roll.members = members;
    if (unable > 0)
        o.roll.unable = {{{g}, unable}};
    o.has_party_groups = true;
    o.party_groups = 3; // as many as round_on() holds by default (R18)
    o.pilot.online = true;
    o.pilot.by_group = true;
    // On HD03's day, the first of every built-in window (R1; R34: not before the guidance), one
    // date per pilot (R2).
    o.pilot.online_selected_on = make_date(2022, 12, 27);
    o.pilot.by_group_selected_on = make_date(2022, 12, 27);
    return o;
}

/// A hybrid meeting on `g` on day `on` that meets every online rule it can meet by itself (one
/// member joins online: the organisation needs at least one unable on `g`).
inline meeting online_meeting(date on, ground g = ground::dispersed_wide_area,
                              meeting_form form = meeting_form::hybrid) {
    meeting m;
    m.date = on;
    m.form = form;
    m.ground = g;
    m.agenda = cell_meeting_steps();
    m.platform = platform_set::all();
    m.infrastructure = infrastructure_set::all();
    m.registered = true;
    m.minutes = meeting_minutes{9, true, true, true}; // R16
    // R9: one member with the ground joins online; R35: fully online, all present do.
    m.members_online = form == meeting_form::fully_online ? 9 : 1;
    return m;
}

/// A meeting by tổ đảng starting on `on`.
inline meeting group_meeting_on(date on) {
    meeting m;
    m.date = on;
    m.body = meeting_body::party_group_round;
    m.form = meeting_form::by_group;
    m.agenda = cell_meeting_steps();
    m.registered = true;
    return m;
}

/// A round of `groups` tổ meetings on `first`, in order: preparation the day before, reports
/// the same day, consolidation two days after (the same day when `first` is a window's last day:
/// R20 wants it inside the window too).
inline group_round round_on(date first, int groups = 3, int consolidation_after = 2) {
    group_round r;
    r.preparation = group_preparation{first - days(1), true, true};
    for (int i = 1; i <= groups; ++i) {
        sinhhoat::group_meeting g;
        g.group = i;
        g.date = first;
        g.chaired_by_group_leader = true;
        g.committee_member_assigned = true;
        g.agenda = cell_meeting_steps();
        g.members_present = 3; // within every test cell's roll (R35)
        g.opinions_recorded = g.differing_opinions_recorded = g.reserved_opinions_recorded = true;
        g.report_date = first;
        g.registered = true; // R21, where the rule set asks
        r.groups.push_back(g);
    }
    r.consolidation = group_consolidation{first + days(consolidation_after), true, true, true};
    return r;
}

/// How many tổ a round's meetings cover: the cell's tổ đảng when every one met (R18).
inline std::int32_t every_group(const group_round& r) {
    return static_cast<std::int32_t>(group::groups_met(r));
}

/// The findings of `rule` in `v` (there may be several).
inline std::vector<finding> of(const verdict& v, rule_id rule) {
    std::vector<finding> out;
    for (const auto& f : v)
        if (f.rule == rule)
            out.push_back(f);
    return out;
}

/// The status of the only finding of `rule` in `v`; fails the test if there is not exactly one.
inline finding_status status_of(const verdict& v, rule_id rule) {
    const auto fs = of(v, rule);
    REQUIRE_MESSAGE(fs.size() == 1, "expected one finding of " << rule << " in " << v);
    return fs.front().status;
}

/// The only finding of `rule` in `v`; fails the test if there is not exactly one.
inline finding only(const verdict& v, rule_id rule) {
    const auto fs = of(v, rule);
    REQUIRE_MESSAGE(fs.size() == 1, "expected one finding of " << rule << " in " << v);
    return fs.front();
}

/// The only finding of a rule function's findings; fails the test if there is not exactly one.
inline finding only(const findings& fs) {
    REQUIRE(fs.size() == 1);
    return fs[0];
}

/// A copy of `base` with its interpretations changed by `change`.
template <class F> rule_set with_interp(const rule_set& base, F&& change) {
    rule_set r = base;
    change(r.interp);
    return r;
}

/// The exception of type `E` that `f` throws (to inspect its field() and value()); fails the
/// test when `f` throws nothing. An exception of another type propagates and fails the test.
template <class E, class F> E thrown_as(F&& f) {
    try {
        f();
    } catch (const E& e) {
        return e;
    }
    FAIL("expected an exception, none was thrown");
    throw std::logic_error("unreachable");
}

} // namespace fixtures
