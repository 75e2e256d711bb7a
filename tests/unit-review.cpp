// The readings of the third review (RULES.md §6c) other than R38 (unit-evidence.cpp): each test
// names its reading and tries it at the boundary the reading draws, with the review's experiment
// among the cases.

#include "fixtures.hpp"

#include <sinhhoat/json.hpp>
#include <string>

using namespace fixtures;

namespace {

const date on = d(2024, 9, 10);

bool has_text(const std::string& s, std::string_view part) {
    return s.find(part) != std::string::npos;
}

/// Whether `f`'s first values are `v`.
bool values_are(const finding& f, std::initializer_list<std::int64_t> v) {
    return std::equal(v.begin(), v.end(), f.values.begin());
}

/// The review's cell: 20 members, 11 unable for dispersal.
organisation review_cell() {
    return cell(20, 11);
}

} // namespace

TEST_CASE("R35: members present and online within the roll, online within present") {
    auto m = online_meeting(on);
    const auto org = review_cell();
    const auto& rules = rule_sets::cao_bang();
    SUBCASE("every member of the roll present: plausible") {
        m.minutes->members_present = 20;
        CHECK_NOTHROW(check(m, org, {}, rules));
    }
    SUBCASE("one more than the roll, and the review's 500 in a cell of 20") {
        for (const std::int32_t present : {21, 500}) {
            m.minutes->members_present = present;
            const auto e = thrown_as<inconsistent_input>([&] { check(m, org, {}, rules); });
            CHECK(e.field() == "meeting.minutes.members_present");
            CHECK(e.value() == std::to_string(present));
            CHECK(std::string(e.what()).find("20 members on the organisation's roll") !=
                  std::string::npos);
        }
    }
    SUBCASE("online: as many as present is plausible, one more is not") {
        m.minutes->members_present = 9;
        m.members_online = 9;
        CHECK_NOTHROW(m.validate());
        m.members_online = 10;
        const auto e = thrown_as<inconsistent_input>([&] { m.validate(); });
        CHECK(e.field() == "meeting.members_online");
        CHECK(e.value() == "10");
        // The same refusal from check() and from JSON.
        CHECK(thrown_as<inconsistent_input>([&] { check(m, org, {}, rules); }).field() ==
              "meeting.members_online");
        auto j = json::to_json(online_meeting(on));
        j["members_online"] = 10;
        // JSON names the field by its pointer into the document.
        CHECK(thrown_as<inconsistent_input>([&] { json::from_json<meeting>(j); }).field() ==
              "/members_online");
    }
    SUBCASE("online beyond the roll when the minutes give no count") {
        m.minutes->members_present = 0; // not recorded
        m.members_online = 20;
        CHECK_NOTHROW(check(m, org, {}, rules));
        m.members_online = 21;
        const auto e = thrown_as<inconsistent_input>([&] { check(m, org, {}, rules); });
        CHECK(e.field() == "meeting.members_online");
        CHECK(e.value() == "21");
    }
}

TEST_CASE("R35: a fully online meeting with both figures has every member present online") {
    auto m = online_meeting(on, ground::dispersed_wide_area, meeting_form::fully_online);
    m.gathering_impossible = true;
    m.minutes->members_present = 20;
    SUBCASE("the review's 3 of 20 present online") {
        m.members_online = 3;
        const auto e = thrown_as<inconsistent_input>([&] { m.validate(); });
        CHECK(e.field() == "meeting.members_online");
        CHECK(e.value() == "3");
    }
    SUBCASE("19 of 20 is still not every member") {
        m.members_online = 19;
        CHECK_THROWS_AS(m.validate(), inconsistent_input);
    }
    SUBCASE("all 20 present online") {
        m.members_online = 20;
        CHECK_NOTHROW(m.validate());
    }
    SUBCASE("one figure not given: nothing to compare") {
        m.members_online.reset();
        CHECK_NOTHROW(m.validate());
        m.members_online = 3;
        m.minutes->members_present = 0;
        CHECK_NOTHROW(m.validate());
        m.minutes.reset();
        CHECK_NOTHROW(m.validate());
    }
}

TEST_CASE("R35: a tổ meeting's members present within the cell's roll") {
    const auto org = review_cell();
    const auto& rules = rule_sets::hd03();
    const auto day = d(2024, 3, 4);
    auto r = round_on(day);
    r.groups[1].members_present = 20;
    CHECK_NOTHROW(check(group_meeting_on(day), org, {}, rules, r));
    r.groups[1].members_present = 21;
    const auto e =
        thrown_as<inconsistent_input>([&] { check(group_meeting_on(day), org, {}, rules, r); });
    CHECK(e.field() == "round.groups[1].members_present");
    CHECK(e.value() == "21");
}

TEST_CASE("R35: the committee's size bounds a cấp uỷ meeting") {
    auto org = review_cell();
    const auto& rules = rule_sets::cao_bang();
    auto m = online_meeting(on);
    m.body = meeting_body::committee;
    m.agenda = committee_meeting_steps();
    SUBCASE("not stated: any count within the roll") {
        m.minutes->members_present = 20;
        CHECK_NOTHROW(check(m, org, {}, rules));
    }
    SUBCASE("stated 5: 5 present is plausible, 6 is not") {
        org.committee_size = 5;
        m.minutes->members_present = 5;
        CHECK_NOTHROW(check(m, org, {}, rules));
        m.minutes->members_present = 6;
        const auto e = thrown_as<inconsistent_input>([&] { check(m, org, {}, rules); });
        CHECK(e.field() == "meeting.minutes.members_present");
        CHECK(e.value() == "6");
        CHECK(std::string(e.what()).find("organisation.committee_size") != std::string::npos);
    }
    SUBCASE("the review's whole cell labelled committee: 20 present of a committee of 5") {
        org.committee_size = 5;
        m.minutes->members_present = 20;
        m.members_online = 3;
        CHECK_THROWS_AS(check(m, org, {}, rules), inconsistent_input);
        // Online members alone, minutes not recorded.
        m.minutes->members_present = 0;
        m.members_online = 6;
        CHECK(thrown_as<inconsistent_input>([&] { check(m, org, {}, rules); }).field() ==
              "meeting.members_online");
    }
    SUBCASE("a whole-organisation meeting is not bounded by the committee") {
        org.committee_size = 5;
        m.body = meeting_body::whole_organisation;
        m.agenda = cell_meeting_steps();
        m.minutes->members_present = 20;
        CHECK_NOTHROW(check(m, org, {}, rules));
    }
    SUBCASE("the size itself: at least 1, at most the roll") {
        org.committee_size = 20;
        CHECK_NOTHROW(org.validate());
        org.committee_size = 21;
        auto e = thrown_as<inconsistent_input>([&] { org.validate(); });
        CHECK(e.field() == "organisation.committee_size");
        CHECK(e.value() == "21");
        org.committee_size = 0;
        CHECK(thrown_as<invalid_value>([&] { org.validate(); }).field() ==
              "organisation.committee_size");
    }
    SUBCASE("JSON: left out is not stated, and round-trips") {
        auto j = json::to_json(org);
        j.erase("committee_size");
        CHECK_FALSE(json::from_json<organisation>(j).committee_size);
        org.committee_size = 5;
        CHECK(json::from_json<organisation>(json::to_json(org)).committee_size == 5);
    }
}

namespace {

/// 20 members: `dispersed` unable for dispersal (special nature), `epidemic` unable under an
/// epidemic (special circumstance), with a decision covering `on` when `decided`.
organisation mixed_cell(std::int32_t dispersed, std::int32_t epidemic, bool decided = true) {
    auto org = cell(20, 0);
    org.roll.unable = {{{ground::dispersed_wide_area}, dispersed}, {{ground::epidemic}, epidemic}};
    if (decided)
        org.decisions.push_back(
            {ground::epidemic, d(2024, 1, 5), d(2024, 1, 5), std::nullopt, "12-QĐ/HU", {}});
    return org;
}

} // namespace

TEST_CASE("R37: R5's kind filter is the majority's only; form counts either kind") {
    const auto& rules = rule_sets::cao_bang();
    SUBCASE("the review: 15 dispersed and 5 under an epidemic decision, all 20, fully online") {
        auto m = online_meeting(on, ground::dispersed_wide_area, meeting_form::fully_online);
        m.minutes->members_present = m.members_online.emplace(20);
        const auto org = mixed_cell(15, 5);
        CHECK(online::form(m, org, rules).reason == reason::form_fully_online_justified);
        // The majority still counts the meeting's kind only: 15 of 20 is more than half.
        CHECK(online::scope_majority(org, on, m.ground, rules).values[0] == 15);
        // One member fewer unable: not every member, fully online not justified.
        CHECK(online::form(m, mixed_cell(15, 4), rules).reason ==
              reason::form_fully_online_not_justified);
    }
    SUBCASE("the review: a hybrid meeting where the epidemic members join online too") {
        auto m = online_meeting(on);
        const auto org = mixed_cell(12, 5);
        m.members_online = 17; // 12 + 5
        CHECK(online::form(m, org, rules).reason == reason::form_hybrid_within);
        m.members_online = 18;
        CHECK(online::form(m, org, rules).reason == reason::form_online_exceeds_unable);
        m.members_online = 17;
        m.minutes->members_present = 20;
        CHECK(check(m, org, {}, rules).outcome() == outcome::allowed);
    }
    SUBCASE("R4 still applies: no decision covering the day, the epidemic members do not count") {
        auto m = online_meeting(on);
        m.members_online = 13;
        CHECK(online::form(m, mixed_cell(12, 5, false), rules).reason ==
              reason::form_online_exceeds_unable);
        m.members_online = 12;
        CHECK(online::form(m, mixed_cell(12, 5, false), rules).reason ==
              reason::form_hybrid_within);
    }
    SUBCASE("R6 still applies: teachers count only in the summer break") {
        auto org = cell(20, 0);
        org.roll.unable = {{{ground::dispersed_wide_area}, 11},
                           {{ground::teacher_summer_break}, 4}};
        auto m = online_meeting(on); // 10/9: outside the break
        m.members_online = 12;
        CHECK(online::form(m, org, rules).reason == reason::form_online_exceeds_unable);
        m.date = d(2024, 7, 10);
        CHECK(online::form(m, org, rules).reason == reason::form_hybrid_within);
    }
}

TEST_CASE("R42: on a special-circumstance ground, the decision finds gathering impossible") {
    const auto& rules = rule_sets::cao_bang();
    // 20 members, 11 unable under the epidemic (a majority; 9 could attend), a decision from 1/9
    // to 10/9.
    auto org = mixed_cell(0, 11, false);
    org.decisions.push_back(
        {ground::epidemic, d(2024, 9, 1), d(2024, 9, 1), d(2024, 9, 10), "31-QĐ/ĐU", true});
    auto m = online_meeting(on, ground::epidemic, meeting_form::fully_online);
    m.minutes->members_present = m.members_online.emplace(18);
    SUBCASE("the decision states it: justified on its last day, whatever the meeting says") {
        m.gathering_impossible = false;
        const auto f = online::form(m, org, rules);
        CHECK(f.reason == reason::form_fully_online_decided);
        CHECK(f.values[1] == date_value(d(2024, 9, 1)));
        CHECK(has_text(f.message_en(), "decision of 2024-09-01"));
    }
    SUBCASE("the day after the decision's span: no decision, the meeting's flag alone fails") {
        m.date = on + days(1);
        m.gathering_impossible = true;
        CHECK(online::form(m, org, rules).reason == reason::form_fully_online_not_justified);
    }
    SUBCASE("the decision does not say: not evaluated, the meeting's flag is not enough") {
        org.decisions[0].gathering_impossible.reset();
        m.gathering_impossible = true;
        const auto f = online::form(m, org, rules);
        CHECK(f.status == finding_status::not_evaluated);
        CHECK(f.reason == reason::form_gathering_not_stated);
        CHECK(check(m, org, {}, rules).outcome() == outcome::incomplete);
    }
    SUBCASE("of two decisions covering the day, the one that finds it decides") {
        auto first_silent = org;
        first_silent.decisions[0].gathering_impossible.reset();
        first_silent.decisions.push_back(
            {ground::epidemic, d(2024, 9, 5), d(2024, 9, 5), d(2024, 9, 12), "33-QĐ/ĐU", true});
        const auto f = online::form(m, first_silent, rules);
        CHECK(f.reason == reason::form_fully_online_decided);
        CHECK(value_date(f.values[1]) == d(2024, 9, 5));
        first_silent.decisions[1].gathering_impossible = false;
        CHECK(online::form(m, first_silent, rules).reason == reason::form_gathering_not_stated);
    }
    SUBCASE("the decision says they can be gathered: not justified") {
        org.decisions[0].gathering_impossible = false;
        m.gathering_impossible = true;
        CHECK(online::form(m, org, rules).status == finding_status::violated);
    }
    SUBCASE("every member unable needs no finding of the decision") {
        auto all = mixed_cell(0, 20, false);
        all.decisions = org.decisions;
        all.decisions[0].gathering_impossible = false;
        m.minutes->members_present = m.members_online.emplace(20);
        CHECK(online::form(m, all, rules).reason == reason::form_fully_online_justified);
    }
    SUBCASE("all_members_unable: the decision's finding does not suffice either") {
        const auto strict = with_interp(rules, [](interpretations& i) {
            i.fully_online = fully_online_basis::all_members_unable;
        });
        CHECK(online::form(m, org, strict).status == finding_status::violated);
    }
    SUBCASE("JSON: a decision that leaves it out does not say") {
        auto j = json::to_json(org.decisions[0]);
        CHECK(j["gathering_impossible"] == true);
        j.erase("gathering_impossible");
        CHECK_FALSE(json::from_json<circumstance_decision>(j).gathering_impossible);
    }
}

TEST_CASE("R34: decisions and selections are evidence only when made under the guidance") {
    const auto& rules = rule_sets::cao_bang();
    REQUIRE(rules.earliest_source() == d(2022, 12, 27)); // HD03, a source of every built-in set
    const auto meeting_day = d(2024, 3, 1);
    const auto decided = [&](date on_day, std::string reference) {
        auto org = mixed_cell(0, 11, false);
        org.pilot.online = false;
        org.decisions.push_back(
            {ground::epidemic, on_day, on_day, std::nullopt, std::move(reference), true});
        return online::authorisation(org, meeting_day, ground::epidemic, rules);
    };
    SUBCASE("the review's decision of 2021 authorises nothing in 2024") {
        const auto f = decided(d(2021, 8, 1), "5-QĐ/HU");
        CHECK(f.status == finding_status::not_evaluated);
        CHECK(f.reason == reason::decision_before_guidance);
        CHECK(value_date(f.values[2]) == d(2022, 12, 27));
    }
    SUBCASE("the day before HD03 and HD03's day") {
        CHECK(decided(d(2022, 12, 26), "5-QĐ/HU").reason == reason::decision_before_guidance);
        const auto f = decided(d(2022, 12, 27), "5-QĐ/HU");
        CHECK(f.reason == reason::decision_in_force_open);
        CHECK(has_text(f.message_en(), "from 2022-12-27, with no end stated"));
    }
    SUBCASE("the review's decision with no reference") {
        const auto f = decided(d(2024, 2, 1), "");
        CHECK(f.status == finding_status::not_evaluated);
        CHECK(f.reason == reason::decision_unreferenced);
    }
    SUBCASE("of two decisions covering the day, the one that is evidence decides") {
        auto org = mixed_cell(0, 11, false);
        org.decisions.push_back(
            {ground::epidemic, d(2021, 8, 1), d(2021, 8, 1), std::nullopt, "1-QĐ/HU", {}});
        org.decisions.push_back(
            {ground::epidemic, d(2024, 2, 1), d(2024, 2, 1), d(2024, 3, 1), "9-QĐ/HU", {}});
        const auto f = online::authorisation(org, meeting_day, ground::epidemic, rules);
        CHECK(f.reason == reason::decision_in_force_until);
        // The verdict shows the span the superior set, not second-guessed: its last day holds.
        CHECK(value_date(f.values[3]) == meeting_day);
    }
    SUBCASE("the review's selection dated 2019; the day before HD03; HD03's day") {
        auto org = review_cell();
        const auto at = [&](date chosen) {
            org.pilot.online_selected_on = chosen;
            return online::authorisation(org, meeting_day, ground::dispersed_wide_area, rules);
        };
        for (const auto chosen : {d(2019, 5, 1), d(2022, 12, 26)}) {
            const auto f = at(chosen);
            CHECK(f.status == finding_status::not_evaluated);
            CHECK(f.reason == reason::pilot_listed_before_guidance);
            CHECK(value_date(f.values[0]) == chosen);
        }
        CHECK(at(d(2022, 12, 27)).status == finding_status::passed);
        // check(): incomplete, never allowed on that evidence.
        org.pilot.online_selected_on = d(2019, 5, 1);
        CHECK(check(online_meeting(meeting_day), org, {}, rules).outcome() == outcome::incomplete);
    }
    SUBCASE("a tổ đảng selection dated before HD03") {
        auto org = cell(60, 0);
        org.pilot.by_group_selected_on = d(2022, 12, 26);
        const auto& hd03 = rule_sets::hd03();
        const auto fs = group::scope(org, meeting_day, hd03);
        REQUIRE(fs.size() == 1);
        CHECK(fs[0].reason == reason::group_listed_before_guidance);
        org.pilot.by_group_selected_on = d(2022, 12, 27);
        CHECK(group::scope(org, meeting_day, hd03)[0].status == finding_status::passed);
    }
    SUBCASE("a rule set with no dated source draws no such line") {
        auto undated = rules;
        for (auto& s : undated.sources)
            s.issued.reset();
        CHECK_FALSE(undated.earliest_source());
        CHECK(decided(d(2021, 8, 1), "5-QĐ/HU").reason == reason::decision_before_guidance);
        auto org = mixed_cell(0, 11, false);
        org.decisions.push_back(
            {ground::epidemic, d(2021, 8, 1), d(2021, 8, 1), std::nullopt, "5-QĐ/HU", {}});
        CHECK(online::authorisation(org, meeting_day, ground::epidemic, undated).reason ==
              reason::decision_in_force_open);
    }
}

TEST_CASE("R34: a decision that is no evidence neither counts members nor exempts a meeting") {
    const auto& rules = rule_sets::cao_bang();
    const auto meeting_day = d(2024, 3, 1);
    // 20 members: 8 dispersed, 3 under an epidemic decision; 2·11 > 20 only with the epidemic 3.
    const auto with_decision = [&](date decided_on, std::string reference,
                                   std::optional<bool> gathering = std::nullopt) {
        auto org = mixed_cell(8, 3, false);
        org.roll.unable = {{{ground::dispersed_wide_area}, 8}, {{ground::epidemic}, 3}};
        org.decisions.push_back({ground::epidemic, decided_on, decided_on, std::nullopt,
                                 std::move(reference), gathering});
        return org;
    };
    const auto made_2021 = with_decision(d(2021, 8, 1), "5-QĐ/HU");
    const auto unreferenced = with_decision(d(2024, 2, 1), "");
    const auto good = with_decision(d(2024, 2, 1), "5-QĐ/HU");
    SUBCASE("majority: 8 shown and 3 more under the decision; 11 of 20 only with them") {
        const auto mixes =
            with_interp(rules, [](interpretations& i) { i.majority_mixes_kinds = true; });
        CHECK(
            online::scope_majority(good, meeting_day, ground::dispersed_wide_area, mixes).reason ==
            reason::majority_met);
        for (const auto* org : {&made_2021, &unreferenced}) {
            const auto f =
                online::scope_majority(*org, meeting_day, ground::dispersed_wide_area, mixes);
            CHECK(f.status == finding_status::not_evaluated);
            CHECK(f.reason == reason::majority_decision_not_evidence);
            CHECK(values_are(f, {8, 3, 20, 11}));
            CHECK(has_text(f.message_en(), "8 of 20 members"));
        }
        // An epidemic meeting counts its own kind: 3 at most, violated whatever the decision.
        const auto f = online::scope_majority(made_2021, meeting_day, ground::epidemic, rules);
        CHECK(f.reason == reason::majority_not_met);
        CHECK(f.values[0] == 0);
        // 9 dispersed: the majority holds without the doubtful 3.
        auto nine = made_2021;
        nine.roll.unable[0].count = 9;
        nine.roll.members = 17;
        CHECK(
            online::scope_majority(nine, meeting_day, ground::dispersed_wide_area, mixes).reason ==
            reason::majority_met);
    }
    SUBCASE("hybrid: online within the shown, within the doubtful, beyond both") {
        auto m = online_meeting(meeting_day);
        const auto at = [&](const organisation& org, std::int32_t online) {
            m.members_online = online;
            return online::form(m, org, rules);
        };
        CHECK(at(made_2021, 8).reason == reason::form_hybrid_within);
        CHECK(at(good, 11).reason == reason::form_hybrid_within);
        for (const auto* org : {&made_2021, &unreferenced}) {
            const auto f = at(*org, 9);
            CHECK(f.status == finding_status::not_evaluated);
            CHECK(f.reason == reason::form_decision_not_evidence);
            CHECK(values_are(f, {8, 3, 9}));
            CHECK(at(*org, 11).reason == reason::form_decision_not_evidence);
            const auto over = at(*org, 12);
            CHECK(over.reason == reason::form_online_exceeds_unable);
            CHECK(values_are(over, {12, 8}));
        }
    }
    SUBCASE("fully online: every member unable only with the doubtful; R42's decision") {
        auto m =
            online_meeting(meeting_day, ground::dispersed_wide_area, meeting_form::fully_online);
        m.minutes->members_present = m.members_online.emplace(11);
        auto all = made_2021;
        all.roll.members = 11;
        const auto f = online::form(m, all, rules);
        CHECK(f.reason == reason::form_decision_not_evidence);
        CHECK(values_are(f, {8, 3, 11}));
        auto good_all = good;
        good_all.roll.members = 11;
        CHECK(online::form(m, good_all, rules).reason == reason::form_fully_online_justified);
        // An epidemic meeting under a decision that finds gathering impossible (R42).
        m.ground = ground::epidemic;
        m.minutes->members_present = m.members_online.emplace(3);
        CHECK(online::form(m, with_decision(d(2024, 2, 1), "5-QĐ/HU", true), rules).reason ==
              reason::form_fully_online_decided);
        const auto old = online::form(m, with_decision(d(2021, 8, 1), "5-QĐ/HU", true), rules);
        CHECK(old.status == finding_status::not_evaluated);
        CHECK(old.reason == reason::decision_before_guidance);
        CHECK(online::form(m, with_decision(d(2024, 2, 1), "", true), rules).reason ==
              reason::decision_unreferenced);
        // One that is no evidence and does not say: open were it evidence (R38), not justified
        // were it none: not evaluated.
        CHECK(online::form(m, with_decision(d(2021, 8, 1), "5-QĐ/HU"), rules).reason ==
              reason::decision_before_guidance);
        // One that says gathering is possible justifies nothing, evidence or not.
        CHECK(online::form(m, with_decision(d(2021, 8, 1), "5-QĐ/HU", false), rules).reason ==
              reason::form_fully_online_not_justified);
        // A decision that is evidence and says nothing still leaves it open (R38).
        auto both = with_decision(d(2021, 8, 1), "5-QĐ/HU", true);
        both.decisions.push_back(
            {ground::epidemic, d(2024, 2, 1), d(2024, 2, 1), std::nullopt, "9-QĐ/HU", {}});
        CHECK(online::form(m, both, rules).reason == reason::form_gathering_not_stated);
    }
    SUBCASE("return in person (R14): a span that is no evidence shows nothing") {
        const auto m = online_meeting(meeting_day, ground::epidemic);
        // An open decision that is evidence, and a 2021 one whose span covers the day: the
        // circumstance is not shown to last (it passed on the 2021 span before).
        auto org = good;
        org.decisions.push_back({ground::epidemic, d(2021, 8, 1), d(2021, 8, 1), d(2025, 12, 31),
                                 "5-QĐ/HU", std::nullopt});
        CHECK(online::return_in_person(m, org, rules).reason == reason::return_circumstance_open);
        // The 2021 decision alone: not evaluated on it, not a violation and not a pass.
        auto alone = made_2021;
        alone.decisions[0].until = d(2025, 12, 31);
        const auto f = online::return_in_person(m, alone, rules);
        CHECK(f.status == finding_status::not_evaluated);
        CHECK(f.reason == reason::decision_before_guidance);
        // A span that is evidence still shows it.
        auto spanned = good;
        spanned.decisions[0].until = d(2025, 12, 31);
        CHECK(online::return_in_person(m, spanned, rules).reason == reason::return_not_required);
    }
    SUBCASE("quota: the meeting itself, and earlier meetings, under a decision of 2021") {
        auto m = online_meeting(meeting_day, ground::epidemic);
        m.members_online = 3;
        std::vector<past_meeting> earlier;
        for (const int month : {1, 2})
            earlier.push_back({d(2024, month, 10), meeting_body::whole_organisation,
                               meeting_form::hybrid, ground::dispersed_wide_area});
        // Under a decision that is evidence, outside the quota.
        CHECK(online::quota(m, good, meeting_history(earlier), rules).reason ==
              reason::quota_outside_special_circumstance);
        // Counted, the 3rd of 3: passes either way.
        auto f = online::quota(m, made_2021, meeting_history(earlier), rules);
        CHECK(f.reason == reason::quota_within);
        CHECK(f.values[0] == 3);
        // Counted, the 4th: whether it is left out rests on the decision of 2021.
        earlier.push_back({d(2024, 2, 20), meeting_body::whole_organisation, meeting_form::hybrid,
                           ground::dispersed_wide_area});
        f = online::quota(m, made_2021, meeting_history(earlier), rules);
        CHECK(f.status == finding_status::not_evaluated);
        CHECK(f.reason == reason::decision_before_guidance);
        CHECK(online::quota(m, unreferenced, meeting_history(earlier), rules).reason ==
              reason::decision_unreferenced);
        // The review's loophole, on earlier meetings: eight epidemic meetings under the decision
        // of 2021, each stating the circumstance lasted, do not leave the quota empty.
        std::vector<past_meeting> epidemic;
        for (int month = 1; month <= 2; ++month) {
            epidemic.push_back({d(2024, month, 5), meeting_body::whole_organisation,
                                meeting_form::fully_online, ground::epidemic});
            epidemic.back().circumstance_ongoing = true;
        }
        epidemic.push_back({d(2024, 2, 20), meeting_body::whole_organisation, meeting_form::hybrid,
                            ground::dispersed_wide_area});
        const auto special = online_meeting(meeting_day);
        CHECK(online::quota(special, good, meeting_history(epidemic), rules).reason ==
              reason::quota_within);
        f = online::quota(special, made_2021, meeting_history(epidemic), rules);
        CHECK(f.reason == reason::quota_exemption_not_shown);
        CHECK(f.values[0] == 2);
        CHECK(f.values[1] == 4);
        const auto q = online_quota_left(made_2021, meeting_history(epidemic), meeting_day, rules);
        REQUIRE(q);
        CHECK(q->used == 1);
        CHECK(q->undetermined == 2);
        // check() agrees (with 11 dispersed, the majority holds): incomplete, never allowed.
        auto majority = made_2021;
        majority.roll.unable[0].count = 11;
        const auto v = check(special, majority, meeting_history(epidemic), rules);
        CHECK(only(v, rule_id::online_quota).reason == reason::quota_exemption_not_shown);
        CHECK(v.outcome() == outcome::incomplete);
    }
}

TEST_CASE("R43: only meetings on or after the organisation's selection use its quota") {
    const auto& rules = rule_sets::cao_bang();
    auto org = review_cell();
    org.pilot.online_selected_on = d(2024, 3, 1);
    org.pilot.by_group_selected_on = d(2024, 3, 1);
    const auto m = online_meeting(on);
    meeting_history online_before;
    for (int day = 1; day <= 3; ++day) // three online meetings before the listing
        online_before.add(online_meeting(d(2024, 2, 26 + day)));
    SUBCASE("online: three meetings up to the day before the listing do not count") {
        const auto f = online::quota(m, org, online_before, rules);
        CHECK(f.reason == reason::quota_within);
        CHECK(f.values[0] == 1);
        const auto left = online_quota_left(org, online_before, on, rules);
        REQUIRE(left);
        CHECK(left->used == 0);
        CHECK(left->remaining == 3);
    }
    SUBCASE("online: a meeting on the listing day counts") {
        auto h = online_before;
        h.add(online_meeting(d(2024, 3, 1)));
        CHECK(online::quota(m, org, h, rules).values[0] == 2);
        CHECK(online_quota_left(org, h, on, rules)->used == 1);
    }
    SUBCASE("online: with no listing date known, every meeting counts (as before)") {
        org.pilot.online_selected_on.reset();
        CHECK(online::quota(m, org, online_before, rules).values[0] == 4);
        CHECK(online::quota(m, org, online_before, rules).reason == reason::quota_exceeded);
    }
    SUBCASE("tổ đảng: rounds before the cell's selection do not count") {
        const auto& hd03 = rule_sets::hd03();
        meeting_history rounds;
        for (int month = 1; month <= 2; ++month)
            rounds.add(group_meeting_on(d(2024, month, 5)));
        rounds.add(group_meeting_on(d(2024, 2, 29)));
        const auto f = group::quota(group_meeting_on(on), org, rounds, hd03);
        CHECK(f.reason == reason::quota_within);
        CHECK(f.values[0] == 1);
        CHECK(group_quota_left(org, rounds, on, hd03)->used == 0);
        rounds.add(group_meeting_on(d(2024, 3, 1))); // the selection day
        CHECK(group::quota(group_meeting_on(on), org, rounds, hd03).values[0] == 2);
        CHECK(group_quota_left(org, rounds, on, hd03)->used == 1);
        // Without the organisation, every round counts.
        CHECK(group_quota_left(rounds, on, hd03)->used == 4);
        CHECK(group::quota(group_meeting_on(on), rounds, hd03).reason == reason::quota_exceeded);
    }
}

TEST_CASE("R39: a cell listed on its own and through its đảng bộ counts from the earlier listing") {
    const auto& rules = rule_sets::cao_bang();
    auto org = cell(20, 11, ground::dispersed_wide_area, organisation_kind::subordinate_cell);
    org.pilot.online_selected_on = d(2024, 6, 1);
    org.parent_pilot = pilot_selection{};
    org.parent_pilot->online = true;
    org.parent_pilot->online_selected_on = d(2024, 3, 1);
    const auto at = [&](date day) {
        return online::authorisation(org, day, ground::dispersed_wide_area, rules);
    };
    SUBCASE("the review: between the two listings, the đảng bộ's holds") {
        const auto f = at(d(2024, 4, 1));
        CHECK(f.reason == reason::pilot_listed_through_parent);
        CHECK(value_date(f.values[0]) == d(2024, 3, 1));
        CHECK(at(d(2024, 3, 1)).status == finding_status::passed);
        CHECK(at(d(2024, 2, 29)).reason == reason::pilot_listed_after_meeting);
    }
    SUBCASE("its own listing earlier: its own") {
        org.pilot.online_selected_on = d(2024, 1, 1);
        CHECK(at(d(2024, 4, 1)).reason == reason::pilot_listed);
    }
    SUBCASE("the đảng bộ's listing undated: its own date") {
        org.parent_pilot->online_selected_on.reset();
        CHECK(at(d(2024, 4, 1)).reason == reason::pilot_listed_after_meeting);
        CHECK(at(d(2024, 6, 1)).reason == reason::pilot_listed);
    }
    SUBCASE("interp.subordinate_cells_inherit off: its own listing only") {
        const auto own =
            with_interp(rules, [](interpretations& i) { i.subordinate_cells_inherit = false; });
        CHECK(online::authorisation(org, d(2024, 4, 1), ground::dispersed_wide_area, own).reason ==
              reason::pilot_listed_after_meeting);
    }
    SUBCASE("R43: the quota counts from the same listing") {
        meeting_history h;
        h.add(online_meeting(d(2024, 2, 29)));
        h.add(online_meeting(d(2024, 3, 1)));
        CHECK(online_quota_left(org, h, d(2024, 9, 10), rules)->used == 1);
    }
}

TEST_CASE("R41: a thematic meeting holds its kind's steps, which are rule-set data") {
    const auto& rules = rule_sets::cao_bang();
    const auto org = review_cell();
    auto m = online_meeting(on);
    m.kind = meeting_kind::thematic;
    m.agenda = {topic::programme, topic::thematic, topic::discussion_vote};
    SUBCASE("the review: a thematic meeting need not collect dues nor pass on documents") {
        const auto fs = online::procedure(m, org, rules);
        REQUIRE(fs.size() == 1);
        CHECK(fs[0].reason == reason::procedure_complete);
        CHECK(check(m, org, {}, rules).outcome() == outcome::allowed);
    }
    SUBCASE("a thematic meeting without its topic misses that step") {
        m.agenda.erase(topic::thematic);
        const auto fs = online::procedure(m, org, rules);
        REQUIRE(fs.size() == 1);
        CHECK(fs[0].reason == reason::procedure_steps_missing);
        CHECK(fs[0].values[0] == detail::bits(topic_set{topic::thematic}));
    }
    SUBCASE("the same agenda at a regular meeting misses the regular steps") {
        m.kind = meeting_kind::regular;
        const auto fs = online::procedure(m, org, rules);
        CHECK(fs[0].reason == reason::procedure_steps_missing);
        CHECK(fs[0].values[0] == detail::bits(cell_meeting_steps() - m.agenda));
    }
    SUBCASE("a cấp uỷ's thematic meeting holds the thematic steps too") {
        m.body = meeting_body::committee;
        CHECK(online::procedure(m, org, rules)[0].reason == reason::procedure_complete);
    }
    SUBCASE("a rule set may ask more of a thematic meeting") {
        auto r = rules;
        r.thematic_steps = thematic_meeting_steps() | topic_set{topic::superior_documents};
        CHECK_NOTHROW(r.validate());
        CHECK(online::procedure(m, org, r)[0].reason == reason::procedure_steps_missing);
        r.thematic_steps = thematic_meeting_steps() | topic_set{topic::discipline};
        CHECK(thrown_as<invalid_rule_set>([&] { r.validate(); }).field() ==
              "rule_set(cao_bang).thematic_steps");
    }
    SUBCASE("JSON: a meeting that leaves its kind out is regular") {
        auto j = json::to_json(m);
        CHECK(j["kind"] == "thematic");
        j.erase("kind");
        CHECK(json::from_json<meeting>(j).kind == meeting_kind::regular);
    }
}

TEST_CASE("R44: Nghệ An Khối registers cấp uỷ, online chi bộ and tổ đảng meetings only") {
    const auto& rules = rule_sets::nghe_an_khoi();
    REQUIRE_FALSE(rules.registration_general_meeting);
    const auto day = d(2024, 3, 5);
    auto m = online_meeting(day);
    m.registered = false;
    const auto committee_org =
        cell(20, 11, ground::dispersed_wide_area, organisation_kind::grassroots_committee);
    SUBCASE("the review: a đảng bộ cơ sở general meeting, unregistered: not applicable") {
        const auto f = pilot::registration(m, rules, nullptr, committee_org.kind);
        CHECK(f.status == finding_status::not_applicable);
        CHECK(f.reason == reason::registration_general_meeting_not_listed);
        CHECK(status_of(check(m, committee_org, {}, rules), rule_id::pilot_registration) ==
              finding_status::not_applicable);
    }
    SUBCASE("its đảng uỷ's (cấp uỷ) meeting registers") {
        m.body = meeting_body::committee;
        m.agenda = committee_meeting_steps();
        CHECK(pilot::registration(m, rules, nullptr, committee_org.kind).reason ==
              reason::registration_missing);
    }
    SUBCASE("an online chi bộ meeting registers") {
        CHECK(pilot::registration(m, rules, nullptr, organisation_kind::grassroots_cell).reason ==
              reason::registration_missing);
        CHECK(status_of(check(m, review_cell(), {}, rules), rule_id::pilot_registration) ==
              finding_status::violated);
    }
    SUBCASE("a rule set that lists the general meeting") {
        auto all = rules;
        all.registration_general_meeting = true;
        CHECK(pilot::registration(m, all, nullptr, committee_org.kind).reason ==
              reason::registration_missing);
    }
}

TEST_CASE("R36: a round's preparation is at most round_max_days before its first tổ meeting") {
    const auto& rules = rule_sets::cao_bang();
    const auto max = rules.round_max_days;
    REQUIRE(max == 30);
    const auto first = d(2024, 3, 4);
    auto r = round_on(first);
    SUBCASE("exactly round_max_days before: this round's preparation") {
        r.preparation->date = first - days(max);
        CHECK(group::preparation(r, rules).status == finding_status::passed);
    }
    SUBCASE("one day more: it prepares some other round") {
        r.preparation->date = first - days(max + 1);
        const auto f = group::preparation(r, rules);
        CHECK(f.status == finding_status::violated);
        CHECK(f.reason == reason::preparation_too_early);
        CHECK(f.values[0] == date_value(first - days(max + 1)));
        CHECK(f.values[1] == date_value(first));
        CHECK(f.values[2] == max);
    }
    SUBCASE("the review: one preparation in January serves no round of March, May or September") {
        const auto org = cell(60, 0);
        for (const auto day : {first, d(2024, 5, 6), d(2024, 9, 9)}) {
            auto round = round_on(day);
            round.preparation->date = d(2024, 1, 15);
            const auto v = check(group_meeting_on(day), org, {}, rules, round);
            CHECK(v.outcome() == outcome::not_allowed);
            CHECK(only(v, rule_id::group_preparation).reason == reason::preparation_too_early);
            CHECK(check_round(round, rules, 3).outcome() == outcome::not_allowed);
        }
    }
}

TEST_CASE("R36: a round's consolidation is at most round_max_days after its last report") {
    const auto& rules = rule_sets::cao_bang();
    const auto max = rules.round_max_days;
    const auto first = d(2024, 3, 2);
    auto r = round_on(first);
    r.groups[2].date = first + days(4); // tổ meetings of 2–6/3
    r.groups[2].report_date = first + days(5);
    const auto last_report = first + days(5);
    SUBCASE("exactly round_max_days after the last report") {
        r.consolidation->date = last_report + days(max);
        CHECK(group::consolidation(r, rules).status == finding_status::passed);
    }
    SUBCASE("one day more: violated, naming the last report") {
        r.consolidation->date = last_report + days(max + 1);
        const auto f = group::consolidation(r, rules);
        CHECK(f.status == finding_status::violated);
        CHECK(f.reason == reason::consolidation_too_late);
        CHECK(f.values[1] == date_value(last_report));
        CHECK(f.values[2] == max);
    }
    SUBCASE("the review: a resolution passed on 20/6 for tổ meetings of 2–6/3") {
        r.consolidation->date = d(2024, 6, 20);
        const auto v = check(group_meeting_on(first), cell(60, 0), {}, rules, r);
        CHECK(v.outcome() == outcome::not_allowed);
        CHECK(only(v, rule_id::group_consolidation).reason == reason::consolidation_too_late);
    }
    SUBCASE("a report whose day is not stated could bring it within: not evaluated") {
        r.groups[2].report_date.reset(); // the last tổ meeting's report: day not stated
        r.consolidation->date = r.groups[2].date + days(max + 1);
        auto f = group::consolidation(r, rules);
        CHECK(f.status == finding_status::not_evaluated);
        CHECK(f.reason == reason::consolidation_timing_not_stated);
        CHECK(f.values[1] == 1);
        // Within round_max_days of the last tổ meeting it is within them of any later report.
        r.consolidation->date = r.groups[2].date + days(max);
        CHECK(group::consolidation(r, rules).status == finding_status::passed);
        // Stated not sent: the last tổ meeting is the latest day of the round known.
        r.groups[2].reported = false;
        r.consolidation->date = r.groups[2].date + days(max + 1);
        f = group::consolidation(r, rules);
        CHECK(f.reason == reason::consolidation_too_late);
        CHECK(f.values[1] == date_value(r.groups[2].date));
    }
    SUBCASE("a stated fault is found before the timing not stated") {
        r.groups[2].report_date.reset();
        r.consolidation->date = r.groups[2].date + days(max + 1);
        r.consolidation->tasks_assigned = false;
        CHECK(group::consolidation(r, rules).reason == reason::consolidation_incomplete);
    }
}

TEST_CASE("R36: where the cell states N tổ, they are numbered 1..N") {
    const auto& rules = rule_sets::cao_bang();
    const auto day = d(2024, 3, 4);
    auto org = cell(60, 0); // 3 tổ
    auto r = round_on(day);
    CHECK_NOTHROW(check(group_meeting_on(day), org, {}, rules, r));
    SUBCASE("the review: tổ 1, 2 and 7 of 3") {
        r.groups[2].group = 7;
        const auto e =
            thrown_as<inconsistent_input>([&] { check(group_meeting_on(day), org, {}, rules, r); });
        CHECK(e.field() == "round.groups[2].group");
        CHECK(e.value() == "7");
        CHECK(has_text(e.what(), "numbered 1 to 3"));
        CHECK(thrown_as<inconsistent_input>([&] { check_round(r, rules, 3); }).field() ==
              "round.groups[2].group");
        // With N not stated, a number is only a label.
        org.party_groups.reset();
        CHECK_NOTHROW(check(group_meeting_on(day), org, {}, rules, r));
        CHECK_NOTHROW(check_round(r, rules));
    }
    SUBCASE("tổ 0 is not a tổ of a cell that numbers them") {
        r.groups[0].group = 0;
        CHECK(thrown_as<inconsistent_input>([&] { check_round(r, rules, 3); }).field() ==
              "round.groups[0].group");
    }
    SUBCASE("tổ N is the last") {
        r.groups[0].group = 3;
        r.groups[2].group = 1;
        CHECK_NOTHROW(check_round(r, rules, 3));
    }
}

TEST_CASE("R36: meeting by party groups needs at least 2 tổ") {
    const auto& rules = rule_sets::cao_bang();
    const auto day = d(2024, 3, 4);
    auto org = cell(60, 0);
    org.party_groups = 2;
    CHECK(only(group::scope(org, day, rules)).status == finding_status::passed);
    org.party_groups = 1;
    const auto fs = group::scope(org, day, rules);
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].status == finding_status::violated);
    CHECK(fs[0].reason == reason::group_too_few_groups);
    CHECK(fs[0].values[0] == 1);
    CHECK(check(group_meeting_on(day), org, {}, rules, round_on(day, 1)).outcome() ==
          outcome::not_allowed);
    // Not stated how many: has_party_groups speaks for the tổ.
    org.party_groups.reset();
    CHECK(only(group::scope(org, day, rules)).status == finding_status::passed);
}

TEST_CASE("R40: citations say what is a reading; a final report with no deadline is not late") {
    SUBCASE("Đồng Nai: the window's end is a reading, the final report is not evaluated") {
        const auto rules = json::load_by_id("dong_nai");
        CHECK_FALSE(rules.final_report_required.has_value());
        const auto v = check_reporting(rules, d(2026, 1, 1));
        const auto f = only(v, rule_id::pilot_reporting);
        CHECK(f.status == finding_status::not_evaluated);
        CHECK(f.reason == reason::reporting_duty_not_stated);
        CHECK(has_text(v.clause(f), "không có trong trang tin"));
        const auto window = pilot::window(d(2024, 3, 4), rules);
        verdict w = detail::verdict_under(rules, d(2024, 3, 4));
        CHECK(has_text(w.clause(window), "đến 30/6/2025 (cách đọc; không có trong trang tin)"));
    }
    SUBCASE("Nghệ An Khối: the window cites the item's 'tổng kết', not 'sơ kết'") {
        const auto& rules = rule_sets::nghe_an_khoi();
        const auto v = check(online_meeting(d(2024, 3, 5)), review_cell(), {}, rules);
        const auto clause = v.clause(only(v, rule_id::pilot_window));
        CHECK(has_text(clause, "tổng kết, rút kinh nghiệm vào quý II năm 2025"));
        CHECK(has_text(clause, "cách đọc"));
        CHECK_FALSE(has_text(clause, "sơ kết"));
    }
    SUBCASE("Cao Bằng: the day after the window, an unsent report is not evaluated") {
        const auto& rules = rule_sets::cao_bang();
        const auto v = check_reporting(rules, d(2025, 7, 1));
        CHECK(v.outcome() == outcome::incomplete);
        CHECK(only(v, rule_id::pilot_reporting).reason == reason::reporting_no_deadline);
        // R39: the standalone answer cites the rule set, as check() does.
        CHECK(v.rule_set().id == "cao_bang");
        CHECK(v.clause(only(v, rule_id::pilot_reporting)) == "HD Cao Bằng III (đoạn cuối)");
        CHECK(check_reporting(rules, d(2025, 7, 2), d(2025, 7, 1)).outcome() == outcome::allowed);
    }
    SUBCASE("HD03: the first period's end rests on texts other than HD03") {
        const auto v = check(online_meeting(d(2024, 3, 5)), review_cell(), {}, rule_sets::hd03());
        CHECK(has_text(v.clause(only(v, rule_id::pilot_window)), "cách đọc"));
    }
}

TEST_CASE("R39: an online meeting with no ground leaves every ground-dependent rule open") {
    const auto& rules = rule_sets::cao_bang();
    auto m = online_meeting(on, ground::dispersed_wide_area, meeting_form::fully_online);
    m.ground.reset();
    m.minutes->members_present = m.members_online.emplace(15);
    const auto v = check(m, review_cell(), {}, rules);
    CHECK(v.outcome() == outcome::not_allowed); // online.scope.ground: an online meeting needs one
    CHECK(status_of(v, rule_id::online_scope_ground) == finding_status::violated);
    for (const auto rule :
         {rule_id::online_scope_majority, rule_id::online_authorisation, rule_id::online_form,
          rule_id::online_quota, rule_id::online_return_in_person}) {
        CAPTURE(rule);
        const auto f = only(v, rule);
        CHECK(f.status == finding_status::not_evaluated); // never passed
        CHECK(f.reason == reason::ground_missing);
    }
    // Every member unable justifies fully online under every reading, ground or not.
    auto all = review_cell();
    all.roll.unable = {{{ground::dispersed_wide_area}, 20}};
    CHECK(only(check(m, all, {}, rules), rule_id::online_form).status == finding_status::passed);
    // A hybrid meeting's online members are counted against every member unable, whatever the
    // ground (R37): that point does not rest on the meeting's ground.
    auto hybrid = online_meeting(on);
    hybrid.ground.reset();
    CHECK(only(check(hybrid, review_cell(), {}, rules), rule_id::online_form).status ==
          finding_status::passed);
}

TEST_CASE("R39: online_eligibility decides R14 as check() does") {
    const auto& rules = rule_sets::cao_bang();
    // 11 of 20 unable under an epidemic, a decision from 5/1/2024 with no end.
    auto org = mixed_cell(0, 11);
    org.decisions[0].gathering_impossible = true;
    const auto asked = online_eligibility(org, ground::epidemic, on, rules);
    const auto checked = check(online_meeting(on, ground::epidemic), org, {}, rules);
    CHECK(asked.outcome() == outcome::incomplete); // was allowed
    CHECK(checked.outcome() == outcome::incomplete);
    CHECK(only(asked, rule_id::online_return_in_person) ==
          only(checked, rule_id::online_return_in_person));
    // With the decision's span stated, both allow.
    org.decisions[0].until = d(2024, 12, 31);
    CHECK(online_eligibility(org, ground::epidemic, on, rules).outcome() == outcome::allowed);
    CHECK(check(online_meeting(on, ground::epidemic), org, {}, rules).outcome() ==
          outcome::allowed);
}

TEST_CASE("R39: check_round decides the window, coverage, roll and registration as check() does") {
    const auto& rules = rule_sets::cao_bang();
    const auto org = cell(60, 0);
    const auto agree = [&](const group_round& r, const rule_set& under) {
        const auto day = *r.first_date();
        const auto whole = check(group_meeting_on(day), org, {}, under, r);
        const auto alone = check_round(r, org, under);
        CHECK(alone.outcome() == whole.outcome());
        for (const auto& f : alone) {
            CAPTURE(f);
            CHECK(of(whole, f.rule) == of(alone, f.rule));
        }
        CHECK(check_round(r, under, org.party_groups).outcome() == alone.outcome());
        return alone;
    };
    SUBCASE("a round on the window's first day, and the day before") {
        CHECK(agree(round_on(d(2023, 8, 1)), rules).outcome() == outcome::allowed);
        const auto v = agree(round_on(d(2023, 7, 31)), rules);
        CHECK(v.outcome() == outcome::not_covered); // was allowed
        CHECK(v.size() == 1);
    }
    SUBCASE("R20: a consolidation after the window's last day") {
        auto r = round_on(d(2025, 6, 30), 3, 0);
        CHECK(agree(r, rules).outcome() == outcome::allowed);
        r.consolidation->date = d(2025, 7, 1);
        CHECK(agree(r, rules).outcome() == outcome::not_covered);
    }
    SUBCASE("a rule set that does not speak of tổ đảng meetings") {
        auto online_only = rules;
        online_only.id = "online_only";
        online_only.covers = pilot_set{pilot_kind::online};
        const auto v = agree(round_on(d(2024, 3, 4)), online_only);
        CHECK(v.outcome() == outcome::not_covered);
        CHECK(of(v, rule_id::pilot_window).back().reason == reason::pilot_not_covered);
    }
    SUBCASE("R21: registration where the rule set asks, each tổ meeting's") {
        const auto& nghe_an = rule_sets::nghe_an_khoi();
        auto r = round_on(d(2024, 3, 4));
        CHECK(agree(r, nghe_an).outcome() == outcome::allowed);
        r.groups[1].registered = false;
        const auto v = agree(r, nghe_an);
        CHECK(only(v, rule_id::pilot_registration).reason == reason::registration_group_missing);
        r.groups[1].registered.reset();
        CHECK(only(agree(r, nghe_an), rule_id::pilot_registration).reason ==
              reason::registration_group_not_stated);
        // A round meeting that does not say is registered when each tổ meeting is.
        r.groups[1].registered = true;
        auto m = group_meeting_on(r.groups[0].date);
        m.registered.reset();
        CHECK(only(check(m, org, {}, nghe_an, r), rule_id::pilot_registration).reason ==
              reason::registration_done);
        CHECK(only(check(m, org, {}, nghe_an, group_round{}), rule_id::pilot_registration).reason ==
              reason::registration_not_stated);
    }
    SUBCASE("R35: a tổ meeting beyond the cell's roll, from either entry point") {
        auto r = round_on(d(2024, 3, 4));
        r.groups[0].members_present = 61;
        CHECK(thrown_as<inconsistent_input>([&] { check_round(r, org, rules); }).field() ==
              "round.groups[0].members_present");
        r.groups[0].members_present = 60;
        CHECK_NOTHROW(check_round(r, org, rules));
    }
}

TEST_CASE("R39: a pilot list counts organisations whose own record says they were chosen") {
    const auto& rules = rule_sets::cao_bang();
    unit_selection s;
    s.unit = "Huyện uỷ Hà Quảng";
    s.submitted_on = d(2023, 7, 20);
    s.online = {cell(10, 6)};
    s.by_group = {cell(60, 0)};
    const auto online_finding = [&] {
        const auto v = check_selection(s, rules);
        for (const auto& f : v)
            if (f.reason != reason::selection_met && f.reason != reason::selection_too_few_group)
                return f;
        return v[0];
    };
    CHECK(check_selection(s, rules).outcome() == outcome::allowed);
    SUBCASE("chosen on the list's day counts; the day after does not") {
        s.online[0].pilot.online_selected_on = d(2023, 7, 20);
        CHECK(check_selection(s, rules).outcome() == outcome::allowed);
        s.online[0].pilot.online_selected_on = d(2023, 7, 21);
        const auto f = online_finding();
        CHECK(f.reason == reason::selection_too_few_online);
        CHECK(f.values[0] == 0);
    }
    SUBCASE("a record that says it was not chosen for that pilot") {
        s.online[0].pilot.online = false;
        s.online[0].pilot.online_selected_on.reset();
        CHECK(online_finding().reason == reason::selection_too_few_online); // was met
    }
    SUBCASE("no day of choice, or the review's 2019: not shown, not evaluated") {
        for (const auto when : {std::optional<date>(), std::optional<date>(d(2019, 5, 1))}) {
            s.online[0].pilot.online_selected_on = when;
            const auto v = check_selection(s, rules);
            CHECK(v.outcome() == outcome::incomplete);
            const auto f = online_finding();
            CHECK(f.status == finding_status::not_evaluated);
            CHECK(f.reason == reason::selection_choice_not_shown);
            CHECK(f.values[1] == 0);
            CHECK(f.values[2] == 1);
            CHECK(f.values[3] == 1);
        }
    }
}

TEST_CASE("R39: check_selection takes the day it is asked on") {
    const auto& rules = rule_sets::cao_bang();
    unit_selection s;
    s.unit = "Huyện uỷ Hà Quảng";
    s.online = {cell(10, 6)};
    s.by_group = {cell(60, 0)};
    const auto deadline = rules.selection->deadline; // 30/7/2023: "trước ngày"
    SUBCASE("not sent, asked before the deadline: not due") {
        const auto v = check_selection(s, rules, deadline - days(1));
        CHECK(v.outcome() == outcome::allowed);
        REQUIRE(v.size() == 1);
        CHECK(v[0].status == finding_status::not_applicable);
        CHECK(v[0].reason == reason::selection_not_yet_due);
    }
    SUBCASE("not sent, asked on the deadline or with no day: not sent") {
        for (const auto as_of : {std::optional<date>(deadline), std::optional<date>()}) {
            const auto v = check_selection(s, rules, as_of);
            CHECK(v.outcome() == outcome::not_allowed);
            CHECK(of(v, rule_id::pilot_selection).back().reason == reason::selection_not_sent);
        }
    }
    SUBCASE("a list sent after the day asked about is invalid input") {
        s.submitted_on = d(2023, 7, 20);
        const auto e =
            thrown_as<inconsistent_input>([&] { check_selection(s, rules, d(2023, 7, 19)); });
        CHECK(e.field() == "unit_selection.submitted_on");
        CHECK(check_selection(s, rules, d(2023, 7, 20)).outcome() == outcome::allowed);
    }
}

TEST_CASE("R33: a quota exemption needs evidence that the circumstance lasted") {
    const auto& rules = rule_sets::cao_bang();
    // The review: 20 members, 11 unable for dispersal and 11 under an epidemic decision from
    // 5/1/2024 with no end; 8 earlier fully online epidemic meetings and 2 special-nature ones.
    auto org = review_cell();
    org.roll.unable = {{{ground::dispersed_wide_area, ground::epidemic}, 11}};
    org.decisions.push_back(
        {ground::epidemic, d(2024, 1, 5), d(2024, 1, 5), std::nullopt, "12-QĐ/HU", true});
    std::vector<past_meeting> earlier;
    for (int month = 1; month <= 8; ++month)
        earlier.push_back({d(2024, month, 20), meeting_body::whole_organisation,
                           meeting_form::fully_online, ground::epidemic});
    for (const int month : {2, 4})
        earlier.push_back({d(2024, month, 25), meeting_body::whole_organisation,
                           meeting_form::hybrid, ground::dispersed_wide_area});
    const auto m = online_meeting(on); // the 11th online meeting of 2024
    SUBCASE("the review: not passed as the 3rd, not evaluated") {
        const meeting_history h(earlier);
        const auto f = online::quota(m, org, h, rules);
        CHECK(f.status == finding_status::not_evaluated); // was passed, ordinal 3
        CHECK(f.reason == reason::quota_exemption_not_shown);
        CHECK(f.values[0] == 3);
        CHECK(f.values[1] == 11);
        CHECK(f.values[2] == 3);
        const auto q = online_quota_left(org, h, on, rules);
        REQUIRE(q);
        CHECK(q->used == 2);
        CHECK(q->undetermined == 8);
        CHECK(q->remaining == 0);
    }
    SUBCASE("a stated span, or each record's statement, takes them out: the 3rd") {
        auto spanned = org;
        spanned.decisions[0].until = d(2024, 8, 31);
        CHECK(online::quota(m, spanned, meeting_history(earlier), rules).reason ==
              reason::quota_within);
        auto stated = earlier;
        for (auto& p : stated)
            p.circumstance_ongoing = p.ground == ground::epidemic;
        const auto f = online::quota(m, org, meeting_history(stated), rules);
        CHECK(f.reason == reason::quota_within);
        CHECK(f.values[0] == 3);
        CHECK(online_quota_left(org, meeting_history(stated), on, rules)->remaining == 1);
    }
    SUBCASE("where counting them cannot change the outcome, the quota is decided") {
        auto three = earlier;
        three.push_back({d(2024, 6, 25), meeting_body::whole_organisation, meeting_form::hybrid,
                         ground::dispersed_wide_area});
        const auto f = online::quota(m, org, meeting_history(three), rules);
        CHECK(f.status == finding_status::violated); // the 4th at least
        CHECK(f.values[0] == 4);
        earlier.resize(1); // one undetermined, two counted: the 3rd or the 4th
        for (const int month : {2, 4})
            earlier.push_back({d(2024, month, 25), meeting_body::whole_organisation,
                               meeting_form::hybrid, ground::dispersed_wide_area});
        CHECK(online::quota(m, org, meeting_history(earlier), rules).reason ==
              reason::quota_exemption_not_shown);
        earlier.pop_back(); // one undetermined, one counted: the 2nd or the 3rd
        CHECK(online::quota(m, org, meeting_history(earlier), rules).reason ==
              reason::quota_within);
    }
    SUBCASE("a past meeting's statement travels from the meeting record") {
        auto epidemic = online_meeting(d(2024, 3, 20), ground::epidemic);
        epidemic.circumstance_ongoing = true;
        CHECK(past_meeting::of(epidemic).circumstance_ongoing);
    }
}

TEST_CASE("R39: the quota period is the year as R12 counts it") {
    const auto org = review_cell();
    const auto q = online_quota_left(org, {}, d(2025, 3, 1), rule_sets::cao_bang());
    REQUIRE(q);
    CHECK(q->period.first == d(2025, 1, 1));
    CHECK(q->period.last == d(2025, 6, 30)); // Cao Bằng's window ends
    const auto f = online::quota(online_meeting(d(2025, 3, 1)), org, {}, rule_sets::cao_bang());
    CHECK(f.values[3] == date_value(q->period.last));
    // The window's first year starts with it; a year of two periods spans both.
    CHECK(online_quota_left(org, {}, d(2023, 9, 1), rule_sets::cao_bang())->period.first ==
          d(2023, 8, 1));
    const auto both = online_quota_left(org, {}, d(2025, 9, 1), rule_sets::hd03());
    REQUIRE(both);
    CHECK(both->period.first == d(2025, 1, 1));
    CHECK(both->period.last == d(2025, 12, 31));
}

// The four readings §6c keeps as they are (docs/rules.md, "Readings kept as they are").
TEST_CASE("§6c kept: the readings that stay, each at its boundary") {
    const auto& rules = rule_sets::cao_bang();
    const auto nature = [](date on) {
        past_meeting p{on, meeting_body::whole_organisation, meeting_form::hybrid,
                       ground::dispersed_wide_area};
        return p;
    };
    SUBCASE("a chi bộ trực thuộc listed through its đảng bộ uses its own quota of 3") {
        auto org = cell(20, 11, ground::dispersed_wide_area, organisation_kind::subordinate_cell);
        org.pilot = pilot_selection{};
        org.parent_pilot = pilot_selection{true, false, d(2023, 7, 20), std::nullopt, std::nullopt};
        const meeting_history two({nature(d(2024, 2, 5)), nature(d(2024, 5, 6))});
        auto f = online::quota(online_meeting(on), org, two, rules);
        CHECK(f.reason == reason::quota_within);
        CHECK(f.values[0] == 3);
        CHECK(f.values[1] == 3);
        const meeting_history three(
            {nature(d(2024, 2, 5)), nature(d(2024, 5, 6)), nature(d(2024, 7, 1))});
        CHECK(online::quota(online_meeting(on), org, three, rules).reason ==
              reason::quota_exceeded);
    }
    SUBCASE("R10: a đảng bộ cơ sở's đảng uỷ meeting online uses its single one") {
        const auto org =
            cell(20, 11, ground::dispersed_wide_area, organisation_kind::grassroots_committee);
        auto committee = online_meeting(on);
        committee.body = meeting_body::committee;
        committee.agenda = committee_meeting_steps();
        auto earlier = nature(d(2024, 3, 4));
        earlier.body = meeting_body::committee;
        const auto f = online::quota(committee, org, meeting_history({earlier}), rules);
        CHECK(f.reason == reason::quota_exceeded);
        CHECK(f.values[1] == 1);
    }
    SUBCASE("after a circumstance ends, a special-nature organisation meets online as before") {
        auto org = review_cell();
        org.decisions.push_back(
            {ground::epidemic, d(2024, 1, 5), d(2024, 1, 5), d(2024, 3, 31), "12-QĐ/HU", true});
        const auto v = check(online_meeting(on), org, {}, rules);
        CHECK(v.outcome() == outcome::allowed);
        CHECK(only(v, rule_id::online_return_in_person).reason == reason::return_not_required);
        // On the ended circumstance's own ground, the meeting is back in person (II.2 ý 4).
        CHECK(only(check(online_meeting(on, ground::epidemic), org, {}, rules),
                   rule_id::online_return_in_person)
                  .reason == reason::return_in_person_required);
    }
    SUBCASE("chosen after the 2023 list deadline is chosen") {
        auto org = review_cell();
        org.pilot.online_selected_on = rules.selection->deadline + days(30);
        CHECK(
            only(check(online_meeting(on), org, {}, rules), rule_id::online_authorisation).status ==
            finding_status::passed);
    }
}
