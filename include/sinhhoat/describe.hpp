#pragma once
// Each value type describes its fields once, beside its definition: name, member, one line of doc,
// whether it is required, the range of a count. Equality, printing, validation (and the paths its
// errors name), JSON, the Python bindings and the JSON Schema are generic code over these
// descriptions, so adding a field is one line in the struct and one in its description.
//
// **Example**
// ```cpp
// struct window { date first; date last; };
// template <> struct describe<window> {
//     static constexpr std::string_view name = "window";
//     static constexpr auto fields = std::make_tuple(
//         field("first", &window::first, "First day.").required(),
//         field("last", &window::last, "Last day.").required());
// };
// ```

#include <cstdint>
#include <cstring>
#include <limits>
#include <optional>
#include <ostream>
#include <sinhhoat/date.hpp>
#include <sinhhoat/enum.hpp>
#include <sinhhoat/error.hpp>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace sinhhoat {

// --- paths --------------------------------------------------------------------------------------

namespace detail {
/// Appends `/name` to a JSON Pointer (RFC 6901: '~' is "~0", '/' is "~1"), the name cut at
/// `max_error_segment` bytes: a key of the input may be any size.
inline void append_pointer_segment(std::string& out, std::string_view name) {
    out += '/';
    for (char c : shortened(name, max_error_segment))
        out += c == '~' ? "~0" : c == '/' ? "~1" : std::string(1, c);
}
} // namespace detail

/// Where a value sits inside what was given: `organisation.roll.unable[0].count`, or as a JSON
/// Pointer `/roll/unable/0/count`. A path lives on the stack of the code that descends into a
/// value and costs nothing until an error renders it, so validation can run on every check.
class path {
  public:
    enum class style : std::uint8_t {
        dotted,  ///< `meeting.agenda[2]`: C++ and Python names
        pointer, ///< `/agenda/2`: RFC 6901, for JSON documents
    };

    /// A root: `name` is the type's name in dotted paths and ignored in JSON Pointers.
    constexpr explicit path(std::string_view name, style s = style::dotted) noexcept
        : name_(name), style_(s) {}
    /// A JSON Pointer root (the whole document).
    static constexpr path pointer() noexcept { return path("", style::pointer); }

    /// The member `name` of this value.
    path operator/(std::string_view name) const noexcept { return path(this, name, 0, false); }
    /// Element `index` of this list.
    path operator[](std::size_t index) const noexcept { return path(this, {}, index, true); }

    style kind() const noexcept { return root().style_; }

    /// The path as text; the whole of a JSON document is `/`. A name longer than
    /// `max_error_segment` bytes (a key of the input) is cut, so the text stays small.
    std::string str() const {
        std::string out;
        append(out);
        if (out.empty() && kind() == style::pointer)
            out = "/";
        return out;
    }
    friend std::ostream& operator<<(std::ostream& os, const path& p) { return os << p.str(); }

  private:
    constexpr path(const path* parent, std::string_view name, std::size_t index,
                   bool is_index) noexcept
        : parent_(parent), name_(name), index_(index), is_index_(is_index) {}

    const path& root() const noexcept { return parent_ ? parent_->root() : *this; }

    void append(std::string& out) const {
        if (!parent_) {
            if (style_ == style::dotted)
                out += name_;
            return;
        }
        parent_->append(out);
        if (kind() == style::pointer) {
            if (is_index_)
                out += '/' + std::to_string(index_);
            else
                detail::append_pointer_segment(out, name_);
        } else if (is_index_) {
            out += '[' + std::to_string(index_) + ']';
        } else {
            if (!out.empty())
                out += '.';
            out += detail::shortened(name_, max_error_segment);
        }
    }

    const path* parent_ = nullptr;
    std::string_view name_;
    std::size_t index_ = 0;
    bool is_index_ = false;
    style style_ = style::dotted;
};

// --- field descriptions -------------------------------------------------------------------------

/// One field of a described type. Integer fields carry their valid range; `required` fields
/// must be given (a meeting's date: no default means anything).
template <class T, class M> struct field_desc {
    using owner_type = T;
    using member_type = M;

    std::string_view name; ///< JSON key, Python keyword, path segment
    M T::* member;
    std::string_view doc;
    bool is_required = false;
    std::int64_t min = std::numeric_limits<std::int64_t>::min();
    std::int64_t max = std::numeric_limits<std::int64_t>::max();

    constexpr field_desc required() const noexcept {
        auto f = *this;
        f.is_required = true;
        return f;
    }
    /// Integer fields (and dated integers): the smallest valid value.
    constexpr field_desc at_least(std::int64_t v) const noexcept {
        auto f = *this;
        f.min = v;
        return f;
    }

    /// Integer fields (and dated integers): the largest valid value.
    constexpr field_desc at_most(std::int64_t v) const noexcept {
        auto f = *this;
        f.max = v;
        return f;
    }

    constexpr const M& get(const T& t) const noexcept { return t.*member; }
    constexpr M& get(T& t) const noexcept { return t.*member; }
};

template <class T, class M>
constexpr field_desc<T, M> field(std::string_view name, M T::* member,
                                 std::string_view doc) noexcept {
    return {name, member, doc};
}

/// Specialised beside each value type: `name` (the root of its paths), `doc`, `fields` (a tuple of
/// `field(...)`), and optionally `static void check(const T&, const path&)` for the rules that
/// tie fields together (exempted + suspended <= members).
template <class T> struct describe {};

template <class T, class = void> struct is_described : std::false_type {};
template <class T>
struct is_described<T, std::void_t<decltype(describe<T>::fields)>> : std::true_type {};
template <class T> inline constexpr bool is_described_v = is_described<T>::value;

/// Calls `f(field)` for each field of `T`, in order.
template <class T, class F> constexpr void for_each_field(F&& f) {
    std::apply([&](const auto&... fd) { (f(fd), ...); }, describe<T>::fields);
}

template <class T> constexpr std::size_t field_count() noexcept {
    return std::tuple_size_v<std::decay_t<decltype(describe<T>::fields)>>;
}

// --- the kinds of member the generic code knows ------------------------------------------------

template <class T> struct is_optional : std::false_type {};
template <class T> struct is_optional<std::optional<T>> : std::true_type {};
template <class T> struct is_vector : std::false_type {};
template <class T, class A> struct is_vector<std::vector<T, A>> : std::true_type {};
template <class T> struct is_enum_set : std::false_type {};
template <class E> struct is_enum_set<enum_set<E>> : std::true_type {};

/// Hook for types that are neither described nor one of the kinds above (`dated<T>`): specialise
/// with `validate`, `equal` and `print`.
template <class T, class = void> struct custom_value : std::false_type {};

namespace detail {

/// Valid UTF-8 (no overlong forms, no surrogates, nothing past U+10FFFF): what JSON and Python
/// can carry.
inline bool valid_utf8(std::string_view s) noexcept {
    std::size_t i = 0;
    while (i < s.size()) {
        // Names and references are mostly ASCII: eight bytes at a time, then a byte at a time,
        // up to the next byte that starts a longer sequence.
        for (std::uint64_t w = 0; i + 8 <= s.size(); i += 8) {
            std::memcpy(&w, s.data() + i, 8);
            if (w & 0x8080808080808080u)
                break;
        }
        while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80)
            ++i;
        if (i == s.size())
            break;
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t n = 0; // continuation bytes
        std::uint32_t cp = 0;
        if ((c & 0xE0) == 0xC0)
            n = 1, cp = c & 0x1Fu;
        else if ((c & 0xF0) == 0xE0)
            n = 2, cp = c & 0x0Fu;
        else if ((c & 0xF8) == 0xF0)
            n = 3, cp = c & 0x07u;
        else
            return false;
        if (s.size() - i <= n)
            return false;
        for (std::size_t k = 1; k <= n; ++k) {
            const auto cc = static_cast<unsigned char>(s[i + k]);
            if ((cc & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (cc & 0x3Fu);
        }
        constexpr std::uint32_t least[] = {0, 0x80, 0x800, 0x10000};
        if (cp < least[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += n + 1;
    }
    return true;
}

/// `s` quoted, control and non-ASCII bytes as '?' (it may not be valid UTF-8), cut to the
/// length an error quotes.
inline std::string shown(std::string_view s) {
    std::string out = "'";
    for (char c : s.substr(0, max_error_value))
        out += (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x80) ? '?'
                                                                                               : c;
    return out + "'";
}

template <class M>
void validate_value(const M& v, const path& at, std::int64_t min, std::int64_t max, bool required);

} // namespace detail

/// Checks every field of `t` against its description (enums in range, real dates, counts in range,
/// valid UTF-8, nested values), then the type's own `check`. Throws a `sinhhoat::error` naming
/// the path below `at`.
template <class T> void validate(const T& t, const path& at);

namespace detail {

template <class M>
void validate_value(const M& v, const path& at, std::int64_t min, std::int64_t max, bool required) {
    if constexpr (is_described_v<M>) {
        sinhhoat::validate(v, at);
    } else if constexpr (custom_value<M>::value) {
        custom_value<M>::validate(v, at, min, max);
    } else if constexpr (is_optional<M>::value) {
        if (v)
            validate_value(*v, at, min, max, true);
    } else if constexpr (is_vector<M>::value) {
        for (std::size_t i = 0; i < v.size(); ++i)
            validate_value(v[i], at[i], min, max, true);
    } else if constexpr (std::is_same_v<M, date>) {
        if (required || !v.is_not_a_date())
            require_date(v, [&] { return at.str(); });
    } else if constexpr (std::is_same_v<M, bool> || is_enum_set<M>::value) {
        // every value is valid: a set keeps only known codes
    } else if constexpr (is_coded_enum<M>::value) {
        if (!is_valid(v))
            throw invalid_value(at.str(), std::to_string(static_cast<int>(v)),
                                "không phải mã hợp lệ của " + std::string(enum_traits<M>::name),
                                "not a valid " + std::string(enum_traits<M>::name));
    } else if constexpr (std::is_integral_v<M>) {
        const auto x = static_cast<std::int64_t>(v);
        if (x < min)
            throw invalid_value(at.str(), std::to_string(x),
                                min == 0 ? "số lượng không được âm"
                                         : "giá trị phải từ " + std::to_string(min) + " trở lên",
                                min == 0 ? "a count cannot be negative"
                                         : "must be at least " + std::to_string(min));
        if (x > max)
            throw invalid_value(at.str(), std::to_string(x),
                                "giá trị không được quá " + std::to_string(max),
                                "must be at most " + std::to_string(max));
    } else if constexpr (std::is_same_v<M, std::string>) {
        if (!valid_utf8(v))
            throw invalid_value(at.str(), shown(v), "chuỗi không phải UTF-8 hợp lệ",
                                "not valid UTF-8");
    } else {
        static_assert(sizeof(M) == 0, "no generic validation for this member type");
    }
}

template <class T, class = void> struct has_check : std::false_type {};
template <class T>
struct has_check<T, std::void_t<decltype(describe<T>::check(std::declval<const T&>(),
                                                            std::declval<const path&>()))>>
    : std::true_type {};

} // namespace detail

template <class T> void validate(const T& t, const path& at) {
    static_assert(is_described_v<T>, "validate() needs a describe<T>");
    for_each_field<T>([&](const auto& fd) {
        detail::validate_value(fd.get(t), at / fd.name, fd.min, fd.max, fd.is_required);
    });
    if constexpr (detail::has_check<T>::value)
        describe<T>::check(t, at);
}

/// Validates `t` under the root path of its type (`meeting.date`).
template <class T> void validate(const T& t) {
    validate(t, path(describe<T>::name));
}

// --- equality and printing ----------------------------------------------------------------------

namespace detail {
template <class M> bool equal_values(const M& a, const M& b) {
    if constexpr (custom_value<M>::value)
        return custom_value<M>::equal(a, b);
    else
        return a == b;
}
} // namespace detail

/// Field by field. Found by ADL for every described type of the library.
template <class T, std::enable_if_t<is_described_v<T>, int> = 0>
bool operator==(const T& a, const T& b) {
    bool same = true;
    for_each_field<T>(
        [&](const auto& fd) { same = same && detail::equal_values(fd.get(a), fd.get(b)); });
    return same;
}
template <class T, std::enable_if_t<is_described_v<T>, int> = 0>
bool operator!=(const T& a, const T& b) {
    return !(a == b);
}

namespace detail {
template <class M> void print_value(std::ostream& os, const M& v);
} // namespace detail

/// `meeting{date=2024-09-10, body=whole_organisation, ...}`: every field, so that a failed test
/// reads as the value it compared.
template <class T, std::enable_if_t<is_described_v<T>, int> = 0>
std::ostream& operator<<(std::ostream& os, const T& t) {
    os << describe<T>::name << '{';
    bool first = true;
    for_each_field<T>([&](const auto& fd) {
        os << (first ? "" : ", ") << fd.name << '=';
        detail::print_value(os, fd.get(t));
        first = false;
    });
    return os << '}';
}

namespace detail {
template <class M> void print_value(std::ostream& os, const M& v) {
    if constexpr (is_described_v<M>) {
        os << v;
    } else if constexpr (custom_value<M>::value) {
        custom_value<M>::print(os, v);
    } else if constexpr (is_optional<M>::value) {
        if (v)
            print_value(os, *v);
        else
            os << "none";
    } else if constexpr (is_vector<M>::value) {
        os << '[';
        for (std::size_t i = 0; i < v.size(); ++i) {
            os << (i ? ", " : "");
            print_value(os, v[i]);
        }
        os << ']';
    } else if constexpr (std::is_same_v<M, date>) {
        os << to_iso(v);
    } else if constexpr (std::is_same_v<M, bool>) {
        os << (v ? "true" : "false");
    } else if constexpr (is_enum_set<M>::value) {
        os << '{' << join_codes(v) << '}';
    } else if constexpr (is_coded_enum<M>::value) {
        os << to_code(v);
    } else if constexpr (std::is_integral_v<M>) {
        os << static_cast<std::int64_t>(v);
    } else if constexpr (std::is_same_v<M, std::string>) {
        os << '"' << v << '"';
    } else {
        static_assert(sizeof(M) == 0, "no generic printing for this member type");
    }
}
} // namespace detail

} // namespace sinhhoat
