// finding.hpp, check.hpp, pilot.hpp: findings, verdicts, the checks and the questions. The checks
// release the GIL around the C++ work only, after every argument was converted: the arguments
// are immutable Python values, so nothing can change them meanwhile.

#include "bindings.hpp"
#include "value.hpp"

#include <string_view>

namespace sinhhoat::bindings {

namespace {

// --- a finding's values -------------------------------------------------------------------------
// A finding stores its numbers as int64; the reason's template says what each one is ({dK} a
// date, {gK} a ground, {tK} a set of topics, ...). Python gets them decoded.

std::vector<std::string> value_names(const finding& f) {
    const auto info = f.info();
    std::vector<std::string> out;
    for (std::size_t k = 0; k < info.value_count; ++k)
        out.emplace_back(info.values[k].name);
    return out;
}

/// The declared kind of value `k` of reason `r`; a number if the reason does not declare it.
value_kind kind_at(reason r, std::size_t k) {
    const auto info = info_of(r);
    return k < info.value_count ? info.values[k].kind : value_kind::count;
}

template <class E> py::object enum_or_int(std::int64_t v) {
    if (v >= 0 && static_cast<std::size_t>(v) < enum_size<E>())
        return py::cast(static_cast<E>(v));
    return py::int_(v);
}

template <class E> enum_set<E> set_of(std::int64_t v) {
    return enum_set<E>::from_bits(static_cast<std::uint64_t>(v));
}

py::object decode(value_kind kind, std::int64_t v, bool json) {
    switch (kind) {
    case value_kind::date:
        if (v <= 0)
            return py::none();
        return json ? conv<date>::to_json(value_date(v)) : py::cast(value_date(v));
    case value_kind::organisation_kind:
        return json ? conv<organisation_kind>::to_json(static_cast<organisation_kind>(v))
                    : enum_or_int<organisation_kind>(v);
    case value_kind::ground:
        return json ? conv<ground>::to_json(static_cast<ground>(v)) : enum_or_int<ground>(v);
    case value_kind::meeting_form:
        return json ? conv<meeting_form>::to_json(static_cast<meeting_form>(v))
                    : enum_or_int<meeting_form>(v);
    case value_kind::pilot:
        return json ? conv<pilot_kind>::to_json(static_cast<pilot_kind>(v))
                    : enum_or_int<pilot_kind>(v);
    case value_kind::topics:
        return json ? conv<topic_set>::to_json(set_of<topic>(v)) : py::cast(set_of<topic>(v));
    case value_kind::infrastructure:
        return json ? conv<infrastructure_set>::to_json(set_of<infrastructure_item>(v))
                    : py::cast(set_of<infrastructure_item>(v));
    case value_kind::platform:
        return json ? conv<platform_set>::to_json(set_of<platform_item>(v))
                    : py::cast(set_of<platform_item>(v));
    case value_kind::count:
    case value_kind::flag:
        break;
    }
    return py::int_(v);
}

std::int64_t encode_json(value_kind kind, py::handle h, const std::string& path) {
    switch (kind) {
    case value_kind::date:
        return h.is_none() ? 0 : date_value(conv<date>::from_json(h, path));
    case value_kind::organisation_kind:
        return static_cast<std::int64_t>(conv<organisation_kind>::from_json(h, path));
    case value_kind::ground:
        return static_cast<std::int64_t>(conv<ground>::from_json(h, path));
    case value_kind::meeting_form:
        return static_cast<std::int64_t>(conv<meeting_form>::from_json(h, path));
    case value_kind::pilot:
        return static_cast<std::int64_t>(conv<pilot_kind>::from_json(h, path));
    case value_kind::topics:
        return static_cast<std::int64_t>(conv<topic_set>::from_json(h, path).bits());
    case value_kind::infrastructure:
        return static_cast<std::int64_t>(conv<infrastructure_set>::from_json(h, path).bits());
    case value_kind::platform:
        return static_cast<std::int64_t>(conv<platform_set>::from_json(h, path).bits());
    case value_kind::count:
    case value_kind::flag:
        break;
    }
    return conv<std::int64_t>::from_json(h, path);
}

/// The values worth showing: every named one, and any non-zero one past them.
std::size_t shown_values(const finding& f) {
    std::size_t n = f.value_count();
    for (std::size_t i = finding::max_values; i > n; --i)
        if (f.values[i - 1] != 0)
            return i;
    return n;
}

/// The names of the values shown: the reason's names, then `value<i>` for a value the reason
/// does not name but the finding holds (so that to_dict() loses nothing).
std::vector<std::string> shown_names(const finding& f) {
    auto names = value_names(f);
    const auto n = shown_values(f);
    for (std::size_t i = names.size(); i < n; ++i)
        names.push_back("value" + std::to_string(i));
    return names;
}

py::dict values_dict(const finding& f, bool json) {
    py::dict out;
    const auto names = shown_names(f);
    for (std::size_t i = 0; i < names.size() && i < finding::max_values; ++i)
        out[py::str(names[i])] = decode(kind_at(f.reason, i), f.values[i], json);
    return out;
}

finding make_finding(rule_id rule, finding_status status, reason why,
                     const std::vector<std::int64_t>& values) {
    if (values.size() > finding::max_values)
        throw invalid_value("finding.values", std::to_string(values.size()),
                            "tối đa " + std::to_string(finding::max_values) + " giá trị",
                            "at most " + std::to_string(finding::max_values) + " values");
    finding f;
    f.rule = rule;
    f.status = status;
    f.reason = why;
    for (std::size_t i = 0; i < values.size(); ++i)
        f.values[i] = values[i];
    return f;
}

std::string finding_repr(const finding& f) {
    std::string out = type_name<finding>() + "(rule=" + conv<rule_id>::repr(f.rule) +
                      ", status=" + conv<finding_status>::repr(f.status) +
                      ", reason=" + conv<reason>::repr(f.reason);
    if (const auto n = shown_values(f)) {
        out += ", values=(";
        for (std::size_t i = 0; i < n; ++i)
            out += (i ? ", " : "") + std::to_string(f.values[i]);
        out += n == 1 ? ",)" : ")";
    }
    return out + ")";
}

py::dict finding_to_json(const finding& f) {
    py::dict d;
    d["rule"] = conv<rule_id>::to_json(f.rule);
    d["clause"] = py::str(std::string(f.clause()));
    d["status"] = conv<finding_status>::to_json(f.status);
    d["reason"] = conv<reason>::to_json(f.reason);
    d["values"] = values_dict(f, true);
    d["message_vi"] = py::str(f.message_vi());
    d["message_en"] = py::str(f.message_en());
    return d;
}

/// The inverse of finding_to_json; clause and messages are derived, so they are ignored.
finding finding_from_json(py::handle h, const std::string& path) {
    if (!py::isinstance<py::dict>(h))
        wrong_type(path, h, "cần một dict", "a dict is required");
    const auto d = py::reinterpret_borrow<py::dict>(h);
    for (auto kv : d) {
        const auto key = py::str(kv.first).cast<std::string>();
        if (key != "rule" && key != "clause" && key != "status" && key != "reason" &&
            key != "values" && key != "message_vi" && key != "message_en")
            throw invalid_value(path + "." + key, repr_of(kv.second), "không có trường này",
                                "no such field");
    }
    for (const char* key : {"rule", "status", "reason"})
        if (!d.contains(key))
            throw invalid_value(path + "." + key, "(missing)", "thiếu trường bắt buộc",
                                "a required field is missing");
    finding f;
    f.rule = conv<rule_id>::from_json(d["rule"], path + ".rule");
    f.status = conv<finding_status>::from_json(d["status"], path + ".status");
    f.reason = conv<reason>::from_json(d["reason"], path + ".reason");
    if (d.contains("values")) {
        const py::object values = d["values"];
        if (!py::isinstance<py::dict>(values))
            wrong_type(path + ".values", values, "cần một dict", "a dict is required");
        auto names = value_names(f);
        for (std::size_t i = names.size(); i < finding::max_values; ++i)
            names.push_back("value" + std::to_string(i));
        for (auto kv : py::reinterpret_borrow<py::dict>(values)) {
            const auto key = py::str(kv.first).cast<std::string>();
            std::size_t i = 0;
            while (i < names.size() && names[i] != key)
                ++i;
            if (i == names.size() || i >= finding::max_values)
                throw invalid_value(path + ".values." + key, repr_of(kv.second),
                                    "lý do này không có giá trị tên này",
                                    "this reason has no value of that name");
            f.values[i] = encode_json(kind_at(f.reason, i), kv.second, path + ".values." + key);
        }
    }
    return f;
}

std::string html_escape(std::string_view s) {
    std::string out;
    for (char c : s) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string verdict_html(const verdict& v) {
    std::string out = "<table class=\"sinhhoat-verdict\">\n<caption>Kết luận / outcome: <b>" +
                      html_escape(label_vi(v.outcome())) + "</b> / " +
                      html_escape(label_en(v.outcome())) +
                      "</caption>\n<thead><tr><th>rule</th><th>clause</th><th>status</th>"
                      "<th>tiếng Việt</th><th>English</th></tr></thead>\n<tbody>\n";
    for (const auto& f : v)
        out += "<tr><td><code>" + html_escape(to_code(f.rule)) + "</code></td><td>" +
               html_escape(f.clause()) + "</td><td>" + html_escape(label_vi(f.status)) + " / " +
               html_escape(label_en(f.status)) + "</td><td>" + html_escape(f.message_vi()) +
               "</td><td>" + html_escape(f.message_en()) + "</td></tr>\n";
    return out + "</tbody>\n</table>";
}

verdict make_verdict(const std::vector<finding>& findings) {
    if (findings.size() > verdict::capacity)
        throw invalid_value("verdict.findings", std::to_string(findings.size()),
                            "tối đa " + std::to_string(verdict::capacity) + " phát hiện",
                            "at most " + std::to_string(verdict::capacity) + " findings");
    verdict v;
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
            py::arg("reason"), py::arg_v("values", std::vector<std::int64_t>{}, "()"),
            "`values` are the raw numbers, in the order of the reason's value names.");
    cls.def_readonly("rule", &finding::rule, "The catalogue rule ID.");
    cls.def_readonly("status", &finding::status);
    cls.def_readonly("reason", &finding::reason, "Why: selects the message template.");
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
            py::tuple out(shown_values(f));
            for (std::size_t i = 0; i < out.size(); ++i)
                out[i] = py::int_(f.values[i]);
            return py::reinterpret_steal<py::typing::Tuple<py::int_, py::ellipsis>>(out.release());
        },
        "The values as stored (dates as day numbers, sets as bits).");
    cls.def_property_readonly(
        "values",
        [](const finding& f) -> py::typing::Dict<py::str, py::object> {
            return values_dict(f, false);
        },
        "{name: value}: dates as datetime.date (None if unknown), grounds, forms and kinds as "
        "enums, sets as frozensets, other numbers as int. A value the reason does not name "
        "appears as 'value<i>'.");
    cls.def_property_readonly("message_vi", &finding::message_vi, "The message in Vietnamese.");
    cls.def_property_readonly("message_en", &finding::message_en, "The message in English.");
    def_value_protocol<finding>(
        cls, [](const finding& f) { return finding_to_json(f); },
        [](py::handle h) { return finding_from_json(h, "finding"); },
        [](const finding& f) { return finding_repr(f); },
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
    cls.def(py::init(&make_verdict), py::arg_v("findings", std::vector<finding>{}, "()"));
    cls.def_property_readonly("outcome", &verdict::outcome,
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
            return findings_tuple(v).attr("__getitem__")(i).cast<finding>();
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
    cls.def("_repr_html_", &verdict_html, "A table for Jupyter.");
    def_value_protocol<verdict>(
        cls,
        [](const verdict& v) {
            py::dict d;
            d["outcome"] = conv<outcome>::to_json(v.outcome());
            py::list findings;
            for (const auto& f : v)
                findings.append(finding_to_json(f));
            d["findings"] = findings;
            return d;
        },
        [](py::handle h) {
            if (!py::isinstance<py::dict>(h))
                wrong_type("verdict", h, "cần một dict", "a dict is required");
            const auto d = py::reinterpret_borrow<py::dict>(h);
            for (auto kv : d) {
                const auto key = py::str(kv.first).cast<std::string>();
                if (key != "outcome" && key != "findings")
                    throw invalid_value("verdict." + key, repr_of(kv.second), "không có trường này",
                                        "no such field");
            }
            std::vector<finding> findings;
            if (d.contains("findings")) {
                const py::object list = d["findings"];
                if (!py::isinstance<py::list>(list) && !py::isinstance<py::tuple>(list))
                    wrong_type("verdict.findings", list, "cần một danh sách", "a list is required");
                std::size_t i = 0;
                for (py::handle item : list)
                    findings.push_back(
                        finding_from_json(item, "verdict.findings[" + std::to_string(i++) + "]"));
            }
            verdict v = make_verdict(findings);
            // The outcome is derived; one that disagrees means the data was edited by hand.
            if (d.contains("outcome")) {
                const auto claimed = conv<outcome>::from_json(d["outcome"], "verdict.outcome");
                if (claimed != v.outcome())
                    throw inconsistent_input(
                        "verdict.outcome", std::string(to_code(claimed)),
                        "không khớp với các phát hiện (" + std::string(to_code(v.outcome())) + ")",
                        "does not match the findings (" + std::string(to_code(v.outcome())) + ")");
            }
            return v;
        },
        [](const verdict& v) {
            if (v.empty())
                return type_name<verdict>() + "()";
            std::string out = type_name<verdict>() + "(findings=[\n";
            for (const auto& f : v)
                out += "    " + finding_repr(f) + ",\n";
            return out + "])";
        },
        [](const verdict& v) { return findings_tuple(v); });
}

} // namespace

void register_check(py::module_& m) {
    bind_finding(m);
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
    m.def("online_eligibility", &online_eligibility, py::arg("organisation"), py::arg("ground"),
          py::arg("day"), py::arg("rules"), release(),
          "May `organisation` meet online on `ground` on `day`: kind, ground, majority, "
          "authorisation and the pilot window.");
    m.def("online_quota_left", &online_quota_left, py::arg("organisation"), py::arg("history"),
          py::arg("day"), py::arg("rules"), release(),
          "The special-nature online meetings used and left in the quota year containing `day`; "
          "None when no quota applies.");
    m.def("group_quota_left", &group_quota_left, py::arg("history"), py::arg("day"),
          py::arg("rules"), release(),
          "The tổ đảng rounds used and left in the quota year containing `day`.");
    m.def("check_round", &check_round, py::arg("round"), py::arg("rules"), release(),
          "Is this tổ đảng round in order: preparation, conduct, reports, consolidation.");
    m.def("check_selection", &check_selection, py::arg("selection"), py::arg("rules"), release(),
          "Does a district's (or a đảng uỷ's) pilot selection meet III.1.");
    m.def("report_due", &group::report_due, py::arg("group_meeting"), py::arg("rules"), release(),
          "The last day a tổ trưởng's report is on time; None if no deadline is in force.");
    m.def("pilot_reporting", &pilot::reporting, py::arg("rules"), py::arg("as_of"),
          py::arg("report_date") = py::none(), release(),
          "pilot.reporting: has the final evaluation report been sent, asked on `as_of`.");
}

} // namespace sinhhoat::bindings
