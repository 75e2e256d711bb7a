// Every C++ sinhhoat::error becomes the Python class of the same name in sinhhoat._errors (all
// ValueError subclasses), with field, value and both messages. Boost's date exceptions derive from
// std::out_of_range, which pybind11 would raise as IndexError: they become InvalidDate.

#include "bindings.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>
#include <exception>
#include <sinhhoat/error.hpp>
#include <string>

namespace sinhhoat::bindings {

namespace py = pybind11;

const char* error_class_name(error_code code) {
    switch (code) {
    case error_code::invalid_value:
        return "InvalidValue";
    case error_code::unknown_code:
        return "UnknownCode";
    case error_code::invalid_date:
        return "InvalidDate";
    case error_code::inconsistent_input:
        return "InconsistentInput";
    case error_code::invalid_rule_set:
        return "InvalidRuleSet";
    }
    return "Error";
}

namespace {

/// Sets the Python error to `sinhhoat.<name>(field, value, vi, en)`. Runs with the GIL held, as
/// every exception translator does.
void raise(const char* name, const std::string& field, const std::string& value,
           const std::string& vi, const std::string& en) {
    try {
        const py::object cls = py::module_::import("sinhhoat._errors").attr(name);
        // An error's text is UTF-8 made by the library; decode it so that even a defect there
        // (a cut character) still raises the error rather than a UnicodeDecodeError.
        const auto text = [](const std::string& s) {
            PyObject* out =
                PyUnicode_DecodeUTF8(s.data(), static_cast<Py_ssize_t>(s.size()), "replace");
            if (!out)
                throw py::error_already_set();
            return py::reinterpret_steal<py::str>(out);
        };
        const py::object exc = cls(text(field), text(value), text(vi), text(en));
        PyErr_SetObject(cls.ptr(), exc.ptr());
    } catch (py::error_already_set& e) {
        e.restore(); // could not even build the exception: report why
    }
}

void raise_bad_date(const std::out_of_range& e) {
    raise("InvalidDate", "date", "?", std::string("ngày không tồn tại (") + e.what() + ")",
          std::string("no such calendar day (") + e.what() + ")");
}

} // namespace

void register_errors(py::module_& m) {
    py::register_exception_translator([](std::exception_ptr p) {
        if (!p)
            return;
        try {
            std::rethrow_exception(p);
        } catch (const error& e) {
            raise(error_class_name(e.code()), e.field(), e.value(), e.message_vi(), e.message_en());
        } catch (const boost::gregorian::bad_day_of_month& e) {
            raise_bad_date(e);
        } catch (const boost::gregorian::bad_month& e) {
            raise_bad_date(e);
        } catch (const boost::gregorian::bad_year& e) {
            raise_bad_date(e);
        } catch (const boost::gregorian::bad_day_of_year& e) {
            raise_bad_date(e);
        } catch (const boost::gregorian::bad_weekday& e) {
            raise_bad_date(e);
        }
    });
    // Importing here makes a broken package fail at import time, not at the first error.
    py::module_::import("sinhhoat._errors");
    static_cast<void>(m);
}

} // namespace sinhhoat::bindings
