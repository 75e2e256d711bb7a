// Catalogue §5, the pilot itself: pilot.window, pilot.selection, pilot.registration,
// pilot.reporting.

#include "fixtures.hpp"

#include <string>
#include <vector>

using namespace fixtures;

namespace {

struct window_case {
    const rule_set* rules;
    date first;
    date last;
    reason after; ///< what the day after the first period is
};

// The first periods as the texts give them: HD03 from its issue; Cao Bằng III "từ tháng 8 năm
// 2023 đến hết ngày 30/6/2025"; Nghệ An Khối from 08-HD/ĐUK's issue (20/02/2023) to the summary
// in Q2 2025. After them: HD03's gap before Chỉ thị 50 (R28); the provinces' successor (R29).
std::vector<window_case> window_cases() {
    return {{&rule_sets::hd03(), d(2022, 12, 27), d(2025, 6, 30), reason::window_gap},
            {&rule_sets::cao_bang(), d(2023, 8, 1), d(2025, 6, 30), reason::window_succeeded},
            {&rule_sets::nghe_an_khoi(), d(2023, 2, 20), d(2025, 6, 30),
             reason::window_succeeded}};
}

/// A cell of 60 members with tổ đảng: may meet by tổ đảng under every built-in rule set.
organisation large_cell() {
    return cell(60, 0);
}

/// A list sent by a district committee with one eligible organisation for each pilot.
unit_selection district_list(std::optional<date> sent) {
    unit_selection s;
    s.unit = "Huyện uỷ Hà Quảng";
    s.kind = selecting_unit_kind::district_committee;
    s.submitted_on = sent;
    s.online = {cell(10, 6)};
    s.by_group = {cell(50, 0)};
    return s;
}

} // namespace

TEST_CASE("pilot.window: the first and last day are covered and the days around them are not") {
    for (const auto& c : window_cases()) {
        CAPTURE(c.rules->id);
        REQUIRE(c.rules->periods.front().first == c.first);
        REQUIRE(c.rules->periods.front().last == c.last);
    }

    SUBCASE("pilot::window at the four boundary days") {
        for (const auto& c : window_cases()) {
            CAPTURE(c.rules->id);
            struct row {
                date day;
                finding_status status;
                reason why;
            };
            for (const auto& r : {row{c.first, finding_status::passed, reason::window_inside},
                                  row{c.last, finding_status::passed, reason::window_inside}}) {
                CAPTURE(to_iso(r.day));
                const auto f = pilot::window(r.day, *c.rules);
                CHECK(f.rule == rule_id::pilot_window);
                CHECK(f.status == r.status);
                CHECK(f.reason == r.why);
                CHECK(f.value_names() == "first,last,date");
                CHECK(value_date(f.values[0]) == c.first);
                CHECK(value_date(f.values[1]) == c.last);
                CHECK(value_date(f.values[2]) == r.day);
            }
            const auto before = pilot::window(c.first - days(1), *c.rules);
            CHECK(before.status == finding_status::not_covered);
            CHECK(before.reason == reason::window_before);
            CHECK(before.value_names() == "first,date");
            CHECK(value_date(before.values[0]) == c.first);
            CHECK(value_date(before.values[1]) == c.first - days(1));
            const auto after = pilot::window(c.last + days(1), *c.rules);
            CHECK(after.status == finding_status::not_covered);
            CHECK(after.reason == c.after);
            CHECK(value_date(after.values[0]) == c.last);
            CHECK(value_date(after.values[2]) == c.last + days(1));
        }
    }

    SUBCASE("an online meeting: allowed on the first and last day, not_covered around them") {
        for (const auto& c : window_cases()) {
            CAPTURE(c.rules->id);
            const auto org = cell(10, 6);
            for (const auto day : {c.first, c.last}) {
                CAPTURE(to_iso(day));
                const auto v = check(online_meeting(day), org, {}, *c.rules);
                CHECK(status_of(v, rule_id::pilot_window) == finding_status::passed);
                CHECK(v.outcome() == outcome::allowed);
            }
            for (const auto day : {c.first - days(1), c.last + days(1)}) {
                CAPTURE(to_iso(day));
                const auto v = check(online_meeting(day), org, {}, *c.rules);
                CHECK(status_of(v, rule_id::pilot_window) == finding_status::not_covered);
                CHECK(v.outcome() == outcome::not_covered);
                CHECK_FALSE(v.allowed());
                // Outside the window the pilot rules say nothing else: not "allowed" by default.
                CHECK(v.size() == 1);
            }
        }
    }

    SUBCASE("a fully online meeting outside the window is not_covered as well") {
        for (const auto& c : window_cases()) {
            CAPTURE(c.rules->id);
            auto m = online_meeting(c.last + days(1), ground::dispersed_wide_area,
                                    meeting_form::fully_online);
            m.gathering_impossible = true;
            const auto v = check(m, cell(10, 6), {}, *c.rules);
            CHECK(v.outcome() == outcome::not_covered);
        }
    }

    SUBCASE("a meeting by tổ đảng: allowed on the first and last day, not_covered around them") {
        for (const auto& c : window_cases()) {
            CAPTURE(c.rules->id);
            const auto org = large_cell();
            for (const auto day : {c.first, c.last}) {
                CAPTURE(to_iso(day));
                // Consolidated the same day (R20: inside the window too).
                const auto v = check(group_meeting_on(day), org, {}, *c.rules, round_on(day, 3, 0));
                CHECK(status_of(v, rule_id::pilot_window) == finding_status::passed);
                CHECK(v.outcome() == outcome::allowed);
            }
            for (const auto day : {c.first - days(1), c.last + days(1)}) {
                CAPTURE(to_iso(day));
                const auto v = check(group_meeting_on(day), org, {}, *c.rules, round_on(day));
                CHECK(status_of(v, rule_id::pilot_window) == finding_status::not_covered);
                CHECK(v.outcome() == outcome::not_covered);
                CHECK(v.size() == 1);
                // Without the round's details too.
                const auto w = check(group_meeting_on(day), org, {}, *c.rules);
                CHECK(w.outcome() == outcome::not_covered);
            }
        }
    }

    SUBCASE("online_eligibility outside the window is not_covered") {
        for (const auto& c : window_cases()) {
            CAPTURE(c.rules->id);
            const auto v = online_eligibility(cell(10, 6), ground::dispersed_wide_area,
                                              c.first - days(1), *c.rules);
            CHECK(v.outcome() == outcome::not_covered);
            CHECK(v.size() == 1);
            const auto w =
                online_eligibility(cell(10, 6), ground::dispersed_wide_area, c.first, *c.rules);
            CHECK(w.outcome() == outcome::allowed);
        }
    }
}

TEST_CASE(
    "pilot.window: a meeting that breaks other rules outside the window is still not_covered") {
    // Excluded content and a missing platform would be violations inside the window.
    auto m = online_meeting(d(2023, 7, 31));
    m.agenda.insert(topic::discipline);
    m.platform = platform_set{};
    const auto outside = check(m, cell(10, 6), {}, rule_sets::cao_bang());
    CHECK(outside.outcome() == outcome::not_covered);
    CHECK(of(outside, rule_id::content_excluded).empty());

    m.date = d(2023, 8, 1);
    const auto inside = check(m, cell(10, 6), {}, rule_sets::cao_bang());
    CHECK(inside.outcome() == outcome::not_allowed);
    CHECK(status_of(inside, rule_id::content_excluded) == finding_status::violated);
}

// A round is a meeting by party group on each of its tổ meetings' days: the later ones after the
// pilot's last day ("đến hết ngày 30/6/2025") are not covered.
TEST_CASE("pilot.window: every tổ meeting of a round must fall inside the window") {
    const auto& rules = rule_sets::cao_bang();
    const auto last = *rules.periods.back().last;
    auto r = round_on(last);
    r.groups[2].date = last + days(1);
    r.groups[2].report_date = last + days(1);
    r.consolidation->date = last + days(2);
    const auto v = check(group_meeting_on(last), large_cell(), {}, rules, r);
    CHECK(v.outcome() == outcome::not_covered);
    CHECK_FALSE(v.allowed());

    // Every tổ meeting and the consolidation on the last day: covered.
    CHECK(check(group_meeting_on(last), large_cell(), {}, rules, round_on(last, 3, 0)).outcome() ==
          outcome::allowed);
}

// R20 (II.4.2 ý 3: "chi uỷ tổng hợp kết quả"): the consolidation takes in every tổ trưởng's
// report, so it is dated on or after the last one, and within the window like the tổ meetings.
TEST_CASE("R20: the consolidation comes on or after the last report, inside the window") {
    const auto& rules = rule_sets::cao_bang();
    const auto day = d(2024, 3, 1);
    auto r = round_on(day); // reports on the 1st, consolidation on the 3rd
    r.groups[1].report_date = day + days(1);
    r.consolidation->date = day + days(1); // the same day as the last report: in order
    CHECK(group::consolidation(r, rules).status == finding_status::passed);
    r.groups[1].report_date = day + days(1);
    r.consolidation->date = day; // after the tổ meetings, before the last report
    const auto f = group::consolidation(r, rules);
    CHECK(f.status == finding_status::violated);
    CHECK(f.reason == reason::consolidation_before_report);
    CHECK(value_date(f.values[0]) == day);
    CHECK(value_date(f.values[1]) == day + days(1));
    CHECK(f.message_en().find("2024-03-02") != std::string::npos);
    // The window: a round on its last day consolidated the day after is not covered.
    const auto last = *rules.periods.back().last;
    CHECK(check(group_meeting_on(last), large_cell(), {}, rules, round_on(last, 3, 0)).outcome() ==
          outcome::allowed);
    const auto v = check(group_meeting_on(last), large_cell(), {}, rules, round_on(last, 3, 1));
    CHECK(v.outcome() == outcome::not_covered);
    const auto w = of(v, rule_id::pilot_window);
    REQUIRE(w.size() == 2);
    CHECK(value_date(w[1].values[2]) == last + days(1));
}

TEST_CASE("pilot.window: the messages name the window and the day") {
    const auto out = pilot::window(d(2023, 7, 31), rule_sets::cao_bang());
    CHECK(out.message_vi().find("31/07/2023") != std::string::npos);
    CHECK(out.message_vi().find("01/08/2023") != std::string::npos);
    CHECK(out.message_en().find("2023-07-31") != std::string::npos);
    CHECK(out.message_en().find("2023-08-01") != std::string::npos);
    const auto after = pilot::window(d(2025, 7, 1), rule_sets::cao_bang());
    CHECK(after.message_vi().find("30/06/2025") != std::string::npos);
    CHECK(after.message_vi().find("01/07/2025") != std::string::npos);
    CHECK(after.message_en().find("2025-06-30") != std::string::npos);

    const auto in = pilot::window(d(2025, 6, 30), rule_sets::nghe_an_khoi());
    CHECK(in.message_vi().find("20/02/2023") != std::string::npos);
    CHECK(in.message_en().find("2025-06-30") != std::string::npos);
}

TEST_CASE("pilot.window: the Nghệ An Khối online pilot units hold a valid online meeting") {
    // The five units of 08-HD/ĐUK (RULES.md §5). Their rolls are made up but plausible: more than
    // half of the members work away from the seat, on the two special-nature grounds the Khối's
    // text names.
    struct unit {
        const char* name;
        organisation_kind kind;
        std::int32_t members, exempted, suspended;
        std::vector<unable_members> unable;
        ground on;
        std::int64_t quota_limit;
    };
    const std::vector<unit> units = {
        {"Đảng bộ Cục Thuế",
         organisation_kind::grassroots_committee,
         245,
         3,
         1,
         {{{ground::dispersed_wide_area}, 140}},
         ground::dispersed_wide_area,
         1},
        {"Chi bộ Chi cục Kiểm dịch thực vật Vùng VI",
         organisation_kind::grassroots_cell,
         19,
         0,
         0,
         {{{ground::dispersed_wide_area}, 12}},
         ground::dispersed_wide_area,
         3},
        {"Chi bộ Trung tâm Bảo vệ thực vật vùng Khu IV",
         organisation_kind::grassroots_cell,
         15,
         1,
         0,
         {{{ground::not_regularly_same_place}, 8}},
         ground::not_regularly_same_place,
         3},
        {"Chi bộ Ban quản lý Đầu tư và Xây dựng Thủy lợi IV",
         organisation_kind::grassroots_cell,
         27,
         0,
         0,
         {{{ground::not_regularly_same_place}, 15}},
         ground::not_regularly_same_place,
         3},
        {"Chi bộ Phân viện Điều tra quy hoạch rừng Bắc Trung Bộ",
         organisation_kind::grassroots_cell,
         33,
         0,
         1,
         {{{ground::dispersed_wide_area, ground::not_regularly_same_place}, 9},
          {{ground::not_regularly_same_place}, 8}},
         ground::not_regularly_same_place,
         3},
    };
    const auto& rules = rule_sets::nghe_an_khoi();
    const auto day = d(2023, 3, 15);
    for (const auto& u : units) {
        CAPTURE(u.name);
        organisation org;
        org.name = u.name;
        org.kind = u.kind;
        org.roll.members = u.members;
        org.roll.exempted = u.exempted;
        org.roll.suspended = u.suspended;
        org.roll.unable = u.unable;
        org.pilot.online = true;
        org.pilot.online_selected_on = d(2023, 2, 20);

        const auto v = check(online_meeting(day, u.on), org, {}, rules);
        CHECK(v.outcome() == outcome::allowed);
        CHECK(status_of(v, rule_id::pilot_window) == finding_status::passed);
        // R44: the item lists cấp uỷ, online chi bộ and tổ đảng meetings, not a đảng bộ cơ sở's
        // general meeting.
        CHECK(status_of(v, rule_id::pilot_registration) ==
              (u.kind == organisation_kind::grassroots_committee ? finding_status::not_applicable
                                                                 : finding_status::passed));
        CHECK(status_of(v, rule_id::online_scope_majority) == finding_status::passed);
        const auto quota = of(v, rule_id::online_quota);
        REQUIRE(quota.size() == 1);
        CHECK(quota[0].values[0] == 1);
        CHECK(quota[0].values[1] == u.quota_limit);

        // The same meeting under Cao Bằng's rule set falls before its window (1/8/2023).
        CHECK(check(online_meeting(day, u.on), org, {}, rule_sets::cao_bang()).outcome() ==
              outcome::not_covered);
    }
}

TEST_CASE("pilot.window: the Nghệ An Khối tổ đảng pilot cells meet by tổ đảng inside the window") {
    // Chi bộ Chi cục Thuế Bắc Vinh (63), Khu vực Sông Lam I (56), Khu vực Sông Lam II (53), all
    // under Đảng bộ Cục Thuế.
    const auto& rules = rule_sets::nghe_an_khoi();
    for (const std::int32_t members : {63, 56, 53}) {
        CAPTURE(members);
        auto org =
            cell(members, 0, ground::dispersed_wide_area, organisation_kind::subordinate_cell);
        org.pilot.online = false;
        const auto day = d(2023, 4, 10);
        const auto v = check(group_meeting_on(day), org, {}, rules, round_on(day));
        CHECK(v.outcome() == outcome::allowed);
        CHECK(status_of(v, rule_id::pilot_window) == finding_status::passed);
        const auto scope = of(v, rule_id::group_scope);
        REQUIRE(scope.size() == 1);
        CHECK(scope[0].values[0] == members);
        CHECK(scope[0].values[1] == 50);

        const auto before =
            check(group_meeting_on(d(2023, 2, 19)), org, {}, rules, round_on(d(2023, 2, 19)));
        CHECK(before.outcome() == outcome::not_covered);
    }
}

TEST_CASE("pilot.selection: a district list sent before 30/7/2023 with one eligible organisation "
          "of each pilot") {
    const auto& rules = rule_sets::cao_bang();

    SUBCASE("sent on 29/7/2023: passed") {
        const auto fs = pilot::selection(district_list(d(2023, 7, 29)), rules);
        REQUIRE(fs.size() == 1);
        CHECK(fs[0].rule == rule_id::pilot_selection);
        CHECK(fs[0].status == finding_status::passed);
        CHECK(fs[0].reason == reason::selection_met);
        CHECK(fs[0].value_names() == "online,group");
        CHECK(fs[0].values[0] == 1);
        CHECK(fs[0].values[1] == 1);
        CHECK(check_selection(district_list(d(2023, 7, 29)), rules).outcome() == outcome::allowed);
    }
    SUBCASE("sent on 30/7/2023: late") {
        const auto fs = pilot::selection(district_list(d(2023, 7, 30)), rules);
        REQUIRE(fs.size() == 1);
        CHECK(fs[0].status == finding_status::violated);
        CHECK(fs[0].reason == reason::selection_late);
        CHECK(fs[0].value_names() == "submitted_on,deadline");
        CHECK(value_date(fs[0].values[0]) == d(2023, 7, 30));
        CHECK(value_date(fs[0].values[1]) == d(2023, 7, 30));
        CHECK(fs[0].message_vi().find("30/07/2023") != std::string::npos);
        CHECK(fs[0].message_en().find("2023-07-30") != std::string::npos);
        CHECK(check_selection(district_list(d(2023, 7, 30)), rules).outcome() ==
              outcome::not_allowed);
    }
    SUBCASE("sent long before: passed; long after: late") {
        CHECK(pilot::selection(district_list(d(2023, 5, 2)), rules)[0].status ==
              finding_status::passed);
        const auto fs = pilot::selection(district_list(d(2023, 9, 1)), rules);
        REQUIRE(fs.size() == 1);
        CHECK(fs[0].reason == reason::selection_late);
        CHECK(value_date(fs[0].values[0]) == d(2023, 9, 1));
    }
    SUBCASE("not sent at all") {
        const auto fs = pilot::selection(district_list(std::nullopt), rules);
        REQUIRE(fs.size() == 1);
        CHECK(fs[0].status == finding_status::violated);
        CHECK(fs[0].reason == reason::selection_not_sent);
        CHECK(fs[0].value_names() == "deadline");
        CHECK(value_date(fs[0].values[0]) == d(2023, 7, 30));
        CHECK(fs[0].message_vi().find("30/07/2023") != std::string::npos);
        CHECK(fs[0].message_en().find("2023-07-30") != std::string::npos);
    }
}

TEST_CASE(
    "pilot.selection: a district must choose at least one eligible organisation for each pilot") {
    const auto& rules = rule_sets::cao_bang();
    auto s = district_list(d(2023, 7, 20));

    SUBCASE("no organisation for the online pilot") {
        s.online.clear();
        const auto fs = pilot::selection(s, rules);
        REQUIRE(fs.size() == 1);
        CHECK(fs[0].status == finding_status::violated);
        CHECK(fs[0].reason == reason::selection_too_few_online);
        CHECK(fs[0].value_names() == "online,minimum");
        CHECK(fs[0].values[0] == 0);
        CHECK(fs[0].values[1] == 1);
        CHECK(fs[0].message_vi().find("cần ít nhất 1") != std::string::npos);
        CHECK(fs[0].message_en().find("at least 1") != std::string::npos);
    }
    SUBCASE("no organisation for the tổ đảng pilot") {
        s.by_group.clear();
        const auto fs = pilot::selection(s, rules);
        REQUIRE(fs.size() == 1);
        CHECK(fs[0].reason == reason::selection_too_few_group);
        CHECK(fs[0].value_names() == "group,minimum");
        CHECK(fs[0].values[0] == 0);
        CHECK(fs[0].values[1] == 1);
    }
    SUBCASE("neither, and sent late: three findings") {
        s.online.clear();
        s.by_group.clear();
        s.submitted_on = d(2023, 8, 2);
        const auto v = check_selection(s, rules);
        CHECK(v.size() == 3);
        CHECK(v.count(finding_status::violated) == 3);
        CHECK(v[0].reason == reason::selection_too_few_online);
        CHECK(v[1].reason == reason::selection_too_few_group);
        CHECK(v[2].reason == reason::selection_late);
    }
    SUBCASE("several eligible organisations are all counted") {
        s.online = {cell(10, 6), cell(30, 16, ground::cannot_leave_post),
                    cell(40, 30, ground::teacher_summer_break)};
        s.by_group = {cell(50, 0), cell(75, 0)};
        const auto fs = pilot::selection(s, rules);
        REQUIRE(fs.size() == 1);
        CHECK(fs[0].status == finding_status::passed);
        CHECK(fs[0].values[0] == 3);
        CHECK(fs[0].values[1] == 2);
        CHECK(fs[0].message_vi().find("Đã chọn 3") != std::string::npos);
        CHECK(fs[0].message_en().find("3 organisation(s)") != std::string::npos);
    }
}

TEST_CASE("pilot.selection: an ineligible organisation on the list does not count") {
    const auto& rules = rule_sets::cao_bang();
    auto s = district_list(d(2023, 7, 20));

    SUBCASE("tổ đảng: a cell of 49 members does not count, one of 50 does") {
        for (std::int32_t members = 48; members <= 51; ++members) {
            CAPTURE(members);
            s.by_group = {cell(members, 0)};
            const auto fs = pilot::selection(s, rules);
            REQUIRE(fs.size() == 1);
            if (members < 50) {
                CHECK(fs[0].reason == reason::selection_too_few_group);
                CHECK(fs[0].values[0] == 0);
            } else {
                CHECK(fs[0].reason == reason::selection_met);
                CHECK(fs[0].values[1] == 1);
            }
        }
    }
    SUBCASE("tổ đảng: a large cell without tổ đảng, or a đảng bộ, does not count") {
        auto no_groups = cell(80, 0);
        no_groups.has_party_groups = false;
        no_groups.party_groups.reset();
        s.by_group = {no_groups, cell(80, 0, ground::dispersed_wide_area,
                                      organisation_kind::grassroots_committee)};
        const auto fs = pilot::selection(s, rules);
        REQUIRE(fs.size() == 1);
        CHECK(fs[0].reason == reason::selection_too_few_group);
        CHECK(fs[0].values[0] == 0);
    }
    SUBCASE("online: a cell with exactly half unable does not count, one more does") {
        struct row {
            std::int32_t members, unable;
            bool counts;
        };
        for (const auto& r : {row{10, 5, false}, row{10, 6, true}, row{11, 5, false},
                              row{11, 6, true}, row{1, 0, false}, row{1, 1, true}}) {
            CAPTURE(r.members);
            CAPTURE(r.unable);
            s.online = {cell(r.members, r.unable)};
            const auto fs = pilot::selection(s, rules);
            REQUIRE(fs.size() == 1);
            CHECK(fs[0].reason ==
                  (r.counts ? reason::selection_met : reason::selection_too_few_online));
            CHECK(fs[0].values[0] == (r.counts ? 1 : 0));
        }
    }
    SUBCASE("online: the majority is counted on the base less exempted and suspended members") {
        auto o = cell(12, 5);
        o.roll.exempted = 1;
        o.roll.suspended = 1; // base 10: 5 is exactly half
        s.online = {o};
        CHECK(pilot::selection(s, rules)[0].reason == reason::selection_too_few_online);
        o.roll.exempted = 2; // base 9: 5 is more than half
        s.online = {o};
        CHECK(pilot::selection(s, rules)[0].reason == reason::selection_met);
    }
    SUBCASE("online: an organisation above grassroots level does not count") {
        s.online = {cell(10, 9, ground::dispersed_wide_area, organisation_kind::above_grassroots)};
        CHECK(pilot::selection(s, rules)[0].reason == reason::selection_too_few_online);
    }
    SUBCASE("online: a ground Cao Bằng does not list does not count (members abroad)") {
        s.online = {cell(10, 9, ground::abroad)};
        CHECK(pilot::selection(s, rules)[0].reason == reason::selection_too_few_online);
        // Cao Bằng's own addition, teachers in the summer break, does.
        s.online = {cell(10, 9, ground::teacher_summer_break)};
        CHECK(pilot::selection(s, rules)[0].reason == reason::selection_met);
    }
    SUBCASE("online: a majority resting on a special circumstance does not make a special-nature "
            "pilot") {
        s.online = {cell(10, 9, ground::epidemic)};
        CHECK(pilot::selection(s, rules)[0].reason == reason::selection_too_few_online);
    }
    SUBCASE("an ineligible organisation beside an eligible one leaves the count at one") {
        s.online = {cell(10, 5), cell(10, 6), cell(10, 4)};
        s.by_group = {cell(49, 0), cell(63, 0)};
        const auto fs = pilot::selection(s, rules);
        REQUIRE(fs.size() == 1);
        CHECK(fs[0].values[0] == 1);
        CHECK(fs[0].values[1] == 1);
    }
}

TEST_CASE(
    "pilot.selection: a đảng uỷ directly under the Tỉnh uỷ has no minimum but the same deadline") {
    const auto& rules = rule_sets::cao_bang();
    unit_selection s;
    s.unit = "Đảng uỷ Quân sự tỉnh";
    s.kind = selecting_unit_kind::provincial_direct;

    SUBCASE("an empty list sent on time: passed") {
        s.submitted_on = d(2023, 7, 29);
        const auto fs = pilot::selection(s, rules);
        REQUIRE(fs.size() == 1);
        CHECK(fs[0].status == finding_status::passed);
        CHECK(fs[0].reason == reason::selection_met);
        CHECK(fs[0].values[0] == 0);
        CHECK(fs[0].values[1] == 0);
    }
    SUBCASE("an ineligible organisation only, sent on time: passed") {
        s.submitted_on = d(2023, 7, 29);
        s.by_group = {cell(30, 0)};
        CHECK(pilot::selection(s, rules)[0].status == finding_status::passed);
    }
    SUBCASE("sent on 30/7/2023: late") {
        s.submitted_on = d(2023, 7, 30);
        const auto fs = pilot::selection(s, rules);
        REQUIRE(fs.size() == 1);
        CHECK(fs[0].reason == reason::selection_late);
    }
    SUBCASE("not sent: violated") {
        const auto fs = pilot::selection(s, rules);
        REQUIRE(fs.size() == 1);
        CHECK(fs[0].reason == reason::selection_not_sent);
    }
}

TEST_CASE("pilot.selection: rule sets without a list requirement give not_applicable") {
    for (const auto* rules : {&rule_sets::hd03(), &rule_sets::nghe_an_khoi()}) {
        CAPTURE(rules->id);
        REQUIRE_FALSE(rules->selection.has_value());
        for (const auto& s :
             {district_list(d(2023, 7, 29)), district_list(std::nullopt), unit_selection{}}) {
            const auto fs = pilot::selection(s, *rules);
            REQUIRE(fs.size() == 1);
            CHECK(fs[0].rule == rule_id::pilot_selection);
            CHECK(fs[0].status == finding_status::not_applicable);
            CHECK(fs[0].reason == reason::selection_not_required);
        }
    }
    REQUIRE(rule_sets::cao_bang().selection.has_value());
    CHECK(rule_sets::cao_bang().selection->deadline == d(2023, 7, 30));
    CHECK(rule_sets::cao_bang().selection->min_online == 1);
    CHECK(rule_sets::cao_bang().selection->min_by_group == 1);
}

TEST_CASE("pilot.selection: the tổ đảng count follows interp.group_member_count") {
    // 52 on the roll, 3 exempted: 52 members by the default reading, 49 by the II.1.1 base.
    auto o = cell(52, 0);
    o.roll.exempted = 3;
    auto s = district_list(d(2023, 7, 20));
    s.by_group = {o};
    const auto& rules = rule_sets::cao_bang();
    CHECK(pilot::selection(s, rules)[0].reason == reason::selection_met);
    const auto strict = with_interp(rules, [](interpretations& i) {
        i.group_member_count = member_count_basis::excluding_exempt_suspended;
    });
    const auto fs = pilot::selection(s, strict);
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].reason == reason::selection_too_few_group);
}

TEST_CASE("pilot.registration: Nghệ An Khối requires the schedule to be registered") {
    const auto& rules = rule_sets::nghe_an_khoi();
    REQUIRE(rules.registration_required);

    SUBCASE("pilot::registration") {
        auto m = online_meeting(d(2023, 5, 10));
        const auto ok = pilot::registration(m, rules);
        CHECK(ok.rule == rule_id::pilot_registration);
        CHECK(ok.status == finding_status::passed);
        CHECK(ok.reason == reason::registration_done);
        m.registered = false;
        const auto bad = pilot::registration(m, rules);
        CHECK(bad.status == finding_status::violated);
        CHECK(bad.reason == reason::registration_missing);
        CHECK(bad.value_count() == 0);
        CHECK(bad.message_vi().find("chưa đăng ký") != std::string::npos);
        CHECK(bad.message_en().find("not registered") != std::string::npos);
    }
    SUBCASE("an unregistered online meeting is not allowed") {
        auto m = online_meeting(d(2023, 5, 10));
        m.registered = false;
        const auto v = check(m, cell(10, 6), {}, rules);
        CHECK(status_of(v, rule_id::pilot_registration) == finding_status::violated);
        CHECK(v.outcome() == outcome::not_allowed);
        m.registered = true;
        CHECK(check(m, cell(10, 6), {}, rules).outcome() == outcome::allowed);
    }
    SUBCASE("an unregistered tổ đảng round is not allowed") {
        const auto day = d(2023, 5, 10);
        auto m = group_meeting_on(day);
        m.registered = false;
        const auto v = check(m, cell(63, 0), {}, rules, round_on(day));
        CHECK(status_of(v, rule_id::pilot_registration) == finding_status::violated);
        CHECK(v.outcome() == outcome::not_allowed);
    }
}

TEST_CASE("pilot.registration: HD03 and Cao Bằng do not require registration") {
    for (const auto* rules : {&rule_sets::hd03(), &rule_sets::cao_bang()}) {
        CAPTURE(rules->id);
        REQUIRE_FALSE(rules->registration_required);
        auto m = online_meeting(d(2024, 5, 10));
        m.registered = false;
        const auto f = pilot::registration(m, *rules);
        CHECK(f.rule == rule_id::pilot_registration);
        CHECK(f.status == finding_status::not_applicable);
        CHECK(f.reason == reason::registration_not_required);
        // check() leaves the rule out for these rule sets, and the meeting stays allowed.
        const auto v = check(m, cell(10, 6), {}, *rules);
        CHECK(of(v, rule_id::pilot_registration).empty());
        CHECK(v.outcome() == outcome::allowed);
    }
}

TEST_CASE("pilot.reporting: the final report is due after the window ends") {
    // HD03's pilot goes on (R27): a rule set like it whose second period has not been opened.
    auto hd03_until_2025 = rule_sets::hd03();
    hd03_until_2025.periods.pop_back();
    for (const rule_set* rules : std::vector<const rule_set*>{&hd03_until_2025, &rule_sets::cao_bang()}) {
        CAPTURE(rules->id);
        REQUIRE(rules->final_report_required == true);
        const auto end = *rules->periods.back().last;

        SUBCASE("before and at the window's end: not due") {
            for (const auto as_of : {rules->periods.front().first, end - days(1), end}) {
                CAPTURE(to_iso(as_of));
                const auto f = pilot::reporting(*rules, as_of, std::nullopt);
                CHECK(f.rule == rule_id::pilot_reporting);
                CHECK(f.status == finding_status::not_applicable);
                CHECK(f.reason == reason::reporting_not_due);
                CHECK(f.value_names() == "last");
                CHECK(value_date(f.values[0]) == end);
            }
            CHECK(pilot::reporting(*rules, end, std::nullopt).message_vi().find("30/06/2025") !=
                  std::string::npos);
        }
        SUBCASE("R40: the day after the end without a report: no deadline, not evaluated") {
            for (const auto as_of : {end + days(1), d(2026, 1, 1)}) {
                CAPTURE(to_iso(as_of));
                const auto f = pilot::reporting(*rules, as_of, std::nullopt);
                CHECK(f.status == finding_status::not_evaluated);
                CHECK(f.reason == reason::reporting_no_deadline);
                CHECK(value_date(f.values[0]) == end);
                CHECK(f.message_vi().find("30/06/2025") != std::string::npos);
                CHECK(f.message_en().find("states no deadline") != std::string::npos);
            }
        }
        SUBCASE("R40: with a deadline stated, late only the day after it") {
            auto stated = *rules;
            stated.final_report_due = d(2025, 9, 30);
            for (const auto as_of : {end + days(1), d(2025, 9, 30)}) {
                const auto f = pilot::reporting(stated, as_of, std::nullopt);
                CHECK(f.status == finding_status::not_applicable);
                CHECK(f.reason == reason::reporting_due_later);
                CHECK(value_date(f.values[1]) == d(2025, 9, 30));
            }
            const auto f = pilot::reporting(stated, d(2025, 10, 1), std::nullopt);
            CHECK(f.status == finding_status::violated);
            CHECK(f.reason == reason::reporting_overdue);
            CHECK(value_date(f.values[0]) == end);
            CHECK(f.message_en().find("due by 2025-09-30") != std::string::npos);
            // R22 stands under a deadline: an early report is not the final one.
            const auto early = pilot::reporting(stated, d(2025, 10, 1), d(2025, 6, 30));
            CHECK(early.reason == reason::reporting_before_end);
            CHECK(early.message_en().find("before the pilot ended on 2025-06-30") !=
                  std::string::npos);
        }
        SUBCASE("R22: a report dated on or before the window's last day is not the final report") {
            // III: "hết thời gian trên, ... gửi báo cáo": the report comes after the pilot; with
            // no deadline stated the final one is not yet late (R40).
            for (const auto sent : {d(2023, 9, 1), d(2025, 6, 30)}) {
                CAPTURE(sent);
                const auto f = pilot::reporting(*rules, d(2025, 8, 1), sent);
                CHECK(f.status == finding_status::not_evaluated);
                CHECK(f.reason == reason::reporting_no_deadline);
                // Asked while the pilot runs, an early report is no answer yet either way.
                CHECK(pilot::reporting(*rules, d(2025, 6, 30), sent).reason ==
                      reason::reporting_not_due);
            }
            // The day after the window is the first day a final report can bear.
            const auto f = pilot::reporting(*rules, d(2025, 7, 1), d(2025, 7, 1));
            CHECK(f.status == finding_status::passed);
            CHECK(f.reason == reason::reporting_done);
        }
        SUBCASE("R39: a report dated after the day asked about is invalid input") {
            const auto e = thrown_as<inconsistent_input>(
                [&] { pilot::reporting(*rules, d(2025, 8, 1), d(2025, 8, 2)); });
            CHECK(e.field() == "report_date");
            CHECK(e.value() == "2025-08-02");
            CHECK_NOTHROW(pilot::reporting(*rules, d(2025, 8, 2), d(2025, 8, 2)));
        }
        SUBCASE("with a report: passed, and the finding holds the report's date") {
            const auto sent = d(2025, 7, 15);
            const auto f = pilot::reporting(*rules, d(2025, 8, 1), sent);
            CHECK(f.status == finding_status::passed);
            CHECK(f.reason == reason::reporting_done);
            CHECK(f.value_names() == "report_date");
            CHECK(value_date(f.values[0]) == sent);
            CHECK(f.message_vi().find("15/07/2025") != std::string::npos);
            CHECK(f.message_en().find("2025-07-15") != std::string::npos);
        }
    }
}

TEST_CASE("pilot.reporting: Nghệ An Khối does not ask units for a final report") {
    const auto& rules = rule_sets::nghe_an_khoi();
    REQUIRE(rules.final_report_required == false);
    for (const auto as_of : {d(2024, 1, 1), d(2025, 7, 1), d(2030, 1, 1)}) {
        const auto f = pilot::reporting(rules, as_of, std::nullopt);
        CHECK(f.rule == rule_id::pilot_reporting);
        CHECK(f.status == finding_status::not_applicable);
        CHECK(f.reason == reason::reporting_not_required);
    }
}

TEST_CASE("pilot.reporting: a user rule set with a shorter window is due after its own end") {
    auto rules = rule_sets::cao_bang();
    rules.id = "cao_bang_short";
    rules.periods.back().last = d(2024, 12, 31);
    CHECK(pilot::reporting(rules, d(2024, 12, 31), std::nullopt).reason ==
          reason::reporting_not_due);
    const auto f = pilot::reporting(rules, d(2025, 1, 1), std::nullopt);
    CHECK(f.reason == reason::reporting_no_deadline);
    CHECK(value_date(f.values[0]) == d(2024, 12, 31));
}

// R24: a selection counts each organisation once. Listing one organisation twice is refused (it
// used to count twice toward the III.1 minimum); two different organisations count two.
TEST_CASE("R24: a pilot list counts each organisation once") {
    const auto& rules = rule_sets::cao_bang();
    auto s = district_list(d(2023, 7, 20));
    const auto one = cell(10, 6);
    s.online = {one, one};
    const auto e = thrown_as<inconsistent_input>([&] { check_selection(s, rules); });
    CHECK(e.field() == "unit_selection.online[1]");
    s.online = {one, cell(12, 7)};
    auto req = rules;
    req.selection->min_online = 2;
    const auto fs = pilot::selection(s, req);
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].status == finding_status::passed);
    CHECK(fs[0].values[0] == 2);
}

// R23 (III.1 "ít nhất từ 01 tổ chức đảng đủ điều kiện"): the minimum counts eligible organisations;
// a unit that has none may say so.
TEST_CASE("R23: a unit stating none of its organisations is eligible is not held to that minimum") {
    const auto& rules = rule_sets::cao_bang();
    auto s = district_list(d(2023, 7, 29));
    s.by_group.clear();
    {
        const auto fs = pilot::selection(s, rules);
        REQUIRE(fs.size() == 1);
        CHECK(fs[0].reason == reason::selection_too_few_group);
    }
    s.none_eligible = {pilot_kind::by_group};
    const auto fs = pilot::selection(s, rules);
    REQUIRE(fs.size() == 2);
    CHECK(fs[0].status == finding_status::not_applicable);
    CHECK(fs[0].reason == reason::selection_none_eligible);
    CHECK(fs[0].values[0] == static_cast<std::int64_t>(pilot_kind::by_group));
    CHECK(fs[0].message_en().find("meetings by party group") != std::string::npos);
    CHECK(fs[1].reason == reason::selection_met);
    CHECK(check_selection(s, rules).outcome() == outcome::allowed);
    // The statement does not excuse the other pilot, nor a late list.
    s.online.clear();
    CHECK(check_selection(s, rules).outcome() == outcome::not_allowed);
    s.online = {cell(10, 6)};
    s.submitted_on = d(2023, 7, 30);
    CHECK(check_selection(s, rules).outcome() == outcome::not_allowed);
    // Stating none eligible while listing one is a contradiction.
    s.by_group = {cell(50, 0)};
    const auto e = thrown_as<inconsistent_input>([&] { s.validate(); });
    CHECK(e.field() == "unit_selection.none_eligible / unit_selection.by_group");
}
