#pragma once
// Invalid input is the only thing that throws. A rule that is not satisfied is a finding.

#include <cstdint>
#include <stdexcept>
#include <string>
#include <utility>

namespace sinhhoat {

/// Stable identifier of an error class; its string form is used by the bindings.
enum class error_code : std::uint8_t {
    invalid_value = 1,      ///< out of range: a negative count, an empty ground set
    unknown_code = 2,       ///< a code string that names no enumerator
    invalid_date = 3,       ///< an impossible or missing date
    inconsistent_input = 4, ///< fields that contradict each other
    invalid_rule_set = 5,   ///< a rule set that fails its own validation
};

/// Base of every exception the library throws. The message names the field and the value, in
/// Vietnamese and in English: `"<field> = <value>: <vi> | <en>"`.
class error : public std::invalid_argument {
  public:
    error(error_code code, std::string field, std::string value, std::string message_vi,
          std::string message_en)
        : std::invalid_argument(field + " = " + value + ": " + message_vi + " | " + message_en),
          code_(code), field_(std::move(field)), value_(std::move(value)),
          message_vi_(std::move(message_vi)), message_en_(std::move(message_en)) {}

    error_code code() const noexcept { return code_; }
    const std::string& field() const noexcept { return field_; }
    const std::string& value() const noexcept { return value_; }
    const std::string& message_vi() const noexcept { return message_vi_; }
    const std::string& message_en() const noexcept { return message_en_; }

  private:
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
