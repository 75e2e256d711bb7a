#pragma once
// What module.cpp calls: one register_<area>() per register_<area>.cpp, in dependency order
// (a type is registered before a signature or a default value uses it).

#include <pybind11/pybind11.h>
#include <sinhhoat/error.hpp>

namespace sinhhoat::bindings {

void register_errors(pybind11::module_& m);   // sinhhoat::error -> sinhhoat.Error subclasses
void register_codes(pybind11::module_& m);    // enums (codes.hpp, finding.hpp)
void register_types(pybind11::module_& m);    // organisation, meeting, round, history
void register_rule_set(pybind11::module_& m); // rule sets and their parts
void register_check(pybind11::module_& m);    // findings, verdicts, checks and questions
void register_audit(pybind11::module_& m);    // audits from columns (audit.hpp)

/// The name of the sinhhoat._errors class for `code` ("InvalidValue").
const char* error_class_name(error_code code);

} // namespace sinhhoat::bindings
