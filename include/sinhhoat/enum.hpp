#pragma once
// Coded enums: the code / Vietnamese / English table behind every enum (one row per enumerator,
// in order), and enum_set, a set of enumerators as a bit set.

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <ostream>
#include <sinhhoat/error.hpp>
#include <string>
#include <string_view>
#include <type_traits>

namespace sinhhoat {

/// One row of an enum's table: the stable code (catalogue spelling) and its labels.
struct enum_label {
    std::string_view code;
    std::string_view vi;
    std::string_view en;
};

/// Specialised for each public enum: `name` (the field used in errors) and `rows`, indexed by
/// the enumerator's value.
template <class E> struct enum_traits;

namespace detail {
template <class E> constexpr std::size_t enum_count() noexcept {
    return sizeof(enum_traits<E>::rows) / sizeof(enum_traits<E>::rows[0]);
}
/// Shown for a value cast out of range, so that it never passes for a valid one.
inline constexpr enum_label invalid_row{"?", "?", "?"};
template <class E> constexpr const enum_label& row(E e) noexcept {
    const auto i = static_cast<std::size_t>(e);
    return i < enum_count<E>() ? enum_traits<E>::rows[i] : invalid_row;
}
} // namespace detail

template <class E> constexpr std::string_view to_code(E e) noexcept {
    return detail::row(e).code;
}
template <class E> constexpr std::string_view label_vi(E e) noexcept {
    return detail::row(e).vi;
}
template <class E> constexpr std::string_view label_en(E e) noexcept {
    return detail::row(e).en;
}

/// Whether `E` is an enum with a code table.
template <class E, class = void> struct is_coded_enum : std::false_type {};
template <class E>
struct is_coded_enum<
    E, std::enable_if_t<std::is_enum_v<E>, std::void_t<decltype(enum_traits<E>::rows)>>>
    : std::true_type {};

/// All enumerators of `E`, in order; for loops in tests and for the bindings.
template <class E> constexpr std::size_t enum_size() noexcept {
    return detail::enum_count<E>();
}

/// Whether `e` is one of the enumerators (an integer cast into `E` may not be).
template <class E> constexpr bool is_valid(E e) noexcept {
    return static_cast<std::size_t>(e) < detail::enum_count<E>();
}

/// The enumerator whose code is `code`; `unknown_code` naming `field` otherwise.
template <class E>
E from_code(std::string_view code, std::string_view field = enum_traits<E>::name) {
    for (std::size_t i = 0; i < detail::enum_count<E>(); ++i)
        if (enum_traits<E>::rows[i].code == code)
            return static_cast<E>(i);
    std::string known;
    for (std::size_t i = 0; i < detail::enum_count<E>(); ++i) {
        known += i ? ", " : "";
        known += enum_traits<E>::rows[i].code;
    }
    throw unknown_code(std::string(field), "'" + std::string(code) + "'",
                       "mã không có trong danh mục (" + known + ")",
                       "not a known code (" + known + ")");
}

/// A set of enumerators of `E` as a bit set: flat, no heap, cheap to intersect.
namespace detail {
/// The smallest unsigned integer with a bit for each of `n` codes: a set of a few codes is a
/// byte, so that a flat meeting stays within a cache line with its sets made optional (R38).
template <std::size_t n>
using bits_for = std::conditional_t<
    n <= 8, std::uint8_t,
    std::conditional_t<n <= 16, std::uint16_t,
                       std::conditional_t<n <= 32, std::uint32_t, std::uint64_t>>>;
} // namespace detail

template <class E> class enum_set {
    static constexpr std::size_t codes = sizeof(enum_traits<E>::rows) / sizeof(enum_label);
    static_assert(codes <= 64, "at most 64 codes");
    using storage = detail::bits_for<codes>;

  public:
    using value_type = E;

    constexpr enum_set() noexcept = default;
    constexpr enum_set(std::initializer_list<E> items) noexcept {
        for (E e : items)
            insert(e);
    }
    static constexpr enum_set from_bits(std::uint64_t bits) noexcept {
        enum_set s;
        s.bits_ = static_cast<storage>(bits & all().bits_);
        return s;
    }
    static constexpr enum_set all() noexcept {
        enum_set s;
        s.bits_ = static_cast<storage>(codes == 64 ? ~std::uint64_t{0}
                                                   : ((std::uint64_t{1} << codes) - 1));
        return s;
    }

    constexpr std::uint64_t bits() const noexcept { return bits_; }
    constexpr bool contains(E e) const noexcept { return is_valid(e) && (bits_ & bit(e)) != 0; }
    constexpr bool empty() const noexcept { return bits_ == 0; }
    constexpr std::size_t size() const noexcept {
        std::size_t n = 0;
        for (auto b = bits_; b; b &= b - 1)
            ++n;
        return n;
    }
    constexpr enum_set& insert(E e) noexcept {
        if (is_valid(e))
            bits_ = static_cast<storage>(bits_ | bit(e));
        return *this;
    }
    constexpr enum_set& erase(E e) noexcept {
        if (is_valid(e))
            bits_ = static_cast<storage>(bits_ & ~bit(e));
        return *this;
    }
    constexpr bool intersects(enum_set o) const noexcept { return (bits_ & o.bits_) != 0; }
    constexpr bool includes(enum_set o) const noexcept {
        return (std::uint64_t{o.bits_} & ~std::uint64_t{bits_}) == 0;
    }

    friend constexpr enum_set operator&(enum_set a, enum_set b) noexcept {
        return from_bits(std::uint64_t{a.bits_} & b.bits_);
    }
    friend constexpr enum_set operator|(enum_set a, enum_set b) noexcept {
        return from_bits(std::uint64_t{a.bits_} | b.bits_);
    }
    /// Set difference: the members of `a` not in `b`.
    friend constexpr enum_set operator-(enum_set a, enum_set b) noexcept {
        return from_bits(std::uint64_t{a.bits_} & ~std::uint64_t{b.bits_});
    }
    friend constexpr bool operator==(enum_set a, enum_set b) noexcept { return a.bits_ == b.bits_; }
    friend constexpr bool operator!=(enum_set a, enum_set b) noexcept { return a.bits_ != b.bits_; }

    /// Calls `f(e)` for each member, in enumerator order.
    template <class F> constexpr void for_each(F&& f) const {
        for (std::size_t i = 0; i < detail::enum_count<E>(); ++i)
            if (std::uint64_t{bits_} & (std::uint64_t{1} << i))
                f(static_cast<E>(i));
    }

  private:
    static constexpr std::uint64_t bit(E e) noexcept {
        return std::uint64_t{1} << static_cast<std::size_t>(e);
    }
    storage bits_ = 0;
};

/// Codes joined by ", " (`{a, b}` prints as `a, b`).
template <class E> std::string join_codes(enum_set<E> s) {
    std::string out;
    s.for_each([&](E e) {
        out += out.empty() ? "" : ", ";
        out += to_code(e);
    });
    return out;
}

// Enums print as their codes, sets as `{a, b}`, so that a failed test reads as a sentence.
template <class E, std::enable_if_t<is_coded_enum<E>::value, int> = 0>
std::ostream& operator<<(std::ostream& os, E e) {
    return os << to_code(e);
}
template <class E> std::ostream& operator<<(std::ostream& os, enum_set<E> s) {
    return os << '{' << join_codes(s) << '}';
}

} // namespace sinhhoat
