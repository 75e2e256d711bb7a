// Errors: invalid input is the only thing that throws, from one hierarchy whose messages name the
// field and the value in Vietnamese and English. A rule that is not satisfied is a finding.

#include "fixtures.hpp"

#include <sinhhoat/json.hpp>
#include <stdexcept>
#include <string>
#include <type_traits>

using namespace fixtures;
namespace json = sinhhoat::json;

namespace {

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

/// Checks an online meeting of `org` (and thereby validates both).
verdict check_online(const organisation& org, meeting m = online_meeting(d(2024, 3, 1))) {
    return check(m, org, {}, rule_sets::cao_bang());
}

} // namespace

static_assert(std::is_base_of<std::invalid_argument, sinhhoat::error>::value, "");
static_assert(std::is_base_of<sinhhoat::error, invalid_value>::value, "");
static_assert(std::is_base_of<sinhhoat::error, unknown_code>::value, "");
static_assert(std::is_base_of<sinhhoat::error, invalid_date>::value, "");
static_assert(std::is_base_of<sinhhoat::error, inconsistent_input>::value, "");
static_assert(std::is_base_of<sinhhoat::error, invalid_rule_set>::value, "");

TEST_CASE("errors: one hierarchy under std::invalid_argument with a code per class") {
    SUBCASE("codes are stable numbers") {
        CHECK(static_cast<int>(error_code::invalid_value) == 1);
        CHECK(static_cast<int>(error_code::unknown_code) == 2);
        CHECK(static_cast<int>(error_code::invalid_date) == 3);
        CHECK(static_cast<int>(error_code::inconsistent_input) == 4);
        CHECK(static_cast<int>(error_code::invalid_rule_set) == 5);
    }
    SUBCASE("each class reports its own code and its parts") {
        const invalid_value a("f.a", "1", "vi a", "en a");
        const unknown_code b("f.b", "2", "vi b", "en b");
        const invalid_date c("f.c", "3", "vi c", "en c");
        const inconsistent_input e("f.e", "4", "vi e", "en e");
        const invalid_rule_set g("f.g", "5", "vi g", "en g");
        CHECK(a.code() == error_code::invalid_value);
        CHECK(b.code() == error_code::unknown_code);
        CHECK(c.code() == error_code::invalid_date);
        CHECK(e.code() == error_code::inconsistent_input);
        CHECK(g.code() == error_code::invalid_rule_set);
        CHECK(std::string(a.what()) == "f.a = 1: vi a | en a");
        CHECK(b.field() == "f.b");
        CHECK(b.value() == "2");
        CHECK(b.message_vi() == "vi b");
        CHECK(b.message_en() == "en b");
    }
    SUBCASE(
        "a thrown error is caught as sinhhoat::error, std::invalid_argument and std::exception") {
        const auto bad = [] { make_date(2023, 2, 29); };
        CHECK_THROWS_AS(bad(), invalid_date);
        CHECK_THROWS_AS(bad(), sinhhoat::error);
        CHECK_THROWS_AS(bad(), std::invalid_argument);
        CHECK_THROWS_AS(bad(), std::exception);
        const auto e = thrown_as<sinhhoat::error>(bad);
        CHECK(e.code() == error_code::invalid_date);
    }
}

TEST_CASE("errors: what() holds the field and the value and the Vietnamese and English text") {
    const auto e = thrown_as<inconsistent_input>([] { check_online(cell(10, 11)); });
    const std::string what = e.what();
    CHECK(e.field() == "organisation.roll.unable");
    CHECK(e.value() == "11");
    CHECK(what == e.field() + " = " + e.value() + ": " + e.message_vi() + " | " + e.message_en());
    CHECK(contains(what, "organisation.roll.unable = 11: "));
    CHECK(contains(e.message_vi(), "vượt quá 10"));
    CHECK(contains(e.message_en(), "exceed the 10"));
    CHECK(contains(what, " | "));
}

TEST_CASE("errors: member counts") {
    SUBCASE("a negative member count") {
        const auto e = thrown_as<invalid_value>([] { check_online(cell(-1, 0)); });
        CHECK(e.field() == "organisation.roll.members");
        CHECK(e.value() == "-1");
        CHECK(contains(e.message_en(), "negative"));
    }
    SUBCASE("negative exempted and suspended members") {
        auto o = cell(10, 6);
        o.roll.exempted = -1;
        CHECK(thrown_as<invalid_value>([&] { check_online(o); }).field() ==
              "organisation.roll.exempted");
        o.roll.exempted = 0;
        o.roll.suspended = -2;
        const auto e = thrown_as<invalid_value>([&] { check_online(o); });
        CHECK(e.field() == "organisation.roll.suspended");
        CHECK(e.value() == "-2");
    }
    SUBCASE("exempted plus suspended above the roll; equal to it is valid") {
        auto o = cell(10, 0);
        o.roll.exempted = 5;
        o.roll.suspended = 5;
        verdict v;
        REQUIRE_NOTHROW(v = check_online(o));
        CHECK(status_of(v, rule_id::online_scope_majority) == finding_status::violated);
        o.roll.suspended = 6;
        const auto e = thrown_as<inconsistent_input>([&] { check_online(o); });
        CHECK(e.field() == "organisation.roll.exempted + organisation.roll.suspended");
        CHECK(e.value() == "5 + 6 > 10");
    }
    SUBCASE("members unable to attend above the base; equal to it is valid") {
        CHECK_NOTHROW(check_online(cell(10, 10)));
        CHECK(thrown_as<inconsistent_input>([] { check_online(cell(10, 11)); }).field() ==
              "organisation.roll.unable");
        auto o = cell(10, 8);
        o.roll.exempted = 2; // base 8
        CHECK_NOTHROW(check_online(o));
        o.roll.unable.push_back({{ground::epidemic}, 1}); // 9 distinct members of 8
        const auto e = thrown_as<inconsistent_input>([&] { check_online(o); });
        CHECK(e.field() == "organisation.roll.unable");
        CHECK(e.value() == "9");
    }
    SUBCASE("an unable entry with a negative count or no ground") {
        auto o = cell(10, 6);
        o.roll.unable.push_back({{ground::epidemic}, -1});
        const auto e = thrown_as<invalid_value>([&] { check_online(o); });
        CHECK(e.field() == "organisation.roll.unable[1].count");
        o.roll.unable = {{{}, 3}};
        const auto g = thrown_as<invalid_value>([&] { check_online(o); });
        CHECK(g.field() == "organisation.roll.unable[0].grounds");
        CHECK(g.value() == "{}");
    }
    SUBCASE("a negative count of members present at a tổ meeting") {
        auto r = round_on(d(2024, 3, 1));
        r.groups[2].members_present = -1;
        const auto e = thrown_as<invalid_value>([&] { check_round(r, rule_sets::cao_bang()); });
        CHECK(e.field() == "round.groups[2].members_present");
    }
}

TEST_CASE("errors: unknown codes") {
    SUBCASE("a topic") {
        const auto e = thrown_as<unknown_code>([] { from_code<topic>("karaoke"); });
        CHECK(e.code() == error_code::unknown_code);
        CHECK(e.field() == "topic");
        CHECK(e.value() == "'karaoke'");
        // The message lists the codes that exist.
        CHECK(contains(e.message_en(), "party_dues"));
        CHECK(contains(e.message_vi(), "major_policy_decision"));
    }
    SUBCASE("a ground, with the caller's field") {
        const auto e =
            thrown_as<unknown_code>([] { from_code<ground>("flood", "meeting.ground"); });
        CHECK(e.field() == "meeting.ground");
        CHECK(e.value() == "'flood'");
        CHECK(contains(e.what(), "natural_disaster"));
    }
    SUBCASE("codes are exact: case, spacing and the catalogue's dots matter") {
        CHECK(from_code<ground>("epidemic") == ground::epidemic);
        CHECK_THROWS_AS(from_code<ground>("Epidemic"), unknown_code);
        CHECK_THROWS_AS(from_code<ground>(" epidemic"), unknown_code);
        CHECK_THROWS_AS(from_code<ground>(""), unknown_code);
        CHECK(from_code<rule_id>("online.quota") == rule_id::online_quota);
        CHECK_THROWS_AS(from_code<rule_id>("online_quota"), unknown_code);
    }
    SUBCASE("an unknown rule set id") {
        CHECK(thrown_as<unknown_code>([] { rule_sets::by_id("quang_ninh"); }).field() ==
              "rule_set.id");
    }
}

TEST_CASE("errors: impossible and missing dates") {
    SUBCASE("make_date") {
        const auto e = thrown_as<invalid_date>([] { make_date(2023, 2, 29); });
        CHECK(e.code() == error_code::invalid_date);
        CHECK(e.field() == "date");
        CHECK(e.value() == "2023-2-29");
        CHECK(make_date(2024, 2, 29) == date(2024, 2, 29));
        CHECK(thrown_as<invalid_date>([] { make_date(2023, 4, 31, "meeting.date"); }).field() ==
              "meeting.date");
        for (const auto& ymd : {std::array<int, 3>{2023, 13, 1},
                                {2023, 0, 1},
                                {2023, 1, 0},
                                {2023, 1, 32},
                                {-1, 1, 1},
                                {2023, -1, 1},
                                {2023, 1, -1}}) {
            CAPTURE(ymd[0]);
            CAPTURE(ymd[1]);
            CAPTURE(ymd[2]);
            CHECK_THROWS_AS(make_date(ymd[0], ymd[1], ymd[2]), invalid_date);
        }
    }
    SUBCASE("parse_date") {
        const auto e = thrown_as<invalid_date>([] { parse_date("2023-02-30"); });
        CHECK(e.field() == "date");
        CHECK(e.value() == "'2023-02-30'");
        CHECK(contains(e.message_en(), "YYYY-MM-DD"));
        const auto g = thrown_as<invalid_date>([] { parse_date("garbage", "report_date"); });
        CHECK(g.field() == "report_date");
        CHECK(g.value() == "'garbage'");
        for (const char* bad :
             {"", "2023-2-28", "2023/02/28", "28/02/2023", "2023-02-28 ", "2023-02-2x",
              "+023-02-28", "2023-00-10", "2023-13-01", "2023-06-31"}) {
            CAPTURE(bad);
            CHECK_THROWS_AS(parse_date(bad), invalid_date);
        }
        CHECK(parse_date("2024-02-29") == d(2024, 2, 29));
        CHECK(parse_date("2023-12-31") == d(2023, 12, 31));
    }
    SUBCASE("a meeting without a date") {
        meeting m = online_meeting(d(2024, 3, 1));
        m.date = date();
        const auto e = thrown_as<invalid_date>([&] { check_online(cell(10, 6), m); });
        CHECK(e.field() == "meeting.date");
        CHECK(e.value() == "not-a-date-time");
        m.date = date(boost::date_time::pos_infin);
        CHECK(thrown_as<invalid_date>([&] { check_online(cell(10, 6), m); }).field() ==
              "meeting.date");
        // A default-constructed meeting too.
        CHECK(thrown_as<invalid_date>([] { check_online(cell(10, 6), meeting{}); }).field() ==
              "meeting.date");
    }
    SUBCASE("dates of the other inputs") {
        const auto& rules = rule_sets::cao_bang();
        CHECK(thrown_as<invalid_date>([&] {
                  pilot::reporting(rules, date(), std::nullopt);
              }).field() == "as_of");
        CHECK(thrown_as<invalid_date>([&] {
                  pilot::reporting(rules, d(2025, 7, 1), date());
              }).field() == "report_date");
        unit_selection s;
        s.submitted_on = date();
        CHECK(thrown_as<invalid_date>([&] { check_selection(s, rules); }).field() ==
              "unit_selection.submitted_on");
        CHECK(thrown_as<invalid_date>([] {
                  past_meeting ok;
                  ok.date = d(2024, 1, 1);
                  meeting_history h({ok, past_meeting{}});
              }).field() == "history[1].date");
        meeting_history h;
        CHECK(thrown_as<invalid_date>([&] { h.add(past_meeting{}); }).field() == "history[0].date");
        CHECK(thrown_as<invalid_date>([&] {
                  online_quota_left(cell(10, 6), h, date(), rules);
              }).field() == "date");
        auto o = cell(60, 0);
        o.pilot.selected_on = date();
        CHECK(thrown_as<invalid_date>([&] { check_online(o); }).field() ==
              "organisation.pilot.selected_on");
        auto r = round_on(d(2024, 3, 1));
        r.consolidation->date = date();
        CHECK(thrown_as<invalid_date>([&] { check_round(r, rules); }).field() ==
              "round.consolidation.date");
    }
}

TEST_CASE("errors: inconsistent meetings and rounds") {
    const auto& rules = rule_sets::cao_bang();
    const auto day = d(2024, 3, 1);

    SUBCASE("form by_group with body whole_organisation, and the reverse") {
        meeting m = group_meeting_on(day);
        m.body = meeting_body::whole_organisation;
        const auto e = thrown_as<inconsistent_input>([&] { check(m, cell(60, 0), {}, rules); });
        CHECK(e.field() == "meeting.form / meeting.body");
        CHECK(e.value() == "by_group / whole_organisation");
        meeting n = online_meeting(day);
        n.body = meeting_body::party_group_round;
        CHECK(thrown_as<inconsistent_input>([&] { check(n, cell(60, 0), {}, rules); }).value() ==
              "hybrid / party_group_round");
        CHECK_NOTHROW(check(group_meeting_on(day), cell(60, 0), {}, rules));
    }
    SUBCASE("a report dated before its tổ meeting; the same day is valid") {
        auto r = round_on(day);
        r.groups[1].report_date = day - days(1);
        const auto e = thrown_as<inconsistent_input>(
            [&] { check(group_meeting_on(day), cell(60, 0), {}, rules, r); });
        CHECK(e.field() == "round.groups[1].report_date");
        CHECK(e.value() == "2024-02-29");
        CHECK(contains(e.message_vi(), "01/03/2024"));
        CHECK(contains(e.message_en(), "2024-03-01"));
        r.groups[1].report_date = day;
        CHECK_NOTHROW(check(group_meeting_on(day), cell(60, 0), {}, rules, r));
    }
    SUBCASE("a round given with a meeting that is not by tổ đảng") {
        const auto e = thrown_as<inconsistent_input>(
            [&] { check(online_meeting(day), cell(60, 31), {}, rules, round_on(day)); });
        CHECK(e.field() == "meeting.form");
    }
    SUBCASE("a round whose first tổ meeting is not the meeting's date") {
        const auto e = thrown_as<inconsistent_input>(
            [&] { check(group_meeting_on(day), cell(60, 0), {}, rules, round_on(day + days(1))); });
        CHECK(e.field() == "meeting.date");
        CHECK(contains(e.message_vi(), "02/03/2024"));
    }
}

TEST_CASE("errors: circumstance decisions") {
    auto o = cell(10, 6, ground::epidemic);
    circumstance_decision dec;
    dec.ground = ground::epidemic;
    dec.decided_on = d(2024, 2, 1);
    dec.from = d(2024, 2, 1);
    dec.until = d(2024, 4, 30);
    dec.reference = "12-QĐ/HU";
    o.decisions = {dec};
    const auto m = online_meeting(d(2024, 3, 1), ground::epidemic);
    REQUIRE(check_online(o, m).outcome() == outcome::allowed);

    SUBCASE("a decision on a special-nature ground") {
        o.decisions[0].ground = ground::dispersed_wide_area;
        const auto e = thrown_as<inconsistent_input>([&] { check_online(o, m); });
        CHECK(e.field() == "organisation.decisions[0].ground");
        CHECK(e.value() == "dispersed_wide_area");
    }
    SUBCASE("a decision ending before it starts; a one-day circumstance is valid") {
        o.decisions[0].until = d(2024, 1, 31);
        const auto e = thrown_as<inconsistent_input>([&] { check_online(o, m); });
        CHECK(e.field() == "organisation.decisions[0].until");
        CHECK(e.value() == "2024-01-31");
        o.decisions[0].until = o.decisions[0].from;
        CHECK_NOTHROW(check_online(o, m));
    }
    SUBCASE("a decision without its date") {
        o.decisions.push_back(dec);
        o.decisions[1].decided_on = date();
        CHECK(thrown_as<invalid_date>([&] { check_online(o, m); }).field() ==
              "organisation.decisions[1].decided_on");
    }
}

TEST_CASE(
    "errors: an enum value cast out of range is invalid_value and never undefined behaviour") {
    const auto day = d(2024, 3, 1);
    const auto past_end = [](auto e) { return static_cast<decltype(e)>(enum_size<decltype(e)>()); };

    SUBCASE("the first value past the end and 200") {
        for (const auto g : {past_end(ground{}), static_cast<ground>(200)}) {
            CAPTURE(static_cast<int>(g));
            CHECK_FALSE(is_valid(g));
            const auto e = thrown_as<invalid_value>(
                [&] { check_online(cell(10, 6), online_meeting(day, g)); });
            CHECK(e.code() == error_code::invalid_value);
            CHECK(e.field() == "meeting.ground");
            CHECK(e.value() == std::to_string(static_cast<int>(g)));
        }
        CHECK(is_valid(static_cast<ground>(enum_size<ground>() - 1)));
    }
    SUBCASE("meeting form and body") {
        auto m = online_meeting(day);
        m.form = static_cast<meeting_form>(200);
        CHECK(thrown_as<invalid_value>([&] { check_online(cell(10, 6), m); }).field() ==
              "meeting.form");
        m = online_meeting(day);
        m.body = past_end(meeting_body{});
        CHECK(thrown_as<invalid_value>([&] { check_online(cell(10, 6), m); }).field() ==
              "meeting.body");
    }
    SUBCASE("organisation kind and decision ground") {
        auto o = cell(10, 6);
        o.kind = static_cast<organisation_kind>(200);
        CHECK(thrown_as<invalid_value>([&] { check_online(o); }).field() == "organisation.kind");
        o = cell(10, 6);
        o.decisions = {circumstance_decision{static_cast<ground>(200), day, day, std::nullopt, "", std::nullopt}};
        CHECK(thrown_as<invalid_value>([&] { check_online(o); }).field() ==
              "organisation.decisions[0].ground");
    }
    SUBCASE("a member's status, a selecting unit's kind, an eligibility ground") {
        CHECK(
            thrown_as<invalid_value>([] {
                member_roll::from_members({member{}, member{static_cast<member_status>(200), {}}});
            }).field() == "members[1].status");
        unit_selection s;
        s.kind = static_cast<selecting_unit_kind>(200);
        CHECK(thrown_as<invalid_value>([&] {
                  check_selection(s, rule_sets::cao_bang());
              }).field() == "unit_selection.kind");
        CHECK(thrown_as<invalid_value>([&] {
                  online_eligibility(cell(10, 6), static_cast<ground>(200), day,
                                     rule_sets::cao_bang());
              }).field() == "ground");
    }
    SUBCASE("the vocabulary functions answer without reading past their tables") {
        const auto g = static_cast<ground>(200);
        CHECK_FALSE(is_valid(g));
        CHECK(clause_of(static_cast<rule_id>(200)).empty());
        ground_set s;
        s.insert(g);
        CHECK(s.empty());
        CHECK_FALSE(ground_set::all().contains(g));
        finding f;
        f.reason = static_cast<reason>(200);
        CHECK(f.message_vi().empty());
        CHECK(f.message_en().empty());
        CHECK(f.value_names().empty());
        CHECK(f.value_count() == 0);
    }
}

// A past meeting with a form, body or ground cast out of range would be miscounted silently
// (ground 200 reads as a special circumstance): the history rejects it.
TEST_CASE("errors: an out-of-range enum in the meeting history is invalid_value") {
    const auto bad_form = [] {
        meeting_history h(
            {past_meeting{d(2024, 1, 5), meeting_body::whole_organisation,
                          static_cast<meeting_form>(200), ground::dispersed_wide_area}});
    };
    CHECK(thrown_as<invalid_value>(bad_form).field() == "history[0].form");
    const auto bad_ground = [] {
        meeting_history h;
        h.add(past_meeting{d(2024, 1, 5), meeting_body::whole_organisation, meeting_form::hybrid,
                           static_cast<ground>(200)});
    };
    CHECK(thrown_as<invalid_value>(bad_ground).field() == "history[0].ground");
}

// An interpretation switch cast out of range would be read as one of the valid readings.
TEST_CASE("errors: an out-of-range interpretation switch fails rule set validation") {
    auto r = rule_sets::cao_bang();
    r.id = "bad_interp";
    r.interp.year = static_cast<year_basis>(200);
    CHECK(thrown_as<invalid_rule_set>([&] { r.validate(); }).field() ==
          "rule_set(bad_interp).interp.year");
    r.interp = {};
    r.interp.fully_online = static_cast<fully_online_basis>(200);
    CHECK(thrown_as<invalid_rule_set>([&] { r.validate(); }).field() ==
          "rule_set(bad_interp).interp.fully_online");
    r.interp = {};
    r.interp.group_member_count = static_cast<member_count_basis>(200);
    CHECK(thrown_as<invalid_rule_set>([&] { r.validate(); }).field() ==
          "rule_set(bad_interp).interp.group_member_count");
}

// Ints from Python or JSON must not wrap into a valid date when narrowed (65537 -> 1).
TEST_CASE("errors: make_date rejects values that do not fit instead of wrapping them") {
    CHECK_THROWS_AS(make_date(2023, 1, 65537), invalid_date);
    CHECK_THROWS_AS(make_date(2023, 65537, 1), invalid_date);
    CHECK_THROWS_AS(make_date(67559, 1, 1), invalid_date);
}

TEST_CASE("errors: unsatisfied rules are findings and never exceptions") {
    SUBCASE("an online meeting that breaks nearly every rule") {
        auto org = cell(10, 2, ground::abroad, organisation_kind::above_grassroots);
        org.pilot.online = false;
        org.decisions = {circumstance_decision{ground::epidemic, d(2024, 1, 1), d(2024, 1, 1),
                                               d(2024, 1, 31), "1-QĐ/HU", std::nullopt}};
        meeting m;
        m.date = d(2024, 3, 1);
        m.form = meeting_form::fully_online;
        m.ground = ground::epidemic;
        m.agenda = excluded_topics_ii32();
        m.platform = platform_set{}; // stated: none (R38: not stated is not a fault)
        m.infrastructure = infrastructure_set{};
        meeting_history h;
        for (int i = 1; i <= 5; ++i)
            h.add(online_meeting(d(2024, 1, i)));
        for (const auto* rules : rule_sets::builtin()) {
            CAPTURE(rules->id);
            verdict v;
            REQUIRE_NOTHROW(v = check(m, org, h, *rules));
            CHECK(v.outcome() == outcome::not_allowed);
            CHECK(v.count(finding_status::violated) >= 8);
        }
    }
    SUBCASE("an empty organisation meeting online") {
        verdict v;
        // With no members present (0: not recorded) and no one online: R35 has no figure.
        auto m = online_meeting(d(2024, 9, 10));
        m.minutes->members_present = 0;
        m.members_online.reset();
        REQUIRE_NOTHROW(v = check(m, cell(0, 0), {}, rule_sets::cao_bang()));
        CHECK(status_of(v, rule_id::online_scope_majority) == finding_status::violated);
    }
    SUBCASE("a tổ đảng round that breaks every rule") {
        const auto day = d(2024, 3, 1);
        auto org =
            cell(12, 0, ground::dispersed_wide_area, organisation_kind::grassroots_committee);
        org.has_party_groups = false;
        org.party_groups.reset();
        org.pilot.by_group = false;
        group_round r;
        sinhhoat::group_meeting g;
        g.group = 1;
        g.date = day;
        g.report_date = day + days(5);
        r.groups = {g, g};
        r.consolidation = group_consolidation{day - days(1), false, false, false};
        r.preparation_held = false; // stated (R38: not stated would not be evaluated)
        meeting m = group_meeting_on(day);
        m.agenda = {topic::discipline};
        meeting_history h;
        for (int i = 1; i <= 3; ++i)
            h.add(group_meeting_on(d(2024, 1, i)));
        verdict v;
        REQUIRE_NOTHROW(v = check(m, org, h, rule_sets::cao_bang(), r));
        CHECK(v.outcome() == outcome::not_allowed);
        for (const auto rule :
             {rule_id::group_quota, rule_id::group_preparation, rule_id::group_report_deadline,
              rule_id::group_consolidation, rule_id::content_excluded}) {
            CAPTURE(rule);
            CHECK(status_of(v, rule) == finding_status::violated);
        }
        REQUIRE_NOTHROW(v = check(m, org, h, rule_sets::cao_bang(), group_round{}));
        CHECK(v.outcome() == outcome::not_allowed);
    }
    SUBCASE("a list not sent and a report not sent") {
        unit_selection s;
        verdict v;
        REQUIRE_NOTHROW(v = check_selection(s, rule_sets::cao_bang()));
        CHECK(v.count(finding_status::violated) == 3);
        finding f;
        REQUIRE_NOTHROW(f = pilot::reporting(rule_sets::cao_bang(), d(2026, 1, 1), std::nullopt));
        CHECK(f.status == finding_status::not_evaluated); // R40: no deadline is stated
    }
}

// Boost's calendar is 1400..9999: answers near its ends are readable, or the error names the
// field, never "date = ?".
TEST_CASE("errors: dates at Boost's limits") {
    SUBCASE("a rolling quota year that would reach before 1400 starts on 1/1/1400") {
        auto rules = with_interp(rule_sets::cao_bang(),
                                 [](interpretations& i) { i.year = year_basis::rolling_year; });
        rules.periods = {{d(1400, 1, 1), d(9999, 12, 31), "", "", ""}};
        rules.succeeded_by.reset();
        const auto f =
            online::quota(online_meeting(d(1400, 3, 1)), cell(10, 6), meeting_history{}, rules);
        CHECK(f.status == finding_status::passed);
        CHECK(value_date(f.values[2]) == d(1400, 1, 1));
        CHECK(value_date(f.values[3]) == d(1400, 3, 1));
        // 1/1/1401 reaches back to 2/1/1400, inside the calendar.
        const auto g =
            online::quota(online_meeting(d(1401, 1, 1)), cell(10, 6), meeting_history{}, rules);
        CHECK(value_date(g.values[2]) == d(1400, 1, 2));
    }
    SUBCASE("a report due after 31/12/9999 names the tổ meeting's date") {
        sinhhoat::group_meeting g;
        g.date = d(9999, 12, 31);
        const auto e = thrown_as<invalid_date>([&] { group::report_due(g, rule_sets::hd03()); });
        CHECK(e.field() == "group_meeting.date");
        CHECK(e.value() == "9999-12-31");
        g.date = d(9999, 12, 30);
        CHECK(group::report_due(g, rule_sets::hd03()) == d(9999, 12, 31));
        // In a round, the refusal names the tổ meeting (check() and check_round alike).
        auto round = round_on(d(9999, 12, 30), 3, 0);
        round.groups[1].date = round.groups[1].report_date.emplace(d(9999, 12, 31));
        organisation org = cell(20, 0);
        org.has_party_groups = true;
        org.party_groups = 3;
        for (const auto& refused :
             {thrown_as<invalid_date>([&] {
                  check(group_meeting_on(round.groups[0].date), org, {}, rule_sets::hd03(), round);
              }),
              thrown_as<invalid_date>([&] { check_round(round, rule_sets::hd03(), 3); })}) {
            CHECK(refused.field() == "round.groups[1].date");
            CHECK(refused.value() == "9999-12-31");
        }
        round.groups[1].date = d(9999, 12, 30);
        CHECK_NOTHROW(check_round(round, rule_sets::hd03(), 3));
    }
    SUBCASE("a report deadline beyond a year is not a valid rule set") {
        auto rules = rule_sets::hd03();
        rules.report_deadline_days = 367;
        const auto e = thrown_as<invalid_rule_set>([&] { rules.validate(); });
        CHECK(e.field() == "rule_set(hd03).report_deadline_days[0].value");
        rules.report_deadline_days = 366;
        CHECK_NOTHROW(rules.validate());
    }
    SUBCASE("a finding's date value outside the calendar reads as no date") {
        CHECK(value_date(std::int64_t{1} << 40).is_not_a_date());
        CHECK(value_date(-5).is_not_a_date());
        finding f = pilot::window(d(2024, 1, 1), rule_sets::hd03());
        f.values[2] = std::int64_t{1} << 40;
        CHECK_NOTHROW(f.message_vi());
        CHECK(json::to_json(f)["values"]["date"].is_null());
    }
}
