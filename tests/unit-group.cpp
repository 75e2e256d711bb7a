// Meetings by party group (sinh hoạt đảng theo tổ đảng): catalogue §3, Cao Bằng II.1.2, II.2 ý 5,
// II.4.2, and interp.group_member_count / interp.year as they apply to tổ đảng rounds.

#include "fixtures.hpp"

#include <string>
#include <vector>

using namespace fixtures;

namespace {

/// An earlier round by tổ đảng on `on`, as the quota history holds it.
past_meeting past_round(date on) {
    return {on, meeting_body::party_group_round, meeting_form::by_group, std::nullopt};
}

meeting_history rounds_on(const std::vector<date>& dates) {
    std::vector<past_meeting> items;
    for (auto on : dates)
        items.push_back(past_round(on));
    return meeting_history(items);
}

/// The finding of `rule` with reason `why` in `v`; fails the test if there is none.
finding with_reason(const verdict& v, rule_id rule, reason why) {
    for (const auto& f : of(v, rule))
        if (f.reason == why)
            return f;
    FAIL("no " << rule << " finding with reason " << why << " in " << v);
    return {};
}

bool mentions(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

const date spring = d(2024, 3, 12); // inside every built-in window

} // namespace

// ---------------------------------------------------------------------------------------------
// group.scope
// ---------------------------------------------------------------------------------------------

TEST_CASE("group.scope: từ 50 đảng viên trở lên — 49 fails, 50 exactly passes (48..51)") {
    const auto& rules = rule_sets::cao_bang();
    for (std::int32_t members = 48; members <= 51; ++members) {
        CAPTURE(members);
        const auto f = only(group::scope(cell(members, 0), spring, rules));
        CHECK(f.rule == rule_id::group_scope);
        CHECK(f.value_names() == "members,minimum");
        CHECK(f.values[0] == members);
        CHECK(f.values[1] == 50);
        CHECK(mentions(f.message_vi(), std::to_string(members) + " đảng viên"));
        CHECK(mentions(f.message_en(), std::to_string(members) + " members"));
        CHECK(mentions(f.message_en(), "50 or more"));
        if (members >= 50) {
            CHECK(f.status == finding_status::passed);
            CHECK(f.reason == reason::group_scope_met);
        } else {
            CHECK(f.status == finding_status::violated);
            CHECK(f.reason == reason::group_too_few_members);
            CHECK(mentions(f.message_vi(), "cần từ 50 đảng viên trở lên"));
        }

        // The same boundary through check() with a complete round.
        const auto v =
            check(group_meeting_on(spring), cell(members, 0), {}, rules, round_on(spring));
        CHECK(status_of(v, rule_id::group_scope) ==
              (members >= 50 ? finding_status::passed : finding_status::violated));
        CHECK(v.outcome() == (members >= 50 ? outcome::allowed : outcome::not_allowed));
    }
}

TEST_CASE("group.scope: only a chi bộ meets by tổ đảng") {
    const auto& rules = rule_sets::cao_bang();

    SUBCASE("a đảng bộ cơ sở cannot meet by group, however many members") {
        const auto org =
            cell(300, 0, ground::dispersed_wide_area, organisation_kind::grassroots_committee);
        const auto f = only(group::scope(org, spring, rules));
        CHECK(f.status == finding_status::violated);
        CHECK(f.reason == reason::group_not_a_cell);
        CHECK(f.values[0] == static_cast<std::int64_t>(organisation_kind::grassroots_committee));
        CHECK(mentions(f.message_vi(), "đảng bộ cơ sở"));
        CHECK(mentions(f.message_vi(), "chỉ chi bộ"));
        CHECK(mentions(f.message_en(), "grassroots party committee"));

        const auto v = check(group_meeting_on(spring), org, {}, rules, round_on(spring));
        CHECK(v.outcome() == outcome::not_allowed);
    }
    SUBCASE("a committee above grassroots level cannot either") {
        const auto org =
            cell(300, 0, ground::dispersed_wide_area, organisation_kind::above_grassroots);
        const auto f = only(group::scope(org, spring, rules));
        CHECK(f.status == finding_status::violated);
        CHECK(f.reason == reason::group_not_a_cell);
    }
    SUBCASE("a chi bộ cơ sở and a chi bộ trực thuộc both can") {
        for (auto kind :
             {organisation_kind::grassroots_cell, organisation_kind::subordinate_cell}) {
            CAPTURE(kind);
            const auto f =
                only(group::scope(cell(50, 0, ground::dispersed_wide_area, kind), spring, rules));
            CHECK(f.status == finding_status::passed);
        }
    }
    SUBCASE("a small đảng bộ cơ sở fails on both counts") {
        const auto org =
            cell(40, 0, ground::dispersed_wide_area, organisation_kind::grassroots_committee);
        const auto fs = group::scope(org, spring, rules);
        REQUIRE(fs.size() == 2);
        CHECK(fs[0].reason == reason::group_not_a_cell);
        CHECK(fs[1].reason == reason::group_too_few_members);
        CHECK(fs[1].values[0] == 40);
    }
}

TEST_CASE("group.scope: the cell must have established tổ đảng") {
    auto org = cell(80, 0);
    org.has_party_groups = false;
    org.party_groups.reset();
    const auto f = only(group::scope(org, spring, rule_sets::cao_bang()));
    CHECK(f.status == finding_status::violated);
    CHECK(f.reason == reason::group_no_party_groups);
    CHECK(mentions(f.message_vi(), "chưa thành lập tổ đảng"));
    CHECK(mentions(f.message_en(), "has not established party groups"));

    const auto v =
        check(group_meeting_on(spring), org, {}, rule_sets::cao_bang(), round_on(spring));
    CHECK(status_of(v, rule_id::group_scope) == finding_status::violated);
    CHECK(v.outcome() == outcome::not_allowed);
}

TEST_CASE("group.scope: the cell must be on the tổ đảng pilot list on the meeting day") {
    const auto& rules = rule_sets::cao_bang();

    SUBCASE("not on the list (pilot.by_group false): the pass is replaced by the violation") {
        auto org = cell(80, 0);
        org.pilot.by_group = false;
        const auto f = only(group::scope(org, spring, rules));
        CHECK(f.status == finding_status::violated);
        CHECK(f.reason == reason::group_not_selected);
        CHECK(mentions(f.message_vi(), "không có trong danh sách thí điểm sinh hoạt theo tổ đảng"));
        CHECK(mentions(f.message_en(), "not on the party-group pilot list"));
    }
    SUBCASE("on the online list only does not help") {
        auto org = cell(80, 0);
        org.pilot.by_group = false;
        org.pilot.online = true;
        CHECK(only(group::scope(org, spring, rules)).reason == reason::group_not_selected);
    }
    SUBCASE("selected after the meeting day: violated; on the day or before: passed") {
        struct row {
            date selected_on;
            finding_status expected;
        };
        for (const auto& r :
             {row{spring + days(1), finding_status::violated},
              row{spring + days(30), finding_status::violated}, row{spring, finding_status::passed},
              row{spring - days(1), finding_status::passed}}) {
            CAPTURE(to_iso(r.selected_on));
            auto org = cell(80, 0);
            org.pilot.by_group_selected_on = r.selected_on;
            const auto f = only(group::scope(org, spring, rules));
            CHECK(f.status == r.expected);
            CHECK(f.reason == (r.expected == finding_status::passed
                                   ? reason::group_scope_met
                                   : reason::group_selected_after_meeting));
            if (r.expected == finding_status::violated) {
                CHECK(f.values[0] == date_value(r.selected_on));
                CHECK(f.values[1] == date_value(spring));
                CHECK(mentions(f.message_en(), to_iso(r.selected_on)));
                CHECK(mentions(f.message_vi(), to_vn(r.selected_on)));
            }
            const auto v = check(group_meeting_on(spring), org, {}, rules, round_on(spring));
            CHECK(v.allowed() == (r.expected == finding_status::passed));
        }
    }
    SUBCASE("not selected and too small: both violations are reported") {
        auto org = cell(49, 0);
        org.pilot.by_group = false;
        const auto fs = group::scope(org, spring, rules);
        REQUIRE(fs.size() == 2);
        CHECK(fs[0].reason == reason::group_too_few_members);
        CHECK(fs[0].values[0] == 49);
        CHECK(fs[1].reason == reason::group_not_selected);
    }
    SUBCASE("everything wrong at once: four violations") {
        auto org =
            cell(10, 0, ground::dispersed_wide_area, organisation_kind::grassroots_committee);
        org.has_party_groups = false;
        org.party_groups.reset();
        org.pilot.by_group = false;
        const auto fs = group::scope(org, spring, rules);
        REQUIRE(fs.size() == 4);
        for (const auto& f : fs)
            CHECK(f.status == finding_status::violated);
        CHECK(fs[0].reason == reason::group_not_a_cell);
        CHECK(fs[1].reason == reason::group_too_few_members);
        CHECK(fs[2].reason == reason::group_no_party_groups);
        CHECK(fs[3].reason == reason::group_not_selected);
    }
}

TEST_CASE(
    "group.scope: the Nghệ An Khối tổ đảng pilot cells (08-HD/ĐUK) may hold a complete round") {
    struct unit {
        const char* name;
        std::int32_t members;
    };
    const auto& rules = rule_sets::nghe_an_khoi();
    const date on = d(2023, 6, 15);
    for (const auto& u : {unit{"Chi bộ Chi cục Thuế Bắc Vinh", 63},
                          unit{"Chi bộ Chi cục Thuế Khu vực Sông Lam I", 56},
                          unit{"Chi bộ Chi cục Thuế Khu vực Sông Lam II", 53}}) {
        CAPTURE(u.name);
        // Each is a chi bộ trực thuộc Đảng bộ Cục Thuế tỉnh Nghệ An.
        auto org =
            cell(u.members, 0, ground::dispersed_wide_area, organisation_kind::subordinate_cell);
        org.name = u.name;
        org.pilot.online = false;

        const auto f = only(group::scope(org, on, rules));
        CHECK(f.status == finding_status::passed);
        CHECK(f.values[0] == u.members);
        CHECK(f.values[1] == 50);
        CHECK(mentions(f.message_vi(), "Chi bộ có " + std::to_string(u.members) + " đảng viên"));

        auto m = group_meeting_on(on);
        REQUIRE(m.registered);
        const auto v = check(m, org, {}, rules, round_on(on));
        CHECK_MESSAGE(v.outcome() == outcome::allowed, v);
        CHECK(status_of(v, rule_id::pilot_registration) == finding_status::passed);
        for (auto r :
             {rule_id::pilot_window, rule_id::group_scope, rule_id::group_quota,
              rule_id::group_preparation, rule_id::group_conduct, rule_id::group_report_deadline,
              rule_id::group_consolidation, rule_id::content_excluded})
            CHECK_MESSAGE(status_of(v, r) == finding_status::passed, r);

        // The Khối asks for the schedule to be registered (pilot.registration).
        m.registered = false;
        const auto unregistered = check(m, org, {}, rules, round_on(on));
        CHECK(status_of(unregistered, rule_id::pilot_registration) == finding_status::violated);
        CHECK(unregistered.outcome() == outcome::not_allowed);
    }
}

TEST_CASE("interp.group_member_count: all members on the roll by default; exempted and suspended "
          "members left out when switched") {
    const auto& base = rule_sets::cao_bang();
    const auto switched = with_interp(base, [](interpretations& i) {
        i.group_member_count = member_count_basis::excluding_exempt_suspended;
    });
    REQUIRE(base.interp.group_member_count == member_count_basis::all_on_roll);

    auto org = cell(52, 0);
    org.roll.suspended = 3;

    SUBCASE("default all_on_roll: 52 on the roll with 3 suspended passes") {
        const auto f = only(group::scope(org, spring, base));
        CHECK(f.status == finding_status::passed);
        CHECK(f.values[0] == 52);
        CHECK(f.values[1] == 50);
        CHECK(group::counted_members(org, base) == 52);
        const auto v = check(group_meeting_on(spring), org, {}, base, round_on(spring));
        CHECK(v.outcome() == outcome::allowed);
    }
    SUBCASE("switched excluding_exempt_suspended: the same cell counts 49 and fails") {
        const auto f = only(group::scope(org, spring, switched));
        CHECK(f.status == finding_status::violated);
        CHECK(f.reason == reason::group_too_few_members);
        CHECK(f.values[0] == 49);
        CHECK(f.values[1] == 50);
        CHECK(mentions(f.message_vi(), "49"));
        CHECK(mentions(f.message_en(), "49 members"));
        CHECK(group::counted_members(org, switched) == 49);
        const auto v = check(group_meeting_on(spring), org, {}, switched, round_on(spring));
        CHECK(v.outcome() == outcome::not_allowed);
    }
    SUBCASE("exempted members count the same way; 50 after deduction still passes") {
        auto mixed = cell(53, 0);
        mixed.roll.exempted = 1;
        mixed.roll.suspended = 2;
        CHECK(only(group::scope(mixed, spring, base)).values[0] == 53);
        const auto f = only(group::scope(mixed, spring, switched));
        CHECK(f.status == finding_status::passed);
        CHECK(f.values[0] == 50);
        mixed.roll.exempted = 2;
        CHECK(only(group::scope(mixed, spring, base)).status == finding_status::passed);
        CHECK(only(group::scope(mixed, spring, switched)).status == finding_status::violated);
    }
}

// ---------------------------------------------------------------------------------------------
// group.quota
// ---------------------------------------------------------------------------------------------

TEST_CASE("group.quota: at most 3 rounds by tổ đảng a calendar year; the 4th violates") {
    const auto& rules = rule_sets::cao_bang();
    const std::vector<date> earlier = {d(2024, 1, 20), d(2024, 4, 10), d(2024, 7, 5)};
    const date on = d(2024, 10, 15);

    SUBCASE("rounds 1 to 4 of the year") {
        for (std::size_t before = 0; before <= 3; ++before) {
            CAPTURE(before);
            const auto h =
                rounds_on({earlier.begin(), earlier.begin() + static_cast<long>(before)});
            const auto f = group::quota(group_meeting_on(on), h, rules);
            CHECK(f.rule == rule_id::group_quota);
            CHECK(f.value_names() == "ordinal,limit,period_first,period_last");
            CHECK(f.values[0] == static_cast<std::int64_t>(before + 1));
            CHECK(f.values[1] == 3);
            CHECK(f.values[2] == date_value(d(2024, 1, 1)));
            CHECK(f.values[3] == date_value(d(2024, 12, 31)));
            CHECK(f.status == (before < 3 ? finding_status::passed : finding_status::violated));
            CHECK(f.reason == (before < 3 ? reason::quota_within : reason::quota_exceeded));

            const auto v = check(group_meeting_on(on), cell(60, 0), h, rules, round_on(on));
            CHECK(v.allowed() == (before < 3));
        }
    }
    SUBCASE("the messages of the 4th round name the count, the limit and the year") {
        const auto f = group::quota(group_meeting_on(on), rounds_on(earlier), rules);
        CHECK(mentions(f.message_vi(), "Lần thứ 4 vượt giới hạn 3 lần"));
        CHECK(mentions(f.message_vi(), "01/01/2024"));
        CHECK(mentions(f.message_vi(), "31/12/2024"));
        CHECK(mentions(f.message_en(), "Meeting number 4 exceeds the limit of 3"));
        CHECK(mentions(f.message_en(), "2024-01-01 to 2024-12-31"));
    }
    SUBCASE("31 December is still the 4th; 1 January starts a new year") {
        const auto h = rounds_on(earlier);
        const auto last_day = group::quota(group_meeting_on(d(2024, 12, 31)), h, rules);
        CHECK(last_day.status == finding_status::violated);
        CHECK(last_day.values[0] == 4);
        const auto new_year = group::quota(group_meeting_on(d(2025, 1, 1)), h, rules);
        CHECK(new_year.status == finding_status::passed);
        CHECK(new_year.values[0] == 1);
        CHECK(new_year.values[2] == date_value(d(2025, 1, 1)));
        // R39: the year as R12 counts it, to the window's last day.
        CHECK(new_year.values[3] == date_value(d(2025, 6, 30)));
    }
    SUBCASE("rounds held on 31 December of last year do not count") {
        const auto h = rounds_on(
            {d(2023, 12, 31), d(2023, 12, 31), d(2023, 12, 31), d(2024, 1, 1), d(2024, 1, 2)});
        const auto f = group::quota(group_meeting_on(d(2024, 2, 1)), h, rules);
        CHECK(f.status == finding_status::passed);
        CHECK(f.values[0] == 3);
    }
    SUBCASE("in-person, hybrid and fully online meetings do not use the tổ đảng quota") {
        meeting_history h;
        for (int month = 1; month <= 9; ++month) {
            const auto form = month % 3 == 0   ? meeting_form::in_person
                              : month % 3 == 1 ? meeting_form::hybrid
                                               : meeting_form::fully_online;
            h.add(past_meeting{d(2024, month, 5), meeting_body::whole_organisation, form,
                               std::nullopt});
        }
        h.add(past_round(d(2024, 2, 20)));
        const auto f = group::quota(group_meeting_on(on), h, rules);
        CHECK(f.status == finding_status::passed);
        CHECK(f.values[0] == 2);
    }
    SUBCASE("a meeting that is not by tổ đảng: not applicable") {
        const auto f = group::quota(online_meeting(on), rounds_on(earlier), rules);
        CHECK(f.status == finding_status::not_applicable);
        CHECK(f.reason == reason::not_group_meeting);
        CHECK(f.values[0] == static_cast<std::int64_t>(meeting_form::hybrid));
    }
}

TEST_CASE("interp.year: group.quota counts the calendar year by default, the twelve months before "
          "when switched") {
    const auto& base = rule_sets::cao_bang();
    const auto rolling =
        with_interp(base, [](interpretations& i) { i.year = year_basis::rolling_year; });
    REQUIRE(base.interp.year == year_basis::calendar_year);
    // Three rounds in the second half of 2024, a fourth early in 2025.
    const auto h = rounds_on({d(2024, 6, 3), d(2024, 9, 2), d(2024, 12, 2)});
    const date on = d(2025, 2, 10);

    SUBCASE("calendar year (default): the first round of 2025") {
        const auto f = group::quota(group_meeting_on(on), h, base);
        CHECK(f.status == finding_status::passed);
        CHECK(f.values[0] == 1);
        CHECK(f.values[2] == date_value(d(2025, 1, 1)));
        CHECK(f.values[3] == date_value(d(2025, 6, 30))); // clamped to the window (R12, R39)
        CHECK(check(group_meeting_on(on), cell(60, 0), h, base, round_on(on)).allowed());
    }
    SUBCASE("rolling year: the 4th round within twelve months") {
        const auto f = group::quota(group_meeting_on(on), h, rolling);
        CHECK(f.status == finding_status::violated);
        CHECK(f.values[0] == 4);
        CHECK(f.values[1] == 3);
        CHECK(f.values[2] == date_value(d(2024, 2, 11)));
        CHECK(f.values[3] == date_value(on));
        CHECK(mentions(f.message_vi(), "11/02/2024"));
        CHECK(mentions(f.message_en(), "2024-02-11 to 2025-02-10"));
        CHECK(check(group_meeting_on(on), cell(60, 0), h, rolling, round_on(on)).outcome() ==
              outcome::not_allowed);
    }
    SUBCASE("rolling year: a round exactly a year and a day before has dropped out") {
        const auto f = group::quota(group_meeting_on(d(2025, 6, 4)), h, rolling);
        CHECK(f.status == finding_status::passed);
        CHECK(f.values[0] == 3);
        const auto g = group::quota(group_meeting_on(d(2025, 6, 3)), h, rolling);
        CHECK(g.status == finding_status::passed);
        CHECK(g.values[0] == 3); // 2024-06-03 is outside 2024-06-04..2025-06-03
        const auto k = group::quota(group_meeting_on(d(2025, 6, 2)), h, rolling);
        CHECK(k.status == finding_status::violated);
        CHECK(k.values[0] == 4);
    }
}

TEST_CASE("group.quota: group_quota_left() reports used and remaining rounds of the year") {
    const auto& rules = rule_sets::cao_bang();

    SUBCASE("nothing used") {
        const auto q = group_quota_left({}, spring, rules);
        REQUIRE(q);
        CHECK(q->limit == 3);
        CHECK(q->used == 0);
        CHECK(q->remaining == 3);
        CHECK(q->period.first == d(2024, 1, 1));
        CHECK(q->period.last == d(2024, 12, 31));
    }
    SUBCASE("nothing for a day the rule set does not cover, as check() of that day says") {
        // Cao Bằng's window: 1/8/2023 – 30/6/2025, both included.
        CHECK_FALSE(group_quota_left({}, d(2023, 7, 31), rules));
        CHECK(group_quota_left({}, d(2023, 8, 1), rules));
        CHECK(group_quota_left({}, d(2025, 6, 30), rules));
        CHECK_FALSE(group_quota_left({}, d(2025, 7, 1), rules));
        auto online_only = rules;
        online_only.covers = pilot_set{pilot_kind::online};
        CHECK_FALSE(group_quota_left({}, spring, online_only));
        const organisation o = cell(20, 15);
        CHECK_FALSE(online_quota_left(o, {}, d(2025, 7, 1), rules));
        CHECK(online_quota_left(o, {}, d(2025, 6, 30), rules));
        CHECK(online_quota_left(o, {}, spring, online_only));
    }
    SUBCASE("every round of the year counts, before or after the day asked; other years do not") {
        const auto h = rounds_on({d(2023, 12, 31), d(2024, 2, 1), d(2024, 11, 30), d(2025, 1, 1)});
        const auto q = group_quota_left(h, spring, rules);
        REQUIRE(q);
        CHECK(*q == quota_status{3, 2, 1, {d(2024, 1, 1), d(2024, 12, 31)}});
    }
    SUBCASE("over the quota: remaining is 0, not negative") {
        const auto h = rounds_on({d(2024, 1, 2), d(2024, 2, 2), d(2024, 3, 2), d(2024, 4, 2)});
        const auto q = group_quota_left(h, d(2024, 5, 1), rules);
        REQUIRE(q);
        CHECK(q->used == 4);
        CHECK(q->remaining == 0);
    }
    SUBCASE("online meetings are not tổ đảng rounds") {
        meeting_history h;
        h.add(online_meeting(d(2024, 2, 1)));
        h.add(group_meeting_on(d(2024, 2, 8)));
        const auto q = group_quota_left(h, spring, rules);
        REQUIRE(q);
        CHECK(q->used == 1);
        CHECK(q->remaining == 2);
    }
    SUBCASE("rolling year: the twelve months ending on the day asked") {
        const auto rolling = with_interp(rules, [](interpretations& i) {
            i.year = year_basis::rolling_year;
            i.quota_counts_window_only = false; // March 2023 precedes the window (R12 apart)
        });
        const auto h = rounds_on({d(2023, 3, 12), d(2023, 3, 13), d(2024, 1, 5), d(2024, 3, 13)});
        const auto q = group_quota_left(h, spring, rolling);
        REQUIRE(q);
        CHECK(q->period.first == d(2023, 3, 13));
        CHECK(q->period.last == spring);
        CHECK(q->used == 2);
        CHECK(q->remaining == 1);
    }
    SUBCASE("an invalid date throws invalid_date") {
        CHECK_THROWS_AS(group_quota_left({}, date(boost::date_time::not_a_date_time), rules),
                        invalid_date);
    }
}

// ---------------------------------------------------------------------------------------------
// group.preparation
// ---------------------------------------------------------------------------------------------

TEST_CASE("group.preparation: the chi uỷ and tổ trưởng meet before the tổ meetings") {
    const auto& rules = rule_sets::cao_bang();
    const date first = d(2024, 4, 2);
    auto round = round_on(first);

    SUBCASE("held the day before, complete: passed with its date") {
        const auto f = group::preparation(round, rules);
        CHECK(f.status == finding_status::passed);
        CHECK(f.reason == reason::preparation_held);
        CHECK(f.values[0] == date_value(first - days(1)));
        CHECK(mentions(f.message_vi(), "01/04/2024"));
        CHECK(mentions(f.message_en(), "2024-04-01"));
    }
    SUBCASE("stated not held (R38: not stated is not evaluated)") {
        round.preparation.reset();
        CHECK(group::preparation(round, rules).reason == reason::preparation_not_stated);
        CHECK(group::preparation(round, rules).status == finding_status::not_evaluated);
        round.preparation_held = false;
        const auto f = group::preparation(round, rules);
        CHECK(f.status == finding_status::violated);
        CHECK(f.reason == reason::preparation_missing);
        CHECK(mentions(f.message_en(), "No preparation meeting"));
    }
    SUBCASE("on the day of the first tổ meeting: allowed") {
        round.preparation->date = first;
        CHECK(group::preparation(round, rules).status == finding_status::passed);
    }
    SUBCASE("the day after the first tổ meeting: violated, naming both dates") {
        round.preparation->date = first + days(1);
        const auto f = group::preparation(round, rules);
        CHECK(f.status == finding_status::violated);
        CHECK(f.reason == reason::preparation_after_group_meeting);
        CHECK(f.value_names() == "preparation_date,first_group_date");
        CHECK(f.values[0] == date_value(d(2024, 4, 3)));
        CHECK(f.values[1] == date_value(first));
        CHECK(mentions(f.message_vi(), "03/04/2024"));
        CHECK(mentions(f.message_vi(), "02/04/2024"));
        CHECK(mentions(f.message_en(), "2024-04-03"));
    }
    SUBCASE("after the first tổ meeting though before a later one: still violated") {
        round.groups[2].date = first + days(5);
        round.groups[2].report_date = first + days(5);
        round.consolidation->date = first + days(6);
        round.preparation->date = first + days(2);
        const auto f = group::preparation(round, rules);
        CHECK(f.reason == reason::preparation_after_group_meeting);
        CHECK(f.values[1] == date_value(first));
    }
    SUBCASE("tổ trưởng absent") {
        round.preparation->group_leaders_attended = false;
        const auto f = group::preparation(round, rules);
        CHECK(f.status == finding_status::violated);
        CHECK(f.reason == reason::preparation_incomplete);
        CHECK(f.value_names() == "leaders_absent,content_not_set,groups_unassigned");
        CHECK(f.values[0] == 1);
        CHECK(f.values[1] == 0);
        CHECK(f.values[2] == 0);
    }
    SUBCASE("content not set") {
        round.preparation->content_set = false;
        const auto f = group::preparation(round, rules);
        CHECK(f.reason == reason::preparation_incomplete);
        CHECK(f.values[0] == 0);
        CHECK(f.values[1] == 1);
        CHECK(f.values[2] == 0);
    }
    SUBCASE("a tổ with no chi uỷ member assigned; the count of such tổ") {
        round.groups[1].committee_member_assigned = false;
        auto f = group::preparation(round, rules);
        CHECK(f.status == finding_status::violated);
        CHECK(f.reason == reason::preparation_incomplete);
        CHECK(f.values[2] == 1);
        CHECK(mentions(f.message_en(), "1 group(s) with no chi uỷ member assigned"));
        round.groups[2].committee_member_assigned = false;
        f = group::preparation(round, rules);
        CHECK(f.values[2] == 2);
        CHECK(mentions(f.message_vi(), "2 tổ chưa được phân công chi uỷ viên dự"));
    }
    SUBCASE("through check(): a preparation stated not held makes the round not allowed") {
        round.preparation.reset();
        round.preparation_held = false;
        const auto v =
            check(group_meeting_on(first), cell(60, 0), {}, rule_sets::cao_bang(), round);
        CHECK(status_of(v, rule_id::group_preparation) == finding_status::violated);
        CHECK(v.outcome() == outcome::not_allowed);
    }
}

// ---------------------------------------------------------------------------------------------
// group.conduct
// ---------------------------------------------------------------------------------------------

TEST_CASE(
    "group.conduct: each tổ meeting follows the cell-meeting order, chaired by the tổ trưởng, "
    "with full minutes") {
    const auto& rules = rule_sets::cao_bang();
    const date first = d(2024, 5, 7);
    auto round = round_on(first, 4);

    SUBCASE("all in order: passed with the number of tổ meetings") {
        const auto f = only(group::conduct(round, rules, every_group(round)));
        CHECK(f.status == finding_status::passed);
        CHECK(f.reason == reason::conduct_in_order);
        CHECK(f.values[0] == 4);
        CHECK(mentions(f.message_vi(), "4 tổ đảng sinh hoạt đúng trình tự"));
        CHECK(mentions(f.message_en(), "4 group meeting(s) in order"));
    }
    SUBCASE("each required step missing alone") {
        cell_meeting_steps().for_each([&](topic step) {
            CAPTURE(step);
            auto r = round;
            r.groups[1].agenda.erase(step);
            const auto f = only(group::conduct(r, rules, every_group(r)));
            CHECK(f.status == finding_status::violated);
            CHECK(f.reason == reason::conduct_steps_missing);
            CHECK(f.value_names() == "groups_affected,first_group,missing");
            CHECK(f.values[0] == 1);
            CHECK(f.values[1] == 2);
            CHECK(f.values[2] == static_cast<std::int64_t>(topic_set{step}.bits()));
            CHECK(mentions(f.message_vi(), std::string(label_vi(step))));
            CHECK(mentions(f.message_en(), std::string(label_en(step))));
        });
    }
    SUBCASE("party dues missing in two tổ: aggregated, the first offending tổ named") {
        round.groups[1].agenda.erase(topic::party_dues);
        round.groups[3].agenda.erase(topic::party_dues);
        round.groups[3].agenda.erase(topic::current_affairs);
        const auto f = only(group::conduct(round, rules, every_group(round)));
        CHECK(f.values[0] == 2);
        CHECK(f.values[1] == 2);
        CHECK(f.values[2] == static_cast<std::int64_t>(topic_set{topic::party_dues}.bits()));
        CHECK(mentions(f.message_vi(), "2 tổ thiếu nội dung (ví dụ tổ 2: thu, nộp đảng phí)"));
        CHECK(mentions(f.message_en(), "group 2: collecting party dues"));
    }
    SUBCASE("the chair is not the tổ trưởng") {
        round.groups[2].chaired_by_group_leader = false;
        round.groups[3].chaired_by_group_leader = false;
        const auto f = only(group::conduct(round, rules, every_group(round)));
        CHECK(f.status == finding_status::violated);
        CHECK(f.reason == reason::conduct_chair_not_group_leader);
        CHECK(f.values[0] == 2);
        CHECK(f.values[1] == 3);
        CHECK(mentions(f.message_vi(), "2 tổ không do tổ trưởng chủ trì (ví dụ tổ 3)"));
        CHECK(mentions(f.message_en(), "(e.g. group 3)"));
    }
    SUBCASE("each minutes field missing alone") {
        struct row {
            const char* field;
            void (*spoil)(sinhhoat::group_meeting&);
        };
        const row rows[] = {
            {"members_present 0", [](sinhhoat::group_meeting& g) { g.members_present = 0; }},
            {"opinions", [](sinhhoat::group_meeting& g) { g.opinions_recorded = false; }},
            {"differing",
             [](sinhhoat::group_meeting& g) { g.differing_opinions_recorded = false; }},
            {"reserved", [](sinhhoat::group_meeting& g) { g.reserved_opinions_recorded = false; }},
        };
        for (const auto& r : rows) {
            CAPTURE(r.field);
            auto spoilt = round;
            r.spoil(spoilt.groups[0]);
            CHECK_FALSE(group::minutes_complete(spoilt.groups[0]));
            const auto f = only(group::conduct(spoilt, rules, every_group(spoilt)));
            CHECK(f.status == finding_status::violated);
            CHECK(f.reason == reason::conduct_minutes_incomplete);
            CHECK(f.values[0] == 1);
            CHECK(f.values[1] == 1);
            CHECK(mentions(f.message_en(), "1 group meeting(s) with incomplete minutes"));
        }
        // One member present is enough for the count to be recorded.
        round.groups[0].members_present = 1;
        CHECK(group::minutes_complete(round.groups[0]));
    }
    SUBCASE("several faults at once: one finding each, in order steps, chair, minutes") {
        round.groups[3].agenda.erase(topic::discussion_vote);
        round.groups[0].chaired_by_group_leader = false;
        round.groups[2].reserved_opinions_recorded = false;
        round.groups[3].members_present = 0;
        const auto fs = group::conduct(round, rules, every_group(round));
        REQUIRE(fs.size() == 3);
        CHECK(fs[0].reason == reason::conduct_steps_missing);
        CHECK(fs[0].values[1] == 4);
        CHECK(fs[1].reason == reason::conduct_chair_not_group_leader);
        CHECK(fs[1].values[1] == 1);
        CHECK(fs[2].reason == reason::conduct_minutes_incomplete);
        CHECK(fs[2].values[0] == 2);
        CHECK(fs[2].values[1] == 3);
    }
    SUBCASE("no tổ meetings at all") {
        round.groups.clear();
        const auto f = only(group::conduct(round, rules, every_group(round)));
        CHECK(f.status == finding_status::violated);
        CHECK(f.reason == reason::no_group_meetings);
        CHECK(mentions(f.message_en(), "no group meeting"));
    }
    SUBCASE("extra ordinary items (thematic, task assignment) are fine") {
        round.groups[0].agenda.insert(topic::thematic).insert(topic::task_assignment);
        CHECK(only(group::conduct(round, rules, every_group(round))).status ==
              finding_status::passed);
    }
    SUBCASE("through check(): a tổ meeting chaired by someone else makes the round not allowed") {
        round.groups[0].chaired_by_group_leader = false;
        auto four = cell(60, 0);
        four.party_groups = 4;
        const auto v = check(group_meeting_on(first), four, {}, rules, round);
        CHECK(status_of(v, rule_id::group_conduct) == finding_status::violated);
        CHECK(v.outcome() == outcome::not_allowed);
    }
}

// ---------------------------------------------------------------------------------------------
// group.report_deadline
// ---------------------------------------------------------------------------------------------

TEST_CASE("group.report_deadline: the tổ trưởng reports no later than 1 day after the meeting") {
    const auto& rules = rule_sets::cao_bang();
    const date first = d(2024, 6, 28);
    auto round = round_on(first);

    SUBCASE("report on the meeting day, on day + 1: passed; day + 2: late") {
        struct row {
            int after;
            finding_status expected;
        };
        for (const auto& r :
             {row{0, finding_status::passed}, row{1, finding_status::passed},
              row{2, finding_status::violated}, row{10, finding_status::violated}}) {
            CAPTURE(r.after);
            auto rr = round;
            rr.groups[1].report_date = first + days(r.after);
            const auto f = only(group::report_deadline(rr, rules));
            CHECK(f.status == r.expected);
            if (r.expected == finding_status::passed) {
                CHECK(f.reason == reason::reports_on_time);
                CHECK(f.value_names() == "groups,deadline_days");
                CHECK(f.values[0] == 3);
                CHECK(f.values[1] == 1);
            } else {
                CHECK(f.reason == reason::report_late);
                CHECK(f.value_names() ==
                      "groups_affected,first_group,meeting_date,report_date,deadline_days");
                CHECK(f.values[0] == 1);
                CHECK(f.values[1] == 2);
                CHECK(f.values[2] == date_value(first));
                CHECK(f.values[3] == date_value(first + days(r.after)));
                CHECK(f.values[4] == 1);
            }
        }
    }
    SUBCASE("day + 2 across a month end: messages name both dates and the deadline") {
        round.groups[0].report_date = d(2024, 6, 30);
        const auto f = only(group::report_deadline(round, rules));
        CHECK(f.status == finding_status::violated);
        CHECK(mentions(f.message_vi(), "tổ 1 họp 28/06/2024, báo cáo 30/06/2024"));
        CHECK(mentions(f.message_vi(), "chậm nhất 1 ngày"));
        CHECK(mentions(f.message_en(), "group 1 met on 2024-06-28, reported on 2024-06-30"));
        CHECK(mentions(f.message_en(), "at most 1 day(s)"));
    }
    SUBCASE("passed message names the count and the deadline") {
        const auto f = only(group::report_deadline(round, rules));
        CHECK(mentions(f.message_vi(), "3 tổ trưởng báo cáo chi uỷ chậm nhất 1 ngày"));
        CHECK(mentions(f.message_en(), "3 group leader(s) reported to the chi uỷ within 1 day(s)"));
    }
    SUBCASE("several late: counted, the first late tổ named") {
        round.groups[1].report_date = first + days(3);
        round.groups[2].report_date = first + days(2);
        const auto f = only(group::report_deadline(round, rules));
        CHECK(f.values[0] == 2);
        CHECK(f.values[1] == 2);
        CHECK(f.values[3] == date_value(first + days(3)));
    }
    SUBCASE("tổ meetings on different days: each has its own deadline") {
        round.groups[2].date = first + days(3);
        round.groups[2].report_date = first + days(4);
        round.groups[1].report_date = first + days(1);
        round.consolidation->date = first + days(5);
        CHECK(only(group::report_deadline(round, rules)).status == finding_status::passed);
        round.groups[1].report_date = first + days(4); // 3 days after its own meeting
        const auto f = only(group::report_deadline(round, rules));
        CHECK(f.status == finding_status::violated);
        CHECK(f.values[1] == 2);
    }
    SUBCASE("a report stated not sent violates, with its due date") {
        round.groups[2].report_date.reset();
        const auto silent = only(group::report_deadline(round, rules)); // R38
        CHECK(silent.status == finding_status::not_evaluated);
        CHECK(silent.reason == reason::report_not_stated);
        CHECK(silent.values[1] == 3);
        round.groups[2].reported = false;
        const auto f = only(group::report_deadline(round, rules));
        CHECK(f.status == finding_status::violated);
        CHECK(f.reason == reason::report_missing);
        CHECK(f.value_names() == "groups_affected,first_group,due");
        CHECK(f.values[0] == 1);
        CHECK(f.values[1] == 3);
        CHECK(f.values[2] == date_value(d(2024, 6, 29)));
        CHECK(mentions(f.message_vi(), "hạn 29/06/2024"));
        CHECK(mentions(f.message_en(), "due 2024-06-29"));
    }
    SUBCASE("late and missing together: two findings") {
        round.groups[0].report_date = first + days(2);
        round.groups[1].report_date.reset();
        round.groups[1].reported = false;
        const auto fs = group::report_deadline(round, rules);
        REQUIRE(fs.size() == 2);
        CHECK(fs[0].reason == reason::report_late);
        CHECK(fs[0].values[1] == 1);
        CHECK(fs[1].reason == reason::report_missing);
        CHECK(fs[1].values[1] == 2);
    }
    SUBCASE("no tổ meetings: violated") {
        round.groups.clear();
        CHECK(only(group::report_deadline(round, rules)).reason == reason::no_group_meetings);
    }
    SUBCASE("through check(): a report on day + 2 makes the round not allowed") {
        round.groups[0].report_date = first + days(2);
        const auto v = check(group_meeting_on(first), cell(60, 0), {}, rules, round);
        CHECK(status_of(v, rule_id::group_report_deadline) == finding_status::violated);
        CHECK(v.outcome() == outcome::not_allowed);
        round.groups[0].report_date = first + days(1);
        CHECK(check(group_meeting_on(first), cell(60, 0), {}, rules, round).allowed());
    }
}

TEST_CASE("group.report_deadline: report_due() and reports dated before their meeting") {
    const auto& rules = rule_sets::cao_bang();
    const date first = d(2024, 2, 28);
    auto round = round_on(first);

    SUBCASE("report_due() is the meeting date + 1, across month and year ends") {
        auto g = round.groups[0];
        CHECK(group::report_due(g, rules) == std::optional<date>(d(2024, 2, 29)));
        g.date = d(2024, 12, 31);
        CHECK(group::report_due(g, rules) == std::optional<date>(d(2025, 1, 1)));
    }
    SUBCASE("report_due() with no deadline in force: nothing") {
        auto limited = rules;
        limited.report_deadline_days =
            dated<std::int32_t>({dated_value<std::int32_t>{d(2023, 1, 1), d(2023, 12, 31), 1}});
        CHECK_FALSE(group::report_due(round.groups[0], limited).has_value());
        const auto f = only(group::report_deadline(round, limited));
        CHECK(f.status == finding_status::not_covered);
        CHECK(f.reason == reason::parameter_not_in_force);
    }
    SUBCASE("report_due() of a tổ meeting without a date throws invalid_date") {
        sinhhoat::group_meeting g;
        CHECK_THROWS_AS(group::report_due(g, rules), invalid_date);
    }
    SUBCASE("a report dated before its meeting throws inconsistent_input naming the field") {
        round.groups[1].report_date = first - days(1);
        for (int path = 0; path < 2; ++path) {
            CAPTURE(path);
            try {
                if (path == 0)
                    (void)check_round(round, rules);
                else
                    (void)check(group_meeting_on(first), cell(60, 0), {}, rules, round);
                FAIL("no exception");
            } catch (const inconsistent_input& e) {
                CHECK(e.code() == error_code::inconsistent_input);
                CHECK(e.field() == "round.groups[1].report_date");
                CHECK(e.value() == "2024-02-27");
                CHECK(mentions(e.message_en(), "2024-02-28"));
                CHECK(mentions(e.message_vi(), "28/02/2024"));
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// group.consolidation
// ---------------------------------------------------------------------------------------------

TEST_CASE(
    "group.consolidation: after every tổ meeting the chi uỷ and tổ trưởng pass the resolution") {
    const auto& rules = rule_sets::cao_bang();
    const date first = d(2024, 9, 9);
    auto round = round_on(first);
    round.groups[2].date = first + days(3); // the last tổ meeting
    round.groups[2].report_date = first + days(3);
    round.consolidation->date = first + days(4);

    SUBCASE("held after the last tổ meeting and complete: passed with its date") {
        const auto f = group::consolidation(round, rules);
        CHECK(f.status == finding_status::passed);
        CHECK(f.reason == reason::consolidation_held);
        CHECK(f.values[0] == date_value(d(2024, 9, 13)));
        CHECK(mentions(f.message_vi(), "13/09/2024"));
        CHECK(mentions(f.message_en(), "2024-09-13"));
    }
    SUBCASE("stated not held (R38: not stated is not evaluated)") {
        round.consolidation.reset();
        CHECK(group::consolidation(round, rules).reason == reason::consolidation_not_stated);
        round.consolidation_held = false;
        const auto f = group::consolidation(round, rules);
        CHECK(f.status == finding_status::violated);
        CHECK(f.reason == reason::consolidation_missing);
        // Held and not held at once is refused.
        round.consolidation = group_consolidation{first, true, true, true};
        CHECK_THROWS_AS(round.validate(), inconsistent_input);
    }
    SUBCASE("on the day of the last tổ meeting: allowed") {
        round.consolidation->date = first + days(3);
        CHECK(group::consolidation(round, rules).status == finding_status::passed);
    }
    SUBCASE("before the last tổ meeting (though after the first): violated, naming both dates") {
        round.consolidation->date = first + days(2);
        const auto f = group::consolidation(round, rules);
        CHECK(f.status == finding_status::violated);
        CHECK(f.reason == reason::consolidation_before_group_meeting);
        CHECK(f.value_names() == "consolidation_date,last_group_date");
        CHECK(f.values[0] == date_value(d(2024, 9, 11)));
        CHECK(f.values[1] == date_value(d(2024, 9, 12)));
        CHECK(mentions(f.message_vi(), "11/09/2024"));
        CHECK(mentions(f.message_vi(), "12/09/2024"));
        CHECK(mentions(f.message_en(), "2024-09-12"));
    }
    SUBCASE("resolution not passed, tasks not assigned, leaders absent: each alone") {
        struct row {
            const char* what;
            void (*spoil)(group_consolidation&);
            std::int64_t leaders, resolution, tasks;
        };
        const row rows[] = {
            {"resolution", [](group_consolidation& c) { c.resolution_passed = false; }, 0, 1, 0},
            {"tasks", [](group_consolidation& c) { c.tasks_assigned = false; }, 0, 0, 1},
            {"leaders", [](group_consolidation& c) { c.group_leaders_attended = false; }, 1, 0, 0},
        };
        for (const auto& r : rows) {
            CAPTURE(r.what);
            auto spoilt = round;
            r.spoil(*spoilt.consolidation);
            const auto f = group::consolidation(spoilt, rules);
            CHECK(f.status == finding_status::violated);
            CHECK(f.reason == reason::consolidation_incomplete);
            CHECK(f.value_names() == "leaders_absent,resolution_not_passed,tasks_not_assigned");
            CHECK(f.values[0] == r.leaders);
            CHECK(f.values[1] == r.resolution);
            CHECK(f.values[2] == r.tasks);
        }
    }
    SUBCASE("through check(): a consolidation without the resolution is not allowed") {
        round.consolidation->resolution_passed = false;
        const auto v =
            check(group_meeting_on(first), cell(60, 0), {}, rule_sets::cao_bang(), round);
        CHECK(status_of(v, rule_id::group_consolidation) == finding_status::violated);
        CHECK(v.outcome() == outcome::not_allowed);
    }
}

// ---------------------------------------------------------------------------------------------
// check() and check_round() for tổ đảng rounds
// ---------------------------------------------------------------------------------------------

TEST_CASE("group.preparation: check() without a round leaves the four round rules not_evaluated") {
    const auto& rules = rule_sets::cao_bang();
    const auto v = check(group_meeting_on(spring), cell(60, 0), {}, rules);
    for (auto r : {rule_id::group_preparation, rule_id::group_conduct,
                   rule_id::group_report_deadline, rule_id::group_consolidation}) {
        CAPTURE(r);
        const auto fs = of(v, r);
        REQUIRE(fs.size() == 1);
        CHECK(fs[0].status == finding_status::not_evaluated);
        CHECK(fs[0].reason == reason::round_not_given);
        CHECK(mentions(fs[0].message_en(), "No data on the party-group round"));
    }
    CHECK(status_of(v, rule_id::group_scope) == finding_status::passed);
    CHECK(status_of(v, rule_id::group_quota) == finding_status::passed);
    CHECK(v.count(finding_status::not_evaluated) == 4);
    CHECK(v.count(finding_status::violated) == 0);
    // Rules left unevaluated for want of data never read as "allowed".
    CHECK(v.outcome() == outcome::incomplete);
    // No online rule speaks of a tổ đảng round.
    CHECK(v.find(rule_id::online_form) == nullptr);
    CHECK(v.find(rule_id::online_scope_majority) == nullptr);
}

TEST_CASE("group.conduct: check() with a round checks the round; its first tổ meeting must be the "
          "meeting date") {
    const auto& rules = rule_sets::cao_bang();
    const date first = d(2024, 10, 1);

    SUBCASE("a complete round: every finding passed, the round rules present once each") {
        const auto v = check(group_meeting_on(first), cell(60, 0), {}, rules, round_on(first));
        CHECK_MESSAGE(v.outcome() == outcome::allowed, v);
        CHECK(v.count(finding_status::passed) == v.size());
        for (auto r :
             {rule_id::pilot_window, rule_id::group_scope, rule_id::group_quota,
              rule_id::group_preparation, rule_id::group_conduct, rule_id::group_report_deadline,
              rule_id::group_consolidation, rule_id::content_excluded})
            CHECK_MESSAGE(status_of(v, r) == finding_status::passed, r);
        // Cao Bằng does not ask for registration: no finding of it.
        CHECK(v.find(rule_id::pilot_registration) == nullptr);
    }
    SUBCASE("the round's first tổ date differs from meeting.date: inconsistent_input") {
        for (int shift : {-1, 1}) {
            CAPTURE(shift);
            try {
                (void)check(group_meeting_on(first + days(shift)), cell(60, 0), {}, rules,
                            round_on(first));
                FAIL("no exception");
            } catch (const inconsistent_input& e) {
                CHECK(e.field() == "meeting.date");
                CHECK(e.value() == to_iso(first + days(shift)));
                CHECK(mentions(e.message_en(), "2024-10-01"));
                CHECK(mentions(e.message_vi(), "01/10/2024"));
            }
        }
    }
    SUBCASE("meeting.date matches the earliest tổ meeting, not the first listed") {
        auto round = round_on(first);
        round.groups[0].date = first + days(1);
        round.groups[0].report_date = first + days(1);
        CHECK(check(group_meeting_on(first), cell(60, 0), {}, rules, round).allowed());
        CHECK_THROWS_AS(check(group_meeting_on(first + days(1)), cell(60, 0), {}, rules, round),
                        inconsistent_input);
    }
    SUBCASE("a round given with a meeting that is not by tổ đảng: inconsistent_input") {
        try {
            (void)check(online_meeting(first), cell(60, 40), {}, rules, round_on(first));
            FAIL("no exception");
        } catch (const inconsistent_input& e) {
            CHECK(e.field() == "meeting.form");
        }
    }
    SUBCASE("outside the pilot window: not covered, no round rule evaluated") {
        const date late = d(2025, 7, 1);
        const auto v = check(group_meeting_on(late), cell(60, 0), {}, rules, round_on(late));
        CHECK(v.outcome() == outcome::not_covered);
        CHECK(status_of(v, rule_id::pilot_window) == finding_status::not_covered);
        CHECK(v.find(rule_id::group_conduct) == nullptr);
    }
}

TEST_CASE("group.consolidation: check_round() checks the four round rules and the tổ agendas") {
    const auto& rules = rule_sets::cao_bang();
    const date first = d(2024, 11, 4);

    SUBCASE("a complete round") {
        const auto v = check_round(round_on(first, 5), rules, 5);
        REQUIRE(v.size() == 6);
        CHECK(v[0].rule == rule_id::pilot_window); // R39: as check() decides it
        CHECK(v[1].rule == rule_id::group_preparation);
        CHECK(v[2].rule == rule_id::group_conduct);
        CHECK(v[3].rule == rule_id::group_report_deadline);
        CHECK(v[4].rule == rule_id::group_consolidation);
        CHECK(v[5].rule == rule_id::content_excluded);
        CHECK(v.allowed());
        CHECK(v[2].values[0] == 5);
        CHECK(v[3].values[0] == 5);
    }
    SUBCASE("no scope or quota findings: it does not know the cell's history") {
        const auto v = check_round(round_on(first), rules);
        CHECK(v.find(rule_id::group_scope) == nullptr);
        CHECK(v.find(rule_id::group_quota) == nullptr);
        CHECK(status_of(v, rule_id::pilot_window) == finding_status::passed);
    }
    SUBCASE("an empty round: conduct and reports violated, both meetings still judged") {
        group_round r;
        r.preparation = group_preparation{first, true, true};
        r.consolidation = group_consolidation{first, true, true, true};
        const auto v = check_round(r, rules);
        CHECK(v.outcome() == outcome::not_allowed);
        CHECK(with_reason(v, rule_id::group_conduct, reason::no_group_meetings).status ==
              finding_status::violated);
        CHECK(with_reason(v, rule_id::group_report_deadline, reason::no_group_meetings).status ==
              finding_status::violated);
    }
    SUBCASE("every fault at once") {
        auto r = round_on(first);
        r.preparation->date = first + days(1);
        r.groups[0].chaired_by_group_leader = false;
        r.groups[1].report_date = first + days(2);
        r.consolidation->tasks_assigned = false;
        const auto v = check_round(r, rules);
        CHECK(v.count(finding_status::violated) == 4);
        CHECK(with_reason(v, rule_id::group_preparation, reason::preparation_after_group_meeting)
                  .values[0] == date_value(first + days(1)));
        CHECK(with_reason(v, rule_id::group_conduct, reason::conduct_chair_not_group_leader)
                  .values[1] == 1);
        CHECK(with_reason(v, rule_id::group_report_deadline, reason::report_late).values[1] == 2);
        CHECK(with_reason(v, rule_id::group_consolidation, reason::consolidation_incomplete)
                  .values[2] == 1);
    }
    SUBCASE("invalid input throws: a tổ meeting without a date, a negative attendance") {
        auto r = round_on(first);
        r.groups[2].date = date(boost::date_time::not_a_date_time);
        try {
            (void)check_round(r, rules);
            FAIL("no exception");
        } catch (const invalid_date& e) {
            CHECK(e.field() == "round.groups[2].date");
        }
        r = round_on(first);
        r.groups[0].members_present = -1;
        try {
            (void)check_round(r, rules);
            FAIL("no exception");
        } catch (const invalid_value& e) {
            CHECK(e.field() == "round.groups[0].members_present");
        }
    }
}

// Going back a year from 28/02/2025 must land on 28/02/2024, so the twelve months ending then
// start on 29/02/2024 (Boost's years(1) would snap to 29/02/2024 and start on 01/03/2024).
TEST_CASE("interp.year: group.quota rolling year ending 28/02/2025 starts on 29/02/2024") {
    const auto rolling = with_interp(rule_sets::cao_bang(),
                                     [](interpretations& i) { i.year = year_basis::rolling_year; });
    const auto h = rounds_on({d(2024, 2, 29), d(2024, 6, 3), d(2024, 9, 2)});

    const auto day_before = group::quota(group_meeting_on(d(2025, 2, 27)), h, rolling);
    REQUIRE(day_before.values[2] == date_value(d(2024, 2, 28)));
    CHECK(day_before.status == finding_status::violated);

    const auto f = group::quota(group_meeting_on(d(2025, 2, 28)), h, rolling);
    CHECK(f.values[2] == date_value(d(2024, 2, 29)));
    CHECK(f.values[0] == 4);
    CHECK(f.status == finding_status::violated);
    const auto q = group_quota_left(h, d(2025, 2, 28), rolling);
    REQUIRE(q);
    CHECK(q->period.first == d(2024, 2, 29));
    CHECK(q->used == 3);
}

// ---------------------------------------------------------------------------------------------
// R17, R18, R19, R21: what one round is
// ---------------------------------------------------------------------------------------------

TEST_CASE("R17: II.2 ý 5 — the tổ meetings of one round fall in one meeting period") {
    const auto& rules = rule_sets::cao_bang();
    REQUIRE(rules.interp.round_period == round_period_basis::month);
    auto round = round_on(d(2024, 5, 1));
    const auto conduct_of = [&](const group_round& r, const rule_set& rs) {
        return group::conduct(r, rs, every_group(r));
    };
    SUBCASE(
        "month (default): the last day of the first one's month is in, the 1st of the next out") {
        round.groups[2].date = d(2024, 5, 31);
        round.groups[2].report_date = d(2024, 5, 31);
        round.consolidation->date = d(2024, 6, 2);
        CHECK(conduct_of(round, rules)[0].reason == reason::conduct_in_order);
        round.groups[2].date = d(2024, 6, 1);
        round.groups[2].report_date = d(2024, 6, 1);
        const auto fs = conduct_of(round, rules);
        REQUIRE(fs.size() == 1);
        CHECK(fs[0].status == finding_status::violated);
        CHECK(fs[0].reason == reason::round_spans_months);
        CHECK(value_date(fs[0].values[0]) == d(2024, 5, 1));
        CHECK(value_date(fs[0].values[1]) == d(2024, 6, 1));
        const auto v = check(group_meeting_on(d(2024, 5, 1)), cell(60, 0), {}, rules, round);
        CHECK(v.outcome() == outcome::not_allowed);
    }
    SUBCASE("month: 31/12 and 1/1 are two periods, even one day apart") {
        auto r = round_on(d(2024, 12, 31));
        r.groups[1].date = d(2025, 1, 1);
        r.groups[1].report_date = d(2025, 1, 1);
        CHECK(conduct_of(r, rules)[0].reason == reason::round_spans_months);
    }
    SUBCASE("the review's round over four months is not allowed") {
        round.groups[1].date = d(2024, 6, 10);
        round.groups[1].report_date = round.groups[1].date;
        round.groups[2].date = d(2024, 8, 20);
        round.groups[2].report_date = round.groups[2].date;
        round.consolidation->date = d(2024, 8, 25);
        CHECK(conduct_of(round, rules)[0].reason == reason::round_spans_months);
    }
    SUBCASE("days: the rule set's number of days from the first, whatever the month") {
        auto by_days = with_interp(
            rules, [](interpretations& i) { i.round_period = round_period_basis::days; });
        by_days.round_max_days = 10;
        auto r = round_on(d(2024, 5, 28));
        r.groups[2].date = d(2024, 6, 7);
        r.groups[2].report_date = r.groups[2].date; // 10 days later: in
        r.consolidation->date = d(2024, 6, 8);
        CHECK(conduct_of(r, by_days)[0].reason == reason::conduct_in_order);
        CHECK(conduct_of(r, rules)[0].reason == reason::round_spans_months);
        r.groups[2].date = d(2024, 6, 8);
        r.groups[2].report_date = r.groups[2].date; // 11 days: out
        const auto f = conduct_of(r, by_days)[0];
        CHECK(f.reason == reason::round_too_long);
        CHECK(f.values[2] == 10);
        CHECK(f.message_en().find("more than 10 days") != std::string::npos);
    }
}

TEST_CASE("group.conduct: a round wrong in every respect gives every finding, and no error") {
    auto r = round_on(d(2024, 5, 1), 2);
    r.groups[1].date = d(2024, 6, 1); // R17
    r.groups[1].report_date = r.groups[1].date;
    for (auto& g : r.groups) {
        g.agenda.erase(topic::party_dues);
        g.chaired_by_group_leader = false;
        g.opinions_recorded = false;
    }
    const auto fs = group::conduct(r, rule_sets::cao_bang(), 4); // R18: 2 of 4
    REQUIRE(fs.size() == 5);
    CHECK(fs[0].reason == reason::round_spans_months);
    CHECK(fs[1].reason == reason::round_groups_missing);
    CHECK(fs[2].reason == reason::conduct_steps_missing);
    CHECK(fs[3].reason == reason::conduct_chair_not_group_leader);
    CHECK(fs[4].reason == reason::conduct_minutes_incomplete);
    auto org = cell(60, 0);
    org.party_groups = 4;
    verdict v;
    REQUIRE_NOTHROW(v = check(group_meeting_on(d(2024, 5, 1)), org, {}, rule_sets::cao_bang(), r));
    CHECK(of(v, rule_id::group_conduct).size() == 5);
}

TEST_CASE("R18: II.2 ý 5 — every tổ đảng of the cell meets in the round") {
    const auto& rules = rule_sets::cao_bang();
    const auto first = d(2024, 5, 7);
    auto org = cell(60, 0);
    org.party_groups = 4;
    SUBCASE("three of four tổ met: violated, through check() too") {
        const auto fs = group::conduct(round_on(first, 3), rules, 4);
        REQUIRE(fs.size() == 1);
        CHECK(fs[0].reason == reason::round_groups_missing);
        CHECK(fs[0].values[0] == 3);
        CHECK(fs[0].values[1] == 4);
        CHECK(check(group_meeting_on(first), org, {}, rules, round_on(first, 3)).outcome() ==
              outcome::not_allowed);
        CHECK(check(group_meeting_on(first), org, {}, rules, round_on(first, 4)).outcome() ==
              outcome::allowed);
    }
    SUBCASE("a round of one tổ out of several is not a round") {
        CHECK(group::conduct(round_on(first, 1), rules, 4)[0].reason ==
              reason::round_groups_missing);
    }
    SUBCASE("one tổ meeting twice does not stand for another tổ") {
        auto r = round_on(first, 4);
        r.groups[3].group = 1;
        CHECK(group::groups_met(r) == 3);
        CHECK(group::conduct(r, rules, 4)[0].reason == reason::round_groups_missing);
    }
    SUBCASE("tổ counted once however many meetings a round has (16 and fewer, and more)") {
        for (const int size : {15, 16, 17, 40}) {
            auto r = round_on(first, size);
            CHECK(group::groups_met(r) == size);
            // Every other meeting given the number of the one before it: half are repeats.
            for (std::size_t i = 1; i < r.groups.size(); i += 2)
                r.groups[i].group = r.groups[i - 1].group;
            CAPTURE(size);
            CHECK(group::groups_met(r) == (size + 1) / 2);
            r.groups.back().group = 1000; // one more distinct, last
            CHECK(group::groups_met(r) == (size + 1) / 2 + (size % 2 == 0 ? 1 : 0));
        }
    }
    SUBCASE("not stated: not evaluated, never passed") {
        org.party_groups.reset();
        const auto fs = group::conduct(round_on(first, 3), rules, std::nullopt);
        REQUIRE(fs.size() == 2);
        CHECK(fs[0].status == finding_status::not_evaluated);
        CHECK(fs[0].reason == reason::round_groups_unknown);
        CHECK(fs[1].reason == reason::conduct_in_order);
        CHECK(check(group_meeting_on(first), org, {}, rules, round_on(first, 3)).outcome() ==
              outcome::incomplete);
        CHECK(check_round(round_on(first, 3), rules).outcome() == outcome::incomplete);
    }
    SUBCASE("more tổ than the cell has is a contradiction") {
        const auto e = thrown_as<inconsistent_input>(
            [&] { check(group_meeting_on(first), org, {}, rules, round_on(first, 5)); });
        CHECK(e.field() == "round.groups[4].group"); // R36: numbered 1..4
        CHECK_THROWS_AS(check_round(round_on(first, 5), rules, 4), inconsistent_input);
        CHECK_THROWS_AS(check_round(round_on(first, 3), rules, -1), invalid_value);
    }
    SUBCASE("a number contradicting has_party_groups is refused") {
        org.has_party_groups = false;
        CHECK_THROWS_AS(org.validate(), inconsistent_input);
        org.party_groups = 0;
        CHECK_NOTHROW(org.validate());
    }
}

TEST_CASE("R19: a tổ meeting held online is covered by neither pilot") {
    const auto& rules = rule_sets::cao_bang();
    const auto first = d(2024, 5, 7);
    auto round = round_on(first);
    round.groups[1].form = meeting_form::hybrid;
    const auto v = check(group_meeting_on(first), cell(60, 0), {}, rules, round);
    CHECK(v.outcome() == outcome::not_covered);
    const auto fs = of(v, rule_id::pilot_window);
    REQUIRE(fs.size() == 2);
    CHECK(fs[1].status == finding_status::not_covered);
    CHECK(fs[1].reason == reason::group_meeting_online);
    CHECK(fs[1].values[0] == 2);
    CHECK(fs[1].message_en().find("tổ 2") != std::string::npos);
    CHECK(check_round(round, rules).outcome() == outcome::not_covered);
    round.groups[1].form = meeting_form::in_person;
    CHECK(check(group_meeting_on(first), cell(60, 0), {}, rules, round).outcome() ==
          outcome::allowed);
    round.groups[1].form = meeting_form::by_group;
    CHECK(thrown_as<invalid_value>([&] { round.validate(); }).field() == "round.groups[1].form");
}

TEST_CASE("R21: Nghệ An Khối — where registration is asked, each tổ meeting is registered") {
    const auto& rules = rule_sets::nghe_an_khoi();
    REQUIRE(rules.registration_required);
    const auto first = d(2024, 5, 7);
    auto round = round_on(first);
    const auto m = group_meeting_on(first);
    CHECK(pilot::registration(m, rules, &round).status == finding_status::passed);
    round.groups[1].registered = false;
    round.groups[2].registered = false;
    const auto f = pilot::registration(m, rules, &round);
    CHECK(f.status == finding_status::violated);
    CHECK(f.reason == reason::registration_group_missing);
    CHECK(f.values[0] == 2);
    CHECK(f.values[1] == 2);
    CHECK(check(m, cell(60, 0), {}, rules, round).outcome() == outcome::not_allowed);
    // The round itself unregistered is named first.
    auto unregistered = m;
    unregistered.registered = false;
    CHECK(pilot::registration(unregistered, rules, &round).reason == reason::registration_missing);
    // Elsewhere registration is not asked, and the verdict does not speak of it.
    CHECK(
        check(m, cell(60, 0), {}, rule_sets::cao_bang(), round).find(rule_id::pilot_registration) ==
        nullptr);
}
