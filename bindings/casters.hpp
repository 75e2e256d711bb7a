#pragma once
// Type casters: boost::gregorian::date <-> datetime.date, and enum_set<E> <-> frozenset[E].
// std::optional<date> works through pybind11/stl.h on top of the date caster.

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>
// datetime.h after pybind11 (which includes Python.h first).
#include <datetime.h>
#include <sinhhoat/check.hpp>
#include <sinhhoat/codes.hpp>
#include <sinhhoat/date.hpp>
#include <sinhhoat/describe.hpp>
#include <sinhhoat/error.hpp>
#include <sinhhoat/finding.hpp>
#include <sinhhoat/history.hpp>
#include <sinhhoat/rule_set.hpp>
#include <vector>

namespace sinhhoat::bindings {

// PyDateTimeAPI is a static of each translation unit (datetime.h defines it so): import it on
// first use, as pybind11/chrono.h does. `static`, not just inline: an inline function is one
// function for the whole module, and would set the pointer of whichever translation unit the
// linker kept, leaving the one its caller reads null (a segfault in another TU's caster).
static inline void require_datetime_api() {
    if (!PyDateTimeAPI) {
        PyDateTime_IMPORT;
        if (!PyDateTimeAPI)
            throw pybind11::error_already_set();
    }
}

/// The C++ types bound as Python classes whose instances must have been initialised before C++
/// reads them: an instance made by `Cls.__new__(Cls)` (or a pickle with no state) has storage but
/// no value, and reading it would read garbage.
template <class T, class = void> struct is_bound_value : std::false_type {};
template <class T>
struct is_bound_value<T, std::enable_if_t<is_described_v<T>>> : std::true_type {};
template <> struct is_bound_value<meeting_history> : std::true_type {};
template <> struct is_bound_value<finding> : std::true_type {};
template <> struct is_bound_value<verdict> : std::true_type {};
template <class T> struct is_bound_value<dated<T>> : std::true_type {};

/// A constructor's bool: True or False only (not None, not 0 or 1).
struct py_bool {
    bool value = false;
};
/// A constructor's integer: a Python int that is not a bool, read with the field's name so that
/// one beyond the field's type is `InvalidValue` naming it.
struct py_int {
    pybind11::object value;
};
/// A constructor's str, read with the field's name (a lone surrogate has no UTF-8).
struct py_str {
    pybind11::object value;
};
/// A constructor's date: a datetime.date (not a datetime), made a Boost date with the field's
/// name (years before 1400 are outside Boost's calendar).
struct py_date {
    int year = 0, month = 0, day = 0;
};

/// The Python members of a coded enum by number, filled once when register_codes makes the
/// enum: native_enum's caster calls the Enum class for every value it converts, about a
/// microsecond, which was most of reading a finding's rule, status and reason. The references
/// are kept for the life of the process, like the classes that hold them.
template <class E> std::vector<PyObject*>& enum_members() {
    static auto* members = new std::vector<PyObject*>();
    return *members;
}
/// An enum member returned from the table, typed in the signatures (and stubs) as its enum.
template <class E> struct enum_member : pybind11::object {
    using pybind11::object::object;
};
template <class E> enum_member<E> member_of(E e) {
    const auto& members = enum_members<E>();
    const auto i = static_cast<std::size_t>(e);
    if (i < members.size())
        return pybind11::reinterpret_borrow<enum_member<E>>(members[i]);
    return pybind11::reinterpret_steal<enum_member<E>>(pybind11::cast(e).release());
}

} // namespace sinhhoat::bindings

namespace pybind11::detail {

template <class E> struct handle_type_name<sinhhoat::bindings::enum_member<E>> {
    static constexpr auto name = make_caster<E>::name;
};

/// Refuses an instance that was never initialised, naming its type, instead of reading garbage.
template <class T>
class type_caster<T, std::enable_if_t<sinhhoat::bindings::is_bound_value<T>::value>>
    : public type_caster_base<T> {
  public:
    bool load(handle src, bool convert) {
        if (src && isinstance<T>(src)) {
            auto* inst = reinterpret_cast<instance*>(src.ptr());
            auto vh = inst->get_value_and_holder(get_type_info(typeid(T)), false);
            // No value yet, or an owned value whose holder was never made: never initialised.
            // (A reference to a value inside another object owns nothing and has no holder.)
            if (vh.inst && (!vh.value_ptr() || (vh.inst->owned && !vh.holder_constructed())))
                throw sinhhoat::invalid_value(
                    str(handle(reinterpret_cast<PyObject*>(Py_TYPE(src.ptr()))).attr("__name__"))
                        .cast<std::string>(),
                    "(uninitialised)", "đối tượng chưa được khởi tạo",
                    "the object was never initialised (Cls.__new__(Cls), or a pickle with no "
                    "state)");
        }
        return type_caster_base<T>::load(src, convert);
    }
};

template <> struct type_caster<sinhhoat::bindings::py_bool> {
    PYBIND11_TYPE_CASTER(sinhhoat::bindings::py_bool, const_name("bool"));
    bool load(handle src, bool) {
        if (src.ptr() != Py_True && src.ptr() != Py_False)
            return false;
        value.value = src.ptr() == Py_True;
        return true;
    }
    static handle cast(sinhhoat::bindings::py_bool v, return_value_policy, handle) {
        return pybind11::bool_(v.value).release();
    }
};

template <> struct type_caster<sinhhoat::bindings::py_int> {
    PYBIND11_TYPE_CASTER(sinhhoat::bindings::py_int, const_name("int"));
    bool load(handle src, bool) {
        if (!PyLong_Check(src.ptr()) || PyBool_Check(src.ptr()))
            return false;
        value.value = reinterpret_borrow<object>(src);
        return true;
    }
    static handle cast(const sinhhoat::bindings::py_int& v, return_value_policy, handle) {
        return v.value.inc_ref();
    }
};

template <> struct type_caster<sinhhoat::bindings::py_str> {
    PYBIND11_TYPE_CASTER(sinhhoat::bindings::py_str, const_name("str"));
    bool load(handle src, bool) {
        if (!PyUnicode_Check(src.ptr()))
            return false;
        value.value = reinterpret_borrow<object>(src);
        return true;
    }
    static handle cast(const sinhhoat::bindings::py_str& v, return_value_policy, handle) {
        return v.value.inc_ref();
    }
};

template <> struct type_caster<sinhhoat::bindings::py_date> {
    PYBIND11_TYPE_CASTER(sinhhoat::bindings::py_date, const_name("datetime.date"));
    bool load(handle src, bool) {
        sinhhoat::bindings::require_datetime_api();
        if (!src || !PyDate_Check(src.ptr()) || PyDateTime_Check(src.ptr()))
            return false;
        value = {PyDateTime_GET_YEAR(src.ptr()), PyDateTime_GET_MONTH(src.ptr()),
                 PyDateTime_GET_DAY(src.ptr())};
        return true;
    }
    static handle cast(const sinhhoat::bindings::py_date& v, return_value_policy, handle) {
        sinhhoat::bindings::require_datetime_api();
        return PyDate_FromDate(v.year, v.month, v.day);
    }
};

/// A calendar day. In: a `datetime.date` (a `datetime.datetime` is refused: it is not a day).
/// Out: a `datetime.date`; Boost's special values (not-a-date-time, ±infinity) have no
/// `datetime.date`, so they raise `sinhhoat.InvalidDate` instead of crossing.
template <> struct type_caster<boost::gregorian::date> {
  public:
    PYBIND11_TYPE_CASTER(boost::gregorian::date, const_name("datetime.date"));

    bool load(handle src, bool /*convert*/) {
        if (!src)
            return false;
        sinhhoat::bindings::require_datetime_api();
        if (!PyDate_Check(src.ptr()) || PyDateTime_Check(src.ptr()))
            return false;
        // datetime allows years 1..9999, Boost 1400..9999: make_date turns Boost's
        // std::out_of_range into sinhhoat::invalid_date (a ValueError, not an IndexError).
        value = sinhhoat::make_date(PyDateTime_GET_YEAR(src.ptr()), PyDateTime_GET_MONTH(src.ptr()),
                                    PyDateTime_GET_DAY(src.ptr()));
        return true;
    }

    static handle cast(const boost::gregorian::date& d, return_value_policy /*policy*/,
                       handle /*parent*/) {
        if (d.is_special())
            throw sinhhoat::invalid_date("date", sinhhoat::to_iso(d),
                                         "ngày không hợp lệ, không chuyển được sang Python",
                                         "a special date value has no datetime.date");
        sinhhoat::bindings::require_datetime_api();
        const auto ymd = d.year_month_day();
        PyObject* out = PyDate_FromDate(int(ymd.year), int(ymd.month), int(ymd.day));
        if (!out)
            throw error_already_set();
        return out;
    }
};

/// A set of codes. In: any iterable of members of the enum (a set, a frozenset, a list; not a
/// string). Out: a frozenset, so that a value type's field cannot be changed in place.
template <class E> struct type_caster<sinhhoat::enum_set<E>> {
  public:
    PYBIND11_TYPE_CASTER(sinhhoat::enum_set<E>, io_name("collections.abc.Iterable[", "frozenset[") +
                                                    make_caster<E>::name + const_name("]"));

    bool load(handle src, bool convert) {
        if (!src || isinstance<str>(src) || isinstance<bytes>(src))
            return false;
        if (!hasattr(src, "__iter__"))
            return false;
        sinhhoat::enum_set<E> out;
        for (handle item : reinterpret_borrow<iterable>(src)) {
            make_caster<E> element;
            if (!element.load(item, convert))
                return false;
            out.insert(cast_op<E>(element));
        }
        value = out;
        return true;
    }

    static handle cast(sinhhoat::enum_set<E> s, return_value_policy /*policy*/, handle /*parent*/) {
        list items;
        s.for_each([&](E e) { items.append(pybind11::cast(e)); });
        PyObject* out = PyFrozenSet_New(items.ptr());
        if (!out)
            throw error_already_set();
        return out;
    }
};

} // namespace pybind11::detail
