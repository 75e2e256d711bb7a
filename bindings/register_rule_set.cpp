// rule_set.hpp: rule sets and their parts. A rule set is data and immutable: with_interp() and
// replace() return validated copies. Dated parameters are DatedInt / DatedGroundSet /
// DatedTopicSet: periods `(from, until, value)`, None for an open end.

#include "bindings.hpp"
#include "value.hpp"

#include <filesystem>
#include <pybind11/stl/filesystem.h>

namespace sinhhoat::json {
// The extension's SHA-256 (json.hpp is compiled without OpenSSL here): hashlib's, over the same
// canonical bytes, so a digest is the same from C++ and from Python.
sha256 sha256_of(std::string_view bytes) {
    namespace py = pybind11;
    py::gil_scoped_acquire gil;
    const auto digest = py::module_::import("hashlib")
                            .attr("sha256")(py::bytes(bytes.data(), bytes.size()))
                            .attr("digest")()
                            .cast<std::string>();
    sha256 out;
    if (digest.size() != out.bytes.size())
        throw std::runtime_error("sinhhoat: hashlib.sha256 gave no 32-byte digest");
    for (std::size_t i = 0; i < out.bytes.size(); ++i)
        out.bytes[i] = static_cast<std::uint8_t>(digest[i]);
    return out;
}
} // namespace sinhhoat::json

namespace sinhhoat::bindings {

namespace {} // namespace

/// A dated parameter's dict form: `{"periods": [{"from", "until", "value"}, ...]}`. The list is
/// always periods (in a rule set's JSON a bare `[]` is an empty set always in force), so `[]`
/// is no period, refused as the constructor refuses it.
template <class T> struct dict_form<dated<T>> {
    static json::value write(const dated<T>& d) { return {{"periods", json::to_json(d)}}; }
    static dated<T> read(const json::value& j, const path& at) {
        if (!j.is_object() || j.size() != 1 || !j.contains("periods"))
            throw invalid_value(at.str(), json::detail::excerpt(j), "cần một dict {periods}",
                                "a dict {periods} is required");
        const json::value& periods = j["periods"];
        if (periods.is_array() && periods.empty())
            dated<T>(std::vector<dated_value<T>>{}).validate(at / "periods");
        return json::from_json<dated<T>>(periods, at / "periods");
    }
};

namespace {

template <class T> void bind_dated(py::module_& m, const char* name, const char* doc) {
    using period = std::tuple<std::optional<date>, std::optional<date>, T>;
    using py_value = typename conv<T>::py_type;
    using py_period = std::tuple<std::optional<py_date>, std::optional<py_date>, py_value>;
    py::class_<dated<T>> cls(m, name, doc);
    // Made and checked as from_dict() reads and checks one: a value the type cannot hold is
    // InvalidValue naming it, and periods that overlap, leave gaps or are none are refused.
    cls.def(
        py::init([](std::vector<py_period> periods) {
            const path at("dated");
            std::vector<dated_value<T>> values;
            for (std::size_t i = 0; i < periods.size(); ++i) {
                auto& [from, until, value] = periods[i];
                const path item = at[i];
                values.push_back(
                    {from ? conv<date>::in(*from, item / "from") : open_from::in(std::nullopt),
                     until ? conv<date>::in(*until, item / "until") : open_until::in(std::nullopt),
                     conv<T>::in(std::move(value), item / "value")});
            }
            dated<T> out(std::move(values));
            out.validate(at);
            return out;
        }),
        py::arg("periods"),
        "From `(from, until, value)` periods, both ends included; None for an open end.");
    cls.def_static(
        "always",
        [](py_value value) { return dated<T>(conv<T>::in(std::move(value), path("value"))); },
        py::arg("value"), "One value, always in force.");
    const auto periods = [](const dated<T>& d) {
        py::list out;
        for (const auto& v : d.values())
            out.append(py::cast(period{open_from::out(v.from), open_until::out(v.until), v.value}));
        return py::reinterpret_steal<py::typing::Tuple<period, py::ellipsis>>(
            py::tuple(out).release());
    };
    cls.def_property_readonly("periods", periods, "The `(from, until, value)` periods, sorted.");
    cls.def(
        "at",
        [](const dated<T>& d, py_date day) -> std::optional<T> {
            if (const T* v = d.at(day_arg(day)))
                return *v;
            return std::nullopt;
        },
        py::arg("day"), "The value in force on `day`, or None.");
    def_value_protocol<dated<T>>(
        cls, "dated", [](const dated<T>& d) { return conv<dated<T>>::repr(d); }, periods);
}

/// `rules.with_interp(year=..., ...)`: one optional keyword per reading of
/// describe<interpretations> (none listed by hand); a copy with the given readings switched,
/// validated and identified.
template <std::size_t... I>
void def_with_interp(py::class_<rule_set>& cls, std::index_sequence<I...>) {
    using fields = std::decay_t<decltype(describe<interpretations>::fields)>;
    cls.def(
        "with_interp",
        [](const rule_set& r,
           std::optional<typename conv_of<std::tuple_element_t<I, fields>>::py_type>... args) {
            rule_set out = r;
            const path root("interp");
            const auto set = [&](const auto& fd, auto& arg) {
                if (arg)
                    fd.get(out.interp) = conv_of<decltype(fd)>::in(std::move(*arg), root / fd.name);
            };
            (set(std::get<I>(describe<interpretations>::fields), args), ...);
            finish_root(out); // another reading is another rule set: validated, new digest
            return out;
        },
        py::kw_only(),
        (py::arg(py_name(std::get<I>(describe<interpretations>::fields).name)) = py::none())...,
        "A copy with the given readings switched; the others are kept.");
}

/// `day in period` and `period.contains(day)` for a type with `contains(date)`.
template <class Cls> void def_contains(Cls&& cls, const char* doc) {
    using T = typename std::decay_t<Cls>::type;
    const auto contains = [](const T& t, py_date day) { return t.contains(day_arg(day)); };
    cls.def("__contains__", contains, py::arg("day"));
    cls.def("contains", contains, py::arg("day"), doc);
}

} // namespace

void register_rule_set(py::module_& m) {
    bind_value<interpretations>(m, "Interpretations");
    bind_value<source_document>(m, "SourceDocument");
    bind_value<citation>(m, "Citation");
    bind_value<selection_rule>(m, "SelectionRule");
    def_contains(bind_value<pilot_window>(m, "PilotWindow"),
                 "Whether `day` falls within the window.");
    def_contains(bind_value<coverage_period>(m, "CoveragePeriod"),
                 "Whether `day` falls within the period.");
    bind_value<successor>(m, "Successor");
    bind_value<caveat>(m, "Caveat");
    def_contains(bind_value<annual_period>(m, "AnnualPeriod"),
                 "Whether `day` falls within the period of its year.");
    bind_dated<std::int32_t>(m, "DatedInt", "A count parameter with the dates it is in force.");
    bind_dated<ground_set>(m, "DatedGroundSet", "A set of grounds with the dates it is in force.");
    bind_dated<topic_set>(m, "DatedTopicSet", "A set of topics with the dates it is in force.");

    auto rule_set_cls = bind_value<rule_set>(m, "RuleSet");
    rule_set_cls.def_property_readonly(
        "digest", [](const rule_set& r) { return conv<sha256>::out(r.digest); },
        "SHA-256 of the canonical JSON (to_json()), 64 hex digits: what verdicts name.");
    rule_set_cls.def("citation_of", &rule_set::citation_of, py::arg("rule"),
                     "How findings of `rule` cite their clause under this rule set (R26).");
    rule_set_cls.def(
        "period_at",
        [](const rule_set& r, py_date day) -> std::optional<coverage_period> {
            if (const auto* p = r.period_at(day_arg(day)))
                return *p;
            return std::nullopt;
        },
        py::arg("day"), "The period containing `day`, or None: the rule set does not cover it.");
    rule_set_cls.def(
        "applies_on", [](const rule_set& r, py_date day) { return r.applies_on(day_arg(day)); },
        py::arg("day"), "Whether a period of the rule set covers `day` (R27, R28).");
    rule_set_cls.def("earliest_source", &rule_set::earliest_source,
                     "The day of the earliest dated source (R34): a decision or a pilot selection "
                     "dated before it was not made under the guidance and is no evidence.");
    def_with_interp(rule_set_cls, std::make_index_sequence<field_count<interpretations>()>{});

    auto sets = m.def_submodule("rule_sets", "The built-in rule sets.");
    sets.def(
        "hd03", [] { return rule_sets::hd03(); },
        "Hướng dẫn 03-HD/TW of the Ban Bí thư (27/12/2022).");
    sets.def(
        "cao_bang", [] { return rule_sets::cao_bang(); },
        "Hướng dẫn thí điểm of the Ban Thường vụ Tỉnh uỷ Cao Bằng.");
    sets.def(
        "nghe_an_khoi", [] { return rule_sets::nghe_an_khoi(); },
        "Hướng dẫn 08-HD/ĐUK of the Đảng ủy Khối các cơ quan tỉnh Nghệ An.");
    sets.def(
        "load",
        [](const std::filesystem::path& file) {
            py::gil_scoped_release release;
            return json::load_rule_set(file);
        },
        py::arg("file"),
        "A rule set from a JSON file, validated; sinhhoat.Error names the file and the JSON "
        "Pointer of a bad value.");
    sets.def(
        "load_by_id",
        [](const py_str& id, const std::vector<std::filesystem::path>& dirs) {
            // A str with no UTF-8 (a lone surrogate) is no id either: InvalidValue, not TypeError.
            const std::string text = utf8(id.value, path("rule_set.id"));
            py::gil_scoped_release release;
            return json::load_by_id(text, dirs);
        },
        py::arg("id"), py::arg("dirs"),
        "The rule set <id>.json from the first of `dirs` that has it; an id that is not one "
        "(a path, upper case, ...) is InvalidValue before any file is opened.");
    sets.def(
        "governing",
        [](const py_str& id, py_date day, const std::vector<std::filesystem::path>& dirs) {
            const std::string text = utf8(id.value, path("rule_set.id"));
            const date on = day_arg(day);
            py::gil_scoped_release release;
            return json::governing(text, on, dirs);
        },
        py::arg("id"), py::arg("day"), py::arg("dirs"),
        "The rule set from `dirs` that governs the jurisdiction of `id` on `day` (R29).");
    sets.attr("ID_PATTERN") = py::str(std::string(rule_set_id_pattern));
    sets.def(
        "is_id",
        [](const py_str& id) {
            Py_ssize_t size = 0;
            const char* data = PyUnicode_AsUTF8AndSize(id.value.ptr(), &size);
            if (!data) {
                PyErr_Clear(); // a lone surrogate: no id
                return false;
            }
            return is_rule_set_id(std::string_view(data, static_cast<std::size_t>(size)));
        },
        py::arg("id"),
        "Whether `id` can name a rule set: 1 to 64 of a-z, 0-9, '_' and '-', starting with a "
        "letter or a digit.");
    sets.def(
        "available",
        [](const std::vector<std::filesystem::path>& dirs) { return json::available(dirs); },
        py::arg("dirs"), "The ids of the rule-set files in `dirs`, sorted.");
    sets.def(
        "builtin",
        [] {
            std::vector<rule_set> out;
            for (const auto* r : rule_sets::builtin())
                out.push_back(*r);
            return out;
        },
        "Every built-in rule set.");
}

} // namespace sinhhoat::bindings
