# Boost::headers from the PyPI package `boost-headers` (boost_headers.get_include()), for builds
# driven by scikit-build-core. Leaves Boost::headers undefined when the package is not importable,
# so that the caller falls back to find_package(Boost CONFIG).

if(TARGET Boost::headers)
  return()
endif()

find_package(Python 3.10 QUIET COMPONENTS Interpreter Development.Module)
if(NOT Python_EXECUTABLE)
  return()
endif()

execute_process(
  COMMAND "${Python_EXECUTABLE}" -c "import boost_headers; print(boost_headers.get_include())"
  OUTPUT_VARIABLE _sinhhoat_boost_include
  OUTPUT_STRIP_TRAILING_WHITESPACE
  RESULT_VARIABLE _sinhhoat_boost_result
  ERROR_QUIET)
if(NOT _sinhhoat_boost_result EQUAL 0 OR NOT EXISTS "${_sinhhoat_boost_include}/boost/version.hpp")
  message(STATUS "sinhhoat: Python package boost-headers not found; using find_package(Boost)")
  return()
endif()

file(STRINGS "${_sinhhoat_boost_include}/boost/version.hpp" _sinhhoat_boost_version_line
     REGEX "^#define BOOST_VERSION [0-9]+")
string(REGEX REPLACE "^#define BOOST_VERSION ([0-9]+).*" "\\1" _sinhhoat_boost_version_number
       "${_sinhhoat_boost_version_line}")
math(EXPR _sinhhoat_boost_major "${_sinhhoat_boost_version_number} / 100000")
math(EXPR _sinhhoat_boost_minor "${_sinhhoat_boost_version_number} / 100 % 1000")
set(Boost_VERSION "${_sinhhoat_boost_major}.${_sinhhoat_boost_minor}")
if(Boost_VERSION VERSION_LESS SINHHOAT_BOOST_MIN_VERSION)
  message(STATUS "sinhhoat: boost-headers has Boost ${Boost_VERSION} < "
                 "${SINHHOAT_BOOST_MIN_VERSION}; using find_package(Boost)")
  return()
endif()

add_library(Boost::headers INTERFACE IMPORTED)
set_target_properties(Boost::headers PROPERTIES
  INTERFACE_INCLUDE_DIRECTORIES "${_sinhhoat_boost_include}")
message(STATUS "sinhhoat: Boost ${Boost_VERSION} headers from boost-headers: "
               "${_sinhhoat_boost_include}")
