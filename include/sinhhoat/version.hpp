#pragma once

// The single source of truth for the library version: CMakeLists.txt parses these
// macros, so bump them here and nowhere else.
#define SINHHOAT_VERSION_MAJOR 0
#define SINHHOAT_VERSION_MINOR 2
#define SINHHOAT_VERSION_PATCH 0
#define SINHHOAT_VERSION_STRING "0.2.0"

namespace sinhhoat {

/// The version of the headers actually compiled in, as "MAJOR.MINOR.PATCH".
inline constexpr const char* version() noexcept {
    return SINHHOAT_VERSION_STRING;
}

} // namespace sinhhoat
