// Prints how fast `check()` runs on one core and how big the value types are. The design aims at
// batch audits of millions of meetings; this is the single-check baseline those will be held to.
// Usage: sinhhoat_bench [meetings]   (default 1,000,000)

#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <random>
#include <sinhhoat/sinhhoat.hpp>
#include <vector>

int main(int argc, char** argv) {
    using namespace sinhhoat;
    const long n = argc > 1 ? std::atol(argv[1]) : 1'000'000;
    const rule_set& rules = rule_sets::cao_bang();

    // 1,000 organisations, each with a year of monthly meetings as history.
    std::mt19937 rng(20240101);
    std::vector<organisation> orgs(1000);
    std::vector<meeting_history> histories(orgs.size());
    for (std::size_t i = 0; i < orgs.size(); ++i) {
        auto& o = orgs[i];
        o.kind = i % 10 == 0 ? organisation_kind::grassroots_committee
                             : organisation_kind::grassroots_cell;
        o.roll.members = 10 + static_cast<std::int32_t>(rng() % 60);
        o.roll.unable = {{{ground::dispersed_wide_area}, o.roll.members / 2 + (rng() % 2 ? 1 : 0)}};
        o.pilot.online = true;
        o.pilot.online_selected_on = make_date(2023, 7, 20);
        for (int month = 1; month <= 12; ++month)
            histories[i].add(
                past_meeting{make_date(2024, month, 5), meeting_body::whole_organisation,
                             month % 4 == 0 ? meeting_form::hybrid : meeting_form::in_person,
                             ground::dispersed_wide_area});
    }
    std::vector<meeting> meetings(1000);
    for (std::size_t i = 0; i < meetings.size(); ++i) {
        auto& m = meetings[i];
        m.date =
            make_date(2024, 1 + static_cast<int>(rng() % 12), 1 + static_cast<int>(rng() % 28));
        m.form = rng() % 3 ? meeting_form::hybrid : meeting_form::fully_online;
        m.ground = ground::dispersed_wide_area;
        m.agenda = cell_meeting_steps();
        if (rng() % 20 == 0)
            m.agenda.insert(topic::discipline);
        m.platform = platform_set::all();
        m.infrastructure = infrastructure_set::all();
        m.minutes = meeting_minutes{9, true, true, true};
        // R35: fully online, everyone present is online.
        m.members_online = m.form == meeting_form::fully_online ? 9 : 5;
    }

    std::size_t allowed = 0, findings = 0;
    const auto start = std::chrono::steady_clock::now();
    for (long i = 0; i < n; ++i) {
        const auto k = static_cast<std::size_t>(i) % orgs.size();
        const auto v = check(meetings[static_cast<std::size_t>(i) % meetings.size()], orgs[k],
                             histories[k], rules);
        allowed += v.allowed();
        findings += v.size();
    }
    const std::chrono::duration<double> secs = std::chrono::steady_clock::now() - start;

    std::cout << "check(): " << n << " meetings in " << secs.count()
              << " s = " << static_cast<long>(static_cast<double>(n) / secs.count())
              << " meetings/s on one core\n"
              << "  allowed: " << allowed << ", findings: " << findings << '\n'
              << "sizeof(meeting) = " << sizeof(meeting) << " bytes\n"
              << "sizeof(finding) = " << sizeof(finding) << " bytes\n"
              << "sizeof(verdict) = " << sizeof(verdict) << " bytes\n"
              << "sizeof(past_meeting) = " << sizeof(past_meeting) << " bytes\n";
    // The figures again as one JSON object, the last line, for scripts that compare runs.
    std::cout << "{\"bench\": \"check_throughput\", \"meetings\": " << n
              << ", \"seconds\": " << secs.count() << ", \"meetings_per_s\": "
              << static_cast<long>(static_cast<double>(n) / secs.count())
              << ", \"allowed\": " << allowed << ", \"findings\": " << findings
              << ", \"sizeof_meeting\": " << sizeof(meeting)
              << ", \"sizeof_finding\": " << sizeof(finding)
              << ", \"sizeof_verdict\": " << sizeof(verdict) << "}\n";
    return 0;
}
