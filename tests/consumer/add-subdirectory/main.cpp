#include <iostream>
#include <sinhhoat/sinhhoat.hpp>
#include <string>

// Exit code 0 iff an outside project can build a meeting, check it against a built-in rule set
// and get the expected verdict: the headers, their Boost dependency and the version agree.
int main() {
    using namespace sinhhoat;
    organisation org;
    org.name = "Chi bộ thử";
    org.kind = organisation_kind::grassroots_cell;
    org.roll.members = 10;
    org.roll.unable = {{{ground::dispersed_wide_area}, 6}};
    org.pilot.online = true;
    org.pilot.online_selected_on = make_date(2023, 7, 20); // an undated choice is not evidence (R1)

    meeting m;
    m.date = make_date(2024, 3, 5);
    m.form = meeting_form::hybrid;
    m.ground = ground::dispersed_wide_area;
    m.agenda = cell_meeting_steps();
    m.platform = platform_set::all();
    m.infrastructure = infrastructure_set::all();
    m.members_online = 6; // members joining online, each with the ground (R9)
    m.minutes = meeting_minutes{10, true, true, true}; // present, opinions (R16)

    const auto v = check(m, org, meeting_history{}, rule_sets::cao_bang());
    if (std::string(version()) != SINHHOAT_VERSION_STRING || v.outcome() != outcome::allowed) {
        std::cerr << v << '\n';
        return 1;
    }
    std::cout << "sinhhoat " << version() << ": " << to_code(v.outcome()) << '\n';
    return 0;
}
