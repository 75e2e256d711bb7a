// sinhhoat._core: the private extension module under the `sinhhoat` Python package. The public
// API is python/sinhhoat/__init__.py, which re-exports from here.

#include "bindings.hpp"

#include <sinhhoat/version.hpp>

PYBIND11_MODULE(_core, m) {
    m.doc() = "Bindings of the sinhhoat C++ library; use the `sinhhoat` package instead.";
    m.attr("__version__") = SINHHOAT_VERSION_STRING;
    m.def("version", &sinhhoat::version, "The version of the C++ headers compiled in.");

    sinhhoat::bindings::register_errors(m);
    sinhhoat::bindings::register_codes(m);
    sinhhoat::bindings::register_types(m);
    sinhhoat::bindings::register_rule_set(m);
    sinhhoat::bindings::register_check(m);
    sinhhoat::bindings::register_audit(m);
}
