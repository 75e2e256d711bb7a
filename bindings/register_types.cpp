// organisation.hpp, meeting.hpp, history.hpp: the organisation, the meeting, the tổ đảng round
// and the organisation's earlier meetings, as immutable Python values.

#include "bindings.hpp"
#include "value.hpp"

#include <variant>

namespace sinhhoat::bindings {

namespace {

/// MeetingHistory: a sorted container, not a struct, so bound by hand with the same protocol.
void bind_history(py::module_& m) {
    using item = std::variant<past_meeting, meeting>;
    py::class_<meeting_history> cls(m, "MeetingHistory",
                                    "An organisation's earlier meetings, sorted by date (stable "
                                    "for equal dates). Built from PastMeeting or Meeting values.");
    cls.def(py::init([](const std::vector<item>& items) {
                std::vector<past_meeting> list;
                list.reserve(items.size());
                for (const auto& i : items)
                    list.push_back(std::holds_alternative<meeting>(i)
                                       ? past_meeting::of(std::get<meeting>(i))
                                       : std::get<past_meeting>(i));
                return meeting_history(std::move(list));
            }),
            py::arg_v("meetings", py::tuple(), "()"));
    const auto tuple_of = [](const meeting_history& h) {
        return conv<std::vector<past_meeting>>::out(h.meetings());
    };
    cls.def_property_readonly("meetings", tuple_of, "The meetings, sorted by date.");
    cls.def("__len__", &meeting_history::size);
    cls.def("__iter__", [tuple_of](const meeting_history& h) -> py::typing::Iterator<past_meeting> {
        return py::reinterpret_steal<py::typing::Iterator<past_meeting>>(
            py::iter(tuple_of(h)).release());
    });
    cls.def("__getitem__", [tuple_of](const meeting_history& h, py::ssize_t i) -> past_meeting {
        return tuple_of(h).attr("__getitem__")(i).cast<past_meeting>();
    });
    def_value_protocol<meeting_history>(
        cls, "history",
        [](const meeting_history& h) {
            if (h.empty())
                return type_name<meeting_history>() + "()";
            return type_name<meeting_history>() + "(" +
                   conv<std::vector<past_meeting>>::repr(h.meetings()) + ")";
        },
        [tuple_of](const meeting_history& h) { return tuple_of(h); });
}

} // namespace

void register_types(py::module_& m) {
    bind_value<unable_members>(m, "UnableMembers");
    bind_value<member>(m, "Member");
    bind_value<member_roll>(m, "MemberRoll")
        .def_static("from_members", &member_roll::from_members, py::arg("members"),
                    "Counts a roll kept member by member.")
        .def_property_readonly("base", &member_roll::base,
                               "The II.1.1 base: members less exempted and suspended ones.")
        .def("unable_for", &member_roll::unable_for, py::arg("accepted"),
             "Distinct members unable to attend for at least one ground in `accepted`.");
    bind_value<pilot_selection>(m, "PilotSelection");
    bind_value<circumstance_decision>(m, "CircumstanceDecision")
        .def(
            "covers",
            [](const circumstance_decision& d, py_date day) { return d.covers(day_arg(day)); },
            py::arg("day"), "Whether the decision is in force on `day`.");
    bind_value<organisation>(m, "Organisation");

    bind_value<meeting_minutes>(m, "MeetingMinutes");
    bind_value<meeting>(m, "Meeting")
        .def_property_readonly("is_online", &meeting::is_online, "Hybrid or fully online.");
    bind_value<group_preparation>(m, "GroupPreparation");
    bind_value<group_meeting>(m, "GroupMeeting");
    bind_value<group_consolidation>(m, "GroupConsolidation");
    bind_value<group_round>(m, "GroupRound")
        .def_property_readonly("first_date", &group_round::first_date,
                               "The first tổ meeting's date.")
        .def_property_readonly("last_date", &group_round::last_date, "The last tổ meeting's date.");
    bind_value<past_meeting>(m, "PastMeeting")
        .def_static("of", &past_meeting::of, py::arg("meeting"), "The PastMeeting of a Meeting.");
    bind_history(m);
}

} // namespace sinhhoat::bindings
