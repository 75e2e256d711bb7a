// Prints how fast audit::run decides a synthetic year of records (one thread, then every core),
// beside a loop that calls check() meeting by meeting with each organisation's history, on the
// same records. Usage: sinhhoat_bench_audit [organisations] [pilot %]
// (default 30,000 organisations, 12 meetings each; 4%)
//
// The mix: most meetings in person; 4% of organisations online pilots (a third of their meetings
// online, some on a special-circumstance ground under a decision), 4% tổ đảng pilots (every
// third meeting a round with its tổ); one bad row in 5,000. A larger pilot % (at most 50) times
// the meetings decided by the rule kernels rather than from their columns: at 50%, a third of
// the meetings are held online or by tổ đảng.

#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <random>
#include <sinhhoat/sinhhoat.hpp>
#include <vector>

using namespace sinhhoat;

namespace {
struct year {
    std::vector<organisation> orgs;
    std::vector<meeting> meetings;
    std::vector<std::size_t> org_of;
    std::vector<std::optional<group_round>> rounds;
    audit::tables_data data;
};

year make_year(std::size_t n, unsigned pilots) {
    std::mt19937 rng(20261202);
    const auto pct = [&](unsigned p) { return rng() % 100 < p; };
    year y;
    for (std::size_t i = 0; i < n; ++i) {
        organisation o;
        o.name = "Chi bộ " + std::to_string(i);
        o.kind = i % 12 == 0 ? organisation_kind::grassroots_committee
                             : organisation_kind::grassroots_cell;
        o.roll.members = 8 + static_cast<std::int32_t>(rng() % 70);
        const bool online = pct(pilots);
        const bool by_group = !online && rng() % 100 < pilots * 100 / (100 - pilots);
        if (online) {
            o.roll.unable = {{{ground::dispersed_wide_area}, o.roll.members / 2 + 1}};
            o.pilot.online = true;
            o.pilot.online_selected_on = make_date(2023, 7, 20);
            if (pct(30))
                o.decisions.push_back({ground::epidemic, make_date(2024, 2, 1),
                                       make_date(2024, 2, 1), make_date(2024, 5, 31), "12-QĐ/HU",
                                       true});
        }
        if (by_group) {
            o.roll.members += 50;
            o.has_party_groups = true;
            o.party_groups = 3;
            o.pilot.by_group = true;
            o.pilot.by_group_selected_on = make_date(2023, 7, 20);
        }
        y.orgs.push_back(o);
        for (int month = 1; month <= 12; ++month) {
            meeting m;
            m.date = make_date(2024, month, 1 + static_cast<int>(rng() % 28));
            m.agenda = cell_meeting_steps();
            if (pct(3))
                m.agenda.insert(topic::discipline);
            m.minutes = meeting_minutes{std::min(o.roll.members, 9), true, true, true};
            std::optional<group_round> round;
            if (online && month % 3 == 0) {
                m.form = pct(70) ? meeting_form::hybrid : meeting_form::fully_online;
                m.ground = month < 6 && !o.decisions.empty() ? ground::epidemic
                                                             : ground::dispersed_wide_area;
                m.platform = platform_set::all();
                m.infrastructure = infrastructure_set::all();
                m.members_online = m.form == meeting_form::fully_online ? 9 : 4;
            } else if (by_group && month % 3 == 0) {
                m.form = meeting_form::by_group;
                m.body = meeting_body::party_group_round;
                group_round r;
                r.preparation = group_preparation{m.date - days(3), true, true};
                for (int g = 1; g <= 3; ++g) {
                    group_meeting t;
                    t.group = g;
                    t.date = m.date + days(g == 1 ? 0 : 1);
                    t.chaired_by_group_leader = true;
                    t.committee_member_assigned = true;
                    t.agenda = cell_meeting_steps();
                    t.members_present = 15;
                    t.opinions_recorded = t.differing_opinions_recorded =
                        t.reserved_opinions_recorded = true;
                    t.report_date = t.date + days(pct(5) ? 9 : 1);
                    r.groups.push_back(t);
                }
                r.consolidation = group_consolidation{m.date + days(12), true, true, true};
                round = r;
            }
            if (rng() % 5000 == 0)
                m.members_online = -1; // a bad row
            y.meetings.push_back(m);
            y.org_of.push_back(i);
            y.rounds.push_back(round);
        }
    }
    for (std::size_t i = 0; i < n; ++i)
        y.data.add_organisation(static_cast<std::int64_t>(i), y.orgs[i]);
    for (std::size_t k = 0; k < y.meetings.size(); ++k)
        y.data.add_meeting(static_cast<std::int64_t>(y.org_of[k]), y.meetings[k],
                           y.rounds[k] ? &*y.rounds[k] : nullptr);
    return y;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}
} // namespace

int main(int argc, char** argv) {
    const std::size_t n = argc > 1 ? static_cast<std::size_t>(std::atol(argv[1])) : 30'000;
    const unsigned pilots =
        argc > 2 ? static_cast<unsigned>(std::min(50L, std::max(0L, std::atol(argv[2])))) : 4;
    const auto y = make_year(n, pilots);
    const auto in = y.data.view();
    const audit::rules_by_day rules(rule_sets::hd03());
    const double rows = static_cast<double>(y.meetings.size());

    // Best of 3 for each, side by side.
    double one = 1e9, all = 1e9, loop = 1e9;
    std::size_t findings = 0, problems = 0, loop_findings = 0;
    for (int rep = 0; rep < 3; ++rep) {
        auto start = std::chrono::steady_clock::now();
        const auto r1 = audit::run(in, rules, {false, 1});
        one = std::min(one, seconds_since(start));
        findings = r1.size();
        problems = r1.problems.size();
        start = std::chrono::steady_clock::now();
        const auto rn = audit::run(in, rules, {false, 0});
        all = std::min(all, seconds_since(start));
        // The caller's way: each meeting with its organisation's history, by hand.
        start = std::chrono::steady_clock::now();
        std::size_t found = 0;
        meeting_history history;
        for (std::size_t k = 0; k < y.meetings.size(); ++k) {
            if (k % 12 == 0)
                history = meeting_history();
            try {
                const auto& m = y.meetings[k];
                const auto& org = y.orgs[y.org_of[k]];
                const auto v = y.rounds[k] ? check(m, org, history, rules.on(m.date), *y.rounds[k])
                                           : check(m, org, history, rules.on(m.date));
                for (const auto& f : v)
                    found += f.status != finding_status::passed;
                history.add(m);
            } catch (const error&) {
            }
        }
        loop = std::min(loop, seconds_since(start));
        loop_findings = found;
    }
    std::cout << "meetings: " << rows << ", findings not passed: " << findings
              << " (check loop: " << loop_findings << "), bad rows: " << problems << '\n'
              << "audit::run, 1 thread:  " << rows / one / 1e6 << " M meetings/s\n"
              << "audit::run, all cores: " << rows / all / 1e6 << " M meetings/s ("
              << std::thread::hardware_concurrency() << " threads)\n"
              << "check() loop:          " << rows / loop / 1e6 << " M meetings/s\n";
    std::cout << "{\"bench\": \"audit_throughput\", \"meetings\": " << y.meetings.size()
              << ", \"findings\": " << findings << ", \"problems\": " << problems
              << ", \"cpp_rows_per_s\": " << static_cast<long>(rows / one)
              << ", \"cpp_threads_rows_per_s\": " << static_cast<long>(rows / all)
              << ", \"check_loop_rows_per_s\": " << static_cast<long>(rows / loop)
              << ", \"pilot_percent\": " << pilots << "}\n";
    return findings == loop_findings ? 0 : 1;
}
