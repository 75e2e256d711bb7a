#pragma once
// The field tables of every value type: Python name, member, doc. One table per type drives its
// constructor, properties, repr, equality, hashing, pickling and to_dict()/from_dict() (value.hpp).
// `path` is the name C++ validation uses for the type, so errors from from_dict() read the same
// as errors from a check ("organisation.roll.members").

#include "value.hpp"

namespace sinhhoat::bindings {

using open_from = special_as_none<boost::date_time::neg_infin>;
using open_until = special_as_none<boost::date_time::pos_infin>;
using unknown_date = special_as_none<boost::date_time::not_a_date_time>;

/// For a type without a validate() of its own (its owner's validate() checks it).
struct no_validation {
    template <class T> static void validate(const T&) {}
};

// --- organisation.hpp ---------------------------------------------------------------------------

template <> struct value_info<unable_members> : no_validation {
    static constexpr const char* path = "unable_members";
    static auto fields() {
        return std::make_tuple(
            field("grounds", &unable_members::grounds, "The grounds each of these members has."),
            field("count", &unable_members::count, "How many members."));
    }
};

template <> struct value_info<member> : no_validation {
    static constexpr const char* path = "member";
    static auto fields() {
        return std::make_tuple(field("status", &member::status, "Standing on the roll."),
                               field("unable_grounds", &member::unable_grounds,
                                     "Why the member cannot attend in person; empty: can attend."));
    }
};

template <> struct value_info<member_roll> {
    static constexpr const char* path = "roll";
    static auto fields() {
        return std::make_tuple(
            field("members", &member_roll::members,
                  "Everyone on the roll, exempted and suspended members included."),
            field("exempted", &member_roll::exempted, "Miễn công tác và sinh hoạt đảng."),
            field("suspended", &member_roll::suspended, "Bị đình chỉ sinh hoạt đảng."),
            field("unable", &member_roll::unable,
                  "Members unable to attend in person, grouped by their set of grounds."));
    }
    static void validate(const member_roll& r) { r.validate(path); }
};

template <> struct value_info<pilot_selection> : no_validation {
    static constexpr const char* path = "pilot";
    static auto fields() {
        return std::make_tuple(
            field("online", &pilot_selection::online, "Chosen for the online-meeting pilot."),
            field("by_group", &pilot_selection::by_group, "Chosen for the tổ đảng pilot."),
            field("selected_on", &pilot_selection::selected_on,
                  "When chosen; None means before any meeting."));
    }
};

template <> struct value_info<circumstance_decision> : no_validation {
    static constexpr const char* path = "decision";
    static auto fields() {
        return std::make_tuple(
            required("ground", &circumstance_decision::ground, "A special-circumstance ground."),
            required("decided_on", &circumstance_decision::decided_on, "The decision's date."),
            required("from_", &circumstance_decision::from,
                     "First day of the circumstance (`from` in to_dict())."),
            field("until", &circumstance_decision::until,
                  "Last day of the circumstance; None while it lasts."),
            field("reference", &circumstance_decision::reference,
                  "The decision's number, e.g. '123-QĐ/HU'."));
    }
};

template <> struct value_info<organisation> {
    static constexpr const char* path = "organisation";
    static auto fields() {
        return std::make_tuple(
            field("name", &organisation::name, "The organisation's name."),
            field("kind", &organisation::kind, "Đảng bộ cơ sở, chi bộ, ..."),
            field("roll", &organisation::roll, "The member roll as counts."),
            field("has_party_groups", &organisation::has_party_groups, "Has established tổ đảng."),
            field("pilot", &organisation::pilot, "The superior committee's pilot selection."),
            field("decisions", &organisation::decisions,
                  "The superior committee's special-circumstance decisions."));
    }
    static void validate(const organisation& o) { o.validate(); }
};

// --- meeting.hpp, history.hpp -------------------------------------------------------------------

template <> struct value_info<meeting> {
    static constexpr const char* path = "meeting";
    static auto fields() {
        return std::make_tuple(
            required("date", &meeting::date,
                     "The meeting's date; for a tổ đảng round, its first tổ meeting."),
            field("body", &meeting::body, "Who meets."),
            field("form", &meeting::form, "How the meeting is held."),
            field("ground", &meeting::ground, "The ground an online meeting is held on."),
            field("agenda", &meeting::agenda, "The agenda items."),
            field("platform", &meeting::platform,
                  "What the meeting software's provider satisfies."),
            field("infrastructure", &meeting::infrastructure,
                  "What is in place for the online members."),
            field("gathering_impossible", &meeting::gathering_impossible,
                  "Members cannot be gathered at one place at all."),
            field("registered", &meeting::registered,
                  "Schedule registered with the superior committee."));
    }
    static void validate(const meeting& m) { m.validate(); }
};

template <> struct value_info<group_preparation> : no_validation {
    static constexpr const char* path = "round.preparation";
    static auto fields() {
        return std::make_tuple(
            required("date", &group_preparation::date, "The preparation meeting's date."),
            field("group_leaders_attended", &group_preparation::group_leaders_attended,
                  "The tổ trưởng who are not chi uỷ members took part."),
            field("content_set", &group_preparation::content_set,
                  "The content of the tổ meetings was set."));
    }
};

template <> struct value_info<group_meeting> : no_validation {
    static constexpr const char* path = "group_meeting";
    static auto fields() {
        return std::make_tuple(
            field("group", &group_meeting::group, "The tổ's number within the cell."),
            required("date", &group_meeting::date, "The tổ meeting's date."),
            field("chaired_by_group_leader", &group_meeting::chaired_by_group_leader,
                  "The tổ trưởng chaired."),
            field("committee_member_assigned", &group_meeting::committee_member_assigned,
                  "A chi uỷ member was assigned at the preparation."),
            field("agenda", &group_meeting::agenda, "The agenda items."),
            field("members_present", &group_meeting::members_present,
                  "Minutes: members present (0: not recorded)."),
            field("opinions_recorded", &group_meeting::opinions_recorded,
                  "Minutes: the opinions given."),
            field("differing_opinions_recorded", &group_meeting::differing_opinions_recorded,
                  "Minutes: differing or not-yet-agreed opinions."),
            field("reserved_opinions_recorded", &group_meeting::reserved_opinions_recorded,
                  "Minutes: opinions reserved."),
            field("report_date", &group_meeting::report_date,
                  "The tổ trưởng's report to the chi uỷ; None if not sent."));
    }
};

template <> struct value_info<group_consolidation> : no_validation {
    static constexpr const char* path = "round.consolidation";
    static auto fields() {
        return std::make_tuple(
            required("date", &group_consolidation::date, "The consolidation meeting's date."),
            field("group_leaders_attended", &group_consolidation::group_leaders_attended,
                  "The tổ trưởng took part."),
            field("resolution_passed", &group_consolidation::resolution_passed,
                  "The chi bộ resolution was passed."),
            field("tasks_assigned", &group_consolidation::tasks_assigned, "Tasks were assigned."));
    }
};

template <> struct value_info<group_round> {
    static constexpr const char* path = "round";
    static auto fields() {
        return std::make_tuple(
            field("preparation", &group_round::preparation, "The preparation meeting, if held."),
            field("groups", &group_round::groups, "The tổ meetings."),
            field("consolidation", &group_round::consolidation,
                  "The consolidation meeting, if held."));
    }
    static void validate(const group_round& r) { r.validate(); }
};

template <> struct value_info<past_meeting> : no_validation {
    static constexpr const char* path = "past_meeting";
    static auto fields() {
        return std::make_tuple(required("date", &past_meeting::date, "The meeting's date."),
                               field("body", &past_meeting::body, "Who met."),
                               field("form", &past_meeting::form, "How it was held."),
                               field("ground", &past_meeting::ground, "Its ground, if online."));
    }
};

// --- rule_set.hpp -------------------------------------------------------------------------------

template <> struct value_info<interpretations> : no_validation {
    static constexpr const char* path = "interp";
    static auto fields() {
        return std::make_tuple(
            field("year", &interpretations::year, "interp.year"),
            field("hybrid_counts", &interpretations::hybrid_counts, "interp.hybrid_counts"),
            field("special_circumstance_outside_quota",
                  &interpretations::special_circumstance_outside_quota,
                  "interp.special_circumstance_outside_quota"),
            field("fully_online", &interpretations::fully_online, "interp.fully_online"),
            field("group_member_count", &interpretations::group_member_count,
                  "interp.group_member_count"),
            field("committee_meetings_count", &interpretations::committee_meetings_count,
                  "interp.committee_meetings_count"));
    }
};

template <> struct value_info<source_document> : no_validation {
    static constexpr const char* path = "source_document";
    static auto fields() {
        return std::make_tuple(
            field("code", &source_document::code, "The document's number, e.g. '03-HD/TW'."),
            field("title", &source_document::title, "Its title."),
            field("issuer", &source_document::issuer, "Who issued it."),
            field_as<unknown_date>("issued", &source_document::issued,
                                   "When it was issued; None if unknown."));
    }
};

template <> struct value_info<selection_rule> : no_validation {
    static constexpr const char* path = "selection";
    static auto fields() {
        return std::make_tuple(
            required("deadline", &selection_rule::deadline,
                     "Lists must arrive strictly before this day."),
            field("min_online", &selection_rule::min_online, "Per district committee."),
            field("min_by_group", &selection_rule::min_by_group, "Per district committee."));
    }
};

template <> struct value_info<pilot_window> : no_validation {
    static constexpr const char* path = "window";
    static auto fields() {
        return std::make_tuple(required("first", &pilot_window::first, "First day, included."),
                               required("last", &pilot_window::last, "Last day, included."));
    }
};

/// A dated parameter: a list of `(from, until, value)` periods, None for an open end.
template <class T> struct conv<dated<T>> {
    using py_type = dated<T>;
    using out_type = dated<T>;
    static dated<T> in(dated<T> v) { return v; }
    static const dated<T>& out(const dated<T>& v) { return v; }
    static py::object to_json(const dated<T>& d) {
        py::list out;
        for (const auto& v : d.values()) {
            py::dict period;
            period["from"] = open_from::to_json(v.from);
            period["until"] = open_until::to_json(v.until);
            period["value"] = conv<T>::to_json(v.value);
            out.append(period);
        }
        return out;
    }
    /// A list of `{"from", "until", "value"}` dicts, or a bare value always in force.
    static dated<T> from_json(py::handle h, const std::string& path) {
        const bool periods = py::isinstance<py::list>(h) && py::len(h) > 0 &&
                             py::isinstance<py::dict>(py::reinterpret_borrow<py::list>(h)[0]);
        if (!periods)
            return dated<T>(conv<T>::from_json(h, path));
        std::vector<dated_value<T>> values;
        std::size_t i = 0;
        for (py::handle item : h) {
            const auto name = path + "[" + std::to_string(i++) + "]";
            if (!py::isinstance<py::dict>(item))
                wrong_type(name, item, "cần một dict {from, until, value}",
                           "a dict {from, until, value} is required");
            const auto d = py::reinterpret_borrow<py::dict>(item);
            for (auto kv : d) {
                const auto key = py::str(kv.first).cast<std::string>();
                if (key != "from" && key != "until" && key != "value")
                    throw invalid_value(name + "." + key, repr_of(kv.second), "không có trường này",
                                        "no such field");
            }
            if (!d.contains("value"))
                throw invalid_value(name + ".value", "(missing)", "thiếu trường bắt buộc",
                                    "a required field is missing");
            dated_value<T> v;
            if (d.contains("from"))
                v.from = open_from::from_json(d["from"], name + ".from");
            if (d.contains("until"))
                v.until = open_until::from_json(d["until"], name + ".until");
            v.value = conv<T>::from_json(d["value"], name + ".value");
            values.push_back(v);
        }
        return dated<T>(std::move(values));
    }
    /// `DatedInt.always(3)` or `DatedInt([(None, datetime.date(2024, 1, 1), 3), ...])`.
    static std::string repr(const dated<T>& d) {
        const auto& vs = d.values();
        const auto name = type_name<dated<T>>();
        if (vs.size() == 1 && vs[0].from.is_neg_infinity() && vs[0].until.is_pos_infinity())
            return name + ".always(" + conv<T>::repr(vs[0].value) + ")";
        std::string out = name + "([";
        for (std::size_t i = 0; i < vs.size(); ++i)
            out += std::string(i ? ", " : "") + "(" + open_from::repr(vs[i].from) + ", " +
                   open_until::repr(vs[i].until) + ", " + conv<T>::repr(vs[i].value) + ")";
        return out + "])";
    }
};

template <> struct value_info<rule_set> {
    static constexpr const char* path = "rule_set";
    static auto fields() {
        return std::make_tuple(
            required("id", &rule_set::id, "Stable identifier, e.g. 'cao_bang'."),
            field("name", &rule_set::name, "Human name, Vietnamese."),
            field("sources", &rule_set::sources, "The texts the rule set rests on."),
            required("window", &rule_set::window, "The pilot period, both ends included."),
            required("online_quota_committee", &rule_set::online_quota_committee,
                     "Đảng bộ cơ sở: online meetings a year."),
            required("online_quota_cell", &rule_set::online_quota_cell,
                     "Chi bộ: online meetings a year."),
            required("group_quota", &rule_set::group_quota, "Tổ đảng rounds a year."),
            required("group_min_members", &rule_set::group_min_members,
                     "'Từ 50 đảng viên trở lên'."),
            required("report_deadline_days", &rule_set::report_deadline_days,
                     "Days after the tổ meeting for the tổ trưởng's report."),
            required("grounds", &rule_set::grounds, "Grounds accepted for online meetings."),
            required("excluded_topics", &rule_set::excluded_topics, "II.3.2."),
            required("required_steps", &rule_set::required_steps, "II.4.1, II.4.2 ý 2."),
            field("interp", &rule_set::interp, "The readings of ambiguous text."),
            field("selection", &rule_set::selection,
                  "pilot.selection; None: the text sets no list requirement."),
            field("registration_required", &rule_set::registration_required, "pilot.registration"),
            field("final_report_required", &rule_set::final_report_required, "pilot.reporting"));
    }
    static void validate(const rule_set& r) { r.validate(); }
};

// --- check.hpp, pilot.hpp
// -------------------------------------------------------------------------

template <> struct value_info<quota_status> : no_validation {
    static constexpr const char* path = "quota_status";
    static auto fields() {
        return std::make_tuple(
            field("limit", &quota_status::limit, "The quota in force."),
            field("used", &quota_status::used, "Meetings of the period that use it."),
            field("remaining", &quota_status::remaining, "What is left (never negative)."),
            required("period", &quota_status::period,
                     "The quota year (interp.year) containing the date asked about."));
    }
};

template <> struct value_info<unit_selection> {
    static constexpr const char* path = "unit_selection";
    static auto fields() {
        return std::make_tuple(
            field("unit", &unit_selection::unit, "E.g. 'Huyện uỷ Hà Quảng'."),
            field("kind", &unit_selection::kind, "District committee or đảng uỷ trực thuộc."),
            field("submitted_on", &unit_selection::submitted_on,
                  "When the list reached the Tỉnh uỷ; None if not sent."),
            field("online", &unit_selection::online, "Chosen for online meetings."),
            field("by_group", &unit_selection::by_group, "Chosen for tổ đảng meetings."));
    }
    static void validate(const unit_selection& s) { s.validate(); }
};

} // namespace sinhhoat::bindings
