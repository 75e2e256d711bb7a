// Unit tests of the online-meeting rules (catalogue §2, online.*) and of the readings that
// steer them (interp.year, interp.hybrid_counts, interp.special_circumstance_outside_quota,
// interp.fully_online, interp.committee_meetings_count).

#include "fixtures.hpp"

#include <random>
#include <string>
#include <vector>

using namespace fixtures;

namespace {

/// The values a finding used, as "a,b,c" (only as many as its value_names() names).
std::string nums(const finding& f) {
    std::string out;
    for (std::size_t i = 0; i < f.value_count(); ++i)
        out += (i ? "," : "") + std::to_string(f.values[i]);
    return out;
}

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

/// An organisation of `members` with several groups of unable members.
organisation roll_of(std::int32_t members, std::vector<unable_members> unable,
                     organisation_kind kind = organisation_kind::grassroots_cell) {
    organisation o = cell(members, 0, ground::dispersed_wide_area, kind);
    o.roll.unable = std::move(unable);
    return o;
}

past_meeting past(date on, meeting_form form = meeting_form::fully_online,
                  std::optional<ground> g = ground::dispersed_wide_area,
                  meeting_body body = meeting_body::whole_organisation) {
    return {on, body, form, g};
}

circumstance_decision decision(ground g, date decided_on, date from, std::optional<date> until) {
    circumstance_decision dec;
    dec.ground = g;
    dec.decided_on = decided_on;
    dec.from = from;
    dec.until = until;
    dec.reference = "12-QĐ/HU";
    return dec;
}

const organisation_kind committee_kind = organisation_kind::grassroots_committee;

} // namespace

// ---------------------------------------------------------------------------------------------

TEST_CASE("online.scope.org_kind: only a đảng bộ cơ sở or a chi bộ") {
    SUBCASE("table of organisation kinds") {
        struct row {
            organisation_kind kind;
            finding_status expected;
        };
        const row rows[] = {
            {organisation_kind::grassroots_committee, finding_status::passed},
            {organisation_kind::grassroots_cell, finding_status::passed},
            {organisation_kind::subordinate_cell, finding_status::passed},
            {organisation_kind::above_grassroots, finding_status::violated},
        };
        for (const auto& r : rows) {
            CAPTURE(r.kind);
            const auto f = online::scope_org_kind(cell(10, 6, ground::dispersed_wide_area, r.kind));
            CHECK(f.rule == rule_id::online_scope_org_kind);
            CHECK(f.status == r.expected);
            CHECK(f.value_names() == "kind");
            CHECK(f.values[0] == static_cast<std::int64_t>(r.kind));
        }
    }
    SUBCASE("the message names the kind that is out of scope") {
        const auto f = online::scope_org_kind(
            cell(10, 6, ground::dispersed_wide_area, organisation_kind::above_grassroots));
        CHECK(f.reason == reason::org_kind_out_of_scope);
        CHECK(has(f.message_vi(), "đảng bộ cấp trên cơ sở"));
        CHECK(has(f.message_en(), "party committee above grassroots level"));
    }
    SUBCASE("check(): an organisation above grassroots level may not meet online") {
        const auto org =
            cell(10, 6, ground::dispersed_wide_area, organisation_kind::above_grassroots);
        const auto v = check(online_meeting(d(2024, 3, 1)), org, {}, rule_sets::cao_bang());
        CHECK(v.outcome() == outcome::not_allowed);
        CHECK(status_of(v, rule_id::online_scope_org_kind) == finding_status::violated);
        // ... and no quota is computed for it.
        const auto q = only(v, rule_id::online_quota);
        CHECK(q.status == finding_status::not_applicable);
        CHECK(q.reason == reason::org_kind_out_of_scope);
    }
    SUBCASE("check(): a subordinate cell's online meeting is allowed") {
        const auto org =
            cell(10, 6, ground::dispersed_wide_area, organisation_kind::subordinate_cell);
        const auto v = check(online_meeting(d(2024, 3, 1)), org, {}, rule_sets::cao_bang());
        CHECK(v.outcome() == outcome::allowed);
    }
}

// ---------------------------------------------------------------------------------------------

TEST_CASE("online.scope.majority: strictly more than half of the base") {
    const auto& hd03 = rule_sets::hd03();
    const auto on = d(2024, 3, 1);
    const std::optional<ground> nature = ground::dispersed_wide_area;

    SUBCASE("boundary table: 10 members, exactly half is not enough") {
        for (std::int32_t unable = 4; unable <= 7; ++unable) {
            CAPTURE(unable);
            const auto f = online::scope_majority(cell(10, unable), on, nature, hd03);
            CHECK(f.rule == rule_id::online_scope_majority);
            if (unable >= 6) {
                CHECK(f.status == finding_status::passed);
                CHECK(f.reason == reason::majority_met);
                CHECK(f.value_names() == "unable,base,exempted,suspended");
                CHECK(nums(f) == std::to_string(unable) + ",10,0,0");
            } else {
                CHECK(f.status == finding_status::violated);
                CHECK(f.reason == reason::majority_not_met);
                CHECK(f.value_names() == "unable,base,exempted,suspended,required");
                CHECK(nums(f) == std::to_string(unable) + ",10,0,0,6");
            }
        }
    }
    SUBCASE("boundary table: odd base 11 needs 6") {
        for (std::int32_t unable = 5; unable <= 6; ++unable) {
            CAPTURE(unable);
            const auto f = online::scope_majority(cell(11, unable), on, nature, hd03);
            CHECK(f.status == (unable == 6 ? finding_status::passed : finding_status::violated));
            CHECK(f.values[1] == 11);
        }
        CHECK(nums(online::scope_majority(cell(11, 5), on, nature, hd03)) == "5,11,0,0,6");
    }
    SUBCASE("exempted members leave the base: 11 members, 1 exempted, 5 unable is exactly half") {
        auto org = cell(11, 5);
        org.roll.exempted = 1;
        const auto f = online::scope_majority(org, on, nature, hd03);
        CHECK(f.status == finding_status::violated);
        CHECK(nums(f) == "5,10,1,0,6");
        CHECK(has(f.message_vi(), "5/10"));
        CHECK(has(f.message_vi(), "1 miễn sinh hoạt"));
        CHECK(has(f.message_vi(), "cần ít nhất 6"));
        CHECK(has(f.message_en(), "5 of 10"));
        CHECK(has(f.message_en(), "at least 6"));

        org.roll.unable = {{{ground::dispersed_wide_area}, 6}};
        const auto g = online::scope_majority(org, on, nature, hd03);
        CHECK(g.status == finding_status::passed);
        CHECK(nums(g) == "6,10,1,0");
        CHECK(has(g.message_en(), "6 of 10"));
    }
    SUBCASE("exempted and suspended members both leave the base") {
        // 6 of 12 on the roll is exactly half; 6 of the base of 10 is a majority.
        auto org = cell(12, 6);
        org.roll.exempted = 1;
        org.roll.suspended = 1;
        const auto f = online::scope_majority(org, on, nature, hd03);
        CHECK(f.status == finding_status::passed);
        CHECK(nums(f) == "6,10,1,1");
        // A suspended member alone: 6 of the base of 11 is more than half; 6 of 12 is not.
        org.roll.exempted = 0;
        const auto g = online::scope_majority(org, on, nature, hd03);
        CHECK(g.status == finding_status::passed);
        CHECK(nums(g) == "6,11,0,1");
        CHECK(has(g.message_vi(), "1 bị đình chỉ"));
        org.roll.suspended = 0;
        const auto h = online::scope_majority(org, on, nature, hd03);
        CHECK(h.status == finding_status::violated);
        CHECK(nums(h) == "6,12,0,0,7");
    }
    SUBCASE("a member with several grounds is counted once (member_roll::from_members)") {
        std::vector<member> list(10);
        for (int i = 0; i < 5; ++i)
            list[i].unable_grounds = {ground::dispersed_wide_area, ground::not_regularly_same_place,
                                      ground::cannot_leave_post};
        auto org = cell(0, 0);
        org.roll = member_roll::from_members(list);
        REQUIRE(org.roll.members == 10);
        REQUIRE(org.roll.unable.size() == 1);
        CHECK(org.roll.unable[0].count == 5);
        const auto f = online::scope_majority(org, on, nature, hd03);
        CHECK(f.status == finding_status::violated);
        CHECK(nums(f) == "5,10,0,0,6");

        list[5].unable_grounds = {ground::cannot_leave_post, ground::epidemic};
        org.roll = member_roll::from_members(list);
        const auto g = online::scope_majority(org, on, nature, hd03);
        CHECK(g.status == finding_status::passed);
        CHECK(nums(g) == "6,10,0,0");
    }
    SUBCASE("from_members: exempted and suspended members are out of the base, not unable") {
        std::vector<member> list(11);
        list[0] = {member_status::exempted, {ground::dispersed_wide_area}};
        list[1] = {member_status::suspended, {ground::dispersed_wide_area}};
        for (int i = 2; i < 7; ++i)
            list[i].unable_grounds = {ground::dispersed_wide_area};
        auto org = cell(0, 0);
        org.roll = member_roll::from_members(list);
        CHECK(org.roll.exempted == 1);
        CHECK(org.roll.suspended == 1);
        CHECK(org.roll.base() == 9);
        const auto f = online::scope_majority(org, on, nature, hd03);
        CHECK(f.status == finding_status::passed);
        CHECK(nums(f) == "5,9,1,1");
    }
    SUBCASE("members whose only ground the rule set does not list do not count") {
        const auto& cb = rule_sets::cao_bang();
        // cao_bang does not list `abroad`; hd03 does.
        CHECK(nums(online::scope_majority(cell(10, 6, ground::abroad), on, nature, cb)) ==
              "0,10,0,0,6");
        CHECK(online::scope_majority(cell(10, 6, ground::abroad), on, nature, hd03).status ==
              finding_status::passed);
        // Mixed roll: 3 abroad + 3 dispersed.
        const auto mixed = roll_of(10, {{{ground::abroad}, 3}, {{ground::dispersed_wide_area}, 3}});
        CHECK(nums(online::scope_majority(mixed, on, nature, cb)) == "3,10,0,0,6");
        CHECK(nums(online::scope_majority(mixed, on, nature, hd03)) == "6,10,0,0");
        // A member with an unlisted and a listed ground still counts.
        const auto both = roll_of(10, {{{ground::abroad, ground::dispersed_wide_area}, 6}});
        CHECK(online::scope_majority(both, on, nature, cb).status == finding_status::passed);
    }
    SUBCASE("grounds that differ between rule sets (in the summer break: R6)") {
        const auto summer = d(2024, 7, 1);
        const auto& cb = rule_sets::cao_bang();
        const auto& na = rule_sets::nghe_an_khoi();
        struct row {
            ground g;
            const rule_set* rules;
            std::int64_t counted;
        };
        const row rows[] = {
            {ground::teacher_summer_break, &cb, 6},
            {ground::teacher_summer_break, &hd03, 0},
            {ground::abroad, &hd03, 6},
            {ground::abroad, &cb, 0},
            {ground::seafarer_offshore_island, &hd03, 6},
            {ground::seafarer_offshore_island, &cb, 0},
            {ground::cannot_leave_post, &hd03, 6},
            {ground::cannot_leave_post, &cb, 6},
            {ground::cannot_leave_post, &na, 6}, // R7: HD03's grounds
            {ground::teacher_summer_break, &na, 0},
            {ground::not_regularly_same_place, &na, 6},
            {ground::student_summer_break, &hd03, 6},
            {ground::student_summer_break, &cb, 6},
            {ground::student_summer_break, &na, 6},
        };
        for (const auto& r : rows) {
            CAPTURE(r.g);
            CAPTURE(r.rules->id);
            const auto f = online::scope_majority(cell(10, 6, r.g), summer, nature, *r.rules);
            CHECK(f.values[0] == r.counted);
            CHECK(f.status == (r.counted == 6 ? finding_status::passed : finding_status::violated));
        }
    }
    SUBCASE("R5: a special-circumstance meeting counts only special-circumstance grounds") {
        const std::optional<ground> epidemic = ground::epidemic;
        const auto decided = [&](organisation o) {
            o.decisions = {
                decision(ground::epidemic, d(2024, 1, 2), d(2024, 1, 2), std::nullopt),
                decision(ground::natural_disaster, d(2024, 2, 1), d(2024, 2, 1), d(2024, 3, 31))};
            return o;
        };
        const auto nature_only = decided(cell(10, 6, ground::dispersed_wide_area));
        CHECK(nums(online::scope_majority(nature_only, on, epidemic, hd03)) == "0,10,0,0,6");
        CHECK(online::scope_majority(nature_only, on, nature, hd03).status ==
              finding_status::passed);

        const auto split =
            decided(roll_of(10, {{{ground::dispersed_wide_area}, 3}, {{ground::epidemic}, 3}}));
        CHECK(nums(online::scope_majority(split, on, epidemic, hd03)) == "3,10,0,0,6");
        CHECK(nums(online::scope_majority(split, on, nature, hd03)) == "3,10,0,0,6");
        // Another special circumstance counts for an epidemic meeting, when decided (R4).
        const auto circumstances =
            decided(roll_of(10, {{{ground::natural_disaster}, 3}, {{ground::epidemic}, 3}}));
        CHECK(nums(online::scope_majority(circumstances, on, epidemic, hd03)) == "6,10,0,0");
        // The reverse: members unable only for an epidemic do not make a special-nature majority.
        CHECK(online::scope_majority(decided(cell(10, 6, ground::epidemic)), on, nature, hd03)
                  .status == finding_status::violated);

        // interp.majority_mixes_kinds = true adds the other kind, both ways.
        const auto mixing =
            with_interp(hd03, [](interpretations& i) { i.majority_mixes_kinds = true; });
        REQUIRE_FALSE(hd03.interp.majority_mixes_kinds);
        CHECK(nums(online::scope_majority(split, on, epidemic, mixing)) == "6,10,0,0");
        CHECK(nums(online::scope_majority(split, on, nature, mixing)) == "6,10,0,0");
        // Mixing still needs the decision for the special-circumstance members (R4).
        const auto undecided =
            roll_of(10, {{{ground::dispersed_wide_area}, 3}, {{ground::epidemic}, 3}});
        CHECK(nums(online::scope_majority(undecided, on, nature, mixing)) == "3,10,0,0,6");
    }
    SUBCASE("R4: II.1.1 b — only members unable for a circumstance a decision covers that day") {
        // The review's case: an "epidemic" meeting of 20 where 11 are unable by a flood that no
        // decision covers, and nobody by the epidemic.
        const std::optional<ground> epidemic = ground::epidemic;
        auto flood = cell(20, 11, ground::natural_disaster);
        flood.decisions = {decision(ground::epidemic, d(2024, 1, 2), d(2024, 1, 2), std::nullopt)};
        CHECK(nums(online::scope_majority(flood, on, epidemic, hd03)) == "0,20,0,0,11");
        // A flood decision in force on the day makes them count...
        const auto until = d(2024, 3, 1);
        flood.decisions.push_back(
            decision(ground::natural_disaster, d(2024, 2, 1), d(2024, 2, 1), until));
        CHECK(nums(online::scope_majority(flood, on, epidemic, hd03)) == "11,20,0,0");
        // ... on its last day, not the day after.
        CHECK(nums(online::scope_majority(flood, until + days(1), epidemic, hd03)) ==
              "0,20,0,0,11");
        // A decision dated after the meeting does not count.
        flood.decisions.back().decided_on = on + days(1);
        CHECK(nums(online::scope_majority(flood, on, epidemic, hd03)) == "0,20,0,0,11");
        // check(): the review's meeting is not allowed.
        auto m = online_meeting(on, ground::epidemic);
        const auto v = check(m, flood, {}, hd03);
        CHECK(v.outcome() == outcome::not_allowed);
        CHECK(status_of(v, rule_id::online_scope_majority) == finding_status::violated);
    }
    SUBCASE("R6: II.1.1 a — teachers and students count only in the summer break") {
        const auto& cb = rule_sets::cao_bang();
        REQUIRE(cb.summer_break == annual_period{6, 1, 8, 31});
        struct row {
            date on;
            std::int64_t counted;
        };
        const row rows[] = {{d(2024, 5, 31), 0}, {d(2024, 6, 1), 6},   {d(2024, 8, 31), 6},
                            {d(2024, 9, 1), 0},  {d(2023, 12, 31), 0}, {d(2024, 1, 1), 0}};
        for (const auto g : {ground::teacher_summer_break, ground::student_summer_break})
            for (const auto& r : rows) {
                CAPTURE(g);
                CAPTURE(r.on);
                CHECK(online::scope_majority(cell(10, 6, g), r.on, nature, cb).values[0] ==
                      r.counted);
            }
        // Working far from home holds all year.
        CHECK(online::scope_majority(cell(10, 6, ground::not_regularly_same_place), d(2024, 1, 1),
                                     nature, cb)
                  .status == finding_status::passed);
        // The period is the rule set's data.
        auto july = cb;
        july.summer_break = {7, 1, 7, 31};
        CHECK(online::scope_majority(cell(10, 6, ground::student_summer_break), d(2024, 6, 30),
                                     nature, july)
                  .values[0] == 0);
        CHECK(online::scope_majority(cell(10, 6, ground::student_summer_break), d(2024, 7, 31),
                                     nature, july)
                  .values[0] == 6);
    }
    SUBCASE("check(): exactly half makes the online meeting not allowed") {
        const auto v = check(online_meeting(on), cell(10, 5), {}, hd03);
        CHECK(v.outcome() == outcome::not_allowed);
        CHECK(nums(only(v, rule_id::online_scope_majority)) == "5,10,0,0,6");
        CHECK(check(online_meeting(on), cell(10, 6), {}, hd03).outcome() == outcome::allowed);
    }
}

// ---------------------------------------------------------------------------------------------

TEST_CASE("online.scope.ground: the meeting's ground must be one the rule set lists") {
    const auto on = d(2024, 7, 1); // in the summer break (R6)
    SUBCASE("table of grounds per built-in rule set") {
        // Written out from RULES.md §2 (online.scope.ground) and the sources, not from the library;
        // Nghệ An Khối's column is HD03's (R7).
        struct row {
            ground g;
            bool hd03, cao_bang, nghe_an_khoi;
        };
        const row rows[] = {
            {ground::dispersed_wide_area, true, true, true},
            {ground::abroad, true, false, true},
            {ground::not_regularly_same_place, true, true, true},
            {ground::teacher_summer_break, false, true, false},
            {ground::cannot_leave_post, true, true, true},
            {ground::seafarer_offshore_island, true, false, true},
            {ground::natural_disaster, true, true, true},
            {ground::prolonged_isolation, true, true, true},
            {ground::epidemic, true, true, true},
            {ground::student_summer_break, true, true, true},
        };
        REQUIRE(sizeof rows / sizeof rows[0] == enum_size<ground>());
        for (const auto& r : rows) {
            CAPTURE(r.g);
            const auto expect = [](bool listed) {
                return listed ? finding_status::passed : finding_status::violated;
            };
            CHECK(online::scope_ground(r.g, on, rule_sets::hd03()).status == expect(r.hd03));
            CHECK(online::scope_ground(r.g, on, rule_sets::cao_bang()).status ==
                  expect(r.cao_bang));
            CHECK(online::scope_ground(r.g, on, rule_sets::nghe_an_khoi()).status ==
                  expect(r.nghe_an_khoi));
            const auto f = online::scope_ground(r.g, on, rule_sets::hd03());
            CHECK(f.value_names() == "ground");
            CHECK(f.values[0] == static_cast<std::int64_t>(r.g));
        }
    }
    SUBCASE("the message names the ground") {
        const auto f = online::scope_ground(ground::teacher_summer_break, on, rule_sets::hd03());
        CHECK(f.reason == reason::ground_not_listed);
        CHECK(has(f.message_vi(), "giáo viên trong thời gian nghỉ hè"));
        CHECK(has(f.message_en(), "teachers in the summer break"));
        const auto g =
            online::scope_ground(ground::teacher_summer_break, on, rule_sets::cao_bang());
        CHECK(g.reason == reason::ground_listed);
        CHECK(has(g.message_en(), "teachers in the summer break"));
    }
    SUBCASE("R6: the teacher and student grounds hold from 1/6 to 31/8 only") {
        const auto& cb = rule_sets::cao_bang();
        for (const auto g : {ground::teacher_summer_break, ground::student_summer_break}) {
            CAPTURE(g);
            for (const auto day : {d(2024, 5, 31), d(2024, 9, 1), d(2024, 12, 15), d(2025, 1, 1)}) {
                CAPTURE(day);
                const auto f = online::scope_ground(g, day, cb);
                CHECK(f.status == finding_status::violated);
                CHECK(f.reason == reason::ground_out_of_season);
                CHECK(nums(f) == std::to_string(int(g)) + ",1,6,31,8");
                CHECK(has(f.message_vi(), "1/6 – 31/8"));
            }
            for (const auto day : {d(2024, 6, 1), d(2024, 8, 31)})
                CHECK(online::scope_ground(g, day, cb).status == finding_status::passed);
        }
        // The review's December meeting on the summer-break ground is not allowed.
        auto m = online_meeting(d(2023, 12, 5), ground::teacher_summer_break);
        const auto v = check(m, cell(10, 6, ground::teacher_summer_break), {}, cb);
        CHECK(v.outcome() == outcome::not_allowed);
        CHECK(status_of(v, rule_id::online_scope_ground) == finding_status::violated);
        CHECK(status_of(v, rule_id::online_scope_majority) == finding_status::violated);
        m.date = d(2024, 7, 5);
        CHECK(check(m, cell(10, 6, ground::teacher_summer_break), {}, cb).outcome() ==
              outcome::allowed);
    }
    SUBCASE("an online meeting without a ground") {
        const auto f = online::scope_ground(std::nullopt, on, rule_sets::hd03());
        CHECK(f.status == finding_status::violated);
        CHECK(f.reason == reason::ground_missing);
        auto m = online_meeting(on);
        m.ground.reset();
        const auto v = check(m, cell(10, 6), {}, rule_sets::hd03());
        CHECK(v.outcome() == outcome::not_allowed);
        CHECK(status_of(v, rule_id::online_scope_ground) == finding_status::violated);
        CHECK(status_of(v, rule_id::online_authorisation) == finding_status::not_evaluated);
    }
    SUBCASE("check(): a teachers' cell may meet online under cao_bang, not under hd03") {
        const auto org = cell(10, 6, ground::teacher_summer_break);
        const auto m = online_meeting(d(2024, 7, 15), ground::teacher_summer_break);
        CHECK(check(m, org, {}, rule_sets::cao_bang()).outcome() == outcome::allowed);
        const auto v = check(m, org, {}, rule_sets::hd03());
        CHECK(v.outcome() == outcome::not_allowed);
        CHECK(status_of(v, rule_id::online_scope_ground) == finding_status::violated);
        CHECK(status_of(v, rule_id::online_scope_majority) == finding_status::violated);
    }
    SUBCASE("the list in force on the meeting's date decides") {
        rule_set r = rule_sets::hd03();
        const auto base = ground_set::all() - ground_set{ground::teacher_summer_break};
        r.grounds = dated<ground_set>(std::vector<dated_value<ground_set>>{
            {r.periods.front().first, d(2024, 6, 30), base},
            {d(2024, 7, 1), date(boost::date_time::pos_infin),
             base | ground_set{ground::teacher_summer_break}},
        });
        REQUIRE_NOTHROW(r.validate());
        CHECK(online::scope_ground(ground::teacher_summer_break, d(2024, 6, 30), r).status ==
              finding_status::violated);
        CHECK(online::scope_ground(ground::teacher_summer_break, d(2024, 7, 1), r).status ==
              finding_status::passed);
        const auto org = cell(10, 6, ground::teacher_summer_break);
        CHECK(online::scope_majority(org, d(2024, 6, 30), ground::teacher_summer_break, r)
                  .values[0] == 0);
        CHECK(
            online::scope_majority(org, d(2024, 7, 1), ground::teacher_summer_break, r).values[0] ==
            6);
    }
    SUBCASE("no list in force: not covered, naming the date") {
        rule_set r = rule_sets::hd03();
        r.grounds = dated<ground_set>(std::vector<dated_value<ground_set>>{
            {r.periods.front().first, *r.periods.front().last, ground_set::all()}});
        const auto after = *r.periods.front().last + days(1);
        const auto f = online::scope_ground(ground::dispersed_wide_area, after, r);
        CHECK(f.status == finding_status::not_covered);
        CHECK(f.reason == reason::parameter_not_in_force);
        CHECK(value_date(f.values[0]) == after);
        CHECK(has(f.message_vi(), "01/07/2025"));
        const auto g = online::scope_majority(cell(10, 6), after, ground::dispersed_wide_area, r);
        CHECK(g.status == finding_status::not_covered);
    }
}

// ---------------------------------------------------------------------------------------------

TEST_CASE(
    "online.authorisation: pilot list for special nature, superior decision for circumstances") {
    const auto& rules = rule_sets::cao_bang();
    const auto on = d(2024, 3, 1);
    const std::optional<ground> nature = ground::dispersed_wide_area;
    const std::optional<ground> epidemic = ground::epidemic;

    SUBCASE("special nature: not on the pilot list") {
        auto org = cell(10, 6);
        org.pilot.online = false;
        const auto f = online::authorisation(org, on, nature, rules);
        CHECK(f.rule == rule_id::online_authorisation);
        CHECK(f.status == finding_status::violated);
        CHECK(f.reason == reason::pilot_not_listed);
        CHECK(f.value_count() == 0);
        // Selection for the tổ đảng pilot is not selection for the online pilot.
        CHECK(org.pilot.by_group);
        CHECK(check(online_meeting(on), org, {}, rule_sets::cao_bang()).outcome() ==
              outcome::not_allowed);
    }
    SUBCASE("special nature: selected on the meeting date is fine, the day after is not") {
        auto org = cell(10, 6);
        org.pilot.online_selected_on = on;
        const auto f = online::authorisation(org, on, nature, rules);
        CHECK(f.status == finding_status::passed);
        CHECK(f.reason == reason::pilot_listed);
        CHECK(f.value_names() == "selected_on");
        CHECK(value_date(f.values[0]) == on);
        CHECK(has(f.message_vi(), "01/03/2024"));

        org.pilot.online_selected_on = on + days(1);
        const auto g = online::authorisation(org, on, nature, rules);
        CHECK(g.status == finding_status::violated);
        CHECK(g.reason == reason::pilot_listed_after_meeting);
        CHECK(g.value_names() == "selected_on,meeting_date");
        CHECK(value_date(g.values[0]) == d(2024, 3, 2));
        CHECK(value_date(g.values[1]) == on);
        CHECK(has(g.message_vi(), "02/03/2024"));
        CHECK(has(g.message_vi(), "01/03/2024"));
        CHECK(has(g.message_en(), "2024-03-02"));
        CHECK(has(g.message_en(), "2024-03-01"));

        org.pilot.online_selected_on = on - days(1);
        CHECK(online::authorisation(org, on, nature, rules).status == finding_status::passed);
    }
    SUBCASE("special circumstances: no decision") {
        const auto f = online::authorisation(cell(10, 6, ground::epidemic), on, epidemic, rules);
        CHECK(f.status == finding_status::violated);
        CHECK(f.reason == reason::decision_missing);
        CHECK(nums(f) == std::to_string(static_cast<int>(ground::epidemic)));
        CHECK(has(f.message_vi(), std::string(label_vi(ground::epidemic))));
    }
    SUBCASE("special circumstances: a decision covering the date; the pilot list is not needed") {
        auto org = cell(10, 6, ground::epidemic);
        org.pilot.online = false;
        org.decisions = {
            decision(ground::epidemic, d(2024, 2, 20), d(2024, 2, 15), d(2024, 3, 31))};
        const auto f = online::authorisation(org, on, epidemic, rules);
        CHECK(f.status == finding_status::passed);
        // R34: the verdict shows the decision's date and span.
        CHECK(f.reason == reason::decision_in_force_until);
        CHECK(f.value_names() == "ground,decided_on,from,until");
        CHECK(f.values[0] == static_cast<std::int64_t>(ground::epidemic));
        CHECK(value_date(f.values[1]) == d(2024, 2, 20));
        CHECK(value_date(f.values[3]) == d(2024, 3, 31));
        CHECK(has(f.message_vi(), "20/02/2024"));
        CHECK(has(f.message_en(), "2024-02-20"));
        CHECK(has(f.message_en(), "from 2024-02-15 to 2024-03-31"));
    }
    SUBCASE("special circumstances: boundaries of the decision") {
        struct row {
            const char* what;
            circumstance_decision dec;
            finding_status expected;
        };
        const row rows[] = {
            {"decided on the meeting date",
             decision(ground::epidemic, on, d(2024, 2, 1), std::nullopt), finding_status::passed},
            {"decided the day after the meeting",
             decision(ground::epidemic, on + days(1), d(2024, 2, 1), std::nullopt),
             finding_status::violated},
            {"circumstance ends on the meeting date",
             decision(ground::epidemic, d(2024, 2, 1), d(2024, 2, 1), on), finding_status::passed},
            {"circumstance ended the day before the meeting",
             decision(ground::epidemic, d(2024, 2, 1), d(2024, 2, 1), on - days(1)),
             finding_status::violated},
            {"circumstance starts after the meeting",
             decision(ground::epidemic, d(2024, 2, 1), on + days(1), std::nullopt),
             finding_status::violated},
            {"decision for another circumstance",
             decision(ground::natural_disaster, d(2024, 2, 1), d(2024, 2, 1), std::nullopt),
             finding_status::violated},
            {"open-ended decision, meeting a year later",
             decision(ground::epidemic, d(2023, 3, 1), d(2023, 3, 1), std::nullopt),
             finding_status::passed},
        };
        for (const auto& r : rows) {
            CAPTURE(r.what);
            auto org = cell(10, 6, ground::epidemic);
            org.decisions = {r.dec};
            CHECK(online::authorisation(org, on, epidemic, rules).status == r.expected);
        }
    }
    SUBCASE("special circumstances: the one decision in force is found among several") {
        auto org = cell(10, 6, ground::epidemic);
        org.decisions = {
            decision(ground::epidemic, d(2024, 1, 1), d(2024, 1, 1), d(2024, 1, 31)),
            decision(ground::natural_disaster, d(2024, 2, 25), d(2024, 2, 25), std::nullopt),
            decision(ground::epidemic, d(2024, 2, 26), d(2024, 2, 26), std::nullopt),
        };
        const auto f = online::authorisation(org, on, epidemic, rules);
        CHECK(f.status == finding_status::passed);
        CHECK(value_date(f.values[1]) == d(2024, 2, 26));
    }
    SUBCASE("no ground: not evaluated") {
        const auto f = online::authorisation(cell(10, 6), on, std::nullopt, rules);
        CHECK(f.status == finding_status::not_evaluated);
        CHECK(f.reason == reason::ground_missing);
    }
}

// R1 (III.1): a selection with no date is no evidence that the organisation was chosen before the
// meeting: not evaluated (the verdict is incomplete), never passed; the message names no date.
TEST_CASE("R1: an undated selection leaves online.authorisation and group.scope not evaluated") {
    const auto& rules = rule_sets::cao_bang();
    auto org = cell(60, 40);
    org.pilot.online_selected_on.reset();
    org.pilot.by_group_selected_on.reset();
    const auto day = d(2024, 3, 1);
    const auto f = online::authorisation(org, day, ground::dispersed_wide_area, rules);
    CHECK(f.status == finding_status::not_evaluated);
    CHECK(f.reason == reason::pilot_listed_undated);
    CHECK_FALSE(has(f.message_vi(), "not-a-date-time"));
    CHECK_FALSE(has(f.message_en(), "not-a-date-time"));
    CHECK(check(online_meeting(day), org, meeting_history{}, rules).outcome() ==
          outcome::incomplete);
    const auto g = group::scope(org, day, rules);
    REQUIRE(g.size() == 1);
    CHECK(g[0].status == finding_status::not_evaluated);
    CHECK(g[0].reason == reason::group_selected_undated);
    CHECK(check(group_meeting_on(day), org, meeting_history{}, rules, round_on(day)).outcome() ==
          outcome::incomplete);
    // A dated selection on the meeting's day passes; the day after is after the meeting.
    org.pilot.online_selected_on = day;
    CHECK(online::authorisation(org, day, ground::dispersed_wide_area, rules).status ==
          finding_status::passed);
    org.pilot.online_selected_on = day + days(1);
    CHECK(online::authorisation(org, day, ground::dispersed_wide_area, rules).status ==
          finding_status::violated);
    // A rule set that asks for no list does not need the date either.
    auto no_list = rules;
    no_list.list_required = {};
    org.pilot.online_selected_on.reset();
    CHECK(online::authorisation(org, day, ground::dispersed_wide_area, no_list).status ==
          finding_status::passed);
}

// R2 (III.1): the online pilot and the tổ đảng pilot are separate choices with their own dates.
TEST_CASE("R2: one selection date does not serve both pilots") {
    const auto& rules = rule_sets::cao_bang();
    auto org = cell(60, 40);
    org.pilot.online_selected_on = d(2023, 7, 1);
    org.pilot.by_group_selected_on = d(2023, 9, 1);
    const auto day = d(2023, 8, 15);
    // The review's case: a legitimate online meeting passes, an early round does not.
    CHECK(online::authorisation(org, day, ground::dispersed_wide_area, rules).status ==
          finding_status::passed);
    const auto g = group::scope(org, day, rules);
    REQUIRE(g.size() == 1);
    CHECK(g[0].reason == reason::group_selected_after_meeting);
    CHECK(value_date(g[0].values[0]) == d(2023, 9, 1));
    // The tổ đảng date's own day passes.
    CHECK(group::scope(org, d(2023, 9, 1), rules)[0].status == finding_status::passed);
    SUBCASE("the 0.1 single date dates a pilot only when the organisation is in that one alone") {
        pilot_selection old;
        old.online = true;
        old.selected_on = d(2023, 7, 1);
        CHECK(old.date_for(pilot_kind::online) == d(2023, 7, 1));
        CHECK_FALSE(old.date_for(pilot_kind::by_group));
        old.by_group = true; // both pilots, one date: which choice it dates cannot be told
        CHECK_FALSE(old.date_for(pilot_kind::online));
        CHECK_FALSE(old.date_for(pilot_kind::by_group));
        org.pilot = old;
        CHECK(online::authorisation(org, day, ground::dispersed_wide_area, rules).status ==
              finding_status::not_evaluated);
        CHECK(group::scope(org, day, rules)[0].reason == reason::group_selected_undated);
        // Old and new dates together are a contradiction.
        org.pilot.online_selected_on = d(2023, 7, 1);
        CHECK(thrown_as<inconsistent_input>([&] { org.validate(); }).field() ==
              "organisation.pilot.selected_on / organisation.pilot.online_selected_on");
    }
}

// R3 (II.2 ý 1): a chi bộ trực thuộc of a đảng bộ cơ sở on the online list is on it through it.
TEST_CASE("R3: interp.subordinate_cells_inherit — a subordinate cell listed through its đảng bộ") {
    const auto& rules = rule_sets::cao_bang();
    REQUIRE(rules.interp.subordinate_cells_inherit);
    const auto apart =
        with_interp(rules, [](interpretations& i) { i.subordinate_cells_inherit = false; });
    const auto day = d(2024, 3, 1);
    auto sub = cell(12, 7, ground::dispersed_wide_area, organisation_kind::subordinate_cell);
    sub.pilot = pilot_selection{};
    pilot_selection parent;
    parent.online = true;
    parent.online_selected_on = d(2023, 7, 20);
    sub.parent_pilot = parent;
    const auto f = online::authorisation(sub, day, ground::dispersed_wide_area, rules);
    CHECK(f.status == finding_status::passed);
    CHECK(f.reason == reason::pilot_listed_through_parent);
    CHECK(value_date(f.values[0]) == d(2023, 7, 20));
    CHECK(check(online_meeting(day), sub, {}, rules).outcome() == outcome::allowed);
    // Switched off: not listed itself, not allowed.
    CHECK(online::authorisation(sub, day, ground::dispersed_wide_area, apart).reason ==
          reason::pilot_not_listed);
    // The parent's date decides: chosen the day after the meeting, or undated.
    sub.parent_pilot->online_selected_on = day + days(1);
    CHECK(online::authorisation(sub, day, ground::dispersed_wide_area, rules).reason ==
          reason::pilot_listed_after_meeting);
    sub.parent_pilot->online_selected_on.reset();
    CHECK(online::authorisation(sub, day, ground::dispersed_wide_area, rules).status ==
          finding_status::not_evaluated);
    // Its majority is still its own roll's: 6 of 12 is not more than half.
    sub.parent_pilot->online_selected_on = d(2023, 7, 20);
    sub.roll.unable = {{{ground::dispersed_wide_area}, 6}};
    CHECK(check(online_meeting(day), sub, {}, rules).outcome() == outcome::not_allowed);
    // Only a subordinate cell has a parent; a parent not on the online list gives nothing.
    auto other = cell(12, 7);
    other.parent_pilot = parent;
    CHECK_THROWS_AS(other.validate(), inconsistent_input);
    sub.parent_pilot->online = false;
    CHECK(online::authorisation(sub, day, ground::dispersed_wide_area, rules).reason ==
          reason::pilot_not_listed);
    // The tổ đảng pilot is not inherited (II.2 ý 1 speaks of online meetings).
    auto big = cell(60, 0, ground::dispersed_wide_area, organisation_kind::subordinate_cell);
    big.pilot = pilot_selection{};
    pilot_selection groups;
    groups.by_group = true;
    groups.by_group_selected_on = d(2023, 7, 20);
    big.parent_pilot = groups;
    const auto g = group::scope(big, day, rules);
    REQUIRE(g.size() == 1);
    CHECK(g[0].reason == reason::group_not_selected);
}

// ---------------------------------------------------------------------------------------------

TEST_CASE("online.infrastructure: devices connected to the internet and a stable connection") {
    const auto on = d(2024, 3, 1);
    SUBCASE("everything in place") {
        const auto f = online::infrastructure(online_meeting(on));
        CHECK(f.rule == rule_id::online_infrastructure);
        CHECK(f.status == finding_status::passed);
        CHECK(f.reason == reason::infrastructure_ready);
    }
    SUBCASE("each item missing on its own") {
        for (std::size_t i = 0; i < enum_size<infrastructure_item>(); ++i) {
            const auto item = static_cast<infrastructure_item>(i);
            CAPTURE(item);
            auto m = online_meeting(on);
            m.infrastructure->erase(item);
            const auto f = online::infrastructure(m);
            CHECK(f.status == finding_status::violated);
            CHECK(f.reason == reason::infrastructure_missing);
            CHECK(f.value_names() == "missing");
            CHECK(f.values[0] == static_cast<std::int64_t>(infrastructure_set{item}.bits()));
            CHECK(has(f.message_vi(), std::string(label_vi(item))));
            CHECK(has(f.message_en(), std::string(label_en(item))));
        }
    }
    SUBCASE("nothing in place: all three named") {
        auto m = online_meeting(on);
        m.infrastructure = infrastructure_set{};
        const auto f = online::infrastructure(m);
        CHECK(f.values[0] == static_cast<std::int64_t>(infrastructure_set::all().bits()));
        CHECK(has(f.message_en(), "a stable connection"));
        CHECK(has(f.message_en(), "the online members' devices"));
    }
    SUBCASE("check(): an unstable connection makes the meeting not allowed") {
        auto m = online_meeting(on);
        m.infrastructure->erase(infrastructure_item::stable_connection);
        const auto v = check(m, cell(10, 6), {}, rule_sets::cao_bang());
        CHECK(v.outcome() == outcome::not_allowed);
        CHECK(v.count(finding_status::violated) == 1);
        CHECK(status_of(v, rule_id::online_infrastructure) == finding_status::violated);
    }
}

// ---------------------------------------------------------------------------------------------

TEST_CASE("online.platform: a provider headquartered in Vietnam, under its law, cybersecure") {
    const auto on = d(2024, 3, 1);
    SUBCASE("compliant") {
        const auto f = online::platform(online_meeting(on));
        CHECK(f.rule == rule_id::online_platform);
        CHECK(f.status == finding_status::passed);
        CHECK(f.reason == reason::platform_compliant);
    }
    SUBCASE("each criterion missing on its own") {
        for (std::size_t i = 0; i < enum_size<platform_item>(); ++i) {
            const auto item = static_cast<platform_item>(i);
            CAPTURE(item);
            auto m = online_meeting(on);
            m.platform->erase(item);
            const auto f = online::platform(m);
            CHECK(f.status == finding_status::violated);
            CHECK(f.reason == reason::platform_not_compliant);
            CHECK(f.value_names() == "missing");
            CHECK(f.values[0] == static_cast<std::int64_t>(platform_set{item}.bits()));
            CHECK(has(f.message_vi(), std::string(label_vi(item))));
            CHECK(has(f.message_en(), std::string(label_en(item))));
        }
    }
    SUBCASE("check(): foreign software (law and cybersecurity met, not headquartered in Vietnam)") {
        auto m = online_meeting(on);
        m.platform = {platform_item::under_vietnamese_law, platform_item::cybersecurity_compliant};
        const auto v = check(m, cell(10, 6), {}, rule_sets::hd03());
        CHECK(v.outcome() == outcome::not_allowed);
        const auto f = only(v, rule_id::online_platform);
        CHECK(f.values[0] == static_cast<std::int64_t>(
                                 platform_set{platform_item::headquartered_in_vietnam}.bits()));
        CHECK(has(f.message_vi(), "nhà cung cấp có trụ sở tại Việt Nam"));
    }
}

// ---------------------------------------------------------------------------------------------

TEST_CASE(
    "online.form: hybrid is the normal form; fully online only when gathering is impossible") {
    const auto on = d(2024, 3, 1);
    const auto& rules = rule_sets::cao_bang();
    SUBCASE("check(): an in-person meeting is allowed with a single online.form finding") {
        meeting m;
        m.date = on;
        const auto v = check(m, cell(10, 0), {}, rules);
        CHECK(v.outcome() == outcome::allowed);
        REQUIRE(v.size() == 1);
        CHECK(v[0].rule == rule_id::online_form);
        CHECK(v[0].status == finding_status::passed);
        CHECK(v[0].reason == reason::form_in_person);
    }
    SUBCASE("hybrid passes") {
        const auto f = online::form(online_meeting(on), cell(10, 6), rules);
        CHECK(f.status == finding_status::passed);
        CHECK(f.reason == reason::form_hybrid_within);
        CHECK(nums(f) == "1,6");
    }
    SUBCASE("R9: II.2 ý 2 — only members unable on an accepted ground join online") {
        auto m = online_meeting(on);
        for (const std::int32_t online : {0, 5, 6}) {
            m.members_online = online;
            CHECK(online::form(m, cell(10, 6), rules).status == finding_status::passed);
        }
        m.members_online = 7;
        const auto f = online::form(m, cell(10, 6), rules);
        CHECK(f.status == finding_status::violated);
        CHECK(f.reason == reason::form_online_exceeds_unable);
        CHECK(nums(f) == "7,6");
        CHECK(has(f.message_en(), "7 members joined online, more than the 6"));
        CHECK(check(m, cell(10, 6), {}, rules).outcome() == outcome::not_allowed);
        // Unable members on an unlisted ground do not make room (cao_bang lists no `abroad`).
        m.members_online = 4;
        const auto abroad =
            roll_of(10, {{{ground::abroad}, 4}, {{ground::dispersed_wide_area}, 3}});
        CHECK(online::form(m, abroad, rules).status == finding_status::violated);
        // Not stated: not evaluated, so the verdict is incomplete, never allowed.
        m.members_online.reset();
        const auto u = online::form(m, cell(10, 6), rules);
        CHECK(u.status == finding_status::not_evaluated);
        CHECK(u.reason == reason::form_online_attendance_unknown);
        CHECK(check(m, cell(10, 6), {}, rules).outcome() == outcome::incomplete);
        // A fully online meeting has everyone online: the count is not what decides it.
        auto full = online_meeting(on, ground::dispersed_wide_area, meeting_form::fully_online);
        full.members_online.reset();
        CHECK(online::form(full, cell(10, 10), rules).status == finding_status::passed);
    }
    SUBCASE("fully online: table") {
        struct row {
            std::int32_t unable;
            bool gathering_impossible;
            finding_status expected;
        };
        const row rows[] = {
            {6, false, finding_status::violated},
            {9, false, finding_status::violated},
            {10, false, finding_status::passed},
            {6, true, finding_status::violated}, // R8: a special-nature ground
        };
        for (const auto& r : rows) {
            CAPTURE(r.unable);
            CAPTURE(r.gathering_impossible);
            auto m = online_meeting(on, ground::dispersed_wide_area, meeting_form::fully_online);
            m.gathering_impossible = r.gathering_impossible;
            const auto f = online::form(m, cell(10, r.unable), rules);
            CHECK(f.status == r.expected);
            CHECK(f.value_names() == "unable,base,gathering_impossible");
            CHECK(nums(f) ==
                  std::to_string(r.unable) + ",10," + std::to_string(int(r.gathering_impossible)));
        }
    }
    SUBCASE("fully online: everyone of the base unable, exempted member on the roll") {
        auto org = cell(11, 10);
        org.roll.exempted = 1;
        const auto f = online::form(
            online_meeting(on, ground::dispersed_wide_area, meeting_form::fully_online), org,
            rules);
        CHECK(f.status == finding_status::passed);
        CHECK(nums(f) == "10,10,0");
    }
    SUBCASE("fully online: members unable only for an unlisted ground are not 'unable'") {
        // cao_bang does not list `abroad`: 4 abroad + 6 dispersed is not "everyone unable".
        const auto org = roll_of(10, {{{ground::abroad}, 4}, {{ground::dispersed_wide_area}, 6}});
        const auto m = online_meeting(on, ground::dispersed_wide_area, meeting_form::fully_online);
        CHECK(online::form(m, org, rules).status == finding_status::violated);
        CHECK(online::form(m, org, rule_sets::hd03()).status == finding_status::passed);
    }
    SUBCASE("messages carry the numbers") {
        const auto m = online_meeting(on, ground::dispersed_wide_area, meeting_form::fully_online);
        const auto f = online::form(m, cell(10, 7), rules);
        CHECK(f.reason == reason::form_fully_online_not_justified);
        CHECK(has(f.message_vi(), "7/10"));
        CHECK(has(f.message_en(), "7 of 10"));
    }
    SUBCASE("check(): fully online without justification is not allowed") {
        const auto m = online_meeting(on, ground::dispersed_wide_area, meeting_form::fully_online);
        const auto v = check(m, cell(10, 6), {}, rules);
        CHECK(v.outcome() == outcome::not_allowed);
        CHECK(status_of(v, rule_id::online_form) == finding_status::violated);
    }
}

TEST_CASE("interp.fully_online (R8, II.2 ý 2): by the ground's kind, or one rule for both") {
    const auto on = d(2024, 3, 1);
    const auto org = cell(10, 6); // 4 members could attend, but gathering is said impossible
    auto nature = online_meeting(on, ground::dispersed_wide_area, meeting_form::fully_online);
    nature.gathering_impossible = true;
    auto disaster = cell(10, 6, ground::natural_disaster);
    // R42: the decision finds that the members cannot be gathered.
    disaster.decisions = {circumstance_decision{ground::natural_disaster, d(2024, 2, 20),
                                                d(2024, 2, 20), d(2024, 3, 10), "7-QĐ/HU", true}};
    auto flood = online_meeting(on, ground::natural_disaster, meeting_form::fully_online);
    flood.gathering_impossible = true;

    const auto& def = rule_sets::cao_bang();
    REQUIRE(def.interp.fully_online == fully_online_basis::by_ground_kind);
    const auto strict = with_interp(
        def, [](interpretations& i) { i.fully_online = fully_online_basis::all_members_unable; });
    const auto loose = with_interp(def, [](interpretations& i) {
        i.fully_online = fully_online_basis::gathering_impossible_or_none_in_person;
    });
    SUBCASE("default: on a special-nature ground the statement alone is not enough") {
        // The review's case: gathering_impossible with 11 of 20 unable.
        auto m = nature;
        const auto f = online::form(m, cell(20, 11), def);
        CHECK(f.status == finding_status::violated);
        CHECK(f.reason == reason::form_fully_online_not_justified);
        CHECK(nums(f) == "11,20,1");
        CHECK(check(m, cell(20, 11), {}, def).outcome() == outcome::not_allowed);
        CHECK(online::form(m, cell(20, 20), def).status == finding_status::passed);
    }
    SUBCASE("default: on a special-circumstance ground the decision's finding suffices (R42)") {
        const auto f = online::form(flood, disaster, def);
        CHECK(f.status == finding_status::passed);
        CHECK(f.reason == reason::form_fully_online_decided);
        CHECK(check(flood, disaster, {}, def).outcome() == outcome::allowed);
        // The decision's finding is the evidence, whatever the meeting says of itself.
        auto unstated = flood;
        unstated.gathering_impossible = false;
        CHECK(online::form(unstated, disaster, def).status == finding_status::passed);
        auto gatherable = disaster;
        gatherable.decisions[0].gathering_impossible = false;
        CHECK(online::form(flood, gatherable, def).reason ==
              reason::form_fully_online_not_justified);
    }
    SUBCASE("gathering_impossible_or_none_in_person: the statement suffices on either kind") {
        CHECK(online::form(nature, org, loose).status == finding_status::passed);
        CHECK(online::form(flood, disaster, loose).status == finding_status::passed);
    }
    SUBCASE("all_members_unable: the statement never suffices") {
        const auto f = online::form(nature, org, strict);
        CHECK(f.status == finding_status::violated);
        CHECK(nums(f) == "6,10,1");
        CHECK(online::form(flood, disaster, strict).status == finding_status::violated);
        CHECK(check(nature, org, {}, strict).outcome() == outcome::not_allowed);
    }
    SUBCASE("every reading accepts a meeting where every member is unable") {
        auto all = nature;
        all.gathering_impossible = false;
        for (const auto* r : {&def, &strict, &loose})
            CHECK(online::form(all, cell(10, 10), *r).status == finding_status::passed);
    }
}

// ---------------------------------------------------------------------------------------------

TEST_CASE("online.quota: đảng bộ cơ sở at most 1 a year, chi bộ at most 3") {
    const auto& rules = rule_sets::cao_bang();
    SUBCASE("đảng bộ cơ sở: the second online meeting of a year violates") {
        const auto org = cell(10, 6, ground::dispersed_wide_area, committee_kind);
        const auto m = online_meeting(d(2024, 9, 10));
        const auto first = online::quota(m, org, {}, rules);
        CHECK(first.rule == rule_id::online_quota);
        CHECK(first.status == finding_status::passed);
        CHECK(first.reason == reason::quota_within);
        CHECK(first.value_names() == "ordinal,limit,period_first,period_last");
        CHECK(first.values[0] == 1);
        CHECK(first.values[1] == 1);

        const meeting_history h({past(d(2024, 3, 5))});
        const auto second = online::quota(m, org, h, rules);
        CHECK(second.status == finding_status::violated);
        CHECK(second.reason == reason::quota_exceeded);
        CHECK(second.values[0] == 2);
        CHECK(second.values[1] == 1);
        CHECK(value_date(second.values[2]) == d(2024, 1, 1));
        CHECK(value_date(second.values[3]) == d(2024, 12, 31));
        CHECK(has(second.message_vi(), "Lần thứ 2"));
        CHECK(has(second.message_vi(), "1 lần"));
        CHECK(has(second.message_vi(), "01/01/2024"));
        CHECK(has(second.message_vi(), "31/12/2024"));
        CHECK(has(second.message_en(), "2024-01-01 to 2024-12-31"));

        const auto v = check(m, org, h, rules);
        CHECK(v.outcome() == outcome::not_allowed);
        CHECK(v.count(finding_status::violated) == 1);
    }
    SUBCASE("chi bộ: boundary table over earlier meetings 0..4") {
        for (int before = 0; before <= 4; ++before) {
            CAPTURE(before);
            std::vector<past_meeting> list;
            for (int i = 0; i < before; ++i)
                list.push_back(past(d(2024, 1 + i, 15)));
            const auto f = online::quota(online_meeting(d(2024, 10, 1)), cell(10, 6),
                                         meeting_history(list), rules);
            CHECK(f.values[0] == before + 1);
            CHECK(f.values[1] == 3);
            CHECK(f.status ==
                  (before + 1 <= 3 ? finding_status::passed : finding_status::violated));
        }
    }
    SUBCASE("a subordinate cell is a chi bộ: limit 3") {
        const auto org =
            cell(10, 6, ground::dispersed_wide_area, organisation_kind::subordinate_cell);
        const meeting_history h({past(d(2024, 1, 5)), past(d(2024, 2, 5))});
        const auto f = online::quota(online_meeting(d(2024, 3, 5)), org, h, rules);
        CHECK(f.status == finding_status::passed);
        CHECK(nums(f).substr(0, 4) == "3,3,");
    }
    SUBCASE("31 Dec and 1 Jan are in different calendar years") {
        const auto org = cell(10, 6, ground::dispersed_wide_area, committee_kind);
        const meeting_history h({past(d(2023, 12, 31))});
        const auto f = online::quota(online_meeting(d(2024, 1, 1)), org, h, rules);
        CHECK(f.status == finding_status::passed);
        CHECK(f.values[0] == 1);
        CHECK(value_date(f.values[2]) == d(2024, 1, 1));
        // ... while a second meeting on 31 Dec is in the same year.
        const auto g = online::quota(online_meeting(d(2023, 12, 31)), org,
                                     meeting_history({past(d(2023, 8, 31))}), rules);
        CHECK(g.status == finding_status::violated);
        CHECK(value_date(g.values[3]) == d(2023, 12, 31));
    }
    SUBCASE("R13: another meeting of the same day counts; the day after does not") {
        // The history holds the organisation's other meetings, never the meeting itself: two
        // online meetings on one day are the first and the second, not two firsts.
        const auto org = cell(10, 6, ground::dispersed_wide_area, committee_kind);
        const auto m = online_meeting(d(2024, 5, 10));
        const auto same = online::quota(m, org, meeting_history({past(d(2024, 5, 10))}), rules);
        CHECK(same.status == finding_status::violated);
        CHECK(same.values[0] == 2);
        const auto before = online::quota(m, org, meeting_history({past(d(2024, 5, 9))}), rules);
        CHECK(before.status == finding_status::violated);
        CHECK(before.values[0] == 2);
        const auto after = online::quota(m, org, meeting_history({past(d(2024, 5, 11))}), rules);
        CHECK(after.status == finding_status::passed);
        CHECK(after.values[0] == 1);
    }
    SUBCASE("later planned meetings do not count for an earlier one") {
        const meeting_history h(
            {past(d(2024, 11, 1)), past(d(2024, 11, 15)), past(d(2024, 12, 1))});
        const auto f = online::quota(online_meeting(d(2024, 6, 1)), cell(10, 6), h, rules);
        CHECK(f.status == finding_status::passed);
        CHECK(f.values[0] == 1);
        // ... but they see it: the last planned one (its history: the others) is the 4th.
        const meeting_history others(
            {past(d(2024, 6, 1)), past(d(2024, 11, 1)), past(d(2024, 11, 15))});
        const auto g = online::quota(online_meeting(d(2024, 12, 1)), cell(10, 6), others, rules);
        CHECK(g.status == finding_status::violated);
        CHECK(g.values[0] == 4);
    }
    SUBCASE("in-person and tổ đảng meetings do not use the quota") {
        const auto org = cell(10, 6, ground::dispersed_wide_area, committee_kind);
        const meeting_history h({past(d(2024, 1, 5), meeting_form::in_person, std::nullopt),
                                 past(d(2024, 2, 5), meeting_form::by_group, std::nullopt,
                                      meeting_body::party_group_round)});
        const auto f = online::quota(online_meeting(d(2024, 3, 5)), org, h, rules);
        CHECK(f.status == finding_status::passed);
        CHECK(f.values[0] == 1);
    }
    SUBCASE("an in-person meeting is not subject to the quota") {
        meeting m;
        m.date = d(2024, 3, 5);
        const auto f = online::quota(m, cell(10, 6), meeting_history({past(d(2024, 1, 5))}), rules);
        CHECK(f.status == finding_status::not_applicable);
        CHECK(f.reason == reason::not_online_meeting);
        CHECK(f.values[0] == static_cast<std::int64_t>(meeting_form::in_person));
    }
}

TEST_CASE("interp.year: calendar year or the twelve months ending on the meeting") {
    const auto org = cell(10, 6, ground::dispersed_wide_area, committee_kind);
    const meeting_history h({past(d(2023, 12, 31))});
    const auto m = online_meeting(d(2024, 1, 1));
    const auto& def = rule_sets::cao_bang();
    REQUIRE(def.interp.year == year_basis::calendar_year);
    // R12 off: the meetings of early 2023 here precede Cao Bằng's window, and this test is about
    // the year's edges, not the window's (R12 has its own test).
    const auto rolling = with_interp(def, [](interpretations& i) {
        i.year = year_basis::rolling_year;
        i.quota_counts_window_only = false;
    });
    SUBCASE("calendar year (default): 1 Jan starts afresh") {
        const auto f = online::quota(m, org, h, def);
        CHECK(f.status == finding_status::passed);
        CHECK(f.values[0] == 1);
        const auto q = online_quota_left(org, h, d(2024, 1, 1), def);
        REQUIRE(q);
        CHECK(q->used == 0);
        CHECK(q->remaining == 1);
    }
    SUBCASE("rolling year: 31 Dec is the day before, within the year") {
        const auto f = online::quota(m, org, h, rolling);
        CHECK(f.status == finding_status::violated);
        CHECK(f.values[0] == 2);
        CHECK(value_date(f.values[2]) == d(2023, 1, 2));
        CHECK(value_date(f.values[3]) == d(2024, 1, 1));
        CHECK(has(f.message_vi(), "02/01/2023"));
        const auto q = online_quota_left(org, h, d(2024, 1, 1), rolling);
        REQUIRE(q);
        CHECK(q->used == 1);
        CHECK(q->remaining == 0);
        CHECK(q->period == pilot_window{d(2023, 1, 2), d(2024, 1, 1)});
    }
    SUBCASE("rolling year: a meeting exactly one year earlier is outside") {
        const meeting_history old({past(d(2023, 1, 1))});
        CHECK(online::quota(m, org, old, rolling).status == finding_status::passed);
        const meeting_history next({past(d(2023, 1, 2))});
        CHECK(online::quota(m, org, next, rolling).status == finding_status::violated);
        // Under the calendar year both are in 2023 and do not count.
        CHECK(online::quota(m, org, next, def).status == finding_status::passed);
    }
}

TEST_CASE("interp.year: the calendar year of every day is 1 January to 31 December") {
    // Every day of years around the leap rules (1400, 1600, 1900, 2000, 2024, 2100) and the
    // calendar's ends, and every 61st day of the rest.
    int checked = 0;
    const auto same = [&](date day) {
        const auto y = day.year();
        const auto q = sinhhoat::detail::quota_period(day, year_basis::calendar_year);
        CAPTURE(to_iso(day));
        CHECK(q.first == date(y, 1, 1));
        CHECK(q.last == date(y, 12, 31));
        ++checked;
    };
    for (const int y : {1400, 1401, 1600, 1900, 2000, 2023, 2024, 2100, 9999})
        for (date day(static_cast<unsigned short>(y), 1, 1);
             day <= date(static_cast<unsigned short>(y), 12, 31); day += days(1))
            same(day);
    for (date day(1400, 1, 1); day < date(9999, 12, 31); day += days(61))
        same(day);
    CHECK(checked > 3280 + 40000);
}

TEST_CASE("interp.hybrid_counts: a hybrid meeting is an online meeting for the quota") {
    const auto org = cell(10, 6, ground::dispersed_wide_area, committee_kind);
    const meeting_history h({past(d(2024, 2, 1), meeting_form::hybrid)});
    const auto& def = rule_sets::cao_bang();
    REQUIRE(def.interp.hybrid_counts);
    const auto off = with_interp(def, [](interpretations& i) { i.hybrid_counts = false; });
    const auto full =
        online_meeting(d(2024, 6, 1), ground::dispersed_wide_area, meeting_form::fully_online);
    auto hybrid = online_meeting(d(2024, 6, 1));
    SUBCASE("default: the earlier hybrid meeting uses the only one of the year") {
        const auto f = online::quota(full, org, h, def);
        CHECK(f.status == finding_status::violated);
        CHECK(f.values[0] == 2);
        CHECK(online::quota(hybrid, org, h, def).status == finding_status::violated);
        CHECK(online_quota_left(org, h, d(2024, 6, 1), def)->used == 1);
    }
    SUBCASE("hybrid_counts = false: hybrid meetings are outside the quota") {
        const auto f = online::quota(full, org, h, off);
        CHECK(f.status == finding_status::passed);
        CHECK(f.values[0] == 1);
        const auto g = online::quota(hybrid, org, h, off);
        CHECK(g.status == finding_status::not_applicable);
        CHECK(g.reason == reason::quota_hybrid_not_counted);
        CHECK(online_quota_left(org, h, d(2024, 6, 1), off)->used == 0);
    }
}

TEST_CASE("interp.special_circumstance_outside_quota: circumstance meetings and the quota") {
    auto org = cell(10, 0, ground::dispersed_wide_area, committee_kind);
    org.roll.unable = {{{ground::dispersed_wide_area, ground::epidemic}, 6}};
    org.decisions = {decision(ground::epidemic, d(2024, 1, 1), d(2024, 1, 1), std::nullopt)};
    const meeting_history h({past(d(2024, 2, 1), meeting_form::fully_online, ground::epidemic)});
    const auto nature_meeting = online_meeting(d(2024, 6, 1));
    const auto circumstance_meeting = online_meeting(d(2024, 6, 1), ground::epidemic);
    const auto& def = rule_sets::hd03();
    REQUIRE(def.interp.special_circumstance_outside_quota);
    const auto inside =
        with_interp(def, [](interpretations& i) { i.special_circumstance_outside_quota = false; });
    SUBCASE("default: a past epidemic meeting does not use the special-nature quota") {
        // R33: its record states the epidemic still went on (the decision states no end).
        auto epidemic = past(d(2024, 2, 1), meeting_form::fully_online, ground::epidemic);
        epidemic.circumstance_ongoing = true;
        const meeting_history stated({epidemic});
        const auto f = online::quota(nature_meeting, org, stated, def);
        CHECK(f.status == finding_status::passed);
        CHECK(f.values[0] == 1);
        CHECK(check(nature_meeting, org, stated, def).outcome() == outcome::allowed);
        CHECK(online_quota_left(org, stated, d(2024, 6, 1), def)->used == 0);
        // Not stated, under a decision with no end: whether it is out cannot be told (R33).
        CHECK(online::quota(nature_meeting, org, h, def).reason ==
              reason::quota_exemption_not_shown);
        CHECK(online_quota_left(org, h, d(2024, 6, 1), def)->undetermined == 1);
    }
    SUBCASE("default: an epidemic meeting is not subject to the quota") {
        const meeting_history full({past(d(2024, 2, 1))}); // the special-nature one is used
        const auto f = online::quota(circumstance_meeting, org, full, def);
        CHECK(f.status == finding_status::not_applicable);
        CHECK(f.reason == reason::quota_outside_special_circumstance);
        // R14: the decision states no end, so the meeting says the epidemic still goes on.
        auto stated = circumstance_meeting;
        stated.circumstance_ongoing = true;
        CHECK(check(stated, org, full, def).outcome() == outcome::allowed);
    }
    SUBCASE("R11: II.2 ý 3 — a meeting merely labelled with a circumstance uses the quota") {
        // The review's case: three earlier fully online meetings labelled "epidemic" on days no
        // decision covers (before the decision of 1/4/2024), then a special-nature meeting.
        auto labelled =
            cell(10, 6, ground::dispersed_wide_area, organisation_kind::grassroots_cell);
        labelled.decisions = {
            decision(ground::epidemic, d(2024, 4, 1), d(2024, 4, 1), d(2024, 4, 30))};
        const meeting_history three(
            {past(d(2024, 1, 10), meeting_form::fully_online, ground::epidemic),
             past(d(2024, 2, 10), meeting_form::fully_online, ground::epidemic),
             past(d(2024, 3, 31), meeting_form::fully_online, ground::epidemic)});
        const auto f = online::quota(nature_meeting, labelled, three, def);
        CHECK(f.status == finding_status::violated);
        CHECK(f.values[0] == 4);
        CHECK(online_quota_left(labelled, three, d(2024, 6, 1), def)->used == 3);
        // On the decision's first day and its last, the meeting is outside the quota; the day
        // after, it is not.
        for (const auto& [day, used] :
             {std::pair{d(2024, 4, 1), 2}, {d(2024, 4, 30), 2}, {d(2024, 5, 1), 3}}) {
            CAPTURE(day);
            const meeting_history h2(
                {past(d(2024, 1, 10), meeting_form::fully_online, ground::epidemic),
                 past(d(2024, 2, 10), meeting_form::fully_online, ground::epidemic),
                 past(day, meeting_form::fully_online, ground::epidemic)});
            CHECK(online_quota_left(labelled, h2, d(2024, 6, 1), def)->used == used);
        }
        // The meeting itself: labelled, with no decision covering its day, it uses the quota.
        auto unlabelled_day = online_meeting(d(2024, 6, 1), ground::epidemic);
        const auto g = online::quota(unlabelled_day, labelled, three, def);
        CHECK(g.reason == reason::quota_exceeded);
        unlabelled_day.date = d(2024, 4, 15);
        CHECK(online::quota(unlabelled_day, labelled, {}, def).reason ==
              reason::quota_outside_special_circumstance);
    }
    SUBCASE("switched: the past epidemic meeting uses the quota") {
        const auto f = online::quota(nature_meeting, org, h, inside);
        CHECK(f.status == finding_status::violated);
        CHECK(f.values[0] == 2);
        CHECK(online_quota_left(org, h, d(2024, 6, 1), inside)->used == 1);
    }
    SUBCASE("switched: an epidemic meeting is subject to the quota") {
        const meeting_history full({past(d(2024, 2, 1))});
        const auto f = online::quota(circumstance_meeting, org, full, inside);
        CHECK(f.status == finding_status::violated);
        CHECK(f.values[0] == 2);
        CHECK(check(circumstance_meeting, org, full, inside).outcome() == outcome::not_allowed);
    }
}

TEST_CASE("interp.committee_meetings_count: whether cấp uỷ meetings use the online quota") {
    const auto org = cell(10, 6);
    const auto committee_past = [](date on) {
        return past(on, meeting_form::fully_online, ground::dispersed_wide_area,
                    meeting_body::committee);
    };
    const meeting_history h({committee_past(d(2024, 1, 10)), committee_past(d(2024, 2, 10)),
                             committee_past(d(2024, 3, 10))});
    const auto whole = online_meeting(d(2024, 6, 1));
    auto committee_meeting = online_meeting(d(2024, 6, 1));
    committee_meeting.body = meeting_body::committee;
    // R10 (II.2 ý 1 + ý 3): the pilot the quota limits includes the cấp uỷ's own meetings.
    const auto& def = rule_sets::cao_bang();
    REQUIRE(def.interp.committee_meetings_count);
    const auto apart =
        with_interp(def, [](interpretations& i) { i.committee_meetings_count = false; });
    SUBCASE("R10 default: three online committee meetings use the cell's quota of three") {
        const auto f = online::quota(whole, org, h, def);
        CHECK(f.status == finding_status::violated);
        CHECK(f.values[0] == 4);
        CHECK(online::quota(committee_meeting, org, h, def).status == finding_status::violated);
        CHECK(online_quota_left(org, h, d(2024, 6, 1), def)->remaining == 0);
        // Twelve online chi uỷ meetings in a year: the fourth is one too many.
        meeting_history monthly;
        for (int month = 1; month <= 3; ++month)
            monthly.add(committee_past(d(2024, month, 5)));
        CHECK(online::quota(committee_meeting, org, monthly, def).values[0] == 4);
    }
    SUBCASE("switched off: committee meetings leave the cell's quota untouched") {
        const auto f = online::quota(whole, org, h, apart);
        CHECK(f.status == finding_status::passed);
        CHECK(f.values[0] == 1);
        const auto g = online::quota(committee_meeting, org, h, apart);
        CHECK(g.status == finding_status::not_applicable);
        CHECK(g.reason == reason::quota_committee_not_counted);
        CHECK(online_quota_left(org, h, d(2024, 6, 1), apart)->used == 0);
    }
}

// R12 (interp.quota_counts_window_only, default on): only the pilot's meetings, those within the
// rule set's window, count toward its quotas. Cao Bằng's window opens on 1/8/2023.
TEST_CASE("R12: only meetings within the window count toward the quotas") {
    const auto& rules = rule_sets::cao_bang();
    REQUIRE(rules.interp.quota_counts_window_only);
    const auto all =
        with_interp(rules, [](interpretations& i) { i.quota_counts_window_only = false; });
    const auto org = cell(10, 6); // a chi bộ: three a year
    const auto m = online_meeting(d(2023, 12, 1));
    // Three online meetings on 29, 30 and 31 July 2023, the days before the window.
    const meeting_history before(
        {past(d(2023, 7, 29)), past(d(2023, 7, 30)), past(d(2023, 7, 31))});
    const auto f = online::quota(m, org, before, rules);
    CHECK(f.status == finding_status::passed);
    CHECK(f.values[0] == 1);
    CHECK(online::quota(m, org, before, all).status == finding_status::violated);
    CHECK(online_quota_left(org, before, d(2023, 12, 1), rules)->used == 0);
    CHECK(online_quota_left(org, before, d(2023, 12, 1), all)->used == 3);
    // 1 August is the window's first day: it counts.
    const meeting_history first_day({past(d(2023, 7, 31)), past(d(2023, 8, 1))});
    CHECK(online::quota(m, org, first_day, rules).values[0] == 2);
    // The same for tổ đảng rounds.
    meeting_history rounds;
    for (int day : {29, 30, 31})
        rounds.add(group_meeting_on(d(2023, 7, day)));
    CHECK(group::quota(group_meeting_on(d(2023, 12, 1)), rounds, rules).status ==
          finding_status::passed);
    CHECK(group::quota(group_meeting_on(d(2023, 12, 1)), rounds, all).status ==
          finding_status::violated);
}

TEST_CASE("online.quota: online_quota_left() reports used, remaining and the period") {
    const auto& rules = rule_sets::cao_bang();
    SUBCASE("đảng bộ cơ sở with its one meeting used") {
        const auto org = cell(10, 6, ground::dispersed_wide_area, committee_kind);
        const auto q =
            online_quota_left(org, meeting_history({past(d(2024, 3, 5))}), d(2024, 6, 1), rules);
        REQUIRE(q);
        CHECK(*q == quota_status{1, 1, 0, {d(2024, 1, 1), d(2024, 12, 31)}});
    }
    SUBCASE("chi bộ with nothing used") {
        const auto q = online_quota_left(cell(10, 6), {}, d(2024, 6, 1), rules);
        REQUIRE(q);
        CHECK(*q == quota_status{3, 0, 3, {d(2024, 1, 1), d(2024, 12, 31)}});
    }
    SUBCASE("a year with planned later meetings: the whole year counts") {
        const meeting_history h({past(d(2024, 2, 1), meeting_form::hybrid), past(d(2024, 10, 1)),
                                 past(d(2024, 12, 31), meeting_form::hybrid), past(d(2025, 1, 1)),
                                 past(d(2023, 12, 31))});
        const auto q = online_quota_left(cell(10, 6), h, d(2024, 6, 1), rules);
        REQUIRE(q);
        CHECK(*q == quota_status{3, 3, 0, {d(2024, 1, 1), d(2024, 12, 31)}});
        // The check of a June meeting only looks back: it is the 2nd of the year.
        CHECK(online::quota(online_meeting(d(2024, 6, 1)), cell(10, 6), h, rules).values[0] == 2);
    }
    SUBCASE("over-used: remaining does not go below zero") {
        const meeting_history h({past(d(2024, 1, 1)), past(d(2024, 2, 1))});
        const auto org = cell(10, 6, ground::dispersed_wide_area, committee_kind);
        const auto q = online_quota_left(org, h, d(2024, 6, 1), rules);
        REQUIRE(q);
        CHECK(q->used == 2);
        CHECK(q->remaining == 0);
    }
    SUBCASE("rolling year: the period ends on the date asked about") {
        const auto rolling = with_interp(rules, [](interpretations& i) {
            i.year = year_basis::rolling_year;
            i.quota_counts_window_only = false; // June 2023 precedes the window (R12 apart)
        });
        const meeting_history h(
            {past(d(2023, 6, 1)), past(d(2023, 6, 2)), past(d(2024, 6, 1)), past(d(2024, 6, 2))});
        const auto q = online_quota_left(cell(10, 6), h, d(2024, 6, 1), rolling);
        REQUIRE(q);
        CHECK(*q == quota_status{3, 2, 1, {d(2023, 6, 2), d(2024, 6, 1)}});
    }
    SUBCASE("no quota for an organisation above grassroots level") {
        const auto org =
            cell(10, 6, ground::dispersed_wide_area, organisation_kind::above_grassroots);
        CHECK_FALSE(online_quota_left(org, {}, d(2024, 6, 1), rules).has_value());
    }
    SUBCASE("invalid input throws") {
        CHECK_THROWS_AS(
            online_quota_left(cell(10, 6), {}, date(boost::date_time::not_a_date_time), rules),
            invalid_date);
        CHECK_THROWS_AS(online_quota_left(cell(10, 11), {}, d(2024, 6, 1), rules),
                        inconsistent_input);
    }
}

// ---------------------------------------------------------------------------------------------

TEST_CASE("online.return_in_person: after a special circumstance ends, meet in person") {
    auto org = cell(10, 6, ground::epidemic);
    org.decisions = {decision(ground::epidemic, d(2024, 1, 10), d(2024, 1, 10), d(2024, 2, 29))};
    SUBCASE("on the last day of the circumstance: fine") {
        const auto f = online::return_in_person(online_meeting(d(2024, 2, 29), ground::epidemic),
                                                org, rule_sets::hd03());
        CHECK(f.rule == rule_id::online_return_in_person);
        CHECK(f.status == finding_status::passed);
        CHECK(f.reason == reason::return_not_required);
    }
    SUBCASE("the day after it ended: violation naming the end date") {
        const auto m = online_meeting(d(2024, 3, 1), ground::epidemic);
        const auto f = online::return_in_person(m, org, rule_sets::hd03());
        CHECK(f.status == finding_status::violated);
        CHECK(f.reason == reason::return_in_person_required);
        CHECK(f.value_names() == "ground,ended_on");
        CHECK(f.values[0] == static_cast<std::int64_t>(ground::epidemic));
        CHECK(value_date(f.values[1]) == d(2024, 2, 29));
        CHECK(has(f.message_vi(), "29/02/2024"));
        CHECK(has(f.message_en(), "2024-02-29"));

        const auto v = check(m, org, {}, rule_sets::hd03());
        CHECK(v.outcome() == outcome::not_allowed);
        CHECK(status_of(v, rule_id::online_return_in_person) == finding_status::violated);
        CHECK(status_of(v, rule_id::online_authorisation) == finding_status::violated);
    }
    SUBCASE("fully online as well as hybrid") {
        const auto m = online_meeting(d(2024, 3, 1), ground::epidemic, meeting_form::fully_online);
        CHECK(online::return_in_person(m, org, rule_sets::hd03()).status ==
              finding_status::violated);
    }
    SUBCASE("a new decision covering the date: fine once the meeting states it goes on (R14)") {
        org.decisions.push_back(
            decision(ground::epidemic, d(2024, 4, 1), d(2024, 4, 1), std::nullopt));
        auto m = online_meeting(d(2024, 4, 15), ground::epidemic);
        m.circumstance_ongoing = true;
        CHECK(online::return_in_person(m, org, rule_sets::hd03()).status == finding_status::passed);
        CHECK(online::return_in_person(m, org, rule_sets::hd03()).reason ==
              reason::return_circumstance_stated);
        CHECK(check(m, org, {}, rule_sets::hd03()).outcome() == outcome::allowed);
        // Between the two circumstances the meetings must be in person.
        const auto between = online_meeting(d(2024, 3, 15), ground::epidemic);
        const auto f = online::return_in_person(between, org, rule_sets::hd03());
        CHECK(f.status == finding_status::violated);
        CHECK(value_date(f.values[1]) == d(2024, 2, 29));
    }
    SUBCASE("several ended circumstances: the latest end is named") {
        org.decisions.push_back(
            decision(ground::epidemic, d(2024, 4, 1), d(2024, 4, 1), d(2024, 4, 30)));
        org.decisions.push_back(
            decision(ground::natural_disaster, d(2024, 5, 1), d(2024, 5, 1), d(2024, 5, 20)));
        const auto f = online::return_in_person(online_meeting(d(2024, 6, 1), ground::epidemic),
                                                org, rule_sets::hd03());
        CHECK(f.status == finding_status::violated);
        CHECK(value_date(f.values[1]) == d(2024, 4, 30));
    }
    SUBCASE("an in-person meeting after the end is what the rule asks for") {
        meeting m;
        m.date = d(2024, 3, 1);
        CHECK(online::return_in_person(m, org, rule_sets::hd03()).status == finding_status::passed);
    }
    SUBCASE("a special-nature meeting is not affected by the ended circumstance") {
        auto both = org;
        both.roll.unable = {{{ground::epidemic, ground::dispersed_wide_area}, 6}};
        const auto m = online_meeting(d(2024, 3, 1), ground::dispersed_wide_area);
        CHECK(online::return_in_person(m, both, rule_sets::hd03()).status ==
              finding_status::passed);
        CHECK(check(m, both, {}, rule_sets::hd03()).outcome() == outcome::allowed);
    }
    SUBCASE("another circumstance's end does not apply") {
        auto other = org;
        other.decisions = {
            decision(ground::natural_disaster, d(2024, 1, 10), d(2024, 1, 10), d(2024, 2, 29))};
        auto m = online_meeting(d(2024, 3, 1), ground::epidemic);
        // No epidemic decision at all: nothing says the epidemic goes on (R14) ...
        CHECK(online::return_in_person(m, other, rule_sets::hd03()).status ==
              finding_status::not_evaluated);
        CHECK(online::return_in_person(m, other, rule_sets::hd03()).reason ==
              reason::return_circumstance_unknown);
        // ... unless the meeting states it; the flood's end is not the epidemic's.
        m.circumstance_ongoing = true;
        CHECK(online::return_in_person(m, other, rule_sets::hd03()).status ==
              finding_status::passed);
    }
    SUBCASE("R14: II.2 ý 4 — a decision with no end is no evidence the circumstance goes on") {
        // The review's case: an open-ended epidemic decision of 8/2023 and monthly fully online
        // meetings until 6/2025.
        auto open = cell(10, 10, ground::epidemic);
        open.decisions = {decision(ground::epidemic, d(2023, 8, 1), d(2023, 8, 1), std::nullopt)};
        for (auto day = d(2023, 8, 15); day <= d(2025, 6, 15); day += boost::gregorian::months(1)) {
            CAPTURE(day);
            const auto m = online_meeting(day, ground::epidemic, meeting_form::fully_online);
            const auto f = online::return_in_person(m, open, rule_sets::hd03());
            CHECK(f.status == finding_status::not_evaluated);
            CHECK(f.reason == reason::return_circumstance_open);
            CHECK(value_date(f.values[1]) == d(2023, 8, 1));
            CHECK(check(m, open, {}, rule_sets::hd03()).outcome() == outcome::incomplete);
        }
        // A stated end: inside the span passes, on its last day too; the day after is a violation
        // even if the meeting says the circumstance goes on (the decision says it ended).
        auto closed = open;
        closed.decisions[0].until = d(2024, 5, 31);
        auto m = online_meeting(d(2024, 5, 31), ground::epidemic);
        CHECK(online::return_in_person(m, closed, rule_sets::hd03()).reason ==
              reason::return_not_required);
        m.date = d(2024, 6, 1);
        m.circumstance_ongoing = true;
        CHECK(online::return_in_person(m, closed, rule_sets::hd03()).status ==
              finding_status::violated);
    }
}

// ---------------------------------------------------------------------------------------------

TEST_CASE("online.procedure: all the steps of the same body's in-person meeting, and minutes") {
    const auto on = d(2024, 3, 1);
    const auto org = cell(10, 6);
    const auto one = [](const findings& fs) {
        REQUIRE(fs.size() == 1);
        return fs[0];
    };
    SUBCASE("every step held (extra ordinary items allowed)") {
        auto m = online_meeting(on);
        m.agenda.insert(topic::thematic);
        const auto f = one(online::procedure(m, org, rule_sets::cao_bang()));
        CHECK(f.rule == rule_id::online_procedure);
        CHECK(f.status == finding_status::passed);
        CHECK(f.reason == reason::procedure_complete);
    }
    SUBCASE("each step missing on its own") {
        const auto steps = cell_meeting_steps();
        REQUIRE(steps.size() == 6);
        steps.for_each([&](topic t) {
            CAPTURE(t);
            auto m = online_meeting(on);
            m.agenda.erase(t);
            const auto f = one(online::procedure(m, org, rule_sets::cao_bang()));
            CHECK(f.status == finding_status::violated);
            CHECK(f.reason == reason::procedure_steps_missing);
            CHECK(f.value_names() == "missing");
            CHECK(f.values[0] == static_cast<std::int64_t>(topic_set{t}.bits()));
            CHECK(has(f.message_vi(), std::string(label_vi(t))));
            CHECK(has(f.message_en(), std::string(label_en(t))));
        });
    }
    SUBCASE("check(): skipping the party dues makes the meeting not allowed") {
        auto m = online_meeting(on);
        m.agenda.erase(topic::party_dues);
        const auto v = check(m, cell(10, 6), {}, rule_sets::nghe_an_khoi());
        CHECK(v.outcome() == outcome::not_allowed);
        CHECK(has(only(v, rule_id::online_procedure).message_vi(), "thu, nộp đảng phí"));
    }
    SUBCASE("R15: II.4.1 — a cấp uỷ meeting holds no dues or current-affairs step") {
        // The review's case: every online chi uỷ meeting was refused for not collecting dues.
        auto m = online_meeting(on);
        m.body = meeting_body::committee;
        m.agenda = committee_meeting_steps();
        CHECK(one(online::procedure(m, org, rule_sets::cao_bang())).status ==
              finding_status::passed);
        CHECK(check(m, org, {}, rule_sets::cao_bang()).outcome() == outcome::allowed);
        // Its own steps are still required.
        m.agenda.erase(topic::discussion_vote);
        CHECK(one(online::procedure(m, org, rule_sets::cao_bang())).reason ==
              reason::procedure_steps_missing);
        // A đảng bộ cơ sở's general meeting takes the same order; a chi bộ's takes the cell's.
        auto general = online_meeting(on);
        general.agenda = committee_meeting_steps();
        const auto committee =
            cell(10, 6, ground::dispersed_wide_area, organisation_kind::grassroots_committee);
        CHECK(one(online::procedure(general, committee, rule_sets::cao_bang())).status ==
              finding_status::passed);
        const auto f = one(online::procedure(general, org, rule_sets::cao_bang()));
        CHECK(f.reason == reason::procedure_steps_missing);
        CHECK(f.values[0] == static_cast<std::int64_t>(
                                 topic_set{topic::party_dues, topic::current_affairs}.bits()));
        // The steps per body are rule-set data.
        auto r = rule_sets::cao_bang();
        r.committee_steps = committee_meeting_steps() | topic_set{topic::current_affairs};
        CHECK(one(online::procedure(m, org, r)).reason == reason::procedure_steps_missing);
    }
    SUBCASE("R16: II.4.1 with II.4.2 ý 2 — an online meeting records its minutes") {
        auto m = online_meeting(on);
        m.minutes.reset();
        // R16 amended (§6b): minutes not stated are not evaluated, never violated.
        const auto f = one(online::procedure(m, org, rule_sets::cao_bang()));
        CHECK(f.status == finding_status::not_evaluated);
        CHECK(f.reason == reason::procedure_minutes_not_stated);
        CHECK(check(m, org, {}, rule_sets::cao_bang()).outcome() == outcome::incomplete);
        // With a step missing as well, the step is the fault and the minutes stay unknown.
        auto short_agenda = m;
        short_agenda.agenda.erase(topic::discussion_vote);
        const auto both = online::procedure(short_agenda, org, rule_sets::cao_bang());
        REQUIRE(both.size() == 2);
        CHECK(both[0].reason == reason::procedure_steps_missing);
        CHECK(both[1].status == finding_status::not_evaluated);
        CHECK(check(short_agenda, org, {}, rule_sets::cao_bang()).outcome() ==
              outcome::not_allowed);
        struct row {
            meeting_minutes minutes;
            const char* values;
        };
        const row rows[] = {{{0, true, true, true}, "1,0,0,0"},
                            {{9, false, true, true}, "0,1,0,0"},
                            {{9, true, false, true}, "0,0,1,0"},
                            {{9, true, true, false}, "0,0,0,1"}};
        for (const auto& r : rows) {
            CAPTURE(r.values);
            m.minutes = r.minutes;
            const auto g = one(online::procedure(m, org, rule_sets::cao_bang()));
            CHECK(g.reason == reason::procedure_minutes_incomplete);
            CHECK(nums(g) == r.values);
        }
        // Steps and minutes both wanting: two findings.
        m.minutes.reset();
        m.agenda.erase(topic::programme);
        CHECK(online::procedure(m, org, rule_sets::cao_bang()).size() == 2);
    }
    SUBCASE("steps not in force on the date: not covered") {
        rule_set r = rule_sets::cao_bang();
        r.required_steps = dated<topic_set>(std::vector<dated_value<topic_set>>{
            {r.periods.front().first, *r.periods.front().last, cell_meeting_steps()}});
        const auto f =
            one(online::procedure(online_meeting(*r.periods.front().last + days(1)), org, r));
        CHECK(f.status == finding_status::not_covered);
        CHECK(value_date(f.values[0]) == d(2025, 7, 1));
    }
}

// ---------------------------------------------------------------------------------------------

TEST_CASE("online.scope.majority: check() gives one finding of every online rule") {
    const auto v = check(online_meeting(d(2024, 3, 1)), cell(10, 6), {}, rule_sets::cao_bang());
    CHECK(v.outcome() == outcome::allowed);
    const rule_id rules[] = {
        rule_id::online_scope_org_kind,
        rule_id::online_scope_majority,
        rule_id::online_scope_ground,
        rule_id::online_authorisation,
        rule_id::online_infrastructure,
        rule_id::online_platform,
        rule_id::online_form,
        rule_id::online_quota,
        rule_id::online_return_in_person,
        rule_id::online_procedure,
    };
    for (auto r : rules) {
        CAPTURE(r);
        CHECK(status_of(v, r) == finding_status::passed);
    }
    CHECK(status_of(v, rule_id::pilot_window) == finding_status::passed);
    CHECK(status_of(v, rule_id::content_excluded) == finding_status::passed);
    CHECK(v.size() == 12);
    SUBCASE("outside the window only the window finding, not covered") {
        const auto w =
            check(online_meeting(d(2023, 7, 31)), cell(10, 6), {}, rule_sets::cao_bang());
        CHECK(w.outcome() == outcome::not_covered);
        CHECK(w.size() == 1);
        CHECK(w[0].rule == rule_id::pilot_window);
    }
}

TEST_CASE("online.authorisation: online_eligibility() asks kind, majority, ground, authorisation") {
    const auto& cb = rule_sets::cao_bang();
    SUBCASE("eligible") {
        const auto v =
            online_eligibility(cell(10, 6), ground::dispersed_wide_area, d(2024, 3, 1), cb);
        CHECK(v.outcome() == outcome::allowed);
        REQUIRE(v.size() == 6);
        CHECK(v[0].rule == rule_id::pilot_window);
        CHECK(v[1].rule == rule_id::online_scope_org_kind);
        CHECK(v[2].rule == rule_id::online_scope_majority);
        CHECK(v[3].rule == rule_id::online_scope_ground);
        CHECK(v[4].rule == rule_id::online_authorisation);
        CHECK(v[5].rule == rule_id::online_return_in_person); // R39, as check() asks
    }
    SUBCASE("first and day-before-first of the window") {
        CHECK(online_eligibility(cell(10, 6), ground::dispersed_wide_area, d(2023, 8, 1), cb)
                  .outcome() == outcome::allowed);
        const auto v =
            online_eligibility(cell(10, 6), ground::dispersed_wide_area, d(2023, 7, 31), cb);
        CHECK(v.outcome() == outcome::not_covered);
        CHECK(v.size() == 1);
    }
    SUBCASE("exactly half is not eligible") {
        const auto v =
            online_eligibility(cell(10, 5), ground::dispersed_wide_area, d(2024, 3, 1), cb);
        CHECK(v.outcome() == outcome::not_allowed);
        CHECK(nums(only(v, rule_id::online_scope_majority)) == "5,10,0,0,6");
    }
    SUBCASE("a ground the rule set does not list") {
        const auto v =
            online_eligibility(cell(10, 6, ground::abroad), ground::abroad, d(2024, 3, 1), cb);
        CHECK(v.outcome() == outcome::not_allowed);
        CHECK(status_of(v, rule_id::online_scope_ground) == finding_status::violated);
        CHECK(status_of(v, rule_id::online_scope_majority) == finding_status::violated);
        CHECK(online_eligibility(cell(10, 6, ground::abroad), ground::abroad, d(2024, 3, 1),
                                 rule_sets::hd03())
                  .outcome() == outcome::allowed);
    }
    SUBCASE("special circumstances need a decision in force, and their own majority") {
        auto org = cell(10, 6, ground::epidemic);
        const auto v = online_eligibility(org, ground::epidemic, d(2024, 3, 1), cb);
        CHECK(v.outcome() == outcome::not_allowed);
        CHECK(status_of(v, rule_id::online_authorisation) == finding_status::violated);
        org.decisions = {decision(ground::epidemic, d(2024, 2, 1), d(2024, 2, 1), std::nullopt)};
        // R39: a decision with no end leaves R14 open, as check() of such a meeting does.
        CHECK(online_eligibility(org, ground::epidemic, d(2024, 3, 1), cb).outcome() ==
              outcome::incomplete);
        org.decisions[0].until = d(2024, 12, 31);
        CHECK(online_eligibility(org, ground::epidemic, d(2024, 3, 1), cb).outcome() ==
              outcome::allowed);
        CHECK(online_eligibility(org, ground::epidemic, d(2024, 1, 31), cb).outcome() ==
              outcome::not_allowed);
        // The special-nature majority does not carry over to an epidemic.
        auto nature = cell(10, 6);
        nature.decisions = org.decisions;
        const auto w = online_eligibility(nature, ground::epidemic, d(2024, 3, 1), cb);
        CHECK(w.outcome() == outcome::not_allowed);
        CHECK(nums(only(w, rule_id::online_scope_majority)) == "0,10,0,0,6");
    }
    SUBCASE("invalid input throws") {
        CHECK_THROWS_AS(
            online_eligibility(cell(10, 6), static_cast<ground>(200), d(2024, 3, 1), cb),
            invalid_value);
        CHECK_THROWS_AS(online_eligibility(cell(10, 6), ground::dispersed_wide_area,
                                           date(boost::date_time::not_a_date_time), cb),
                        invalid_date);
    }
}

TEST_CASE("decision_lookup indexed answers what a scan of the decisions answers, on every day") {
    // Decisions crowded onto a few months so that they overlap, start and end on one another's
    // days, begin before they are made, end before they are made (covering no day), run to
    // Boost's last day or never end; some evidence, some not (no reference, or made before the
    // guidance); gathering stated either way or not.
    std::mt19937 rng(20261203);
    const auto upto = [&](int n) { return std::uniform_int_distribution<int>(0, n)(rng); };
    const ground circumstances[] = {ground::natural_disaster, ground::prolonged_isolation,
                                    ground::epidemic};
    rule_set plain = rule_sets::cao_bang();
    rule_set undated = plain;
    undated.sources.clear(); // no earliest source: any decision with a reference is evidence
    const date origin = d(2023, 1, 1);
    int indexed = 0, covering = 0, ended = 0, open = 0;
    for (int trial = 0; trial < 300; ++trial) {
        CAPTURE(trial);
        organisation org = cell(20, 5, ground::epidemic);
        for (int i = upto(40); i > 0; --i) {
            circumstance_decision dec;
            dec.ground = circumstances[upto(2)];
            dec.decided_on = origin + days(upto(90));
            dec.from = dec.decided_on - days(upto(20)) + days(upto(20));
            switch (upto(4)) {
            case 0:
                break;
            case 1:
                dec.until = date(9999, 12, 31);
                break;
            default:
                dec.until = dec.from + days(upto(40));
            }
            dec.reference = upto(3) ? "7-QĐ/ĐU" : "";
            if (upto(5) == 0)
                dec.decided_on = d(2019, 5, 1); // before the guidance, with its span kept
            if (upto(1))
                dec.gathering_impossible = upto(1) == 1;
            org.decisions.push_back(dec);
        }
        for (const rule_set* rules : {&plain, &undated}) {
            const online::decision_lookup scan(org, *rules);
            const auto index = online::decision_lookup::indexed(org, *rules, 0);
            CHECK(index.is_indexed() == !org.decisions.empty());
            indexed += index.is_indexed();
            // Every day a decision changes on, the days either side, and the calendar's ends.
            std::vector<date> asked{date(1400, 1, 1), date(9999, 12, 31), d(2019, 5, 1)};
            for (const auto& dec : org.decisions)
                for (const date x : {dec.decided_on, dec.from, dec.until.value_or(dec.from)})
                    for (int step = -1; step <= 1; ++step)
                        if (x + days(step) <= date(9999, 12, 31))
                            asked.push_back(x + days(step));
            for (const date on : asked) {
                CAPTURE(on);
                const auto a = scan.covering(on), b = index.covering(on);
                CHECK(a.any == b.any);
                CHECK(a.evident == b.evident);
                for (const ground g : circumstances) {
                    const auto x = scan.facts(g, on), y = index.facts(g, on);
                    CHECK(x.covering.decision == y.covering.decision);
                    CHECK(x.covering.evidence == y.covering.evidence);
                    CHECK(x.lasts == y.lasts);
                    CHECK(x.open == y.open);
                    CHECK(x.ended == y.ended);
                    CHECK(x.gathering_decided == y.gathering_decided);
                    CHECK(x.gathering_silent == y.gathering_silent);
                    CHECK(x.gathering_doubtful == y.gathering_doubtful);
                    covering += x.covering.decision != nullptr;
                    ended += x.ended.has_value();
                    open += x.open != nullptr;
                }
            }
        }
    }
    // The cases were met: many days covered, some after a stated end, some under an open one.
    CHECK(indexed > 500);
    CHECK(covering > 10000);
    CHECK(ended > 10000);
    CHECK(open > 5000);
}

TEST_CASE("member_roll::merge_same_grounds: one entry a set of grounds, the same counts") {
    std::mt19937 rng(20261203);
    const auto upto = [&](int n) { return std::uniform_int_distribution<int>(0, n)(rng); };
    for (int trial = 0; trial < 200; ++trial) {
        member_roll roll;
        std::vector<ground_set> order; // each set of grounds where it first appears
        for (int i = upto(60); i > 0; --i) {
            // Few grounds, so that sets repeat; the empty set and the whole list among them.
            const auto grounds = ground_set::from_bits(
                upto(9) == 0 ? ground_set::all().bits() : static_cast<std::uint64_t>(upto(7)) << 5);
            roll.unable.push_back({grounds, upto(3)});
            if (std::find(order.begin(), order.end(), grounds) == order.end())
                order.push_back(grounds);
        }
        auto merged = roll;
        merged.merge_same_grounds();
        REQUIRE(merged.unable.size() == order.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            CHECK(merged.unable[i].grounds == order[i]);
        for (std::uint64_t bits = 0; bits <= ground_set::all().bits(); ++bits)
            CHECK(merged.unable_for(ground_set::from_bits(bits)) ==
                  roll.unable_for(ground_set::from_bits(bits)));
    }
}
