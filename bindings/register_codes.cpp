// The enums of codes.hpp and finding.hpp as Python enum.Enum subclasses (py::native_enum) of
// sinhhoat._enum.CodeEnum, which gives them .code, .label_vi, .label_en and from_code(). Member
// names are the codes in upper case ("online.quota" -> ONLINE_QUOTA); values are the C++
// enumerators' numbers.

#include "bindings.hpp"
#include "casters.hpp"

#include <cctype>
#include <pybind11/native_enum.h>
#include <sinhhoat/codes.hpp>
#include <sinhhoat/finding.hpp>
#include <string>
#include <string_view>

namespace sinhhoat::bindings {

namespace py = pybind11;

namespace {

std::string member_name(std::string_view code) {
    std::string out;
    for (char c : code)
        out += c == '.' ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

template <class E> void bind_enum(py::module_& m, const char* name, const char* doc) {
    py::native_enum<E> e(m, name, "sinhhoat._enum.CodeEnum", doc);
    for (std::size_t i = 0; i < enum_size<E>(); ++i) {
        const auto v = static_cast<E>(i);
        e.value(member_name(to_code(v)).c_str(), v, std::string(label_en(v)).c_str());
    }
    e.finalize();

    const py::object cls = m.attr(name);
    const auto n = enum_size<E>();
    auto& members = enum_members<E>();
    members.clear();
    for (std::size_t i = 0; i < n; ++i)
        members.push_back(cls(i).release().ptr());
    py::tuple codes(n), vi(n), en(n);
    for (std::size_t i = 0; i < n; ++i) {
        const auto v = static_cast<E>(i);
        codes[i] = py::str(std::string(to_code(v)));
        vi[i] = py::str(std::string(label_vi(v)));
        en[i] = py::str(std::string(label_en(v)));
    }
    const py::cpp_function from([](const std::string& code) { return from_code<E>(code); },
                                py::arg("code"));
    py::module_::import("sinhhoat._enum").attr("_register")(cls, codes, vi, en, from);
}

} // namespace

void register_codes(py::module_& m) {
    bind_enum<organisation_kind>(m, "OrganisationKind", "Kind of party organisation.");
    bind_enum<meeting_body>(m, "MeetingBody", "Who meets.");
    bind_enum<meeting_form>(m, "MeetingForm", "How the meeting is held.");
    bind_enum<ground_kind>(m, "GroundKind", "The two families of grounds of II.1.1.");
    bind_enum<ground>(m, "Ground", "Why members cannot meet in person (online.scope.ground).");
    bind_enum<topic>(m, "Topic",
                     "Agenda items: the ordinary steps, then the topics of II.3.2 that may not be "
                     "dealt with online or by tổ đảng.");
    bind_enum<infrastructure_item>(m, "InfrastructureItem",
                                   "What the members joining online have (II.2 ý 1).");
    bind_enum<platform_item>(m, "PlatformItem",
                             "What the meeting software's provider must be (II.2 ý 1).");
    bind_enum<member_status>(m, "MemberStatus", "A member's standing on the roll.");
    bind_enum<meeting_kind>(m, "MeetingKind",
                            "R41: a regular (thường kỳ) or thematic (chuyên đề) meeting.");
    bind_enum<selecting_unit_kind>(m, "SelectingUnitKind", "Who draws up a pilot list (III.1).");
    bind_enum<year_basis>(m, "YearBasis", "interp.year: what 'a year' means for quotas.");
    bind_enum<fully_online_basis>(m, "FullyOnlineBasis",
                                  "interp.fully_online: when members cannot be gathered at all.");
    bind_enum<member_count_basis>(m, "MemberCountBasis",
                                  "interp.group_member_count: whom the 50 members count.");
    bind_enum<round_period_basis>(m, "RoundPeriodBasis",
                                  "interp.round_period: what one round of tổ meetings may span.");
    bind_enum<pilot_kind>(m, "PilotKind", "The two pilots: online meetings, meetings by tổ đảng.");
    bind_enum<value_kind>(m, "ValueKind", "What a finding's value is (date, count, code, ...).");
    bind_enum<rule_id>(m, "RuleId", "The catalogue's rule IDs; .code is the ID ('online.quota').");
    bind_enum<finding_status>(m, "FindingStatus", "What a finding says of its rule.");
    bind_enum<outcome>(m, "Outcome", "The overall answer of a check.");
    bind_enum<reason>(m, "Reason",
                      "Why a finding has its status; the labels are the message templates.");

    m.def("clause_of", &clause_of, py::arg("rule"), "The clause a rule rests on, e.g. 'II.2 ý 3'.");
    m.def("ground_class", &ground_class, py::arg("ground"),
          "The catalogue class of a ground (abroad -> dispersed_wide_area, ...).");
    m.def("kind_of", &kind_of, py::arg("ground"), "Special nature or special circumstances.");
    m.def("grounds_of", &grounds_of, py::arg("kind"), "Every ground of one kind.");
    m.def("seasonal_grounds", &seasonal_grounds,
          "The grounds that hold only within a rule set's summer break (R6).");
    m.def("excluded_topics_ii32", &excluded_topics_ii32, "The II.3.2 list of excluded topics.");
    m.def("cell_meeting_steps", &cell_meeting_steps,
          "The order of a cell meeting (II.4.2 ý 2), required of online and tổ meetings.");
    m.def("committee_meeting_steps", &committee_meeting_steps,
          "The order of a cấp uỷ meeting and of a đảng bộ cơ sở's general meeting (R15).");
    m.def("thematic_meeting_steps", &thematic_meeting_steps,
          "The steps of a thematic meeting by default (R41, a reading): programme, the thematic "
          "topic, discussion and vote.");
}

} // namespace sinhhoat::bindings
