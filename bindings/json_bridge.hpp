#pragma once
// Plain Python data (dict, list, str, int, float, bool, None) <-> sinhhoat::json::value, so that
// to_dict()/from_dict() and to_json()/from_json() are the core's JSON implementation
// (include/sinhhoat/json.hpp), not a second one. Anything else in the data (a Decimal, a date, an
// enum member, an int beyond 64 bits, a str with a lone surrogate) is `sinhhoat.InvalidValue`
// naming where it is.

#include <cstdint>
#include <pybind11/pybind11.h>
#include <sinhhoat/json.hpp>
#include <string>

namespace sinhhoat::bindings {

namespace py = pybind11;

inline std::string short_repr(py::handle h) {
    // ascii(): a repr that is ASCII whatever the value holds (lone surrogates included).
    PyObject* text = PyObject_ASCII(h.ptr());
    if (!text) {
        PyErr_Clear();
        return "(unprintable)";
    }
    return sinhhoat::detail::shortened(py::reinterpret_steal<py::str>(text).cast<std::string>());
}

/// UTF-8 of a Python str; a str that has none (a lone surrogate) is `invalid_value` at `at`.
inline std::string utf8(py::handle s, const path& at) {
    Py_ssize_t size = 0;
    const char* data = PyUnicode_AsUTF8AndSize(s.ptr(), &size);
    if (!data) {
        PyErr_Clear();
        throw invalid_value(at.str(), short_repr(s), "chuỗi không mã hoá được UTF-8",
                            "a string with no UTF-8 form (a lone surrogate)");
    }
    return std::string(data, static_cast<std::size_t>(size));
}

inline json::value to_json_value(py::handle h, const path& at) {
    if (h.is_none())
        return nullptr;
    if (PyBool_Check(h.ptr()))
        return h.ptr() == Py_True;
    if (PyLong_CheckExact(h.ptr())) {
        int overflow = 0;
        const long long v = PyLong_AsLongLongAndOverflow(h.ptr(), &overflow);
        if (overflow != 0 || (v == -1 && PyErr_Occurred())) {
            PyErr_Clear();
            throw invalid_value(at.str(), short_repr(h), "số nguyên quá lớn",
                                "integer out of range");
        }
        return static_cast<std::int64_t>(v);
    }
    if (PyFloat_CheckExact(h.ptr()))
        return PyFloat_AsDouble(h.ptr());
    if (PyUnicode_Check(h.ptr()))
        return utf8(h, at);
    if (PyDict_Check(h.ptr())) {
        json::value out = json::value::object();
        for (auto item : py::reinterpret_borrow<py::dict>(h)) {
            if (!PyUnicode_Check(item.first.ptr()))
                throw invalid_value(at.str(), short_repr(item.first), "tên trường phải là chuỗi",
                                    "field names are strings");
            const std::string key = utf8(item.first, at);
            json::value v = to_json_value(item.second, at / key);
            out[key] = std::move(v);
        }
        return out;
    }
    if (PyList_Check(h.ptr()) || PyTuple_Check(h.ptr())) {
        json::value out = json::value::array();
        std::size_t i = 0;
        for (py::handle item : h)
            out.push_back(to_json_value(item, at[i++]));
        return out;
    }
    throw invalid_value(at.str(), short_repr(h),
                        "không phải dữ liệu JSON (dict, list, str, int, float, bool, None)",
                        "not plain JSON data (dict, list, str, int, float, bool, None)");
}

inline py::object to_python(const json::value& j) {
    switch (j.type()) {
    case json::value::value_t::null:
        return py::none();
    case json::value::value_t::boolean:
        return py::bool_(j.get<bool>());
    case json::value::value_t::number_integer:
        return py::int_(j.get<std::int64_t>());
    case json::value::value_t::number_unsigned:
        return py::int_(j.get<std::uint64_t>());
    case json::value::value_t::number_float:
        return py::float_(j.get<double>());
    case json::value::value_t::string:
        return py::str(j.get_ref<const std::string&>());
    case json::value::value_t::array: {
        py::list out;
        for (const auto& x : j)
            out.append(to_python(x));
        return out;
    }
    case json::value::value_t::object: {
        py::dict out;
        for (const auto& item : j.items())
            out[py::str(item.key())] = to_python(item.value());
        return out;
    }
    default:
        return py::none();
    }
}

} // namespace sinhhoat::bindings
