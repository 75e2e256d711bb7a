// The audit (audit.hpp): columns in as buffers (NumPy arrays; the Python layer in
// sinhhoat/audit.py turns pandas, Arrow and polars columns into them), the result out as NumPy
// arrays, and messages and clauses rendered in C++ as Arrow string buffers on request. The GIL
// is released while the audit runs.

#include "bindings.hpp"

#include <map>
#include <pybind11/numpy.h>
#include <pybind11/stl.h>
#include <sinhhoat/audit.hpp>
#include <tuple>
#include <type_traits>

namespace py = pybind11;

namespace sinhhoat::bindings {
namespace {

/// The buffer formats a column of each type takes (struct module codes), and their size.
struct layout {
    std::string_view formats;
    py::ssize_t itemsize;
};
layout layout_of(audit::column_type t) {
    switch (t) {
    case audit::column_type::date:
    case audit::column_type::code:
        return {"i", 4};
    case audit::column_type::flag:
        return {"B?", 1};
    case audit::column_type::codes:
        return {"QL", 8};
    case audit::column_type::integer:
        return {"ql", 8};
    case audit::column_type::text:
        break;
    }
    return {"Bbc", 1};
}

[[noreturn]] void refuse(const std::string& where, std::string value, std::string vi,
                         std::string en) {
    throw invalid_value(where, std::move(value), std::move(vi), std::move(en));
}

/// A one-dimensional, contiguous buffer of `itemsize` bytes an item in one of `formats`.
py::buffer_info contiguous(const py::handle& obj, const std::string& where,
                           std::string_view formats, py::ssize_t itemsize) {
    auto info = py::reinterpret_borrow<py::buffer>(obj).request();
    const std::string format =
        info.format.empty() ? "" : info.format.substr(info.format.size() - 1);
    if (info.ndim != 1 || (info.shape[0] > 1 && info.strides[0] != info.itemsize))
        refuse(where, "ndim " + std::to_string(info.ndim), "phải là mảng một chiều liền nhau",
               "must be a one-dimensional contiguous array");
    if (info.itemsize != itemsize || formats.find(format) == std::string_view::npos)
        refuse(where, info.format, "kiểu phần tử không đúng (cần " + std::string(formats) + ")",
               "wrong item type (expected one of " + std::string(formats) + ", " +
                   std::to_string(itemsize) + " bytes)");
    return info;
}

audit::column_type type_named(const std::string& code, const std::string& where) {
    for (std::size_t t = 0; t < enum_size<audit::column_type>(); ++t)
        if (to_code(static_cast<audit::column_type>(t)) == code)
            return static_cast<audit::column_type>(t);
    refuse(where, code, "không phải kiểu cột", "not a column type");
}

/// Holds an audit's input columns (views of the Python buffers, kept alive) and its result.
class audit_run {
  public:
    audit_run(const py::dict& tables, const std::vector<rule_set>& chain, bool follow,
              bool all_findings, unsigned threads) {
        audit::tables in;
        for (const auto& [key, columns] : tables) {
            const auto table_name = key.cast<std::string>();
            std::size_t t = 0;
            while (t < enum_size<audit::table_id>() &&
                   to_code(static_cast<audit::table_id>(t)) != table_name)
                ++t;
            if (t == enum_size<audit::table_id>())
                refuse(table_name, "?", "không có bảng này", "no such table");
            auto& target = in.get(static_cast<audit::table_id>(t));
            for (const auto& [name_obj, spec_obj] : columns.cast<py::dict>()) {
                const auto name = name_obj.cast<std::string>();
                const auto where = table_name + "." + name;
                const auto spec = spec_obj.cast<py::tuple>();
                const auto type = type_named(spec[0].cast<std::string>(), where);
                const auto form = layout_of(type);
                audit::column c;
                c.name = name;
                c.type = type;
                // (type, values, valid, offsets[, dictionary]): with a dictionary, `values` are
                // signed indices into it (a categorical's codes, as they are).
                const bool encoded = spec.size() > 4 && !spec[4].is_none();
                auto values = [&] {
                    if (!encoded)
                        return contiguous(spec[1], where, form.formats, form.itemsize);
                    const auto size =
                        py::reinterpret_borrow<py::buffer>(spec[1]).request().itemsize;
                    if (size != 1 && size != 2 && size != 4 && size != 8)
                        refuse(where, std::to_string(size), "chỉ số từ điển 1, 2, 4 hoặc 8 byte",
                               "dictionary indices of 1, 2, 4 or 8 bytes");
                    return contiguous(spec[1], where + " (indices)", "bhilq", size);
                }();
                if (encoded) {
                    auto dictionary =
                        contiguous(spec[4], where + " (dictionary)", form.formats, form.itemsize);
                    c.index_bytes = static_cast<std::uint8_t>(values.itemsize);
                    c.dictionary = dictionary.ptr;
                    c.dictionary_size = static_cast<std::size_t>(dictionary.shape[0]);
                    keep_.push_back(std::move(dictionary));
                }
                c.values = values.ptr;
                c.rows = static_cast<std::size_t>(values.shape[0]);
                if (type == audit::column_type::text) {
                    auto offsets = contiguous(spec[3], where + " (offsets)", "ql", 8);
                    if (offsets.shape[0] < 1)
                        refuse(where, "0", "thiếu offsets", "offsets are missing");
                    c.bytes = c.rows;
                    c.rows = static_cast<std::size_t>(offsets.shape[0] - 1);
                    c.offsets = static_cast<const std::int64_t*>(offsets.ptr);
                    keep_.push_back(std::move(offsets));
                }
                if (!spec[2].is_none()) {
                    auto valid = contiguous(spec[2], where + " (valid)", "B?", 1);
                    if (static_cast<std::size_t>(valid.shape[0]) != c.rows)
                        refuse(where, std::to_string(valid.shape[0]),
                               "mặt nạ giá trị không cùng độ dài",
                               "the validity mask's length differs");
                    c.valid = static_cast<const std::uint8_t*>(valid.ptr);
                    keep_.push_back(std::move(valid));
                }
                keep_.push_back(std::move(values));
                target.columns.push_back(std::move(c));
            }
        }
        if (chain.empty())
            refuse("rules", "[]", "cần ít nhất một bộ quy tắc", "at least one rule set is needed");
        const auto rules = follow ? audit::rules_by_day::governing(
                                        chain.front(),
                                        [&](const std::string& id) -> const rule_set& {
                                            for (const auto& r : chain)
                                                if (r.id == id)
                                                    return r;
                                            throw unknown_code("rule_set.succeeded_by", id,
                                                               "không có bộ quy tắc kế tiếp này",
                                                               "no such successor given");
                                        })
                                  : audit::rules_by_day(chain.front());
        {
            py::gil_scoped_release release;
            result_ = audit::run(in, rules, {all_findings, threads});
        }
        keep_.clear(); // with the GIL: releasing a buffer is a Python call
    }

    /// A read-only NumPy view of the result's memory at `data`, which keeps `self` (this run)
    /// alive.
    template <class T>
    static py::array_t<T> view(std::vector<py::ssize_t> shape, std::vector<py::ssize_t> strides,
                               const T* data, const py::object& self) {
        py::array_t<T> out(std::move(shape), std::move(strides), data, self);
        py::detail::array_proxy(out.ptr())->flags &= ~py::detail::npy_api::NPY_ARRAY_WRITEABLE_;
        return out;
    }

    /// A column of the result as NumPy: a view of it when its items are `T`'s width (an outcome
    /// a meeting: millions), else a copy.
    template <class T, class V>
    static py::array_t<T> array(const std::vector<V>& v, const py::object& self) {
        const auto n = static_cast<py::ssize_t>(v.size());
        if constexpr (sizeof(T) == sizeof(V) && std::is_trivially_copyable_v<V>) {
            return view<T>({n}, {static_cast<py::ssize_t>(sizeof(T))},
                           reinterpret_cast<const T*>(v.data()), self);
        } else {
            py::array_t<T> out(n);
            auto* p = out.mutable_data();
            for (std::size_t i = 0; i < v.size(); ++i)
                p[i] = static_cast<T>(v[i]);
            return out;
        }
    }

    py::dict columns(const py::object& self) const {
        py::dict d;
        const auto& r = result_;
        d["outcome"] = array<std::uint8_t>(r.outcomes, self);
        d["day"] = array<std::int32_t>(r.days, self);
        d["rule_set"] = array<std::int8_t>(r.rule_set, self);
        d["problem"] = array<std::int32_t>(r.problem_index, self);
        d["meeting"] = array<std::int64_t>(r.meeting, self);
        d["rule"] = array<std::uint8_t>(r.rule, self);
        d["status"] = array<std::uint8_t>(r.status, self);
        d["reason"] = array<std::uint16_t>(r.reason, self);
        // A finding's values, a row each.
        static_assert(sizeof(r.values[0]) == finding::max_values * sizeof(std::int64_t));
        d["values"] =
            view<std::int64_t>({static_cast<py::ssize_t>(r.values.size()),
                                static_cast<py::ssize_t>(finding::max_values)},
                               {static_cast<py::ssize_t>(sizeof(r.values[0])),
                                static_cast<py::ssize_t>(sizeof(std::int64_t))},
                               r.values.empty() ? nullptr : r.values.front().data(), self);
        py::list ids;
        for (const auto& s : r.rule_sets)
            ids.append(s->id);
        d["rule_sets"] = ids;
        return d;
    }

    /// table, row, column, value, the error's class in sinhhoat._errors, the messages.
    using problem_row = std::tuple<std::string, std::size_t, std::string, std::string, std::string,
                                   std::string, std::string>;
    std::vector<problem_row> problems() const {
        std::vector<problem_row> out;
        for (const auto& p : result_.problems)
            out.emplace_back(std::string(to_code(p.table)), p.row, p.column, p.value,
                             error_class_name(p.code), p.message_vi, p.message_en);
        return out;
    }

    /// Each finding's text by `text(i)`, as Arrow large_string buffers (offsets, bytes).
    template <class Text> py::tuple strings(Text&& text) const {
        const auto n = result_.size();
        py::array_t<std::int64_t> offsets(static_cast<py::ssize_t>(n + 1));
        std::string bytes;
        {
            py::gil_scoped_release release;
            auto* o = offsets.mutable_data();
            o[0] = 0;
            for (std::size_t i = 0; i < n; ++i) {
                bytes += text(i);
                o[i + 1] = static_cast<std::int64_t>(bytes.size());
            }
        }
        return py::make_tuple(offsets, py::bytes(bytes));
    }
    py::tuple messages(const std::string& language) const {
        if (language != "vi" && language != "en")
            refuse("language", language, "phải là 'vi' hoặc 'en'", "must be 'vi' or 'en'");
        const bool vi = language == "vi";
        return strings(
            [&](std::size_t i) { return vi ? result_.message_vi(i) : result_.message_en(i); });
    }
    py::tuple clauses() const {
        return strings([&](std::size_t i) { return result_.clause(i); });
    }

  private:
    std::vector<py::buffer_info> keep_;
    audit::result result_;
};

} // namespace

void register_audit(py::module_& m) {
    m.def(
        "_audit_columns",
        [](const std::string& table) {
            std::size_t t = 0;
            while (t < enum_size<audit::table_id>() &&
                   to_code(static_cast<audit::table_id>(t)) != table)
                ++t;
            if (t == enum_size<audit::table_id>())
                refuse("table", table, "không có bảng này", "no such table");
            std::vector<std::map<std::string, py::object>> out;
            for (const auto& c : audit::columns(static_cast<audit::table_id>(t)))
                out.push_back({{"name", py::str(c.name)},
                               {"type", py::str(std::string(to_code(c.type)))},
                               {"required", py::bool_(c.required)},
                               {"nullable", py::bool_(c.nullable)},
                               {"min", py::int_(c.min)},
                               {"max", py::int_(c.max)},
                               {"codes", py::str(std::string(c.codes))},
                               {"doc", py::str(std::string(c.doc))}});
            return out;
        },
        py::arg("table"), "The columns of an audit table, derived from the descriptions.");

    py::class_<audit_run>(m, "_AuditRun")
        .def(py::init<const py::dict&, const std::vector<rule_set>&, bool, bool, unsigned>(),
             py::arg("tables"), py::arg("chain"), py::arg("follow"), py::arg("all_findings"),
             py::arg("threads"))
        .def("columns", [](py::object self) { return self.cast<const audit_run&>().columns(self); })
        .def("problems", &audit_run::problems)
        .def("messages", &audit_run::messages, py::arg("language"))
        .def("clauses", &audit_run::clauses);
}

} // namespace sinhhoat::bindings
