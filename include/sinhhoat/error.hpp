#pragma once
// Invalid input is the only thing that throws. A rule that is not satisfied is a finding.

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace sinhhoat {

/// The most bytes of a value an error quotes (an excerpt ends in "..."), and of the field it
/// names: whatever the input, an error stays small. Each segment of a path is cut at
/// `max_error_segment` bytes.
inline constexpr std::size_t max_error_value = 80;
inline constexpr std::size_t max_error_field = 512;
inline constexpr std::size_t max_error_segment = 64;

namespace detail {

/// The first `max` bytes of `s` at most, cut before a character (UTF-8), with "..." when cut.
/// Only the prefix is copied, so a huge value costs nothing.
inline std::string shortened(std::string_view s, std::size_t max = max_error_value) {
    if (s.size() <= max)
        return std::string(s);
    std::size_t cut = max > 3 ? max - 3 : 0;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80)
        --cut; // back to the first byte of the character
    std::string out(s.substr(0, cut));
    return out + "...";
}

} // namespace detail

/// Stable identifier of an error class; its string form is used by the bindings.
enum class error_code : std::uint8_t {
    invalid_value = 1,      ///< out of range: a negative count, an empty ground set
    unknown_code = 2,       ///< a code string that names no enumerator
    invalid_date = 3,       ///< an impossible or missing date
    inconsistent_input = 4, ///< fields that contradict each other
    invalid_rule_set = 5,   ///< a rule set that fails its own validation
};

/// Base of every exception the library throws. The message names the field and the value, in
/// Vietnamese and in English: `"<field> = <value>: <vi> | <en>"`. The value is cut to
/// `max_error_value` bytes and the field to `max_error_field` (the sites that quote input cut it
/// before building anything from it; this is the last line).
class error : public std::invalid_argument {
  public:
    error(error_code code, std::string field, std::string value, std::string message_vi,
          std::string message_en)
        : error(code, detail::shortened(field, max_error_field),
                detail::shortened(value, max_error_value), std::move(message_vi),
                std::move(message_en), 0) {}

    error_code code() const noexcept { return code_; }
    const std::string& field() const noexcept { return field_; }
    const std::string& value() const noexcept { return value_; }
    const std::string& message_vi() const noexcept { return message_vi_; }
    const std::string& message_en() const noexcept { return message_en_; }

  private:
    error(error_code code, std::string field, std::string value, std::string message_vi,
          std::string message_en, int)
        : std::invalid_argument(field + " = " + value + ": " + message_vi + " | " + message_en),
          code_(code), field_(std::move(field)), value_(std::move(value)),
          message_vi_(std::move(message_vi)), message_en_(std::move(message_en)) {}

    error_code code_;
    std::string field_;
    std::string value_;
    std::string message_vi_;
    std::string message_en_;
};

#define SINHHOAT_DEFINE_ERROR(name)                                                                \
    class name : public error {                                                                    \
      public:                                                                                      \
        name(std::string field, std::string value, std::string message_vi, std::string message_en) \
            : error(error_code::name, std::move(field), std::move(value), std::move(message_vi),   \
                    std::move(message_en)) {}                                                      \
    };

SINHHOAT_DEFINE_ERROR(invalid_value)
SINHHOAT_DEFINE_ERROR(unknown_code)
SINHHOAT_DEFINE_ERROR(invalid_date)
SINHHOAT_DEFINE_ERROR(inconsistent_input)
SINHHOAT_DEFINE_ERROR(invalid_rule_set)

#undef SINHHOAT_DEFINE_ERROR

} // namespace sinhhoat
