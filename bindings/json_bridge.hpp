#pragma once
// Plain Python data (dict, list, str, int, float, bool, None) <-> sinhhoat::json::value, so that
// to_dict()/from_dict() and to_json()/from_json() are the core's JSON implementation
// (include/sinhhoat/json.hpp), not a second one. Anything else in the data (a Decimal, a date, an
// enum member, an int beyond 64 bits, a str with a lone surrogate) is `sinhhoat.InvalidValue`
// naming where it is.

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <pybind11/pybind11.h>
#include <sinhhoat/json.hpp>
#include <string>
#include <vector>

namespace sinhhoat::bindings {

namespace py = pybind11;

/// Whether the Python int `h` is short enough to print (within about 2**256).
inline bool int_of_at_most_256_bits(py::handle h) {
    const double x = PyLong_AsDouble(h.ptr());
    if (x == -1.0 && PyErr_Occurred()) {
        PyErr_Clear(); // beyond a double: OverflowError
        return false;
    }
    return std::fabs(x) < 1e77;
}

/// A short ASCII repr of `h` for an error, in bounded time and memory: a str is cut before it is
/// repr'd, a container is named by its type and size (its repr could be any size, or recurse
/// into itself), an int of more than 256 bits by its size.
inline std::string short_repr(py::handle h) {
    PyObject* text = nullptr;
    if (PyUnicode_Check(h.ptr())) {
        // A few characters past what shows, so that the cut is still marked.
        const Py_ssize_t room = static_cast<Py_ssize_t>(max_error_value);
        py::object head = py::reinterpret_steal<py::object>(PyUnicode_Substring(h.ptr(), 0, room));
        if (head)
            text = PyObject_ASCII(head.ptr());
    } else if (PyLong_Check(h.ptr()) && !int_of_at_most_256_bits(h)) {
        return "(an int of more than 256 bits)";
    } else if (PyDict_Check(h.ptr()) || PyList_Check(h.ptr()) || PyTuple_Check(h.ptr()) ||
               PyAnySet_Check(h.ptr()) || PyBytes_Check(h.ptr()) || PyByteArray_Check(h.ptr())) {
        const Py_ssize_t n = PyObject_Length(h.ptr());
        PyErr_Clear();
        return "(" + std::string(Py_TYPE(h.ptr())->tp_name) + " of " + std::to_string(n) +
               " items)";
    } else {
        text = PyObject_ASCII(h.ptr());
    }
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

/// The containers being converted, outermost first: at most json::max_depth of them.
using open_containers = std::vector<PyObject*>;

inline json::value to_json_value(py::handle h, const path& at, open_containers& open) {
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
    const bool is_dict = PyDict_Check(h.ptr());
    if (!is_dict && !PyList_Check(h.ptr()) && !PyTuple_Check(h.ptr()))
        throw invalid_value(at.str(), short_repr(h),
                            "không phải dữ liệu JSON (dict, list, str, int, float, bool, None)",
                            "not plain JSON data (dict, list, str, int, float, bool, None)");
    // Refused before descending: the conversion never recurses deeper than max_depth.
    if (std::find(open.begin(), open.end(), h.ptr()) != open.end())
        throw invalid_value(at.str(), short_repr(h), "giá trị chứa chính nó",
                            "the value contains itself");
    if (open.size() >= json::max_depth)
        throw invalid_value(at.str(), short_repr(h),
                            "lồng quá " + std::to_string(json::max_depth) + " cấp",
                            "nested more than " + std::to_string(json::max_depth) + " levels deep");
    open.push_back(h.ptr());
    json::value out;
    if (is_dict) {
        out = json::value::object();
        auto& members =
            static_cast<json::value::object_t::Container&>(out.get_ref<json::value::object_t&>());
        // A dict's keys are unique: appended with no lookup (the ordered map's is linear).
        for (auto item : py::reinterpret_borrow<py::dict>(h)) {
            // Held while converted: a finaliser run by the collector may change the dict.
            const auto name = py::reinterpret_borrow<py::object>(item.first);
            const auto value = py::reinterpret_borrow<py::object>(item.second);
            if (!PyUnicode_Check(name.ptr()))
                throw invalid_value(at.str(), short_repr(name), "tên trường phải là chuỗi",
                                    "field names are strings");
            std::string key = utf8(name, at);
            json::value v = to_json_value(value, at / key, open);
            members.emplace_back(std::move(key), std::move(v));
        }
    } else {
        out = json::value::array();
        auto& items = out.get_ref<json::value::array_t&>();
        items.reserve(static_cast<std::size_t>(Py_SIZE(h.ptr())));
        // The size is read again at each step and the item held while converted: a finaliser
        // run by the collector may change the list.
        const bool is_list = PyList_Check(h.ptr());
        for (Py_ssize_t i = 0; i < (is_list ? PyList_GET_SIZE(h.ptr()) : PyTuple_GET_SIZE(h.ptr()));
             ++i) {
            const auto item = py::reinterpret_borrow<py::object>(
                is_list ? PyList_GET_ITEM(h.ptr(), i) : PyTuple_GET_ITEM(h.ptr(), i));
            items.push_back(to_json_value(item, at[static_cast<std::size_t>(i)], open));
        }
    }
    open.pop_back();
    return out;
}

/// Plain Python data as a JSON value; `at` names where it is in errors. Nesting deeper than
/// json::max_depth and a container that contains itself are `invalid_value` naming the path.
inline json::value to_json_value(py::handle h, const path& at) {
    open_containers open;
    return to_json_value(h, at, open);
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
