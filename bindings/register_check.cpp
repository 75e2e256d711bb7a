// finding.hpp, check.hpp, pilot.hpp: findings, verdicts, the checks and the questions. The checks
// release the GIL around the C++ work only, after every argument was converted: the arguments
// are immutable Python values, so nothing can change them meanwhile.

#include "bindings.hpp"
#include "value.hpp"

#include <string_view>

namespace sinhhoat::bindings {

namespace {

// --- a finding's dict form, as Python objects at once --------------------------------------------
// A verdict's to_dict() is read in loops; going through a JSON value and converting it cost about
// 3 us a finding. These build the same dict as to_python(json::to_json(f, {true})) (the tests
// compare the two on every verdict they make); anything rare goes through the JSON form.

/// A str the module keeps for good: the keys of every finding's dict.
PyObject* kept_str(const char* s) {
    return PyUnicode_InternFromString(s);
}

py::object str_of(std::string_view s) {
    return py::reinterpret_steal<py::object>(
        PyUnicode_FromStringAndSize(s.data(), static_cast<Py_ssize_t>(s.size())));
}

/// A finding's value in its JSON form (json::detail::write_finding_value), as Python data.
py::object plain_value(value_kind kind, std::int64_t v) {
    return visit_kind(kind, [&](auto tag) -> py::object {
        using T = typename decltype(tag)::type;
        if constexpr (std::is_same_v<T, count_kind>) {
            return py::int_(v);
        } else if constexpr (std::is_same_v<T, flag_kind>) {
            return py::bool_(v != 0);
        } else if constexpr (std::is_same_v<T, date_kind>) {
            const auto d = value_date(v);
            return d.is_special() ? py::object(py::none()) : str_of(to_iso(d));
        } else if constexpr (is_enum_set<T>::value) {
            py::list out;
            T::from_bits(static_cast<std::uint64_t>(v)).for_each([&](auto e) {
                out.append(str_of(to_code(e)));
            });
            return out;
        } else {
            // A code out of range (made in C++) stays a number: the reader refuses it.
            return json::detail::holds<T>(v) ? str_of(to_code(static_cast<T>(v)))
                                             : py::object(py::int_(v));
        }
    });
}

void set(PyObject* dict, PyObject* key, py::object value) {
    if (!value || PyDict_SetItem(dict, key, value.ptr()) != 0)
        throw py::error_already_set();
}

/// `clause`: the catalogue's, or the verdict's citation of it (R26).
py::dict finding_dict(const finding& f, std::string_view clause) {
    static PyObject* const rule_key = kept_str("rule");
    static PyObject* const clause_key = kept_str("clause");
    static PyObject* const status_key = kept_str("status");
    static PyObject* const reason_key = kept_str("reason");
    static PyObject* const values_key = kept_str("values");
    static PyObject* const vi_key = kept_str("message_vi");
    static PyObject* const en_key = kept_str("message_en");
    py::dict out;
    set(out.ptr(), rule_key, str_of(to_code(f.rule)));
    set(out.ptr(), clause_key, str_of(clause));
    set(out.ptr(), status_key, str_of(to_code(f.status)));
    set(out.ptr(), reason_key, str_of(to_code(f.reason)));
    py::dict values;
    const auto info = f.info();
    for (std::size_t k = 0; k < info.value_count; ++k)
        set(values.ptr(), str_of(info.values[k].name).ptr(),
            plain_value(info.values[k].kind, f.values[k]));
    set(out.ptr(), values_key, std::move(values));
    set(out.ptr(), vi_key, str_of(f.message_vi()));
    set(out.ptr(), en_key, str_of(f.message_en()));
    return out;
}

} // namespace

/// A finding's dict form carries its messages too (they are derived: read back, not trusted).
template <> struct dict_form<finding> {
    static json::value write(const finding& f) { return json::to_json(f, {true}); }
    static py::object python(const finding& f) { return finding_dict(f, f.clause()); }
    static finding read(const json::value& j, const path& at) {
        return json::from_json<finding>(j, at);
    }
};
template <> struct dict_form<verdict> {
    static json::value write(const verdict& v) { return json::to_json(v, {true}); }
    /// The keys in json::to_json(verdict)'s order.
    static py::object python(const verdict& v) {
        py::dict out;
        out["rule_set"] = to_python(json::to_json(v.rule_set()));
        out["outcome"] = str_of(to_code(v.outcome()));
        py::list findings(v.size());
        for (std::size_t i = 0; i < v.size(); ++i)
            findings[i] = finding_dict(v[i], v.clause(v[i]));
        out["findings"] = std::move(findings);
        if (!v.governed_by().empty())
            out["governed_by"] = str_of(v.governed_by());
        if (!v.caveats().empty())
            out["caveats"] = to_python(json::detail::write(v.caveats()));
        return out;
    }
    static verdict read(const json::value& j, const path& at) {
        return json::from_json<verdict>(j, at);
    }
};

namespace {

// --- a finding's values -------------------------------------------------------------------------
// A finding stores its numbers as int64; the reason declares what each one is (catalogue.hpp).
// Python gets them decoded.

std::vector<std::string> value_names(const finding& f) {
    const auto info = f.info();
    std::vector<std::string> out;
    for (std::size_t k = 0; k < info.value_count; ++k)
        out.emplace_back(info.values[k].name);
    return out;
}

template <class E> py::object enum_or_int(std::int64_t v) {
    if (json::detail::holds<E>(v))
        return member_of(static_cast<E>(v));
    return py::int_(v);
}

/// A finding's value as Python shows it: dates as datetime.date (None if unknown), codes as
/// enums, sets as frozensets, flags as bool, other numbers as int.
py::object decode(value_kind kind, std::int64_t v) {
    return visit_kind(kind, [&](auto tag) -> py::object {
        using T = typename decltype(tag)::type;
        if constexpr (std::is_same_v<T, count_kind>)
            return py::int_(v);
        else if constexpr (std::is_same_v<T, flag_kind>)
            return py::bool_(v != 0);
        else if constexpr (std::is_same_v<T, date_kind>)
            return value_date(v).is_special() ? py::object(py::none()) : py::cast(value_date(v));
        else if constexpr (is_enum_set<T>::value)
            return py::cast(T::from_bits(static_cast<std::uint64_t>(v)));
        else
            return enum_or_int<T>(v);
    });
}

py::dict values_dict(const finding& f) {
    py::dict out;
    const auto info = f.info();
    for (std::size_t k = 0; k < info.value_count; ++k)
        out[py::str(std::string(info.values[k].name))] = decode(info.values[k].kind, f.values[k]);
    return out;
}

/// A decoded value (as `Finding.values` gives it) in its JSON form: a date as ISO text, an enum
/// as its code, a set as its codes; the JSON reader then checks it against the reason's kind.
json::value encode(py::handle v, const path& at) {
    const auto datetime = py::module_::import("datetime");
    if (py::isinstance(v, datetime.attr("date")) && !py::isinstance(v, datetime.attr("datetime")))
        return v.attr("isoformat")().cast<std::string>();
    if (py::isinstance(v, py::module_::import("sinhhoat._enum").attr("CodeEnum")))
        return utf8(v.attr("code"), at);
    if (PyAnySet_Check(v.ptr())) {
        json::value out = json::value::array();
        std::size_t i = 0;
        for (py::handle item : v)
            out.push_back(encode(item, at[i++]));
        return out;
    }
    return to_json_value(v, at);
}

/// A finding made in Python is checked as one read from JSON: codes in range, a status its
/// reason goes with, values of their kinds that agree. `values` is `{name: value}` as
/// `Finding.values` gives it (what the repr shows), or the raw numbers in the reason's order.
/// What `Finding(values=...)` takes: the decoded values by name, or the raw numbers.
using finding_values =
    py::typing::Union<py::typing::Dict<py::str, py::object>, py::typing::List<py::int_>,
                      py::typing::Tuple<py::int_, py::ellipsis>>;

finding make_finding(rule_id rule, finding_status status, reason why,
                     const finding_values& values) {
    const path at("finding");
    finding f;
    f.rule = rule;
    f.status = status;
    f.reason = why;
    if (PyDict_Check(values.ptr())) {
        json::value j = json::value::object();
        j["rule"] = std::string(to_code(rule));
        j["status"] = std::string(to_code(status));
        j["reason"] = std::string(to_code(why));
        json::value decoded = json::value::object();
        for (auto item : py::reinterpret_borrow<py::dict>(values)) {
            if (!PyUnicode_Check(item.first.ptr()))
                throw invalid_value((at / "values").str(), short_repr(item.first),
                                    "tên giá trị phải là chuỗi", "value names are strings");
            const std::string name = utf8(item.first, at / "values");
            decoded[name] = encode(item.second, at / "values" / name);
        }
        j["values"] = std::move(decoded);
        return json::from_json<finding>(j, at);
    }
    py::detail::make_caster<std::vector<py_int>> numbers;
    if (!numbers.load(values, false))
        throw py::type_error("Finding(): values is a dict {name: value} or a sequence of ints, "
                             "not " +
                             short_repr(values));
    const auto& raw = py::detail::cast_op<const std::vector<py_int>&>(numbers);
    if (raw.size() > finding::max_values)
        throw invalid_value((at / "values").str(), std::to_string(raw.size()),
                            "tối đa " + std::to_string(finding::max_values) + " giá trị",
                            "at most " + std::to_string(finding::max_values) + " values");
    for (std::size_t i = 0; i < raw.size(); ++i)
        f.values[i] = conv<std::int64_t>::in(raw[i], (at / "values")[i]);
    json::validate(f, at);
    return f;
}

/// `Finding(rule=..., status=..., reason=..., values={'ordinal': 4, 'period_first':
/// datetime.date(2024, 1, 1), ...})`: the values decoded, as the constructor takes them.
std::string finding_repr(const finding& f) {
    std::string out = type_name<finding>() + "(rule=" + conv<rule_id>::repr(f.rule) +
                      ", status=" + conv<finding_status>::repr(f.status) +
                      ", reason=" + conv<reason>::repr(f.reason);
    const auto info = f.info();
    if (info.value_count > 0) {
        out += ", values={";
        for (std::size_t k = 0; k < info.value_count; ++k) {
            const auto kind = info.values[k].kind;
            // A set in enumerator order (a frozenset's own repr has none).
            const std::string shown = visit_kind(kind, [&](auto tag) {
                using T = typename decltype(tag)::type;
                if constexpr (is_enum_set<T>::value)
                    return conv<T>::repr(T::from_bits(static_cast<std::uint64_t>(f.values[k])));
                else
                    return repr_of(decode(kind, f.values[k]));
            });
            out += (k ? ", '" : "'") + std::string(info.values[k].name) + "': " + shown;
        }
        out += "}";
    }
    return out + ")";
}

verdict make_verdict(const std::vector<finding>& findings, const std::optional<rule_set_ref>& rules,
                     const std::vector<caveat>& caveats, const std::optional<py_str>& governed_by) {
    if (findings.size() > verdict::capacity)
        throw invalid_value("verdict.findings", std::to_string(findings.size()),
                            "tối đa " + std::to_string(verdict::capacity) + " phát hiện",
                            "at most " + std::to_string(verdict::capacity) + " findings");
    std::string governing;
    if (governed_by) {
        governing = utf8(governed_by->value, path("verdict.governed_by"));
        require_rule_set_id(governing, path("verdict.governed_by"));
    }
    verdict v(rules.value_or(rule_set_ref{}),
              caveats.empty() ? nullptr : std::make_shared<const caveat_list>(caveats),
              std::move(governing));
    for (const auto& f : findings)
        v.add(f);
    return v;
}

py::typing::Tuple<finding, py::ellipsis> findings_tuple(const verdict& v) {
    py::tuple out(v.size());
    for (std::size_t i = 0; i < v.size(); ++i)
        out[i] = py::cast(v[i]);
    return py::reinterpret_steal<py::typing::Tuple<finding, py::ellipsis>>(out.release());
}

void bind_finding(py::module_& m) {
    py::class_<finding> cls(m, "Finding",
                            "One rule's answer: the rule, its status, why, and the numbers it "
                            "used. The messages are rendered when asked for.");
    cls.def(py::init(&make_finding), py::kw_only(), py::arg("rule"), py::arg("status"),
            py::arg("reason"), py::arg_v("values", py::tuple(), "()"),
            "`values` is `{name: value}` as `Finding.values` gives it (dates, enums, sets, "
            "flags, numbers), or the raw numbers in the order of the reason's value names.");
    cls.def_property_readonly(
        "rule", [](const finding& f) { return member_of(f.rule); }, "The catalogue rule ID.");
    cls.def_property_readonly("status", [](const finding& f) { return member_of(f.status); });
    cls.def_property_readonly(
        "reason", [](const finding& f) { return member_of(f.reason); },
        "Why: selects the message template.");
    cls.def_property_readonly(
        "clause", [](const finding& f) { return std::string(f.clause()); },
        "The clause the rule rests on, e.g. 'II.2 ý 3'.");
    cls.def_property_readonly(
        "value_names",
        [](const finding& f) -> py::typing::Tuple<py::str, py::ellipsis> {
            py::tuple out = py::cast(value_names(f));
            return py::reinterpret_steal<py::typing::Tuple<py::str, py::ellipsis>>(out.release());
        },
        "The names of the values, in order.");
    cls.def_property_readonly(
        "raw_values",
        [](const finding& f) -> py::typing::Tuple<py::int_, py::ellipsis> {
            py::tuple out(f.value_count());
            for (std::size_t i = 0; i < out.size(); ++i)
                out[i] = py::int_(f.values[i]);
            return py::reinterpret_steal<py::typing::Tuple<py::int_, py::ellipsis>>(out.release());
        },
        "The values as stored (dates as day numbers, sets as bits).");
    cls.def_property_readonly(
        "values",
        [](const finding& f) -> py::typing::Dict<py::str, py::object> { return values_dict(f); },
        "{name: value}, by the reason's declaration: dates as datetime.date (None if unknown), "
        "grounds, forms and kinds as enums, sets as frozensets, flags as bool, numbers as int.");
    cls.def_property_readonly("message_vi", &finding::message_vi, "The message in Vietnamese.");
    cls.def_property_readonly("message_en", &finding::message_en, "The message in English.");
    def_value_protocol<finding>(
        cls, "finding", [](const finding& f) { return finding_repr(f); },
        [](const finding& f) {
            return py::make_tuple(
                f.rule, f.status, f.reason,
                py::make_tuple(f.values[0], f.values[1], f.values[2], f.values[3], f.values[4]));
        });
}

void bind_verdict(py::module_& m) {
    py::class_<verdict> cls(m, "Verdict",
                            "The answer of a check: its findings, in rule order, and the "
                            "outcome they imply. Iterable over its findings.");
    cls.def(py::init(&make_verdict), py::arg_v("findings", std::vector<finding>{}, "()"),
            py::arg("rule_set") = py::none(), py::kw_only(),
            py::arg_v("caveats", std::vector<caveat>{}, "()"), py::arg("governed_by") = py::none());
    cls.def_property_readonly(
        "caveats",
        [](const verdict& v) -> py::typing::Tuple<caveat, py::ellipsis> {
            py::tuple out = py::cast(v.caveats());
            return py::reinterpret_steal<py::typing::Tuple<caveat, py::ellipsis>>(out.release());
        },
        "R32: the rule set's notes for the day, in both languages; they never change the "
        "outcome.");
    cls.def_property_readonly(
        "governed_by",
        [](const verdict& v) -> std::optional<std::string> {
            if (v.governed_by().empty())
                return std::nullopt;
            return v.governed_by();
        },
        "R29: the id of the rule set that governs the day when it is not the verdict's own (a "
        "provincial set after its window names the central continuation); None otherwise.");
    cls.def_property_readonly("rule_set", &verdict::rule_set,
                              "The rule set the verdict was reached under: id, version, digest.");
    cls.def_property_readonly(
        "outcome", [](const verdict& v) { return member_of(v.outcome()); },
        "NOT_ALLOWED if any finding is violated; else NOT_COVERED if any "
        "is; else ALLOWED.");
    cls.def_property_readonly("allowed", &verdict::allowed, "outcome is ALLOWED.");
    cls.def_property_readonly("findings", &findings_tuple, "The findings, in rule order.");
    cls.def("__len__", &verdict::size);
    cls.def("__iter__", [](const verdict& v) -> py::typing::Iterator<finding> {
        return py::reinterpret_steal<py::typing::Iterator<finding>>(
            py::iter(findings_tuple(v)).release());
    });
    cls.def(
        "__getitem__",
        [](const verdict& v, py::ssize_t i) -> finding {
            const auto n = static_cast<py::ssize_t>(v.size());
            if (i < 0)
                i += n;
            if (i < 0 || i >= n)
                throw py::index_error("Verdict index out of range");
            return v[static_cast<std::size_t>(i)];
        },
        py::arg("index"));
    cls.def(
        "find",
        [](const verdict& v, rule_id rule) -> std::optional<finding> {
            if (const finding* f = v.find(rule))
                return *f;
            return std::nullopt;
        },
        py::arg("rule"), "The first finding of `rule`, or None.");
    cls.def("count", &verdict::count, py::arg("status"), "How many findings have `status`.");
    cls.def("clause", &verdict::clause, py::arg("finding"),
            "How `finding` cites its clause under the verdict's rule set (R26: 'HD Cao Bằng "
            "II.2 ý 3'); the catalogue's clause when the rule set's citations are not known.");
    def_value_protocol<verdict>(
        cls, "verdict",
        [](const verdict& v) {
            std::string rules = v.rule_set() == rule_set_ref{}
                                    ? std::string()
                                    : "rule_set=" + value_repr(v.rule_set());
            const auto more = [&](const std::string& item) {
                rules += (rules.empty() ? "" : ", ") + item;
            };
            if (!v.caveats().empty()) {
                std::string list;
                for (const auto& c : v.caveats())
                    list += (list.empty() ? "" : ", ") + value_repr(c);
                more("caveats=[" + list + "]");
            }
            if (!v.governed_by().empty())
                more("governed_by=" + py::repr(py::str(v.governed_by())).cast<std::string>());
            if (v.empty())
                return type_name<verdict>() + "(" + rules + ")";
            std::string out = type_name<verdict>() + "(findings=[\n";
            for (const auto& f : v)
                out += "    " + finding_repr(f) + ",\n";
            return out + "]" + (rules.empty() ? "" : ", " + rules) + ")";
        },
        [](const verdict& v) { return findings_tuple(v); });
}

} // namespace

void register_check(py::module_& m) {
    bind_finding(m);
    bind_value<rule_set_ref>(m, "RuleSetRef");
    bind_verdict(m);
    bind_value<quota_status>(m, "QuotaStatus");
    bind_value<unit_selection>(m, "UnitSelection");

    using release = py::call_guard<py::gil_scoped_release>;
    m.def(
        "check",
        [](const meeting& mt, const organisation& org, const meeting_history& history,
           const rule_set& rules, const std::optional<group_round>& round) {
            return round ? check(mt, org, history, rules, *round) : check(mt, org, history, rules);
        },
        py::arg("meeting"), py::arg("organisation"), py::arg("history"), py::arg("rules"),
        py::arg("round") = py::none(), release(),
        "Checks one meeting of `organisation` against `rules`, given its earlier meetings (and, "
        "for a meeting by tổ đảng, its round). Raises sinhhoat.Error for invalid input; every "
        "rule's outcome is a finding of the verdict.");
    m.def(
        "online_eligibility",
        [](const organisation& org, ground g, py_date day, const rule_set& rules) {
            return online_eligibility(org, g, day_arg(day), rules);
        },
        py::arg("organisation"), py::arg("ground"), py::arg("day"), py::arg("rules"), release(),
        "May `organisation` meet online on `ground` on `day`: kind, ground, majority, "
        "authorisation and the pilot window.");
    m.def(
        "online_quota_left",
        [](const organisation& org, const meeting_history& h, py_date day, const rule_set& rules) {
            return online_quota_left(org, h, day_arg(day), rules);
        },
        py::arg("organisation"), py::arg("history"), py::arg("day"), py::arg("rules"), release(),
        "The special-nature online meetings used and left in the quota year containing `day`; "
        "None when no quota applies.");
    m.def(
        "group_quota_left",
        [](const meeting_history& h, py_date day, const rule_set& rules) {
            return group_quota_left(h, day_arg(day), rules);
        },
        py::arg("history"), py::arg("day"), py::arg("rules"), release(),
        "The tổ đảng rounds used and left in the quota year containing `day`, every round of "
        "`history` counting (a cell whose selection date is not known).");
    m.def(
        "group_quota_left",
        [](const organisation& org, const meeting_history& h, py_date day, const rule_set& rules) {
            return group_quota_left(org, h, day_arg(day), rules);
        },
        py::arg("organisation"), py::arg("history"), py::arg("day"), py::arg("rules"), release(),
        "The tổ đảng rounds of `organisation` used and left in the quota year containing `day`: "
        "those on or after its selection for the tổ đảng pilot (R43), as check() counts them.");
    m.def(
        "check_round",
        [](const group_round& round, const rule_set& rules, std::optional<py_int> party_groups) {
            const auto groups =
                conv<std::optional<std::int32_t>>::in(party_groups, path("party_groups"));
            py::gil_scoped_release release;
            return check_round(round, rules, groups);
        },
        py::arg("round"), py::arg("rules"), py::arg("party_groups") = py::none(),
        "Is this tổ đảng round in order: its days within the pilot, preparation, conduct, "
        "reports, consolidation, excluded content and registration, as check() decides them "
        "(R39). `party_groups`: how many tổ đảng the cell has (R18; None: that point is not "
        "evaluated; R36: given, the tổ are numbered 1..N).");
    m.def(
        "check_round",
        [](const group_round& round, const organisation& org, const rule_set& rules) {
            return check_round(round, org, rules);
        },
        py::arg("round"), py::arg("organisation"), py::arg("rules"), release(),
        "The same for a round of `organisation`: its tổ đảng, its roll (R35) and its kind "
        "(R44) are the organisation's, as in check().");
    m.def(
        "check_selection",
        [](const unit_selection& s, const rule_set& rules, std::optional<py_date> as_of) {
            const std::optional<date> on = conv<std::optional<date>>::in(as_of, path("as_of"));
            py::gil_scoped_release release;
            return check_selection(s, rules, on);
        },
        py::arg("selection"), py::arg("rules"), py::arg("as_of") = py::none(),
        "Does a district's (or a đảng uỷ's) pilot selection meet III.1, asked on `as_of` (R39: "
        "before the deadline a list not yet sent is not due; None: judged as after it). An "
        "organisation counts when its own record says it was chosen for that pilot by the "
        "list's day.");
    m.def("report_due", &group::report_due, py::arg("group_meeting"), py::arg("rules"), release(),
          "The last day a tổ trưởng's report is on time; None if no deadline is in force.");
    m.def(
        "pilot_reporting",
        [](const rule_set& rules, py_date as_of, std::optional<py_date> report_date) {
            // Dates are made here, with their argument's name, so that an error says which.
            const date on = conv<date>::in(as_of, path("as_of"));
            const std::optional<date> sent =
                conv<std::optional<date>>::in(report_date, path("report_date"));
            py::gil_scoped_release release;
            return pilot::reporting(rules, on, sent);
        },
        py::arg("rules"), py::arg("as_of"), py::arg("report_date") = py::none(),
        "pilot.reporting alone: has the final evaluation report been sent, asked on `as_of` "
        "(the finding cites the catalogue's clause; check_reporting() cites the rule set's).");
    m.def(
        "check_reporting",
        [](const rule_set& rules, py_date as_of, std::optional<py_date> report_date) {
            const date on = conv<date>::in(as_of, path("as_of"));
            const std::optional<date> sent =
                conv<std::optional<date>>::in(report_date, path("report_date"));
            py::gil_scoped_release release;
            return check_reporting(rules, on, sent);
        },
        py::arg("rules"), py::arg("as_of"), py::arg("report_date") = py::none(),
        "Has the final evaluation report been sent, asked on `as_of`: pilot.reporting under the "
        "rule set's citations (R39), a report dated after `as_of` refused (R40: with no "
        "deadline stated, an unsent report is not evaluated).");
}

} // namespace sinhhoat::bindings
