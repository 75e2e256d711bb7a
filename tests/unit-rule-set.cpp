// Rule sets (catalogue §6): the built-in sets, dated parameters, validation, and user rule sets.

#include "records.hpp"

#include <sstream>
#include <string>
#include <vector>

using namespace fixtures;

namespace {

const date open_start{boost::date_time::neg_infin};
const date open_end{boost::date_time::pos_infin};

/// A user rule set: Cao Bằng's, with the chi bộ online quota lowered from 3 to 2 on 1/7/2024.
rule_set lowered_quota() {
    rule_set r = rule_sets::cao_bang();
    r.id = "cao_bang_2024";
    r.name = "Cao Bằng, hạn mức sửa đổi từ 1/7/2024";
    r.online_quota_cell = dated<std::int32_t>({
        {open_start, d(2024, 6, 30), 3},
        {d(2024, 7, 1), open_end, 2},
    });
    return r;
}

/// `n` special-nature online meetings of the whole cell, one a month from `first`.
meeting_history online_meetings(date first, int n) {
    meeting_history h;
    for (int i = 0; i < n; ++i)
        h.add(online_meeting(first + boost::gregorian::months(i)));
    return h;
}

} // namespace

TEST_CASE("rule_set: every built-in rule set validates") {
    const auto all = rule_sets::builtin();
    REQUIRE(all.size() == 3);
    std::vector<std::string> ids;
    for (const auto* r : all) {
        CAPTURE(r->id);
        CHECK_NOTHROW(r->validate());
        CHECK_FALSE(r->name.empty());
        CHECK_FALSE(r->sources.empty());
        ids.push_back(r->id);
    }
    CHECK(ids == std::vector<std::string>{"hd03", "cao_bang", "nghe_an_khoi"});
}

TEST_CASE("rule_set: by_id finds each built-in set and rejects an unknown id") {
    CHECK(&rule_sets::by_id("hd03") == &rule_sets::hd03());
    CHECK(&rule_sets::by_id("cao_bang") == &rule_sets::cao_bang());
    CHECK(&rule_sets::by_id("nghe_an_khoi") == &rule_sets::nghe_an_khoi());

    for (const char* bad : {"ha_giang", "", "Cao_Bang", "cao_bang "}) {
        CAPTURE(bad);
        const auto e = thrown_as<unknown_code>([&] { rule_sets::by_id(bad); });
        CHECK(e.code() == error_code::unknown_code);
        CHECK(e.field() == "rule_set.id");
        CHECK(e.value() == "'" + std::string(bad) + "'");
        CHECK(std::string(e.what()).find("cao_bang") != std::string::npos);
    }
}

TEST_CASE("rule_set: the built-in sets carry the values of their texts") {
    const auto day = d(2024, 3, 1);
    for (const auto* r : rule_sets::builtin()) {
        CAPTURE(r->id);
        REQUIRE(r->online_quota_committee.at(day));
        CHECK(*r->online_quota_committee.at(day) == 1); // II.2 ý 3: "không quá 01 lần"
        CHECK(*r->online_quota_cell.at(day) == 3);      // II.2 ý 3: "không quá 03 lần"
        CHECK(*r->group_quota.at(day) == 3);            // II.2 ý 5
        CHECK(*r->group_min_members.at(day) == 50);     // II.1.2: "từ 50 đảng viên trở lên"
        CHECK(*r->report_deadline_days.at(day) == 1);   // II.4.2 ý 2: "chậm nhất 01 ngày"
        CHECK(*r->excluded_topics.at(day) == excluded_topics_ii32());
        CHECK(excluded_topics_ii32().size() == 15); // the fifteen items of II.3.2
        CHECK(*r->required_steps.at(day) == cell_meeting_steps());
        CHECK(r->interp == interpretations{});
    }
    CHECK(rule_sets::hd03().final_report_required == true);
    CHECK(rule_sets::cao_bang().final_report_required == true);
    CHECK(rule_sets::nghe_an_khoi().final_report_required == false);
    for (const auto* r : rule_sets::builtin())
        CHECK_FALSE(r->final_report_due); // R40: no text held states a deadline
    CHECK(rule_sets::nghe_an_khoi().registration_required);
    CHECK_FALSE(rule_sets::hd03().registration_required);
    CHECK_FALSE(rule_sets::cao_bang().registration_required);
}

TEST_CASE("online.scope.ground: the grounds lists differ between the texts as RULES.md says") {
    const auto day = d(2024, 7, 1); // in the summer break (R6)
    const auto& hd03 = *rule_sets::hd03().grounds.at(day);
    const auto& cao_bang = *rule_sets::cao_bang().grounds.at(day);
    const auto& nghe_an = *rule_sets::nghe_an_khoi().grounds.at(day);

    SUBCASE("HD03 names members abroad and seafarers, not teachers") {
        CHECK(hd03.contains(ground::abroad));
        CHECK(hd03.contains(ground::seafarer_offshore_island));
        CHECK_FALSE(hd03.contains(ground::teacher_summer_break));
        CHECK(hd03 == ground_set::all() - ground_set{ground::teacher_summer_break});
    }
    SUBCASE("Cao Bằng adds teachers and names neither members abroad nor seafarers") {
        CHECK(cao_bang.contains(ground::teacher_summer_break));
        CHECK_FALSE(cao_bang.contains(ground::abroad));
        CHECK_FALSE(cao_bang.contains(ground::seafarer_offshore_island));
        CHECK(cao_bang.size() == 8); // with students apart (R6)
    }
    SUBCASE("R7: Nghệ An Khối accepts HD03's grounds (its news item lists them with 'như')") {
        CHECK(nghe_an == hd03);
        CHECK(nghe_an.contains(ground::cannot_leave_post));
        CHECK_FALSE(nghe_an.contains(ground::teacher_summer_break));
    }
    SUBCASE("all three list the six catalogue classes' common core") {
        for (const auto g :
             {ground::dispersed_wide_area, ground::not_regularly_same_place,
              ground::natural_disaster, ground::prolonged_isolation, ground::epidemic}) {
            CAPTURE(g);
            CHECK(hd03.contains(g));
            CHECK(cao_bang.contains(g));
            CHECK(nghe_an.contains(g));
        }
    }
    SUBCASE("the difference decides online.scope.ground") {
        struct row {
            ground g;
            finding_status hd03, cao_bang, nghe_an;
        };
        const auto P = finding_status::passed, V = finding_status::violated;
        for (const auto& r :
             {row{ground::teacher_summer_break, V, P, V}, row{ground::abroad, P, V, P},
              row{ground::seafarer_offshore_island, P, V, P},
              row{ground::cannot_leave_post, P, P, P}, row{ground::dispersed_wide_area, P, P, P}}) {
            CAPTURE(r.g);
            CHECK(online::scope_ground(r.g, day, rule_sets::hd03()).status == r.hd03);
            CHECK(online::scope_ground(r.g, day, rule_sets::cao_bang()).status == r.cao_bang);
            CHECK(online::scope_ground(r.g, day, rule_sets::nghe_an_khoi()).status == r.nghe_an);
        }
        const auto f = online::scope_ground(ground::teacher_summer_break, day, rule_sets::hd03());
        CHECK(f.reason == reason::ground_not_listed);
        CHECK(f.values[0] == static_cast<std::int64_t>(ground::teacher_summer_break));
        CHECK(f.message_vi().find("giáo viên") != std::string::npos);
        CHECK(f.message_en().find("teachers") != std::string::npos);
    }
}

TEST_CASE("rule_set: dated parameters give the value in force with both ends included") {
    const dated<std::int32_t> always(7);
    CHECK(*always.at(d(1900, 1, 1)) == 7);
    CHECK(*always.at(d(2100, 12, 31)) == 7);

    const dated<std::int32_t> p(
        {{d(2024, 7, 1), d(2024, 12, 31), 2}, {d(2024, 1, 1), d(2024, 6, 30), 3}});
    // Sorted by start whatever the order given.
    REQUIRE(p.values().size() == 2);
    CHECK(p.values()[0].from == d(2024, 1, 1));
    CHECK(p.at(d(2023, 12, 31)) == nullptr);
    CHECK(*p.at(d(2024, 1, 1)) == 3);
    CHECK(*p.at(d(2024, 6, 30)) == 3);
    CHECK(*p.at(d(2024, 7, 1)) == 2);
    CHECK(*p.at(d(2024, 12, 31)) == 2);
    CHECK(p.at(d(2025, 1, 1)) == nullptr);
    CHECK(p.at(date()) == nullptr);
    CHECK_NOTHROW(p.validate(path("p")));
    CHECK_NOTHROW(p.require_covers(path("p"), d(2024, 1, 1), d(2024, 12, 31)));
    // An open-ended period needs a value with no end (R27).
    CHECK_THROWS_AS(p.require_covers(path("p"), d(2024, 1, 1), std::nullopt), invalid_rule_set);
}

TEST_CASE("rule_set: parameters_on and parameter_spans give each dated value in force, over spans "
          "in which none changes") {
    auto sets = every_rule_set();
    sets.push_back(lowered_quota());
    // Values that change on 1 January, a parameter with a gap, and a period that ends on
    // 31 December.
    auto yearly = rule_sets::hd03();
    yearly.id = "yearly";
    yearly.group_quota =
        dated<std::int32_t>({{open_start, d(2024, 12, 31), 3}, {d(2025, 1, 1), open_end, 4}});
    yearly.report_deadline_days = dated<std::int32_t>(
        {{d(2023, 1, 1), d(2023, 12, 31), 5}, {d(2025, 1, 1), d(2025, 12, 31), 6}});
    // A value of one day, 31 December.
    yearly.group_min_members = dated<std::int32_t>({{open_start, d(2024, 12, 30), 50},
                                                    {d(2024, 12, 31), d(2024, 12, 31), 40},
                                                    {d(2025, 1, 1), open_end, 50}});
    sets.push_back(yearly);
    const date first_day(1400, 1, 1), last_day(9999, 12, 31);
    for (const auto& rules : sets) {
        CAPTURE(rules.id);
        const parameter_spans spans(rules);
        const auto& all = spans.spans();
        REQUIRE(!all.empty());
        CHECK(all.front().first == first_day);
        CHECK(all.back().last == last_day);
        for (std::size_t i = 1; i < all.size(); ++i)
            CHECK(all[i].first == all[i - 1].last + days(1));
        // Every day a value or a period starts or ends, the days either side, and the calendar's
        // ends.
        std::vector<date> asked{first_day, last_day};
        const auto around = [&](date x) {
            if (x.is_special())
                return;
            for (int k = -1; k <= 1; ++k)
                if (const auto y = x + days(k); !(y < first_day) && !(last_day < y))
                    asked.push_back(y);
        };
        const auto ends = [&](const auto& p) {
            for (const auto& v : p.values()) {
                around(v.from);
                around(v.until);
            }
        };
        ends(rules.online_quota_committee);
        ends(rules.online_quota_cell);
        ends(rules.group_quota);
        ends(rules.group_min_members);
        ends(rules.report_deadline_days);
        ends(rules.grounds);
        ends(rules.excluded_topics);
        ends(rules.required_steps);
        ends(rules.committee_steps);
        ends(rules.thematic_steps);
        for (const auto& c : rules.periods) {
            around(c.first);
            if (c.last)
                around(*c.last);
        }
        for (const auto day : asked) {
            CAPTURE(to_iso(day));
            const auto& p = spans.on(day);
            CHECK(!(day < p.first));
            CHECK(!(p.last < day));
            // The day's own parameters are its span's.
            const auto on_day = [&](date x) {
                auto one = rules.parameters_on(x);
                CHECK(one.first == x);
                CHECK(one.last == x);
                one.first = p.first;
                one.last = p.last;
                return one;
            };
            CHECK(on_day(day) == p);
            const auto same = [&](const auto& dated, const auto& value) {
                const auto* v = dated.at(day);
                CHECK(value.has_value() == (v != nullptr));
                if (v && value)
                    CHECK(*value == *v);
            };
            same(rules.online_quota_committee, p.online_quota_committee);
            same(rules.online_quota_cell, p.online_quota_cell);
            same(rules.group_quota, p.group_quota);
            same(rules.group_min_members, p.group_min_members);
            same(rules.report_deadline_days, p.report_deadline_days);
            same(rules.grounds, p.grounds);
            same(rules.excluded_topics, p.excluded_topics);
            same(rules.required_steps, p.required_steps);
            same(rules.committee_steps, p.committee_steps);
            same(rules.thematic_steps, p.thematic_steps);
            CHECK(p.covered() == rules.applies_on(day));
            if (p.covered())
                CHECK(&rules.periods[static_cast<std::size_t>(p.period)] == rules.period_at(day));
            CHECK(on_day(p.first) == p);
            CHECK(on_day(p.last) == p);
        }
    }
    // 31 December / 1 January: two spans, each with its value.
    const parameter_spans spans(yearly);
    const auto& before = spans.on(d(2024, 12, 31));
    const auto& after = spans.on(d(2025, 1, 1));
    CHECK(before.last == d(2024, 12, 31));
    CHECK(after.first == d(2025, 1, 1));
    CHECK(before.group_quota == 3);
    CHECK(before.first == d(2024, 12, 31));
    CHECK(before.group_min_members == 40);
    CHECK(after.group_min_members == 50);
    CHECK(spans.on(d(2024, 12, 30)).group_min_members == 50);
    CHECK(after.group_quota == 4);
    CHECK(!before.report_deadline_days); // the gap of 2024
    CHECK(after.report_deadline_days == 6);
    CHECK(spans.on(d(2023, 12, 31)).report_deadline_days == 5);
    // The quota lowered on 1/7/2024: the span of 30/6 ends that day.
    const parameter_spans lowered(lowered_quota());
    CHECK(lowered.on(d(2024, 6, 30)).online_quota_cell == 3);
    CHECK(lowered.on(d(2024, 6, 30)).last == d(2024, 6, 30));
    CHECK(lowered.on(d(2024, 7, 1)).online_quota_cell == 2);
    CHECK(lowered.on(d(2024, 7, 1)).first == d(2024, 7, 1));
}

TEST_CASE(
    "online.quota: a user rule set whose online quota changes mid-window uses the value of the "
    "meeting's date") {
    const auto rules = lowered_quota();
    REQUIRE_NOTHROW(rules.validate());
    CHECK(rules != rule_sets::cao_bang());
    const auto org = cell(10, 6);
    // Two earlier special-nature online meetings this year (February and March).
    const auto history = online_meetings(d(2024, 2, 10), 2);

    SUBCASE("the third meeting on 30/6/2024, the day before the change: within the limit of 3") {
        const auto v = check(online_meeting(d(2024, 6, 30)), org, history, rules);
        const auto q = of(v, rule_id::online_quota);
        REQUIRE(q.size() == 1);
        CHECK(q[0].status == finding_status::passed);
        CHECK(q[0].values[0] == 3);
        CHECK(q[0].values[1] == 3);
        CHECK(v.outcome() == outcome::allowed);
    }
    SUBCASE("the third meeting on 1/7/2024, the day of the change: over the limit of 2") {
        const auto v = check(online_meeting(d(2024, 7, 1)), org, history, rules);
        const auto q = of(v, rule_id::online_quota);
        REQUIRE(q.size() == 1);
        CHECK(q[0].status == finding_status::violated);
        CHECK(q[0].reason == reason::quota_exceeded);
        CHECK(q[0].values[0] == 3);
        CHECK(q[0].values[1] == 2);
        CHECK(q[0].message_vi().find("vượt giới hạn 2") != std::string::npos);
        CHECK(q[0].message_en().find("limit of 2") != std::string::npos);
        CHECK(v.outcome() == outcome::not_allowed);
    }
    SUBCASE("the built-in Cao Bằng set still allows the third meeting on 1/7/2024") {
        const auto v = check(online_meeting(d(2024, 7, 1)), org, history, rule_sets::cao_bang());
        CHECK(v.outcome() == outcome::allowed);
    }
    SUBCASE("online_quota_left reports the value in force on the day asked about") {
        const auto before = online_quota_left(org, history, d(2024, 6, 30), rules);
        const auto after = online_quota_left(org, history, d(2024, 7, 1), rules);
        REQUIRE(before);
        REQUIRE(after);
        CHECK(before->limit == 3);
        CHECK(before->remaining == 1);
        CHECK(after->limit == 2);
        CHECK(after->remaining == 0);
    }
}

TEST_CASE("rule_set: a new province is data only") {
    // A made-up province: its own window, a stricter quota, one ground less, and a report.
    rule_set r;
    r.id = "tinh_thu";
    r.name = "Tỉnh thử nghiệm";
    r.sources = {{"01-HD/TU", "Hướng dẫn thí điểm", "Ban Thường vụ Tỉnh uỷ", d(2023, 9, 1)}};
    r.periods = {{d(2023, 10, 1), d(2024, 9, 30), "01-HD/TU", "", ""}};
    r.online_quota_committee = 1;
    r.online_quota_cell = 2;
    r.group_quota = 2;
    r.group_min_members = 60;
    r.report_deadline_days = 2;
    r.grounds = grounds_of(ground_kind::special_nature) - ground_set{ground::abroad};
    r.excluded_topics = excluded_topics_ii32();
    r.required_steps = cell_meeting_steps();
    r.final_report_required = true;
    r.final_report_due = d(2024, 10, 31); // R40: a deadline this text states
    REQUIRE_NOTHROW(r.validate());

    CHECK(check(online_meeting(d(2023, 9, 30)), cell(10, 6), {}, r).outcome() ==
          outcome::not_covered);
    // R34: a choice made before the province's only text is no evidence under it.
    CHECK(check(online_meeting(d(2023, 10, 1)), cell(10, 6), {}, r).outcome() ==
          outcome::incomplete);
    auto chosen = cell(10, 6);
    chosen.pilot.online_selected_on = d(2023, 9, 1);
    CHECK(check(online_meeting(d(2023, 10, 1)), chosen, {}, r).outcome() == outcome::allowed);
    // Only special-nature grounds: an epidemic meeting is not on the list.
    const auto v = check(online_meeting(d(2024, 1, 5), ground::epidemic),
                         cell(10, 6, ground::epidemic), {}, r);
    CHECK(status_of(v, rule_id::online_scope_ground) == finding_status::violated);
    // 55 members: enough under the central text, not under this province's 60.
    const auto g = group::eligibility(cell(55, 0), d(2024, 1, 5), r);
    REQUIRE(g.size() == 1);
    CHECK(g[0].reason == reason::group_too_few_members);
    CHECK(g[0].values[0] == 55);
    CHECK(g[0].values[1] == 60);
    CHECK(pilot::reporting(r, d(2024, 10, 31), std::nullopt).reason == reason::reporting_due_later);
    CHECK(pilot::reporting(r, d(2024, 11, 1), std::nullopt).reason == reason::reporting_overdue);
    // The deadline comes after the window, for a report the rule set asks for.
    for (const auto due : {d(2024, 9, 30), d(2024, 1, 1)}) {
        r.final_report_due = due;
        CHECK(thrown_as<invalid_rule_set>([&] { r.validate(); }).field() ==
              "rule_set(tinh_thu).final_report_due");
    }
    r.final_report_due = d(2024, 10, 1);
    CHECK_NOTHROW(r.validate());
    r.final_report_required = std::nullopt;
    CHECK(thrown_as<invalid_rule_set>([&] { r.validate(); }).field() ==
          "rule_set(tinh_thu).final_report_due");
    r.final_report_due.reset();
    CHECK(pilot::reporting(r, d(2024, 11, 1), std::nullopt).reason ==
          reason::reporting_duty_not_stated);
}

TEST_CASE("rule_set: validate() rejects a malformed rule set and names the parameter") {
    auto r = lowered_quota();
    const std::string prefix = "rule_set(cao_bang_2024).";

    SUBCASE("a gap between dated values") {
        r.online_quota_cell =
            dated<std::int32_t>({{open_start, d(2024, 6, 30), 3}, {d(2024, 7, 2), open_end, 2}});
        const auto e = thrown_as<invalid_rule_set>([&] { r.validate(); });
        CHECK(e.code() == error_code::invalid_rule_set);
        CHECK(e.field() == prefix + "online_quota_cell[1]");
        CHECK(e.value() == "2024-06-30 / 2024-07-02");
        CHECK(e.message_en().find("gap") != std::string::npos);
    }
    SUBCASE("R6: a summer break that is not a period of days within one year") {
        const auto refused = [&](annual_period p, const std::string& field,
                                 const std::string& value) {
            r.summer_break = p;
            const auto e = thrown_as<invalid_rule_set>([&] { r.validate(); });
            CHECK(e.field() == prefix + "summer_break" + field);
            CHECK(e.value() == value);
        };
        refused({6, 31, 8, 31}, ".first_day", "31/6");
        refused({6, 1, 2, 30}, ".last_day", "30/2");
        refused({8, 31, 6, 1}, "", "31/8 .. 1/6");
        refused({0, 1, 8, 31}, ".first_month", "0");
        r.summer_break = {2, 29, 2, 29}; // a day of leap years
        CHECK_NOTHROW(r.validate());
        CHECK(r.summer_break.contains(d(2024, 2, 29)));
        CHECK_FALSE(r.summer_break.contains(d(2024, 3, 1)));
    }
    SUBCASE("consecutive values one day apart are not a gap") {
        r.online_quota_cell =
            dated<std::int32_t>({{open_start, d(2024, 6, 30), 3}, {d(2024, 7, 1), open_end, 2}});
        CHECK_NOTHROW(r.validate());
    }
    SUBCASE("an overlap") {
        r.online_quota_cell =
            dated<std::int32_t>({{open_start, d(2024, 7, 1), 3}, {d(2024, 7, 1), open_end, 2}});
        const auto e = thrown_as<invalid_rule_set>([&] { r.validate(); });
        CHECK(e.field() == prefix + "online_quota_cell[1]");
        CHECK(e.message_en().find("overlaps") != std::string::npos);
    }
    SUBCASE("a value ending before it starts") {
        r.group_quota = dated<std::int32_t>(
            {{open_start, d(2024, 6, 30), 3}, {d(2024, 7, 1), d(2024, 6, 30), 3}});
        const auto e = thrown_as<invalid_rule_set>([&] { r.validate(); });
        CHECK(e.field() == prefix + "group_quota[1]");
        CHECK(e.value() == "2024-07-01 .. 2024-06-30");
        CHECK(e.message_en().find("ends before it starts") != std::string::npos);
    }
    SUBCASE("a parameter starting after the window's first day") {
        r.online_quota_cell = dated<std::int32_t>({{d(2023, 8, 2), open_end, 3}});
        const auto e = thrown_as<invalid_rule_set>([&] { r.validate(); });
        CHECK(e.field() == prefix + "online_quota_cell");
        CHECK(e.message_vi().find("01/08/2023") != std::string::npos);
        CHECK(e.message_en().find("2025-06-30") != std::string::npos);
    }
    SUBCASE("a parameter ending before the window's last day") {
        r.report_deadline_days = dated<std::int32_t>({{open_start, d(2025, 6, 29), 1}});
        const auto e = thrown_as<invalid_rule_set>([&] { r.validate(); });
        CHECK(e.field() == prefix + "report_deadline_days");
    }
    SUBCASE("a parameter covering exactly the window") {
        r.report_deadline_days = dated<std::int32_t>({{d(2023, 8, 1), d(2025, 6, 30), 1}});
        CHECK_NOTHROW(r.validate());
    }
    SUBCASE("a set-valued parameter not covering the window") {
        r.grounds = dated<ground_set>({{d(2024, 1, 1), open_end, ground_set::all()}});
        const auto e = thrown_as<invalid_rule_set>([&] { r.validate(); });
        CHECK(e.field() == prefix + "grounds");
    }
    SUBCASE("a parameter with no value at all") {
        r.excluded_topics = dated<topic_set>();
        const auto e = thrown_as<invalid_rule_set>([&] { r.validate(); });
        CHECK(e.field() == prefix + "excluded_topics");
    }
    SUBCASE("a period's first day after its last") {
        r.periods = {{d(2025, 6, 30), d(2023, 8, 1), "", "", ""}};
        const auto e = thrown_as<invalid_rule_set>([&] { r.validate(); });
        CHECK(e.field() == prefix + "periods[0]");
        CHECK(e.value() == "2025-06-30 .. 2023-08-01");
    }
    SUBCASE("a one-day period is valid") {
        r.periods = {{d(2024, 1, 1), d(2024, 1, 1), "", "", ""}};
        CHECK_NOTHROW(r.validate());
    }
    SUBCASE("a period without dates") {
        r.periods = {coverage_period{}};
        const auto e = thrown_as<invalid_rule_set>([&] { r.validate(); });
        CHECK(e.field() == prefix + "periods[0].first");
    }
    SUBCASE("a negative quota") {
        r.online_quota_committee = -1;
        const auto e = thrown_as<invalid_rule_set>([&] { r.validate(); });
        CHECK(e.field() == prefix + "online_quota_committee[0].value");
        CHECK(e.value() == "-1");
    }
    SUBCASE("a negative quota in the second dated value") {
        r.online_quota_cell =
            dated<std::int32_t>({{open_start, d(2024, 6, 30), 3}, {d(2024, 7, 1), open_end, -2}});
        const auto e = thrown_as<invalid_rule_set>([&] { r.validate(); });
        CHECK(e.field() == prefix + "online_quota_cell[1].value");
        CHECK(e.value() == "-2");
    }
    SUBCASE("a quota of 0 is valid, a minimum membership of 0 is not") {
        r.group_quota = 0;
        CHECK_NOTHROW(r.validate());
        r.group_min_members = 0;
        const auto e = thrown_as<invalid_rule_set>([&] { r.validate(); });
        CHECK(e.field() == prefix + "group_min_members[0].value");
    }
    SUBCASE("a negative selection minimum") {
        r.selection->min_by_group = -1;
        const auto e = thrown_as<invalid_rule_set>([&] { r.validate(); });
        CHECK(e.field() == prefix + "selection.min_by_group");
    }
    SUBCASE("a required step that is also excluded") {
        r.excluded_topics = excluded_topics_ii32() | topic_set{topic::party_dues};
        const auto e = thrown_as<invalid_rule_set>([&] { r.validate(); });
        CHECK(e.field() == prefix + "required_steps");
        CHECK(e.value() == "party_dues");
    }
    SUBCASE("a required step excluded only after it stops being required is valid") {
        r.required_steps = dated<topic_set>(
            {{open_start, d(2024, 6, 30), cell_meeting_steps()},
             {d(2024, 7, 1), open_end, cell_meeting_steps() - topic_set{topic::party_dues}}});
        r.excluded_topics = dated<topic_set>(
            {{open_start, d(2024, 6, 30), excluded_topics_ii32()},
             {d(2024, 7, 1), open_end, excluded_topics_ii32() | topic_set{topic::party_dues}}});
        CHECK_NOTHROW(r.validate());
        // ... but not when the two periods overlap by one day.
        r.excluded_topics = dated<topic_set>(
            {{open_start, d(2024, 6, 29), excluded_topics_ii32()},
             {d(2024, 6, 30), open_end, excluded_topics_ii32() | topic_set{topic::party_dues}}});
        const auto e = thrown_as<invalid_rule_set>([&] { r.validate(); });
        CHECK(e.field() == prefix + "required_steps");
    }
    SUBCASE("a missing id") {
        r.id.clear();
        const auto e = thrown_as<invalid_rule_set>([&] { r.validate(); });
        CHECK(e.field() == "rule_set.id");
    }
    SUBCASE("the exception is a sinhhoat::error and a std::invalid_argument") {
        r.online_quota_cell = -3;
        CHECK_THROWS_AS(r.validate(), sinhhoat::error);
        CHECK_THROWS_AS(r.validate(), std::invalid_argument);
        CHECK_THROWS_WITH(r.validate(), doctest::Contains("online_quota_cell[0].value = -3"));
    }
}

// Every defect of a rule set, a missing deadline included, is invalid_rule_set.
TEST_CASE("rule_set: validate() rejects a selection rule without a deadline as invalid_rule_set") {
    auto r = lowered_quota();
    r.selection->deadline = date();
    CHECK_THROWS_AS(r.validate(), sinhhoat::error);
    const auto e = thrown_as<invalid_rule_set>([&] { r.validate(); });
    CHECK(e.field() == "rule_set(cao_bang_2024).selection.deadline");
}

TEST_CASE(
    "rule_set: a parameter with no value on the meeting's date gives not_covered and no crash") {
    // A user rule set that was never validated: its parameters start on 1/1/2024 while the window
    // starts on 1/8/2023.
    rule_set r = rule_sets::cao_bang();
    r.id = "cao_bang_partial";
    const auto from = d(2024, 1, 1);
    r.online_quota_cell = dated<std::int32_t>({{from, open_end, 3}});
    r.grounds = dated<ground_set>({{from, open_end, *rule_sets::cao_bang().grounds.at(from)}});
    r.excluded_topics = dated<topic_set>({{from, open_end, excluded_topics_ii32()}});
    r.required_steps = dated<topic_set>({{from, open_end, cell_meeting_steps()}});
    r.group_min_members = dated<std::int32_t>({{from, open_end, 50}});
    r.group_quota = dated<std::int32_t>({{from, open_end, 3}});
    r.report_deadline_days = dated<std::int32_t>({{from, open_end, 1}});
    CHECK_THROWS_AS(r.validate(), invalid_rule_set);

    const auto day = d(2023, 9, 1);
    SUBCASE("an online meeting") {
        verdict v;
        REQUIRE_NOTHROW(v = check(online_meeting(day), cell(10, 6), {}, r));
        CHECK(status_of(v, rule_id::pilot_window) == finding_status::passed);
        for (const auto rule :
             {rule_id::online_scope_majority, rule_id::online_scope_ground, rule_id::online_form,
              rule_id::online_quota, rule_id::online_procedure, rule_id::content_excluded}) {
            CAPTURE(rule);
            const auto fs = of(v, rule);
            REQUIRE(fs.size() == 1);
            CHECK(fs[0].status == finding_status::not_covered);
            CHECK(fs[0].reason == reason::parameter_not_in_force);
            CHECK(fs[0].value_names() == "date");
            CHECK(value_date(fs[0].values[0]) == day);
        }
        CHECK(v.outcome() == outcome::not_covered);
        const auto f = *v.find(rule_id::online_quota);
        CHECK(f.message_vi().find("01/09/2023") != std::string::npos);
        CHECK(f.message_en().find("2023-09-01") != std::string::npos);
        // On the day the parameters start the same meeting is allowed.
        CHECK(check(online_meeting(from), cell(10, 6), {}, r).outcome() == outcome::allowed);
    }
    SUBCASE("a fully online meeting") {
        auto m = online_meeting(day, ground::dispersed_wide_area, meeting_form::fully_online);
        m.gathering_impossible = true;
        verdict v;
        REQUIRE_NOTHROW(v = check(m, cell(10, 6), {}, r));
        CHECK(v.outcome() == outcome::not_covered);
    }
    SUBCASE("a meeting by tổ đảng with its round") {
        verdict v;
        REQUIRE_NOTHROW(v = check(group_meeting_on(day), cell(60, 0), {}, r, round_on(day)));
        for (const auto rule : {rule_id::group_scope, rule_id::group_quota, rule_id::group_conduct,
                                rule_id::group_report_deadline, rule_id::content_excluded}) {
            CAPTURE(rule);
            const auto fs = of(v, rule);
            REQUIRE(fs.size() == 1);
            CHECK(fs[0].status == finding_status::not_covered);
            CHECK(fs[0].reason == reason::parameter_not_in_force);
        }
        CHECK(v.outcome() == outcome::not_covered);
    }
    SUBCASE("the quota and eligibility questions") {
        CHECK_FALSE(online_quota_left(cell(10, 6), {}, day, r).has_value());
        CHECK_FALSE(group_quota_left({}, day, r).has_value());
        CHECK(online_eligibility(cell(10, 6), ground::dispersed_wide_area, day, r).outcome() ==
              outcome::not_covered);
        CHECK_FALSE(group::report_due(round_on(day).groups[0], r).has_value());
    }
    SUBCASE("a violation elsewhere still makes the meeting not allowed") {
        auto m = online_meeting(day);
        m.platform = platform_set{};
        const auto v = check(m, cell(10, 6), {}, r);
        CHECK(v.outcome() == outcome::not_allowed);
    }
}

TEST_CASE("rule_set: equality and printing") {
    auto r = rule_sets::cao_bang();
    CHECK(r == rule_sets::cao_bang());
    CHECK(r != rule_sets::hd03());
    r.interp.hybrid_counts = false;
    CHECK(r != rule_sets::cao_bang());
    std::ostringstream os;
    os << rule_sets::cao_bang();
    CHECK(os.str().find("cao_bang") != std::string::npos);
    CHECK(os.str().find("periods=[period{first=2023-08-01, last=2025-06-30") != std::string::npos);
    CHECK(os.str().find("succeeded_by=successor{rule_set=\"hd03\", since=2025-07-01") !=
          std::string::npos);
}

// R26: each rule set carries its own citations, prefixed by its document; where only a news
// item is held, the citation says so and names the HD03 clause it follows.
TEST_CASE("R26: findings cite the clause as their rule set's document numbers it") {
    const auto day = d(2024, 9, 10);
    const auto cite = [&](const rule_set& r) {
        const auto v = check(online_meeting(day), cell(10, 6), {}, r);
        const auto* f = v.find(rule_id::online_quota);
        REQUIRE(f != nullptr);
        CHECK(f->clause() == "II.2 ý 3"); // the catalogue's, alone
        return v.clause(*f);
    };
    CHECK(cite(rule_sets::cao_bang()) == "HD Cao Bằng II.2 ý 3");
    CHECK(cite(rule_sets::hd03()) == "HD 03-HD/TW II.2 ý 3");
    CHECK(cite(rule_sets::nghe_an_khoi()) == "08-HD/ĐUK (theo tin bài; HD03) II.2 ý 3");
    // A rule the set numbers itself.
    const auto& na = rule_sets::nghe_an_khoi();
    CHECK(na.citation_of(rule_id::pilot_registration) == "08-HD/ĐUK (theo tin bài): đăng ký lịch");
    const auto v = check(online_meeting(day), cell(10, 6), {}, na);
    CHECK(v.clause(*v.find(rule_id::pilot_registration)) ==
          "08-HD/ĐUK (theo tin bài): đăng ký lịch");
    // Printing a verdict uses them too.
    std::ostringstream os;
    os << v;
    CHECK(os.str().find("[08-HD/ĐUK (theo tin bài; HD03) II.2 ý 3]") != std::string::npos);

    SUBCASE("a rule set changed in C++ cites anew once sealed, like its digest") {
        auto r = rule_sets::cao_bang();
        r.citation_prefix = "HD-TU Cao Bằng";
        CHECK(cite(r) == "HD Cao Bằng II.2 ý 3"); // stale: documented
        r.seal_citations();
        CHECK(cite(r) == "HD-TU Cao Bằng II.2 ý 3");
        // With no prefix and no table, the catalogue's clause.
        rule_set plain = rule_sets::cao_bang();
        plain.cited.reset();
        plain.cited_by_period.clear();
        CHECK(cite(plain) == "II.2 ý 3");
    }
    SUBCASE("a rule cited twice is refused") {
        auto r = rule_sets::cao_bang();
        r.citations.push_back({rule_id::pilot_registration, "x"});
        const auto e = thrown_as<invalid_rule_set>([&] { r.validate(); });
        CHECK(e.field() == "rule_set(cao_bang).citations[1].rule");
        r.citations.back() = {rule_id::online_form, ""};
        CHECK(thrown_as<invalid_rule_set>([&] { r.validate(); }).field() ==
              "rule_set(cao_bang).citations[1].clause");
    }
}
