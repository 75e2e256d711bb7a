#pragma once
// Random records for the tests that compare one way of deciding with another (R39's entry
// points, the audit): organisations, histories, meetings and rounds, from a fixed seed so that a
// failure replays.

#include "fixtures.hpp"

#include <random>
#include <sinhhoat/json.hpp>
#include <vector>

namespace fixtures {

class records {
  public:
    explicit records(std::uint32_t seed) : rng_(seed) {
        ground_set::all().for_each([&](ground g) { grounds_.push_back(g); });
        grounds_of(ground_kind::special_circumstance).for_each([&](ground g) {
            circumstances_.push_back(g);
        });
    }

    int upto(int n) { return std::uniform_int_distribution<int>(0, n)(rng_); }
    bool coin() { return upto(1) == 1; }
    template <class T> const T& pick(const std::vector<T>& v) {
        return v[static_cast<std::size_t>(upto(static_cast<int>(v.size()) - 1))];
    }
    /// A day from mid-2022 to mid-2026: before, inside and after every built-in window.
    date day() { return d(2022, 6, 1) + days(upto(1490)); }
    std::optional<date> maybe_day(date around) {
        switch (upto(3)) {
        case 0:
            return std::nullopt;
        case 1:
            return d(2019, 5, 1); // before the guidance (R34)
        default:
            return around - days(upto(900)) + days(upto(60));
        }
    }
    ground any_ground() { return pick(grounds_); }

    organisation org(date on) {
        organisation o;
        o.name = "Chi bộ ngẫu nhiên";
        o.kind = pick(std::vector<organisation_kind>{
            organisation_kind::grassroots_committee, organisation_kind::grassroots_cell,
            organisation_kind::subordinate_cell, organisation_kind::above_grassroots});
        o.roll.members = 1 + upto(79);
        o.roll.exempted = upto(std::min(2, o.roll.members));
        const auto base = o.roll.base();
        if (base > 0) {
            ground_set gs{any_ground()};
            if (coin())
                gs = gs | ground_set{any_ground()};
            o.roll.unable = {{gs, upto(base)}};
        }
        o.has_party_groups = coin();
        if (o.has_party_groups && coin())
            o.party_groups = 1 + upto(4);
        o.pilot.online = coin();
        o.pilot.by_group = coin();
        if (o.pilot.online)
            o.pilot.online_selected_on = maybe_day(on);
        if (o.pilot.by_group)
            o.pilot.by_group_selected_on = maybe_day(on);
        if (o.kind == organisation_kind::subordinate_cell && coin()) {
            pilot_selection parent;
            parent.online = true;
            parent.online_selected_on = maybe_day(on);
            o.parent_pilot = parent;
        }
        for (int i = upto(2); i > 0; --i) {
            circumstance_decision dec;
            dec.ground = pick(circumstances_);
            dec.decided_on = on - days(upto(400));
            dec.from = dec.decided_on;
            if (coin())
                dec.until = dec.from + days(upto(500));
            dec.reference = coin() ? "12-QĐ/HU" : "";
            if (coin())
                dec.gathering_impossible = coin();
            o.decisions.push_back(dec);
        }
        return o;
    }

    /// Earlier meetings of the year up to `on` (the quota questions count the whole year).
    meeting_history history(date on) {
        std::vector<past_meeting> items;
        for (int i = upto(8); i > 0; --i) {
            past_meeting p;
            p.date = on - days(upto(200));
            p.form =
                pick(std::vector<meeting_form>{meeting_form::in_person, meeting_form::hybrid,
                                               meeting_form::fully_online, meeting_form::by_group});
            p.body = p.form == meeting_form::by_group
                         ? meeting_body::party_group_round
                         : (coin() ? meeting_body::whole_organisation : meeting_body::committee);
            if (p.form != meeting_form::in_person && p.form != meeting_form::by_group)
                p.ground = coin() ? pick(circumstances_) : any_ground();
            p.circumstance_ongoing = upto(3) == 0;
            items.push_back(p);
        }
        return meeting_history(items);
    }

    /// A round of tổ meetings from `first`, numbered 1..N, its parts stated or not at random.
    group_round round(date first, std::int32_t groups) {
        group_round r = round_on(first, std::max(1, groups));
        if (coin())
            r.preparation->date = first - days(upto(40));
        else if (coin()) {
            r.preparation.reset();
            r.preparation_held = coin() ? std::optional<bool>(false) : std::nullopt;
        }
        for (auto& g : r.groups) {
            g.date = first + days(upto(3) == 0 ? upto(40) : 0);
            switch (upto(3)) {
            case 0:
                g.report_date.reset();
                g.reported = coin() ? std::optional<bool>(false) : std::nullopt;
                break;
            default:
                g.report_date = g.date + days(upto(3));
            }
            if (coin())
                g.registered = coin() ? std::optional<bool>(false) : std::nullopt;
            if (upto(9) == 0)
                g.chaired_by_group_leader = false;
            if (upto(9) == 0)
                g.form = meeting_form::hybrid;
        }
        // The round's date is its first tổ meeting's.
        r.groups.front().date = first;
        if (coin()) {
            std::optional<date> last;
            for (const auto& g : r.groups)
                last = std::max(last.value_or(g.date), g.report_date.value_or(g.date));
            r.consolidation->date = *last + days(upto(40));
        } else if (coin()) {
            r.consolidation.reset();
        }
        return r;
    }

    /// A meeting of `org` on `on`, its form, ground, agenda, statements and minutes at random
    /// (within the roll, R35; by tổ đảng with body and form together).
    meeting any_meeting(date on, const organisation& org) {
        meeting m;
        m.date = on;
        m.form =
            pick(std::vector<meeting_form>{meeting_form::in_person, meeting_form::hybrid,
                                           meeting_form::fully_online, meeting_form::by_group});
        m.body = m.form == meeting_form::by_group
                     ? meeting_body::party_group_round
                     : (upto(3) == 0 ? meeting_body::committee : meeting_body::whole_organisation);
        m.kind = upto(4) == 0 ? meeting_kind::thematic : meeting_kind::regular;
        if (m.is_online() && upto(5) != 0)
            m.ground = upto(2) == 0 ? pick(circumstances_) : any_ground();
        m.agenda = topic_set::from_bits(static_cast<std::uint64_t>(upto(1 << 20)) &
                                        topic_set::all().bits());
        if (upto(4) != 0)
            m.platform = coin() ? platform_set::all() : platform_set{};
        if (upto(4) != 0)
            m.infrastructure = coin() ? infrastructure_set::all() : infrastructure_set{};
        m.gathering_impossible = upto(3) == 0;
        if (coin())
            m.registered = coin();
        m.circumstance_ongoing = upto(3) == 0;
        const auto roll = org.roll.members;
        if (upto(4) != 0) {
            meeting_minutes mm;
            mm.members_present = upto(roll);
            mm.opinions_recorded = upto(5) != 0;
            mm.differing_opinions_recorded = upto(5) != 0;
            mm.reserved_opinions_recorded = upto(5) != 0;
            if (m.body == meeting_body::committee && org.committee_size)
                mm.members_present = std::min(mm.members_present, *org.committee_size);
            m.minutes = mm;
        }
        if (m.is_online() && coin()) {
            const auto present = m.minutes ? m.minutes->members_present : 0;
            auto online = present ? upto(present) : upto(roll);
            if (m.body == meeting_body::committee && org.committee_size)
                online = std::min(online, *org.committee_size);
            if (m.form == meeting_form::fully_online && present)
                online = present;
            m.members_online = online;
        }
        return m;
    }

  private:
    std::mt19937 rng_;
    std::vector<ground> grounds_, circumstances_;
};

inline std::vector<rule_set> every_rule_set() {
    std::vector<rule_set> out;
    for (const auto* r : rule_sets::builtin())
        out.push_back(*r);
    out.push_back(json::load_by_id("dong_nai"));
    return out;
}

} // namespace fixtures
