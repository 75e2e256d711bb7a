#pragma once
// Audits: every meeting of many organisations at once, read from columns (struct of arrays, as
// Arrow, NumPy and pandas hold them) and decided by the rule functions check() calls, so that a
// meeting's findings are check()'s for that meeting, its organisation, its round and as history
// its organisation's earlier meetings. The tables' columns are derived from the descriptions of
// the types their rows hold (describe<T>): a new field of `meeting` is a new column of `meetings`.
// A bad row is reported, with the meetings that depend on it, and never loses the rest.

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdint>
#include <cstring>
#include <exception>
#include <functional>
#include <limits>
#include <memory>
#include <mutex>
#include <numeric>
#include <sinhhoat/check.hpp>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

namespace sinhhoat {
namespace audit {

// --- columns -----------------------------------------------------------------------------------

/// How a column's values are laid out: one layout per kind of field, Arrow's and NumPy's.
enum class column_type : std::uint8_t {
    date,    ///< int32 days since 1970-01-01 (Arrow date32, NumPy datetime64[D] as int32)
    flag,    ///< uint8, 0 or 1 (NumPy bool)
    code,    ///< int32: an enumerator's number (the order of its code table)
    codes,   ///< uint64: a set of enumerators, bit k for number k
    integer, ///< int64
    text,    ///< UTF-8: `rows + 1` int64 offsets into `bytes` bytes (Arrow large_utf8)
};

/// One column as the audit reads it: a view of memory the caller keeps alive, never a copy.
/// `valid` (one byte a row, nonzero: a value) may be null when every row has a value.
struct column {
    std::string name;
    column_type type = column_type::integer;
    const void* values = nullptr;
    std::size_t rows = 0;
    const std::uint8_t* valid = nullptr;
    const std::int64_t* offsets = nullptr; ///< text only
    std::size_t bytes = 0;                 ///< text only: the size of `values`
    /// Dictionary-encoded (an Arrow dictionary, a pandas categorical; not text): `values` holds
    /// signed indices of `index_bytes` bytes (1, 2, 4 or 8) into `dictionary`, which holds
    /// `dictionary_size` values of the column's type. A categorical of agendas is then one
    /// byte a row and each distinct agenda's bits once. 0: `values` holds the values.
    std::uint8_t index_bytes = 0;
    const void* dictionary = nullptr;
    std::size_t dictionary_size = 0;

    static column dates(std::string name, const std::int32_t* v, std::size_t n,
                        const std::uint8_t* valid = nullptr) {
        return {std::move(name), column_type::date, v, n, valid};
    }
    static column flags(std::string name, const std::uint8_t* v, std::size_t n,
                        const std::uint8_t* valid = nullptr) {
        return {std::move(name), column_type::flag, v, n, valid};
    }
    static column codes_of(std::string name, const std::int32_t* v, std::size_t n,
                           const std::uint8_t* valid = nullptr) {
        return {std::move(name), column_type::code, v, n, valid};
    }
    static column sets(std::string name, const std::uint64_t* v, std::size_t n,
                       const std::uint8_t* valid = nullptr) {
        return {std::move(name), column_type::codes, v, n, valid};
    }
    static column integers(std::string name, const std::int64_t* v, std::size_t n,
                           const std::uint8_t* valid = nullptr) {
        return {std::move(name), column_type::integer, v, n, valid};
    }
    static column texts(std::string name, const char* data, std::size_t bytes,
                        const std::int64_t* offsets, std::size_t n,
                        const std::uint8_t* valid = nullptr) {
        return {std::move(name), column_type::text, data, n, valid, offsets, bytes};
    }

    /// Dictionary-encoded `values`: the values of `dictionary` that `indices` (one a row) point
    /// to.
    static column encoded(std::string name, column_type type, const void* indices,
                          std::uint8_t index_bytes, std::size_t n, const void* dictionary,
                          std::size_t dictionary_size, const std::uint8_t* valid = nullptr) {
        column c{std::move(name), type, indices, n, valid};
        c.index_bytes = index_bytes;
        c.dictionary = dictionary;
        c.dictionary_size = dictionary_size;
        return c;
    }

    bool has(std::size_t row) const noexcept { return !valid || valid[row]; }
    /// Row `row`'s index into the dictionary.
    std::int64_t index(std::size_t row) const noexcept {
        switch (index_bytes) {
        case 1:
            return static_cast<const std::int8_t*>(values)[row];
        case 2:
            return static_cast<const std::int16_t*>(values)[row];
        case 4:
            return static_cast<const std::int32_t*>(values)[row];
        default:
            return static_cast<const std::int64_t*>(values)[row];
        }
    }
    template <class T> T at(std::size_t row) const noexcept {
        if (index_bytes == 0)
            return static_cast<const T*>(values)[row];
        // A null row's index can be anything (Arrow leaves it undefined): no value is read for
        // it; a row with a value has an index bind() found within the dictionary.
        const auto i = index(row);
        return i >= 0 && static_cast<std::uint64_t>(i) < dictionary_size
                   ? static_cast<const T*>(dictionary)[i]
                   : T{};
    }
};

/// Named columns of one length.
struct table {
    std::vector<column> columns;

    const column* find(std::string_view name) const noexcept {
        for (const auto& c : columns)
            if (c.name == name)
                return &c;
        return nullptr;
    }
    std::size_t rows() const noexcept { return columns.empty() ? 0 : columns.front().rows; }
    bool empty() const noexcept { return columns.empty(); }
};

/// The tables of an audit. Only `organisations` and `meetings` are required.
enum class table_id : std::uint8_t {
    organisations, ///< one row per organisation (`organisation` less its lists)
    unable,        ///< members unable to attend in person (`organisation.roll.unable`)
    decisions,     ///< the superior committee's decisions (`organisation.decisions`)
    meetings,      ///< the meetings audited (`meeting`)
    earlier,       ///< meetings before the audited ones, for the quotas (`past_meeting`)
    rounds,        ///< a tổ đảng round's own rows, one per meeting (`round` less its tổ)
    groups,        ///< a round's tổ meetings (`round.groups`)
};
} // namespace audit

template <> struct enum_traits<audit::column_type> {
    static constexpr std::string_view name = "column_type";
    static constexpr enum_label rows[] = {
        {"date", "ngày (int32, số ngày từ 01/01/1970)", "date (int32 days since 1970-01-01)"},
        {"flag", "có / không (uint8)", "yes / no (uint8)"},
        {"code", "mã (int32)", "code (int32)"},
        {"codes", "tập mã (uint64, bit k cho mã k)", "set of codes (uint64, bit k for code k)"},
        {"integer", "số nguyên (int64)", "integer (int64)"},
        {"text", "chuỗi UTF-8", "UTF-8 text"},
    };
};
template <> struct enum_traits<audit::table_id> {
    static constexpr std::string_view name = "table";
    static constexpr enum_label rows[] = {
        {"organisations", "tổ chức đảng", "organisations"},
        {"unable", "đảng viên không thể dự trực tiếp", "members unable to attend"},
        {"decisions", "quyết định của cấp uỷ cấp trên", "superior decisions"},
        {"meetings", "cuộc họp", "meetings"},
        {"earlier", "cuộc họp trước kỳ kiểm tra", "earlier meetings"},
        {"rounds", "đợt sinh hoạt tổ đảng", "tổ đảng rounds"},
        {"groups", "cuộc họp tổ", "tổ meetings"},
    };
};

namespace audit {

/// What a table's column holds: derived from the description of the type its rows hold.
struct column_spec {
    std::string name; ///< dotted for nested fields: `minutes.members_present`
    column_type type = column_type::integer;
    /// The table cannot be read without it (a key, a required field).
    bool required = false;
    /// Null is a value of its own (not stated, none); otherwise a null reads as the field's
    /// default, as a JSON key left out does, and a required field's null is a bad row.
    bool nullable = false;
    std::int64_t min = std::numeric_limits<std::int64_t>::min();
    std::int64_t max = std::numeric_limits<std::int64_t>::max();
    std::string_view codes; ///< for code and codes columns: the enum (`ground`)
    std::string_view doc;
};

namespace detail {
using sinhhoat::detail::valid_utf8;

template <class M> constexpr column_type type_of() {
    if constexpr (std::is_same_v<M, date>)
        return column_type::date;
    else if constexpr (std::is_same_v<M, bool>)
        return column_type::flag;
    else if constexpr (is_enum_set<M>::value)
        return column_type::codes;
    else if constexpr (is_coded_enum<M>::value)
        return column_type::code;
    else if constexpr (std::is_integral_v<M>)
        return column_type::integer;
    else {
        static_assert(std::is_same_v<M, std::string>, "no column type for this field");
        return column_type::text;
    }
}
template <class M> constexpr std::string_view codes_of() {
    if constexpr (is_enum_set<M>::value)
        return enum_traits<typename M::value_type>::name;
    else if constexpr (is_coded_enum<M>::value)
        return enum_traits<M>::name;
    else
        return {};
}

/// The columns of a field of type `M` named `name`; lists (their own tables) have none.
template <class M, class FD>
void collect(std::vector<column_spec>& out, const std::string& name, const FD& fd, bool nullable,
             bool required);

template <class T>
void collect_fields(std::vector<column_spec>& out, const std::string& prefix, bool nullable,
                    bool required) {
    for_each_field<T>([&](const auto& fd) {
        using M = typename std::decay_t<decltype(fd)>::member_type;
        collect<M>(out, prefix + std::string(fd.name), fd, nullable, required && fd.is_required);
    });
}

template <class M, class FD>
void collect(std::vector<column_spec>& out, const std::string& name, const FD& fd, bool nullable,
             bool required) {
    if constexpr (is_vector<M>::value) {
        // a list is a table of its own
    } else if constexpr (is_optional<M>::value) {
        collect<typename M::value_type>(out, name, fd, true, false);
    } else if constexpr (is_described_v<M>) {
        collect_fields<M>(out, name + ".", nullable, required);
    } else {
        column_spec c;
        c.name = name;
        c.type = type_of<M>();
        c.required = required;
        c.nullable = nullable;
        c.min = fd.min;
        c.max = fd.max;
        if constexpr (std::is_integral_v<M> && !std::is_same_v<M, bool>) {
            c.min = std::max<std::int64_t>(c.min, std::numeric_limits<M>::min());
            c.max = std::min<std::int64_t>(c.max, std::numeric_limits<M>::max());
        }
        c.codes = codes_of<M>();
        c.doc = fd.doc;
        out.push_back(std::move(c));
    }
}

/// How many columns a value of type `M` reads.
template <class M> std::size_t leaves_of() {
    if constexpr (is_vector<M>::value) {
        return 0;
    } else if constexpr (is_optional<M>::value) {
        return leaves_of<typename M::value_type>();
    } else if constexpr (is_described_v<M>) {
        std::size_t n = 0;
        for_each_field<M>([&](const auto& fd) {
            n += leaves_of<typename std::decay_t<decltype(fd)>::member_type>();
        });
        return n;
    } else {
        return 1;
    }
}

inline column_spec key(std::string name, bool required, std::string_view doc) {
    column_spec c;
    c.name = std::move(name);
    c.type = column_type::integer;
    c.required = required;
    c.nullable = !required;
    c.doc = doc;
    return c;
}

/// The table's own columns before the fields of its rows: keys.
inline std::vector<column_spec> keys(table_id t) {
    switch (t) {
    case table_id::organisations:
        return {key("id", true, "The organisation's id, unique in the table.")};
    case table_id::meetings:
        return {key("organisation", true, "The id of the organisation that met."),
                key("sequence", false,
                    "Orders meetings of one organisation on one day (then the row order)."),
                key("id", false,
                    "The meeting's id. Two meetings of one organisation with one id are both "
                    "problems: one meeting exported twice would count twice toward a quota.")};
    case table_id::rounds:
    case table_id::groups:
        return {key("meeting", true, "The row (from 0) of its meeting in `meetings`.")};
    default:
        return {key("organisation", true, "The id of the organisation it belongs to.")};
    }
}
} // namespace detail

/// The columns of table `t`, in order: its keys, then the fields of the type its rows hold.
inline std::vector<column_spec> columns(table_id t) {
    auto out = detail::keys(t);
    switch (t) {
    case table_id::organisations:
        detail::collect_fields<organisation>(out, "", false, true);
        break;
    case table_id::unable:
        detail::collect_fields<unable_members>(out, "", false, true);
        break;
    case table_id::decisions:
        detail::collect_fields<circumstance_decision>(out, "", false, true);
        break;
    case table_id::meetings:
        detail::collect_fields<meeting>(out, "", false, true);
        break;
    case table_id::earlier:
        detail::collect_fields<past_meeting>(out, "", false, true);
        break;
    case table_id::rounds:
        detail::collect_fields<group_round>(out, "", false, true);
        break;
    case table_id::groups:
        detail::collect_fields<group_meeting>(out, "", false, true);
        break;
    }
    return out;
}

// --- what an audit is given and gives back ------------------------------------------------------

/// The tables of one audit; only `organisations` and `meetings` must have columns.
struct tables {
    table organisations, unable, decisions, meetings, earlier, rounds, groups;

    table& get(table_id t) noexcept {
        return const_cast<table&>(static_cast<const tables&>(*this).get(t));
    }
    const table& get(table_id t) const noexcept {
        switch (t) {
        case table_id::organisations:
            return organisations;
        case table_id::unable:
            return unable;
        case table_id::decisions:
            return decisions;
        case table_id::meetings:
            return meetings;
        case table_id::earlier:
            return earlier;
        case table_id::rounds:
            return rounds;
        case table_id::groups:
            break;
        }
        return groups;
    }
};

/// The rule sets an audit decides under: one, or a jurisdiction whose governing set (R29) is
/// found for each meeting's day, so that a province's records are audited under its own
/// guidance and then under the set that succeeds it, in one call.
class rules_by_day {
  public:
    /// Every meeting under `rules`, as check() with it decides (a day its successor governs is
    /// not covered). Throws `invalid_rule_set` for a rule set that validate() refuses.
    explicit rules_by_day(const rule_set& rules)
        : chain_{std::make_shared<const rule_set>(valid(rules))}, spans_{parameter_spans(rules)} {}

    /// Each meeting under the rule set that governs `start`'s jurisdiction on its day
    /// (rule_sets::governing); `load(id)` gives a successor by its id. A chain that comes back on
    /// itself is `inconsistent_input`, as in rule_sets::governing.
    template <class Load> static rules_by_day governing(const rule_set& start, Load&& load) {
        rules_by_day out(start);
        out.follow_ = true;
        for (const rule_set* r = &start; r->succeeded_by; r = out.chain_.back().get()) {
            const auto& next = r->succeeded_by->rule_set;
            for (const auto& seen : out.chain_)
                if (seen->id == next)
                    throw inconsistent_input(r->id + ".succeeded_by", next,
                                             "chuỗi bộ quy tắc kế tiếp quay lại chính nó",
                                             "the chain of successors comes back on itself");
            out.chain_.push_back(std::make_shared<const rule_set>(valid(load(next))));
            out.spans_.emplace_back(*out.chain_.back());
        }
        return out;
    }

    /// The index in `chain()` of the rule set a meeting on `d` is decided under.
    std::size_t index_on(date d) const noexcept {
        std::size_t i = 0;
        while (follow_ && i + 1 < chain_.size() && chain_[i]->successor_on(d))
            ++i;
        return i;
    }
    const rule_set& on(date d) const noexcept { return *chain_[index_on(d)]; }
    const std::vector<std::shared_ptr<const rule_set>>& chain() const noexcept { return chain_; }
    /// The parameters of `chain()[index]` on `d`, found once for each span of days.
    const parameters& parameters_on(std::size_t index, date d) const noexcept {
        return spans_[index].on(d);
    }

  private:
    template <class R> static R&& valid(R&& rules) {
        rules.validate();
        return std::forward<R>(rules);
    }

    std::vector<std::shared_ptr<const rule_set>> chain_;
    std::vector<parameter_spans> spans_; ///< one for each rule set of the chain
    bool follow_ = false;
};

struct options {
    /// Every finding; by default only those that are not passed.
    bool all_findings = false;
    /// Worker threads; 0: one per core. The result is the same for any number.
    unsigned threads = 0;
};

namespace detail {
inline constexpr std::int64_t epoch_day = 2440588; // 1970-01-01 as a Boost day number

inline std::int32_t day_of(date d) noexcept {
    return static_cast<std::int32_t>(static_cast<std::int64_t>(d.day_number()) - epoch_day);
}
/// Day `v` (days since 1970-01-01), which day_of() gave.
inline date date_at(std::int32_t v) {
    // Day arithmetic: Boost's from_day_number goes through year-month-day and back, which
    // cost more than the rest of reading a date column.
    static const date epoch(1970, 1, 1);
    return epoch + days(v);
}
} // namespace detail

/// A row the audit could not read, or whose values cannot be true together: the table, the
/// row, the column(s) and the value, and why, in both languages.
struct problem {
    table_id table = table_id::meetings;
    std::size_t row = 0;
    std::string column;
    std::string value;
    error_code code = error_code::invalid_value;
    std::string message_vi;
    std::string message_en;
};

/// What an audit finds, as columns: one outcome per meeting; the findings, in meeting order and
/// within a meeting in check()'s order; the rows it could not read, by table and then row. Messages
/// and clauses are rendered only when asked for.
struct result {
    static constexpr std::int32_t no_day = std::numeric_limits<std::int32_t>::min();
    // One entry per meeting row.
    std::vector<outcome> outcomes;
    /// The meeting's date (days since 1970-01-01), for an invalid_input meeting too when its
    /// own date could be read (a report by month keeps it); `no_day` when it could not.
    std::vector<std::int32_t> days;
    std::vector<std::int8_t> rule_set;       ///< index in `rule_sets`; -1 for invalid input
    std::vector<std::int32_t> problem_index; ///< for invalid input, index in `problems`; else -1

    // One entry per finding.
    std::vector<std::int64_t> meeting; ///< the meeting's row
    std::vector<rule_id> rule;
    std::vector<finding_status> status;
    std::vector<sinhhoat::reason> reason;
    std::vector<std::array<std::int64_t, sinhhoat::finding::max_values>> values;

    std::vector<problem> problems;
    std::vector<std::shared_ptr<const sinhhoat::rule_set>> rule_sets;

    std::size_t size() const noexcept { return rule.size(); }
    /// Finding `i` as check() gives it.
    sinhhoat::finding finding_at(std::size_t i) const {
        sinhhoat::finding f;
        f.rule = rule[i];
        f.status = status[i];
        f.reason = reason[i];
        f.values = values[i];
        return f;
    }
    /// How finding `i` cites its clause under its meeting's rule set on its day (R26, R27, R29).
    std::string clause(std::size_t i) const {
        const auto m = static_cast<std::size_t>(meeting[i]);
        const auto& rules = *rule_sets[static_cast<std::size_t>(rule_set[m])];
        const auto table = rules.citations_on(detail::date_at(days[m]));
        const auto r = static_cast<std::size_t>(rule[i]);
        return table && r < table->size() ? (*table)[r] : std::string(clause_of(rule[i]));
    }
    std::string message_vi(std::size_t i) const { return finding_at(i).message_vi(); }
    std::string message_en(std::size_t i) const { return finding_at(i).message_en(); }
};

namespace detail {
using sinhhoat::detail::add_use;
using sinhhoat::detail::counted_day;
using sinhhoat::detail::decide_in_person;
using sinhhoat::detail::decide_meeting;
using sinhhoat::detail::earlier_uses;
using sinhhoat::detail::quota_use;
using sinhhoat::detail::require_fits;

/// Boost's calendar, 1400-01-01 to 9999-12-31, in days since 1970-01-01 (constants, so that a
/// column of dates is checked without a guarded static per row; a test holds them to Boost's).
inline constexpr std::int32_t first_day = -208188, last_day = 2932896;

/// Whether day `v` (days since 1970-01-01) is in Boost's calendar. 32-bit and without a
/// short-circuit, so that a column of days is checked a vector at a time (value_error).
constexpr bool in_calendar(std::int32_t v) noexcept {
    return (v >= first_day) & (v <= last_day);
}

/// Whether any of the `n` columns from `cols` has a value in `row`.
inline bool any_value(const column* const* cols, std::size_t n, std::size_t row) noexcept {
    for (std::size_t i = 0; i < n; ++i)
        if (cols[i] && cols[i]->has(row))
            return true;
    return false;
}

/// How a column of fields of type `M` stores a value (column_type).
template <class M> struct stored {
    using type = std::conditional_t<
        std::is_same_v<M, date>, std::int32_t,
        std::conditional_t<std::is_same_v<M, bool>, std::uint8_t,
                           std::conditional_t<is_enum_set<M>::value, std::uint64_t,
                                              std::conditional_t<is_coded_enum<M>::value,
                                                                 std::int32_t, std::int64_t>>>>;
};

/// Nonzero when `v`, as a column of `M` stores it, is no value of an `M`: a day outside Boost's
/// calendar, a flag other than 0 or 1, a code or a set's bit beyond its table, an integer `M`
/// cannot hold (text is any text). An integer, not a bool, and no comparison of 64-bit values
/// (baseline x86-64 has none in its vector registers), so that a column's errors are ORed
/// together a vector at a time.
template <class M> constexpr auto value_error(typename stored<M>::type v) noexcept {
    if constexpr (std::is_same_v<M, date>) {
        return static_cast<std::uint32_t>(!in_calendar(v));
    } else if constexpr (std::is_same_v<M, bool>) {
        return static_cast<std::uint32_t>(v > 1);
    } else if constexpr (is_enum_set<M>::value) {
        return v & ~M::all().bits();
    } else if constexpr (is_coded_enum<M>::value) {
        return static_cast<std::uint32_t>(static_cast<std::uint32_t>(v) >= enum_size<M>());
    } else if constexpr (std::is_integral_v<M> && sizeof(M) < sizeof(std::int64_t)) {
        // Within [min, max], whose size is 2^bits, when v - min has no higher bit.
        return (static_cast<std::uint64_t>(v) -
                static_cast<std::uint64_t>(std::int64_t{std::numeric_limits<M>::min()})) >>
               (8 * sizeof(M));
    } else if constexpr (std::is_integral_v<M> && std::is_unsigned_v<M>) {
        return static_cast<std::uint64_t>(v) >> 63; // stored as int64: below 0 is beyond
    } else {
        return std::uint32_t{0};
    }
}

/// Whether `v`, as a column of `M` stores it, is a value of an `M` (value_error).
template <class M> constexpr bool value_ok(typename stored<M>::type v) noexcept {
    return value_error<M>(v) == 0;
}

/// Whether a value present in column `c` at `row` is a value of an `M` (value_ok).
template <class M> bool leaf_ok(const column& c, std::size_t row) noexcept {
    if constexpr (std::is_same_v<M, std::string> || custom_value<M>::value)
        return true;
    else
        return value_ok<M>(c.at<typename stored<M>::type>(row));
}

/// Whether rows [lo, hi) of column `c` of fields of type `M` hold nothing to refuse, whichever
/// rows are still to be checked: each value a value of an `M` (leaf_ok), and a value in each
/// row when one is `required`. A pass with no branch on the values, or a dictionary's values
/// once; false says only that the rows must be looked at one by one.
template <class M>
bool column_clean(const column& c, std::size_t lo, std::size_t hi, bool required) noexcept {
    // Counted as integers with no early exit, so that the loops are vectorised.
    unsigned bad = 0;
    if (required && c.valid)
        for (std::size_t r = lo; r < hi; ++r)
            bad |= c.valid[r] == 0;
    if (bad)
        return false;
    if constexpr (std::is_same_v<M, std::string> || custom_value<M>::value) {
        return true;
    } else {
        using T = typename stored<M>::type;
        using E = decltype(value_error<M>(T{}));
        E error = 0;
        if (c.index_bytes != 0) { // bind() found each row's index within the dictionary
            if (c.dictionary_size > hi - lo)
                return false;
            const auto* d = static_cast<const T*>(c.dictionary);
            for (std::size_t i = 0; i < c.dictionary_size; ++i)
                error |= value_error<M>(d[i]);
            return error == 0;
        }
        // A null row's value is read, not used (Arrow and NumPy leave it in memory).
        const auto* v = static_cast<const T*>(c.values);
        if (c.valid)
            for (std::size_t r = lo; r < hi; ++r)
                error |= value_error<M>(v[r]) & static_cast<E>(-static_cast<E>(c.valid[r] != 0));
        else
            for (std::size_t r = lo; r < hi; ++r)
                error |= value_error<M>(v[r]);
        return error == 0;
    }
}

/// Throws what is wrong with row `row` of column `c` (null: not given) as a field of type `M`:
/// a required value missing, or a value leaf_ok refuses, said in both languages; nothing when
/// the value is good.
template <class M> void require_leaf(const column* c, std::size_t row, bool required) {
    if (!c || !c->has(row)) {
        if (required)
            throw invalid_value(c ? c->name : std::string(), "null", "thiếu giá trị bắt buộc",
                                "a value is required");
        return;
    }
    if (leaf_ok<M>(*c, row))
        return;
    if constexpr (std::is_same_v<M, date>) {
        throw invalid_date(
            c->name, std::to_string(c->at<std::int32_t>(row)) + " (ngày/days từ/since 1970-01-01)",
            "ngày ngoài lịch 01/01/1400–31/12/9999",
            "a day outside the calendar 1400-01-01 to 9999-12-31");
    } else if constexpr (std::is_same_v<M, bool>) {
        throw invalid_value(c->name, std::to_string(c->at<std::uint8_t>(row)), "phải là 0 hoặc 1",
                            "must be 0 or 1");
    } else if constexpr (is_enum_set<M>::value) {
        const std::string name(enum_traits<typename M::value_type>::name);
        throw unknown_code(c->name, std::to_string(c->at<std::uint64_t>(row)),
                           "có bit không ứng với mã nào của " + name,
                           "has a bit that is no " + name);
    } else if constexpr (is_coded_enum<M>::value) {
        const std::string name(enum_traits<M>::name);
        throw unknown_code(c->name, std::to_string(c->at<std::int32_t>(row)),
                           "không phải mã hợp lệ của " + name, "not a valid " + name);
    } else if constexpr (std::is_integral_v<M>) {
        const auto lo = std::to_string(std::numeric_limits<M>::min());
        const auto hi = std::to_string(std::numeric_limits<M>::max());
        throw invalid_value(c->name, std::to_string(c->at<std::int64_t>(row)),
                            "ngoài khoảng " + lo + ".." + hi, "outside " + lo + ".." + hi);
    }
}

/// Checks the columns of the fields of `M` for rows [lo, hi) as reading a row field by field
/// (the row reader) would, a column at a time, without reading a value anywhere: `live(row)`
/// says whether the row is still to be checked (not bad, and within an optional part that has
/// a value) and `fail(row, error)` marks it bad with the error of its first bad field, as the
/// row reader would throw it. A column with nothing wrong in the block is one pass with no
/// branch taken (column_clean); only a block with a bad value is looked at row by row.
template <class M, class Live, class Fail>
void check_rows(const column* const*& cols, std::size_t lo, std::size_t hi, bool required,
                Live&& live, Fail&& fail) {
    if constexpr (is_vector<M>::value) {
        // its own table
    } else if constexpr (is_optional<M>::value) {
        using V = typename M::value_type;
        const column* const* part = cols;
        const auto n = leaves_of<V>();
        // Within the part, its fields are required as theirs are; an optional leaf is the part.
        check_rows<V>(
            cols, lo, hi, is_described_v<V>,
            [&](std::size_t r) { return live(r) && any_value(part, n, r); }, fail);
    } else if constexpr (is_described_v<M>) {
        for_each_field<M>([&](const auto& fd) {
            using F = typename std::decay_t<decltype(fd)>::member_type;
            check_rows<F>(cols, lo, hi, required && fd.is_required, live, fail);
        });
    } else {
        const column* c = *cols++;
        if (!c && !required)
            return; // the default value stands
        if (c && column_clean<M>(*c, lo, hi, required))
            return;
        // A value to refuse somewhere in the block: each row still to be checked, one by one.
        for (std::size_t r = lo; r < hi; ++r)
            if (live(r)) {
                try {
                    require_leaf<M>(c, r, required);
                } catch (const error& e) {
                    fail(r, e);
                }
            }
    }
}

/// Clears `ok[row - lo]` for each row of [lo, hi) whose fields of `M` (columns check_rows found
/// good) fail what validate() asks of each field beyond that, or cannot be known to pass without
/// reading the row: an integer outside its described bounds; a part with a check of its own
/// (within an optional part that has a value: `in(row)`), or text or a custom value, present. Such
/// a row is read and validated, which says what is wrong, if anything. A column at a time, in
/// the order load_member walks them; `M`'s own check is the caller's to ask.
template <class M, class In>
void rows_in_bounds(const column* const*& cols, std::size_t lo, std::size_t hi, std::int64_t min,
                    std::int64_t max, In&& in, std::uint8_t* ok) noexcept {
    if constexpr (is_vector<M>::value) {
        // its own table
    } else if constexpr (is_optional<M>::value) {
        using V = typename M::value_type;
        const column* const* part = cols;
        const auto n = leaves_of<V>();
        rows_in_bounds<V>(
            cols, lo, hi, min, max, [&](std::size_t r) { return in(r) && any_value(part, n, r); },
            ok);
    } else if constexpr (is_described_v<M>) {
        if constexpr (sinhhoat::detail::has_check<M>::value) {
            for (std::size_t r = lo; r < hi; ++r)
                ok[r - lo] &= !in(r);
            cols += leaves_of<M>();
        } else {
            for_each_field<M>([&](const auto& fd) {
                using F = typename std::decay_t<decltype(fd)>::member_type;
                rows_in_bounds<F>(cols, lo, hi, fd.min, fd.max, in, ok);
            });
        }
    } else {
        // A leaf with a value is within its part: `in` need not be asked.
        const column* c = *cols++;
        if (!c)
            return;
        if constexpr (std::is_same_v<M, std::string> || custom_value<M>::value) {
            for (std::size_t r = lo; r < hi; ++r)
                ok[r - lo] &= !c->has(r);
        } else if constexpr (std::is_integral_v<M> && !std::is_same_v<M, bool>) {
            for (std::size_t r = lo; r < hi; ++r)
                if (c->has(r)) {
                    const auto v = c->at<std::int64_t>(r);
                    ok[r - lo] &= v >= min && v <= max;
                }
        }
        // dates, flags, codes and sets: check_rows asked all there is
    }
}

/// rows_in_bounds of the fields of a whole row of `M` (every row is within it).
template <class M>
void fields_in_bounds(const column* const* cols, std::size_t lo, std::size_t hi,
                      std::uint8_t* ok) noexcept {
    for_each_field<M>([&](const auto& fd) {
        using F = typename std::decay_t<decltype(fd)>::member_type;
        rows_in_bounds<F>(cols, lo, hi, fd.min, fd.max, [](std::size_t) { return true; }, ok);
    });
}

/// The columns of a meeting that its validation and require_plausible ask about beyond each
/// field's own bounds, so that a meeting held in person can be known valid without being read.
struct plausibility_columns {
    const column* body;
    const column* form;
    const column* online;
    const column* present;

    explicit plausibility_columns(
        const table& meetings, const std::vector<column_spec>& specs = columns(table_id::meetings))
        : body(find(meetings, specs, "body")), form(find(meetings, specs, "form")),
          online(find(meetings, specs, "members_online")),
          present(find(meetings, specs, "minutes.members_present")) {}

    /// The column `name` of the meetings (nullptr: not given, its default stands), which must
    /// be one of `specs`, the columns the description of `meeting` yields.
    static const column* find(const table& meetings, const std::vector<column_spec>& specs,
                              std::string_view name) {
        if (std::none_of(specs.begin(), specs.end(),
                         [&](const column_spec& c) { return c.name == name; }))
            throw std::logic_error("sinhhoat: no meeting column " + std::string(name));
        return meetings.find(name);
    }
    /// Clears `ok[row - lo]` for each row of [lo, hi) that is not held in person, or that fails
    /// describe<meeting>::check or require_plausible with its organisation, whose capacity is
    /// `capacity_of(row)` (a meeting with no round). Rows already cleared are not asked; the
    /// others' columns are good (check_rows) and within their bounds (fields_in_bounds). A few rows
    /// at a time, each column read as a run of values.
    template <class CapacityOf>
    void in_person(std::size_t lo, std::size_t hi, CapacityOf&& capacity_of,
                   std::uint8_t* ok) const noexcept {
        const meeting defaults;
        constexpr std::int64_t none = -1; // no figure of members online
        constexpr std::size_t step = 256;
        std::int32_t b[step], f[step];
        std::int64_t p[step], n[step];
        for (std::size_t at = lo; at < hi; at += step) {
            const auto end = std::min(hi, at + step);
            values_of<std::int32_t>(body, at, end, static_cast<std::int32_t>(defaults.body), b);
            values_of<std::int32_t>(form, at, end, static_cast<std::int32_t>(defaults.form), f);
            values_of<std::int64_t>(present, at, end, std::int64_t{0}, p);
            values_of<std::int64_t>(online, at, end, none, n);
            for (std::size_t r = at; r < end; ++r) {
                auto& k = ok[r - lo];
                const auto i = r - at;
                const auto fi = static_cast<meeting_form>(f[i]);
                if (!k || fi != meeting_form::in_person)
                    k = 0;
                else {
                    const auto bi = static_cast<meeting_body>(b[i]);
                    const auto pi = static_cast<std::int32_t>(p[i]);
                    const auto ni = n[i] == none ? std::nullopt
                                                 : std::optional(static_cast<std::int32_t>(n[i]));
                    k = sinhhoat::detail::group_form_ok(bi, fi) &&
                        sinhhoat::detail::figures_ok(fi, pi, ni) &&
                        sinhhoat::detail::plausible(bi, pi, ni, capacity_of(r));
                }
            }
        }
    }

  private:
    /// Rows [lo, hi) of `c` (`otherwise` where a row has no value, or `c` is not given) into
    /// `out`: the column's layout is asked once, not once a row.
    template <class S, class T>
    static void values_of(const column* c, std::size_t lo, std::size_t hi, T otherwise,
                          T* out) noexcept {
        if (!c) {
            std::fill(out, out + (hi - lo), otherwise);
        } else if (c->index_bytes != 0) {
            for (std::size_t r = lo; r < hi; ++r)
                out[r - lo] = c->has(r) ? static_cast<T>(c->at<S>(r)) : otherwise;
        } else {
            // A select, not a branch, so that the loops are vectorised.
            const auto* v = static_cast<const S*>(c->values);
            if (c->valid)
                for (std::size_t r = lo; r < hi; ++r)
                    out[r - lo] = c->valid[r] ? static_cast<T>(v[r]) : otherwise;
            else
                for (std::size_t r = lo; r < hi; ++r)
                    out[r - lo] = static_cast<T>(v[r]);
        }
    }
};

/// Reads the fields of `M` of a row whose columns check_rows found good (an optional value is
/// there when any of its columns has a value): nothing is left to check, so nothing throws, and
/// reading a row is a few loads.
template <class M> void load_member(M& out, const column* const*& cols, std::size_t row) noexcept {
    if constexpr (is_vector<M>::value) {
        // its own table
    } else if constexpr (is_optional<M>::value) {
        using V = typename M::value_type;
        const auto n = leaves_of<V>();
        if (!any_value(cols, n, row)) {
            cols += n;
            return;
        }
        load_member(out.emplace(), cols, row);
    } else if constexpr (is_described_v<M>) {
        for_each_field<M>([&](const auto& fd) { load_member(fd.get(out), cols, row); });
    } else {
        const column* c = *cols++;
        if (!c || !c->has(row))
            return;
        if constexpr (std::is_same_v<M, date>)
            out = date_at(c->at<std::int32_t>(row));
        else if constexpr (std::is_same_v<M, bool>)
            out = c->at<std::uint8_t>(row) == 1;
        else if constexpr (is_enum_set<M>::value)
            out = M::from_bits(c->at<std::uint64_t>(row));
        else if constexpr (is_coded_enum<M>::value)
            out = static_cast<M>(c->at<std::int32_t>(row));
        else if constexpr (std::is_integral_v<M>)
            out = static_cast<M>(c->at<std::int64_t>(row));
        else
            out.assign(static_cast<const char*>(c->values) + c->offsets[row],
                       static_cast<std::size_t>(c->offsets[row + 1] - c->offsets[row]));
    }
}

/// Runs `work(t)` for t in [0, threads), t = 0 on the calling thread. An exception in any of
/// them (out of memory) is thrown here once all have stopped, as one thread would have thrown
/// it, instead of ending the process from a worker; the others stop at their next item.
template <class Work> void on_workers(unsigned threads, std::atomic<bool>& stop, Work&& work) {
    std::exception_ptr failed;
    std::mutex lock;
    const auto guarded = [&](unsigned t) {
        try {
            work(t);
        } catch (...) {
            stop = true;
            const std::lock_guard<std::mutex> hold(lock);
            if (!failed)
                failed = std::current_exception();
        }
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t)
        pool.emplace_back(guarded, t);
    guarded(0);
    for (auto& th : pool)
        th.join();
    if (failed)
        std::rethrow_exception(failed);
}

/// Runs `f(lo, hi, worker)` over [0, n) in blocks of `block` rows on `threads` threads (the
/// calling one among them); which worker reads a block does not change what it reads.
template <class F> void for_blocks(std::size_t n, std::size_t block, unsigned threads, F&& f) {
    std::atomic<std::size_t> next{0};
    std::atomic<bool> stop{false};
    on_workers(threads <= 1 || n <= block ? 1 : threads, stop, [&](unsigned t) {
        for (std::size_t lo = next.fetch_add(block); lo < n && !stop; lo = next.fetch_add(block))
            f(lo, std::min(n, lo + block), t);
    });
}

/// A table's columns matched to what it holds: `cols[k]` for spec k (null: not given).
struct bound_table {
    table_id id = table_id::meetings;
    std::size_t rows = 0;
    std::vector<const column*> cols;
    std::size_t first_field = 0; ///< index of the first column of the row type's fields

    const column* key(std::size_t k) const noexcept { return cols[k]; }
    const column* const* fields() const noexcept { return cols.data() + first_field; }
};

/// An error in the call itself: a table named with its column, before any work starts.
[[noreturn]] inline void refuse(table_id t, std::string_view column_name, std::string value,
                                std::string vi, std::string en) {
    throw invalid_value(std::string(to_code(t)) + "." + std::string(column_name), std::move(value),
                        std::move(vi), std::move(en));
}

/// Matches `t`'s columns to its specs: every column known and of its type, of one length,
/// text offsets within their bytes, the required ones there.
inline bound_table bind(table_id id, const table& t) {
    bound_table out;
    out.id = id;
    out.rows = t.rows();
    const auto specs = columns(id);
    out.first_field = detail::keys(id).size();
    out.cols.assign(specs.size(), nullptr);
    for (const auto& c : t.columns) {
        std::size_t k = 0;
        while (k < specs.size() && specs[k].name != c.name)
            ++k;
        if (k == specs.size())
            refuse(id, c.name, "?", "bảng không có cột này (xem docs/audit-columns.md)",
                   "the table has no such column (see docs/audit-columns.md)");
        if (out.cols[k])
            refuse(id, c.name, "2", "cột được cho hai lần", "the column is given twice");
        if (c.type != specs[k].type)
            refuse(id, c.name, std::string(to_code(c.type)),
                   "phải có kiểu " + std::string(to_code(specs[k].type)),
                   "must be of type " + std::string(to_code(specs[k].type)));
        if (c.rows != out.rows)
            refuse(id, c.name, std::to_string(c.rows),
                   "số dòng khác cột " + t.columns.front().name + " (" + std::to_string(out.rows) +
                       ")",
                   "a length other than column " + t.columns.front().name + "'s (" +
                       std::to_string(out.rows) + ")");
        if (c.rows > 0 && !c.values)
            refuse(id, c.name, "null", "không có dữ liệu", "has no data");
        if (c.index_bytes != 0) {
            if (c.type == column_type::text || (c.index_bytes != 1 && c.index_bytes != 2 &&
                                                c.index_bytes != 4 && c.index_bytes != 8))
                refuse(id, c.name, std::to_string(c.index_bytes),
                       "mã hoá từ điển cần chỉ số 1, 2, 4 hoặc 8 byte (không cho cột chuỗi)",
                       "dictionary encoding needs indices of 1, 2, 4 or 8 bytes (not for text)");
            if (c.dictionary_size > 0 && !c.dictionary)
                refuse(id, c.name, "null", "không có từ điển", "has no dictionary");
            for (std::size_t r = 0; r < c.rows; ++r)
                if (c.has(r) &&
                    (c.index(r) < 0 || static_cast<std::uint64_t>(c.index(r)) >= c.dictionary_size))
                    refuse(id, c.name,
                           "index[" + std::to_string(r) + "] = " + std::to_string(c.index(r)),
                           "chỉ số ngoài từ điển (" + std::to_string(c.dictionary_size) +
                               " giá trị)",
                           "an index beyond the dictionary (" + std::to_string(c.dictionary_size) +
                               " values)");
        }
        if (c.type == column_type::text) {
            if (!c.offsets)
                refuse(id, c.name, "null", "cột chuỗi thiếu offsets",
                       "a text column needs its offsets");
            for (std::size_t r = 0; r < c.rows; ++r)
                if (c.offsets[r] < 0 || c.offsets[r + 1] < c.offsets[r] ||
                    static_cast<std::uint64_t>(c.offsets[r + 1]) > c.bytes)
                    refuse(id, c.name, "offsets[" + std::to_string(r) + "]",
                           "offsets không tăng dần hoặc vượt quá dữ liệu",
                           "offsets out of order or beyond the bytes");
        }
        out.cols[k] = &c;
    }
    for (std::size_t k = 0; k < specs.size(); ++k)
        if (specs[k].required && !out.cols[k] && (out.rows > 0 || !t.empty()))
            refuse(id, specs[k].name, "?", "thiếu cột bắt buộc", "a required column is missing");
    return out;
}

/// `path` (a validation error's field, `organisation.roll.exempted`) as the table's column names.
inline std::string column_names(std::string field, std::string_view root) {
    const std::string prefix = std::string(root) + ".";
    std::string out;
    std::size_t i = 0;
    while (i < field.size()) {
        const bool at_start = i == 0 || field[i - 1] == ' ';
        if (at_start && field.compare(i, prefix.size(), prefix) == 0) {
            i += prefix.size();
            continue;
        }
        out += field[i++];
    }
    return out;
}

inline problem problem_of(table_id t, std::size_t row, const error& e, std::string_view root) {
    problem p;
    p.table = t;
    p.row = row;
    p.column = root.empty() ? e.field() : column_names(e.field(), root);
    p.value = e.value();
    p.code = e.code();
    p.message_vi = e.message_vi();
    p.message_en = e.message_en();
    return p;
}

/// Problems of rows, as they were found (one a row, in any order).
using found_rows = std::vector<std::pair<std::size_t, problem>>;

/// Adds `found` to `problems` in row order, telling `numbered(row, index)` each one's index, so
/// that the order rows are checked in never shows.
/// Every worker's problems in one list, each worker's emptied.
inline void gather(std::vector<found_rows>& lists, found_rows& into) {
    for (auto& l : lists) {
        std::move(l.begin(), l.end(), std::back_inserter(into));
        l.clear();
    }
}

template <class Numbered>
void add_in_row_order(found_rows& found, std::vector<problem>& problems, Numbered&& numbered) {
    std::sort(found.begin(), found.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& [row, pr] : found) {
        problems.push_back(std::move(pr));
        numbered(row, static_cast<std::int32_t>(problems.size() - 1));
    }
    found.clear();
}

/// Reads a key (an id, a reference) of row `row`.
inline std::int64_t key_at(const bound_table& t, std::size_t k, std::size_t row) {
    const column* c = t.key(k);
    if (!c || !c->has(row))
        throw invalid_value(c ? c->name : "?", "null", "thiếu khoá", "the key is missing");
    return c->at<std::int64_t>(row);
}

/// Reads key `k` of rows [lo, hi) into `out` (from `out[0]`); a row without one goes to
/// `fail(row, error)` as key_at would throw it. A column with a value in every row of them is
/// read as a run.
template <class Fail>
void read_keys(const bound_table& t, std::size_t k, std::size_t lo, std::size_t hi,
               std::int64_t* out, Fail&& fail) {
    const column* c = t.key(k);
    if (c && c->index_bytes == 0 && column_clean<std::int64_t>(*c, lo, hi, true)) {
        const auto* v = static_cast<const std::int64_t*>(c->values);
        std::copy(v + lo, v + hi, out);
        return;
    }
    for (std::size_t r = lo; r < hi; ++r) {
        try {
            out[r - lo] = key_at(t, k, r);
        } catch (const error& e) {
            fail(r, e);
        }
    }
}

/// Row indices grouped by an owner index (counting sort): rows of owner o are
/// `rows[first[o] .. first[o + 1])`, in row order.
struct grouped {
    std::vector<std::uint32_t> first;
    std::vector<std::uint32_t> rows;

    template <class Int>
    grouped(std::size_t owners, const std::vector<Int>& owner_of) : first(owners + 1, 0) {
        for (auto o : owner_of)
            if (o >= 0)
                ++first[static_cast<std::size_t>(o) + 1];
        for (std::size_t o = 0; o < owners; ++o)
            first[o + 1] += first[o];
        rows.resize(first[owners]);
        auto next = first;
        for (std::size_t r = 0; r < owner_of.size(); ++r)
            if (owner_of[r] >= 0)
                rows[next[static_cast<std::size_t>(owner_of[r])]++] = static_cast<std::uint32_t>(r);
    }
    std::pair<const std::uint32_t*, const std::uint32_t*> of(std::size_t o) const noexcept {
        return {rows.data() + first[o], rows.data() + first[o + 1]};
    }
};

/// For each row, another row of the same organisation with the same id (-1: none): for the
/// first of such rows the second, for the others the first. Only rows with an id and an
/// organisation (`owner`, an index below `owners`; -1: none) take part. Ids that rise row by
/// row (a database's, or Python's codes of distinct values) are distinct, seen in one pass;
/// else each organisation's rows are sorted by id: never a comparison per pair of rows, nor a
/// sort of the whole table.
inline std::vector<std::int64_t> same_id_rows(const std::vector<std::int64_t>& id,
                                              const std::vector<std::int32_t>& owner,
                                              std::size_t owners) {
    const std::size_t n = id.size();
    std::vector<std::int64_t> partner;
    bool rising = true, any = false;
    std::int64_t last = 0;
    for (std::size_t r = 0; r < n && rising; ++r)
        if (owner[r] >= 0) {
            rising = !any || id[r] > last;
            last = id[r];
            any = true;
        }
    if (rising)
        return partner;
    partner.assign(n, -1);
    const grouped by_owner(owners, owner);
    std::vector<std::pair<std::int64_t, std::uint32_t>> mine;
    for (std::size_t o = 0; o < owners; ++o) {
        const auto [first, end] = by_owner.of(o);
        if (end - first < 2)
            continue;
        mine.clear();
        for (auto it = first; it != end; ++it)
            mine.emplace_back(id[*it], *it);
        std::sort(mine.begin(), mine.end());
        for (std::size_t i = 0; i < mine.size();) {
            std::size_t j = i + 1;
            while (j < mine.size() && mine[j].first == mine[i].first)
                ++j;
            if (j - i > 1) {
                partner[mine[i].second] = mine[i + 1].second;
                for (std::size_t k = i + 1; k < j; ++k)
                    partner[mine[k].second] = mine[i].second;
            }
            i = j;
        }
    }
    return partner;
}

/// One meeting of an organisation's history, audited or earlier, in the order the audit
/// decides them: by date, earlier rows before audited ones, then by sequence and row.
struct history_item {
    std::int32_t day = 0;
    bool audited = false;
    bool has_sequence = false;
    std::uint32_t row = 0;   ///< the row in its table
    std::uint32_t entry = 0; ///< an audited meeting's index among those read (walk_entry)
    std::int64_t sequence = 0;
};
inline bool decided_before(const history_item& a, const history_item& b) noexcept {
    if (a.day != b.day)
        return a.day < b.day;
    if (a.audited != b.audited)
        return !a.audited;
    if (a.has_sequence != b.has_sequence) // a sequence given comes before none
        return a.has_sequence;
    if (a.sequence != b.sequence)
        return a.sequence < b.sequence;
    return a.row < b.row;
}

/// A meeting decided with its organisation: its row, read and validated as its block's columns
/// were checked.
struct walk_entry {
    std::uint32_t row = 0;
    std::int32_t org = 0;
    meeting value;
};

/// What a worker keeps from one organisation to the next, so that no organisation allocates.
struct walk_buffers {
    std::vector<history_item> items;
    std::vector<past_meeting> past;   ///< per item, once decided (an earlier row: at once)
    std::vector<std::uint8_t> counts; ///< per item: 1 when it is valid, so it can use a quota
    std::vector<earlier_uses> sums;   ///< running sums of quota uses, per rule set and pilot
    std::vector<std::size_t> summed;  ///< per rule set and pilot: how many items are summed
    /// Per rule set, the organisation's decisions as its meetings ask them, made when first asked.
    std::vector<std::optional<online::decision_lookup>> decisions;
};

/// The findings one worker produced, each with its meeting's row.
struct worker_output {
    std::vector<std::uint32_t> meeting;
    std::vector<finding> found;
};

/// Where a worker's meeting puts its findings: straight into the worker's output (the passed
/// ones only when asked for), noting the statuses seen for the outcome.
struct meeting_sink {
    worker_output& out;
    std::uint32_t row;
    bool all;
    finding_status_set seen;

    /// Notes a ruling; true when its finding is to be kept (so explained).
    bool wants(ruling r) noexcept {
        seen.insert(r.status);
        return all || r.status != finding_status::passed;
    }
    void add(const finding& f) {
        seen.insert(f.status);
        if (all || f.status != finding_status::passed) {
            out.meeting.push_back(row);
            out.found.push_back(f);
        }
    }
    template <std::size_t M> void add(const sinhhoat::detail::static_vector<finding, M>& fs) {
        for (const auto& f : fs)
            add(f);
    }
};

/// Everything read and checked before the meetings: values per row, and which rows are bad. A
/// meeting is not kept here: its row is decided from its columns, or read (walk_entry), as its
/// block is checked.
struct prepared {
    std::vector<organisation> orgs;
    std::vector<std::int32_t> org_problem; // per organisation row; -1: valid
    // A meeting's round, if it has one: most have none, so the rounds are kept apart.
    static constexpr std::uint32_t no_round = std::numeric_limits<std::uint32_t>::max();
    std::vector<std::uint32_t> round_index; // per meeting row
    std::vector<group_round> round_values;
    std::vector<std::int64_t> round_rows; // per round: its row in `rounds` (-1: tổ rows only)

    const group_round* round_at(std::size_t m) const noexcept {
        return round_index[m] == no_round ? nullptr : &round_values[round_index[m]];
    }
    group_round& round_of(std::size_t m) {
        if (round_index[m] == no_round) {
            round_index[m] = static_cast<std::uint32_t>(round_values.size());
            round_values.emplace_back();
            round_rows.push_back(-1);
        }
        return round_values[round_index[m]];
    }
    /// The row of meeting `m`'s round in `rounds`; -1 when it has none.
    std::int64_t round_row(std::size_t m) const noexcept {
        return round_index[m] == no_round ? -1 : round_rows[round_index[m]];
    }
    std::vector<past_meeting> earlier;
    std::vector<std::int64_t> org_of_earlier;
    std::vector<problem> problems;
};

/// Reads the rows of `t` keyed to an owner by key column 0: `owner(key)` gives the owner index
/// (-1: none such). Good rows call `use(row, owner, value)`, in row order; bad ones add a
/// problem (the first the row reader meets: its key, its fields, its validation) and, when
/// their owner is known, `spoil(owner, problem index)`. As the meetings are: the keys, then
/// each column checked as a whole, then the good rows read.
template <class T, class Owner, class Use, class Spoil>
void read_owned(const bound_table& t, std::string_view root, prepared& p, unsigned threads,
                Owner&& owner, Use&& use, Spoil&& spoil) {
    std::vector<std::int64_t> own(t.rows, -1);
    std::vector<std::uint8_t> ok(t.rows, 1);
    std::vector<found_rows> found(std::max(1u, threads));
    const auto failing = [&](unsigned worker) {
        return [&, worker](std::size_t r, const error& e) {
            found[worker].emplace_back(r, problem_of(t.id, r, e, root));
            ok[r] = 0;
        };
    };
    std::vector<std::int64_t> keys(t.rows);
    read_keys(t, 0, 0, t.rows, keys.data(), failing(0));
    for (std::size_t r = 0; r < t.rows; ++r) {
        if (!ok[r])
            continue;
        own[r] = owner(keys[r]);
        if (own[r] < 0)
            failing(0)(r, inconsistent_input(t.key(0)->name, std::to_string(keys[r]),
                                             "không có dòng nào mang khoá này",
                                             "no row has this key"));
    }
    // Each row checked, read and validated on its own, a block at a time on every worker; then
    // given to its owner in row order. A chunk of rows at a time: the values read wait for
    // their owner in room for a chunk, not for the whole table.
    constexpr std::size_t chunk = std::size_t{1} << 16;
    std::vector<T> values(std::min(t.rows, chunk));
    for (std::size_t first = 0; first < t.rows; first += chunk) {
        const auto n = std::min(t.rows - first, chunk);
        for_blocks(n, 4096, threads, [&](std::size_t lo, std::size_t hi, unsigned worker) {
            const auto fail = failing(worker);
            const column* const* cols = t.fields();
            check_rows<T>(
                cols, first + lo, first + hi, true, [&](std::size_t r) { return ok[r] != 0; },
                fail);
            for (std::size_t r = first + lo; r < first + hi; ++r) {
                if (!ok[r])
                    continue;
                auto& value = values[r - first];
                value = T{};
                const column* const* row_cols = t.fields();
                load_member(value, row_cols, r);
                try {
                    sinhhoat::validate(value, path(root));
                } catch (const error& e) {
                    fail(r, e);
                }
            }
        });
        for (std::size_t r = first; r < first + n; ++r)
            if (ok[r])
                use(r, own[r], std::move(values[r - first]));
    }
    found_rows all;
    gather(found, all);
    add_in_row_order(all, p.problems, [&](std::size_t r, std::int32_t k) {
        if (own[r] >= 0)
            spoil(own[r], k);
    });
}

} // namespace detail

// --- tables from values ------------------------------------------------------------------------

/// Memory for one column of a table made from values (table_data).
struct owned_column {
    column_type type = column_type::integer;
    std::vector<unsigned char> values;
    std::vector<std::uint8_t> valid;
    std::vector<std::int64_t> offsets{0};

    template <class T> void push(T v, bool has) {
        const auto at = values.size();
        values.resize(at + sizeof(T));
        std::memcpy(values.data() + at, &v, sizeof(T));
        valid.push_back(has ? 1 : 0);
    }
    void push_text(std::string_view s, bool has) {
        values.insert(values.end(), s.begin(), s.end());
        offsets.push_back(static_cast<std::int64_t>(values.size()));
        valid.push_back(has ? 1 : 0);
    }
};

namespace detail {
/// Appends the fields of `v` to `out` from `k` on (an absent optional: nulls in its columns).
template <class M> void write_member(std::vector<owned_column>& out, std::size_t& k, const M* v);
} // namespace detail

/// A table made from values of the type its rows hold, owning its columns: for C++ callers that
/// hold values, and for tests. `add` writes one row: its keys (in the order of columns(id); null
/// for an optional key given none), then the value's fields.
class table_data {
  public:
    explicit table_data(table_id id)
        : id_(id), specs_(columns(id)), keys_(detail::keys(id).size()) {
        for (const auto& c : specs_) {
            owned_column o;
            o.type = c.type;
            cols_.push_back(std::move(o));
        }
    }

    template <class T>
    void add(std::initializer_list<std::optional<std::int64_t>> keys, const T& v) {
        std::size_t k = 0;
        for (const auto& key : keys)
            cols_[k++].push(key.value_or(0), key.has_value());
        while (k < keys_) // the optional keys not given: null
            cols_[k++].push(std::int64_t{0}, false);
        detail::write_member(cols_, k, &v);
        ++rows_;
    }

    /// The columns as a table to audit: valid while this is alive and unchanged.
    table view() const {
        table t;
        for (std::size_t k = 0; k < specs_.size(); ++k) {
            const auto& o = cols_[k];
            column c;
            c.name = specs_[k].name;
            c.type = o.type;
            c.values = o.values.data();
            c.rows = rows_;
            c.valid = o.valid.data();
            if (o.type == column_type::text) {
                c.offsets = o.offsets.data();
                c.bytes = o.values.size();
            }
            t.columns.push_back(std::move(c));
        }
        return t;
    }
    table_id id() const noexcept { return id_; }
    std::size_t rows() const noexcept { return rows_; }

  private:
    table_id id_;
    std::vector<column_spec> specs_;
    std::size_t keys_;
    std::vector<owned_column> cols_;
    std::size_t rows_ = 0;
};

/// The tables of an audit made from values: an organisation with its lists, a meeting with its
/// round, an earlier meeting; for C++ callers that hold values, and for tests.
struct tables_data {
    table_data organisations{table_id::organisations}, unable{table_id::unable},
        decisions{table_id::decisions}, meetings{table_id::meetings}, earlier{table_id::earlier},
        rounds{table_id::rounds}, groups{table_id::groups};

    /// Adds `org` under `id`, its unable members and decisions as rows of their own tables.
    void add_organisation(std::int64_t id, const organisation& org) {
        organisations.add({id}, org);
        for (const auto& u : org.roll.unable)
            unable.add({id}, u);
        for (const auto& d : org.decisions)
            decisions.add({id}, d);
    }
    /// Adds a meeting of organisation `id` (and its round's rows, keyed by the meeting's row),
    /// with its `sequence` and its own id when given.
    void add_meeting(std::int64_t id, const meeting& m, const group_round* round = nullptr,
                     std::optional<std::int64_t> sequence = std::nullopt,
                     std::optional<std::int64_t> meeting_id = std::nullopt) {
        const auto row = static_cast<std::int64_t>(meetings.rows());
        meetings.add({id, sequence, meeting_id}, m);
        if (!round)
            return;
        rounds.add({row}, *round);
        for (const auto& g : round->groups)
            groups.add({row}, g);
    }
    void add_earlier(std::int64_t id, const past_meeting& p) { earlier.add({id}, p); }

    /// The tables to audit: valid while this is alive and unchanged.
    tables view() const {
        return {organisations.view(), unable.view(), decisions.view(), meetings.view(),
                earlier.view(),       rounds.view(), groups.view()};
    }
};

namespace detail {
template <class M> void write_member(std::vector<owned_column>& out, std::size_t& k, const M* v) {
    if constexpr (is_vector<M>::value) {
        // its own table
    } else if constexpr (is_optional<M>::value) {
        write_member(out, k, v && *v ? &**v : static_cast<const typename M::value_type*>(nullptr));
    } else if constexpr (is_described_v<M>) {
        for_each_field<M>([&](const auto& fd) {
            using F = typename std::decay_t<decltype(fd)>::member_type;
            write_member(out, k, v ? &fd.get(*v) : static_cast<const F*>(nullptr));
        });
    } else {
        auto& c = out[k++];
        const bool has = v != nullptr;
        if constexpr (std::is_same_v<M, date>)
            c.push<std::int32_t>(has ? day_of(*v) : 0, has);
        else if constexpr (std::is_same_v<M, bool>)
            c.push<std::uint8_t>(has && *v ? 1 : 0, has);
        else if constexpr (is_enum_set<M>::value)
            c.push<std::uint64_t>(has ? v->bits() : 0, has);
        else if constexpr (is_coded_enum<M>::value)
            c.push<std::int32_t>(has ? static_cast<std::int32_t>(*v) : 0, has);
        else if constexpr (std::is_integral_v<M>)
            c.push<std::int64_t>(has ? static_cast<std::int64_t>(*v) : 0, has);
        else
            c.push_text(has ? std::string_view(*v) : std::string_view(), has);
    }
}
} // namespace detail

/// Audits every meeting of `in` under `rules`: each meeting's findings are those of check()
/// called with that meeting, its organisation (with its `unable` and `decisions` rows), its
/// round (`rounds` and `groups` rows) and as history its organisation's `earlier` rows and the
/// audited meetings ordered before it (by date, then `sequence`, then row). A row that cannot
/// be read, or whose values cannot be true together, is a problem: the meetings that depend on
/// it have the outcome invalid_input and are no one's history; every other meeting is audited
/// as if it were absent. A table of the wrong shape (an unknown or missing column, a column of
/// the wrong type or length) throws `invalid_value` naming `table.column` before any work.
inline result run(const tables& in, const rules_by_day& rules, const options& opt = {}) {
    using detail::bound_table;
    std::vector<bound_table> bound;
    for (std::size_t t = 0; t < enum_size<table_id>(); ++t)
        bound.push_back(detail::bind(static_cast<table_id>(t), in.get(static_cast<table_id>(t))));
    // Rows are indexed by 32 bits inside (4 billion rows a table: more than a country has).
    for (const auto& t : bound)
        if (t.rows > std::numeric_limits<std::uint32_t>::max())
            detail::refuse(t.id, "*", std::to_string(t.rows), "quá nhiều dòng", "too many rows");
    const auto& orgs_t = bound[std::size_t(table_id::organisations)];
    const auto& meetings_t = bound[std::size_t(table_id::meetings)];

    detail::prepared p;
    const std::size_t n_orgs = orgs_t.rows, n_meetings = meetings_t.rows;
    const unsigned cores =
        opt.threads ? opt.threads : std::max(1u, std::thread::hardware_concurrency());
    // Each worker's problems, put in row order after (a bad row is marked before it is numbered).
    std::vector<detail::found_rows> found(cores);

    // Organisations, keyed by their id; an id given twice spoils every row that has it. The
    // keys first, then each column checked as a whole, then the rows read: a row's problem is
    // the first the row reader would have met (its key, its id given before, its fields), and
    // the problems are numbered in row order.
    p.orgs.resize(n_orgs);
    p.org_problem.assign(n_orgs, -1);
    detail::found_rows org_found;
    std::vector<std::int64_t> ids(n_orgs);
    std::vector<std::uint8_t> org_ok(n_orgs, 1);
    std::int64_t low = std::numeric_limits<std::int64_t>::max();
    std::int64_t high = std::numeric_limits<std::int64_t>::min();
    detail::read_keys(orgs_t, 0, 0, n_orgs, ids.data(), [&](std::size_t r, const error& e) {
        org_found.emplace_back(r,
                               detail::problem_of(table_id::organisations, r, e, "organisation"));
        org_ok[r] = 0;
    });
    for (std::size_t r = 0; r < n_orgs; ++r)
        if (org_ok[r]) {
            low = std::min(low, ids[r]);
            high = std::max(high, ids[r]);
        }
    // Ids in a narrow range (the Python layer numbers them 0..n-1) are looked up in a table:
    // a hash look-up per meeting cost more than reading the meeting.
    std::vector<std::int64_t> dense;
    std::unordered_map<std::int64_t, std::int64_t> index;
    if (low <= high && static_cast<std::uint64_t>(high) - static_cast<std::uint64_t>(low) <
                           2 * static_cast<std::uint64_t>(n_orgs) + 64)
        dense.assign(static_cast<std::size_t>(high - low) + 1, -1);
    else
        index.reserve(n_orgs);
    std::vector<std::pair<std::size_t, std::size_t>> twice; // (first row, later row)
    for (std::size_t r = 0; r < n_orgs; ++r) {
        if (!org_ok[r])
            continue;
        std::int64_t* first = nullptr;
        if (!dense.empty())
            first = &dense[static_cast<std::size_t>(ids[r] - low)];
        else
            first = &index.emplace(ids[r], -1).first->second;
        if (*first < 0) {
            *first = static_cast<std::int64_t>(r);
            continue;
        }
        const auto f = static_cast<std::size_t>(*first);
        org_found.push_back({r,
                             {table_id::organisations, r, "id", std::to_string(ids[r]),
                              error_code::inconsistent_input,
                              "hai tổ chức cùng một id (dòng " + std::to_string(f) + " và dòng " +
                                  std::to_string(r) + ")",
                              "two organisations with one id (rows " + std::to_string(f) + " and " +
                                  std::to_string(r) + ")"}});
        org_ok[r] = 0;
        twice.emplace_back(f, r);
    }
    // An organisation is read and validated on its own: blocks of them on every worker (with
    // the meetings on many cores, a country's 300,000 read on one thread came to a third of the
    // time).
    constexpr std::size_t org_block = 2048;
    detail::for_blocks(n_orgs, org_block, cores, [&](std::size_t lo, std::size_t hi, unsigned t) {
        const column* const* cols = orgs_t.fields();
        detail::check_rows<organisation>(
            cols, lo, hi, true, [&](std::size_t r) { return org_ok[r] != 0; },
            [&](std::size_t r, const error& e) {
                found[t].emplace_back(
                    r, detail::problem_of(table_id::organisations, r, e, "organisation"));
                org_ok[r] = 0;
            });
        for (std::size_t r = lo; r < hi; ++r)
            if (org_ok[r]) {
                const column* const* row_cols = orgs_t.fields();
                detail::load_member(p.orgs[r], row_cols, r);
            }
    });
    detail::gather(found, org_found);
    detail::add_in_row_order(org_found, p.problems,
                             [&](std::size_t r, std::int32_t k) { p.org_problem[r] = k; });
    for (const auto& [f, r] : twice)
        if (p.org_problem[f] < 0)
            p.org_problem[f] = p.org_problem[r];
    const auto org_index = [&](std::int64_t id) -> std::int64_t {
        if (!dense.empty())
            return id < low || id > high ? -1 : dense[static_cast<std::size_t>(id - low)];
        const auto it = index.find(id);
        return it == index.end() ? -1 : it->second;
    };
    const auto spoil_org = [&](std::int64_t o, std::int32_t k) {
        if (p.org_problem[static_cast<std::size_t>(o)] < 0)
            p.org_problem[static_cast<std::size_t>(o)] = k;
    };
    detail::read_owned<unable_members>(
        bound[std::size_t(table_id::unable)], "unable", p, cores, org_index,
        [&](std::size_t, std::int64_t o, unable_members u) {
            p.orgs[static_cast<std::size_t>(o)].roll.unable.push_back(u);
        },
        spoil_org);
    detail::read_owned<circumstance_decision>(
        bound[std::size_t(table_id::decisions)], "decision", p, cores, org_index,
        [&](std::size_t, std::int64_t o, circumstance_decision d) {
            p.orgs[static_cast<std::size_t>(o)].decisions.push_back(std::move(d));
        },
        spoil_org);
    detail::read_owned<past_meeting>(
        bound[std::size_t(table_id::earlier)], "past_meeting", p, cores, org_index,
        [&](std::size_t, std::int64_t o, past_meeting m) {
            p.earlier.push_back(m);
            p.org_of_earlier.push_back(o);
        },
        spoil_org);
    // What each organisation can hold (R35), kept apart: an organisation is many times its size.
    std::vector<sinhhoat::detail::capacity> capacities(n_orgs);
    detail::for_blocks(n_orgs, org_block, cores, [&](std::size_t lo, std::size_t hi, unsigned t) {
        for (std::size_t r = lo; r < hi; ++r) {
            capacities[r] = sinhhoat::detail::capacity::of(p.orgs[r]);
            if (p.org_problem[r] >= 0)
                continue;
            try {
                p.orgs[r].validate();
                // Every meeting of the organisation asks its roll: in one entry per set of
                // grounds, not one per row of the table.
                if (p.orgs[r].roll.unable.size() > 8)
                    p.orgs[r].roll.merge_same_grounds();
            } catch (const error& e) {
                found[t].emplace_back(
                    r, detail::problem_of(table_id::organisations, r, e, "organisation"));
            }
        }
    });
    {
        detail::found_rows invalid;
        detail::gather(found, invalid);
        detail::add_in_row_order(invalid, p.problems,
                                 [&](std::size_t r, std::int32_t k) { p.org_problem[r] = k; });
    }

    // Meetings, in row order, a block of rows at a time on every worker: the keys and each
    // column checked as a whole; then a row held in person that its columns show valid is
    // decided, any other read as a value and validated while its block is at hand. A row's problem
    // is the first one the row reader would have met (its key, its sequence, its fields in order,
    // their validation, its organisation, then what check() refuses), and the problems are put back
    // in row order, so neither the block size nor the number of workers changes what is reported.
    constexpr std::size_t block = 4096;
    // Per meeting row: its state and its problem.
    enum : std::uint8_t { clean, unread, no_org, round_bad };
    std::vector<std::uint8_t> state(n_meetings, clean);
    std::vector<std::int32_t> meeting_problem(n_meetings, -1);
    p.round_index.assign(n_meetings, detail::prepared::no_round);
    const column* sequence = meetings_t.key(1);
    const column* dates = in.get(table_id::meetings).find("date");
    const detail::plausibility_columns plausibility(in.get(table_id::meetings));

    // Two meetings of one organisation with one id are both problems (a meeting exported twice
    // would count twice toward a quota): found before any row is read, reported as the key is.
    const std::vector<std::int64_t> twin = [&] {
        if (!meetings_t.key(2))
            return std::vector<std::int64_t>{};
        std::vector<std::int64_t> key(n_meetings), id(n_meetings);
        std::vector<std::uint8_t> known(n_meetings, 1);
        const auto unknown = [&](std::size_t r, const error&) { known[r] = 0; };
        detail::read_keys(meetings_t, 0, 0, n_meetings, key.data(), unknown);
        detail::read_keys(meetings_t, 2, 0, n_meetings, id.data(), unknown);
        std::vector<std::int32_t> owner(n_meetings, -1);
        for (std::size_t r = 0; r < n_meetings; ++r)
            if (known[r])
                owner[r] = static_cast<std::int32_t>(org_index(key[r]));
        return detail::same_id_rows(id, owner, n_orgs);
    }();

    result out;
    out.outcomes.assign(n_meetings, outcome::invalid_input);
    out.days.assign(n_meetings, result::no_day);
    out.rule_set.assign(n_meetings, -1);
    out.rule_sets = rules.chain();

    // A meeting's problem is marked with 0 until the problems are numbered.
    const auto put_in_row_order = [&] {
        detail::found_rows all;
        detail::gather(found, all);
        detail::add_in_row_order(all, p.problems,
                                 [&](std::size_t r, std::int32_t k) { meeting_problem[r] = k; });
    };
    const auto meeting_index = [&](std::int64_t row) -> std::int64_t {
        return row >= 0 && static_cast<std::uint64_t>(row) < n_meetings ? row : -1;
    };
    // The rounds and their tổ rows, before the meetings' own rows are checked, so that a meeting
    // held in person is decided as its rows are checked (below). A meeting whose round is bad
    // keeps its round's problem, the first one: its own row, checked next, takes its place when
    // bad, and so does its validation (a round_bad row is read, not decided).
    const auto spoil_meeting = [&](std::int64_t m, std::int32_t k) {
        const auto r = static_cast<std::size_t>(m);
        if (state[r] == clean) {
            state[r] = round_bad;
            meeting_problem[r] = k;
        }
    };
    p.round_values.reserve(bound[std::size_t(table_id::rounds)].rows);
    detail::read_owned<group_round>(
        bound[std::size_t(table_id::rounds)], "round", p, cores, meeting_index,
        [&](std::size_t r, std::int64_t m, group_round value) {
            if (const auto first = p.round_row(static_cast<std::size_t>(m)); first >= 0) {
                p.problems.push_back(
                    {table_id::rounds, r, "meeting", std::to_string(m),
                     error_code::inconsistent_input,
                     "hai dòng đợt sinh hoạt cho một cuộc họp (dòng " + std::to_string(first) + ")",
                     "two round rows for one meeting (row " + std::to_string(first) + ")"});
                spoil_meeting(m, static_cast<std::int32_t>(p.problems.size() - 1));
                return;
            }
            p.round_of(static_cast<std::size_t>(m)) = std::move(value);
            p.round_rows[p.round_index[static_cast<std::size_t>(m)]] = static_cast<std::int64_t>(r);
        },
        spoil_meeting);
    // Each tổ row's round, by its place among the rounds: a refused round names its tổ rows.
    std::vector<std::int64_t> round_of_group(bound[std::size_t(table_id::groups)].rows, -1);
    detail::read_owned<group_meeting>(
        bound[std::size_t(table_id::groups)], "group_meeting", p, cores, meeting_index,
        [&](std::size_t r, std::int64_t m, group_meeting g) {
            // A round has a few tổ: room for four at its first, not a reallocation at each.
            auto& groups = p.round_of(static_cast<std::size_t>(m)).groups;
            if (groups.empty())
                groups.reserve(4);
            groups.push_back(std::move(g));
            round_of_group[r] = p.round_index[static_cast<std::size_t>(m)];
        },
        spoil_meeting);
    const detail::grouped groups_of(p.round_values.size(), round_of_group);

    // What check() refuses beyond each row's own fields, now that every part is read: the
    // problem names the row of the part it is about.
    const auto refused = [&](std::size_t m, const error& e) {
        const std::string& field = e.field();
        constexpr std::string_view groups = "round.groups[";
        if (field.compare(0, groups.size(), groups) == 0) {
            const auto i = std::stoul(field.substr(groups.size()));
            const auto [first, last] =
                p.round_at(m) ? groups_of.of(p.round_index[m]) : std::make_pair(nullptr, nullptr);
            if (first && i < static_cast<std::size_t>(last - first)) {
                auto pr = detail::problem_of(table_id::groups, first[i], e, "");
                pr.column = field.substr(field.find("].") + 2);
                return pr;
            }
        }
        if (field.compare(0, 6, "round.") == 0 && p.round_row(m) >= 0)
            return detail::problem_of(table_id::rounds, static_cast<std::size_t>(p.round_row(m)), e,
                                      "round");
        return detail::problem_of(table_id::meetings, m, e, "meeting");
    };
    // Reads meeting row `r`, whose columns are checked, and validates it: false, with its
    // problem noted, when it is not valid.
    const auto read_valid = [&](std::size_t r, meeting& m, unsigned t) {
        try {
            m = meeting{};
            const column* const* cols = meetings_t.fields();
            detail::load_member(m, cols, r);
            m.validate();
            return true;
        } catch (const error& e) {
            meeting_problem[r] = 0;
            found[t].emplace_back(r, detail::problem_of(table_id::meetings, r, e, "meeting"));
            return false;
        }
    };
    // Checks valid meeting `m` of row `r` against its organisation and round as check() does:
    // false, with its problem noted, when it is refused.
    const auto fits = [&](std::size_t r, const meeting& m, const organisation& org, unsigned t) {
        try {
#ifndef NDEBUG
            // Its round's rows were validated as they were read: so is the round.
            if (const auto* round = p.round_at(r)) {
                try {
                    round->validate();
                } catch (const error&) {
                    throw std::logic_error("sinhhoat: audit took an invalid round as valid");
                }
            }
#endif
            detail::require_fits(m, org, p.round_at(r));
            return true;
        } catch (const error& e) {
            meeting_problem[r] = 0;
            found[t].emplace_back(r, refused(r, e));
            return false;
        }
    };
#ifndef NDEBUG
    const auto accepted = [&](std::size_t r, meeting& m, const organisation& org, unsigned t) {
        return read_valid(r, m, t) && fits(r, m, org, t);
    };
#endif

    // A meeting held in person uses no quota and is decided on its form alone
    // (decide_in_person, which takes nothing of the meeting): one with no round, of a valid
    // organisation, whose columns show it valid (most meetings of a year) is decided here, as
    // its block of rows is checked, without being read, and is no one's history (it would count
    // toward no quota). Any other is read and decided with its organisation, the long way.
    std::vector<detail::worker_output> decided(cores);
    detail::worker_output in_person_findings;
    const auto in_person = [&] {
        detail::meeting_sink sink{in_person_findings, 0, true, {}};
        detail::decide_in_person(sink);
        return outcome_of(sink.seen);
    }();
    // The other meetings that can be decided, read as their block is checked (its columns are
    // at hand then), in row order.
    std::vector<std::vector<detail::walk_entry>> read((n_meetings + block - 1) / block);
    detail::for_blocks(n_meetings, block, cores, [&](std::size_t lo, std::size_t hi, unsigned t) {
        const auto fail = [&](std::size_t r, const error& e) {
            state[r] = unread;
            meeting_problem[r] = 0;
            found[t].emplace_back(r, detail::problem_of(table_id::meetings, r, e, "meeting"));
        };
        std::vector<std::int64_t> ids(hi - lo);
        detail::read_keys(meetings_t, 0, lo, hi, ids.data(), fail);
        if (!twin.empty())
            for (std::size_t r = lo; r < hi; ++r)
                if (twin[r] >= 0) {
                    const auto other = static_cast<std::size_t>(twin[r]);
                    const auto f = std::min(r, other), l = std::max(r, other);
                    fail(r, inconsistent_input(
                                "id", std::to_string(detail::key_at(meetings_t, 2, r)),
                                "hai cuộc họp của một tổ chức cùng một id (dòng " +
                                    std::to_string(f) + " và dòng " + std::to_string(l) + ")",
                                "two meetings of one organisation with one id (rows " +
                                    std::to_string(f) + " and " + std::to_string(l) + ")"));
                }
        const column* const* cols = meetings_t.fields();
        detail::check_rows<meeting>(
            cols, lo, hi, true, [&](std::size_t r) { return state[r] != unread; }, fail);
        // Whether the row is decided here: so far, whether it could be.
        std::vector<std::uint8_t> ok(hi - lo);
        std::vector<std::int32_t> org_of_meeting(hi - lo, -1);
        for (std::size_t r = lo; r < hi; ++r) {
            if (dates && dates->has(r) && detail::in_calendar(dates->at<std::int32_t>(r)))
                out.days[r] = dates->at<std::int32_t>(r);
            if (state[r] == unread)
                continue;
            const auto o = org_index(ids[r - lo]);
            if (o < 0) {
                state[r] = no_org; // the problem once its fields are validated
                continue;
            }
            org_of_meeting[r - lo] = static_cast<std::int32_t>(o);
            ok[r - lo] = state[r] == clean && p.org_problem[static_cast<std::size_t>(o)] < 0 &&
                         p.round_index[r] == detail::prepared::no_round;
        }
        detail::fields_in_bounds<meeting>(meetings_t.fields(), lo, hi, ok.data());
        plausibility.in_person(
            lo, hi,
            [&](std::size_t r) {
                return capacities[static_cast<std::size_t>(org_of_meeting[r - lo])];
            },
            ok.data());
        auto& long_way = read[lo / block];
        for (std::size_t r = lo; r < hi; ++r) {
            if (!ok[r - lo]) {
                // Read: its own fault comes before its organisation's, its round's or its
                // organisation not being there.
                if (state[r] == unread)
                    continue;
                meeting m;
                if (!read_valid(r, m, t) || state[r] == round_bad)
                    continue;
                if (state[r] == no_org) {
                    meeting_problem[r] = 0;
                    const inconsistent_input e("organisation", std::to_string(ids[r - lo]),
                                               "không có tổ chức nào mang id này",
                                               "no organisation has this id");
                    found[t].emplace_back(r,
                                          detail::problem_of(table_id::meetings, r, e, "meeting"));
                    continue;
                }
                const auto o = org_of_meeting[r - lo];
                if (const auto k = p.org_problem[static_cast<std::size_t>(o)]; k >= 0)
                    meeting_problem[r] = k;
                else
                    long_way.push_back({static_cast<std::uint32_t>(r), o, std::move(m)});
                continue;
            }
#ifndef NDEBUG
            // What the columns showed, the long way agrees with.
            meeting m;
            const auto& org = p.orgs[static_cast<std::size_t>(org_of_meeting[r - lo])];
            if (!accepted(r, m, org, t) || m.form != meeting_form::in_person)
                throw std::logic_error("sinhhoat: audit took an invalid meeting as valid");
#endif
            out.outcomes[r] = in_person;
            out.rule_set[r] = static_cast<std::int8_t>(
                rules.index_on(detail::date_at(dates->at<std::int32_t>(r))));
            for (const auto& f : in_person_findings.found)
                if (opt.all_findings || f.status != finding_status::passed) {
                    decided[t].meeting.push_back(static_cast<std::uint32_t>(r));
                    decided[t].found.push_back(f);
                }
        }
    });
    put_in_row_order();
    // The meetings read, and each organisation's among them and its earlier rows.
    std::vector<detail::walk_entry> entries;
    {
        std::size_t n = 0;
        for (const auto& b : read)
            n += b.size();
        entries.reserve(n);
        for (auto& b : read) {
            std::move(b.begin(), b.end(), std::back_inserter(entries));
            std::vector<detail::walk_entry>().swap(b);
        }
    }
    std::vector<std::int32_t> org_of_entry(entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i)
        org_of_entry[i] = entries[i].org;
    const detail::grouped entries_by_org(n_orgs, org_of_entry);
    const detail::grouped earlier_by_org(n_orgs, p.org_of_earlier);

    const std::size_t chain = rules.chain().size();
    // Decides organisation `o`'s meetings read (valid ones) in order, each with the earlier ones
    // as its history: each is checked against its organisation and round as check() would,
    // decided, and then counts toward the quotas of those after it.
    const auto audit_org = [&](std::size_t o, detail::worker_output& w, detail::walk_buffers& b,
                               unsigned t) {
        const auto [m_first, m_last] = entries_by_org.of(o);
        if (m_first == m_last)
            return;
        const auto& org = p.orgs[o];
        auto& items = b.items;
        items.clear();
        const auto [e_first, e_last] = earlier_by_org.of(o);
        for (auto it = e_first; it != e_last; ++it)
            items.push_back({detail::day_of(p.earlier[*it].date), false, false, *it, 0, 0});
        for (auto it = m_first; it != m_last; ++it) {
            const auto row = entries[*it].row;
            const bool seq = sequence && sequence->has(row);
            items.push_back({detail::day_of(entries[*it].value.date), true, seq, row, *it,
                             seq ? sequence->at<std::int64_t>(row) : 0});
        }
        if (!std::is_sorted(items.begin(), items.end(), detail::decided_before))
            std::sort(items.begin(), items.end(), detail::decided_before);
        const std::size_t n = items.size();
        b.past.resize(n);
        b.counts.assign(n, 0);
        b.summed.assign(chain * 2, 0);
        b.decisions.assign(chain, std::nullopt);
        const auto decisions = [&](std::size_t rs) -> const online::decision_lookup& {
            auto& d = b.decisions[rs];
            if (!d)
                d = online::decision_lookup::for_days(org, *rules.chain()[rs], 2 * n);
            return *d;
        };
        if (b.sums.size() < chain * 2 * (n + 1))
            b.sums.resize(chain * 2 * (n + 1));
        // The uses of a pilot's quota under rule set `rs` among items [0, i), summed as far as
        // they are asked for: only items before the one decided are ever read.
        const auto sums_to = [&](std::size_t rs, pilot_kind k, std::size_t i) {
            const std::size_t slot = rs * 2 + (k == pilot_kind::online ? 0 : 1);
            auto* s = b.sums.data() + slot * (n + 1);
            const auto& rule_set = *rules.chain()[rs];
            for (auto& j = b.summed[slot]; j < i; ++j) {
                if (j == 0)
                    s[0] = {};
                s[j + 1] = s[j];
                if (b.counts[j] && detail::counted_day(b.past[j].date, rule_set))
                    detail::add_use(s[j + 1],
                                    detail::quota_use(k, b.past[j], decisions(rs), rule_set));
            }
            if (i == 0)
                s[0] = {};
            return s;
        };
        for (std::size_t i = 0; i < n; ++i) {
            const auto row = items[i].row;
            if (!items[i].audited) {
                b.past[i] = p.earlier[row];
                b.counts[i] = 1;
                continue;
            }
            const meeting& m = entries[items[i].entry].value;
            if (!fits(row, m, org, t))
                continue;
            const auto kept = w.meeting.size();
            const auto rs = rules.index_on(m.date);
            const auto& rule_set = *rules.chain()[rs];
            const auto count = [&](pilot_kind k, pilot_window span) {
                const auto first = detail::day_of(span.first), last = detail::day_of(span.last);
                const auto lo = static_cast<std::size_t>(
                    std::lower_bound(
                        items.begin(), items.begin() + static_cast<std::ptrdiff_t>(i), first,
                        [](const detail::history_item& h, std::int32_t d) { return h.day < d; }) -
                    items.begin());
                std::size_t hi = i;
                while (hi > lo && last < items[hi - 1].day)
                    --hi;
                const auto* s = sums_to(rs, k, i);
                return detail::earlier_uses{s[hi].sure - s[lo].sure, s[hi].unknown - s[lo].unknown};
            };
            detail::meeting_sink sink{w, row, opt.all_findings, {}};
            try {
                detail::decide_meeting(sink, m, decisions(rs), rules.parameters_on(rs, m.date),
                                       rule_set, p.round_at(row), count);
            } catch (const error& e) {
                // What check() refuses only as it decides (a tổ report due after the calendar's
                // last day): the meeting's problem, its findings so far dropped.
                w.meeting.resize(kept);
                w.found.resize(kept);
                meeting_problem[row] = 0;
                found[t].emplace_back(row, refused(row, e));
                continue;
            }
            out.outcomes[row] = outcome_of(sink.seen);
            out.rule_set[row] = static_cast<std::int8_t>(rs);
            b.past[i] = past_meeting::of(m);
            b.counts[i] = 1;
        }
    };

    // Organisations are shared out in chunks; the findings are put back in meeting order, so
    // the result does not depend on the number of threads.
    const auto threads =
        static_cast<unsigned>(std::min<std::size_t>(cores, std::max<std::size_t>(1, n_orgs / 64)));
    std::vector<detail::worker_output> outputs(threads);
    std::atomic<std::size_t> next{0};
    std::atomic<bool> stop{false};
    constexpr std::size_t chunk = 256;
    detail::on_workers(threads, stop, [&](unsigned t) {
        detail::walk_buffers buffers;
        for (std::size_t first = next.fetch_add(chunk); first < n_orgs && !stop;
             first = next.fetch_add(chunk))
            for (std::size_t o = first; o < std::min(n_orgs, first + chunk); ++o)
                audit_org(o, outputs[t], buffers, t);
    });
    put_in_row_order();
    out.problem_index = std::move(meeting_problem);
    for (auto& d : decided)
        outputs.push_back(std::move(d));

    std::vector<std::size_t> first(n_meetings + 1, 0);
    for (const auto& w : outputs)
        for (auto m : w.meeting)
            ++first[m + 1];
    for (std::size_t m = 0; m < n_meetings; ++m)
        first[m + 1] += first[m];
    const std::size_t total = first[n_meetings];
    out.meeting.resize(total);
    out.rule.resize(total);
    out.status.resize(total);
    out.reason.resize(total);
    out.values.resize(total);
    for (const auto& w : outputs)
        for (std::size_t k = 0; k < w.meeting.size(); ++k) {
            const auto at = first[w.meeting[k]]++;
            const auto& f = w.found[k];
            out.meeting[at] = w.meeting[k];
            out.rule[at] = f.rule;
            out.status[at] = f.status;
            out.reason[at] = f.reason;
            out.values[at] = f.values;
        }
    // The problems by table, then row (each row has one), and the meetings' indices to match:
    // found in the order the tables are read, they are reported in the order they are shown.
    std::vector<std::size_t> order(p.problems.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const auto& x = p.problems[a];
        const auto& y = p.problems[b];
        return x.table != y.table ? x.table < y.table : x.row < y.row;
    });
    std::vector<std::int32_t> moved_to(order.size());
    out.problems.reserve(order.size());
    for (std::size_t k = 0; k < order.size(); ++k) {
        moved_to[order[k]] = static_cast<std::int32_t>(k);
        out.problems.push_back(std::move(p.problems[order[k]]));
    }
    for (auto& k : out.problem_index)
        if (k >= 0)
            k = moved_to[static_cast<std::size_t>(k)];
    return out;
}

} // namespace audit
} // namespace sinhhoat
