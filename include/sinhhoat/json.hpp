#pragma once
// JSON in and out for every value type, rule sets, findings and verdicts, generic over the
// descriptions beside each type (describe.hpp) and the reasons' declared values (catalogue.hpp).
// Opt-in: link `sinhhoat::json` (it brings nlohmann/json); nothing else of the library needs it.
//
// Reading is strict: an unknown field, a duplicate key, a wrong type or a missing required field
// is a `sinhhoat::error` naming the JSON Pointer of the value (`/roll/unable/0/count`) and the
// value, in Vietnamese and English; what is read is then validated as a constructor would.
//
// **Example**
// ```cpp
// auto m = sinhhoat::json::parse<sinhhoat::meeting>(R"({"date": "2024-09-10", "form": "hybrid"})");
// std::string text = sinhhoat::json::dump(m);
// sinhhoat::rule_set rules = sinhhoat::json::load_rule_set("rule-sets/dong_nai.json");
// ```

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <limits>
#include <nlohmann/json.hpp>
#ifndef SINHHOAT_JSON_EXTERNAL_SHA256
#include <openssl/evp.h>
#endif
#include <optional>
#include <sinhhoat/sinhhoat.hpp>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace sinhhoat::json {

/// A JSON value; objects keep their keys in the order of the descriptions.
using value = nlohmann::ordered_json;

/// What to write besides the data.
struct write_options {
    bool messages = false; ///< findings carry message_vi and message_en
};

/// How deep JSON values may nest, in every reader (JSON text, Python dicts and lists, pickles).
/// The deepest valid document nests 5 levels (a verdict's finding's set of codes); anything past
/// this is refused before it is built, so no reader recurses as deep as the input asks.
inline constexpr std::size_t max_depth = 64;

namespace detail {

/// The JSON text of string `s`, of which only the prefix that can show is written out.
inline void excerpt_string(std::string_view s, std::string& out, std::size_t limit) {
    const std::size_t room = limit - out.size() + 4;
    out +=
        value(std::string(s.substr(0, room))).dump(-1, ' ', false, value::error_handler_t::replace);
}

inline void excerpt_into(const value& j, std::string& out, std::size_t limit) {
    if (out.size() >= limit)
        return;
    switch (j.type()) {
    case value::value_t::object:
    case value::value_t::array: {
        const bool is_object = j.is_object();
        out += is_object ? '{' : '[';
        bool first = true;
        for (const auto& item : j.items()) {
            if (out.size() >= limit)
                return;
            if (!first)
                out += ',';
            first = false;
            if (is_object) {
                excerpt_string(item.key(), out, limit);
                out += ':';
            }
            excerpt_into(item.value(), out, limit); // depth at most `limit`: a byte a level
        }
        out += is_object ? '}' : ']';
        break;
    }
    case value::value_t::string:
        excerpt_string(j.get_ref<const std::string&>(), out, limit);
        break;
    default:
        out += j.dump();
        break;
    }
}

/// The JSON text of `j` cut to `max_error_value` bytes, written no further than that: an error
/// quotes a 50 MB value, or one nested 100,000 deep, in constant time and memory.
inline std::string excerpt(const value& j) {
    std::string out;
    excerpt_into(j, out, max_error_value);
    return sinhhoat::detail::shortened(out, max_error_value);
}

[[noreturn]] inline void wrong(const path& at, const value& j, std::string_view vi,
                               std::string_view en) {
    throw invalid_value(at.str(), excerpt(j), std::string(vi), std::string(en));
}

[[noreturn]] inline void missing(const path& at) {
    throw invalid_value(at.str(), "(missing)", "thiếu trường bắt buộc",
                        "a required field is missing");
}

/// Each key of object `j` must be one of `known`.
template <class Known> void only_known(const value& j, const path& at, Known&& known) {
    for (const auto& item : j.items())
        if (!known(std::string_view(item.key())))
            wrong(at / item.key(), item.value(), "không có trường này", "no such field");
}

inline const value& object(const value& j, const path& at) {
    if (!j.is_object())
        wrong(at, j, "cần một đối tượng JSON", "a JSON object is required");
    return j;
}
inline const value& array(const value& j, const path& at) {
    if (!j.is_array())
        wrong(at, j, "cần một mảng JSON", "a JSON array is required");
    return j;
}

inline std::int64_t integer(const value& j, const path& at, std::int64_t min, std::int64_t max) {
    if (!j.is_number_integer())
        wrong(at, j, "cần một số nguyên", "an integer is required");
    if (j.is_number_unsigned() &&
        j.get<std::uint64_t>() >
            static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
        wrong(at, j, "số nguyên quá lớn", "integer out of range");
    const auto v = j.get<std::int64_t>();
    if (v < min || v > max)
        wrong(at, j, "số nguyên ngoài khoảng cho phép", "integer out of range");
    return v;
}

inline date read_date(const value& j, const path& at) {
    if (!j.is_string())
        throw invalid_date(at.str(), excerpt(j), "ngày phải là chuỗi YYYY-MM-DD",
                           "a date must be a string YYYY-MM-DD");
    const std::string path_name = at.str();
    return parse_date(j.get_ref<const std::string&>(), path_name);
}

template <class E> E read_code(const value& j, const path& at) {
    if (!j.is_string())
        wrong(at, j, "cần một mã (chuỗi)", "a code string is required");
    return from_code<E>(j.get_ref<const std::string&>(), at.str());
}

template <class E> enum_set<E> read_codes(const value& j, const path& at) {
    array(j, at);
    enum_set<E> out;
    for (std::size_t i = 0; i < j.size(); ++i) {
        const E e = read_code<E>(j[i], at[i]);
        if (out.contains(e))
            wrong(at[i], j[i], "mã bị lặp lại", "a code given twice");
        out.insert(e);
    }
    return out;
}

template <class E> value write_codes(enum_set<E> s) {
    value out = value::array();
    s.for_each([&](E e) { out.push_back(std::string(to_code(e))); });
    return out;
}

// --- members ------------------------------------------------------------------------------------

template <class M> value write(const M& v);
template <class M> M read(const value& j, const path& at, std::int64_t min, std::int64_t max);

template <class T> value write_object(const T& t) {
    value out = value::object();
    for_each_field<T>([&](const auto& fd) { out[std::string(fd.name)] = write(fd.get(t)); });
    return out;
}

template <class T> T read_object(const value& j, const path& at) {
    object(j, at);
    only_known(j, at, [](std::string_view key) {
        bool known = false;
        for_each_field<T>([&](const auto& fd) { known = known || fd.name == key; });
        return known;
    });
    T t{};
    for_each_field<T>([&](const auto& fd) {
        using M = typename std::decay_t<decltype(fd)>::member_type;
        const auto it = j.find(std::string(fd.name));
        if (it != j.end())
            fd.get(t) = read<M>(*it, at / fd.name, fd.min, fd.max);
        else if (fd.is_required)
            missing(at / fd.name);
    });
    return t;
}

template <class T> struct is_dated : std::false_type {};
template <class T> struct is_dated<dated<T>> : std::true_type {};

inline value write_bound(date d) {
    return d.is_special() ? value(nullptr) : value(to_iso(d));
}

template <class M> value write(const M& v) {
    if constexpr (is_described_v<M>) {
        return write_object(v);
    } else if constexpr (is_dated<M>::value) {
        // No period at all (which validation refuses) is null: `[]` is a bare empty set.
        if (v.values().empty())
            return value(nullptr);
        value out = value::array();
        for (const auto& p : v.values()) {
            value period = value::object();
            period["from"] = write_bound(p.from);
            period["until"] = write_bound(p.until);
            period["value"] = write(p.value);
            out.push_back(std::move(period));
        }
        return out;
    } else if constexpr (is_optional<M>::value) {
        return v ? write(*v) : value(nullptr);
    } else if constexpr (is_vector<M>::value) {
        value out = value::array();
        for (const auto& x : v)
            out.push_back(write(x));
        return out;
    } else if constexpr (std::is_same_v<M, date>) {
        return v.is_special() ? value(nullptr) : value(to_iso(v));
    } else if constexpr (std::is_same_v<M, sha256>) {
        return v.empty() ? value(nullptr) : value(v.hex());
    } else if constexpr (std::is_same_v<M, bool>) {
        return value(v);
    } else if constexpr (is_enum_set<M>::value) {
        return write_codes(v);
    } else if constexpr (is_coded_enum<M>::value) {
        return value(std::string(to_code(v)));
    } else if constexpr (std::is_integral_v<M>) {
        return value(static_cast<std::int64_t>(v));
    } else if constexpr (std::is_same_v<M, std::string>) {
        return value(v);
    } else {
        static_assert(sizeof(M) == 0, "no JSON form for this member type");
    }
}

/// A dated parameter: `[{"from": .., "until": .., "value": ..}, ...]` (null or absent: open),
/// or a bare value always in force; null is no period (read back as written, then refused by
/// validation).
template <class T>
dated<T> read_dated(const value& j, const path& at, std::int64_t min, std::int64_t max) {
    if (j.is_null())
        return dated<T>(std::vector<dated_value<T>>{});
    const bool periods = j.is_array() && !j.empty() && j.front().is_object();
    if (!periods)
        return dated<T>(read<T>(j, at, min, max));
    std::vector<dated_value<T>> values;
    for (std::size_t i = 0; i < j.size(); ++i) {
        const path item = at[i];
        const value& p = object(j[i], item);
        only_known(p, item,
                   [](std::string_view k) { return k == "from" || k == "until" || k == "value"; });
        dated_value<T> v;
        if (const auto f = p.find("from"); f != p.end() && !f->is_null())
            v.from = read_date(*f, item / "from");
        if (const auto u = p.find("until"); u != p.end() && !u->is_null())
            v.until = read_date(*u, item / "until");
        const auto x = p.find("value");
        if (x == p.end())
            missing(item / "value");
        v.value = read<T>(*x, item / "value", min, max);
        values.push_back(std::move(v));
    }
    return dated<T>(std::move(values));
}

template <class M> M read(const value& j, const path& at, std::int64_t min, std::int64_t max) {
    if constexpr (is_described_v<M>) {
        return read_object<M>(j, at);
    } else if constexpr (is_dated<M>::value) {
        return read_dated<typename M::value_type>(j, at, min, max);
    } else if constexpr (is_optional<M>::value) {
        if (j.is_null())
            return std::nullopt;
        return read<typename M::value_type>(j, at, min, max);
    } else if constexpr (is_vector<M>::value) {
        array(j, at);
        M out;
        out.reserve(j.size());
        for (std::size_t i = 0; i < j.size(); ++i)
            out.push_back(read<typename M::value_type>(j[i], at[i], min, max));
        return out;
    } else if constexpr (std::is_same_v<M, date>) {
        return read_date(j, at);
    } else if constexpr (std::is_same_v<M, sha256>) {
        if (j.is_null())
            return sha256{};
        if (!j.is_string())
            wrong(at, j, "cần 64 chữ số hex", "64 hex digits are required");
        return sha256::from_hex(j.get_ref<const std::string&>(), at);
    } else if constexpr (std::is_same_v<M, bool>) {
        if (!j.is_boolean())
            wrong(at, j, "cần giá trị true/false", "a boolean is required");
        return j.get<bool>();
    } else if constexpr (is_enum_set<M>::value) {
        return read_codes<typename M::value_type>(j, at);
    } else if constexpr (is_coded_enum<M>::value) {
        return read_code<M>(j, at);
    } else if constexpr (std::is_integral_v<M>) {
        // Read within the member type's range; the description's range is validation's to say,
        // with the same message as for a value made in C++ or Python.
        return static_cast<M>(integer(j, at, std::numeric_limits<M>::min(),
                                      static_cast<std::int64_t>(std::numeric_limits<M>::max())));
    } else if constexpr (std::is_same_v<M, std::string>) {
        if (!j.is_string())
            wrong(at, j, "cần một chuỗi", "a string is required");
        return j.get<std::string>();
    } else {
        static_assert(sizeof(M) == 0, "no JSON form for this member type");
    }
}

// --- findings and verdicts ----------------------------------------------------------------------

/// Whether `v` is a value of `T`'s kind as a finding stores it (a code in range, a set of known
/// codes, a real day or none, 0 or 1).
template <class T> bool holds(std::int64_t v) {
    if constexpr (std::is_same_v<T, count_kind>)
        return true;
    else if constexpr (std::is_same_v<T, flag_kind>)
        return v == 0 || v == 1;
    else if constexpr (std::is_same_v<T, date_kind>)
        return v == 0 || !value_date(v).is_special();
    else if constexpr (is_enum_set<T>::value)
        return T::from_bits(static_cast<std::uint64_t>(v)).bits() == static_cast<std::uint64_t>(v);
    else
        return v >= 0 && static_cast<std::uint64_t>(v) < enum_size<T>();
}

inline value write_finding_value(value_kind kind, std::int64_t v) {
    return visit_kind(kind, [&](auto tag) -> value {
        using T = typename decltype(tag)::type;
        if constexpr (std::is_same_v<T, count_kind>)
            return value(v);
        else if constexpr (std::is_same_v<T, flag_kind>)
            return value(v != 0);
        else if constexpr (std::is_same_v<T, date_kind>)
            return write_bound(value_date(v));
        else if constexpr (is_enum_set<T>::value)
            return write_codes(T::from_bits(static_cast<std::uint64_t>(v)));
        else if (holds<T>(v))
            return value(std::string(to_code(static_cast<T>(v))));
        else
            return value(v); // a code out of range, made in C++: the reader refuses it
    });
}

inline std::int64_t read_finding_value(value_kind kind, const value& j, const path& at) {
    return visit_kind(kind, [&](auto tag) -> std::int64_t {
        using T = typename decltype(tag)::type;
        if constexpr (std::is_same_v<T, count_kind>) {
            return integer(j, at, std::numeric_limits<std::int64_t>::min(),
                           std::numeric_limits<std::int64_t>::max());
        } else if constexpr (std::is_same_v<T, flag_kind>) {
            if (!j.is_boolean())
                wrong(at, j, "cần giá trị true/false", "a boolean is required");
            return j.get<bool>() ? 1 : 0;
        } else if constexpr (std::is_same_v<T, date_kind>) {
            return j.is_null() ? 0 : date_value(read_date(j, at));
        } else if constexpr (is_enum_set<T>::value) {
            return static_cast<std::int64_t>(read_codes<typename T::value_type>(j, at).bits());
        } else {
            return static_cast<std::int64_t>(read_code<T>(j, at));
        }
    });
}

} // namespace detail

/// Checks what a finding read from outside can hold: known codes, a status its reason goes
/// with, values of their declared kinds (a code in range, a real date or none) and nothing past
/// the declared values. Throws naming `at`.
inline void validate(const finding& f, const path& at) {
    if (!is_valid(f.rule))
        throw invalid_value((at / "rule").str(), std::to_string(int(f.rule)),
                            "mã quy định không hợp lệ", "not a valid rule ID");
    if (!is_valid(f.reason))
        throw invalid_value((at / "reason").str(), std::to_string(int(f.reason)),
                            "lý do không hợp lệ", "not a valid reason");
    if (!is_valid(f.status))
        throw invalid_value((at / "status").str(), std::to_string(int(f.status)),
                            "trạng thái không hợp lệ", "not a valid status");
    const auto info = f.info();
    if (!info.statuses.contains(f.status))
        throw inconsistent_input(
            (at / "status").str(), std::string(to_code(f.status)),
            "lý do '" + std::string(to_code(f.reason)) + "' không đi với trạng thái này (" +
                join_codes(info.statuses) + ")",
            "reason '" + std::string(to_code(f.reason)) + "' does not go with this status (" +
                join_codes(info.statuses) + ")");
    if (!info.rules.contains(f.rule))
        throw inconsistent_input((at / "reason").str(), std::string(to_code(f.reason)),
                                 "lý do này không thuộc quy tắc '" + std::string(to_code(f.rule)) +
                                     "' (thuộc: " + join_codes(info.rules) + ")",
                                 "this reason does not belong to rule '" +
                                     std::string(to_code(f.rule)) + "' (it belongs to " +
                                     join_codes(info.rules) + ")");
    const path values = at / "values";
    for (std::size_t k = 0; k < finding::max_values; ++k) {
        const auto v = f.values[k];
        if (k >= info.value_count) {
            if (v != 0)
                throw inconsistent_input(values[k].str(), std::to_string(v),
                                         "lý do này không có giá trị thứ " + std::to_string(k),
                                         "this reason has no value " + std::to_string(k));
            continue;
        }
        const bool ok = visit_kind(info.values[k].kind, [&](auto tag) {
            return detail::holds<typename decltype(tag)::type>(v);
        });
        if (!ok) {
            const std::string here = (values / info.values[k].name).str();
            if (info.values[k].kind == value_kind::date)
                throw invalid_date(here, std::to_string(v), "ngày không hợp lệ", "not a valid day");
            throw invalid_value(here, std::to_string(v), "giá trị ngoài danh mục của loại này",
                                "not a value of its kind (a code out of range)");
        }
        if (info.values[k].kind == value_kind::count && v < 0)
            throw invalid_value((values / info.values[k].name).str(), std::to_string(v),
                                "số lượng không được âm", "a count cannot be negative");
    }
    // The values agree with each other as the reason's message states them.
    for (std::size_t i = 0; i < info.relation_count; ++i) {
        const auto& r = info.relations[i];
        const auto a = f.values[r.left], b = f.values[r.right];
        const bool dates = info.values[r.left].kind == value_kind::date;
        if ((dates && (a == 0 || b == 0)) || r.holds(a, b))
            continue;
        const auto& left = info.values[r.left];
        const auto& right = info.values[r.right];
        const auto shown = [&](std::int64_t v) {
            return dates ? to_iso(value_date(v)) : std::to_string(v);
        };
        throw inconsistent_input((values / left.name).str(),
                                 shown(a) + " (" + std::string(right.name) + " = " + shown(b) + ")",
                                 "các giá trị mâu thuẫn: lý do '" + std::string(to_code(f.reason)) +
                                     "' cần " + std::string(r.text),
                                 "the values contradict each other: reason '" +
                                     std::string(to_code(f.reason)) + "' needs " +
                                     std::string(r.text));
    }
}

/// A verdict holds valid findings (and no more than it can).
inline void validate(const verdict& v, const path& at) {
    for (std::size_t i = 0; i < v.size(); ++i)
        validate(v[i], (at / "findings")[i]);
}

// --- writing ------------------------------------------------------------------------------------

/// `{"rule", "clause", "status", "reason", "values": {name: value}}`, and the messages on request.
inline value to_json(const finding& f, const write_options& options = {}) {
    value out = value::object();
    out["rule"] = std::string(to_code(f.rule));
    out["clause"] = std::string(f.clause());
    out["status"] = std::string(to_code(f.status));
    out["reason"] = std::string(to_code(f.reason));
    value values = value::object();
    const auto info = f.info();
    for (std::size_t k = 0; k < info.value_count; ++k)
        values[std::string(info.values[k].name)] =
            detail::write_finding_value(info.values[k].kind, f.values[k]);
    out["values"] = std::move(values);
    if (options.messages) {
        out["message_vi"] = f.message_vi();
        out["message_en"] = f.message_en();
    }
    return out;
}

/// `{"rule_set": {"id", "version", "digest"}, "outcome", "findings": [...]}`, and where the
/// verdict has them `"governed_by"` (R29) and `"caveats"` (R32).
inline value to_json(const verdict& v, const write_options& options = {}) {
    value out = value::object();
    out["rule_set"] = detail::write_object(v.rule_set());
    out["outcome"] = std::string(to_code(v.outcome()));
    value findings = value::array();
    for (const auto& f : v) {
        auto one = to_json(f, options);
        one["clause"] = v.clause(f); // R26: as the verdict's rule set cites it
        findings.push_back(std::move(one));
    }
    out["findings"] = std::move(findings);
    // Only when there are: a verdict without them reads as it did before they existed.
    if (!v.governed_by().empty())
        out["governed_by"] = v.governed_by();
    if (!v.caveats().empty())
        out["caveats"] = detail::write(v.caveats());
    return out;
}

/// `{"meetings": [...]}`, sorted by date.
inline value to_json(const meeting_history& h) {
    value out = value::object();
    out["meetings"] = detail::write(h.meetings());
    return out;
}

/// Every described value type: an object with every field, in the description's order.
template <class T, std::enable_if_t<is_described_v<T>, int> = 0> value to_json(const T& t) {
    return detail::write_object(t);
}

/// A dated parameter: its periods.
template <class T> value to_json(const dated<T>& d) {
    return detail::write(d);
}

// --- reading ------------------------------------------------------------------------------------

inline std::string canonical(const rule_set& r);
inline const sha256& identify(rule_set& r);

template <class T> struct reader; // from_json<T>: one per kind of top-level value

/// `T` from JSON, strictly, then validated as its constructor would: errors name the path below
/// `at` (a JSON Pointer by default; a dotted root such as `path("meeting")` for dict-shaped data).
template <class T> T from_json(const value& j, const path& at = path::pointer()) {
    return reader<T>::read(j, at);
}

template <class T> struct reader {
    static_assert(is_described_v<T>, "from_json<T> needs a described type");
    static T read(const value& j, const path& at) {
        if constexpr (std::is_same_v<T, rule_set>) {
            if (j.is_object() && j.contains("window"))
                return read(legacy_window(j, at), at);
        }
        T t = detail::read_object<T>(j, at);
        if constexpr (std::is_same_v<T, rule_set>) {
            t.validate(at);
            identify(t);
        } else {
            sinhhoat::validate(t, at);
        }
        return t;
    }

    /// A rule set written before periods (0.2 and earlier) names one `window` {first, last}: it
    /// reads as one period, so old files and pickles keep loading with their meaning.
    static value legacy_window(const value& j, const path& at) {
        if (j.contains("periods"))
            throw inconsistent_input((at / "window").str() + " / " + (at / "periods").str(),
                                     detail::excerpt(j["window"]),
                                     "chỉ nêu một trong hai: window (dạng cũ) hoặc periods",
                                     "give one of window (the earlier form) or periods");
        const auto window = detail::read_object<pilot_window>(j["window"], at / "window");
        sinhhoat::validate(window, at / "window");
        value out = j;
        out.erase("window");
        out["periods"] = value::array({detail::write_object(coverage_period{
            window.first, window.last, std::string(), std::string(), std::string()})});
        return out;
    }
};

template <class T> struct reader<dated<T>> {
    static dated<T> read(const value& j, const path& at) {
        auto d = detail::read_dated<T>(j, at, std::numeric_limits<std::int64_t>::min(),
                                       std::numeric_limits<std::int64_t>::max());
        d.validate(at);
        return d;
    }
};

template <> struct reader<meeting_history> {
    static meeting_history read(const value& j, const path& at) {
        detail::object(j, at);
        detail::only_known(j, at, [](std::string_view k) { return k == "meetings"; });
        const auto it = j.find("meetings");
        if (it == j.end())
            return meeting_history();
        const path list = at / "meetings";
        auto meetings = detail::read<std::vector<past_meeting>>(*it, list, 0, 0);
        for (std::size_t i = 0; i < meetings.size(); ++i)
            sinhhoat::validate(meetings[i], list[i]);
        return meeting_history(std::move(meetings));
    }
};

template <> struct reader<finding> {
    /// Clause and messages are derived from rule and reason: read if present, never trusted.
    static finding read(const value& j, const path& at) {
        detail::object(j, at);
        detail::only_known(j, at, [](std::string_view k) {
            return k == "rule" || k == "clause" || k == "status" || k == "reason" ||
                   k == "values" || k == "message_vi" || k == "message_en";
        });
        const auto field = [&](const char* name) -> const value& {
            const auto it = j.find(name);
            if (it == j.end())
                detail::missing(at / name);
            return *it;
        };
        finding f;
        f.rule = detail::read_code<rule_id>(field("rule"), at / "rule");
        f.status = detail::read_code<finding_status>(field("status"), at / "status");
        f.reason = detail::read_code<reason>(field("reason"), at / "reason");
        for (const char* text : {"clause", "message_vi", "message_en"})
            if (const auto it = j.find(text); it != j.end() && !it->is_string())
                detail::wrong(at / text, *it, "cần một chuỗi", "a string is required");
        const auto info = f.info();
        const path values_at = at / "values";
        const auto it = j.find("values");
        if (info.value_count > 0 && it == j.end())
            detail::missing(values_at);
        if (it != j.end()) {
            const value& values = detail::object(*it, values_at);
            detail::only_known(values, values_at, [&](std::string_view k) {
                for (std::size_t i = 0; i < info.value_count; ++i)
                    if (info.values[i].name == k)
                        return true;
                return false;
            });
            for (std::size_t k = 0; k < info.value_count; ++k) {
                const std::string name(info.values[k].name);
                const auto v = values.find(name);
                if (v == values.end())
                    detail::missing(values_at / info.values[k].name);
                f.values[k] = detail::read_finding_value(info.values[k].kind, *v,
                                                         values_at / info.values[k].name);
            }
        }
        validate(f, at);
        return f;
    }
};

template <> struct reader<verdict> {
    /// R26: the clauses the findings were written with, where they are the rule set's own
    /// citations (nothing when every one is the catalogue's). A rule cited two ways is refused.
    static std::shared_ptr<const citation_table>
    cited(const value& list, const std::vector<finding>& read, const path& at) {
        std::shared_ptr<citation_table> table;
        std::vector<bool> seen(enum_size<rule_id>(), false);
        for (std::size_t i = 0; i < read.size(); ++i) {
            const auto it = list[i].find("clause");
            if (it == list[i].end())
                continue;
            const auto& text = it->get_ref<const std::string&>();
            const auto r = static_cast<std::size_t>(read[i].rule);
            if (!table) {
                if (text == clause_of(read[i].rule))
                    continue;
                table = std::make_shared<citation_table>();
                for (std::size_t k = 0; k < enum_size<rule_id>(); ++k)
                    table->emplace_back(clause_of(static_cast<rule_id>(k)));
                // Rules met before the first citation used the catalogue's clause.
                for (std::size_t k = 0; k < i; ++k)
                    seen[static_cast<std::size_t>(read[k].rule)] = true;
            }
            if (seen[r] && (*table)[r] != text)
                throw inconsistent_input((at[i] / "clause").str(), sinhhoat::detail::shown(text),
                                         "quy tắc đã được trích dẫn khác trong cùng kết luận",
                                         "the rule is cited otherwise in the same verdict");
            (*table)[r] = text;
            seen[r] = true;
        }
        return table;
    }

    /// The outcome is derived from the findings; one that disagrees means the data was edited.
    static verdict read(const value& j, const path& at) {
        detail::object(j, at);
        detail::only_known(j, at, [](std::string_view k) {
            return k == "rule_set" || k == "outcome" || k == "findings" || k == "governed_by" ||
                   k == "caveats";
        });
        std::string governed_by;
        if (const auto it = j.find("governed_by"); it != j.end() && !it->is_null()) {
            governed_by = detail::read<std::string>(*it, at / "governed_by", 0, 0);
            require_rule_set_id(governed_by, at / "governed_by");
        }
        std::shared_ptr<const caveat_list> caveats;
        if (const auto it = j.find("caveats"); it != j.end() && !it->is_null()) {
            auto list = detail::read<caveat_list>(*it, at / "caveats", 0, 0);
            for (std::size_t i = 0; i < list.size(); ++i)
                sinhhoat::validate(list[i], (at / "caveats")[i]);
            if (!list.empty())
                caveats = std::make_shared<const caveat_list>(std::move(list));
        }
        // A verdict stored before verdicts named their rule set reads as naming none.
        const auto named = j.find("rule_set");
        auto ref = named == j.end() ? rule_set_ref{}
                                    : detail::read_object<rule_set_ref>(*named, at / "rule_set");
        sinhhoat::validate(ref, at / "rule_set");
        std::vector<finding> read;
        if (const auto it = j.find("findings"); it != j.end()) {
            const path list = at / "findings";
            detail::array(*it, list);
            if (it->size() > verdict::capacity)
                detail::wrong(list, *it,
                              "tối đa " + std::to_string(verdict::capacity) + " phát hiện",
                              "at most " + std::to_string(verdict::capacity) + " findings");
            for (std::size_t i = 0; i < it->size(); ++i)
                read.push_back(reader<finding>::read((*it)[i], list[i]));
            ref.citations = cited(*it, read, list);
        }
        verdict v(std::move(ref), std::move(caveats), std::move(governed_by));
        for (const auto& f : read)
            v.add(f);
        if (const auto it = j.find("outcome"); it != j.end()) {
            const auto claimed = detail::read_code<outcome>(*it, at / "outcome");
            if (claimed != v.outcome())
                throw inconsistent_input(
                    (at / "outcome").str(), std::string(to_code(claimed)),
                    "không khớp với các phát hiện (" + std::string(to_code(v.outcome())) + ")",
                    "does not match the findings (" + std::string(to_code(v.outcome())) + ")");
        }
        return v;
    }
};

// --- JSON Schema --------------------------------------------------------------------------------

/// The version of the JSON forms; a form that changes incompatibly gets a new one. 2: a rule set
/// names its periods (a file of form 1, with one `window`, still reads).
inline constexpr int schema_version = 2;

namespace detail {

inline value date_schema() {
    return {{"type", "string"}, {"format", "date"}, {"pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}};
}

template <class E> std::string enum_def(value& defs) {
    const std::string name(enum_traits<E>::name);
    if (!defs.contains(name)) {
        value codes = value::array();
        for (std::size_t i = 0; i < enum_size<E>(); ++i)
            codes.push_back(std::string(to_code(static_cast<E>(i))));
        defs[name] = {{"type", "string"}, {"enum", codes}};
    }
    return "#/$defs/" + name;
}

template <class M> value schema_of(value& defs, std::int64_t min, std::int64_t max);

template <class T> std::string object_def(value& defs) {
    const std::string name(describe<T>::name);
    if (defs.contains(name))
        return "#/$defs/" + name;
    defs[name] = value::object(); // placeholder: a type may refer to itself
    value properties = value::object();
    value required = value::array();
    for_each_field<T>([&](const auto& fd) {
        using M = typename std::decay_t<decltype(fd)>::member_type;
        value p = schema_of<M>(defs, fd.min, fd.max);
        p["description"] = std::string(fd.doc);
        properties[std::string(fd.name)] = std::move(p);
        if (fd.is_required)
            required.push_back(std::string(fd.name));
    });
    value def = {{"type", "object"},
                 {"description", std::string(describe<T>::doc)},
                 {"properties", std::move(properties)},
                 {"additionalProperties", false}};
    if (!required.empty())
        def["required"] = std::move(required);
    defs[name] = std::move(def);
    return "#/$defs/" + name;
}

template <class M> value schema_of(value& defs, std::int64_t min, std::int64_t max) {
    if constexpr (is_described_v<M>) {
        return {{"$ref", object_def<M>(defs)}};
    } else if constexpr (is_dated<M>::value) {
        using T = typename M::value_type;
        const value bound = {{"anyOf", {date_schema(), {{"type", "null"}}}}};
        value period = {
            {"type", "object"},
            {"properties",
             {{"from", bound}, {"until", bound}, {"value", schema_of<T>(defs, min, max)}}},
            {"required", {"value"}},
            {"additionalProperties", false}};
        return {{"description", "One value always in force, or dated periods (null: open end)."},
                {"anyOf",
                 {schema_of<T>(defs, min, max),
                  {{"type", "array"}, {"minItems", 1}, {"items", std::move(period)}}}}};
    } else if constexpr (is_optional<M>::value) {
        return {{"anyOf", {schema_of<typename M::value_type>(defs, min, max), {{"type", "null"}}}}};
    } else if constexpr (is_vector<M>::value) {
        return {{"type", "array"}, {"items", schema_of<typename M::value_type>(defs, min, max)}};
    } else if constexpr (std::is_same_v<M, date>) {
        return date_schema();
    } else if constexpr (std::is_same_v<M, sha256>) {
        return {
            {"anyOf", {{{"type", "string"}, {"pattern", "^[0-9a-f]{64}$"}}, {{"type", "null"}}}}};
    } else if constexpr (std::is_same_v<M, bool>) {
        return {{"type", "boolean"}};
    } else if constexpr (is_enum_set<M>::value) {
        return {{"type", "array"},
                {"uniqueItems", true},
                {"items", {{"$ref", enum_def<typename M::value_type>(defs)}}}};
    } else if constexpr (is_coded_enum<M>::value) {
        return {{"$ref", enum_def<M>(defs)}};
    } else if constexpr (std::is_integral_v<M>) {
        value out = {{"type", "integer"}};
        out["minimum"] = std::max<std::int64_t>(min, std::numeric_limits<M>::min());
        out["maximum"] =
            std::min<std::int64_t>(max, static_cast<std::int64_t>(std::numeric_limits<M>::max()));
        return out;
    } else if constexpr (std::is_same_v<M, std::string>) {
        return {{"type", "string"}};
    } else {
        static_assert(sizeof(M) == 0, "no JSON Schema for this member type");
    }
}

/// A finding's values: for each reason, the names it declares with the kinds they have.
inline value finding_schema(value& defs) {
    const auto kind_schema = [&](value_kind kind) {
        return visit_kind(kind, [&](auto tag) -> value {
            using T = typename decltype(tag)::type;
            if constexpr (std::is_same_v<T, count_kind>)
                return {{"type", "integer"}};
            else if constexpr (std::is_same_v<T, flag_kind>)
                return {{"type", "boolean"}};
            else if constexpr (std::is_same_v<T, date_kind>)
                return {{"anyOf", {date_schema(), {{"type", "null"}}}}};
            else if constexpr (is_enum_set<T>::value)
                return schema_of<T>(defs, 0, 0);
            else
                return {{"$ref", enum_def<T>(defs)}};
        });
    };
    // One branch per reason: its code, its rules, the statuses it goes with, exactly its values
    // (their relations and signs are beyond a schema: the reader checks them).
    value branches = value::array();
    for (std::size_t i = 0; i < enum_size<reason>(); ++i) {
        const auto r = static_cast<reason>(i);
        const auto info = info_of(r);
        value statuses = value::array();
        info.statuses.for_each(
            [&](finding_status st) { statuses.push_back(std::string(to_code(st))); });
        value rules = value::array();
        info.rules.for_each([&](rule_id id) { rules.push_back(std::string(to_code(id))); });
        value props = value::object();
        value names = value::array();
        for (std::size_t k = 0; k < info.value_count; ++k) {
            props[std::string(info.values[k].name)] = kind_schema(info.values[k].kind);
            names.push_back(std::string(info.values[k].name));
        }
        value values = {
            {"type", "object"}, {"properties", std::move(props)}, {"additionalProperties", false}};
        if (!names.empty())
            values["required"] = std::move(names);
        branches.push_back({{"properties",
                             {{"reason", {{"const", std::string(to_code(r))}}},
                              {"rule", {{"enum", std::move(rules)}}},
                              {"status", {{"enum", std::move(statuses)}}},
                              {"values", std::move(values)}}}});
    }
    defs["finding"] = {{"type", "object"},
                       {"description", "One rule's answer: rule, clause, status, reason, values."},
                       {"properties",
                        {{"rule", {{"$ref", enum_def<rule_id>(defs)}}},
                         {"clause", {{"type", "string"}}},
                         {"status", {{"$ref", enum_def<finding_status>(defs)}}},
                         {"reason", {{"$ref", enum_def<reason>(defs)}}},
                         {"values", {{"type", "object"}}},
                         {"message_vi", {{"type", "string"}}},
                         {"message_en", {{"type", "string"}}}}},
                       {"required", {"rule", "status", "reason"}},
                       {"additionalProperties", false},
                       {"oneOf", std::move(branches)}};
    return {{"$ref", "#/$defs/finding"}};
}

template <class T> value root_schema(value& defs) {
    if constexpr (std::is_same_v<T, finding>) {
        return finding_schema(defs);
    } else if constexpr (std::is_same_v<T, verdict>) {
        value f = finding_schema(defs);
        return {
            {"type", "object"},
            {"properties",
             {{"rule_set", schema_of<rule_set_ref>(defs, 0, 0)},
              {"outcome", {{"$ref", enum_def<outcome>(defs)}}},
              {"findings", {{"type", "array"}, {"maxItems", verdict::capacity}, {"items", f}}},
              {"governed_by", {{"type", "string"}, {"pattern", std::string(rule_set_id_pattern)}}},
              {"caveats", schema_of<caveat_list>(defs, 0, 0)}}},
            {"additionalProperties", false}};
    } else if constexpr (std::is_same_v<T, meeting_history>) {
        return {{"type", "object"},
                {"properties", {{"meetings", schema_of<std::vector<past_meeting>>(defs, 0, 0)}}},
                {"additionalProperties", false}};
    } else {
        return {{"$ref", object_def<T>(defs)}};
    }
}

} // namespace detail

/// The JSON Schema (2020-12) of the JSON form of `T`, generated from its description; `name` is
/// the file's stem (`rule_set` for `schema/v1/rule_set.schema.json`).
template <class T> value schema(std::string_view name) {
    value defs = value::object();
    value root = detail::root_schema<T>(defs);
    value out = value::object();
    out["$schema"] = "https://json-schema.org/draft/2020-12/schema";
    out["$id"] = "urn:sinhhoat:schema:v" + std::to_string(schema_version) + ":" + std::string(name);
    out["title"] = "sinhhoat " + std::string(name) + " (v" + std::to_string(schema_version) + ")";
    for (auto& item : root.items())
        out[item.key()] = item.value();
    value sorted = value::object();
    std::vector<std::string> keys;
    for (const auto& item : defs.items())
        keys.push_back(item.key());
    std::sort(keys.begin(), keys.end());
    for (const auto& k : keys)
        sorted[k] = defs[k];
    out["$defs"] = std::move(sorted);
    return out;
}

/// The top-level JSON forms, by the stem of their schema file: (name, schema) pairs.
inline std::vector<std::pair<std::string, value>> schemas() {
    return {{"meeting", schema<meeting>("meeting")},
            {"organisation", schema<organisation>("organisation")},
            {"meeting_history", schema<meeting_history>("meeting_history")},
            {"group_round", schema<group_round>("group_round")},
            {"unit_selection", schema<unit_selection>("unit_selection")},
            {"rule_set", schema<rule_set>("rule_set")},
            {"quota_status", schema<quota_status>("quota_status")},
            {"finding", schema<finding>("finding")},
            {"verdict", schema<verdict>("verdict")}};
}

// --- text ---------------------------------------------------------------------------------------

namespace detail {

/// Builds the value of JSON text event by event (nlohmann's SAX interface), in one pass: each
/// object's keys are checked for duplicates when it closes, by sorting (n log n), and appended
/// without a lookup; nesting deeper than `max_depth` stops the parse. nlohmann's own builder
/// with a callback rescans the open container at each close, and the ordered map looks every
/// key up as it is inserted: both are quadratic.
class builder {
  public:
    explicit builder(value& root) : root_(root) {}

    bool null() { return put(value(nullptr)); }
    bool boolean(bool v) { return put(value(v)); }
    bool number_integer(value::number_integer_t v) { return put(value(v)); }
    bool number_unsigned(value::number_unsigned_t v) { return put(value(v)); }
    bool number_float(value::number_float_t v, const std::string&) { return put(value(v)); }
    bool string(std::string& v) { return put(value(std::move(v))); }
    bool binary(value::binary_t&) { return false; } // not in JSON text

    bool start_object(std::size_t) { return open(value::object()); }
    bool start_array(std::size_t) { return open(value::array()); }
    bool key(std::string& k) {
        // Appended: a duplicate is found when the object closes.
        auto& members =
            static_cast<value::object_t::Container&>(open_.back()->get_ref<value::object_t&>());
        members.emplace_back(std::move(k), nullptr);
        return true;
    }
    bool end_object() {
        if (const std::string* dup = duplicate(open_.back()->get_ref<const value::object_t&>())) {
            std::string at = where();
            sinhhoat::detail::append_pointer_segment(at, *dup);
            return fail(std::move(at), "'" + shortened(*dup) + "'",
                        "khoá bị lặp lại trong một đối tượng", "a key given twice in one object");
        }
        open_.pop_back();
        return true;
    }
    bool end_array() {
        open_.pop_back();
        return true;
    }

    bool parse_error(std::size_t read, const std::string&, const nlohmann::detail::exception& e) {
        // nlohmann counts the bytes read; the last of them is where the text went wrong.
        const std::size_t position = read > 0 ? read - 1 : 0;
        // Its message ends with the token it last read, which may be long: cut it.
        const std::string what = shortened(e.what(), 2 * max_error_value);
        return fail("/", "(byte " + std::to_string(position) + ")",
                    "JSON không hợp lệ tại byte " + std::to_string(position) + ": " + what,
                    "invalid JSON at byte " + std::to_string(position) + ": " + what);
    }

    /// The error that stopped the parse.
    [[noreturn]] void raise() const {
        if (error_[0].empty()) // stopped by an event JSON text has not (binary)
            throw invalid_value("/", "(JSON)", "JSON không hợp lệ", "invalid JSON");
        throw invalid_value(error_[0], error_[1], error_[2], error_[3]);
    }

  private:
    static std::string shortened(std::string_view s, std::size_t max = max_error_value) {
        return sinhhoat::detail::shortened(s, max);
    }
    /// Appends the pointer segment of `parent`'s last member (an object's last key; an array's
    /// last index, or with `next` the index the next item will have).
    static void append_member(std::string& out, const value& parent, bool next = false) {
        if (parent.is_object())
            sinhhoat::detail::append_pointer_segment(
                out, parent.get_ref<const value::object_t&>().back().first);
        else
            out += '/' + std::to_string(next ? parent.size() : parent.size() - 1);
    }

    /// The JSON Pointer of the innermost open container (rendered only for an error).
    std::string where() const {
        std::string out;
        for (std::size_t i = 1; i < open_.size(); ++i)
            append_member(out, *open_[i - 1]);
        return out;
    }

    /// Stores `v` where the next value goes, and returns where it went.
    value* place(value&& v) {
        if (open_.empty()) {
            root_ = std::move(v);
            return &root_;
        }
        value& top = *open_.back();
        if (top.is_array()) {
            auto& items = top.get_ref<value::array_t&>();
            items.push_back(std::move(v));
            return &items.back();
        }
        value& slot = top.get_ref<value::object_t&>().back().second;
        slot = std::move(v);
        return &slot;
    }
    bool put(value&& v) {
        place(std::move(v));
        return true;
    }
    bool open(value&& container) {
        if (open_.size() >= max_depth) {
            std::string at = where();
            if (!open_.empty()) // where the container being opened would go
                append_member(at, *open_.back(), true);
            return fail(at.empty() ? "/" : at, "(" + std::to_string(max_depth + 1) + " levels)",
                        "lồng quá " + std::to_string(max_depth) + " cấp",
                        "nested more than " + std::to_string(max_depth) + " levels deep");
        }
        // Containers below an open one stay put: only the innermost open container grows.
        open_.push_back(place(std::move(container)));
        return true;
    }

    /// A key that `members` has twice, or nullptr.
    static const std::string* duplicate(const value::object_t::Container& members) {
        const std::size_t n = members.size();
        if (n <= 8) {
            for (std::size_t i = 1; i < n; ++i)
                for (std::size_t j = 0; j < i; ++j)
                    if (members[i].first == members[j].first)
                        return &members[i].first;
            return nullptr;
        }
        std::vector<const std::string*> keys;
        keys.reserve(n);
        for (const auto& m : members)
            keys.push_back(&m.first);
        std::sort(keys.begin(), keys.end(),
                  [](const std::string* a, const std::string* b) { return *a < *b; });
        for (std::size_t i = 1; i < n; ++i)
            if (*keys[i] == *keys[i - 1])
                return keys[i];
        return nullptr;
    }

    bool fail(std::string at, std::string shown, std::string vi, std::string en) {
        error_ = {std::move(at), std::move(shown), std::move(vi), std::move(en)};
        return false;
    }

    value& root_;
    std::vector<value*> open_;
    std::array<std::string, 4> error_;
};

} // namespace detail

/// Parses JSON text strictly: invalid JSON, invalid UTF-8, a lone surrogate, a NUL byte or any
/// text after the value, a key given twice in one object, or nesting deeper than `max_depth` is
/// `invalid_value` naming where (a JSON Pointer, or the byte offset). Linear in the text.
inline value parse_value(std::string_view text) {
    // nlohmann's lexer takes a NUL byte for the end of the input and would ignore what follows.
    if (const auto nul = text.find('\0'); nul != std::string_view::npos)
        throw invalid_value("/", "(byte " + std::to_string(nul) + ")",
                            "ký tự NUL tại byte " + std::to_string(nul) +
                                ": văn bản JSON không được chứa ký tự này",
                            "a NUL character at byte " + std::to_string(nul) +
                                ": JSON text may not contain one");
    value out;
    detail::builder build(out);
    if (!value::sax_parse(text.begin(), text.end(), &build, value::input_format_t::json, true))
        build.raise();
    return out;
}

/// `T` from JSON text.
template <class T> T parse(std::string_view text) {
    return from_json<T>(parse_value(text));
}

/// JSON text of `v`: compact by default, pretty with `indent` spaces. Non-ASCII text is written
/// as UTF-8. A string that is not valid UTF-8 is `invalid_value`.
inline std::string dump_value(const value& v, int indent = -1) {
    try {
        return v.dump(indent, ' ', false, value::error_handler_t::strict);
    } catch (const value::exception& e) {
        throw invalid_value("/", "(string)",
                            std::string("chuỗi không phải UTF-8 hợp lệ: ") + e.what(),
                            std::string("a string is not valid UTF-8: ") + e.what());
    }
}

template <class T> std::string dump(const T& t, int indent = -1) {
    return dump_value(to_json(t), indent);
}

// --- rule sets as files -------------------------------------------------------------------------

/// A rule set from JSON text: parsed strictly and validated; errors name the JSON Pointer of the
/// bad value.
inline rule_set parse_rule_set(std::string_view text) {
    return parse<rule_set>(text);
}

namespace detail {
/// The rule set in `file`, errors naming it as `name` (`dong_nai.json#/group_quota/0/value`).
inline rule_set load_rule_set(const std::filesystem::path& file, const std::string& name) {
    // A folder, a FIFO or a device is no rule-set file (a FIFO would block the read).
    std::error_code ec;
    const bool regular = std::filesystem::is_regular_file(file, ec);
    std::ifstream in;
    if (regular)
        in.open(file, std::ios::binary);
    if (!regular || !in)
        throw invalid_value("file", sinhhoat::detail::shortened(file.string()),
                            "không đọc được tệp (cần một tệp thường)",
                            "cannot read the file (a regular file is required)");
    std::ostringstream text;
    text << in.rdbuf();
    try {
        return parse_rule_set(text.str());
    } catch (const error& e) {
        // Say which file, as well as where in it.
        throw invalid_rule_set(name + "#" + e.field(), e.value(), e.message_vi(), e.message_en());
    }
}
} // namespace detail

/// A rule set from a file (UTF-8 JSON), at any path. An unreadable file is `invalid_value`
/// naming the file.
inline rule_set load_rule_set(const std::filesystem::path& file) {
    return detail::load_rule_set(file, sinhhoat::detail::shortened(file.filename().string()));
}

/// The canonical text of a rule set: compact JSON, fields in the description's order, dated
/// parameters as periods. Equal rule sets have the same canonical text, and a rule set read from
/// its canonical text is equal to it.
inline std::string canonical(const rule_set& r) {
    return dump(r);
}

#ifdef SINHHOAT_JSON_EXTERNAL_SHA256
/// SHA-256 of `bytes`, defined by the program that defines SINHHOAT_JSON_EXTERNAL_SHA256 (the
/// Python extension uses hashlib, as OpenSSL's headers are not on PyPI).
sha256 sha256_of(std::string_view bytes);
#else
/// SHA-256 of `bytes` (OpenSSL's).
inline sha256 sha256_of(std::string_view bytes) {
    sha256 out;
    unsigned int size = 0;
    if (EVP_Digest(bytes.data(), bytes.size(), out.bytes.data(), &size, EVP_sha256(), nullptr) !=
            1 ||
        size != out.bytes.size())
        throw std::runtime_error("sinhhoat: OpenSSL could not compute a SHA-256 digest");
    return out;
}
#endif

/// Sets `r.digest` to the SHA-256 of its canonical JSON, and returns it: after changing a field
/// of a rule set, so that verdicts under it name it truly. The same digest from C++ and Python.
inline const sha256& identify(rule_set& r) {
    r.digest = sha256_of(canonical(r));
    r.seal_citations();
    return r.digest;
}

/// Where rule-set files are looked for: `$SINHHOAT_RULE_SETS` (a list separated by ':'), then
/// the directory the build or the installed package names (`SINHHOAT_RULE_SETS_DIR`).
inline std::vector<std::filesystem::path> rule_set_dirs() {
    std::vector<std::filesystem::path> out;
    if (const char* env = std::getenv("SINHHOAT_RULE_SETS")) {
        std::string_view list(env);
        while (!list.empty()) {
            const auto colon = list.find(':');
            if (colon != 0)
                out.emplace_back(std::string(list.substr(0, colon)));
            list = colon == std::string_view::npos ? std::string_view{} : list.substr(colon + 1);
        }
    }
#ifdef SINHHOAT_RULE_SETS_DIR
    out.emplace_back(SINHHOAT_RULE_SETS_DIR);
#endif
    return out;
}

namespace detail {
/// As rule_set_file(), in the folder `root` already resolved (canonical).
inline std::optional<std::filesystem::path> rule_set_file_in(const std::filesystem::path& root,
                                                             std::string_view id) {
    namespace fs = std::filesystem;
    if (!is_rule_set_id(id))
        return std::nullopt;
    std::error_code ec;
    const fs::path file = fs::canonical(root / (std::string(id) + ".json"), ec);
    if (ec || !fs::is_regular_file(file, ec) || ec) // missing, a link loop, a folder
        return std::nullopt;
    auto f = file.begin();
    for (auto r = root.begin(); r != root.end(); ++r, ++f)
        if (f == file.end() || *r != *f)
            return std::nullopt;
    if (!std::ifstream(file, std::ios::binary))
        return std::nullopt;
    return file;
}
} // namespace detail

/// The file of rule set `id` in folder `dir`: `<id>.json`, a regular file that can be opened and
/// that lies inside `dir` once links are resolved (a link to a file elsewhere is not there).
/// Nothing when there is none; never throws.
inline std::optional<std::filesystem::path> rule_set_file(const std::filesystem::path& dir,
                                                          std::string_view id) {
    std::error_code ec;
    const auto root = std::filesystem::canonical(dir, ec);
    if (ec)
        return std::nullopt;
    return detail::rule_set_file_in(root, id);
}

/// The ids of the rule sets in `dirs` that `load_by_id` can load, each once, sorted: names
/// `<id>.json` with a valid id whose file `rule_set_file` finds; other entries are skipped.
inline std::vector<std::string>
available(const std::vector<std::filesystem::path>& dirs = rule_set_dirs()) {
    std::vector<std::string> ids;
    for (const auto& dir : dirs) {
        std::error_code ec;
        const auto root = std::filesystem::canonical(dir, ec); // once, not once an entry
        if (ec)
            continue;
        for (auto it = std::filesystem::directory_iterator(root, ec);
             !ec && it != std::filesystem::directory_iterator(); it.increment(ec)) {
            // Compared as bytes: a name that is not UTF-8 is no id.
            const std::string name = it->path().filename().string();
            if (name.size() <= 5 || name.compare(name.size() - 5, 5, ".json") != 0)
                continue;
            std::string id = name.substr(0, name.size() - 5);
            if (detail::rule_set_file_in(root, id))
                ids.push_back(std::move(id));
        }
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

/// The rule set `<id>.json` from the first of `dirs` that has it (`rule_set_file`). An id that
/// is not a rule-set id is `invalid_value` before any file is opened; an id with no file is
/// `unknown_code` naming the ids available. The file's own id must be `id`.
inline rule_set load_by_id(std::string_view id,
                           const std::vector<std::filesystem::path>& dirs = rule_set_dirs()) {
    require_rule_set_id(id, path("rule_set.id"));
    const std::string name = std::string(id) + ".json";
    for (const auto& dir : dirs) {
        const auto file = rule_set_file(dir, id);
        if (!file)
            continue;
        auto r = detail::load_rule_set(*file, name);
        if (r.id != id)
            throw invalid_rule_set(name + "#/id", sinhhoat::detail::shown(r.id),
                                   "mã bộ quy tắc khác tên tệp",
                                   "the id differs from the file name");
        return r;
    }
    // A folder may hold many files: the message names a few.
    constexpr std::size_t listed = 20;
    const auto ids = available(dirs);
    std::string known;
    for (std::size_t i = 0; i < ids.size() && i < listed; ++i)
        known += (known.empty() ? "" : ", ") + ids[i];
    if (ids.size() > listed)
        known += ", ... (" + std::to_string(ids.size()) + ")";
    throw unknown_code("rule_set.id", "'" + std::string(id) + "'",
                       "không có tệp bộ quy tắc này (" + known + ")",
                       "no such rule-set file (" + known + ")");
}

/// R29: the rule set from `dirs` that governs the jurisdiction of rule set `id` on `d`: that
/// set, or the successor it names for the day (followed as far as they go), each loaded with
/// `load_by_id`. Cao Bằng on 10/9/2024 is `cao_bang`; on 3/3/2026 `hd03`.
inline rule_set governing(std::string_view id, date d,
                          const std::vector<std::filesystem::path>& dirs = rule_set_dirs()) {
    return rule_sets::governing(load_by_id(id, dirs), d,
                                [&](const std::string& next) { return load_by_id(next, dirs); });
}

} // namespace sinhhoat::json
