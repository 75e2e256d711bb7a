#pragma once
// The machinery that turns a described C++ struct (describe<T>, beside the type in the core) into
// a Python value type: a keyword-only constructor with the C++ defaults, read-only properties, a
// __repr__ that reads like the constructor call, ==, hash, pickling, to_dict()/from_dict(),
// to_json()/from_json() and replace(**changes). Python objects are immutable: a changed value is
// a new value, as in C++ where they are copied freely.
//
// The dict and JSON forms are the core's (include/sinhhoat/json.hpp, through json_bridge.hpp);
// conv<M> says only how a field of type M crosses as a Python object: `py_type` (the
// constructor's parameter), `out` (the property's value) and `repr`.

#include "casters.hpp"
#include "json_bridge.hpp"

#include <cstdint>
#include <limits>
#include <optional>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>
#include <pybind11/typing.h>
#include <sinhhoat/json.hpp>
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

/// The Python name of a registered class (`Meeting`).
template <class T> std::string type_name() {
    return py::type::of<T>().attr("__name__").template cast<std::string>();
}

/// Every value type the core describes is bound from that description: its fields, their docs,
/// which are required, and how it validates.
template <class T> using is_value = is_described<T>;

/// A field's Python keyword: its name, with `_` after a Python keyword (`from_`). Names are the
/// string literals of the descriptions, so the pointer lives as long as the module.
inline const char* py_name(std::string_view name) {
    return name == "from" ? "from_" : name.data();
}

/// Validates a value made in Python under the root path of its type (`meeting.date`); a rule set
/// also gets its digest, so that a Python RuleSet (immutable) always names itself truly.
template <class T> void finish_root(T& t) {
    if constexpr (std::is_same_v<T, rule_set>) {
        t.validate(); // names the rule set: rule_set(cao_bang).group_quota[1]
        json::identify(t);
    } else {
        sinhhoat::validate(t, path(describe<T>::name));
    }
}

template <class M, class = void> struct conv;

// --- scalars ------------------------------------------------------------------------------------
// A constructor takes bools, ints, strs and dates strictly (casters.hpp): True where a count is
// due, None where a bool is, or a Decimal, is a TypeError; a value the field cannot hold (an int
// beyond its type, a str with a lone surrogate, a year before 1400) is InvalidValue naming it.

template <> struct conv<bool> {
    using py_type = py_bool;
    using out_type = bool;
    static bool in(py_bool v, const path&) { return v.value; }
    static bool out(bool v) { return v; }
    static std::string repr(bool v) { return v ? "True" : "False"; }
};

template <class I>
struct conv<I, std::enable_if_t<std::is_integral_v<I> && !std::is_same_v<I, bool>>> {
    using py_type = py_int;
    using out_type = I;
    static I in(const py_int& v, const path& at) {
        int overflow = 0;
        const long long x = PyLong_AsLongLongAndOverflow(v.value.ptr(), &overflow);
        if (overflow != 0 || (x == -1 && PyErr_Occurred()) ||
            x < static_cast<long long>(std::numeric_limits<I>::min()) ||
            x > static_cast<long long>(std::numeric_limits<I>::max())) {
            PyErr_Clear();
            throw invalid_value(at.str(), short_repr(v.value), "số nguyên quá lớn",
                                "integer out of range");
        }
        return static_cast<I>(x);
    }
    static I out(I v) { return v; }
    static std::string repr(I v) { return std::to_string(v); }
};

template <> struct conv<date> {
    using py_type = py_date;
    using out_type = date;
    static date in(const py_date& v, const path& at) {
        return make_date(v.year, v.month, v.day, at.str());
    }
    static date out(date v) { return v; }
    static std::string repr(date v) { return repr_of(py::cast(v)); }
};

template <class E> struct conv<E, std::enable_if_t<std::is_enum_v<E>>> {
    using py_type = E;
    using out_type = E;
    static E in(E v, const path&) { return v; }
    static E out(E v) { return v; }
    static std::string repr(E v) { return repr_of(py::cast(v)); }
};

template <> struct conv<std::string> {
    using py_type = py_str;
    using out_type = std::string;
    static std::string in(const py_str& v, const path& at) { return utf8(v.value, at); }
    static const std::string& out(const std::string& v) { return v; }
    static std::string repr(const std::string& v) { return repr_of(py::str(v)); }
};

/// A date whose Boost special value `SV` means "none" (an open end): `None` in Python.
template <boost::date_time::special_values SV> struct special_as_none {
    static date in(const std::optional<date>& v) { return v ? *v : date(SV); }
    static std::optional<date> out(date d) {
        if (d.is_special())
            return std::nullopt;
        return d;
    }
    static std::string repr(date d) { return d.is_special() ? "None" : conv<date>::repr(d); }
};
using open_from = special_as_none<boost::date_time::neg_infin>;
using open_until = special_as_none<boost::date_time::pos_infin>;

template <class E> struct conv<enum_set<E>> {
    using py_type = enum_set<E>;
    using out_type = enum_set<E>;
    static enum_set<E> in(enum_set<E> v, const path&) { return v; }
    static enum_set<E> out(enum_set<E> v) { return v; }
    /// A set display in enumerator order (a frozenset's own repr has no stable order).
    static std::string repr(enum_set<E> s) {
        if (s.empty())
            return "set()";
        std::string out;
        s.for_each([&](E e) { out += (out.empty() ? "{" : ", ") + conv<E>::repr(e); });
        return out + "}";
    }
};

// --- optionals, value types, lists, dated parameters ---------------------------------------------

template <class X> struct conv<std::optional<X>> {
    using py_type = std::optional<typename conv<X>::py_type>;
    using out_type = std::optional<X>;
    static std::optional<X> in(py_type v, const path& at) {
        if (!v)
            return std::nullopt;
        return conv<X>::in(std::move(*v), at);
    }
    static std::optional<X> out(const std::optional<X>& v) { return v; }
    static std::string repr(const std::optional<X>& v) {
        return v ? conv<X>::repr(*v) : std::string("None");
    }
};

template <class T> std::string value_repr(const T& t);

template <class S> struct conv<S, std::enable_if_t<is_value<S>::value>> {
    using py_type = S;
    using out_type = S;
    static S in(S v, const path&) { return v; } // validated when it was made
    static const S& out(const S& v) { return v; }
    static std::string repr(const S& v) { return value_repr(v); }
};

/// Lists are tuples in Python: a value's list cannot be appended to and silently not change.
template <class S> struct conv<std::vector<S>> {
    using py_type = std::vector<typename conv<S>::py_type>;
    using out_type = py::typing::Tuple<S, py::ellipsis>;
    static std::vector<S> in(py_type v, const path& at) {
        std::vector<S> out;
        out.reserve(v.size());
        for (std::size_t i = 0; i < v.size(); ++i)
            out.push_back(conv<S>::in(std::move(v[i]), at[i]));
        return out;
    }
    static out_type out(const std::vector<S>& v) {
        py::tuple out(v.size());
        for (std::size_t i = 0; i < v.size(); ++i)
            out[i] = py::cast(v[i]);
        return py::reinterpret_steal<out_type>(out.release());
    }
    static std::string repr(const std::vector<S>& v) {
        std::string out = "[";
        for (std::size_t i = 0; i < v.size(); ++i)
            out += (i ? ", " : "") + conv<S>::repr(v[i]);
        return out + "]";
    }
};

/// A dated parameter: DatedInt / DatedGroundSet / DatedTopicSet.
template <class T> struct conv<dated<T>> {
    using py_type = dated<T>;
    using out_type = dated<T>;
    static dated<T> in(dated<T> v, const path&) { return v; }
    static const dated<T>& out(const dated<T>& v) { return v; }
    /// `DatedInt.always(3)` or `DatedInt([(None, datetime.date(2024, 1, 1), 3), ...])`.
    static std::string repr(const dated<T>& d) {
        const auto& vs = d.values();
        const auto name = type_name<dated<T>>();
        if (d.always())
            return name + ".always(" + conv<T>::repr(vs[0].value) + ")";
        std::string out = name + "([";
        for (std::size_t i = 0; i < vs.size(); ++i)
            out += std::string(i ? ", " : "") + "(" + open_from::repr(vs[i].from) + ", " +
                   open_until::repr(vs[i].until) + ", " + conv<T>::repr(vs[i].value) + ")";
        return out + "])";
    }
};

/// A digest: 64 hex digits, or None when unknown.
template <> struct conv<sha256> {
    using py_type = std::optional<py_str>;
    using out_type = std::optional<std::string>;
    static sha256 in(const std::optional<py_str>& v, const path& at) {
        return v ? sha256::from_hex(utf8(v->value, at), at) : sha256{};
    }
    static std::optional<std::string> out(const sha256& d) {
        if (d.empty())
            return std::nullopt;
        return d.hex();
    }
    static std::string repr(const sha256& d) { return d.empty() ? "None" : "'" + d.hex() + "'"; }
};

/// A function's date argument, made a Boost date under the argument's own name, so that a year
/// before 1400 is InvalidDate naming `day` (not a generic `date`). Needs no GIL.
inline date day_arg(const py_date& d, const char* name = "day") {
    return conv<date>::in(d, path(name));
}

// --- fields -------------------------------------------------------------------------------------

template <class FD> using conv_of = conv<typename std::decay_t<FD>::member_type>;

/// A field's value as a Python object (lists as tuples, sets as frozensets).
template <class T, class FD> py::object get_py(const FD& fd, const T& t) {
    using C = conv_of<FD>;
    if constexpr (py::detail::is_pyobject<typename C::out_type>::value)
        return C::out(fd.get(t));
    else
        return py::cast(C::out(fd.get(t)));
}

/// `Meeting(date=datetime.date(2024, 9, 10), form=MeetingForm.HYBRID)`: required fields and
/// fields that differ from the C++ default, so the repr is short and can be pasted back.
template <class T> std::string value_repr(const T& t) {
    [[maybe_unused]] static const T defaults{};
    std::string out = type_name<T>() + "(";
    bool first = true;
    for_each_field<T>([&](const auto& f) {
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
    for_each_field<T>([&](const auto& f) { items.append(get_py(f, t)); });
    return py::tuple(items);
}

// --- the protocol every value type shares -------------------------------------------------------

template <class T>
py::object not_implemented_or(py::handle other, bool (*f)(const T&, const T&), const T& self) {
    if (!py::isinstance<T>(other))
        return py::reinterpret_borrow<py::object>(Py_NotImplemented);
    return py::bool_(f(self, other.cast<const T&>()));
}

/// How a type's dict form is written and read: the core's JSON of the value, by default.
template <class T> struct dict_form {
    static json::value write(const T& t) { return json::to_json(t); }
    static T read(const json::value& j, const path& at) { return json::from_json<T>(j, at); }
};

/// Whether a dict form also builds its Python data directly (`python(t)`, equal to
/// to_python(write(t))), where going through JSON is too slow for how often it is asked.
template <class T, class = void> struct has_python_form : std::false_type {};
template <class T>
struct has_python_form<T, std::void_t<decltype(dict_form<T>::python(std::declval<const T&>()))>>
    : std::true_type {};

/// __eq__, __ne__, __hash__, pickling, to_dict/from_dict, to_json/from_json and __repr__,
/// shared by described value types and the hand-bound ones (history, finding, verdict, dated).
/// `root` names the value in errors from from_dict (`meeting.agenda[2]`); from_json names JSON
/// Pointers.
template <class T, class Cls, class Repr, class Key>
void def_value_protocol(Cls& cls, const char* root, Repr repr, Key key) {
    const auto to_dict = [](const T& t) -> py::object {
        if constexpr (has_python_form<T>::value)
            return dict_form<T>::python(t);
        else
            return to_python(dict_form<T>::write(t));
    };
    const auto from_dict = [root](py::handle h) {
        const path at(root);
        return dict_form<T>::read(to_json_value(h, at), at);
    };
    cls.def("__repr__", [repr](const T& t) { return repr(t); });
    cls.def(
        "__eq__",
        [](const T& a, py::handle b) {
            return not_implemented_or<T>(b, [](const T& x, const T& y) { return x == y; }, a);
        },
        py::arg("other"), py::is_operator());
    cls.def(
        "__ne__",
        [](const T& a, py::handle b) {
            return not_implemented_or<T>(b, [](const T& x, const T& y) { return x != y; }, a);
        },
        py::arg("other"), py::is_operator());
    // Immutable, so hashable; the hash is that of the tuple of the fields' Python values.
    cls.def("__hash__", [key](const T& t) { return py::hash(key(t)); });
    cls.def(py::pickle([to_dict](const T& t) { return py::make_tuple(pickle_version, to_dict(t)); },
                       [from_dict](const py::tuple& state) {
                           if (state.size() != 2 || !PyLong_CheckExact(state[0].ptr()) ||
                               !py::object(state[0]).equal(py::int_(pickle_version)))
                               throw invalid_value("__setstate__", short_repr(state),
                                                   "trạng thái pickle không hợp lệ",
                                                   "not a pickled state of this version");
                           return from_dict(state[1]);
                       }));
    cls.def(
        "to_dict",
        [to_dict](const T& t) -> py::typing::Dict<py::str, py::object> { return to_dict(t); },
        "A dict of plain data: dates as ISO strings, enums as codes, sets as lists of codes "
        "(the JSON form).");
    cls.def_static(
        "from_dict", [from_dict](const py::dict& d) -> T { return from_dict(d); }, py::arg("data"),
        "The inverse of to_dict(); raises sinhhoat.Error naming the field for bad data.");
    cls.def(
        "to_json",
        [](const T& t, std::optional<int> indent) {
            return json::dump_value(dict_form<T>::write(t), indent.value_or(-1));
        },
        py::kw_only(), py::arg("indent") = py::none(),
        "JSON text (UTF-8, compact unless `indent` is given).");
    cls.def_static(
        "from_json",
        [](const py::str& text) -> T {
            const std::string s = utf8(text, path("text"));
            py::gil_scoped_release release;
            return dict_form<T>::read(json::parse_value(s), path::pointer());
        },
        py::arg("text"),
        "The value of JSON text; raises sinhhoat.Error naming the JSON Pointer of bad data.");
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
                const path root(describe<T>::name);
                ((std::get<I>(describe<T>::fields).get(t) =
                      conv_of<std::tuple_element_t<I, fields>>::in(
                          std::move(args), root / std::get<I>(describe<T>::fields).name)),
                 ...);
                finish_root(t);
                return t;
            }),
            py::kw_only(), init_arg<T, I>()...);
}

/// Binds `T` as an immutable Python value type named `name` from `describe<T>`.
template <class T> py::class_<T> bind_value(py::module_& m, const char* name) {
    py::class_<T> cls(m, name, describe<T>::doc.data());
    def_init(cls, std::make_index_sequence<field_count<T>()>{});
    for_each_field<T>([&](const auto& f) {
        using C = conv_of<decltype(f)>;
        using Out = typename C::out_type;
        const auto member = f.member;
        cls.def_property_readonly(
            py_name(f.name), [member](const T& t) -> Out { return C::out(t.*member); },
            f.doc.data());
    });
    def_value_protocol<T>(
        cls, describe<T>::name.data(), [](const T& t) { return value_repr(t); },
        [](const T& t) { return value_tuple(t); });
    cls.def(
        "replace",
        [](py::handle self, const py::kwargs& changes) -> T {
            py::dict args;
            for_each_field<T>([&](const auto& f) {
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
