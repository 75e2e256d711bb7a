#pragma once
// The machinery that turns a plain C++ struct into a Python value type from one table of its
// fields (fields.hpp): a keyword-only constructor with the C++ defaults, read-only properties,
// a __repr__ that reads like the constructor call, ==, hash, pickling, to_dict()/from_dict()
// and replace(**changes). Python objects are immutable: a changed value is a new value, as in
// C++ where they are copied freely.
//
// conv<M> says how a field of type M crosses: `py_type` (the constructor's parameter), `out`
// (the property's value), `to_json`/`from_json` (dates as ISO strings, enums as codes, sets as
// lists of codes, nested values as dicts) and `repr`.

#include "casters.hpp"

#include <cstdint>
#include <limits>
#include <optional>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>
#include <pybind11/typing.h>
#include <sinhhoat/sinhhoat.hpp>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace sinhhoat::bindings {

namespace py = pybind11;

/// Version of the pickled state `(version, to_dict())`; bump only with a reader for the old one.
inline constexpr int pickle_version = 1;

inline std::string repr_of(py::handle h) {
    return py::repr(h).cast<std::string>();
}

[[noreturn]] inline void wrong_type(const std::string& path, py::handle h, const std::string& vi,
                                    const std::string& en) {
    throw invalid_value(path, repr_of(h), vi, en);
}

/// The Python name of a registered class (`Meeting`).
template <class T> std::string type_name() {
    return py::type::of<T>().attr("__name__").template cast<std::string>();
}

/// Every value type the core describes (`describe<T>`, beside the type) is bound from that
/// description: its fields, their docs, which are required, and how it validates.
template <class T> using is_value = is_described<T>;

/// A field's Python keyword: its name, with `_` after a Python keyword (`from_`). Names are the
/// string literals of the descriptions, so the pointer lives as long as the module.
inline const char* py_name(std::string_view name) {
    return name == "from" ? "from_" : name.data();
}

/// Validates a value made in Python under the root path of its type (`meeting.date`).
template <class T> void validate_root(const T& t) {
    if constexpr (std::is_same_v<T, rule_set>)
        t.validate(); // names the rule set: rule_set(cao_bang).group_quota[1]
    else
        sinhhoat::validate(t, path(describe<T>::name));
}

template <class M, class = void> struct conv;

// --- scalars ----------------------------------------------------------------------------------

template <> struct conv<bool> {
    using py_type = bool;
    using out_type = bool;
    static bool in(bool v) { return v; }
    static bool out(bool v) { return v; }
    static py::object to_json(bool v) { return py::bool_(v); }
    static bool from_json(py::handle h, const std::string& path) {
        if (!py::isinstance<py::bool_>(h))
            wrong_type(path, h, "cần giá trị true/false", "a boolean is required");
        return h.cast<bool>();
    }
    static std::string repr(bool v) { return v ? "True" : "False"; }
};

template <class I>
struct conv<I, std::enable_if_t<std::is_integral_v<I> && !std::is_same_v<I, bool>>> {
    using py_type = I;
    using out_type = I;
    static I in(I v) { return v; }
    static I out(I v) { return v; }
    static py::object to_json(I v) { return py::int_(v); }
    static I from_json(py::handle h, const std::string& path) {
        if (!PyLong_Check(h.ptr()) || PyBool_Check(h.ptr()))
            wrong_type(path, h, "cần một số nguyên", "an integer is required");
        const long long v = PyLong_AsLongLong(h.ptr());
        if (v == -1 && PyErr_Occurred()) {
            PyErr_Clear();
            wrong_type(path, h, "số nguyên quá lớn", "integer out of range");
        }
        if (v < static_cast<long long>(std::numeric_limits<I>::min()) ||
            v > static_cast<long long>(std::numeric_limits<I>::max()))
            wrong_type(path, h, "số nguyên quá lớn", "integer out of range");
        return static_cast<I>(v);
    }
    static std::string repr(I v) { return std::to_string(v); }
};

template <> struct conv<std::string> {
    using py_type = std::string;
    using out_type = std::string;
    static std::string in(std::string v) { return v; }
    static const std::string& out(const std::string& v) { return v; }
    static py::object to_json(const std::string& v) { return py::str(v); }
    static std::string from_json(py::handle h, const std::string& path) {
        if (!py::isinstance<py::str>(h))
            wrong_type(path, h, "cần một chuỗi", "a string is required");
        return h.cast<std::string>();
    }
    static std::string repr(const std::string& v) { return repr_of(py::str(v)); }
};

// --- dates --------------------------------------------------------------------------------------

template <> struct conv<date> {
    using py_type = date;
    using out_type = date;
    static date in(date v) { return v; }
    static date out(date v) { return v; }
    static py::object to_json(date v) { return py::str(to_iso(v)); }
    static date from_json(py::handle h, const std::string& path) {
        if (!py::isinstance<py::str>(h))
            throw invalid_date(path, repr_of(h), "ngày phải là chuỗi YYYY-MM-DD",
                               "a date must be a string YYYY-MM-DD");
        return parse_date(h.cast<std::string>(), path);
    }
    static std::string repr(date v) { return repr_of(py::cast(v)); }
};

/// A date whose Boost special value `SV` means "none" (an open end, an unknown issue date):
/// `None` in Python.
template <boost::date_time::special_values SV> struct special_as_none {
    using py_type = std::optional<date>;
    using out_type = std::optional<date>;
    static date in(const std::optional<date>& v) { return v ? *v : date(SV); }
    static std::optional<date> out(date d) {
        if (d.is_special())
            return std::nullopt;
        return d;
    }
    static py::object to_json(date d) {
        return d.is_special() ? py::object(py::none()) : conv<date>::to_json(d);
    }
    static date from_json(py::handle h, const std::string& path) {
        return h.is_none() ? date(SV) : conv<date>::from_json(h, path);
    }
    static std::string repr(date d) { return d.is_special() ? "None" : conv<date>::repr(d); }
};

// --- enums and sets of them -------------------------------------------------------------------

template <class E> struct conv<E, std::enable_if_t<std::is_enum_v<E>>> {
    using py_type = E;
    using out_type = E;
    static E in(E v) { return v; }
    static E out(E v) { return v; }
    static py::object to_json(E v) { return py::str(std::string(to_code(v))); }
    static E from_json(py::handle h, const std::string& path) {
        if (!py::isinstance<py::str>(h))
            wrong_type(path, h, "cần một mã (chuỗi)", "a code string is required");
        return from_code<E>(h.cast<std::string>(), path);
    }
    static std::string repr(E v) { return repr_of(py::cast(v)); }
};

template <class E> struct conv<enum_set<E>> {
    using py_type = enum_set<E>;
    using out_type = enum_set<E>;
    static enum_set<E> in(enum_set<E> v) { return v; }
    static enum_set<E> out(enum_set<E> v) { return v; }
    static py::object to_json(enum_set<E> s) {
        py::list out;
        s.for_each([&](E e) { out.append(py::str(std::string(to_code(e)))); });
        return out;
    }
    static enum_set<E> from_json(py::handle h, const std::string& path) {
        if (!py::isinstance<py::list>(h) && !py::isinstance<py::tuple>(h))
            wrong_type(path, h, "cần một danh sách mã", "a list of codes is required");
        enum_set<E> out;
        std::size_t i = 0;
        for (py::handle item : h)
            out.insert(conv<E>::from_json(item, path + "[" + std::to_string(i++) + "]"));
        return out;
    }
    /// A set display in enumerator order (a frozenset's own repr has no stable order).
    static std::string repr(enum_set<E> s) {
        if (s.empty())
            return "set()";
        std::string out;
        s.for_each([&](E e) { out += (out.empty() ? "{" : ", ") + conv<E>::repr(e); });
        return out + "}";
    }
};

// --- optionals, value types, lists --------------------------------------------------------------

template <class X> struct conv<std::optional<X>> {
    using py_type = std::optional<X>;
    using out_type = std::optional<X>;
    static std::optional<X> in(std::optional<X> v) { return v; }
    static std::optional<X> out(const std::optional<X>& v) { return v; }
    static py::object to_json(const std::optional<X>& v) {
        return v ? conv<X>::to_json(*v) : py::object(py::none());
    }
    static std::optional<X> from_json(py::handle h, const std::string& path) {
        if (h.is_none())
            return std::nullopt;
        return conv<X>::from_json(h, path);
    }
    static std::string repr(const std::optional<X>& v) {
        return v ? conv<X>::repr(*v) : std::string("None");
    }
};

template <class T> py::dict value_to_json(const T& t);
template <class T> T value_from_json(py::handle h, const std::string& path, bool validate = true);
template <class T> std::string value_repr(const T& t);

template <class S> struct conv<S, std::enable_if_t<is_value<S>::value>> {
    using py_type = S;
    using out_type = S;
    static S in(S v) { return v; }
    static const S& out(const S& v) { return v; }
    static py::object to_json(const S& v) { return value_to_json(v); }
    // Nested values are validated by their owner's validate(), which names the full path
    // ("organisation.roll.members").
    static S from_json(py::handle h, const std::string& path) {
        return value_from_json<S>(h, path, false);
    }
    static std::string repr(const S& v) { return value_repr(v); }
};

/// Lists are tuples in Python: a value's list cannot be appended to and silently not change.
template <class S> struct conv<std::vector<S>> {
    using py_type = std::vector<S>;
    using out_type = py::typing::Tuple<S, py::ellipsis>;
    static std::vector<S> in(std::vector<S> v) { return v; }
    static out_type out(const std::vector<S>& v) {
        py::tuple out(v.size());
        for (std::size_t i = 0; i < v.size(); ++i)
            out[i] = py::cast(v[i]);
        return py::reinterpret_steal<out_type>(out.release());
    }
    static py::object to_json(const std::vector<S>& v) {
        py::list out;
        for (const auto& s : v)
            out.append(conv<S>::to_json(s));
        return out;
    }
    static std::vector<S> from_json(py::handle h, const std::string& path) {
        if (!py::isinstance<py::list>(h) && !py::isinstance<py::tuple>(h))
            wrong_type(path, h, "cần một danh sách", "a list is required");
        std::vector<S> out;
        std::size_t i = 0;
        for (py::handle item : h)
            out.push_back(conv<S>::from_json(item, path + "[" + std::to_string(i++) + "]"));
        return out;
    }
    static std::string repr(const std::vector<S>& v) {
        std::string out = "[";
        for (std::size_t i = 0; i < v.size(); ++i)
            out += (i ? ", " : "") + conv<S>::repr(v[i]);
        return out + "]";
    }
};

// --- dated parameters ---------------------------------------------------------------------------

using open_from = special_as_none<boost::date_time::neg_infin>;
using open_until = special_as_none<boost::date_time::pos_infin>;

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

// --- fields -------------------------------------------------------------------------------------

template <class T, class F> void apply_fields(F&& f) {
    for_each_field<T>(std::forward<F>(f));
}

template <class FD> using conv_of = conv<typename std::decay_t<FD>::member_type>;

/// A field's value as a Python object (lists as tuples, sets as frozensets).
template <class T, class FD> py::object get_py(const FD& fd, const T& t) {
    using C = conv_of<FD>;
    if constexpr (py::detail::is_pyobject<typename C::out_type>::value)
        return C::out(fd.get(t));
    else
        return py::cast(C::out(fd.get(t)));
}

// --- generic operations -------------------------------------------------------------------------

template <class T> py::dict value_to_json(const T& t) {
    py::dict out;
    apply_fields<T>([&](const auto& f) {
        out[py::str(std::string(f.name))] = conv_of<decltype(f)>::to_json(f.get(t));
    });
    return out;
}

template <class T> T value_from_json(py::handle h, const std::string& path, bool validate) {
    if (!py::isinstance<py::dict>(h))
        wrong_type(path, h, "cần một dict", "a dict is required");
    const auto d = py::reinterpret_borrow<py::dict>(h);
    for (auto item : d) {
        if (!py::isinstance<py::str>(item.first))
            wrong_type(path, item.first, "tên trường phải là chuỗi", "field names are strings");
        const auto key = item.first.cast<std::string>();
        bool known = false;
        apply_fields<T>([&](const auto& f) { known = known || key == f.name; });
        if (!known)
            throw invalid_value(path + "." + key, repr_of(item.second), "không có trường này",
                                "no such field");
    }
    T t;
    apply_fields<T>([&](const auto& f) {
        const std::string key(f.name);
        const std::string name = path + "." + key;
        if (d.contains(key))
            f.get(t) = conv_of<decltype(f)>::from_json(d[py::str(key)], name);
        else if (f.is_required)
            throw invalid_value(name, "(missing)", "thiếu trường bắt buộc",
                                "a required field is missing");
    });
    if (validate)
        validate_root(t);
    return t;
}

/// `Meeting(date=datetime.date(2024, 9, 10), form=MeetingForm.HYBRID)`: required fields and
/// fields that differ from the C++ default, so the repr is short and can be pasted back.
template <class T> std::string value_repr(const T& t) {
    [[maybe_unused]] static const T defaults{};
    std::string out = type_name<T>() + "(";
    bool first = true;
    apply_fields<T>([&](const auto& f) {
        if (f.is_required || !detail::equal_values(f.get(t), f.get(defaults))) {
            out += (first ? "" : ", ") + std::string(py_name(f.name)) + "=" +
                   conv_of<decltype(f)>::repr(f.get(t));
            first = false;
        }
    });
    return out + ")";
}

template <class T> py::tuple value_tuple(const T& t) {
    py::list items;
    apply_fields<T>([&](const auto& f) { items.append(get_py(f, t)); });
    return py::tuple(items);
}

template <class T>
py::object not_implemented_or(py::handle other, bool (*f)(const T&, const T&), const T& self) {
    if (!py::isinstance<T>(other))
        return py::reinterpret_borrow<py::object>(Py_NotImplemented);
    return py::bool_(f(self, other.cast<const T&>()));
}

/// __eq__, __ne__, __hash__, pickling, to_dict, from_dict, __repr__ from the functions given:
/// shared by generic value types and the hand-bound ones (history, verdict, dated values).
template <class T, class Cls, class ToJson, class FromJson, class Repr, class Key>
void def_value_protocol(Cls& cls, ToJson to_json, FromJson from_json, Repr repr, Key key) {
    cls.def("__repr__", [repr](const T& t) { return repr(t); });
    cls.def(
        "__eq__",
        [](const T& a, py::handle b) {
            return not_implemented_or<T>(
                b, [](const T& x, const T& y) { return x == y; }, a);
        },
        py::arg("other"), py::is_operator());
    cls.def(
        "__ne__",
        [](const T& a, py::handle b) {
            return not_implemented_or<T>(
                b, [](const T& x, const T& y) { return x != y; }, a);
        },
        py::arg("other"), py::is_operator());
    // Immutable, so hashable; the hash is that of the tuple of the fields' Python values.
    cls.def("__hash__", [key](const T& t) { return py::hash(key(t)); });
    cls.def(py::pickle([to_json](const T& t) { return py::make_tuple(pickle_version, to_json(t)); },
                       [from_json](const py::tuple& state) {
                           if (state.size() != 2 || !py::isinstance<py::int_>(state[0]) ||
                               state[0].cast<int>() != pickle_version)
                               throw invalid_value("__setstate__", repr_of(state),
                                                   "trạng thái pickle không hợp lệ",
                                                   "not a pickled state of this version");
                           return from_json(state[1]);
                       }));
    cls.def(
        "to_dict",
        [to_json](const T& t) -> py::typing::Dict<py::str, py::object> { return to_json(t); },
        "A dict of plain data: dates as ISO strings, enums as codes, sets as lists of codes.");
    cls.def_static(
        "from_dict", [from_json](const py::dict& d) -> T { return from_json(d); }, py::arg("data"),
        "The inverse of to_dict(); raises sinhhoat.Error naming the field for bad data.");
}

/// The keyword argument of field `I`: a required one has no default, the others the C++ default.
template <class T, std::size_t I> auto init_arg() {
    constexpr const auto& fd = std::get<I>(describe<T>::fields);
    if constexpr (fd.is_required)
        return py::arg(py_name(fd.name));
    else
        return py::arg_v(py_name(fd.name), conv_of<decltype(fd)>::out(fd.get(T{})));
}

template <class T, std::size_t... I> void def_init(py::class_<T>& cls, std::index_sequence<I...>) {
    using fields = std::decay_t<decltype(describe<T>::fields)>;
    cls.def(py::init([](typename conv_of<std::tuple_element_t<I, fields>>::py_type... args) {
                T t;
                ((std::get<I>(describe<T>::fields).get(t) =
                      conv_of<std::tuple_element_t<I, fields>>::in(std::move(args))),
                 ...);
                validate_root(t);
                return t;
            }),
            py::kw_only(), init_arg<T, I>()...);
}

/// Binds `T` as an immutable Python value type named `name` from `describe<T>`.
template <class T> py::class_<T> bind_value(py::module_& m, const char* name) {
    py::class_<T> cls(m, name, describe<T>::doc.data());
    def_init(cls, std::make_index_sequence<field_count<T>()>{});
    apply_fields<T>([&](const auto& f) {
        using C = conv_of<decltype(f)>;
        using Out = typename C::out_type;
        const auto member = f.member;
        cls.def_property_readonly(
            py_name(f.name), [member](const T& t) -> Out { return C::out(t.*member); },
            f.doc.data());
    });
    def_value_protocol<T>(
        cls, [](const T& t) { return value_to_json(t); },
        [](py::handle h) { return value_from_json<T>(h, std::string(describe<T>::name)); },
        [](const T& t) { return value_repr(t); }, [](const T& t) { return value_tuple(t); });
    cls.def(
        "replace",
        [](py::handle self, const py::kwargs& changes) -> T {
            py::dict args;
            apply_fields<T>([&](const auto& f) {
                args[py::str(py_name(f.name))] = get_py(f, self.cast<const T&>());
            });
            for (auto item : changes) {
                if (!args.contains(item.first))
                    throw py::type_error(type_name<T>() + ".replace() got an unexpected field " +
                                         repr_of(item.first));
                args[item.first] = item.second;
            }
            return py::type::of(self)(**args).template cast<T>();
        },
        "A copy with the given fields changed (validated like the constructor).");
    return cls;
}

} // namespace sinhhoat::bindings
