#pragma once
// Type casters: boost::gregorian::date <-> datetime.date, and enum_set<E> <-> frozenset[E].
// std::optional<date> works through pybind11/stl.h on top of the date caster.

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>
// datetime.h after pybind11 (which includes Python.h first).
#include <datetime.h>
#include <sinhhoat/codes.hpp>
#include <sinhhoat/date.hpp>
#include <sinhhoat/error.hpp>

namespace sinhhoat::bindings {

// PyDateTimeAPI is a static of each translation unit (datetime.h defines it so): import it on
// first use, as pybind11/chrono.h does.
inline void require_datetime_api() {
    if (!PyDateTimeAPI) {
        PyDateTime_IMPORT;
        if (!PyDateTimeAPI)
            throw pybind11::error_already_set();
    }
}

} // namespace sinhhoat::bindings

namespace pybind11::detail {

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
