# Header-only dependencies from PyPI packages, for builds driven by scikit-build-core: pip installs
# the build requirements of pyproject.toml (boost-headers, nlohmann-json) into its isolated
# environment, so `pip install .` needs no system package. Each call leaves its target undefined
# when the package is not importable, and the caller falls back to find_package().

find_package(Python 3.10 QUIET COMPONENTS Interpreter Development.Module)

# sinhhoat_headers_from_python(<target> <label> <python code printing the include dir> <probe>)
function(sinhhoat_headers_from_python target label code probe)
  if(TARGET ${target} OR NOT Python_EXECUTABLE)
    return()
  endif()
  execute_process(
    COMMAND "${Python_EXECUTABLE}" -c "${code}"
    OUTPUT_VARIABLE include_dir
    OUTPUT_STRIP_TRAILING_WHITESPACE
    RESULT_VARIABLE result
    ERROR_QUIET)
  if(NOT result EQUAL 0 OR NOT EXISTS "${include_dir}/${probe}")
    message(STATUS "sinhhoat: Python package for ${label} not found; using find_package")
    return()
  endif()
  add_library(${target} INTERFACE IMPORTED GLOBAL)
  set_target_properties(${target} PROPERTIES INTERFACE_INCLUDE_DIRECTORIES "${include_dir}")
  message(STATUS "sinhhoat: ${label} headers from Python: ${include_dir}")
endfunction()

sinhhoat_headers_from_python(Boost::headers Boost
  "import boost_headers; print(boost_headers.get_include())" "boost/version.hpp")
if(TARGET Boost::headers)
  get_target_property(_sinhhoat_boost_include Boost::headers INTERFACE_INCLUDE_DIRECTORIES)
  file(STRINGS "${_sinhhoat_boost_include}/boost/version.hpp" _sinhhoat_boost_version_line
       REGEX "^#define BOOST_VERSION [0-9]+")
  string(REGEX REPLACE "^#define BOOST_VERSION ([0-9]+).*" "\\1" _sinhhoat_boost_number
         "${_sinhhoat_boost_version_line}")
  math(EXPR _sinhhoat_boost_major "${_sinhhoat_boost_number} / 100000")
  math(EXPR _sinhhoat_boost_minor "${_sinhhoat_boost_number} / 100 % 1000")
  set(Boost_VERSION "${_sinhhoat_boost_major}.${_sinhhoat_boost_minor}")
  if(Boost_VERSION VERSION_LESS SINHHOAT_BOOST_MIN_VERSION)
    message(FATAL_ERROR "sinhhoat: boost-headers has Boost ${Boost_VERSION} < "
                        "${SINHHOAT_BOOST_MIN_VERSION}")
  endif()
endif()
