// Checks a few meetings of a pilot cell against the Cao Bằng rule set and prints each verdict
// with its findings, in Vietnamese and English. Run by `scripts/example.sh`.

#include <iostream>
#include <sinhhoat/sinhhoat.hpp>

namespace {

void print(const char* title, const sinhhoat::verdict& v) {
    std::cout << "\n== " << title << " -> " << sinhhoat::label_vi(v.outcome()) << " / "
              << sinhhoat::label_en(v.outcome()) << '\n';
    for (const auto& f : v) {
        if (f.status == sinhhoat::finding_status::passed)
            continue; // keep the output to what needs attention
        std::cout << "  [" << f.rule << " | " << f.clause() << "] " << f.status
                  << "\n    vi: " << f.message_vi() << "\n    en: " << f.message_en() << '\n';
    }
    std::cout << "  (" << v.count(sinhhoat::finding_status::passed) << " rule(s) passed)\n";
}

} // namespace

int main() {
    using namespace sinhhoat;
    const rule_set& rules = rule_sets::cao_bang();

    // A cell of 24 members, 1 exempted: 23 count; 13 work at sites in several districts.
    organisation cell;
    cell.name = "Chi bộ Hạt Kiểm lâm";
    cell.kind = organisation_kind::grassroots_cell;
    cell.roll.members = 24;
    cell.roll.exempted = 1;
    cell.roll.unable = {{{ground::dispersed_wide_area}, 12},
                        {{ground::dispersed_wide_area, ground::cannot_leave_post}, 1}};
    cell.pilot.online = true;
    cell.pilot.online_selected_on = make_date(2023, 7, 20);

    meeting m;
    m.date = make_date(2024, 9, 10);
    m.form = meeting_form::hybrid;
    m.ground = ground::dispersed_wide_area;
    m.agenda = cell_meeting_steps();
    m.platform = platform_set::all();
    m.infrastructure = infrastructure_set::all();
    m.members_online = 13; // members joining online, each with the ground (R9)
    m.minutes = meeting_minutes{20, true, true, true}; // present, opinions (R16)

    meeting_history history;
    for (int month : {2, 5, 7})
        history.add(past_meeting{make_date(2024, month, 10), meeting_body::whole_organisation,
                                 meeting_form::hybrid, ground::dispersed_wide_area});

    std::cout << "Bộ quy tắc / rule set: " << rules.name << '\n';
    if (const auto q = online_quota_left(cell, history, m.date, rules))
        std::cout << "Còn lại / left in " << m.date.year() << ": " << q->remaining << " of "
                  << q->limit << '\n';

    print("Sinh hoạt trực tuyến lần thứ tư trong năm 2024", check(m, cell, history, rules));

    meeting admission = m;
    admission.date = make_date(2025, 1, 8);
    admission.agenda.insert(topic::admission);
    print("Xét kết nạp đảng viên trực tuyến (8/1/2025)", check(admission, cell, history, rules));

    meeting late = m;
    late.date = make_date(2025, 7, 1);
    print("Sau thời gian thí điểm (1/7/2025)", check(late, cell, history, rules));
    return 0;
}
