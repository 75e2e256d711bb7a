// The audit decides each meeting as check() does: random years of records (a fixed seed, so a
// failure replays) are audited from columns and checked one meeting at a time with the history
// the audit promises (the organisation's earlier rows and its audited meetings ordered before
// it); every outcome and finding must be the same. Bad rows are reported with the meetings that
// depend on them, and never change the others' findings.

#include "fixtures.hpp"
#include "records.hpp"

#include <atomic>
#include <map>
#include <new>
#include <sinhhoat/audit.hpp>

using namespace fixtures;

namespace {

/// A year of records as values, and as the tables an audit reads.
struct year_of_records {
    std::vector<organisation> orgs;
    std::vector<std::int64_t> ids;
    std::vector<meeting> meetings;
    std::vector<std::size_t> org_of;
    std::vector<std::optional<std::int64_t>> sequence;
    std::vector<std::optional<group_round>> rounds;
    std::vector<past_meeting> earlier;
    std::vector<std::size_t> earlier_org;

    audit::tables_data data;

    /// Writes the values into the tables (once, after they are made).
    void write() {
        for (std::size_t o = 0; o < orgs.size(); ++o)
            data.add_organisation(ids[o], orgs[o]);
        for (std::size_t m = 0; m < meetings.size(); ++m)
            data.add_meeting(ids[org_of[m]], meetings[m], rounds[m] ? &*rounds[m] : nullptr,
                             sequence[m]);
        for (std::size_t e = 0; e < earlier.size(); ++e)
            data.add_earlier(ids[earlier_org[e]], earlier[e]);
    }

    audit::tables tables() const { return data.view(); }

    /// What check() answers for each meeting with the history the audit promises; nothing
    /// where check() refuses the input (the audit's invalid_input).
    template <class RulesOn>
    std::vector<std::optional<verdict>> expected(RulesOn&& rules_on) const {
        std::vector<std::optional<verdict>> out(meetings.size());
        for (std::size_t o = 0; o < orgs.size(); ++o) {
            std::vector<std::size_t> mine;
            for (std::size_t m = 0; m < meetings.size(); ++m)
                if (org_of[m] == o)
                    mine.push_back(m);
            std::stable_sort(mine.begin(), mine.end(), [&](std::size_t a, std::size_t b) {
                if (meetings[a].date != meetings[b].date)
                    return meetings[a].date < meetings[b].date;
                if (sequence[a].has_value() != sequence[b].has_value())
                    return sequence[a].has_value();
                return sequence[a].value_or(0) < sequence[b].value_or(0);
            });
            std::vector<past_meeting> before;
            for (std::size_t e = 0; e < earlier.size(); ++e)
                if (earlier_org[e] == o)
                    before.push_back(earlier[e]);
            for (const auto m : mine) {
                const meeting_history history(before);
                const auto& rules = rules_on(meetings[m].date);
                try {
                    out[m] = rounds[m] ? check(meetings[m], orgs[o], history, rules, *rounds[m])
                                       : check(meetings[m], orgs[o], history, rules);
                } catch (const error&) {
                    continue; // refused: no one's history
                }
                before.push_back(past_meeting::of(meetings[m]));
            }
        }
        return out;
    }
};

/// A year of `n` organisations' records, at random from `seed`: meetings crowded on a few days
/// (same-day meetings, 31/12 and 1/1), rounds for most tổ đảng meetings, earlier meetings.
/// `bad_orgs`: one organisation in that many is invalid, by a column (a negative roll) or as a
/// whole (more exempted and suspended than members), and so is one earlier meeting in that many
/// (no date); none when 0.
std::unique_ptr<year_of_records> random_year(std::uint32_t seed, int n, int bad_orgs = 0) {
    records gen(seed);
    auto y = std::make_unique<year_of_records>();
    for (int o = 0; o < n; ++o) {
        const auto on = gen.day();
        auto org = gen.org(on);
        if (gen.upto(5) == 0)
            org.committee_size = 1 + gen.upto(9);

        y->orgs.push_back(org);
        y->ids.push_back(1000 + 7 * std::int64_t{o});
        const auto index = y->orgs.size() - 1;
        for (auto p : gen.history(on))
            if (gen.coin()) {
                if (bad_orgs && gen.upto(bad_orgs - 1) == 0) // a day that is no day
                    p.date = date(boost::date_time::not_a_date_time);
                y->earlier.push_back(p);
                y->earlier_org.push_back(index);
            }
        std::vector<date> days_of = {on, on + days(gen.upto(40)), date(on.year(), 12, 31),
                                     date(on.year() + 1, 1, 1), on - days(gen.upto(300))};
        for (int k = gen.upto(9); k > 0; --k) {
            auto m = gen.any_meeting(gen.pick(days_of), org);
            if (gen.upto(25) == 0 && m.minutes) // R35: a bad row among the good
                m.minutes->members_present = org.roll.members + 1;
            if (m.form == meeting_form::in_person && gen.upto(12) == 0) {
                // A meeting held in person is decided without being read when its columns show
                // it valid: each way it can be invalid all the same, and ways it is not.
                auto& minutes = m.minutes ? *m.minutes : m.minutes.emplace();
                switch (gen.upto(6)) {
                case 0:
                    minutes.members_present = 3;
                    m.members_online = 4; // more online than present
                    break;
                case 1:
                    m.members_online = org.roll.members + gen.upto(1); // the roll, or one more
                    minutes.members_present = 0;
                    break;
                case 2:
                    m.body = meeting_body::committee; // beyond a stated committee's size
                    minutes.members_present = org.committee_size.value_or(5) + gen.upto(1);
                    break;
                case 3:
                    m.body = meeting_body::party_group_round; // a round held in person
                    break;
                case 4:
                    m.members_online = -1 - gen.upto(1);
                    break;
                default:
                    minutes.members_present = -gen.upto(1);
                    break;
                }
            }
            std::optional<group_round> round;
            if (m.form == meeting_form::by_group && gen.upto(3) != 0) {
                auto r = gen.round(m.date, org.party_groups.value_or(1 + gen.upto(3)));
                for (auto& g : r.groups)
                    g.members_present = std::min(g.members_present, org.roll.members);
                round = r;
            }
            y->meetings.push_back(m);
            y->org_of.push_back(index);
            y->sequence.push_back(gen.upto(2) == 0 ? std::optional<std::int64_t>(gen.upto(3))
                                                   : std::nullopt);
            y->rounds.push_back(round);
        }
        // Made bad once its meetings are made of it as it was.
        if (bad_orgs && gen.upto(bad_orgs - 1) == 0) {
            auto& roll = y->orgs[index].roll;
            if (gen.coin())
                roll.members = -1;
            else
                roll.exempted = roll.members - roll.suspended + 1;
        }
    }
    y->write();
    return y;
}

/// Two audits of the same records agree: outcomes, findings and problems, in the same order.
void same_result(const audit::result& a, const audit::result& b) {
    CHECK(a.outcomes == b.outcomes);
    CHECK(a.meeting == b.meeting);
    CHECK(a.rule == b.rule);
    CHECK(a.status == b.status);
    CHECK(a.reason == b.reason);
    CHECK(a.values == b.values);
    CHECK(a.problem_index == b.problem_index);
    REQUIRE(a.problems.size() == b.problems.size());
    for (std::size_t k = 0; k < a.problems.size(); ++k) {
        CHECK(a.problems[k].table == b.problems[k].table);
        CHECK(a.problems[k].row == b.problems[k].row);
        CHECK(a.problems[k].column == b.problems[k].column);
        CHECK(a.problems[k].message_en == b.problems[k].message_en);
    }
}
/// The audit's findings of meeting row `m` (the findings are in meeting order).
std::vector<finding> findings_of(const audit::result& r, std::size_t m) {
    std::vector<finding> out;
    for (std::size_t i = 0; i < r.size(); ++i)
        if (r.meeting[i] == static_cast<std::int64_t>(m))
            out.push_back(r.finding_at(i));
    return out;
}

/// Compares the audit of `y` under `rules` with check() under `rules_on(day)`, meeting by
/// meeting; returns how many meetings were decided (not invalid).
template <class RulesOn>
int agree(const year_of_records& y, const audit::rules_by_day& rules, RulesOn&& rules_on,
          bool all) {
    audit::options opt;
    opt.all_findings = all;
    const auto r = audit::run(y.tables(), rules, opt);
    const auto want = y.expected(rules_on);
    REQUIRE(r.outcomes.size() == y.meetings.size());
    int decided = 0;
    std::map<std::int64_t, std::vector<finding>> by_meeting;
    for (std::size_t i = 0; i < r.size(); ++i)
        by_meeting[r.meeting[i]].push_back(r.finding_at(i));
    for (std::size_t m = 0; m < y.meetings.size(); ++m) {
        CAPTURE(m);
        CAPTURE(y.meetings[m]);
        const auto& got = by_meeting[static_cast<std::int64_t>(m)];
        if (!want[m]) {
            CHECK(r.outcomes[m] == outcome::invalid_input);
            CHECK(r.problem_index[m] >= 0);
            CHECK(got.empty());
            continue;
        }
        ++decided;
        CHECK(r.outcomes[m] == want[m]->outcome());
        CHECK(r.problem_index[m] == -1);
        std::vector<finding> expected;
        for (const auto& f : *want[m])
            if (all || f.status != finding_status::passed)
                expected.push_back(f);
        CHECK(got == expected);
        const auto& used = *r.rule_sets[static_cast<std::size_t>(r.rule_set[m])];
        CHECK(used.id == want[m]->rule_set().id);
    }
    return decided;
}

/// The problem `r` reports for row `row` of `table`: there is one, and only one.
audit::problem problem_of(const audit::result& r, audit::table_id table, std::size_t row) {
    const audit::problem* found = nullptr;
    for (const auto& p : r.problems)
        if (p.table == table && p.row == row) {
            CHECK(found == nullptr); // one problem a row
            found = &p;
        }
    REQUIRE(found != nullptr);
    return *found;
}

} // namespace

TEST_CASE("audit: the columns of each table come from the descriptions") {
    const auto meetings = audit::columns(audit::table_id::meetings);
    const auto find = [&](std::string_view name) -> const audit::column_spec* {
        for (const auto& c : meetings)
            if (c.name == name)
                return &c;
        return nullptr;
    };
    REQUIRE(find("organisation"));
    CHECK(find("organisation")->required);
    REQUIRE(find("date"));
    CHECK(find("date")->type == audit::column_type::date);
    CHECK(find("date")->required);
    REQUIRE(find("minutes.members_present"));
    CHECK(find("minutes.members_present")->nullable); // minutes is optional
    CHECK(find("minutes.members_present")->min == 0);
    REQUIRE(find("ground"));
    CHECK(find("ground")->type == audit::column_type::code);
    CHECK(find("ground")->codes == "ground");
    CHECK(find("ground")->nullable);
    REQUIRE(find("agenda"));
    CHECK(find("agenda")->type == audit::column_type::codes);
    CHECK_FALSE(find("agenda")->nullable);
    CHECK(find("members_online")->max == std::numeric_limits<std::int32_t>::max());
    // Every field of `meeting` is a column: keys (organisation, sequence, id), then one per leaf
    // field.
    CHECK(meetings.size() == 3 + audit::detail::leaves_of<meeting>());
    // Lists are tables of their own.
    const auto orgs = audit::columns(audit::table_id::organisations);
    for (const auto& c : orgs) {
        CHECK(c.name.find("unable") == std::string::npos);
        CHECK(c.name.find("decisions") == std::string::npos);
    }
    CHECK(audit::columns(audit::table_id::groups).size() ==
          1 + audit::detail::leaves_of<group_meeting>());
}

TEST_CASE("audit: each meeting's findings are check()'s, on random years under every rule set") {
    int decided = 0, invalid = 0;
    const auto sets = every_rule_set();
    for (std::uint32_t seed = 1; seed <= 12; ++seed) {
        CAPTURE(seed);
        const auto y = random_year(20261202 + seed, 60);
        auto rules = sets[seed % sets.size()];
        // Every interpretation switch both ways, over the seeds.
        records flip(seed);
        rules.interp.year = flip.coin() ? year_basis::rolling_year : year_basis::calendar_year;
        rules.interp.hybrid_counts = flip.coin();
        rules.interp.special_circumstance_outside_quota = flip.coin();
        rules.interp.committee_meetings_count = flip.coin();
        rules.interp.quota_counts_window_only = flip.coin();
        rules.interp.majority_mixes_kinds = flip.coin();
        rules.interp.subordinate_cells_inherit = flip.coin();
        rules.interp.selections_carry_over = flip.coin();
        rules.interp.fully_online = static_cast<fully_online_basis>(
            flip.upto(static_cast<int>(enum_size<fully_online_basis>()) - 1));
        rules.interp.round_period = static_cast<round_period_basis>(
            flip.upto(static_cast<int>(enum_size<round_period_basis>()) - 1));
        rules.interp.group_member_count = static_cast<member_count_basis>(
            flip.upto(static_cast<int>(enum_size<member_count_basis>()) - 1));
        CAPTURE(rules.id);
        const audit::rules_by_day by(rules);
        const auto n = agree(*y, by, [&](date) -> const rule_set& { return rules; }, seed % 2 == 0);
        decided += n;
        invalid += static_cast<int>(y->meetings.size()) - n;
    }
    // Enough of each was compared for the test to mean something.
    CHECK(decided > 1500);
    CHECK(invalid > 20);
}

TEST_CASE("audit: a jurisdiction's records are decided under the set governing each day (R29)") {
    const auto loader = [](const std::string& id) { return rule_sets::by_id(id); };
    int decided = 0;
    for (const auto* start : {&rule_sets::cao_bang(), &rule_sets::nghe_an_khoi()}) {
        const auto y = random_year(7 + static_cast<std::uint32_t>(start->id.size()), 80);
        const auto by = audit::rules_by_day::governing(*start, loader);
        REQUIRE(by.chain().size() == 2);
        CHECK(by.chain()[1]->id == "hd03");
        decided += agree(
            *y, by, [&](date d) -> const rule_set& { return rule_sets::governing(start->id, d); },
            true);
    }
    CHECK(decided > 500);
}

TEST_CASE("audit: two online meetings on one day, the 3rd and 4th of the year") {
    // A chi bộ under Cao Bằng: 3 special-nature online meetings a year. Two earlier ones, then
    // two on 10/9/2024: the first of the day is the 3rd and passes, the second the 4th.
    const auto rules = rule_sets::cao_bang();
    const auto org = cell(20, 15);
    year_of_records y;
    y.orgs = {org};
    y.ids = {42};
    for (const auto day : {d(2024, 3, 5), d(2024, 6, 4)}) {
        y.earlier.push_back(past_meeting::of(online_meeting(day)));
        y.earlier_org.push_back(0);
    }
    for (int k = 0; k < 2; ++k) {
        y.meetings.push_back(online_meeting(d(2024, 9, 10)));
        y.org_of.push_back(0);
        y.sequence.push_back(std::nullopt);
        y.rounds.push_back(std::nullopt);
    }
    SUBCASE("in row order") {}
    SUBCASE("by sequence, against the row order") {
        y.sequence = {std::int64_t{2}, std::int64_t{1}};
    }
    y.write();
    const auto r = audit::run(y.tables(), audit::rules_by_day(rules), {true, 1});
    const auto first = y.sequence[0] == std::optional<std::int64_t>(2) ? 1u : 0u;
    const auto quota_of = [&](std::size_t m) {
        for (const auto& f : findings_of(r, m))
            if (f.rule == rule_id::online_quota)
                return f;
        FAIL("no quota finding");
        return finding{};
    };
    CHECK(quota_of(first).status == finding_status::passed);
    CHECK(quota_of(first).values[0] == 3);
    CHECK(quota_of(1 - first).status == finding_status::violated);
    CHECK(quota_of(1 - first).values[0] == 4);
    CHECK(r.outcomes[first] == outcome::allowed);
    CHECK(r.outcomes[1 - first] == outcome::not_allowed);
    // check() of the second with the other three as history agrees.
    meeting_history three({y.earlier[0], y.earlier[1], past_meeting::of(y.meetings[first])});
    CHECK(only(check(y.meetings[1 - first], org, three, rules), rule_id::online_quota) ==
          quota_of(1 - first));
}

TEST_CASE("audit: the result is the same for any number of threads") {
    const auto y = random_year(99, 6000, 40);
    const audit::rules_by_day by(rule_sets::hd03());
    const auto one = audit::run(y->tables(), by, {false, 1});
    for (unsigned threads : {2u, 3u, 8u}) {
        CAPTURE(threads);
        const auto many = audit::run(y->tables(), by, {false, threads});
        // Rows are read in blocks of 4096 by whichever worker is free: the problems still
        // come in row order, numbered as one thread numbers them.
        same_result(many, one);
    }
    CHECK(one.size() > 1000);
    // A table's problems in its first block of `block` rows and in the later ones.
    const auto by_block = [&](audit::table_id table, std::size_t block) {
        std::pair<std::size_t, std::size_t> n{0, 0};
        for (const auto& pr : one.problems)
            if (pr.table == table)
                ++(pr.row < block ? n.first : n.second);
        return n;
    };
    // Bad meeting rows in more than one block, so the merge above had something to order.
    const auto [first_block, later_blocks] = by_block(audit::table_id::meetings, 4096);
    CHECK(first_block > 2);
    CHECK(later_blocks > 2);
    // And bad organisations, by a column and as a whole, in more than one block of them.
    std::size_t org_first = 0, org_later = 0, by_column = 0, as_whole = 0;
    for (const auto& pr : one.problems)
        if (pr.table == audit::table_id::organisations) {
            ++(pr.row < 2048 ? org_first : org_later);
            ++(pr.column == "roll.members" ? by_column : as_whole);
        }
    CHECK(org_first > 2);
    CHECK(org_later > 2);
    CHECK(by_column > 2);
    CHECK(as_whole > 2);
    // And bad earlier meetings, in more than one block of them.
    const auto [earlier_first, earlier_later] = by_block(audit::table_id::earlier, 4096);
    CHECK(earlier_first > 2);
    CHECK(earlier_later > 2);
}

TEST_CASE("audit: findings cite each rule set's own clause, in both languages") {
    const auto y = random_year(5, 120);
    const auto by = audit::rules_by_day::governing(
        rule_sets::cao_bang(), [](const std::string& id) { return rule_sets::by_id(id); });
    const auto r = audit::run(y->tables(), by, {true, 1});
    const auto want =
        y->expected([](date d) -> const rule_set& { return rule_sets::governing("cao_bang", d); });
    std::map<std::int64_t, std::size_t> seen;
    int compared = 0;
    for (std::size_t i = 0; i < r.size(); ++i) {
        const auto m = static_cast<std::size_t>(r.meeting[i]);
        const auto k = seen[r.meeting[i]]++;
        REQUIRE(want[m]);
        const auto& f = (*want[m])[k];
        CHECK(r.clause(i) == want[m]->clause(f));
        CHECK(r.message_vi(i) == f.message_vi());
        CHECK(r.message_en(i) == f.message_en());
        ++compared;
    }
    CHECK(compared > 500);
}

TEST_CASE("audit: a bad row is reported with the meetings that depend on it; the rest as before") {
    const auto rules = audit::rules_by_day(rule_sets::hd03());
    const auto build = [](year_of_records& y) {
        y.orgs = {cell(20, 15), cell(30, 16), cell(25, 14)};
        y.ids = {1, 2, 3};
        for (std::size_t o = 0; o < 3; ++o)
            for (const auto day : {d(2024, 3, 5), d(2024, 6, 4), d(2024, 9, 10)}) {
                y.meetings.push_back(online_meeting(day));
                y.org_of.push_back(o);
                y.sequence.push_back(std::nullopt);
                y.rounds.push_back(std::nullopt);
            }
    };
    year_of_records clean;
    build(clean);
    clean.write();
    const auto before = audit::run(clean.tables(), rules, {true, 1});
    REQUIRE(before.problems.empty());

    // The same records with one bad row each time; `spoiled` are the meetings that depend on it.
    struct bad_case {
        std::string name;
        std::function<void(year_of_records&)> spoil;
        std::vector<std::size_t> spoiled;
        audit::table_id table;
        std::size_t row;
        std::string column;
        std::string value;
        std::function<void(year_of_records&)> after_write = nullptr; // rows added as they are
    };
    // A tổ row of meeting 4 (held in person, valid by its own columns): group `n`.
    const auto in_person_with_group = [](std::int32_t n) {
        return [n](year_of_records& y) {
            sinhhoat::group_meeting g;
            g.group = n;
            g.date = y.meetings[4].date;
            y.data.groups.add({4}, g);
        };
    };
    const auto held_in_person = [](year_of_records& y) {
        y.meetings[4].form = meeting_form::in_person;
        y.meetings[4].members_online.reset();
    };
    const std::vector<bad_case> cases = {
        {"a negative count",
         [](year_of_records& y) { y.meetings[4].members_online = -1; },
         {4},
         audit::table_id::meetings,
         4,
         "members_online",
         "-1"},
        {"exempted and suspended above the roll",
         [](year_of_records& y) {
             y.orgs[1].roll.exempted = 20;
             y.orgs[1].roll.suspended = 20;
         },
         {3, 4, 5},
         audit::table_id::organisations,
         1,
         "roll.exempted + roll.suspended",
         "20 + 20 > 30"},
        {"a meeting of an organisation that does not exist",
         [](year_of_records& y) { y.org_of[7] = 3; },
         {7},
         audit::table_id::meetings,
         7,
         "organisation",
         "99"},
        {"two organisations with one id",
         [](year_of_records& y) { y.ids[2] = 1; },
         {0, 1, 2, 6, 7, 8}, // id 1's meetings: the row they mean is not known
         audit::table_id::organisations,
         2,
         "id",
         "1"},
        // A meeting held in person is decided without being read when its columns show it
        // valid; when they do not, it is read and refused as check() refuses it.
        {"in person, more online than present (R35)",
         [](year_of_records& y) {
             y.meetings[4].form = meeting_form::in_person;
             y.meetings[4].members_online = 10; // 9 present
         },
         {4},
         audit::table_id::meetings,
         4,
         "members_online",
         "10"},
        {"in person, more online than the roll (R35)",
         [](year_of_records& y) {
             y.meetings[5].form = meeting_form::in_person;
             y.meetings[5].minutes.reset();
             y.meetings[5].members_online = 31; // the roll is 30
         },
         {5},
         audit::table_id::meetings,
         5,
         "members_online",
         "31"},
        {"in person, a committee beyond its stated size (R35)",
         [](year_of_records& y) {
             y.orgs[2].committee_size = 5;
             y.meetings[7].form = meeting_form::in_person;
             y.meetings[7].body = meeting_body::committee;
             y.meetings[7].members_online.reset(); // 9 present
         },
         {7},
         audit::table_id::meetings,
         7,
         "minutes.members_present",
         "9"},
        {"in person as a round of tổ meetings",
         [](year_of_records& y) {
             y.meetings[1].form = meeting_form::in_person;
             y.meetings[1].body = meeting_body::party_group_round;
         },
         {1},
         audit::table_id::meetings,
         1,
         "form / body",
         "in_person / party_group_round"},
        {"more present than the roll (R35)",
         [](year_of_records& y) { y.meetings[8].minutes->members_present = 500; },
         {8},
         audit::table_id::meetings,
         8,
         "minutes.members_present",
         "500"},
        // A meeting held in person is decided as its rows are checked, once its round's rows
        // are read: one they spoil, or that has a round at all, is not decided there.
        {"a bad tổ row of a meeting held in person",
         held_in_person,
         {4},
         audit::table_id::groups,
         0,
         "group",
         "-1",
         in_person_with_group(-1)},
        {"a tổ row of a meeting held in person",
         held_in_person,
         {4},
         audit::table_id::meetings,
         4,
         "form",
         "in_person",
         in_person_with_group(1)},
    };
    for (const auto& c : cases) {
        CAPTURE(c.name);
        year_of_records y;
        build(y);
        y.ids.push_back(99); // for the meeting of an unknown organisation
        c.spoil(y);
        y.ids.pop_back();
        if (y.org_of[7] == 3) {            // no organisation 99 among the rows
            y.orgs.push_back(cell(10, 0)); // no unable rows to refer to it
            y.ids.push_back(99);
            y.write();
            // Drop the organisation row again: the meeting refers to an id with no row.
            y.data.organisations = audit::table_data(audit::table_id::organisations);
            for (std::size_t o = 0; o < 3; ++o)
                y.data.organisations.add({y.ids[o]}, y.orgs[o]);
        } else {
            y.write();
        }
        if (c.after_write)
            c.after_write(y);
        const auto r = audit::run(y.tables(), rules, {true, 1});
        REQUIRE(r.problems.size() >= 1);
        const auto& p = r.problems.front();
        CHECK(p.table == c.table);
        CHECK(p.row == c.row);
        CHECK(p.column == c.column);
        CHECK(p.value == c.value);
        CHECK_FALSE(p.message_vi.empty());
        CHECK_FALSE(p.message_en.empty());
        for (std::size_t m = 0; m < y.meetings.size(); ++m) {
            CAPTURE(m);
            const bool bad = std::find(c.spoiled.begin(), c.spoiled.end(), m) != c.spoiled.end();
            if (bad) {
                CHECK(r.outcomes[m] == outcome::invalid_input);
                CHECK(findings_of(r, m).empty());
                // Its own date was read: a report by month still counts it under its month.
                CHECK(r.days[m] == before.days[m]);
                CHECK(r.rule_set[m] == -1);
            } else if (std::find(c.spoiled.begin(), c.spoiled.end(), m - 1) == c.spoiled.end()) {
                // Unchanged unless an earlier meeting of its organisation is gone.
                CHECK(r.outcomes[m] == before.outcomes[m]);
                CHECK(findings_of(r, m) == findings_of(before, m));
            }
        }
    }
}

TEST_CASE("audit: a row without its key is reported; the rest as before") {
    // Keys are read as a run when a block has every one; a block with a null is read row by row.
    const auto y = random_year(31337, 40);
    const audit::rules_by_day rules(rule_sets::hd03());
    const auto before = audit::run(y->tables(), rules, {true, 1}); // a few bad rows of its own
    auto t = y->tables();
    std::vector<std::uint8_t> org_valid(t.organisations.rows(), 1);
    std::vector<std::uint8_t> meeting_valid(t.meetings.rows(), 1);
    org_valid[1] = 0;
    meeting_valid[5] = 0;
    for (auto& c : t.organisations.columns)
        if (c.name == "id")
            c.valid = org_valid.data();
    for (auto& c : t.meetings.columns)
        if (c.name == "organisation")
            c.valid = meeting_valid.data();
    for (unsigned threads : {1u, 2u}) {
        CAPTURE(threads);
        const auto r = audit::run(t, rules, {true, threads});
        const auto org_row = problem_of(r, audit::table_id::organisations, 1);
        CHECK(org_row.column == "id");
        CHECK(org_row.value == "null");
        CHECK(org_row.code == error_code::invalid_value);
        const auto meeting_row = problem_of(r, audit::table_id::meetings, 5);
        CHECK(meeting_row.column == "organisation");
        CHECK(meeting_row.value == "null");
        CHECK(r.problems.size() > before.problems.size());
        for (const auto& p : before.problems) // the rows that were bad still are, for the same
            CHECK(problem_of(r, p.table, p.row).column == p.column);
        for (std::size_t m = 0; m < y->meetings.size(); ++m) {
            CAPTURE(m);
            if (m == 5 || y->org_of[m] == 1) {
                CHECK(r.outcomes[m] == outcome::invalid_input);
            } else if (y->org_of[m] != y->org_of[5]) { // its history lost meeting 5
                CHECK(r.outcomes[m] == before.outcomes[m]);
                CHECK(findings_of(r, m) == findings_of(before, m));
            }
        }
    }
}

TEST_CASE("audit: two meetings of one organisation with one id are both problems") {
    // A cell under HD03 (3 online meetings a year) whose June meeting was exported twice: read
    // as two meetings, September's would be the 4th and over the quota. Organisation 2 has a
    // meeting with id 10 too: ids need only be distinct within an organisation.
    const auto rules = audit::rules_by_day(rule_sets::hd03());
    const std::vector<date> days = {d(2024, 3, 5), d(2024, 6, 4), d(2024, 9, 10), d(2024, 6, 4)};
    const auto quota_of = [](const audit::result& r, std::size_t m) {
        for (const auto& f : findings_of(r, m))
            if (f.rule == rule_id::online_quota)
                return f.status;
        FAIL("no quota finding");
        return finding_status::not_evaluated;
    };
    const auto year = [&](std::vector<std::optional<std::int64_t>> ids) {
        audit::tables_data t;
        t.add_organisation(1, cell(20, 15));
        t.add_organisation(2, cell(20, 15));
        for (std::size_t m = 0; m < days.size(); ++m)
            t.add_meeting(1, online_meeting(days[m]), nullptr, std::nullopt, ids[m]);
        t.add_meeting(2, online_meeting(days[0]), nullptr, std::nullopt, ids[4]);
        return t;
    };
    SUBCASE("without ids, the copy counts") {
        const auto t = year({std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt});
        const auto r = audit::run(t.view(), rules, {true, 1});
        CHECK(r.problems.empty());
        CHECK(quota_of(r, 2) == finding_status::violated);
    }
    SUBCASE("with ids, both copies are problems and the rest is audited without them") {
        const auto t = year({10, 11, 12, 11, 10});
        for (unsigned threads : {1u, 2u}) {
            CAPTURE(threads);
            const auto r = audit::run(t.view(), rules, {true, threads});
            REQUIRE(r.problems.size() == 2);
            for (std::size_t k = 0; k < 2; ++k) {
                const auto& p = r.problems[k];
                CHECK(p.table == audit::table_id::meetings);
                CHECK(p.row == (k == 0 ? 1u : 3u));
                CHECK(p.column == "id");
                CHECK(p.value == "11");
                CHECK(p.code == error_code::inconsistent_input);
                CHECK(p.message_en ==
                      "two meetings of one organisation with one id (rows 1 and 3)");
                CHECK(p.message_vi ==
                      "hai cuộc họp của một tổ chức cùng một id (dòng 1 và dòng 3)");
            }
            CHECK(r.outcomes[1] == outcome::invalid_input);
            CHECK(r.outcomes[3] == outcome::invalid_input);
            CHECK(r.problem_index[1] == 0);
            CHECK(r.problem_index[3] == 1);
            CHECK(findings_of(r, 1).empty());
            CHECK(quota_of(r, 2) == finding_status::passed);
            CHECK(r.outcomes[4] != outcome::invalid_input);
        }
    }
    SUBCASE("distinct ids, rising or not, and nulls are no problem") {
        for (const auto& ids : std::vector<std::vector<std::optional<std::int64_t>>>{
                 {1, 2, 3, 4, 5}, {7, 3, 9, 1, 3}, {std::nullopt, 4, std::nullopt, 5, 4}}) {
            const auto r = audit::run(year(ids).view(), rules, {true, 1});
            CHECK(r.problems.empty());
            CHECK(quota_of(r, 2) == finding_status::violated);
        }
    }
}

TEST_CASE("hostile: many meetings of one organisation with one id") {
    // Sorted once, not compared pair by pair: each row names the first and, the first, the
    // second.
    audit::tables_data t;
    t.add_organisation(1, cell(20, 15));
    constexpr std::size_t n = 20000;
    for (std::size_t m = 0; m < n; ++m)
        t.add_meeting(1, online_meeting(d(2024, 3, 5)), nullptr, std::nullopt, 7);
    const auto r = audit::run(t.view(), audit::rules_by_day(rule_sets::hd03()), {false, 2});
    REQUIRE(r.problems.size() == n);
    CHECK(r.problems[0].message_en ==
          "two meetings of one organisation with one id (rows 0 and 1)");
    CHECK(r.problems[n - 1].message_en ==
          "two meetings of one organisation with one id (rows 0 and 19999)");
    CHECK(r.size() == 0);
}

TEST_CASE("audit: a table of the wrong shape is refused before any work, naming the column") {
    const auto rules = audit::rules_by_day(rule_sets::hd03());
    year_of_records y;
    y.orgs = {cell(20, 15)};
    y.ids = {1};
    y.meetings = {online_meeting(d(2024, 9, 10))};
    y.org_of = {0};
    y.sequence = {std::nullopt};
    y.rounds = {std::nullopt};
    y.write();
    const auto refused = [&](audit::tables t, std::string field) {
        CAPTURE(field);
        const auto e = thrown_as<invalid_value>([&] { audit::run(t, rules); });
        CHECK(e.field() == field);
    };
    const auto date_at = [](const audit::table& t) {
        const auto c = std::find_if(t.columns.begin(), t.columns.end(),
                                    [](const audit::column& c) { return c.name == "date"; });
        REQUIRE(c != t.columns.end());
        return c - t.columns.begin();
    };
    {
        auto t = y.tables();
        t.meetings.columns.erase(t.meetings.columns.begin() + date_at(t.meetings));
        refused(t, "meetings.date");
    }
    {
        auto t = y.tables();
        t.meetings.columns[std::size_t(date_at(t.meetings))].name = "dat";
        refused(t, "meetings.dat");
    }
    {
        auto t = y.tables();
        t.meetings.columns[std::size_t(date_at(t.meetings))].type = audit::column_type::integer;
        refused(t, "meetings.date");
    }
    {
        auto t = y.tables();
        t.organisations.columns[1].rows = 0;
        refused(t, "organisations." + t.organisations.columns[1].name);
    }
}

TEST_CASE("audit: values at the edges of a column") {
    const auto rules = audit::rules_by_day(rule_sets::hd03());
    year_of_records y;
    y.orgs = {cell(20, 15)};
    y.ids = {1};
    y.meetings = {online_meeting(d(2024, 9, 10)), online_meeting(d(2024, 9, 11))};
    y.org_of = {0, 0};
    y.sequence = {std::nullopt, std::nullopt};
    y.rounds = {std::nullopt, std::nullopt};
    y.write();
    auto t = y.tables();
    std::vector<std::int32_t> dates = {
        static_cast<std::int32_t>(date(9999, 12, 31).day_number() - 2440588) + 1,
        static_cast<std::int32_t>(date(2024, 9, 11).day_number() - 2440588)};
    std::vector<std::int32_t> grounds = {99, -1};
    for (auto& c : t.meetings.columns) {
        if (c.name == "date")
            c.values = dates.data();
    }
    SUBCASE("a day after 9999-12-31") {
        const auto r = audit::run(t, rules);
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].column == "date");
        CHECK(r.problems[0].code == error_code::invalid_date);
        CHECK(r.outcomes[0] == outcome::invalid_input);
        CHECK(r.days[0] == audit::result::no_day); // no day to report it under
        CHECK(r.outcomes[1] != outcome::invalid_input);
    }
    SUBCASE("unknown codes") {
        dates[0] = dates[1];
        for (auto& c : t.meetings.columns)
            if (c.name == "ground")
                c.values = grounds.data();
        const auto r = audit::run(t, rules);
        REQUIRE(r.problems.size() == 2);
        CHECK(r.problems[0].column == "ground");
        CHECK(r.problems[0].value == "99");
        CHECK(r.problems[0].code == error_code::unknown_code);
        CHECK(r.problems[1].value == "-1");
    }
}

TEST_CASE("audit: the calendar a date column is checked against is Boost's") {
    // Constants, so that a column of dates is checked without asking Boost row by row.
    CHECK(audit::detail::first_day == audit::detail::day_of(date(boost::date_time::min_date_time)));
    CHECK(audit::detail::last_day == audit::detail::day_of(date(boost::date_time::max_date_time)));
    CHECK(audit::detail::in_calendar(audit::detail::first_day));
    CHECK_FALSE(audit::detail::in_calendar(audit::detail::first_day - 1));
    CHECK(audit::detail::in_calendar(audit::detail::last_day));
    CHECK_FALSE(audit::detail::in_calendar(audit::detail::last_day + 1));
}

TEST_CASE("audit: a column checked a vector at a time refuses what the row reader refuses") {
    using audit::detail::value_ok;
    constexpr std::int64_t lo32 = std::numeric_limits<std::int32_t>::min();
    constexpr std::int64_t hi32 = std::numeric_limits<std::int32_t>::max();
    CHECK(value_ok<std::int32_t>(lo32));
    CHECK(value_ok<std::int32_t>(hi32));
    CHECK(value_ok<std::int32_t>(0));
    CHECK_FALSE(value_ok<std::int32_t>(hi32 + 1));
    CHECK_FALSE(value_ok<std::int32_t>(lo32 - 1));
    CHECK_FALSE(value_ok<std::int32_t>(std::numeric_limits<std::int64_t>::min()));
    CHECK_FALSE(value_ok<std::int32_t>(std::numeric_limits<std::int64_t>::max()));
    CHECK(value_ok<bool>(0));
    CHECK(value_ok<bool>(1));
    CHECK_FALSE(value_ok<bool>(2));
    CHECK_FALSE(value_ok<bool>(255));
    const auto forms = static_cast<std::int32_t>(enum_size<meeting_form>());
    CHECK(value_ok<meeting_form>(0));
    CHECK(value_ok<meeting_form>(forms - 1));
    CHECK_FALSE(value_ok<meeting_form>(forms));
    CHECK_FALSE(value_ok<meeting_form>(-1));
    const auto topics = enum_set<topic>::all().bits();
    CHECK(value_ok<enum_set<topic>>(topics));
    CHECK_FALSE(value_ok<enum_set<topic>>(topics + 1)); // bit k for code k: the first beyond
    CHECK_FALSE(value_ok<enum_set<topic>>(std::uint64_t{1} << 63));
    CHECK(value_ok<date>(audit::detail::first_day));
    CHECK_FALSE(value_ok<date>(audit::detail::first_day - 1));
    CHECK_FALSE(value_ok<date>(std::numeric_limits<std::int32_t>::min()));
    CHECK_FALSE(value_ok<date>(std::numeric_limits<std::int32_t>::max()));

    // One bad value anywhere in a block (the vector loops' bodies and tails): the column is not
    // clean, unless that row has no value.
    const std::size_t n = 37;
    for (std::size_t k = 0; k < n; ++k) {
        CAPTURE(k);
        std::vector<std::int64_t> counts(n, 5);
        std::vector<std::uint8_t> valid(n, 1);
        counts[k] = hi32 + 1;
        const auto c = audit::column::integers("members_online", counts.data(), n, valid.data());
        CHECK_FALSE(audit::detail::column_clean<std::int32_t>(c, 0, n, false));
        CHECK(audit::detail::column_clean<std::int32_t>(c, 0, k, false)); // the rows before it
        valid[k] = 0;
        CHECK(audit::detail::column_clean<std::int32_t>(c, 0, n, false));
        CHECK_FALSE(audit::detail::column_clean<std::int32_t>(c, 0, n, true)); // required
        std::vector<std::int32_t> days(n, 19000);
        days[k] = audit::detail::last_day + 1;
        const auto no_nulls = audit::column::dates("date", days.data(), n);
        CHECK_FALSE(audit::detail::column_clean<date>(no_nulls, 0, n, true));
    }
}

TEST_CASE("audit: a chain of successors that comes back on itself is refused") {
    auto looped = rule_sets::cao_bang();
    looped.succeeded_by->rule_set = "nghe_an_khoi";
    auto back = rule_sets::nghe_an_khoi();
    back.succeeded_by->rule_set = "cao_bang";
    const auto e = thrown_as<inconsistent_input>([&] {
        audit::rules_by_day::governing(looped, [&](const std::string& id) -> const rule_set& {
            return id == "cao_bang" ? looped : back;
        });
    });
    CHECK(e.field() == "nghe_an_khoi.succeeded_by");
    CHECK(e.value() == "cao_bang");
}

TEST_CASE("audit: a rule set validate() refuses is refused, itself or as a successor") {
    // Two values of the quota in force on 1/1/2025: which one a meeting of that day is decided
    // under would not be known.
    auto overlapping = rule_sets::hd03();
    overlapping.online_quota_cell =
        dated<std::int32_t>({{date(boost::date_time::neg_infin), d(2025, 1, 1), 3},
                             {d(2025, 1, 1), date(boost::date_time::pos_infin), 2}});
    const auto e = thrown_as<invalid_rule_set>([&] { audit::rules_by_day{overlapping}; });
    CHECK(e.field() == "rule_set(hd03).online_quota_cell[1]");
    auto start = rule_sets::cao_bang();
    REQUIRE(start.succeeded_by);
    CHECK_THROWS_AS(audit::rules_by_day::governing(
                        start, [&](const std::string&) -> const rule_set& { return overlapping; }),
                    invalid_rule_set);
    CHECK_NOTHROW(audit::rules_by_day::governing(
        start, [&](const std::string& id) -> const rule_set& { return rule_sets::by_id(id); }));
}

TEST_CASE("audit: an exception in a worker is thrown to the caller, not the end of the process") {
    // Out of memory in one worker must reach the caller as it would from one thread.
    for (unsigned threads : {1u, 2u, 4u}) {
        CAPTURE(threads);
        std::atomic<bool> stop{false};
        std::atomic<unsigned> ran{0};
        CHECK_THROWS_AS(audit::detail::on_workers(threads, stop,
                                                  [&](unsigned t) {
                                                      ++ran;
                                                      if (t == threads - 1)
                                                          throw std::bad_alloc();
                                                  }),
                        std::bad_alloc);
        CHECK(ran == threads);
        CHECK(stop);
    }
    // Blocks not yet taken are left once a worker has failed.
    std::atomic<std::size_t> blocks{0};
    CHECK_THROWS_AS(audit::detail::for_blocks(100 * 4096, 4096, 1,
                                              [&](std::size_t lo, std::size_t, unsigned) {
                                                  ++blocks;
                                                  if (lo == 4096)
                                                      throw std::bad_alloc();
                                              }),
                    std::bad_alloc);
    CHECK(blocks == 2);
}

TEST_CASE("audit: a row with several faults is reported with the first the row reader meets") {
    // The columns are checked a table at a time and the rows read later: the order in which a
    // row's faults are met must still be the row's own (its key, its fields, its validation,
    // its organisation), and a row's own fault comes before those of the rows it depends on.
    const auto rules = audit::rules_by_day(rule_sets::hd03());
    year_of_records y;
    y.orgs = {cell(20, 15), cell(30, 16), cell(25, 14)};
    y.ids = {1, 2, 1}; // row 2 gives id 1 again
    const auto day = d(2024, 9, 10);
    for (std::size_t m = 0; m < 6; ++m) {
        y.meetings.push_back(online_meeting(day + days(static_cast<long>(m))));
        y.org_of.push_back(m >= 4 ? 1 : 0);
        y.sequence.push_back(std::nullopt);
        y.rounds.push_back(std::nullopt);
    }
    y.meetings[2].members_online = y.meetings[2].minutes->members_present + 1; // not valid
    y.meetings[4].members_online = y.meetings[4].minutes->members_present + 1;
    // Meeting 5, held in person (decided without being read when its columns show it valid),
    // is not valid either; a tổ row that refers to it has a tổ number below 0.
    y.meetings[5].form = meeting_form::in_person;
    y.meetings[5].members_online = y.meetings[5].minutes->members_present + 1;
    y.write();
    sinhhoat::group_meeting negative;
    negative.group = -1;
    negative.date = day;
    y.data.groups.add({5}, negative);
    // Two round rows for meeting 4 (whose own row is not valid) and none for the others.
    y.data.rounds.add({4}, group_round{});
    y.data.rounds.add({4}, group_round{});
    auto t = y.tables();
    // Organisation row 0: a kind that is no code; meetings 1 and 2: an organisation with no row,
    // and meeting 1 a ground that is no code.
    std::vector<std::int32_t> kinds = {99, 3, 3};
    std::vector<std::int64_t> org_ids = {1, 42, 42, 1, 2, 2};
    std::vector<std::int32_t> grounds(6, static_cast<std::int32_t>(ground::dispersed_wide_area));
    grounds[1] = 77;
    for (auto& c : t.organisations.columns)
        if (c.name == "kind") {
            kinds[1] = kinds[2] = static_cast<const std::int32_t*>(c.values)[1];
            c.values = kinds.data();
        }
    for (auto& c : t.meetings.columns) {
        if (c.name == "organisation")
            c.values = org_ids.data();
        if (c.name == "ground")
            c.values = grounds.data();
    }
    for (unsigned threads : {1u, 2u}) {
        CAPTURE(threads);
        const auto r = audit::run(t, rules, {true, threads});
        const auto of_meeting = [&](std::size_t m) {
            REQUIRE(r.problem_index[m] >= 0);
            return r.problems[static_cast<std::size_t>(r.problem_index[m])];
        };
        // Organisation row 0's own field, not the id row 2 gives again; row 2: the id.
        CHECK(problem_of(r, audit::table_id::organisations, 0).column == "kind");
        CHECK(problem_of(r, audit::table_id::organisations, 2).column == "id");
        // Meeting 0 and 3 belong to id 1, whose first row is bad: its problem.
        CHECK(of_meeting(0).table == audit::table_id::organisations);
        CHECK(of_meeting(0).column == "kind");
        CHECK(of_meeting(3).column == "kind");
        // Meeting 1: its ground before its unknown organisation; meeting 2: its validation.
        CHECK(of_meeting(1).column == "ground");
        CHECK(of_meeting(1).code == error_code::unknown_code);
        CHECK(of_meeting(2).column == "members_online");
        CHECK(of_meeting(2).code == error_code::inconsistent_input);
        // Meeting 4: its own validation before its round rows; the round row is reported too.
        CHECK(of_meeting(4).table == audit::table_id::meetings);
        CHECK(of_meeting(4).column == "members_online");
        CHECK(problem_of(r, audit::table_id::rounds, 1).column == "meeting");
        // Meeting 5 likewise: its own validation before its tổ row's.
        CHECK(of_meeting(5).table == audit::table_id::meetings);
        CHECK(of_meeting(5).column == "members_online");
        CHECK(problem_of(r, audit::table_id::groups, 0).column == "group");
        // The problems by table, then row, whatever the number of threads or the order they
        // are found in (meeting 1's in the columns, meeting 2's after the rounds).
        for (std::size_t k = 1; k < r.problems.size(); ++k) {
            const auto& a = r.problems[k - 1];
            const auto& b = r.problems[k];
            CHECK((a.table < b.table || (a.table == b.table && a.row < b.row)));
        }
        for (std::size_t m = 0; m < 6; ++m)
            CHECK(r.outcomes[m] == outcome::invalid_input);
    }
}

TEST_CASE("audit: what a column holds in a row with no value is never read") {
    // Arrow and NumPy leave anything in a null slot; the columns are checked a vector at a time
    // (null slots' values read and masked), so every null slot of every table is filled with
    // values that would be refused, and the audit must not change.
    const auto y = random_year(8080, 200);
    const audit::rules_by_day by(rule_sets::hd03());
    const auto plain = audit::run(y->tables(), by, {true, 2});
    auto t = y->tables();
    std::vector<std::vector<unsigned char>> poisoned;
    poisoned.reserve(256);
    std::size_t nulls = 0;
    for (auto* table :
         {&t.organisations, &t.unable, &t.decisions, &t.meetings, &t.earlier, &t.rounds, &t.groups})
        for (auto& c : table->columns) {
            if (!c.valid || c.type == audit::column_type::text || c.index_bytes != 0)
                continue;
            const std::size_t width = c.type == audit::column_type::flag   ? 1
                                      : c.type == audit::column_type::date ? 4
                                      : c.type == audit::column_type::code ? 4
                                                                           : 8;
            const auto* from = static_cast<const unsigned char*>(c.values);
            poisoned.emplace_back(from, from + width * c.rows);
            auto& bytes = poisoned.back();
            for (std::size_t r = 0; r < c.rows; ++r)
                if (!c.valid[r]) {
                    std::fill(bytes.begin() + static_cast<std::ptrdiff_t>(width * r),
                              bytes.begin() + static_cast<std::ptrdiff_t>(width * (r + 1)), 0xA5);
                    ++nulls;
                }
            c.values = bytes.data();
        }
    CHECK(nulls > 1000);
    for (unsigned threads : {1u, 2u})
        same_result(audit::run(t, by, {true, threads}), plain);
}

TEST_CASE("audit: dictionary-encoded columns read as their values") {
    // A categorical passed as it is (its codes, its categories' values) must audit as the
    // values themselves would, and an index beyond the dictionary is refused before any work.
    const auto y = random_year(4242, 300);
    const audit::rules_by_day by(rule_sets::hd03());
    const auto plain = audit::run(y->tables(), by, {true, 2});
    auto t = y->tables();
    std::vector<std::vector<std::int16_t>> indices;
    std::vector<std::vector<std::int32_t>> codes;
    std::vector<std::vector<std::uint64_t>> sets;
    indices.reserve(64);
    codes.reserve(64);
    sets.reserve(64);
    const auto encode = [&](audit::column& c, auto sample) {
        using T = decltype(sample);
        std::vector<T> dictionary;
        std::vector<std::int16_t> index(c.rows, 0);
        for (std::size_t r = 0; r < c.rows; ++r) {
            if (!c.has(r)) {
                index[r] = 30117; // a null row's index means nothing, beyond the dictionary or not
                continue;
            }
            const auto v = c.at<T>(r);
            auto at = std::find(dictionary.begin(), dictionary.end(), v);
            if (at == dictionary.end())
                at = dictionary.insert(dictionary.end(), v);
            index[r] = static_cast<std::int16_t>(at - dictionary.begin());
        }
        REQUIRE(dictionary.size() < 30000);
        const auto size = dictionary.size();
        indices.push_back(std::move(index));
        const void* values = nullptr;
        if constexpr (std::is_same_v<T, std::int32_t>) {
            codes.push_back(std::move(dictionary));
            values = codes.back().data();
        } else {
            sets.push_back(std::move(dictionary));
            values = sets.back().data();
        }
        c = audit::column::encoded(c.name, c.type, indices.back().data(), 2, c.rows, values, size,
                                   c.valid);
    };
    std::size_t encoded = 0;
    for (auto* table : {&t.meetings, &t.organisations, &t.groups})
        for (auto& c : table->columns) {
            if (c.type == audit::column_type::code) {
                encode(c, std::int32_t{});
                ++encoded;
            } else if (c.type == audit::column_type::codes) {
                encode(c, std::uint64_t{});
                ++encoded;
            }
        }
    CHECK(encoded >= 8);
    const auto r = audit::run(t, by, {true, 2});
    same_result(r, plain);
    CHECK(plain.size() > 100);

    // A row with a value whose index is beyond the dictionary: the call is refused, naming it.
    audit::column* form = nullptr;
    for (auto& c : t.meetings.columns)
        if (c.name == "form")
            form = &c;
    REQUIRE(form != nullptr);
    REQUIRE(form->index_bytes == 2);
    auto& index = const_cast<std::int16_t*>(static_cast<const std::int16_t*>(form->values))[3];
    const auto kept = index;
    for (const std::int16_t bad :
         {static_cast<std::int16_t>(form->dictionary_size), std::int16_t{-1}}) {
        CAPTURE(int(bad));
        index = bad;
        const auto e = thrown_as<invalid_value>([&] { audit::run(t, by); });
        CHECK(e.field() == "meetings.form");
        CHECK(e.value().find("index[3]") != std::string::npos);
    }
    index = kept;
    // Indices of 3 bytes are refused too.
    form->index_bytes = 3;
    CHECK(thrown_as<invalid_value>([&] { audit::run(t, by); }).field() == "meetings.form");
    form->index_bytes = 2;
    CHECK_NOTHROW(audit::run(t, by));
}

TEST_CASE("hostile: many decisions and many earlier meetings are not asked of one another") {
    // 20,000 decisions, none covering the days of 20,000 earlier online meetings on a
    // special-circumstance ground but the last: a scan of every decision for every earlier
    // meeting was 400 million steps; indexed, the check counts the quota as with one decision.
    auto rules = rule_sets::hd03();
    rules.interp.special_circumstance_outside_quota = true;
    organisation org = cell(20, 12, ground::epidemic);
    const date on = d(2025, 6, 2);
    for (int i = 0; i < 20000; ++i) {
        circumstance_decision dec;
        dec.ground = ground::epidemic;
        dec.decided_on = dec.from = d(2024, 1, 1);
        dec.until = d(2024, 1, 2);
        dec.reference = "1-QĐ/HU";
        org.decisions.push_back(dec);
    }
    // The one decision that takes the meetings of 2 June out of the quota.
    circumstance_decision last = org.decisions.front();
    last.from = last.decided_on = on;
    last.until = on;
    org.decisions.push_back(last);
    std::vector<past_meeting> earlier(20000);
    for (std::size_t i = 0; i < earlier.size(); ++i) {
        earlier[i].date = i % 2 ? on : on - days(1);
        earlier[i].form = meeting_form::fully_online;
        earlier[i].ground = ground::epidemic;
    }
    const meeting_history history(earlier);
    const auto m = online_meeting(on, ground::dispersed_wide_area);
    // The 10,000 meetings of 1 June use the quota; those of 2 June are outside it.
    const auto quota = only(check(m, org, history, rules), rule_id::online_quota);
    CHECK(quota.status == finding_status::violated);
    const auto left = online_quota_left(org, history, on, rules);
    REQUIRE(left);
    CHECK(left->used == 10000);
    CHECK(left->undetermined == 0);

    // The audit asks the same decisions of the same earlier meetings, and of a second meeting
    // of the day held on the ground the last decision covers (outside the quota).
    audit::tables_data data;
    data.add_organisation(7, org);
    for (const auto& p : earlier)
        data.add_earlier(7, p);
    data.add_meeting(7, m);
    auto covered = online_meeting(on, ground::epidemic);
    data.add_meeting(7, covered);
    const auto r = audit::run(data.view(), audit::rules_by_day(rules), {true, 1});
    const auto found = [&](std::size_t row) { return findings_of(r, row); };
    const auto expected = [&](const meeting& x, const std::vector<past_meeting>& h) {
        const auto v = check(x, org, meeting_history(h), rules);
        return std::vector<finding>(v.begin(), v.end());
    };
    CHECK(found(0) == expected(m, earlier));
    auto with_first = earlier;
    with_first.push_back(past_meeting::of(m));
    CHECK(found(1) == expected(covered, with_first));
    CHECK(only(check(covered, org, meeting_history(with_first), rules), rule_id::online_quota)
              .reason == reason::quota_outside_special_circumstance);
}

TEST_CASE(
    "hostile: an organisation's many rows of unable members are asked once a set of grounds") {
    // 30,000 rows of one member each, on two sets of grounds, and 3,000 online meetings: each
    // meeting counted every row four times before (360 million steps); merged, two entries.
    const auto& rules = rule_sets::hd03();
    organisation org = cell(60000, 0);
    for (int i = 0; i < 30000; ++i)
        org.roll.unable.push_back(
            {i % 3 ? ground_set{ground::dispersed_wide_area} : ground_set{ground::epidemic}, 1});
    audit::tables_data data;
    data.add_organisation(3, org);
    std::vector<meeting> meetings;
    for (int i = 0; i < 3000; ++i) {
        meetings.push_back(online_meeting(d(2024, 1, 1) + days(i % 360)));
        data.add_meeting(3, meetings.back());
    }
    const auto r = audit::run(data.view(), audit::rules_by_day(rules), {true, 2});
    CHECK(r.problems.empty());
    // The first meeting of the year as check() decides it: 20,000 of 60,000 unable is not more
    // than half, every row counted.
    const auto first = findings_of(r, 0);
    const auto v = check(meetings[0], org, {}, rules);
    CHECK(first == std::vector<finding>(v.begin(), v.end()));
    CHECK(only(v, rule_id::online_scope_majority).status == finding_status::violated);
    const auto majority = only(v, rule_id::online_scope_majority);
    CHECK(majority.values[0] == 20000);
    CHECK(majority.values[1] == 60000);
}

TEST_CASE("audit: a table read a chunk of rows at a time gives each row to its owner") {
    // 70,000 earlier meetings, more than the 65,536 rows of a chunk: the cell's three online
    // meetings of the year are the rows either side of the chunk's end, and the meetings that
    // are no day (bad rows) spoil their organisation, at the first chunk's end and the last row.
    const auto org = cell(10, 6);
    const date on = d(2024, 9, 10);
    audit::tables_data data;
    data.add_organisation(1, org);
    data.add_organisation(2, org);
    data.add_organisation(3, org);
    const std::size_t n = 70000, end_of_chunk = 65536;
    for (std::size_t row = 0; row < n; ++row) {
        past_meeting p{on - days(400), meeting_body::whole_organisation, meeting_form::in_person,
                       std::nullopt};
        std::int64_t owner = 2;
        if (row == end_of_chunk - 2 || row == end_of_chunk || row == end_of_chunk + 2) {
            owner = 1;
            p = past_meeting{on - days(30), meeting_body::whole_organisation, meeting_form::hybrid,
                             ground::dispersed_wide_area};
        } else if (row == end_of_chunk - 1 || row == n - 1) {
            owner = 3;
            p.date = date(boost::date_time::not_a_date_time);
        }
        data.add_earlier(owner, p);
    }
    const auto m = online_meeting(on);
    for (std::int64_t id : {1, 2, 3})
        data.add_meeting(id, m);
    const audit::rules_by_day rules(rule_sets::hd03());
    const auto one = audit::run(data.view(), rules, {false, 1});
    same_result(audit::run(data.view(), rules, {false, 2}), one);
    // The cell's three earlier online meetings make this one its fourth: over the quota.
    std::vector<past_meeting> three(3, past_meeting{on - days(30), meeting_body::whole_organisation,
                                                    meeting_form::hybrid,
                                                    ground::dispersed_wide_area});
    const auto v = check(m, org, meeting_history(three), rule_sets::hd03());
    std::vector<finding> expected;
    for (const auto& f : v)
        if (f.status != finding_status::passed)
            expected.push_back(f);
    CHECK(findings_of(one, 0) == expected);
    CHECK(only(v, rule_id::online_quota).status == finding_status::violated);
    CHECK(one.outcomes[0] == v.outcome());
    CHECK(v.outcome() == outcome::not_allowed);
    CHECK(one.outcomes[1] == outcome::allowed); // the in-person meetings of the other cell
    // The bad rows, each named, and the organisation they belong to not audited.
    REQUIRE(one.problems.size() == 2);
    CHECK(one.problems[0].table == audit::table_id::earlier);
    CHECK(one.problems[0].row == end_of_chunk - 1);
    CHECK(one.problems[1].row == n - 1);
    CHECK(one.outcomes[2] == outcome::invalid_input);
    CHECK(one.problem_index[2] == 0);
}

TEST_CASE("a meeting check() refuses only as it decides is a bad row, and the rest are audited") {
    // A tổ meeting on 31/12/9999: its report would be due after the calendar's last day. check()
    // refuses it (naming the tổ meeting); the audit reports that row and decides the others,
    // including the organisation's later-listed meetings, as if it were absent.
    const auto& rules = rule_sets::hd03();
    organisation org = cell(20, 0);
    org.has_party_groups = true;
    org.party_groups = 2;
    auto late = round_on(d(9999, 12, 30), 2, 0);
    late.groups[1].date = late.groups[1].report_date.emplace(d(9999, 12, 31));
    const auto fine = round_on(d(2025, 9, 3), 2);
    audit::tables_data data;
    data.add_organisation(1, org);
    data.add_meeting(1, group_meeting_on(d(2025, 9, 3)), &fine);
    data.add_meeting(1, group_meeting_on(d(9999, 12, 30)), &late);
    data.add_meeting(1, online_meeting(d(9999, 12, 31)));
    for (const unsigned threads : {1u, 2u}) {
        const auto r = audit::run(data.view(), audit::rules_by_day(rules), {true, threads});
        CHECK(r.outcomes[1] == outcome::invalid_input);
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].table == audit::table_id::groups);
        CHECK(r.problems[0].row == 3); // the round's second tổ: rows 0-1 are the first round's
        CHECK(r.problems[0].column == "date");
        CHECK(r.problem_index[1] == 0);
        // No finding of the refused meeting is kept; the others are check()'s.
        for (std::size_t i = 0; i < r.size(); ++i)
            CHECK(r.meeting[i] != 1);
        const auto found = [&](std::size_t row) { return findings_of(r, row); };
        const auto first = check(group_meeting_on(d(2025, 9, 3)), org, {}, rules, fine);
        CHECK(found(0) == std::vector<finding>(first.begin(), first.end()));
        meeting_history before;
        before.add(group_meeting_on(d(2025, 9, 3)));
        const auto last = check(online_meeting(d(9999, 12, 31)), org, before, rules);
        CHECK(found(2) == std::vector<finding>(last.begin(), last.end()));
        CHECK(r.outcomes[2] == last.outcome());
    }
}
