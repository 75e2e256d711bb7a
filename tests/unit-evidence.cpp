// R38 (RULES.md §6c): a record that says nothing is not evidence of a fault. Every field that is
// evidence of a condition has a "not stated" state: not stated leaves that point not evaluated;
// stated false, or an empty set, is a violation.

#include "fixtures.hpp"

#include <sinhhoat/json.hpp>
#include <string>

using namespace fixtures;

namespace {

const date on = d(2024, 9, 10);

} // namespace

TEST_CASE("R38: platform and infrastructure not stated are not evaluated; stated none violates") {
    auto m = online_meeting(on);
    const auto org = cell(10, 6);
    SUBCASE("not stated") {
        m.platform.reset();
        m.infrastructure.reset();
        const auto p = online::platform(m);
        CHECK(p.status == finding_status::not_evaluated);
        CHECK(p.reason == reason::platform_not_stated);
        const auto i = online::infrastructure(m);
        CHECK(i.status == finding_status::not_evaluated);
        CHECK(i.reason == reason::infrastructure_not_stated);
        const auto v = check(m, org, {}, rule_sets::cao_bang());
        CHECK(v.outcome() == outcome::incomplete); // never allowed, never not allowed
        CHECK(v.count(finding_status::violated) == 0);
    }
    SUBCASE("stated: none") {
        m.platform = platform_set{};
        m.infrastructure = infrastructure_set{};
        CHECK(online::platform(m).reason == reason::platform_not_compliant);
        CHECK(online::infrastructure(m).reason == reason::infrastructure_missing);
        CHECK(check(m, org, {}, rule_sets::cao_bang()).outcome() == outcome::not_allowed);
    }
    SUBCASE("JSON: an omitted key is not stated; [] is stated none; null is not stated") {
        auto j = json::to_json(online_meeting(on));
        j.erase("platform");
        j["infrastructure"] = nullptr;
        const auto silent = json::from_json<meeting>(j);
        CHECK_FALSE(silent.platform);
        CHECK_FALSE(silent.infrastructure);
        j["platform"] = json::value::array();
        j["infrastructure"] = json::value::array();
        const auto none = json::from_json<meeting>(j);
        REQUIRE(none.platform);
        CHECK(none.platform->empty());
        REQUIRE(none.infrastructure);
        CHECK(none.infrastructure->empty());
        // Written back as read.
        CHECK(json::to_json(silent)["platform"].is_null());
        CHECK(json::to_json(none)["platform"].is_array());
    }
}

TEST_CASE("R38: registration not stated is not evaluated, for the meeting and each tổ meeting") {
    const auto& rules = rule_sets::nghe_an_khoi();
    REQUIRE(rules.registration_required);
    auto m = online_meeting(on);
    m.registered.reset();
    auto f = pilot::registration(m, rules);
    CHECK(f.status == finding_status::not_evaluated);
    CHECK(f.reason == reason::registration_not_stated);
    m.registered = false;
    CHECK(pilot::registration(m, rules).reason == reason::registration_missing);

    auto g = group_meeting_on(on);
    auto r = round_on(on);
    r.groups[1].registered.reset();
    f = pilot::registration(g, rules, &r);
    CHECK(f.status == finding_status::not_evaluated);
    CHECK(f.reason == reason::registration_group_not_stated);
    CHECK(f.values[0] == 1);
    CHECK(f.values[1] == r.groups[1].group);
    // A tổ meeting stated unregistered is a violation even when another is not stated.
    r.groups[2].registered = false;
    f = pilot::registration(g, rules, &r);
    CHECK(f.status == finding_status::violated);
    CHECK(f.reason == reason::registration_group_missing);
    CHECK(f.values[1] == r.groups[2].group);
    // Where the rule set does not ask, nothing is asked of the record.
    CHECK(pilot::registration(m, rule_sets::cao_bang()).status == finding_status::not_applicable);
}

TEST_CASE("R38: who chaired and the chi uỷ member assigned, not stated, are not evaluated") {
    const auto& rules = rule_sets::cao_bang();
    auto r = round_on(on);
    SUBCASE("chair") {
        r.groups[0].chaired_by_group_leader.reset();
        const auto fs = group::conduct(r, rules, 3);
        REQUIRE(fs.size() == 1);
        CHECK(fs[0].status == finding_status::not_evaluated);
        CHECK(fs[0].reason == reason::conduct_chair_not_stated);
        CHECK(fs[0].values[0] == 1);
        // Stated false beside it: violated, and not said to be in order.
        r.groups[1].chaired_by_group_leader = false;
        const auto both = group::conduct(r, rules, 3);
        REQUIRE(both.size() == 2);
        CHECK(both[0].reason == reason::conduct_chair_not_group_leader);
        CHECK(both[1].reason == reason::conduct_chair_not_stated);
    }
    SUBCASE("assignment") {
        r.groups[2].committee_member_assigned.reset();
        const auto f = group::preparation(r, rules);
        CHECK(f.status == finding_status::not_evaluated);
        CHECK(f.reason == reason::preparation_assignment_not_stated);
        CHECK(f.values[1] == r.groups[2].group);
        r.groups[0].committee_member_assigned = false;
        const auto g = group::preparation(r, rules);
        CHECK(g.status == finding_status::violated);
        CHECK(g.reason == reason::preparation_incomplete);
        CHECK(g.values[2] == 1); // one stated unassigned; the unstated one is not counted
    }
    SUBCASE("the whole check is incomplete, not allowed") {
        r.groups[0].chaired_by_group_leader.reset();
        const auto v = check(group_meeting_on(on), cell(60, 0), {}, rules, r);
        CHECK(v.outcome() == outcome::incomplete);
    }
}

TEST_CASE("R38: a report, the preparation and the consolidation not stated are not evaluated") {
    const auto& rules = rule_sets::cao_bang();
    auto r = round_on(on);
    r.groups[0].report_date.reset();
    r.preparation.reset();
    r.consolidation.reset();
    const auto v = check(group_meeting_on(on), cell(60, 0), {}, rules, r);
    CHECK(v.outcome() == outcome::incomplete);
    CHECK(v.find(rule_id::group_report_deadline)->reason == reason::report_not_stated);
    CHECK(v.find(rule_id::group_preparation)->reason == reason::preparation_not_stated);
    CHECK(v.find(rule_id::group_consolidation)->reason == reason::consolidation_not_stated);
    // Stated sent, on a day not given: whether it was on time cannot be told either.
    r.groups[0].reported = true;
    CHECK(check(group_meeting_on(on), cell(60, 0), {}, rules, r)
              .find(rule_id::group_report_deadline)
              ->reason == reason::report_not_stated);
    // Each stated as not done: violated.
    r.groups[0].reported = false;
    r.preparation_held = false;
    r.consolidation_held = false;
    const auto w = check(group_meeting_on(on), cell(60, 0), {}, rules, r);
    CHECK(w.find(rule_id::group_report_deadline)->reason == reason::report_missing);
    CHECK(w.find(rule_id::group_preparation)->reason == reason::preparation_missing);
    CHECK(w.find(rule_id::group_consolidation)->reason == reason::consolidation_missing);
    SUBCASE("contradictions are invalid input") {
        auto g = round_on(on).groups[0];
        g.reported = false; // yet it has a report date
        const auto e = thrown_as<inconsistent_input>([&] { validate(g); });
        CHECK(e.field() == "group_meeting.reported / group_meeting.report_date");
        auto held = round_on(on);
        held.preparation_held = false; // yet it has a preparation
        CHECK(thrown_as<inconsistent_input>([&] { held.validate(); }).field() ==
              "round.preparation_held / round.preparation");
    }
    SUBCASE("JSON written before R38 left these out: they read as not stated") {
        auto j = json::to_json(round_on(on));
        j.erase("preparation_held");
        j.erase("consolidation_held");
        j["groups"][0].erase("reported");
        j["groups"][0].erase("report_date");
        const auto back = json::from_json<group_round>(j);
        CHECK_FALSE(back.preparation_held);
        CHECK_FALSE(back.groups[0].reported);
        const auto fs = group::report_deadline(back, rules);
        REQUIRE(fs.size() == 1);
        CHECK(fs[0].reason == reason::report_not_stated);
    }
}
