// Catalogue §6b, the pilot goes on: R27 (Chỉ thị 50-CT/TW continues HD03 from 23/7/2025 with no
// end), R28 (no rule basis from 1/7 to 22/7/2025), R29 (a provincial set names the set that
// governs after it), R30 (selections carry over), R31 (no district level from 1/7/2025) and R32
// (caveats for texts not held), each at the days the readings name.

#include "fixtures.hpp"

#include <sinhhoat/json.hpp>
#include <sstream>
#include <string>
#include <vector>

using namespace fixtures;

namespace {

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

/// A compliant hybrid meeting of a special-nature chi bộ on the online list, checked on `day`.
verdict online_on(date day, const rule_set& rules, const meeting_history& h = {}) {
    return check(online_meeting(day), cell(10, 6), h, rules);
}

/// A compliant round by tổ đảng of a 60-member cell on `day`, consolidated the same day.
verdict round_checked_on(date day, const rule_set& rules) {
    return check(group_meeting_on(day), cell(60, 0), {}, rules, round_on(day, 3, 0));
}

} // namespace

TEST_CASE("R27: hd03 covers 27/12/2022-30/6/2025 and from 23/7/2025 with no end") {
    const auto& rules = rule_sets::hd03();
    REQUIRE(rules.periods.size() == 2);
    CHECK(rules.periods[0].first == d(2022, 12, 27));
    CHECK(rules.periods[0].last == d(2025, 6, 30));
    CHECK(rules.periods[1].first == d(2025, 7, 23));
    CHECK_FALSE(rules.periods[1].last);
    CHECK(rules.periods[1].opened_by == "50-CT/TW");
    const auto cited = std::find_if(rules.sources.begin(), rules.sources.end(),
                                    [](const source_document& s) { return s.code == "50-CT/TW"; });
    REQUIRE(cited != rules.sources.end());
    CHECK(cited->issued == d(2025, 7, 23));

    struct row {
        date day;
        outcome expected;
        reason why;
    };
    for (const auto& r : {row{d(2025, 6, 30), outcome::allowed, reason::window_inside},
                          row{d(2025, 7, 1), outcome::not_covered, reason::window_gap},
                          row{d(2025, 7, 22), outcome::not_covered, reason::window_gap},
                          row{d(2025, 7, 23), outcome::allowed, reason::window_inside_open},
                          row{d(2026, 3, 3), outcome::allowed, reason::window_inside_open},
                          row{d(9999, 12, 30), outcome::allowed, reason::window_inside_open}}) {
        CAPTURE(to_iso(r.day));
        for (const auto& v : {online_on(r.day, rules), round_checked_on(r.day, rules)}) {
            CHECK(v.outcome() == r.expected);
            const auto* w = v.find(rule_id::pilot_window);
            REQUIRE(w);
            CHECK(w->reason == r.why);
            CHECK(v.governed_by().empty()); // hd03 governs its own days
        }
    }

    SUBCASE("the same parameters in both periods") {
        for (const auto day : {d(2024, 9, 10), d(2026, 3, 3)}) {
            CHECK(*rules.online_quota_cell.at(day) == 3);
            CHECK(*rules.online_quota_committee.at(day) == 1);
            CHECK(*rules.group_quota.at(day) == 3);
            CHECK(*rules.group_min_members.at(day) == 50);
            CHECK(*rules.report_deadline_days.at(day) == 1);
        }
    }
    SUBCASE("pilot.window cites Chỉ thị 50-CT/TW Mục 2 for a day of the second period") {
        const auto first = online_on(d(2025, 6, 30), rules);
        const auto second = online_on(d(2025, 7, 23), rules);
        // R40: the first period's end is a reading of texts other than HD03, and says so.
        CHECK(first.clause(*first.find(rule_id::pilot_window)) ==
              "HD 03-HD/TW: từ 27/12/2022 đến 30/6/2025 (cách đọc, theo HD Cao Bằng III; văn "
              "bản HD03 không có trong nguồn)");
        CHECK(second.clause(*second.find(rule_id::pilot_window)) == "Chỉ thị 50-CT/TW Mục 2");
        // Every other rule keeps HD03's clause.
        CHECK(second.clause(*second.find(rule_id::online_quota)) == "HD 03-HD/TW II.2 ý 3");
        // In JSON, and read back as written.
        const auto j = json::to_json(second);
        CHECK(j["findings"][0]["clause"] == "Chỉ thị 50-CT/TW Mục 2");
        CHECK(json::from_json<verdict>(j) == second);
        // The message says the period has no end.
        const auto* w = second.find(rule_id::pilot_window);
        CHECK(has(w->message_vi(), "đến khi có quy định, hướng dẫn mới"));
        CHECK(has(w->message_en(), "2025-07-23"));
    }
    SUBCASE("a parameter that stops at the first period's end does not cover the second") {
        auto r = rule_sets::hd03();
        r.group_quota = dated<std::int32_t>(std::vector<dated_value<std::int32_t>>{
            {date(boost::date_time::neg_infin), d(2025, 6, 30), 3}});
        const auto e = thrown_as<invalid_rule_set>([&] { r.validate(); });
        CHECK(e.field() == "rule_set(hd03).group_quota");
        CHECK(has(e.message_en(), "2025-07-23 to (no end)"));
    }
    SUBCASE("the final report is not due while the pilot goes on") {
        const auto f = pilot::reporting(rules, d(2026, 3, 3), std::nullopt);
        CHECK(f.status == finding_status::not_applicable);
        CHECK(f.reason == reason::reporting_pilot_ongoing);
        CHECK(value_date(f.values[0]) == d(2025, 7, 23));
    }
}

TEST_CASE("R28: from 1/7 to 22/7/2025 a meeting has no rule basis") {
    const auto& rules = rule_sets::hd03();
    const auto f = pilot::window(d(2025, 7, 10), rules);
    CHECK(f.status == finding_status::not_covered);
    CHECK(f.reason == reason::window_gap);
    CHECK(f.value_names() == "previous_last,next_first,date");
    CHECK(value_date(f.values[0]) == d(2025, 6, 30));
    CHECK(value_date(f.values[1]) == d(2025, 7, 23));
    CHECK(has(f.message_vi(), "không có văn bản làm căn cứ"));
    CHECK(has(f.message_en(), "no text is a basis"));
    // Nothing else is said of the day: not allowed, not "not allowed".
    const auto v = online_on(d(2025, 7, 10), rules);
    CHECK(v.size() == 1);

    SUBCASE("the questions asked on their own answer the same (item 7)") {
        const auto org = cell(10, 6);
        for (const auto day : {d(2025, 7, 1), d(2025, 7, 22)}) {
            CAPTURE(to_iso(day));
            CHECK(online_eligibility(org, ground::dispersed_wide_area, day, rules).outcome() ==
                  outcome::not_covered);
            CHECK_FALSE(online_quota_left(org, {}, day, rules));
            CHECK_FALSE(group_quota_left({}, day, rules));
            group_meeting g;
            g.group = 1;
            g.date = day;
            CHECK_FALSE(group::report_due(g, rules));
        }
        for (const auto day : {d(2025, 6, 30), d(2025, 7, 23)}) {
            CAPTURE(to_iso(day));
            CHECK(online_eligibility(org, ground::dispersed_wide_area, day, rules).outcome() ==
                  outcome::allowed);
            CHECK(online_quota_left(org, {}, day, rules)->remaining == 3);
            CHECK(group_quota_left({}, day, rules)->remaining == 3);
            group_meeting g;
            g.group = 1;
            g.date = day;
            CHECK(group::report_due(g, rules) == day + days(1));
        }
    }
    SUBCASE("R12: a meeting of the gap does not use a pilot quota") {
        meeting_history h;
        for (const auto day : {d(2025, 3, 10), d(2025, 7, 10), d(2025, 8, 10)})
            h.add(online_meeting(day));
        const auto within = online_on(d(2025, 9, 10), rules, h);
        const auto* q = within.find(rule_id::online_quota);
        REQUIRE(q);
        CHECK(q->status == finding_status::passed);
        CHECK(q->values[0] == 3); // the 3rd: 10/7 is not a pilot meeting
        const auto all =
            with_interp(rules, [](interpretations& i) { i.quota_counts_window_only = false; });
        CHECK(online_on(d(2025, 9, 10), all, h).find(rule_id::online_quota)->status ==
              finding_status::violated);
    }
}

TEST_CASE("R29: a provincial set names the set that governs after its own window") {
    for (const auto* rules : {&rule_sets::cao_bang(), &rule_sets::nghe_an_khoi()}) {
        CAPTURE(rules->id);
        REQUIRE(rules->succeeded_by);
        CHECK(rules->succeeded_by->rule_set == "hd03");
        CHECK(rules->succeeded_by->since == d(2025, 7, 1));
        const auto inside = online_on(d(2025, 6, 30), *rules);
        CHECK(inside.outcome() == outcome::allowed);
        CHECK(inside.governed_by().empty());
        for (const auto day : {d(2025, 7, 1), d(2025, 7, 23), d(2026, 3, 3)}) {
            CAPTURE(to_iso(day));
            const auto v = online_on(day, *rules);
            CHECK(v.outcome() == outcome::not_covered);
            CHECK(v.governed_by() == "hd03");
            const auto* w = v.find(rule_id::pilot_window);
            REQUIRE(w);
            CHECK(w->reason == reason::window_succeeded);
            CHECK(value_date(w->values[0]) == d(2025, 6, 30));
            CHECK(value_date(w->values[1]) == d(2025, 7, 1));
            // The finding names the set that governs the day, in its citation.
            CHECK(v.clause(*w) == rules->citation_of(rule_id::pilot_window) +
                                      "; từ 01/07/2025: hd03 (Chỉ thị 50-CT/TW Mục 2)");
            // Named in JSON and in print too, and read back.
            const auto j = json::to_json(v);
            CHECK(j["governed_by"] == "hd03");
            CHECK(json::from_json<verdict>(j) == v);
            std::ostringstream os;
            os << v;
            CHECK(has(os.str(), "governed by hd03"));
        }
    }

    SUBCASE("rule_sets::governing: the set in force for a jurisdiction on a day") {
        CHECK(rule_sets::governing("cao_bang", d(2024, 9, 10)).id == "cao_bang");
        CHECK(rule_sets::governing("cao_bang", d(2025, 6, 30)).id == "cao_bang");
        CHECK(rule_sets::governing("cao_bang", d(2025, 7, 1)).id == "hd03");
        CHECK(rule_sets::governing("cao_bang", d(2026, 3, 3)).id == "hd03");
        // Before its window the province's own set still speaks for it (not covered).
        CHECK(rule_sets::governing("cao_bang", d(2023, 7, 31)).id == "cao_bang");
        CHECK(rule_sets::governing("hd03", d(2025, 7, 10)).id == "hd03");
        CHECK(rule_sets::governing("nghe_an_khoi", d(2026, 3, 3)).id == "hd03");
        // A set of files: Đồng Nai's, which no code names.
        CHECK(json::governing("dong_nai", d(2025, 6, 30)).id == "dong_nai");
        CHECK(json::governing("dong_nai", d(2025, 7, 1)).id == "hd03");
        CHECK(json::governing("cao_bang", d(2026, 3, 3)) == rule_sets::hd03());
        CHECK_THROWS_AS(rule_sets::governing("cao_bang", date()), invalid_date);
        CHECK_THROWS_AS(rule_sets::governing("tinh_khong_co", d(2026, 3, 3)), unknown_code);
    }
    SUBCASE("a chain of successors that comes back on itself is refused") {
        auto a = rule_sets::cao_bang();
        a.id = "tinh_a";
        a.succeeded_by = successor{"tinh_b", d(2025, 7, 1), ""};
        auto b = a;
        b.id = "tinh_b";
        b.succeeded_by = successor{"tinh_a", d(2025, 7, 1), ""};
        const auto load = [&](const std::string& id) { return id == "tinh_a" ? a : b; };
        CHECK(rule_sets::governing(a, d(2025, 6, 30), load).id == "tinh_a");
        const auto e =
            thrown_as<inconsistent_input>([&] { rule_sets::governing(a, d(2026, 1, 1), load); });
        CHECK(e.value() == "tinh_a -> tinh_b -> tinh_a");
    }
    SUBCASE("validation: a successor follows the last period and is another set") {
        auto r = rule_sets::cao_bang();
        r.succeeded_by->since = d(2025, 6, 30);
        CHECK(thrown_as<invalid_rule_set>([&] { r.validate(); }).field() ==
              "rule_set(cao_bang).succeeded_by.since");
        r.succeeded_by->since = d(2025, 7, 1);
        r.succeeded_by->rule_set = "cao_bang";
        CHECK(thrown_as<invalid_rule_set>([&] { r.validate(); }).field() ==
              "rule_set(cao_bang).succeeded_by.rule_set");
        r.succeeded_by->rule_set = "../hd03";
        CHECK(thrown_as<invalid_rule_set>([&] { r.validate(); }).field() ==
              "rule_set(cao_bang).succeeded_by.rule_set");
        auto open = rule_sets::hd03();
        open.succeeded_by = successor{"cao_bang", d(2030, 1, 1), ""};
        CHECK(thrown_as<invalid_rule_set>([&] { open.validate(); }).field() ==
              "rule_set(hd03).succeeded_by.since");
    }
}

TEST_CASE("R27/R28: periods are ordered, apart, and only the last is open-ended") {
    auto r = rule_sets::hd03();
    SUBCASE("overlapping") {
        r.periods[1].first = d(2025, 6, 30);
        const auto e = thrown_as<invalid_rule_set>([&] { r.validate(); });
        CHECK(e.field() == "rule_set(hd03).periods[1].first");
        CHECK(e.value() == "2025-06-30 / 2025-06-30");
    }
    SUBCASE("out of order") {
        std::swap(r.periods[0], r.periods[1]);
        CHECK(thrown_as<invalid_rule_set>([&] { r.validate(); }).field() ==
              "rule_set(hd03).periods[0].last");
    }
    SUBCASE("adjacent periods are valid: the day after one is the first of the next") {
        r.periods[1].first = d(2025, 7, 1);
        CHECK_NOTHROW(r.validate());
    }
    SUBCASE("none") {
        r.periods.clear();
        CHECK(thrown_as<invalid_rule_set>([&] { r.validate(); }).field() ==
              "rule_set(hd03).periods");
    }
}

TEST_CASE("R27: a rule-set file with the single window of earlier versions still loads") {
    auto j = json::to_json(rule_sets::cao_bang());
    j.erase("periods");
    j.erase("succeeded_by");
    j.erase("caveats");
    j["window"] = {{"first", "2023-08-01"}, {"last", "2025-06-30"}};
    const auto r = json::from_json<rule_set>(j);
    REQUIRE(r.periods.size() == 1);
    CHECK(r.periods[0].first == d(2023, 8, 1));
    CHECK(r.periods[0].last == d(2025, 6, 30));
    CHECK_FALSE(r.succeeded_by);
    // It means what it meant: inside its window allowed, outside not covered.
    CHECK(online_on(d(2025, 6, 30), r).outcome() == outcome::allowed);
    const auto after = online_on(d(2025, 7, 1), r);
    CHECK(after.find(rule_id::pilot_window)->reason == reason::window_outside);

    SUBCASE("a bad window names the window") {
        j["window"]["last"] = "2023-01-01";
        const auto e = thrown_as<inconsistent_input>([&] { json::from_json<rule_set>(j); });
        CHECK(e.field() == "/window");
    }
    SUBCASE("window and periods together are refused") {
        j["periods"] = json::to_json(rule_sets::cao_bang())["periods"];
        const auto e = thrown_as<inconsistent_input>([&] { json::from_json<rule_set>(j); });
        CHECK(e.field() == "/window / /periods");
    }
}

TEST_CASE("R30: interp.selections_carry_over, both ways") {
    const auto& rules = rule_sets::hd03();
    REQUIRE(rules.interp.selections_carry_over);
    const auto off =
        with_interp(rules, [](interpretations& i) { i.selections_carry_over = false; });
    const auto org = cell(10, 6); // chosen for both pilots on 27/12/2022
    SUBCASE("on: a 2022 selection holds in 2026") {
        CHECK(online_on(d(2026, 3, 3), rules).outcome() == outcome::allowed);
        CHECK(round_checked_on(d(2026, 3, 3), rules).outcome() == outcome::allowed);
    }
    SUBCASE("off: the continuation asks for a selection dated on or after 23/7/2025") {
        const auto v = online_on(d(2026, 3, 3), off);
        CHECK(v.outcome() == outcome::not_allowed);
        const auto* f = v.find(rule_id::online_authorisation);
        REQUIRE(f);
        CHECK(f->reason == reason::pilot_listed_before_period);
        CHECK(value_date(f->values[0]) == d(2022, 12, 27));
        CHECK(value_date(f->values[1]) == d(2025, 7, 23));
        const auto g = round_checked_on(d(2026, 3, 3), off);
        CHECK(g.find(rule_id::group_scope)->reason == reason::group_selected_before_period);
        // The first period is not a continuation: the old selection serves it.
        CHECK(online_on(d(2025, 6, 30), off).outcome() == outcome::allowed);
        // A selection of 22/7/2025 is before the period; one of 23/7/2025 is in it.
        for (const auto& [chosen, expected] : {std::pair{d(2025, 7, 22), outcome::not_allowed},
                                               std::pair{d(2025, 7, 23), outcome::allowed}}) {
            CAPTURE(to_iso(chosen));
            auto o = org;
            o.pilot.online_selected_on = chosen;
            o.pilot.by_group_selected_on = chosen;
            CHECK(check(online_meeting(d(2026, 3, 3)), o, {}, off).outcome() == expected);
            auto big = cell(60, 0);
            big.pilot = o.pilot;
            CHECK(
                check(group_meeting_on(d(2026, 3, 3)), big, {}, off, round_on(d(2026, 3, 3), 3, 0))
                    .outcome() == expected);
        }
    }
}

TEST_CASE("R31: no district level from 1/7/2025") {
    const auto& rules = rule_sets::cao_bang();
    unit_selection s;
    s.unit = "Huyện uỷ Hà Quảng";
    s.kind = selecting_unit_kind::district_committee;
    s.online = {cell(10, 6)};
    s.by_group = {cell(50, 0)};
    SUBCASE("a district committee's list of 30/6/2025: the 2023 deadline still binds it") {
        s.submitted_on = d(2025, 6, 30);
        const auto v = check_selection(s, rules);
        CHECK(v.find(rule_id::pilot_selection)->reason == reason::selection_late);
    }
    SUBCASE("a district committee's list dated 1/7/2025 is invalid input") {
        s.submitted_on = d(2025, 7, 1);
        const auto e = thrown_as<inconsistent_input>([&] { check_selection(s, rules); });
        CHECK(e.field() == "unit_selection.submitted_on");
        CHECK(e.value() == "2025-07-01");
        CHECK(has(e.message_vi(), "294-QĐ/TW"));
    }
    for (const auto kind :
         {selecting_unit_kind::commune_committee, selecting_unit_kind::ward_committee,
          selecting_unit_kind::special_zone_committee}) {
        CAPTURE(kind);
        s.kind = kind;
        s.unit = "Đảng uỷ " + std::string(to_code(kind));
        s.submitted_on = d(2025, 6, 30);
        CHECK(thrown_as<inconsistent_input>([&] { check_selection(s, rules); }).field() ==
              "unit_selection.submitted_on");
        // From 1/7/2025: no III.1 minimum and no 30/7/2023 deadline.
        for (const auto sent : std::vector<std::optional<date>>{d(2025, 7, 1), std::nullopt}) {
            s.submitted_on = sent;
            s.online.clear();
            const auto v = check_selection(s, rules);
            REQUIRE(v.size() == 1);
            CHECK(v[0].status == finding_status::not_applicable);
            CHECK(v[0].reason == reason::selection_after_reorganisation);
        }
    }
    SUBCASE("a committee directly under the provincial committee after 30/6/2025") {
        s.kind = selecting_unit_kind::provincial_direct;
        s.submitted_on = d(2025, 8, 1);
        CHECK(check_selection(s, rules)[0].reason == reason::selection_after_reorganisation);
        s.submitted_on = d(2023, 7, 29);
        CHECK(check_selection(s, rules)[0].reason == reason::selection_met);
    }
}

TEST_CASE("R32: a verdict on or after a caveat's day carries it, outcome unchanged") {
    const auto& rules = rule_sets::hd03();
    REQUIRE(rules.caveats.size() == 2);
    struct row {
        date day;
        std::size_t caveats;
    };
    for (const auto& r : {row{d(2026, 5, 18), 0}, row{d(2026, 5, 19), 1}, row{d(2026, 7, 25), 1},
                          row{d(2026, 7, 26), 2}, row{d(2027, 1, 1), 2}}) {
        CAPTURE(to_iso(r.day));
        const auto v = online_on(r.day, rules);
        CHECK(v.outcome() == outcome::allowed);
        REQUIRE(v.caveats().size() == r.caveats);
        if (r.caveats >= 1) {
            CHECK(has(v.caveats()[0].vi, "01-HD/TW"));
            CHECK(has(v.caveats()[0].en, "19/5/2026"));
        }
        if (r.caveats == 2)
            CHECK(has(v.caveats()[1].vi, "208-QĐ/TW"));
        // JSON carries them (only when there are) and reads them back.
        const auto j = json::to_json(v);
        CHECK(j.contains("caveats") == (r.caveats > 0));
        CHECK(json::from_json<verdict>(j) == v);
        std::ostringstream os;
        os << v;
        CHECK(has(os.str(), "caveat (from 2026-05-19)") == (r.caveats > 0));
        // Every verdict of the day carries them: a round, the eligibility question.
        CHECK(round_checked_on(r.day, rules).caveats().size() == r.caveats);
        CHECK(online_eligibility(cell(10, 6), ground::dispersed_wide_area, r.day, rules)
                  .caveats()
                  .size() == r.caveats);
    }
    SUBCASE("a provincial set carries none: the day is not its own") {
        CHECK(online_on(d(2026, 8, 1), rule_sets::cao_bang()).caveats().empty());
    }
    SUBCASE("out of order, or empty, caveats are refused") {
        auto r = rules;
        std::swap(r.caveats[0], r.caveats[1]);
        CHECK(thrown_as<invalid_rule_set>([&] { r.validate(); }).field() ==
              "rule_set(hd03).caveats[1].since");
        r = rules;
        r.caveats[0].en.clear();
        CHECK(thrown_as<invalid_rule_set>([&] { r.validate(); }).field() ==
              "rule_set(hd03).caveats[0].en");
    }
    SUBCASE("a stored verdict with a bad caveat is refused") {
        auto j = json::to_json(online_on(d(2026, 8, 1), rules));
        j["caveats"][0]["since"] = "2026-02-30";
        CHECK_THROWS_AS(json::from_json<verdict>(j), sinhhoat::error);
        j = json::to_json(online_on(d(2026, 8, 1), rules));
        j["governed_by"] = "../x";
        CHECK(thrown_as<invalid_value>([&] { json::from_json<verdict>(j); }).field() ==
              "/governed_by");
    }
    SUBCASE("a rule set changed in C++ and not sealed still gives the right caveats") {
        auto r = rules;
        r.caveats_from.clear();
        r.cited_by_period.clear();
        const auto v = online_on(d(2026, 7, 26), r);
        CHECK(v.caveats() == rules.caveats);
        CHECK(v.clause(*v.find(rule_id::pilot_window)) == "Chỉ thị 50-CT/TW Mục 2");
        auto province = rule_sets::cao_bang();
        province.cited_after.reset();
        const auto after = online_on(d(2026, 3, 3), province);
        CHECK(
            after.clause(*after.find(rule_id::pilot_window)) ==
            "HD Cao Bằng III (thời gian thực hiện); từ 01/07/2025: hd03 (Chỉ thị 50-CT/TW Mục 2)");
    }
}
