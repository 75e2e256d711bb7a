#pragma once
// What names a rule set in a verdict, so that a stored verdict can be replayed and compared: its
// id, its version and the SHA-256 of its canonical JSON (json::canonical). The digest itself is
// computed by the json component (OpenSSL's SHA-256; the Python package uses hashlib): the core
// only carries it.

#include <array>
#include <cstdint>
#include <memory>
#include <ostream>
#include <sinhhoat/describe.hpp>
#include <sinhhoat/error.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace sinhhoat {

/// A SHA-256 digest: 32 bytes, all zero when unknown. Flat, so a verdict can carry one.
struct sha256 {
    std::array<std::uint8_t, 32> bytes{};

    bool empty() const noexcept {
        for (auto b : bytes)
            if (b)
                return false;
        return true;
    }
    /// 64 lowercase hex digits, or "" when unknown.
    std::string hex() const {
        if (empty())
            return {};
        static constexpr char digits[] = "0123456789abcdef";
        std::string out;
        for (auto b : bytes)
            (out += digits[b >> 4]) += digits[b & 0xF];
        return out;
    }
    /// From 64 hex digits ("" is unknown); `invalid_value` naming `at` otherwise.
    static sha256 from_hex(std::string_view text, const path& at) {
        sha256 out;
        if (text.empty())
            return out;
        const auto nibble = [](char c) {
            return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
        };
        bool ok = text.size() == 64;
        for (std::size_t i = 0; ok && i < 32; ++i) {
            const int hi = nibble(text[2 * i]), lo = nibble(text[2 * i + 1]);
            ok = hi >= 0 && lo >= 0;
            out.bytes[i] = static_cast<std::uint8_t>(ok ? hi * 16 + lo : 0);
        }
        if (!ok)
            throw invalid_value(at.str(), detail::shown(text), "cần 64 chữ số hex thường",
                                "64 lowercase hex digits are required");
        return out;
    }
    friend bool operator==(const sha256& a, const sha256& b) { return a.bytes == b.bytes; }
    friend bool operator!=(const sha256& a, const sha256& b) { return !(a == b); }
};
inline std::ostream& operator<<(std::ostream& os, const sha256& d) {
    return os << (d.empty() ? std::string("none") : d.hex());
}
template <> struct custom_value<sha256> : std::true_type {
    static void validate(const sha256&, const path&, std::int64_t, std::int64_t) {}
    static bool equal(const sha256& a, const sha256& b) { return a == b; }
    static void print(std::ostream& os, const sha256& d) { os << d; }
};

/// The longest rule-set id.
inline constexpr std::size_t max_rule_set_id = 64;

/// Whether `id` can name a rule set: 1 to `max_rule_set_id` lower-case ASCII letters, digits,
/// `_` and `-`, the first a letter or a digit (`^[a-z0-9][a-z0-9_-]{0,63}$`). An id is a name,
/// never a path: it is the stem of its file `<id>.json` in a rule-set folder, and no id can leave
/// the folder.
constexpr bool is_rule_set_id(std::string_view id) noexcept {
    if (id.empty() || id.size() > max_rule_set_id)
        return false;
    for (std::size_t i = 0; i < id.size(); ++i) {
        const char c = id[i];
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (!alnum && (i == 0 || (c != '_' && c != '-')))
            return false;
    }
    return true;
}

/// `is_rule_set_id` as a regular expression (the JSON Schema's and Python's).
inline constexpr std::string_view rule_set_id_pattern = "^[a-z0-9][a-z0-9_-]{0,63}$";
static_assert(max_rule_set_id == 64, "rule_set_id_pattern allows 1 + 63 characters");

/// `id` is a rule-set id (`is_rule_set_id`); `invalid_value` naming `at` otherwise (a rule set's
/// validation makes it `invalid_rule_set`, as everything wrong inside a rule set).
inline void require_rule_set_id(std::string_view id, const path& at) {
    if (!is_rule_set_id(id))
        throw invalid_value(
            at.str(), detail::shown(id),
            "mã bộ quy tắc gồm 1–64 chữ thường a-z, chữ số, '_' và '-', bắt đầu bằng chữ hoặc số",
            "a rule-set id is 1 to 64 of a-z, 0-9, '_' and '-', starting with a letter or a digit");
}

/// A rule set's citation of each rule, indexed by rule_id (R26).
using citation_table = std::vector<std::string>;

/// The rule set a verdict was reached under.
struct rule_set_ref {
    std::string id;      ///< the rule set's id ("cao_bang")
    std::string version; ///< its version
    sha256 digest;       ///< SHA-256 of its canonical JSON; empty when unknown
    /// R26: the rule set's own citations, shared with it (not part of the reference's data,
    /// equality or JSON: they follow from the rule set the digest names).
    std::shared_ptr<const citation_table> citations;
};
template <> struct describe<rule_set_ref> {
    static constexpr std::string_view name = "rule_set_ref";
    static constexpr std::string_view doc =
        "The rule set a verdict was reached under: id, version and the SHA-256 of its canonical "
        "JSON.";
    static constexpr auto fields =
        std::make_tuple(field("id", &rule_set_ref::id, "The rule set's id, e.g. 'cao_bang'."),
                        field("version", &rule_set_ref::version, "Its version."),
                        field("digest", &rule_set_ref::digest,
                              "SHA-256 of its canonical JSON, 64 hex digits; None when unknown."));
    /// An id is a rule-set id, or none (a verdict stored before verdicts named their rule set):
    /// replaying a verdict loads its rule set by this id.
    static void check(const rule_set_ref& r, const path& at) {
        if (!r.id.empty())
            require_rule_set_id(r.id, at / "id");
    }
};

/// R32: a note a rule set attaches to every verdict for a day on or after `since`, in both
/// languages, without changing the outcome: a text that may change the rules but is not held.
struct caveat {
    sinhhoat::date since;
    std::string vi;
    std::string en;
};
template <> struct describe<caveat> {
    static constexpr std::string_view name = "caveat";
    static constexpr std::string_view doc =
        "A note carried by every verdict for a day on or after `since`, without changing its "
        "outcome (R32).";
    static constexpr auto fields =
        std::make_tuple(field("since", &caveat::since, "The first day it applies to.").required(),
                        field("vi", &caveat::vi, "The note in Vietnamese.").required(),
                        field("en", &caveat::en, "The note in English.").required());
    static void check(const caveat& c, const path& at) {
        if (c.vi.empty())
            throw invalid_value((at / "vi").str(), "''", "thiếu nội dung", "the note is empty");
        if (c.en.empty())
            throw invalid_value((at / "en").str(), "''", "thiếu nội dung", "the note is empty");
    }
};
/// The caveats a verdict carries, shared with its rule set.
using caveat_list = std::vector<caveat>;

} // namespace sinhhoat
