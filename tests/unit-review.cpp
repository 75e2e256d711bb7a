// The readings of the third review (RULES.md §6c) other than R38 (unit-evidence.cpp): each test
// names its reading and tries it at the boundary the reading draws, with the review's experiment
// among the cases.

#include "fixtures.hpp"

#include <sinhhoat/json.hpp>
#include <string>

using namespace fixtures;

namespace {

const date on = d(2024, 9, 10);

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
            {ground::epidemic, d(2024, 1, 5), d(2024, 1, 5), std::nullopt, "12-QĐ/HU"});
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
