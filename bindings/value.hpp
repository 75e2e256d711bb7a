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

/// Every value type binds a `value_info<T>` (fields.hpp): `path` (the C++ name errors use),
/// `fields()` and `validate(const T&)`.
template <class T> struct value_info {};

template <class T, class = void> struct is_value : std::false_type {};
template <class T>
struct is_value<T, std::void_t<decltype(value_info<T>::fields())>> : std::true_type {};

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

// --- fields -------------------------------------------------------------------------------------

/// One field of a value type: its Python name, the member, how it converts, whether the
/// constructor requires it (no meaningful C++ default, such as a meeting's date).
template <class T, class M, class C, bool Required> struct field_desc {
    using conv_type = C;
    using py_type = typename C::py_type;
    static constexpr bool required = Required;

    const char* name;
    M T::*ptr;
    const char* doc;

    void assign(T& t, py_type v) const { t.*ptr = C::in(std::move(v)); }
    decltype(auto) get(const T& t) const { return C::out(t.*ptr); }
    py::object get_py(const T& t) const {
        if constexpr (py::detail::is_pyobject<typename C::out_type>::value)
            return C::out(t.*ptr);
        else
            return py::cast(C::out(t.*ptr));
    }
    auto arg() const {
        if constexpr (Required)
            return py::arg(name);
        else
            return py::arg_v(name, C::out(T{}.*ptr));
    }
};

template <class T, class M>
constexpr field_desc<T, M, conv<M>, false> field(const char* name, M T::*ptr, const char* doc) {
    return {name, ptr, doc};
}
template <class T, class M>
constexpr field_desc<T, M, conv<M>, true> required(const char* name, M T::*ptr, const char* doc) {
    return {name, ptr, doc};
}
template <class C, class T, class M>
constexpr field_desc<T, M, C, false> field_as(const char* name, M T::*ptr, const char* doc) {
    return {name, ptr, doc};
}
template <class C, class T, class M>
constexpr field_desc<T, M, C, true> required_as(const char* name, M T::*ptr, const char* doc) {
    return {name, ptr, doc};
}

/// The key of a field in to_dict(): its name, less the `_` that keeps a keyword (`from_`) usable
/// as a Python argument.
inline std::string json_key(const char* name) {
    std::string key(name);
    if (!key.empty() && key.back() == '_')
        key.pop_back();
    return key;
}

template <class T, class F> void apply_fields(F&& f) {
    std::apply([&](const auto&... fd) { (f(fd), ...); }, value_info<T>::fields());
}

// --- generic operations -------------------------------------------------------------------------

template <class T> py::dict value_to_json(const T& t) {
    py::dict out;
    apply_fields<T>([&](const auto& f) {
        using C = typename std::decay_t<decltype(f)>::conv_type;
        out[py::str(json_key(f.name))] = C::to_json(t.*f.ptr);
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
        apply_fields<T>([&](const auto& f) { known = known || key == json_key(f.name); });
        if (!known)
            throw invalid_value(path + "." + key, repr_of(item.second), "không có trường này",
                                "no such field");
    }
    T t;
    apply_fields<T>([&](const auto& f) {
        using F = std::decay_t<decltype(f)>;
        const std::string key = json_key(f.name);
        const std::string name = path + "." + key;
        if (d.contains(key))
            t.*f.ptr = F::conv_type::from_json(d[py::str(key)], name);
        else if (F::required)
            throw invalid_value(name, "(missing)", "thiếu trường bắt buộc",
                                "a required field is missing");
    });
    if (validate)
        value_info<T>::validate(t);
    return t;
}

/// `Meeting(date=datetime.date(2024, 9, 10), form=MeetingForm.HYBRID)`: required fields and
/// fields that differ from the C++ default, so the repr is short and can be pasted back.
template <class T> std::string value_repr(const T& t) {
    [[maybe_unused]] static const T defaults{};
    std::string out = type_name<T>() + "(";
    bool first = true;
    apply_fields<T>([&](const auto& f) {
        using F = std::decay_t<decltype(f)>;
        if (F::required || !(t.*f.ptr == defaults.*f.ptr)) {
            out += (first ? "" : ", ") + std::string(f.name) + "=" + F::conv_type::repr(t.*f.ptr);
            first = false;
        }
    });
    return out + ")";
}

template <class T> py::tuple value_tuple(const T& t) {
    py::list items;
    apply_fields<T>([&](const auto& f) { items.append(f.get_py(t)); });
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

template <class T, class Tuple, std::size_t... I>
void def_init(py::class_<T>& cls, const Tuple& fields, std::index_sequence<I...>) {
    cls.def(py::init([fields](typename std::tuple_element_t<I, Tuple>::py_type... args) {
                T t;
                (std::get<I>(fields).assign(t, std::move(args)), ...);
                value_info<T>::validate(t);
                return t;
            }),
            py::kw_only(), std::get<I>(fields).arg()...);
}

/// Binds `T` as an immutable Python value type named `name` from `value_info<T>`.
template <class T> py::class_<T> bind_value(py::module_& m, const char* name, const char* doc) {
    py::class_<T> cls(m, name, doc);
    const auto fields = value_info<T>::fields();
    def_init(cls, fields, std::make_index_sequence<std::tuple_size_v<decltype(fields)>>{});
    apply_fields<T>([&](const auto& f) {
        using F = std::decay_t<decltype(f)>;
        using Out = typename F::conv_type::out_type;
        cls.def_property_readonly(
            f.name, [f](const T& t) -> Out { return f.get(t); }, f.doc);
    });
    def_value_protocol<T>(
        cls, [](const T& t) { return value_to_json(t); },
        [](py::handle h) { return value_from_json<T>(h, value_info<T>::path); },
        [](const T& t) { return value_repr(t); }, [](const T& t) { return value_tuple(t); });
    cls.def(
        "replace",
        [](py::handle self, const py::kwargs& changes) -> T {
            py::dict args;
            apply_fields<T>([&](const auto& f) { args[f.name] = f.get_py(self.cast<const T&>()); });
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
