# Compile options for sinhhoat's *own* executables (tests, examples). They are never put
# on the INTERFACE target: warnings-as-errors or sanitizers must not leak into consumers.

if(SINHHOAT_SANITIZE AND NOT SINHHOAT_SANITIZE MATCHES "^[a-z_-]+(,[a-z_-]+)*$")
  message(FATAL_ERROR "SINHHOAT_SANITIZE must be a comma-separated list such as "
                      "'address,undefined', got '${SINHHOAT_SANITIZE}'")
endif()

# sinhhoat_apply_dev_options(<target>)
#   Warnings are always on so they are seen during development; SINHHOAT_WERROR makes
#   them fatal (CI and the dev presets). SINHHOAT_SANITIZE adds sanitizers to both
#   compile and link, and makes every finding fatal so CI cannot pass with a report.
function(sinhhoat_apply_dev_options target)
  # Standard C++ only: a GNU extension that slips into a header would break consumers
  # on other compilers.
  set_target_properties(${target} PROPERTIES CXX_EXTENSIONS OFF)

  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(SINHHOAT_WERROR)
      target_compile_options(${target} PRIVATE -Werror)
    endif()
    if(SINHHOAT_SANITIZE)
      set(_flags -fsanitize=${SINHHOAT_SANITIZE} -fno-omit-frame-pointer
                 -fno-sanitize-recover=all)
      target_compile_options(${target} PRIVATE ${_flags})
      target_link_options(${target} PRIVATE ${_flags})
    endif()
  elseif(MSVC)
    target_compile_options(${target} PRIVATE /W4 /permissive-)
    if(SINHHOAT_WERROR)
      target_compile_options(${target} PRIVATE /WX)
    endif()
    if(SINHHOAT_SANITIZE)
      message(WARNING "SINHHOAT_SANITIZE is only implemented for GCC/Clang; ignored")
    endif()
  endif()
endfunction()
