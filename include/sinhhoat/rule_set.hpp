#pragma once
// A rule set is data: one jurisdiction's documents, pilot window, quotas, grounds, excluded topics,
// deadlines and readings. Parameters carry the dates they are in force; a check takes the value
// in force on the meeting's date. Adding a province is adding data, not code.

#include <algorithm>
#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <ostream>
#include <sinhhoat/catalogue.hpp>
#include <sinhhoat/codes.hpp>
#include <sinhhoat/date.hpp>
#include <sinhhoat/describe.hpp>
#include <sinhhoat/detail/builtin_digests.hpp>
#include <sinhhoat/digest.hpp>
#include <sinhhoat/error.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace sinhhoat {

/// One value of a parameter and the days it is in force, both ends included. Open ends are
/// Boost's `neg_infin` / `pos_infin`.
template <class T> struct dated_value {
    sinhhoat::date from{boost::date_time::neg_infin};
    sinhhoat::date until{boost::date_time::pos_infin};
    T value{};

    friend bool operator==(const dated_value& a, const dated_value& b) {
        return a.from == b.from && a.until == b.until && a.value == b.value;
    }
    friend bool operator!=(const dated_value& a, const dated_value& b) { return !(a == b); }
};

/// A parameter as a sequence of dated values, sorted by start.
template <class T> class dated {
  public:
    using value_type = T;

    dated() = default;
    /// One value, always in force.
    dated(T always)
        : values_{{date(boost::date_time::neg_infin), date(boost::date_time::pos_infin), always}} {}
    explicit dated(std::vector<dated_value<T>> values) : values_(std::move(values)) {
        std::stable_sort(values_.begin(), values_.end(),
                         [](const auto& a, const auto& b) { return a.from < b.from; });
    }

    /// The value in force on `d`, or nullptr when none is.
    const T* at(sinhhoat::date d) const noexcept {
        for (const auto& v : values_)
            if (v.from <= d && d <= v.until)
                return &v.value;
        return nullptr;
    }
    const std::vector<dated_value<T>>& values() const noexcept { return values_; }
    /// One value with open ends: `always(v)` in JSON and Python.
    bool always() const noexcept {
        return values_.size() == 1 && values_[0].from.is_neg_infinity() &&
               values_[0].until.is_pos_infinity();
    }

    /// No value, ends that are not dates, overlap or gap between consecutive values, `until`
    /// before `from`; values outside [min, max]. Throws `invalid_rule_set` naming `at[i]`.
    void validate(const path& at, std::int64_t min = std::numeric_limits<std::int64_t>::min(),
                  std::int64_t max = std::numeric_limits<std::int64_t>::max()) const {
        if (values_.empty())
            throw invalid_rule_set(at.str(), "[]", "tham số không có giá trị nào",
                                   "the parameter has no value");
        for (std::size_t i = 0; i < values_.size(); ++i) {
            const auto& v = values_[i];
            const auto span = [&] { return to_iso(v.from) + " .. " + to_iso(v.until); };
            if (v.from.is_not_a_date() || v.until.is_not_a_date() || v.from.is_pos_infinity() ||
                v.until.is_neg_infinity())
                throw invalid_rule_set(at[i].str(), span(), "ngày hiệu lực không hợp lệ",
                                       "invalid dates in force");
            if (v.until < v.from)
                throw invalid_rule_set(at[i].str(), span(),
                                       "ngày kết thúc trước ngày bắt đầu hiệu lực",
                                       "ends before it starts");
            try {
                detail::validate_value(v.value, at[i] / "value", min, max, true);
            } catch (const error& e) {
                throw invalid_rule_set(e.field(), e.value(), e.message_vi(), e.message_en());
            }
            if (i == 0)
                continue;
            const auto& prev = values_[i - 1];
            const auto joint = to_iso(prev.until) + " / " + to_iso(v.from);
            if (!(prev.until < v.from))
                throw invalid_rule_set(at[i].str(), joint, "chồng lấn với giá trị trước",
                                       "overlaps the previous value");
            if (prev.until + days(1) != v.from)
                throw invalid_rule_set(at[i].str(), joint, "có khoảng trống sau giá trị trước",
                                       "leaves a gap after the previous value");
        }
    }

    /// As validate(), and every day of [first, last] has a value.
    void validate(const path& at, sinhhoat::date first, sinhhoat::date last) const {
        validate(at);
        require_covers(at, first, last);
    }

    /// Every day of [first, last] has a value (of a parameter that validate() accepted).
    void require_covers(const path& at, sinhhoat::date first, sinhhoat::date last) const {
        if (first < values_.front().from || values_.back().until < last)
            throw invalid_rule_set(
                at.str(), to_iso(values_.front().from) + " .. " + to_iso(values_.back().until),
                "không phủ hết thời gian thí điểm " + to_vn(first) + " – " + to_vn(last),
                "does not cover the pilot window " + to_iso(first) + " to " + to_iso(last));
    }

    friend bool operator==(const dated& a, const dated& b) { return a.values_ == b.values_; }
    friend bool operator!=(const dated& a, const dated& b) { return !(a == b); }

  private:
    std::vector<dated_value<T>> values_;
};

template <class T> std::ostream& operator<<(std::ostream& os, const dated_value<T>& v) {
    os << to_iso(v.from) << ".." << to_iso(v.until) << ": ";
    detail::print_value(os, v.value);
    return os;
}
template <class T> std::ostream& operator<<(std::ostream& os, const dated<T>& p) {
    os << "dated[";
    for (std::size_t i = 0; i < p.values().size(); ++i)
        os << (i ? ", " : "") << p.values()[i];
    return os << ']';
}

/// Dated parameters are members of described types: validated, compared and printed as values.
template <class T> struct custom_value<dated<T>> : std::true_type {
    static void validate(const dated<T>& d, const path& at, std::int64_t min, std::int64_t max) {
        d.validate(at, min, max);
    }
    static bool equal(const dated<T>& a, const dated<T>& b) { return a == b; }
    static void print(std::ostream& os, const dated<T>& d) { os << d; }
};

/// The readings of ambiguous text (`interp.*` in the catalogue); each can be switched.
struct interpretations {
    year_basis year = year_basis::calendar_year;    ///< interp.year
    bool hybrid_counts = true;                      ///< interp.hybrid_counts
    bool special_circumstance_outside_quota = true; ///< interp.special_circumstance_outside_quota
    /// interp.fully_online: R8, by the meeting ground's kind (II.2 ý 2).
    fully_online_basis fully_online = fully_online_basis::by_ground_kind;
    member_count_basis group_member_count = member_count_basis::all_on_roll;
    /// interp.committee_meetings_count: whether online cấp uỷ meetings use the organisation's
    /// quota. R10: on by default, as II.2 ý 1 puts "sinh hoạt cấp uỷ" inside the pilot that
    /// II.2 ý 3 limits.
    bool committee_meetings_count = true;
    /// interp.quota_counts_window_only: R12, only meetings within the rule set's window (the
    /// pilot's meetings) count toward its quotas.
    bool quota_counts_window_only = true;
    /// interp.majority_mixes_kinds: R5, whether members unable on a ground of the other kind
    /// count toward a meeting's majority (II.1.1 "đặc thù hoặc … hoàn cảnh đặc biệt": the two
    /// kinds are authorised differently, so by default they do not add up).
    bool majority_mixes_kinds = false;
    /// interp.round_period: R17, every tổ meeting of a round falls in the first one's month.
    round_period_basis round_period = round_period_basis::month;
    /// interp.subordinate_cells_inherit: R3, a chi bộ trực thuộc of a đảng bộ cơ sở on the online
    /// list is on it through its đảng bộ (II.2 ý 1: "bao gồm cả … các tổ chức đảng trực thuộc").
    bool subordinate_cells_inherit = true;
};
template <> struct describe<interpretations> {
    static constexpr std::string_view name = "interp";
    static constexpr std::string_view doc =
        "The readings of ambiguous text (interp.* in the catalogue).";
    static constexpr auto fields = std::make_tuple(
        field("year", &interpretations::year, "interp.year"),
        field("hybrid_counts", &interpretations::hybrid_counts, "interp.hybrid_counts"),
        field("special_circumstance_outside_quota",
              &interpretations::special_circumstance_outside_quota,
              "interp.special_circumstance_outside_quota"),
        field("fully_online", &interpretations::fully_online, "interp.fully_online"),
        field("group_member_count", &interpretations::group_member_count,
              "interp.group_member_count"),
        field("committee_meetings_count", &interpretations::committee_meetings_count,
              "interp.committee_meetings_count"),
        field("quota_counts_window_only", &interpretations::quota_counts_window_only,
              "interp.quota_counts_window_only"),
        field("majority_mixes_kinds", &interpretations::majority_mixes_kinds,
              "interp.majority_mixes_kinds"),
        field("round_period", &interpretations::round_period, "interp.round_period"),
        field("subordinate_cells_inherit", &interpretations::subordinate_cells_inherit,
              "interp.subordinate_cells_inherit"));
};

/// Days of every year, from (first_month, first_day) to (last_month, last_day), both included,
/// within one calendar year: the summer break of R6.
struct annual_period {
    std::int32_t first_month = 6;
    std::int32_t first_day = 1;
    std::int32_t last_month = 8;
    std::int32_t last_day = 31;

    bool contains(sinhhoat::date d) const noexcept {
        const auto md = d.month() * 100 + d.day();
        return first_month * 100 + first_day <= md && md <= last_month * 100 + last_day;
    }
};
template <> struct describe<annual_period> {
    static constexpr std::string_view name = "annual_period";
    static constexpr std::string_view doc =
        "Days of every year from a first to a last month and day, both included, within one "
        "calendar year.";
    static constexpr auto fields = std::make_tuple(
        field("first_month", &annual_period::first_month, "Month of the first day.")
            .at_least(1)
            .at_most(12),
        field("first_day", &annual_period::first_day, "Day of the month of the first day.")
            .at_least(1)
            .at_most(31),
        field("last_month", &annual_period::last_month, "Month of the last day.")
            .at_least(1)
            .at_most(12),
        field("last_day", &annual_period::last_day, "Day of the month of the last day.")
            .at_least(1)
            .at_most(31));
    static void check(const annual_period& p, const path& at) {
        // 29/2 is a day of some years: measured against a leap year.
        const auto month_days = [](std::int32_t m) {
            return static_cast<std::int32_t>(boost::gregorian::gregorian_calendar::end_of_month_day(
                2000, static_cast<unsigned short>(m)));
        };
        const auto day = [&](std::int32_t m, std::int32_t d) {
            return std::to_string(d) + "/" + std::to_string(m);
        };
        if (p.first_day > month_days(p.first_month))
            throw invalid_value((at / "first_day").str(), day(p.first_month, p.first_day),
                                "không có ngày này", "no such day");
        if (p.last_day > month_days(p.last_month))
            throw invalid_value((at / "last_day").str(), day(p.last_month, p.last_day),
                                "không có ngày này", "no such day");
        if (p.last_month * 100 + p.last_day < p.first_month * 100 + p.first_day)
            throw inconsistent_input(
                at.str(), day(p.first_month, p.first_day) + " .. " + day(p.last_month, p.last_day),
                "ngày đầu sau ngày cuối trong năm",
                "the first day comes after the last within the year");
    }
};

/// A text the rule set rests on.
struct source_document {
    std::string code; ///< "03-HD/TW"
    std::string title;
    std::string issuer;
    std::optional<sinhhoat::date> issued; ///< unknown when the text we hold does not say
};
template <> struct describe<source_document> {
    static constexpr std::string_view name = "source_document";
    static constexpr std::string_view doc = "A text a rule set rests on.";
    static constexpr auto fields = std::make_tuple(
        field("code", &source_document::code, "The document's number, e.g. '03-HD/TW'."),
        field("title", &source_document::title, "Its title."),
        field("issuer", &source_document::issuer, "Who issued it."),
        field("issued", &source_document::issued, "When it was issued; None if unknown."));
};

/// pilot.selection: what the lists of pilot organisations must meet (III.1).
struct selection_rule {
    sinhhoat::date deadline;       ///< lists must arrive strictly before this day
    std::int32_t min_online = 1;   ///< per district committee
    std::int32_t min_by_group = 1; ///< per district committee
};
template <> struct describe<selection_rule> {
    static constexpr std::string_view name = "selection";
    static constexpr std::string_view doc =
        "pilot.selection: what the lists of pilot organisations must meet.";
    static constexpr auto fields = std::make_tuple(
        field("deadline", &selection_rule::deadline, "Lists must arrive strictly before this day.")
            .required(),
        field("min_online", &selection_rule::min_online, "Per district committee.").at_least(0),
        field("min_by_group", &selection_rule::min_by_group, "Per district committee.")
            .at_least(0));
};

/// The pilot period, both ends included.
struct pilot_window {
    sinhhoat::date first;
    sinhhoat::date last;

    bool contains(sinhhoat::date d) const noexcept { return first <= d && d <= last; }
};
template <> struct describe<pilot_window> {
    static constexpr std::string_view name = "window";
    static constexpr std::string_view doc = "A period of days, both ends included.";
    static constexpr auto fields =
        std::make_tuple(field("first", &pilot_window::first, "First day, included.").required(),
                        field("last", &pilot_window::last, "Last day, included.").required());
    static void check(const pilot_window& w, const path& at) {
        if (w.last < w.first)
            throw inconsistent_input(at.str(), to_iso(w.first) + " .. " + to_iso(w.last),
                                     "ngày bắt đầu sau ngày kết thúc", "starts after it ends");
    }
};

/// R26: a rule set's own citation of one rule, where its text numbers the clause otherwise.
struct citation {
    rule_id rule = rule_id::online_scope_org_kind;
    std::string clause; ///< e.g. "HD Cao Bằng III.1"
};
template <> struct describe<citation> {
    static constexpr std::string_view name = "citation";
    static constexpr std::string_view doc = "A rule set's own citation of one rule (R26).";
    static constexpr auto fields = std::make_tuple(
        field("rule", &citation::rule, "The rule.").required(),
        field("clause", &citation::clause, "The clause as the rule set cites it.").required());
    static void check(const citation& c, const path& at) {
        if (c.clause.empty())
            throw invalid_value((at / "clause").str(), "''", "thiếu trích dẫn",
                                "the citation is empty");
    }
};

struct rule_set {
    std::string id;      ///< stable identifier, e.g. "cao_bang" (is_rule_set_id)
    std::string name;    ///< human name, Vietnamese
    std::string version; ///< the rule set's own version: a changed rule set has a new one
    std::vector<source_document> sources;
    std::vector<std::string> notes; ///< readings taken where the texts held are silent
    pilot_window window;
    pilot_set covers = pilot_set::all(); ///< the pilots the texts speak of; others not covered
    /// Pilots for which an organisation must be on its superior's list (III.1); Đồng Nai lets
    /// every chi bộ that meets the conditions use the tổ đảng form.
    pilot_set list_required = pilot_set::all();

    dated<std::int32_t> online_quota_committee; ///< đảng bộ cơ sở: online meetings a year
    dated<std::int32_t> online_quota_cell;      ///< chi bộ: online meetings a year
    dated<std::int32_t> group_quota;            ///< tổ đảng rounds a year
    dated<std::int32_t> group_min_members;      ///< "từ 50 đảng viên trở lên"
    dated<std::int32_t> report_deadline_days;   ///< days after the tổ meeting
    dated<ground_set> grounds;                  ///< grounds accepted for online meetings
    dated<topic_set> excluded_topics;           ///< II.3.2
    dated<topic_set> required_steps;            ///< II.4.1, II.4.2 ý 2: a chi bộ's meeting
    /// R15: the steps of a cấp uỷ meeting and of a đảng bộ cơ sở's general meeting.
    dated<topic_set> committee_steps = committee_meeting_steps();
    /// R6: when the teacher and student grounds hold (II.1.1 a: "trong thời gian nghỉ hè").
    annual_period summer_break;
    /// R17 under interp.round_period = days: the last tổ meeting of a round is at most this many
    /// days after the first.
    std::int32_t round_max_days = 30;

    /// R26: how findings under this rule set cite a clause: `citation_prefix` before the
    /// catalogue's clause ("HD Cao Bằng" + "II.2 ý 3"), unless `citations` names the rule.
    std::string citation_prefix;
    std::vector<citation> citations;

    interpretations interp;
    std::optional<selection_rule> selection; ///< absent: the text sets no list requirement
    bool registration_required = false;      ///< pilot.registration
    bool final_report_required = false;      ///< pilot.reporting

    /// SHA-256 of the canonical JSON of the fields above (json::canonical): what a verdict names
    /// so that it can be replayed. Not part of the rule set's data, equality or JSON. Set by the
    /// JSON loaders and json::identify(), and for the built-in constants from a generated table;
    /// empty (unknown) for a rule set made in C++ without them. Changing a field after loading
    /// leaves it stale: call json::identify() again.
    sha256 digest;
    /// The citations of every rule, computed with the digest (seal()); empty: the catalogue's.
    std::shared_ptr<const citation_table> cited;

    /// How findings of `rule` cite their clause under this rule set (R26).
    std::string citation_of(rule_id rule) const {
        for (const auto& c : citations)
            if (c.rule == rule)
                return c.clause;
        const auto clause = std::string(clause_of(rule));
        return citation_prefix.empty() ? clause : citation_prefix + " " + clause;
    }
    /// Computes `cited` from the fields (the JSON loaders, json::identify() and the built-in
    /// constants do it; a rule set changed after that must be sealed again, like its digest).
    void seal_citations() {
        auto table = std::make_shared<citation_table>();
        for (std::size_t i = 0; i < enum_size<rule_id>(); ++i)
            table->push_back(citation_of(static_cast<rule_id>(i)));
        cited = std::move(table);
    }

    /// Throws `invalid_rule_set` naming the parameter (`rule_set(cao_bang).group_quota[1]`):
    /// window start after end, gaps or overlaps in dated values, a parameter not covering the
    /// window, counts out of range, a required step that is also excluded.
    void validate() const;
    /// As validate(), naming paths below `at` (a JSON Pointer when read from a file).
    void validate(const path& at) const;
};
template <> struct describe<rule_set> {
    static constexpr std::string_view name = "rule_set";
    static constexpr std::string_view doc =
        "One jurisdiction's rules as data: documents, pilot window, quotas, grounds, excluded "
        "topics, deadlines and readings.";
    static constexpr auto fields = std::make_tuple(
        field("id", &rule_set::id, "Stable identifier, e.g. 'cao_bang'.").required(),
        field("name", &rule_set::name, "Human name, in Vietnamese."),
        field("version", &rule_set::version,
              "The rule set's own version; a changed rule set has a new one."),
        field("sources", &rule_set::sources, "The texts the rule set rests on."),
        field("notes", &rule_set::notes,
              "Readings the rule set takes where the texts it holds are silent."),
        field("window", &rule_set::window, "The pilot period, both ends included.").required(),
        field("covers", &rule_set::covers, "The pilots the texts speak of; others not covered."),
        field("list_required", &rule_set::list_required,
              "Pilots for which an organisation must be on its superior's list (III.1)."),
        field("online_quota_committee", &rule_set::online_quota_committee,
              "Online meetings a year of a special-nature đảng bộ cơ sở (II.2 ý 3).")
            .required()
            .at_least(0),
        field("online_quota_cell", &rule_set::online_quota_cell,
              "Online meetings a year of a special-nature chi bộ (II.2 ý 3).")
            .required()
            .at_least(0),
        field("group_quota", &rule_set::group_quota, "Tổ đảng rounds a year (II.2 ý 5).")
            .required()
            .at_least(0),
        field("group_min_members", &rule_set::group_min_members,
              "Members a chi bộ needs to meet by tổ đảng (II.1.2).")
            .required()
            .at_least(1),
        field("report_deadline_days", &rule_set::report_deadline_days,
              "Days after a tổ meeting by which the tổ trưởng reports (II.4.2 ý 2).")
            .required()
            .at_least(0)
            .at_most(366),
        field("grounds", &rule_set::grounds, "Grounds accepted for online meetings (II.1.1).")
            .required(),
        field("excluded_topics", &rule_set::excluded_topics,
              "Topics not dealt with online or by tổ đảng (II.3.2).")
            .required(),
        field("required_steps", &rule_set::required_steps,
              "Steps every online and tổ meeting holds (II.4.1, II.4.2 ý 2).")
            .required(),
        field("committee_steps", &rule_set::committee_steps,
              "Steps of an online cấp uỷ meeting and of a đảng bộ cơ sở's general meeting (R15; "
              "II.4.1)."),
        field("summer_break", &rule_set::summer_break,
              "When the teacher and student grounds hold, each year (R6; II.1.1 a)."),
        field("round_max_days", &rule_set::round_max_days,
              "Under interp.round_period = days: the last tổ meeting of a round is at most this "
              "many days after the first (R17).")
            .at_least(0)
            .at_most(366),
        field("citation_prefix", &rule_set::citation_prefix,
              "How findings cite a clause: this before the catalogue's clause, e.g. 'HD Cao Bằng' "
              "(R26)."),
        field("citations", &rule_set::citations,
              "Citations of rules whose clause the rule set numbers otherwise (R26)."),
        field("interp", &rule_set::interp, "The readings of ambiguous text."),
        field("selection", &rule_set::selection,
              "What the units' pilot lists must meet; None: the text sets no requirement."),
        field("registration_required", &rule_set::registration_required,
              "Meeting schedules are registered with the superior committee."),
        field("final_report_required", &rule_set::final_report_required,
              "Units send a final evaluation report."));

    static void check(const rule_set& r, const path& at) {
        if (r.id.empty())
            throw invalid_rule_set((at / "id").str(), "''", "thiếu mã bộ quy tắc", "missing id");
        require_rule_set_id(r.id, at / "id");
        const auto covering = [&](const auto& p, std::string_view name) {
            // Each parameter was validated with its field; what is left is the window.
            p.require_covers(at / name, r.window.first, r.window.last);
        };
        for (std::size_t i = 0; i < r.citations.size(); ++i)
            for (std::size_t j = 0; j < i; ++j)
                if (r.citations[i].rule == r.citations[j].rule)
                    throw invalid_rule_set(((at / "citations")[i] / "rule").str(),
                                           std::string(to_code(r.citations[i].rule)),
                                           "quy tắc đã được trích dẫn ở vị trí " +
                                               std::to_string(j),
                                           "the rule is already cited at " + std::to_string(j));
        covering(r.online_quota_committee, "online_quota_committee");
        covering(r.online_quota_cell, "online_quota_cell");
        covering(r.group_quota, "group_quota");
        covering(r.group_min_members, "group_min_members");
        covering(r.report_deadline_days, "report_deadline_days");
        covering(r.grounds, "grounds");
        covering(r.excluded_topics, "excluded_topics");
        covering(r.required_steps, "required_steps");
        covering(r.committee_steps, "committee_steps");
        const auto not_excluded = [&](const dated<topic_set>& steps, std::string_view name) {
            for (const auto& v : steps.values())
                for (const auto& e : r.excluded_topics.values())
                    if (v.value.intersects(e.value) && !(v.until < e.from) && !(e.until < v.from))
                        throw invalid_rule_set(
                            (at / name).str(), join_codes(v.value & e.value),
                            "bước bắt buộc lại thuộc nội dung không được thực hiện",
                            "a required step is also an excluded topic");
        };
        not_excluded(r.required_steps, "required_steps");
        not_excluded(r.committee_steps, "committee_steps");
    }
};

inline void rule_set::validate() const {
    const std::string root = is_rule_set_id(id) ? "rule_set(" + id + ")" : "rule_set";
    validate(path(root));
}

inline void rule_set::validate(const path& at) const {
    try {
        sinhhoat::validate(*this, at);
    } catch (const invalid_rule_set&) {
        throw;
    } catch (const error& e) {
        // Whatever is wrong inside a rule set makes the rule set invalid.
        throw invalid_rule_set(e.field(), e.value(), e.message_vi(), e.message_en());
    }
}

namespace rule_sets {

namespace detail {
inline rule_set common(std::string id, std::string name, pilot_window window) {
    rule_set r;
    r.id = std::move(id);
    r.name = std::move(name);
    r.version = "2"; // 2: the readings R1-R26 of the second review
    r.window = window;
    r.online_quota_committee = 1; // II.2 ý 3: "không quá 01 lần trong năm"
    r.online_quota_cell = 3;      // II.2 ý 3: "không quá 03 lần trong năm"
    r.group_quota = 3;            // II.2 ý 5
    r.group_min_members = 50;     // II.1.2: "từ 50 đảng viên trở lên"
    r.report_deadline_days = 1;   // II.4.2 ý 2: "chậm nhất 01 ngày sau khi họp tổ đảng"
    r.excluded_topics = excluded_topics_ii32();
    r.required_steps = cell_meeting_steps();
    return r;
}

/// A built-in rule set with the digest of its canonical JSON, from the generated table.
inline rule_set sealed(rule_set r) {
    r.seal_citations();
    for (const auto& row : sinhhoat::detail::builtin_digests)
        if (row[0] == r.id)
            r.digest = sha256::from_hex(row[1], path("builtin_digests"));
    return r;
}

inline source_document hd03_document() {
    return {
        "03-HD/TW",
        "Hướng dẫn thí điểm sinh hoạt đảng trực tuyến ở đảng bộ cơ sở, chi bộ có tính chất đặc "
        "thù hoặc trong hoàn cảnh đặc biệt và sinh hoạt đảng theo tổ đảng ở chi bộ đông đảng viên",
        "Ban Bí thư Trung ương Đảng", make_date(2022, 12, 27)};
}
} // namespace detail

/// Hướng dẫn 03-HD/TW of the Ban Bí thư (27/12/2022). The window's end, 30/6/2025, is the one
/// the implementing texts we hold give (Cao Bằng III; Nghệ An Khối's summary in Q2 2025).
inline const rule_set& hd03() {
    static const rule_set r = [] {
        auto r = detail::common("hd03", "Hướng dẫn 03-HD/TW (Ban Bí thư, 27/12/2022)",
                                {make_date(2022, 12, 27), make_date(2025, 6, 30)});
        r.sources = {detail::hd03_document()};
        // R26: HD03's numbering is the catalogue's (Cao Bằng follows it clause for clause).
        r.citation_prefix = "HD 03-HD/TW";
        r.citations = {{rule_id::pilot_registration, "03-HD/TW: không quy định"}};
        r.notes = {"HD03's own text is not held: the window ends on 30/6/2025, the end the "
                   "implementing texts give (Cao Bằng III; Nghệ An Khối's summary in Q2 2025)."};
        // HD03 names members abroad and seafarers; it does not name teachers.
        r.grounds = ground_set::all() - ground_set{ground::teacher_summer_break};
        r.final_report_required = true;
        return detail::sealed(std::move(r));
    }();
    return r;
}

/// Hướng dẫn thí điểm of the Ban Thường vụ Tỉnh uỷ Cao Bằng (implements 03-HD/TW).
inline const rule_set& cao_bang() {
    static const rule_set r = [] {
        // III: "từ tháng 8 năm 2023 đến hết ngày 30/6/2025".
        auto r = detail::common("cao_bang", "Hướng dẫn thí điểm của Ban Thường vụ Tỉnh uỷ Cao Bằng",
                                {make_date(2023, 8, 1), make_date(2025, 6, 30)});
        r.sources = {{"HD-TU Cao Bằng",
                      "Hướng dẫn thí điểm sinh hoạt đảng trực tuyến ... và sinh hoạt đảng theo tổ "
                      "đảng ở chi bộ đông đảng viên",
                      "Ban Thường vụ Tỉnh uỷ Cao Bằng", std::nullopt},
                     detail::hd03_document()};
        r.citation_prefix = "HD Cao Bằng"; // R26
        r.citations = {{rule_id::pilot_registration, "HD Cao Bằng: không quy định"}};
        // II.1.1 a): adds teachers; does not name members abroad or seafarers.
        r.grounds =
            ground_set::all() - ground_set{ground::abroad, ground::seafarer_offshore_island};
        // III.1: lists "trước ngày 30/7/2023"; at least one of each pilot per district.
        r.selection = selection_rule{make_date(2023, 7, 30), 1, 1};
        r.final_report_required = true;
        return detail::sealed(std::move(r));
    }();
    return r;
}

/// Hướng dẫn 08-HD/ĐUK of the Đảng ủy Khối các cơ quan tỉnh Nghệ An (20/02/2023), as reported
/// by the Khối's news item: its own text is not held. Grounds: HD03's (R7), as the item names
/// them with "như" (such as) and says it follows HD03.
inline const rule_set& nghe_an_khoi() {
    static const rule_set r = [] {
        auto r = detail::common("nghe_an_khoi",
                                "Hướng dẫn 08-HD/ĐUK (Đảng ủy Khối các cơ quan tỉnh Nghệ An)",
                                {make_date(2023, 2, 20), make_date(2025, 6, 30)});
        r.sources = {
            {"08-HD/ĐUK",
             "Hướng dẫn sinh hoạt đảng trực tuyến ở đảng bộ cơ sở, chi bộ có tính chất đặc thù",
             "Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Nghệ An", make_date(2023, 2, 20)},
            detail::hd03_document()};
        // R7: the item lists grounds with "như" (such as) and says the guidance follows HD03
        // closely: HD03's grounds.
        r.grounds = hd03().grounds;
        r.notes = {"The text of 08-HD/ĐUK is not held; the rules follow the Khối's news item.",
                   "R7: the item lists grounds with 'như' (such as) and says the guidance follows "
                   "HD03 closely: the set accepts HD03's grounds.",
                   "The window ends on 30/6/2025: the summary is due in Q2 2025."};
        r.registration_required = true; // schedules registered so the Khối can send attendees
        // R26: only the news item is held: it says so, and names the HD03 clause it follows.
        r.citation_prefix = "08-HD/ĐUK (theo tin bài; HD03)";
        r.citations = {{rule_id::pilot_registration, "08-HD/ĐUK (theo tin bài): đăng ký lịch"},
                       {rule_id::pilot_window, "08-HD/ĐUK (theo tin bài): từ 20/02/2023 đến sơ "
                                               "kết quý II/2025"}};
        return detail::sealed(std::move(r));
    }();
    return r;
}

/// Every built-in rule set.
inline std::vector<const rule_set*> builtin() {
    return {&hd03(), &cao_bang(), &nghe_an_khoi()};
}

/// The built-in rule set with this id; `unknown_code` naming the ones there are otherwise.
inline const rule_set& by_id(std::string_view id) {
    std::string known;
    for (const auto* r : builtin()) {
        if (r->id == id)
            return *r;
        known += (known.empty() ? "" : ", ") + r->id;
    }
    throw unknown_code("rule_set.id", "'" + std::string(id) + "'",
                       "không có bộ quy tắc này (" + known + ")",
                       "no such rule set (" + known + ")");
}

} // namespace rule_sets
} // namespace sinhhoat
