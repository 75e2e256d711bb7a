#pragma once
// Every date is a boost::gregorian::date; these helpers turn Boost's exceptions into ours so that
// a bad date names the field it came from.

#include <boost/date_time/gregorian/gregorian.hpp>
#include <cstdio>
#include <sinhhoat/error.hpp>
#include <string>
#include <string_view>
#include <utility>

namespace sinhhoat {

using date = boost::gregorian::date;
using days = boost::gregorian::date_duration;

/// The date `y-m-d`, or `invalid_date` naming `field` when no such day exists (31/4, 29/2/2023).
inline date make_date(int y, int m, int d, std::string_view field = "date") {
    // Range-check before narrowing: 65537 must not wrap into a valid day. Boost's own range is
    // 1400..9999; it reports bad_year/bad_month/bad_day_of_month as std::out_of_range.
    if (y >= 1400 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= 31) {
        try {
            return date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                        static_cast<unsigned short>(d));
        } catch (const std::out_of_range&) {
        }
    }
    throw invalid_date(std::string(field),
                       std::to_string(y) + "-" + std::to_string(m) + "-" + std::to_string(d),
                       "ngày không tồn tại", "no such calendar day");
}

/// Parses an ISO date `YYYY-MM-DD`; `invalid_date` naming `field` otherwise.
inline date parse_date(std::string_view text, std::string_view field = "date") {
    const auto fail = [&]() -> date {
        throw invalid_date(std::string(field), "'" + std::string(text) + "'",
                           "ngày phải có dạng YYYY-MM-DD và tồn tại",
                           "a date must be YYYY-MM-DD and exist");
    };
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return fail();
    int parts[3] = {0, 0, 0};
    const std::size_t starts[3] = {0, 5, 8};
    const std::size_t lengths[3] = {4, 2, 2};
    for (int i = 0; i < 3; ++i)
        for (std::size_t k = 0; k < lengths[i]; ++k) {
            const char c = text[starts[i] + k];
            if (c < '0' || c > '9')
                return fail();
            parts[i] = parts[i] * 10 + (c - '0');
        }
    try {
        return make_date(parts[0], parts[1], parts[2], field);
    } catch (const invalid_date&) {
        return fail();
    }
}

namespace detail {
/// A (non-special) day as `yyyy-mm-dd` or, in Vietnamese, `dd/mm/yyyy`, written digit by digit:
/// Boost's formatter goes through a stream and its locale, a microsecond a date.
inline std::string ymd_text(date d, bool vn) {
    const auto ymd = d.year_month_day();
    const auto put = [](char* at, unsigned v, int digits) {
        for (int i = digits - 1; i >= 0; --i, v /= 10)
            at[i] = static_cast<char>('0' + v % 10);
    };
    std::string out(10, vn ? '/' : '-');
    const unsigned y = ymd.year, m = ymd.month, day = ymd.day;
    if (vn) {
        put(&out[0], day, 2);
        put(&out[3], m, 2);
        put(&out[6], y, 4);
    } else {
        put(&out[0], y, 4);
        put(&out[5], m, 2);
        put(&out[8], day, 2);
    }
    return out;
}
} // namespace detail

/// ISO form `YYYY-MM-DD`, or Boost's name for a special value.
inline std::string to_iso(date d) {
    if (d.is_special())
        return boost::gregorian::to_simple_string(d);
    return detail::ymd_text(d, false);
}

/// Vietnamese form `dd/mm/yyyy`.
inline std::string to_vn(date d) {
    if (d.is_special())
        return boost::gregorian::to_simple_string(d);
    return detail::ymd_text(d, true);
}

namespace detail {
/// Throws `invalid_date` unless `d` is a real calendar day (not a Boost special value).
inline void require_date(date d, std::string_view field) {
    if (d.is_special())
        throw invalid_date(std::string(field), to_iso(d), "thiếu ngày hoặc ngày không hợp lệ",
                           "missing or invalid date");
}
/// As above, with the field's name made by `name()` only when throwing.
template <class Name, class = decltype(std::string(std::declval<Name&>()()))>
void require_date(date d, Name&& name) {
    if (d.is_special())
        require_date(d, std::string_view(name()));
}
} // namespace detail

} // namespace sinhhoat
